/** Set-up against the Excel fake: every table, lists, formats, dashboard; idempotent; user data kept. */
import { describe, expect, it } from 'vitest';
import { listLabels } from '../../core/schema/lists';
import { setupPlan } from '../../core/schema/setup';
import { SETTING_ROWS, TABLES } from '../../core/schema/tables';
import { t } from '../../core/i18n';
import { DASHBOARD_SHEET } from '../../core/schema/dashboard';
import { setUpWorkbook } from '../../excel-addin/setup';
import { installFake, snapshot, table, tableValues } from './helpers';

describe('Excel set-up', () => {
  it('falls back to a bar chart where Excel has no funnel chart, everything else done', async () => {
    const { xl, run } = installFake();
    xl.unsupportedCharts.add('Funnel');
    const report = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(report.chart).toBe('bar');
    expect(xl.model.sheet('Dashboard')!.charts).toEqual([expect.objectContaining({ name: 'KA_Funnel', type: 'BarClustered' })]);
    expect(report.created.length).toBe(12);
    xl.unsupportedCharts.add('BarClustered');
    xl.model.sheet('Dashboard')!.charts = [];
    const again = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(again.chart).toBe('none');
    expect(again.dashboard).toBe('completed');
  });

  it('creates every table with headers in the user language, lists, formats, rules and the dashboard', async () => {
    const { xl, run } = installFake();
    const report = await setUpWorkbook(run, 'zh', '2026-11-22');
    expect(report.created).toEqual(TABLES.map((s) => s.id));
    expect(xl.runs).toEqual([6]);
    expect(report.chart).toBe('funnel');
    for (const spec of TABLES) {
      const tv = tableValues(xl, spec.name);
      expect(tv.headers).toEqual(spec.columns.map((c) => c.header.zh));
      expect(table(xl, spec.name).sheet.name).toBe(spec.sheet.zh);
      expect(table(xl, spec.name).sheet.frozenRows).toBe(1);
    }
    expect(tableValues(xl, 'KA_Benchmarks').rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const settings = tableValues(xl, 'KA_Settings').rows;
    expect(settings.map((r) => r[0])).toEqual(SETTING_ROWS.map((s) => s.key));
    expect(settings.find((r) => r[0] === 'period_from')?.[1]).toBe(46296); // 2026-10-01 as Excel stores it
    expect(tableValues(xl, 'KA_Customers').rows).toEqual([new Array(15).fill('')]); // Excel's blank row

    // Drop-downs: a named list on a hidden sheet; Team people through the Team table's column.
    const cust = table(xl, 'KA_Customers');
    const tierCol = cust.c + TABLES[0].columns.findIndex((c) => c.key === 'tier');
    expect(cust.sheet.cell(1, tierCol)?.validation).toEqual({ list: { inCellDropDown: true, source: '=KA_List_classification' } });
    const list = xl.model.name('KA_List_classification')!;
    expect(list.sheet!.visibility).toBe('Hidden');
    const labels = Array.from({ length: list.rect!.rows }, (_, i) => list.sheet!.cell(list.rect!.r + i, list.rect!.c)?.value);
    expect(labels).toEqual(listLabels('classification', 'zh'));
    const amCol = cust.c + TABLES[0].columns.findIndex((c) => c.key === 'account_manager');
    expect(cust.sheet.cell(1, amCol)?.validation).toEqual({ list: { inCellDropDown: true, source: '=KA_Team_People' } });
    expect(xl.model.name('KA_Team_People')!.formula).toBe('=KA_Team[姓名]');
    // Number formats by column type.
    const plan = setupPlan('zh').tables[0];
    const valueCol = plan.columns.findIndex((c) => c.key === 'value');
    expect(cust.sheet.cell(1, valueCol)?.numberFormat).toBe('#,##0.00');
    expect(cust.sheet.cell(1, plan.columns.findIndex((c) => c.key === 'growth'))?.numberFormat).toBe('0%');
    expect(cust.sheet.cell(1, plan.columns.findIndex((c) => c.key === 'created'))?.numberFormat).toBe('yyyy-mm-dd');
    // Conditional formats of the Assessments verdict and Complaints status.
    const assess = table(xl, 'KA_Assessments');
    expect(assess.sheet.condFormats.length).toBe(2);
    expect(assess.sheet.condFormats[0].rule.formula).toMatch(/^=OR\(\$[A-Z]+2="High value",/);
    expect(table(xl, 'KA_Complaints').sheet.condFormats.length).toBe(3);

    // Dashboard: KA.* formulas over structured references, and the funnel chart.
    const dash = xl.model.sheet(t(DASHBOARD_SHEET, 'zh'))!;
    expect(dash.cell(4, 0)?.formula).toBe('=KA.FUNNEL_HEALTH(KA_Opportunities[阶段],KA_Benchmarks[历史数量])'.replace('阶段', header('opportunities', 'stage')).replace('历史数量', header('benchmarks', 'hist_count')));
    expect(dash.cell(0, 0)?.value).toBe('大客户管理仪表板');
    expect(dash.charts).toEqual([expect.objectContaining({ name: 'KA_Funnel', type: 'Funnel', source: { r: 4, c: 0, rows: 8, cols: 2 } })]);
    const formulas = [...dash.cells.values()].filter((c) => c.formula).map((c) => c.formula!);
    expect(formulas.length).toBeGreaterThan(10);
    for (const f of formulas) expect(f).not.toMatch(/\{(fn|ref):/);
    expect(formulas.join(' ')).toContain('INDEX(KA_Settings[值],MATCH("period_from",KA_Settings[设置项],0))');
  });

  it('is idempotent: a second run changes nothing and says so', async () => {
    const { xl, run } = installFake();
    await setUpWorkbook(run, 'en', '2026-11-22');
    const before = JSON.stringify(snapshot(xl));
    const again = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(JSON.stringify(snapshot(xl))).toBe(before);
    expect(again).toMatchObject({ created: [], columnsAdded: [], rowsAdded: [], dashboard: 'kept' });
    expect(again.message.en).toMatch(/already set up/);
    // …also when run in another language: headers are recognised in any language.
    await setUpWorkbook(run, 'zh', '2026-11-22');
    expect(JSON.stringify(snapshot(xl))).toBe(before.replace(/x^/, ''));
  });

  it('keeps user data, columns and sheets; adds only what is missing', async () => {
    const { xl, run } = installFake();
    // A user's older Customers table (some columns, their own column, data) and a sheet titled like ours.
    await xl.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add('My customers');
      s.getRange('A1:D3').values = [['Customer ID', 'Customer name', 'My own column', '客户经理'], ['C-1', "'=HYPERLINK(\"x\")", 'keep me', 'Li'], ['C-2', 'Beta', '', 'Wang']];
      const tb = s.tables.add('A1:D3', true);
      tb.name = 'KA_Customers';
      ctx.workbook.worksheets.add('Team').getRange('A1').values = [['not a table']];
      await ctx.sync();
    });
    const report = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(report.created).not.toContain('customers');
    const added = report.columnsAdded.find((c) => c.table === 'customers')!.headers;
    expect(added).toEqual(TABLES[0].columns.filter((c) => !['id', 'name', 'account_manager'].includes(c.key)).map((c) => c.header.en));
    const tv = tableValues(xl, 'KA_Customers');
    expect(tv.headers.slice(0, 4)).toEqual(['Customer ID', 'Customer name', 'My own column', '客户经理']);
    expect(tv.rows.map((r) => r.slice(0, 4))).toEqual([['C-1', '=HYPERLINK("x")', 'keep me', 'Li'], ['C-2', 'Beta', '', 'Wang']]);
    expect(table(xl, 'KA_Customers').sheet.name).toBe('My customers');
    expect(xl.model.sheet('Team')!.cell(0, 0)?.value).toBe('not a table');
    expect(table(xl, 'KA_Team').sheet.name).toBe('Team (2)');
    // The added columns got their formats; the user's columns kept theirs (none).
    const cust = table(xl, 'KA_Customers');
    const valueAt = tv.headers.indexOf('Annual gross profit');
    expect(cust.sheet.cell(1, valueAt)?.numberFormat).toBe('#,##0.00');
    expect(cust.sheet.cell(1, 2)?.numberFormat).toBeUndefined();
    expect(cust.sheet.cell(1, 3)?.validation).toBeUndefined();
    // Run again: nothing more.
    const before = JSON.stringify(snapshot(xl));
    await setUpWorkbook(run, 'en', '2026-11-22');
    expect(JSON.stringify(snapshot(xl))).toBe(before);
  });

  it('appends only the missing Settings keys and refills an emptied dashboard cell', async () => {
    const { xl, run } = installFake();
    await setUpWorkbook(run, 'en', '2026-11-22');
    const st = table(xl, 'KA_Settings');
    // The user changed a value and cleared the last two setting rows (keys gone, rows blank).
    st.sheet.ensure(st.r + 4, st.c + 1).value = 12;
    for (const i of [st.rows - 1, st.rows]) for (let j = 0; j < 3; j++) st.sheet.ensure(st.r + i, st.c + j).value = '';
    const dash = xl.model.sheet('Dashboard')!;
    const a5 = dash.cell(4, 0)!;
    delete a5.formula;
    a5.value = '';
    const report = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(report.rowsAdded).toEqual([{ table: 'settings', count: 2 }]);
    expect(report.dashboard).toBe('completed');
    const rows = tableValues(xl, 'KA_Settings').rows;
    expect(rows.map((r) => r[0])).toEqual(SETTING_ROWS.map((s) => s.key));
    expect(rows[3][1]).toBe(12);
    expect(dash.cell(4, 0)?.formula).toMatch(/^=KA\.FUNNEL_HEALTH\(/);
  });
});

function header(table: string, key: string): string {
  return TABLES.find((s) => s.id === table)!.columns.find((c) => c.key === key)!.header.zh;
}
