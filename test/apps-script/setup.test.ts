import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardLayout, dashboardSettings } from '../../core/schema/dashboard';
import { tableFromGrid } from '../../core/schema/read';
import { setupPlan } from '../../core/schema/setup';
import { SETTING_ROWS, TABLES } from '../../core/schema/tables';
import { ensureBuilt, runtime, snapshot } from './helpers';
import type { Runtime } from './fake/runtime';

beforeAll(() => ensureBuilt(['Code.js', 'appsscript.json']));

function table(rt: Runtime, name: string) {
  const r = rt.ss.getRangeByName(name);
  if (!r) throw new Error(`no named range ${name}`);
  return r;
}

describe('set-up on an empty spreadsheet', () => {
  it('creates every table with headers, named ranges, drop-downs, formats, frozen headers and the dashboard', () => {
    const rt = runtime({ locale: 'zh_CN', userLocale: 'zh_CN' });
    rt.run('kaSetUp');
    const plan = setupPlan('zh');
    for (const tp of plan.tables) {
      const r = table(rt, tp.name);
      const sheet = r.getSheet();
      expect(sheet.getName()).toBe(tp.sheet);
      expect(r.getRow()).toBe(1);
      // open-ended: rows added later are inside the table
      expect(r.getA1Notation()).toMatch(/^A:[A-Z]+$/);
      const header = sheet.getRange(1, 1, 1, tp.columns.length).getValues()[0];
      expect(header).toEqual(tp.columns.map((c) => c.header));
      expect(sheet.getFrozenRows()).toBe(1);
    }
    // drop-downs: stage list, owner from Team, list values in Chinese
    const opp = table(rt, 'KA_Opportunities').getSheet();
    const data = tableFromGrid(TABLES.find((s) => s.id === 'opportunities')!, opp.getRange('A1:Z2').getValues());
    const stageCol = data.col.stage + 1;
    const stageRule = opp.getRange(2, stageCol).getDataValidation()!;
    expect(stageRule.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect((stageRule.getCriteriaValues()[0] as string[])[0]).toMatch(/^01 寻找正确的联系人/);
    expect(stageRule.getAllowInvalid()).toBe(false);
    expect(opp.getRange(500, stageCol).getDataValidation()).toBe(stageRule);
    const ownerRule = opp.getRange(2, data.col.owner + 1).getDataValidation()!;
    expect(ownerRule.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expect(rt.ss.describeNamed('KA_Team_person')).toBe("'销售团队'!A2:A");
    expect((ownerRule.getCriteriaValues()[0] as { getA1Notation(): string }).getA1Notation()).toBe('A2:A');
    // number and date formats
    expect(opp.getRange(2, data.col.amount + 1).getNumberFormat()).toBe('#,##0.00');
    expect(opp.getRange(2, data.col.close + 1).getNumberFormat()).toBe('yyyy-mm-dd');
    // conditional formats for verdicts: one rule per style, every language's text in it
    const assess = table(rt, 'KA_Assessments').getSheet();
    const formulas = assess.getConditionalFormatRules().map((r) => String(r.getBooleanCondition()!.getCriteriaValues()[0]));
    expect(formulas).toHaveLength(2);
    for (const text of ['高价值', 'High value', '低价值', 'Low value']) expect(formulas.join(' ')).toContain(`="${text}"`);
    // starting rows: 8 benchmark stages, the settings
    expect(table(rt, 'KA_Benchmarks').getSheet().getLastRow()).toBe(9);
    const settings = table(rt, 'KA_Settings').getSheet().getRange('A2:B20').getValues();
    expect(settings[0]).toEqual(['language', 'zh']);
    expect(settings.find((r) => r[0] === 'period_from')![1]).toBeInstanceOf(rt.realm.Date);
    expect(settings.find((r) => r[0] === 'currency')![1]).toBe('¥');
    expect(settings.find((r) => r[0] === 'forecast_category_rule')![1]).toBe('01-03 管道; 04-05 最佳情况; 06-07 承诺; 08 已成交; 丢单 不计入');
    // progress toasts, in the user's language
    expect(rt.ss.toasts.length).toBeGreaterThan(3);
    expect(rt.ss.toasts.at(-1)!.message).toMatch(/工作簿已就绪/);
  });

  it('writes the dashboard as core lays it out: live formulas over named ranges that exist, formats, charts', () => {
    const rt = runtime({ locale: 'en_US' });
    rt.run('kaSetUp');
    const dash = table(rt, 'KA_Dashboard').getSheet();
    expect(dash.getName()).toBe('Dashboard');
    expect(rt.ss.sheets[0]).toBe(dash);
    const settings = tableFromGrid(TABLES.find((t) => t.id === 'settings')!, table(rt, 'KA_Settings').getValues());
    const layout = dashboardLayout('en', { settings: SETTING_ROWS.length, benchmarks: 8 }, dashboardSettings(settings));
    let formulas = 0;
    for (const c of layout.cells) {
      const cell = dash.getRange(c.row + 1, c.col + 1);
      if (c.formula === undefined) {
        if (c.text) expect(cell.getValue(), `${c.row},${c.col}`).toBe(c.text);
        continue;
      }
      const f = cell.getFormula();
      formulas++;
      expect(f.startsWith('='), `${c.row},${c.col}`).toBe(true);
      expect(f).not.toMatch(/\{(fn|ref|range|rows|out|fig):|\{today\}/);
      for (const name of f.match(/\bKA_\w+/g) ?? []) expect(rt.ss.getRangeByName(name), `${c.row},${c.col}: ${name}`).not.toBeNull();
      if (c.array) expect(f).toMatch(/ARRAYFORMULA\(/);
      if (c.take) expect(f).toMatch(/^=ARRAY_CONSTRAIN\(/);
    }
    expect(formulas).toBeGreaterThan(40);
    expect(dash.getRange('A1').getValue()).toBe('Key-account dashboard');
    // a catalogue function is handed the table's rows only: its named range cut to the lane's row count
    expect(dash.getRange(layout.sections.find((s) => s.id === 'forecast')!.body.row + 1, 1).getFormula()).toMatch(
      /^=ARRAY_CONSTRAIN\(FORECAST_SUBMITTED\(ARRAY_CONSTRAIN\(KA_Team_person_to_manager,MAX\(1,\$M\$\d+\),COLUMNS\(KA_Team_person_to_manager\)\)/,
    );
    // money in the Settings currency, percentages in one format, the band's fonts and the merged cards
    const quota = layout.sections.find((s) => s.id === 'quota')!;
    expect(dash.getRange(quota.body.row + 1, quota.body.col + 2).getNumberFormat()).toBe('"¥"#,##0');
    expect(dash.getRange(quota.body.row + 1, quota.body.col + 5).getNumberFormat()).toBe('0%');
    expect(dash.getRange(4, 1).getFontSize()).toBe(16);
    expect(dash.getRange(4, 1).getFontWeight()).toBe('bold');
    expect(dash.merges).toEqual(expect.arrayContaining([{ r: 4, c: 1, rows: 1, cols: 2 }]));
    expect(dash.getColumnWidth(1)).toBe(150);
    // the charts: a funnel (a stacked bar whose first series centres the bars) and forecast against quota
    const charts = dash.getCharts();
    expect(charts.map((c) => c.type)).toEqual(['BAR', 'COLUMN']);
    const [funnel, forecast] = charts;
    expect(funnel.getRanges().map((r) => r.getA1Notation())).toHaveLength(3);
    expect(funnel.getOptions().get('isStacked')).toBe(true);
    expect(funnel.getOptions().get('title')).toBe('Sales funnel: opportunities per stage');
    expect(forecast.getRanges()).toHaveLength(5);
    expect(forecast.getContainerInfo().getAnchorRow()).toBe(layout.charts[1].at.row + 1);
    // status colours on the forecast's Status column and the funnel's: one custom-formula rule per style (rules.ts)
    const ruleFormulas = dash.getConditionalFormatRules().map((r) => String(r.getBooleanCondition()!.getCriteriaValues()[0]));
    for (const text of ['Missing', '未提交', 'Excellent', '预警']) expect(ruleFormulas.some((f) => f.startsWith('=OR(') && f.includes(`="${text}"`)), text).toBe(true);
  });

  it('a second run changes nothing', () => {
    const rt = runtime({ locale: 'zh_CN' });
    rt.run('kaSetUp');
    const first = snapshot(rt.ss);
    const writes = { ...rt.ss.counters };
    rt.run('kaSetUp');
    expect(snapshot(rt.ss)).toEqual(first);
    expect(rt.ss.counters.setValues).toBe(writes.setValues);
    expect(rt.ss.counters.setValue ?? 0).toBe(writes.setValue ?? 0);
  });
});

describe('set-up on a spreadsheet holding user data', () => {
  function seeded() {
    const rt = runtime({ locale: 'zh_CN' });
    const ss = rt.ss;
    // The user's own notes on Sheet1, and a customer list typed by hand: Chinese headers in their own
    // order, one column of their own, and no named range yet.
    ss.sheets[0].getRange('A1:B2').setValues([
      ['备忘', '=1+1'],
      ['不要删除', 42],
    ]);
    const cust = ss.insertSheet('客户');
    cust.getRange('A1:E1').setValues([['客户名称', '我的备注', '客户编号', '客户经理', '']]);
    cust.getRange('A2:D3').setValues([
      ['华为技术有限公司', '老客户', 'C-001', '张伟'],
      ['阿里巴巴', '=HYPERLINK("x")', 'C-002', '李娜'],
    ]);
    cust.getRange('G5').setValue('a stray note');
    return rt;
  }

  it('keeps every user cell, adopts the hand-made table and appends only the missing columns', () => {
    const rt = seeded();
    rt.run('kaSetUp');
    // nothing the user wrote changed
    const sheet1 = rt.ss.getSheetByName('Sheet1')!;
    expect(sheet1.getRange('A1:B2').getFormulas()[0][1]).toBe('=1+1');
    expect(sheet1.getRange('A2:B2').getValues()[0]).toEqual(['不要删除', 42]);
    const cust = rt.ss.getSheetByName('客户')!;
    expect(rt.ss.getSheetByName('客户 (2)')).toBeNull();
    expect(cust.getRange('A2:D3').getValues()).toEqual([
      ['华为技术有限公司', '老客户', 'C-001', '张伟'],
      ['阿里巴巴', '', 'C-002', '李娜'],
    ]);
    expect(cust.getRange('B3').getFormula()).toBe('=HYPERLINK("x")');
    expect(cust.getRange('G5').getValue()).toBe('a stray note');
    // missing schema columns were appended after everything the user used (column G), not over it
    const header = cust.getRange(1, 1, 1, cust.getLastColumn()).getValues()[0];
    expect(header.slice(0, 5)).toEqual(['客户名称', '我的备注', '客户编号', '客户经理', '']);
    expect(header[6]).toBe('');
    expect(header.slice(7)).toContain('客户分类');
    expect(header.filter((h) => h === '客户名称')).toHaveLength(1);
    const t = tableFromGrid(TABLES[0], rt.ss.getRangeByName('KA_Customers')!.getValues());
    expect(t.rows).toHaveLength(4); // two customers, two blank rows down to the stray note
    expect(t.col.name).toBe(0);
    expect(t.col.id).toBe(2);
    expect(t.col.account_manager).toBe(3);
    for (const c of TABLES[0].columns) expect(t.col[c.key], c.key).toBeGreaterThanOrEqual(0);
  });

  it('runs twice without duplicating anything', () => {
    const rt = seeded();
    rt.run('kaSetUp');
    const first = snapshot(rt.ss);
    rt.run('kaSetUp');
    expect(snapshot(rt.ss)).toEqual(first);
    expect(rt.ss.sheets.map((s) => s.name).filter((n) => /\(\d\)$/.test(n))).toEqual([]);
  });

  it('re-creates a table whose sheet was deleted, touching nothing else', () => {
    const rt = runtime({ locale: 'en_US' });
    rt.run('kaSetUp');
    const team = rt.ss.getRangeByName('KA_Team')!.getSheet();
    team.getRange('A2:B2').setValues([['Zhang Wei', '']]);
    const quotas = rt.ss.getRangeByName('KA_Quotas')!.getSheet();
    rt.ss.deleteSheet(quotas);
    expect(rt.ss.getRangeByName('KA_Quotas')).toBeNull();
    rt.run('kaSetUp');
    const again = rt.ss.getRangeByName('KA_Quotas')!;
    expect(again.getSheet().getName()).toBe('Quotas');
    expect(again.getSheet().getRange('A1').getValue()).toBe('Person');
    expect(rt.ss.getRangeByName('KA_Quotas_person')).not.toBeNull();
    expect(team.getRange('A2').getValue()).toBe('Zhang Wei');
    // the dashboard formulas point at the new sheet's ranges again
    expect(rt.ss.describeNamed('KA_Quotas_quota')).toBe('Quotas!D2:D');
  });

  it('a header the user renamed is the user’s own column: kept with its data, the schema column added once', () => {
    const rt = runtime({ locale: 'en_US' });
    rt.run('kaSetUp');
    const sheet = rt.ss.getRangeByName('KA_Customers')!.getSheet();
    sheet.getRange('B1:B2').setValues([['Client'], ['Huawei']]);
    const width = sheet.getLastColumn();
    rt.run('kaSetUp');
    expect(sheet.getLastColumn()).toBe(width + 1);
    expect(sheet.getRange(1, width + 1).getValue()).toBe('Customer name');
    expect(sheet.getRange('B1:B2').getValues()).toEqual([['Client'], ['Huawei']]);
    const first = snapshot(rt.ss);
    rt.run('kaSetUp');
    expect(snapshot(rt.ss)).toEqual(first);
  });

  it('refuses to run while another save holds the lock, changing nothing', () => {
    const rt = runtime();
    rt.holdDocumentLockExternally(120000);
    const before = snapshot(rt.ss);
    rt.run('kaSetUp');
    expect(snapshot(rt.ss)).toEqual(before);
    expect(rt.ui.alerts[0].prompt).toMatch(/try again/);
  });
});

describe('set-up again after an upgrade', () => {
  it('adds the settings a newer version brought to an existing Settings table, after its rows, and keeps the user’s values', () => {
    const rt = runtime({ locale: 'en_US', userLocale: 'en_US' });
    rt.run('kaSetUp');
    const sheet = table(rt, 'KA_Settings').getSheet();
    const before = sheet.getLastRow();
    // As if the workbook came from a version without the last two settings, with a value of the user's.
    sheet.getRange(before - 1, 1, 2, 3).clearContent();
    sheet.getRange(2, 2).setValue('zh');
    rt.run('kaSetUp');
    expect(sheet.getLastRow()).toBe(before);
    const keys = sheet.getRange(2, 1, before - 1, 1).getValues().map((r) => r[0]);
    expect(keys).toEqual(setupPlan('en').tables.find((p) => p.id === 'settings')!.initialRows.map((r) => r[0]));
    expect(sheet.getRange(2, 2).getValue()).toBe('zh');
    rt.run('kaSetUp');
    expect(sheet.getLastRow()).toBe(before);
  });
});
