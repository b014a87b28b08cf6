/** Set-up on a workbook from before issue 14 (no territories, bonus plans, reviews; older Team, Customers and Settings): added without loss. */
import { describe, expect, it } from 'vitest';
import { t } from '../../core/i18n';
import { SETTING_ROWS, settingDefault, tableSpec } from '../../core/schema/tables';
import { TEAM_SETTINGS } from '../../core/schema/team';
import { setUpWorkbook } from '../../excel-addin/setup';
import { installFake, snapshot, tableValues } from './helpers';

const OLD_TEAM = tableSpec('team').columns.slice(0, 5).map((c) => c.header.en);
const OLD_CUSTOMERS = tableSpec('customers').columns.slice(0, 15).map((c) => c.header.en);
const NEW_KEYS = TEAM_SETTINGS.map((s) => s.key);
const OLD_SETTINGS = SETTING_ROWS.filter((s) => !NEW_KEYS.includes(s.key));

describe('Excel set-up on a workbook from before the sales-team tables', () => {
  it('adds Territories, Bonus plans and Order reviews, the new Team and Customers columns at their ends and the new settings, keeping every cell', async () => {
    const { xl, run } = installFake();
    await xl.run(async (ctx) => {
      const add = (sheet: string, name: string, rows: unknown[][]) => {
        const s = ctx.workbook.worksheets.add(sheet);
        const end = String.fromCharCode(64 + rows[0].length) + rows.length;
        s.getRange(`A1:${end}`).values = rows;
        s.tables.add(`A1:${end}`, true).name = name;
      };
      add('Team', 'KA_Team', [OLD_TEAM, ['Wang', '', 'wang@example.com', 'Sales director', ''], ['Li', 'Wang', '', 'Regional manager', 'North']]);
      const customer = OLD_CUSTOMERS.map((_, i) => (i === 0 ? 'C00001' : i === 1 ? 'Huawei' : i === 2 ? 'Li' : ''));
      add('Customers', 'KA_Customers', [OLD_CUSTOMERS, customer]);
      add('Settings', 'KA_Settings', [['Setting', 'Value', 'Meaning'], ...OLD_SETTINGS.map((s) => [s.key, s.key === 'currency' ? 'HK$' : settingDefault(s, 'en'), t(s.description, 'en')])]);
      await ctx.sync();
    });
    const report = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(report.created).toEqual(expect.arrayContaining(['territories', 'bonus_plans', 'reviews']));
    expect(report.created).not.toContain('team');
    expect(report.columnsAdded).toEqual(
      expect.arrayContaining([
        { table: 'team', headers: ['Bonus plan', 'Target bonus'] },
        { table: 'customers', headers: tableSpec('customers').columns.slice(15).map((c) => c.header.en) },
      ]),
    );
    expect(report.rowsAdded).toContainEqual({ table: 'settings', count: NEW_KEYS.length });
    expect(report.rowsAdded.map((r) => r.table).sort()).toEqual(['benchmarks', 'objections', 'settings']); // the benchmarks and objections tables were new too

    const team = tableValues(xl, 'KA_Team');
    expect(team.headers).toEqual([...OLD_TEAM, 'Bonus plan', 'Target bonus']);
    expect(team.rows.map((r) => r.slice(0, 5))).toEqual([['Wang', '', 'wang@example.com', 'Sales director', ''], ['Li', 'Wang', '', 'Regional manager', 'North']]);
    const cust = tableValues(xl, 'KA_Customers');
    const revenue = tableSpec('customers').columns.findIndex((c) => c.key === 'revenue');
    expect(cust.headers.slice(revenue, revenue + 2)).toEqual(['Revenue', 'Net profit']);
    expect(cust.rows[0].slice(0, 3)).toEqual(['C00001', 'Huawei', 'Li']);
    const settings = tableValues(xl, 'KA_Settings').rows;
    expect(settings.map((r) => r[0])).toEqual([...OLD_SETTINGS.map((s) => s.key), ...NEW_KEYS]);
    expect(settings.find((r) => r[0] === 'currency')![1]).toBe('HK$');
    expect(settings.find((r) => r[0] === 'min_margin')![1]).toBe(0.1);
    for (const name of ['KA_Territories', 'KA_BonusPlans', 'KA_Reviews']) expect(tableValues(xl, name).headers.length).toBeGreaterThanOrEqual(5);

    const before = JSON.stringify(snapshot(xl));
    await setUpWorkbook(run, 'en', '2026-11-22');
    expect(JSON.stringify(snapshot(xl))).toBe(before);
  });
});
