import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, last, rejected } from './test-helpers';

const wb = () => testWorkbook(demoRecords());

describe('newOpportunity', () => {
  it('accepts: new ID, customer name copied, stage label in the language, owner defaults to the actor', () => {
    const r = runCommand('newOpportunity', wb(), { customer_id: 'C00002', name: 'Forklifts', stage: '2', amount: '¥80,000', close: '2026/6/1', sales_method: '分销' }, ctxOf('sun@example.com', 'zh'));
    const { id, writes } = accepted(r);
    expect(id).toBe('O00004');
    const o = last(applyWrites(wb(), writes), 'opportunities');
    expect(o).toMatchObject({ id: 'O00004', name: 'Forklifts', customer_id: 'C00002', customer: 'Acme Trading (Shanghai) Co., Ltd.', owner: 'Sun', amount: 80000, stage: '02 查明客户需求、项目预算和项目发起人', close: '2026-06-01', sales_method: '分销', confirmed: '否', created: '2026-05-17' });
    expect(auditOf(r, wb())).toMatchObject({ command: '新建商机', table: '商机', rowId: 'O00004', before: '' });
    expect(auditOf(r, wb()).change).toMatch(/^新增记录 — 商机编号:O00004;.*金额:[\d,]+;/);
  });

  it('rejects per field', () => {
    const e = rejected(runCommand('newOpportunity', wb(), { customer_id: 'C404', name: '', owner: 'Ghost', stage: '9', amount: '-5', close: '2026-02-30', sales_method: 'auction' }, ctxOf('Chen')));
    expect(Object.keys(e).sort()).toEqual(['amount', 'close', 'customer_id', 'name', 'owner', 'sales_method', 'stage']);
    expect(e.stage.en).toMatch(/stage 1–8/);
    expect(e.amount.en).toMatch(/below 0/);
    expect(e.close.en).toMatch(/not a date/);
  });

  it('refuses when the actor is unknown and no owner is given', () => {
    const e = rejected(runCommand('newOpportunity', wb(), { customer_id: 'C00001', name: 'x', stage: 1, amount: 1, close: '2026-06-01' }, ctxOf('stranger@example.com')));
    expect(e.owner.en).toMatch(/not in the Team sheet/);
  });

  it('stores formula-looking names as text', () => {
    const r = accepted(runCommand('newOpportunity', wb(), { customer_id: 'C00001', name: '@SUM(A1)', notes: '-x', stage: 1, amount: 1, close: '2026-06-01' }, ctxOf('Chen')));
    const w = r.writes[0];
    if (w.kind !== 'append') throw new Error();
    const t = wb().opportunities!;
    expect(w.rows[0][t.col.name]).toBe("'@SUM(A1)");
    expect(w.rows[0][t.col.notes]).toBe("'-x");
  });
});

describe('newOpportunity stage codes of the forms', () => {
  it('reads 0 as Lost and 1–8 as the stage (FormData.stages)', () => {
    const lost = accepted(runCommand('newOpportunity', wb(), { customer_id: 'C00001', name: 'x', stage: 0, amount: 1, close: '2026-06-01' }, ctxOf('Chen')));
    expect(last(applyWrites(wb(), lost.writes), 'opportunities').stage).toBe('Lost');
    const six = accepted(runCommand('newOpportunity', wb(), { customer_id: 'C00001', name: 'x', stage: 6, amount: 1, close: '2026-06-01' }, ctxOf('Chen', 'zh-Hant')));
    expect(last(applyWrites(wb(), six.writes), 'opportunities').stage).toBe('06 實現唯一選擇,或中標');
  });
});
