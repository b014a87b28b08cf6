/**
 * "Set up the workbook": walks core's set-up plan with the Spreadsheet service. Idempotent — a table
 * found by its named range is only completed (missing schema columns appended after the user's
 * columns, its ranges re-pointed); a missing table is created; no data cell is ever cleared or
 * overwritten; rules and charts already there are not added twice.
 */
import type { Cell } from '../core/cell';
import { fill, t, type Lang } from '../core/i18n';
import { reconcile, rowsToAdd, setupPlan, type ColumnPlan, type FormatRule, type TablePlan } from '../core/schema/setup';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { TableId, TableSpec } from '../core/schema/types';
import { STAGES } from '../core/model/stage';
import { DASHBOARD, placeholders } from '../core/schema/dashboard';
import { NUMBER_FORMATS } from './formats';
import { addRules } from './rules';
import { buildDashboard } from './dashboard';
import { today, userLang, workbookLang } from './lang';
import { S } from './strings';
import { blockRangeName, columnRangeName, letters, openRange, readTable, type SheetTable } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface SetupReport {
  created: string[];
  columnsAdded: number;
}

/** Columns whose named range the dashboard and the drop-downs use, per table id. */
export function neededColumnRanges(): Map<string, { columns: Set<string>; blocks: [string, string][] }> {
  const need = new Map<string, { columns: Set<string>; blocks: [string, string][] }>();
  const get = (id: string) => {
    let n = need.get(id);
    if (!n) need.set(id, (n = { columns: new Set(), blocks: [] }));
    return n;
  };
  for (const b of DASHBOARD)
    for (const c of b.cells)
      for (const p of placeholders(c.formula)) {
        if (p.kind === 'ref') {
          if (p.last) get(p.table).blocks.push([p.column, p.last]);
          else get(p.table).columns.add(p.column);
        } else if (p.kind === 'setting') {
          get('settings').columns.add('key');
          get('settings').columns.add('value');
        }
      }
  get('team').columns.add('person'); // the source of every person drop-down
  return need;
}

/** A free sheet title: `title`, or `title (2)`, `title (3)` … */
function freeTitle(ss: Spreadsheet, title: string): string {
  if (!ss.getSheetByName(title)) return title;
  for (let i = 2; ; i++) if (!ss.getSheetByName(`${title} (${i})`)) return `${title} (${i})`;
}

/**
 * Finds or makes the sheet of a table whose named range is missing: a sheet with the plan's title that
 * is empty, or whose first row already names some schema columns, is adopted; otherwise a new sheet.
 */
function sheetFor(ss: Spreadsheet, plan: TablePlan, spec: TableSpec): { sheet: Sheet; created: boolean } {
  const existing = ss.getSheetByName(plan.sheet);
  if (existing) {
    const lastCol = existing.getLastColumn();
    if (lastCol === 0 && existing.getLastRow() === 0) return { sheet: existing, created: false };
    const header = existing.getRange(1, 1, 1, Math.max(1, lastCol)).getValues()[0] as Cell[];
    if (reconcile(spec, header).missing.length < spec.columns.length) return { sheet: existing, created: false };
  }
  return { sheet: ss.insertSheet(freeTitle(ss, plan.sheet), ss.getNumSheets()), created: true };
}

