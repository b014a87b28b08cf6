/**
 * Set-up on a spreadsheet from before issue 13 (no decision chain, account plans, actions, opportunity
 * team or objections; a customer register and an activity log without the development and follow-up
 * columns, holding data): the new tables are created, the new columns appended after the user's, no cell
 * of the user's changes, and a second run changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../core/i18n';
import { tableFromGrid } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import type { TableId } from '../../core/schema/types';
import { ensureBuilt, runtime, snapshot } from './helpers';

beforeAll(() => ensureBuilt(['Code.js', 'appsscript.json']));

const NEW_COLUMNS: Partial<Record<TableId, string[]>> = { customers: ['dev_stage', 'dev_stopped', 'stop_reason'], activities: ['follow_up_done'] };
const headersBefore = (id: TableId) => tableSpec(id).columns.filter((c) => !NEW_COLUMNS[id]?.includes(c.key)).map((c) => t(c.header, 'zh'));

function preIssue() {
  const rt = runtime({ locale: 'zh_CN' });
  const cust = rt.ss.insertSheet('客户');
  const ch = headersBefore('customers');
  cust.getRange(1, 1, 1, ch.length + 1).setValues([[...ch, '我的列']]);
  cust.getRange(2, 1, 2, 3).setValues([
    ['C00001', '中国电信股份有限公司', '陈'],
    ['C00002', '华为技术有限公司', '孙'],
  ]);
  cust.getRange(2, ch.length + 1).setValue('保留');
  const act = rt.ss.insertSheet('活动记录');
  const ah = headersBefore('activities');
  act.getRange(1, 1, 1, ah.length).setValues([ah]);
  act.getRange(2, 1, 1, 4).setValues([['2026-05-01', '陈', '拜访', 'C00001']]);
  act.getRange(2, ah.length).setValue('2026-05-10');
  return rt;
}

describe('Sheets set-up on a workbook from before issue 13', () => {
  it('adds the new tables (objections seeded in the language) and columns, keeping every cell of the user', () => {
    const rt = preIssue();
    rt.run('kaSetUp');
    for (const name of ['KA_Contacts', 'KA_AccountPlans', 'KA_Actions', 'KA_OpportunityTeam', 'KA_Objections']) expect(rt.ss.getRangeByName(name), name).not.toBeNull();
    const obj = tableFromGrid(tableSpec('objections'), rt.ss.getRangeByName('KA_Objections')!.getValues());
    expect(obj.rows.filter((r) => r[0] !== '')).toHaveLength(16);
    expect(obj.rows[0][0]).toBe('我没兴趣');
    const cust = rt.ss.getSheetByName('客户')!;
    const ch = headersBefore('customers');
    const header = cust.getRange(1, 1, 1, cust.getLastColumn()).getValues()[0];
    expect(header.slice(0, ch.length + 1)).toEqual([...ch, '我的列']);
    expect(header.slice(ch.length + 1)).toEqual(['开发阶段', '终止开发', '终止原因']);
    expect(cust.getRange(2, 1, 2, 3).getValues()).toEqual([
      ['C00001', '中国电信股份有限公司', '陈'],
      ['C00002', '华为技术有限公司', '孙'],
    ]);
    expect(cust.getRange(2, ch.length + 1).getValue()).toBe('保留');
    const tc = tableFromGrid(tableSpec('customers'), rt.ss.getRangeByName('KA_Customers')!.getValues());
    expect(tc.col.dev_stage).toBe(ch.length + 1);
    const act = rt.ss.getSheetByName('活动记录')!;
    const ah = headersBefore('activities');
    expect(act.getRange(1, ah.length + 1).getValue()).toBe('跟进完成日期');
    expect(act.getRange(2, 1, 1, 4).getValues()[0].slice(1)).toEqual(['陈', '拜访', 'C00001']);
  });

  it('a second run changes nothing', () => {
    const rt = preIssue();
    rt.run('kaSetUp');
    const first = snapshot(rt.ss);
    rt.run('kaSetUp');
    expect(snapshot(rt.ss)).toEqual(first);
  });
});
