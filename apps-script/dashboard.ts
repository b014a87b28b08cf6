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
import { tableSpec } from '../core/schema/tables';
import type { TableId } from '../core/schema/types';
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

const FUNNEL_CHART_RANGE = 'A4:C12';

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
    if (b.rules?.length && b.size) {
      const first = anchor.row + 3; // 1-based: title row, header row, then results
      const rules = b.rules.map((r) => {
        const col = letters(anchor.col + 1 + r.column);
        return { range: sheet.getRange(`${col}${first}:${col}${first + b.size!.rows - 1}`), equals: r.equals, style: r.style };
      });
      addRules(sheet, rules);
    }
  }
  // Ratio columns of the funnel blocks and attainment / coverage as percentages.
  for (const a1 of ['D5:D12', 'J5:J12', 'L17:M']) {
    const r = sheet.getRange(a1);
    if (r.getNumberFormat() !== '0%') r.setNumberFormat('0%');
  }
  for (const a1 of ['M5', 'I17:K']) {
    const r = sheet.getRange(a1);
    if (r.getNumberFormat() !== '#,##0') r.setNumberFormat('#,##0');
  }
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);

  // The funnel chart: current count against the benchmark per stage.
  const chartTitle = t(DASHBOARD[0].title, lang);
  const chart = sheet.getCharts().find((c) => c.getRanges().some((r) => r.getA1Notation() === FUNNEL_CHART_RANGE));
  if (!chart) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(sheet.getRange(FUNNEL_CHART_RANGE))
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
