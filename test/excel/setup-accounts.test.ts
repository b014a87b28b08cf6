/**
 * Excel set-up on a workbook from before issue 13: the new tables are created, the development and
 * follow-up columns appended to the user's tables, their data kept, and a second run changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../core/i18n';
import { tableSpec } from '../../core/schema/tables';
import type { TableId } from '../../core/schema/types';
import { setUpWorkbook } from '../../excel-addin/setup';
import { installFake, snapshot, tableValues } from './helpers';

const NEW_COLUMNS: Partial<Record<TableId, string[]>> = { customers: ['dev_stage', 'dev_stopped', 'stop_reason'], activities: ['follow_up_done'] };
const headersBefore = (id: TableId) => tableSpec(id).columns.filter((c) => !NEW_COLUMNS[id]?.includes(c.key)).map((c) => t(c.header, 'en'));
const col = (n: number) => String.fromCharCode(64 + n);

async function preIssue() {
  const fake = installFake();
  await fake.xl.run(async (ctx) => {
    const ch = [...headersBefore('customers'), 'My column'];
    const s = ctx.workbook.worksheets.add('Customers');
    const blank = (n: number) => new Array(n).fill('');
    s.getRange(`A1:${col(ch.length)}3`).values = [ch, ['C00001', 'China Telecom', 'Chen', ...blank(ch.length - 4), 'keep'], ['C00002', 'Huawei', 'Sun', ...blank(ch.length - 3)]];
    s.tables.add(`A1:${col(ch.length)}3`, true).name = 'KA_Customers';
    const ah = headersBefore('activities');
    const a = ctx.workbook.worksheets.add('Activities');
    a.getRange(`A1:${col(ah.length)}2`).values = [ah, ['2026-05-01', 'Chen', 'Visit', 'C00001', ...blank(ah.length - 5), '2026-05-10']];
    a.tables.add(`A1:${col(ah.length)}2`, true).name = 'KA_Activities';
    await ctx.sync();
  });
  return fake;
}

describe('Excel set-up on a workbook from before issue 13', () => {
  it('adds the new tables and columns, keeping the user\u2019s data', async () => {
    const { xl, run } = await preIssue();
    const report = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(report.created).toEqual(expect.arrayContaining(['contacts', 'accountPlans', 'actions', 'opportunityTeam', 'objections']));
    expect(report.created).not.toContain('customers');
    expect(report.columnsAdded.find((c) => c.table === 'customers')!.headers).toEqual(['Development stage', 'Development stopped', 'Reason stopped']);
    expect(report.columnsAdded.find((c) => c.table === 'activities')!.headers).toEqual(['Follow-up settled on']);
    const cust = tableValues(xl, 'KA_Customers');
    const n = headersBefore('customers').length;
    expect(cust.headers.slice(n)).toEqual(['My column', 'Development stage', 'Development stopped', 'Reason stopped']);
    expect(cust.rows.map((r) => [r[0], r[1], r[2], r[n]])).toEqual([['C00001', 'China Telecom', 'Chen', 'keep'], ['C00002', 'Huawei', 'Sun', '']]);
    const obj = tableValues(xl, 'KA_Objections');
    expect(obj.rows).toHaveLength(16);
    expect(obj.rows[1][0]).toBe("I don't have time");
  });

  it('a second run changes nothing', async () => {
    const { xl, run } = await preIssue();
    await setUpWorkbook(run, 'en', '2026-11-22');
    const before = JSON.stringify(snapshot(xl));
    const again = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(JSON.stringify(snapshot(xl))).toBe(before);
    expect(again).toMatchObject({ created: [], columnsAdded: [], rowsAdded: [] });
  });
});