/** Makes sure the table exists with every schema column; returns it as read afterwards. */
function ensureTable(ss: Spreadsheet, plan: TablePlan, spec: TableSpec, lang: Lang, report: SetupReport): SheetTable {
  let range = ss.getRangeByName(spec.name);
  let sheet: Sheet;
  let top = 1;
  let left = 1;
  if (range) {
    sheet = range.getSheet();
    top = range.getRow();
    left = range.getColumn();
  } else {
    const found = sheetFor(ss, plan, spec);
    sheet = found.sheet;
    if (found.created) report.created.push(sheet.getName());
  }
  // The header row from the table's first column to the sheet's last used column.
  const lastCol = Math.max(sheet.getLastColumn(), left);
  const header = sheet.getRange(top, left, 1, lastCol - left + 1).getValues()[0] as Cell[];
  const rec = reconcile(spec, header, lang);
  const missing = rec.missing.map((key, i) => ({ key, header: rec.headers[i] }));
  // Never write over a non-blank cell: missing headers go after every used column of the sheet.
  const at = Math.max(rec.at, sheet.getLastColumn() - left + 1);
  if (missing.length) {
    const need = left + at + missing.length - 1 - sheet.getMaxColumns();
    if (need > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), need);
    sheet.getRange(top, left + at, 1, missing.length).setValues([missing.map((m) => m.header)]);
    if (range) report.columnsAdded += missing.length;
  }
  // The table spans its own and the user's columns up to the last header (and what was added).
  const width = Math.max(missing.length ? at + missing.length : rec.at, range ? range.getNumColumns() : 0, 1);
  const current = range ? range.getA1Notation() : '';
  const wanted = openRange(sheet, top, left, width);
  if (!range || current !== wanted.getA1Notation() || range.getSheet().getSheetId() !== sheet.getSheetId()) ss.setNamedRange(spec.name, wanted);
  range = wanted;
  const table = readTable(ss, spec)!;

  // Starting rows: into a table without data (funnel benchmarks, settings), and the settings a newer
  // version brought into an existing Settings table — core says which; after the last data row.
  const rows = rowsToAdd(plan, table.data);
  if (rows.length) {
    const first = table.appendAt;
    const needRows = first + rows.length - 1 - sheet.getMaxRows();
    if (needRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
    sheet.getRange(first, left, rows.length, table.data.width).setValues(rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v))));
  }
  if (sheet.getFrozenRows() < top + plan.frozenRows - 1) sheet.setFrozenRows(top + plan.frozenRows - 1);
  if (report.created.includes(sheet.getName())) {
    sheet.getRange(top, left, 1, width).setFontWeight('bold').setBackground('#e8eaf6');
    plan.columns.forEach((c) => {
      const i = table.data.col[c.key];
      if (i >= 0) sheet.setColumnWidth(left + i, c.width);
    });
  }
  return readTable(ss, spec)!;
}

/** The data rows of column `key` (below the header to the sheet's end), or null when the sheet lacks it. */
function dataColumn(table: SheetTable, key: string): Range | null {
  const i = table.data.col[key];
  if (i === undefined || i < 0) return null;
  const c = letters(table.left + i);
  return table.sheet.getRange(`${c}${table.top + 1}:${c}`);
}

/**
 * Tables whose data is a fixed set of rows (tables.ts: Funnel benchmarks hold exactly stages 1–8):
 * their column ranges are bounded, as the catalogue takes exactly eight cells from them.
 */
const FIXED_ROWS: Partial<Record<TableId, number>> = { benchmarks: STAGES.length };

/** The range a column's named range covers: the data rows (bounded for fixed tables), or null. */
function namedColumn(table: SheetTable, key: string, last = key): Range | null {
  const a = table.data.col[key];
  const b = table.data.col[last];
  if (a === undefined || a < 0 || b === undefined || b < 0) return null;
  const from = letters(table.left + Math.min(a, b));
  const to = letters(table.left + Math.max(a, b));
  const rows = FIXED_ROWS[table.data.spec.id];
  const end = rows ? String(table.top + rows) : '';
  return table.sheet.getRange(`${from}${table.top + 1}:${to}${end}`);
}

function setNamedIfChanged(ss: Spreadsheet, name: string, range: Range) {
  const now = ss.getRangeByName(name);
  if (now && now.getSheet().getSheetId() === range.getSheet().getSheetId() && now.getA1Notation() === range.getA1Notation()) return;
  ss.setNamedRange(name, range);
}

/** Named ranges of the columns (and blocks of columns) the dashboard and the drop-downs use. */
function nameColumns(ss: Spreadsheet, tables: Map<string, SheetTable>) {
  for (const [id, need] of neededColumnRanges()) {
    const table = tables.get(id);
    if (!table) continue;
    const spec = table.data.spec;
    for (const key of need.columns) {
      const r = namedColumn(table, key);
      if (r) setNamedIfChanged(ss, columnRangeName(spec, key), r);
    }
    for (const [first, last] of need.blocks) {
      const r = namedColumn(table, first, last);
      if (r) setNamedIfChanged(ss, blockRangeName(spec, first, last), r);
    }
  }
}

