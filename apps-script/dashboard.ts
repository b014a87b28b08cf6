/**
 * The Dashboard sheet in Sheets: core's blocks written as labels and LIVE formulas over the tables'
 * named column ranges, their formats and conditional formats, and a column chart of the funnel.
 * Only cells whose content differs are written, so a second run changes nothing; the sheet is found
 * by the named range `KA_Dashboard` (its A1), so the user may rename or move it.
 */
import { safeCellText } from '../core/cell';
import { t, type Lang } from '../core/i18n';
import {
  DASHBOARD,
  DASHBOARD_SHEET,
  dashboardLabels,
  parseA1,
  renderFormula,
  settingLookup,
  type Resolver,
} from '../core/schema/dashboard';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { TableId } from '../core/schema/types';
import { NUMBER_FORMATS } from './formats';
import { addRules } from './rules';
import { blockRangeName, columnRangeName, letters } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DASHBOARD_NAME = 'KA_Dashboard';

/** Sheets names of the catalogue functions and the tables' named ranges. */
export const SHEETS_RESOLVER: Resolver = {
  fn: (name) => name,
  ref: (p) => {
    if (p.kind === 'setting') {
      const s = tableSpec('settings');
      return settingLookup(p.key, columnRangeName(s, 'value'), columnRangeName(s, 'key'));
    }
    const spec = tableSpec(p.table as TableId);
    return p.last ? blockRangeName(spec, p.column, p.last) : columnRangeName(spec, p.column);
  },
};

/** The formula Sheets gets for a dashboard cell (built-in array expressions in ARRAYFORMULA). */
export function sheetsFormula(template: string, array?: boolean): string {
  const f = renderFormula(template, SHEETS_RESOLVER);
  return '=' + (array ? `ARRAYFORMULA(${f})` : f);
}

function dashboardSheet(ss: Spreadsheet, lang: Lang): { sheet: Sheet; created: boolean } {
  const range = ss.getRangeByName(DASHBOARD_NAME);
  if (range) return { sheet: range.getSheet(), created: false };
  const title = t(DASHBOARD_SHEET, lang);
  let sheet = ss.getSheetByName(title);
  let created = false;
  if (!sheet || sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) {
    let name = title;
    for (let i = 2; ss.getSheetByName(name); i++) name = `${title} (${i})`;
    sheet = ss.insertSheet(name, 0);
    created = true;
  }
  ss.setNamedRange(DASHBOARD_NAME, sheet.getRange('A1'));
  return { sheet, created };
}

/** The funnel chart's data: the count block's header row and its 8 stages, columns Stage, Current, Benchmark. */
function funnelChartRange(): string {
  const b = DASHBOARD.find((x) => x.id === 'funnel_count') ?? DASHBOARD[0];
  const a = parseA1(b.anchor);
  const rows = b.size?.rows ?? 8;
  return `${letters(a.col + 1)}${a.row + 2}:${letters(a.col + 3)}${a.row + 2 + rows}`;
}

/**
 * Spilled results run as far down as their table's columns (a block without a fixed size starts at
 * its first result row and holds one row per table row), so the Dashboard keeps at least that many
 * rows: otherwise Sheets could not expand the results. Returns whether rows were added.
 */
export function fitDashboardRows(ss: Spreadsheet, dash?: Sheet): boolean {
  const sheet = dash ?? ss.getRangeByName(DASHBOARD_NAME)?.getSheet();
  if (!sheet) return false;
  let longest = 0;
  for (const spec of TABLES) {
    const r = ss.getRangeByName(spec.name);
    if (r) longest = Math.max(longest, r.getSheet().getMaxRows() - r.getRow());
  }
  const start = Math.max(...DASHBOARD.filter((b) => !b.size).map((b) => parseA1(b.anchor).row + 3));
  const need = start + longest;
  if (sheet.getMaxRows() >= need) return false;
  sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
  return true;
}

/** Writes (or repairs) the dashboard; returns its sheet. */
export function buildDashboard(ss: Spreadsheet, lang: Lang): { sheet: Sheet; created: boolean } {
  const { sheet, created } = dashboardSheet(ss, lang);

  // Labels: plain text (never read as formulas), written when they differ.
  for (const l of dashboardLabels(lang)) {
    const cell = sheet.getRange(l.at);
    if (cell.getFormula() !== '' || cell.getValue() !== l.text) cell.setValue(safeCellText(l.text));
  }
  const bold = sheet.getRange('A1');
  if (bold.getFontWeight() !== 'bold') bold.setFontWeight('bold');

  for (const b of DASHBOARD) {
    const anchor = parseA1(b.anchor);
    if (b.note) {
      const title = sheet.getRange(b.anchor);
      if (title.getNote() !== t(b.note, lang)) title.setNote(t(b.note, lang));
    }
    for (const c of b.cells) {
      const cell = sheet.getRange(c.at);
      const f = sheetsFormula(c.formula, c.array);
      if (cell.getFormula() !== f) cell.setFormula(f);
    }
    // Results start two rows below the title; a block without a fixed size grows down its columns.
    const first = anchor.row + 3;
    const column = (i: number) => {
      const col = letters(anchor.col + 1 + i);
      return sheet.getRange(b.size ? `${col}${first}:${col}${first + b.size.rows - 1}` : `${col}${first}:${col}`);
    };
    b.formats.forEach((kind, i) => {
      const fmt = NUMBER_FORMATS[kind];
      if (!fmt) return;
      const r = column(i);
      if (r.getNumberFormat() !== fmt) r.setNumberFormat(fmt);
    });
    if (b.rules?.length) addRules(sheet, b.rules.map((r) => ({ range: column(r.column), equals: r.equals, style: r.style })));
  }
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  fitDashboardRows(ss, sheet);

  // The funnel chart: current count against the benchmark per stage.
  const chartTitle = t(DASHBOARD[0].title, lang);
  const chartRange = funnelChartRange();
  const chart = sheet.getCharts().find((c) => c.getRanges().some((r) => r.getA1Notation() === chartRange));
  if (!chart) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(sheet.getRange(chartRange))
        .setNumHeaders(1)
        .setOption('title', chartTitle)
        .setPosition(3, 22, 0, 0)
        .build(),
    );
  } else if (chart.getOptions().get('title') !== chartTitle) {
    sheet.updateChart(chart.modify().setOption('title', chartTitle).build());
  }
  return { sheet, created };
}
