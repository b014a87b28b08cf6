import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, last, rejected } from './test-helpers';

const wb = () => testWorkbook(demoRecords());

describe('newProject', () => {
  it('saves the bid record with its lists in the language', () => {
    const input = {
      customer_id: 'C00001', name: '省公司集采', opportunity: 'O00001', sales_method: 'bid', tender_method: '议标', lots: '是', single_quote: false,
      agents: '神州数码', bid_plan: 'joint', delivery_date: '2026-08-01', delivery_place: '北京', evaluation: '价格 40%,技术 40%,服务 20%',
      regional_impact: 'critical', competitors: 'Huawei, ZTE', background: '五年一次', relationship: '比较到位', control: '65%',
      configuration: '核心路由器', quantity: 12, expected_price: '1,000,000', our_quote: 980000, channel_credit: 'AA',
    };
    const r = runCommand('newProject', wb(), input, ctxOf('Chen', 'zh'));
    const { id, writes } = accepted(r);
    expect(id).toBe('P00001');
    expect(last(applyWrites(wb(), writes), 'projects')).toMatchObject({
      id: 'P00001', name: '省公司集采', customer_id: 'C00001', opportunity: 'O00001', owner: 'Chen', sales_method: '投标', tender_method: '议标',
      lots: '是', single_quote: '否', bid_plan: '企业与代理共同投多种方案', delivery_date: '2026-08-01', regional_impact: '影响特别大',
      relationship: '比较到位', control: 0.65, quantity: 12, expected_price: 1000000, our_quote: 980000, created: '2026-05-17',
    });
    expect(auditOf(r, wb())).toMatchObject({ command: '大客户项目', table: '大客户项目', rowId: 'P00001' });
  });

  it('rejects per field', () => {
    const e = rejected(runCommand('newProject', wb(), { customer_id: 'C9', name: '', opportunity: 'O9', sales_method: '', tender_method: 'auction', lots: 'maybe', control: '130%', quantity: -1, delivery_date: 'soon' }, ctxOf('Chen')));
    expect(Object.keys(e).sort()).toEqual(['control', 'customer_id', 'delivery_date', 'lots', 'name', 'opportunity', 'quantity', 'sales_method', 'tender_method']);
  });

  it('stores formula-looking text as text', () => {
    const r = accepted(runCommand('newProject', wb(), { customer_id: 'C00001', name: '=1', sales_method: 'Bid', agents: '+agent', background: '-bg' }, ctxOf('Chen')));
    const w = r.writes[0];
    if (w.kind !== 'append') throw new Error();
    const t = wb().projects!;
    expect([w.rows[0][t.col.name], w.rows[0][t.col.agents], w.rows[0][t.col.background]]).toEqual(["'=1", "'+agent", "'-bg"]);
  });
});