function validationRule(ss: Spreadsheet, c: ColumnPlan): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const v = c.validation;
  if (!v) return null;
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(false).setHelpText(v.message);
  switch (v.kind) {
    case 'list':
      return b.requireValueInList(v.values, true).build();
    case 'team': {
      const source = ss.getRangeByName(columnRangeName(tableSpec('team'), 'person'));
      return source ? b.requireValueInRange(source, true).build() : null;
    }
    case 'number':
      if (v.min !== undefined && v.max !== undefined) return b.requireNumberBetween(v.min, v.max).build();
      if (v.min !== undefined) return b.requireNumberGreaterThanOrEqualTo(v.min).build();
      if (v.max !== undefined) return b.requireNumberLessThanOrEqualTo(v.max).build();
      return b.requireNumberBetween(-1e15, 1e15).build();
    case 'date':
      return b.requireDate().build();
    case 'email':
      return b.requireTextIsEmail().build();
  }
}

/** Drop-downs, checks and number formats of every column of a table. */
function formatColumns(ss: Spreadsheet, plan: TablePlan, table: SheetTable) {
  for (const c of plan.columns) {
    const range = dataColumn(table, c.key);
    if (!range) continue;
    const rule = validationRule(ss, c);
    if (rule) range.setDataValidation(rule);
    const fmt = NUMBER_FORMATS[c.format];
    if (fmt) range.setNumberFormat(fmt);
  }
}

/** Set-up as a whole, without the lock and toasts (see `setUpWorkbook`). */
export function runSetup(ss: Spreadsheet, lang: Lang, progress: (n: number, total: number, sheet: string) => void): SetupReport {
  const plan = setupPlan(lang, today(ss));
  const report: SetupReport = { created: [], columnsAdded: 0 };
  const tables = new Map<string, SheetTable>();
  plan.tables.forEach((tp, i) => {
    progress(i + 1, plan.tables.length, tp.sheet);
    const spec = TABLES.find((s) => s.id === tp.id)!;
    tables.set(tp.id, ensureTable(ss, tp, spec, lang, report));
  });
  nameColumns(ss, tables);
  for (const tp of plan.tables) {
    const table = tables.get(tp.id)!;
    formatColumns(ss, tp, table);
    const rules = tp.rules
      .map((r) => ({ range: dataColumn(table, r.column), equals: r.equals, style: r.style }))
      .filter((r): r is { range: Range; equals: string[]; style: FormatRule['style'] } => r.range !== null);
    if (rules.length) addRules(table.sheet, rules);
  }
  const dash = buildDashboard(ss, lang);
  if (dash.created) report.created.push(dash.sheet.getName());
  return report;
}

/** Menu: Key accounts › Set up the workbook. */
export function setUpWorkbook(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = userLang();
  const title = t(S.setupTitle, ui);
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) {
    SpreadsheetApp.getUi().alert(t(S.busySetup, ui));
    return;
  }
  try {
    ss.toast(t(S.setupStart, ui), title, 5);
    const lang = workbookLang(ss);
    const report = runSetup(ss, lang, (n, total, sheet) => {
      if (n === 1 || n % 3 === 0 || n === total) ss.toast(t(fill(S.setupTable, { n, total, sheet }), ui), title, 5);
    });
    SpreadsheetApp.flush();
    ss.toast(t(fill(S.setupDone, { created: report.created.length, columns: report.columnsAdded }), ui), title, 8);
  } finally {
    lock.releaseLock();
  }
}

/** Menu: Key accounts › Refresh the dashboard (rebuilds its labels, formulas, formats and chart). */
export function refreshDashboard(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = userLang();
  const missing = TABLES.find((s) => !ss.getRangeByName(s.name));
  if (missing) {
    SpreadsheetApp.getUi().alert(t(fill(S.notSetUp, { name: missing.name }), ui));
    return;
  }
  buildDashboard(ss, workbookLang(ss));
  SpreadsheetApp.flush();
  ss.toast(t(S.dashboardDone, ui), t(S.setupTitle, ui), 5);
}
