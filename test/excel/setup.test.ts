/** Set-up against the Excel fake: every table, lists, formats, dashboard; idempotent; user data kept. */
import { describe, expect, it } from 'vitest';
import { listLabels } from '../../core/schema/lists';
import { setupPlan } from '../../core/schema/setup';
import { SETTING_ROWS, TABLES } from '../../core/schema/tables';
import { t } from '../../core/i18n';
import { DASHBOARD_SHEET, dashboardLayout, dashboardSettings } from '../../core/schema/dashboard';
import { tableFromGrid } from '../../core/schema/read';
import { setUpWorkbook } from '../../excel-addin/setup';
import { installFake, snapshot, table, tableValues } from './helpers';

describe('Excel set-up', () => {
  it('falls back to a bar chart where Excel has no funnel chart, everything else done', async () => {
    const { xl, run } = installFake();
    xl.unsupportedCharts.add('Funnel');
    const report = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(report.chart).toBe('bar');
    expect(xl.model.sheet('Dashboard')!.charts).toEqual([
      expect.objectContaining({ name: 'KA_forecast_quota', type: 'ColumnClustered' }),
      expect.objectContaining({ name: 'KA_funnel', type: 'BarClustered', position: { start: 'A10', end: 'E25' } }),
    ]);
    expect(report.created.length).toBe(TABLES.length);
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
    expect(xl.runs).toEqual([8]);
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

    // Dashboard: core's layout, KA.* formulas over structured references, bounded lists, the charts.
    const dash = xl.model.sheet(t(DASHBOARD_SHEET, 'zh'))!;
    const layout = dashboardLayout('zh', { settings: SETTING_ROWS.length, benchmarks: 8 }, dashboardSettings(tableOf(xl, 'KA_Settings')));
    expect(dash.cell(layout.stampAt.row, layout.stampAt.col)?.value).toBe(layout.stamp);
    expect(dash.cell(0, 0)?.value).toBe('大客户管理仪表板');
    const forecast = layout.sections.find((s) => s.id === 'forecast')!;
    expect(dash.cell(forecast.body.row, forecast.body.col)?.formula).toBe(
      `=LET(ka_r,KA.FORECAST_SUBMITTED(KA_Team[[${header('team', 'person')}]:[${header('team', 'manager')}]],KA_Forecasts[[${header('forecasts', 'when')}]:[${header('forecasts', 'amount')}]],` +
        `INDEX(KA_Settings[值],MATCH("period_from",KA_Settings[设置项],0)),INDEX(KA_Settings[值],MATCH("period_to",KA_Settings[设置项],0))),INDEX(ka_r,SEQUENCE(MIN(ROWS(ka_r),${forecast.body.rows})),SEQUENCE(1,MIN(COLUMNS(ka_r),9))))`,
    );
    const formulas = [...dash.cells.values()].filter((c) => c.formula).map((c) => c.formula!);
    expect(formulas.length).toBe(layout.cells.filter((c) => c.formula !== undefined).length);
    for (const f of formulas) expect(f).not.toMatch(/\{(fn|ref|range|rows|out|fig):|\{today\}|ARRAYFORMULA/);
    // money in the Settings currency, one percent format, the band's cards merged, fonts
    const quota = layout.sections.find((s) => s.id === 'quota')!;
    expect(dash.cell(quota.body.row, quota.body.col + 1)?.numberFormat).toBe('"¥"#,##0');
    expect(dash.cell(quota.body.row, quota.body.col + 4)?.numberFormat).toBe('0%');
    expect(dash.merges).toEqual(expect.arrayContaining(layout.merges.map((m) => ({ r: m.row, c: m.col, rows: 1, cols: m.cols }))));
    expect(dash.cell(3, 0)?.fontSize).toBe(16);
    expect(dash.columnWidths.get(0)).toBe(113);
    expect(dash.charts).toEqual([
      expect.objectContaining({ name: 'KA_forecast_quota', type: 'ColumnClustered', legend: true }),
      expect.objectContaining({ name: 'KA_funnel', type: 'Funnel', legend: false, source: { r: layout.charts[0].categories.row, c: layout.charts[0].categories.col, rows: 9, cols: 2 } }),
    ]);
    expect(dash.condFormats.some((c) => String(c.rule.formula).includes('未提交'))).toBe(true);
    // every structured reference names a table and columns the workbook has
    for (const f of formulas)
      for (const m of f.matchAll(/\b(KA_[A-Za-z]+)\[(\[?)([^\]]+)\]?(?::\[([^\]]+)\])?\]/g)) {
        const tv = tableValues(xl, m[1]);
        for (const h of [m[3], m[4]].filter(Boolean)) expect(tv.headers, `${m[0]} in ${f.slice(0, 80)}`).toContain(h);
      }
  });

  it('is idempotent: a second run changes nothing and says so', async () => {
    const { xl, run } = installFake();
    await setUpWorkbook(run, 'en', '2026-11-22');
    const before = JSON.stringify(snapshot(xl));
    const again = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(JSON.stringify(snapshot(xl))).toBe(before);
    // nothing written: no sync of the second run changed the workbook (the Dashboard's included)
    expect(xl.changes.at(-1)!.some((c) => c)).toBe(false);
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
    const forecast = dashboardLayout('en').sections.find((s) => s.id === 'forecast')!;
    const cell = dash.cell(forecast.body.row, 0)!;
    const good = cell.formula;
    delete cell.formula;
    cell.value = '';
    const report = await setUpWorkbook(run, 'en', '2026-11-22');
    expect(report.rowsAdded).toEqual([{ table: 'settings', count: 2 }]);
    expect(report.dashboard).toBe('completed');
    const rows = tableValues(xl, 'KA_Settings').rows;
    expect(rows.map((r) => r[0])).toEqual(SETTING_ROWS.map((s) => s.key));
    expect(rows[3][1]).toBe(12);
    expect(dash.cell(forecast.body.row, 0)?.formula).toBe(good);
  });
});

/** A table as the workbook holds it (for the Settings the Dashboard reads). */
function tableOf(xl: ReturnType<typeof installFake>['xl'], name: string) {
  const spec = TABLES.find((s) => s.name === name)!;
  const tv = tableValues(xl, name);
  return tableFromGrid(spec, [tv.headers, ...tv.rows] as never);
}

function header(table: string, key: string): string {
  return TABLES.find((s) => s.id === table)!.columns.find((c) => c.key === key)!.header.zh;
}
