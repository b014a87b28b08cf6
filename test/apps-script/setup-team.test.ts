/** Set-up on a spreadsheet from before issue 14 (no territories, bonus plans, reviews; older Team, Customers and Settings): added without loss. */
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../core/i18n';
import { tableFromGrid } from '../../core/schema/read';
import { SETTING_ROWS, settingDefault, tableSpec } from '../../core/schema/tables';
import { TEAM_SETTINGS } from '../../core/schema/team';
import { ensureBuilt, runtime, snapshot } from './helpers';

beforeAll(() => ensureBuilt(['Code.js', 'appsscript.json']));

const OLD_TEAM = tableSpec('team').columns.slice(0, 5).map((c) => c.header.zh);
const OLD_CUSTOMERS = tableSpec('customers').columns.slice(0, 15).map((c) => c.header.zh);
const NEW_KEYS = TEAM_SETTINGS.map((s) => s.key);
const OLD_SETTINGS = SETTING_ROWS.filter((s) => !NEW_KEYS.includes(s.key));

describe('Sheets set-up on a spreadsheet from before the sales-team tables', () => {
  it('adds Territories, Bonus plans and Order reviews, the new Team and Customers columns at their ends and the new settings, keeping every cell', () => {
    const rt = runtime({ locale: 'zh_CN', userLocale: 'zh_CN' });
    const ss = rt.ss;
    const put = (name: string, rows: unknown[][]) => ss.insertSheet(name).getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    put('销售团队', [OLD_TEAM, ['王强', '', 'wang@example.com', '销售总监', ''], ['李娜', '王强', '', '区域经理', '华北']]);
    put('客户', [OLD_CUSTOMERS, OLD_CUSTOMERS.map((_, i) => (i === 0 ? 'C00001' : i === 1 ? '华为技术有限公司' : i === 2 ? '李娜' : ''))]);
    put('设置', [['设置项', '值', '说明'], ...OLD_SETTINGS.map((s) => [s.key, s.key === 'currency' ? 'HK$' : s.key === 'language' ? 'zh' : settingDefault(s, 'zh'), t(s.description, 'zh')])]);
    rt.run('kaSetUp');

    for (const name of ['KA_Territories', 'KA_BonusPlans', 'KA_Reviews']) expect(ss.getRangeByName(name), name).not.toBeNull();
    expect(ss.getRangeByName('KA_Territories')!.getSheet().getName()).toBe('销售区域');
    const team = tableFromGrid(tableSpec('team'), ss.getRangeByName('KA_Team')!.getValues());
    expect(ss.getRangeByName('KA_Team')!.getSheet().getName()).toBe('销售团队');
    expect(team.col.bonus_plan).toBe(5);
    expect(team.col.target_bonus).toBe(6);
    expect(team.rows.slice(0, 2).map((r) => r.slice(0, 5))).toEqual([['王强', '', 'wang@example.com', '销售总监', ''], ['李娜', '王强', '', '区域经理', '华北']]);
    const cust = tableFromGrid(tableSpec('customers'), ss.getRangeByName('KA_Customers')!.getValues());
    // appended after the register's first 15 columns, in the schema's order (issue 13's development columns come first)
    const at = (k: string) => tableSpec('customers').columns.findIndex((c) => c.key === k);
    expect(cust.col.revenue).toBe(at('revenue'));
    expect(cust.col.cost_of_sales).toBe(at('cost_of_sales'));
    expect(at('cost_of_sales') - at('revenue')).toBe(7);
    expect(cust.rows[0].slice(0, 3)).toEqual(['C00001', '华为技术有限公司', '李娜']);
    const settings = tableFromGrid(tableSpec('settings'), ss.getRangeByName('KA_Settings')!.getValues());
    const keys = settings.rows.map((r) => r[settings.col.key]).filter((k) => k !== '');
    expect(keys).toEqual([...OLD_SETTINGS.map((s) => s.key), ...NEW_KEYS]);
    expect(settings.rows.find((r) => r[0] === 'currency')![1]).toBe('HK$');

    const first = snapshot(ss);
    rt.run('kaSetUp');
    expect(snapshot(ss)).toEqual(first);
  });
});
