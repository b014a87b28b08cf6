import { describe, expect, it } from 'vitest';
import { record } from '../schema/read';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, last, rejected } from './test-helpers';

const wb = () => testWorkbook(demoRecords());

describe('logComplaint', () => {
  it('registers a complaint as received, then investigates and resolves it', () => {
    let w = wb();
    const r1 = runCommand('logComplaint', w, { customer_id: 'C00002', description: 'Late delivery', handler: 'Sun' }, ctxOf('Zhao', 'zh'));
    expect(accepted(r1).id).toBe('K00001');
    w = applyWrites(w, accepted(r1).writes);
    expect(last(w, 'complaints')).toMatchObject({ id: 'K00001', received: '2026-05-17', customer_id: 'C00002', description: 'Late delivery', status: '已受理', handler: 'Sun', resolved: '' });

    const r2 = runCommand('logComplaint', w, { id: 'K00001', status: 'investigating', cause: 'Carrier strike', responsibility: 'Logistics' }, ctxOf('Zhao', 'zh'));
    expect(auditOf(r2, w)).toMatchObject({ command: '客户投诉登记', table: '客户投诉登记表', rowId: 'K00001', change: '处理状态:已受理 → 调查中;原因分析:(空) → “Carrier strike”;责任:(空) → Logistics。' });
    w = applyWrites(w, accepted(r2).writes);
    expect(w.complaints!.rows).toHaveLength(1);

    w = applyWrites(w, accepted(runCommand('logComplaint', w, { id: 'K00001', status: '已解决', resolution: 'Refund shipping' }, ctxOf('Zhao', 'zh'))).writes);
    expect(record(w.complaints!, 0)).toMatchObject({ status: '已解决', resolution: 'Refund shipping', resolved: '2026-05-17', description: 'Late delivery' });
  });

  it('rejects per field', () => {
    const e = rejected(runCommand('logComplaint', wb(), { customer_id: '', description: '', status: 'resolved', handler: 'Ghost', received: 'x' }, ctxOf('Chen')));
    expect(Object.keys(e).sort()).toEqual(['customer_id', 'description', 'handler', 'received', 'status']);
    expect(rejected(runCommand('logComplaint', wb(), { id: 'K404', status: 'resolved' }, ctxOf('Chen'))).id.en).toMatch(/No complaint K404/);
    expect(rejected(runCommand('logComplaint', wb(), { customer_id: 'C00001', description: 'x', status: 'closed' }, ctxOf('Chen'))).status.en).toMatch(/Received, Investigating, Resolved/);
  });

  it('stores formula-looking text as text', () => {
    const r = accepted(runCommand('logComplaint', wb(), { customer_id: 'C00001', description: '-broken' }, ctxOf('Chen')));
    const w = r.writes[0];
    if (w.kind !== 'append') throw new Error();
    expect(w.rows[0][wb().complaints!.col.description]).toBe("'-broken");
  });
});
