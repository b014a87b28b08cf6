/**
 * Set-up in Excel: walks core's set-up plan (`core/schema/setup.ts`) with Office.js. Every schema
 * table becomes an Excel table named `KA_…` (found by that name, never by sheet title) with headers
 * in the user's language, number formats, drop-downs (named lists on a hidden sheet; Team people
 * through a name on the Team table's column), other validation and conditional formats; then the
 * Dashboard (`dashboard.ts`, from core's layout).
 *
 * Idempotent and safe: an existing table only gets the schema columns it lacks (appended after the
 * user's, `reconcile`), and formats/validation only on those; no data row is changed except blank
 * ones of an empty table receiving its initial rows; missing Settings keys are appended; the
 * Dashboard is written again only where it differs from core's layout.
 */
import type { Cell } from '../core/cell';
import { fill, t, type L10n, type Lang } from '../core/i18n';
import { tableFromGrid } from '../core/schema/read';
import { reconcile, rowsToAdd, RULE_COLOURS, setupPlan, type ColumnPlan, type FormatRule, type NumberFormatKind, type TablePlan } from '../core/schema/setup';
import { tableSpec } from '../core/schema/tables';
import type { TableData, TableId, Workbook } from '../core/schema/types';
import { dashboardCounts, dashboardSettings } from '../core/schema/dashboard';
import { LISTS_NOTE, LISTS_SHEET, settingsLanguage } from '../core/schema/lists';
import { writeDashboard } from './dashboard';
import { colLetters, freeSheetName, quoteSheet, structuredColumn, type ExcelRun } from './excel-run';

export const EXCEL_FORMATS: Record<NumberFormatKind, string> = {
  money: '#,##0.00',
  percent: '0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '0',
  number: 'General',
  text: 'General',
  general: 'General',
};

/**
 * A table column's format: as `EXCEL_FORMATS`, but a text column is formatted as text (`@`), so what a
 * form writes or a user types into it is kept exactly as given — Excel reads a string written to
 * `Range.values` as typed input (a phone `0571…` would lose its zero, `TRUE` become a boolean,
 * `2026-03-31` a date: https://support.microsoft.com/office/format-numbers-as-text-583160db-936b-4e52-bdff-6f1863518ba4).
 */
export const COLUMN_FORMATS: Record<NumberFormatKind, string> = { ...EXCEL_FORMATS, text: '@' };

/** Named items set-up owns. */
export const NAMES = {
  lists: 'KA_Lists',
  teamPeople: 'KA_Team_People',
  list: (key: string) => 'KA_List_' + key.replace(/[^A-Za-z0-9_]/g, '_'),
};

export interface SetupReport {
  created: TableId[];
  columnsAdded: { table: TableId; headers: string[] }[];
  rowsAdded: { table: TableId; count: number }[];
  dashboard: 'created' | 'completed' | 'kept';
  /** The chart added this time: a funnel, a bar chart where Excel has no funnel, or none. */
  chart?: 'funnel' | 'bar' | 'none';
  message: L10n;
}

interface TableState {
  plan: TablePlan;
  table: Excel.Table;
  created: boolean;
  /** Keys of the columns set-up lays out now (all for a new table, the added ones otherwise). */
  fresh: Set<string>;
  /** Rows as read before set-up touched the table (null for a new one). */
  before: TableData | null;
  header?: Excel.Range;
  body?: Excel.Range;
  layout?: TableData;
}

/** The key a column's drop-down list is named by (`stage`, `yesno`, `classification`, …). */
function listKey(id: TableId, key: string): string {
  const col = tableSpec(id).columns.find((c) => c.key === key);
  return col?.type === 'stage' ? 'stage' : col?.list ?? key;
}

const normRef = (f: string) => f.replace(/[$'=]/g, '').toLowerCase();

/** Runs set-up in one Excel.run (a handful of syncs: probe, read, create, lay out, format and fill). */
export async function setUpWorkbook(run: ExcelRun, lang: Lang, today?: string): Promise<SetupReport> {
  const plan = setupPlan(lang, today);
  return run(async (ctx) => {
    const wb = ctx.workbook;
    // 1. What exists: sheets, our tables and names.
    const sheets = wb.worksheets.load('items/name');
    const probes = plan.tables.map((tp) => wb.tables.getItemOrNullObject(tp.name));
    const listNames = new Map<string, Excel.NamedItem>();
    for (const tp of plan.tables) {
      for (const c of tp.columns) {
        if (c.validation?.kind === 'list') {
          const k = listKey(tp.id, c.key);
          if (!listNames.has(k)) listNames.set(k, wb.names.getItemOrNullObject(NAMES.list(k)).load('formula'));
        }
      }
    }
    const teamName = wb.names.getItemOrNullObject(NAMES.teamPeople).load('formula');
    const listsName = wb.names.getItemOrNullObject(NAMES.lists);
    await ctx.sync();

    // 2. Read the existing tables' headers and rows, the lists sheet, the dashboard.
    const taken = sheets.items.map((s) => s.name);
    // Rows only of the tables set-up fills (Benchmarks, Settings): a large table's rows are never loaded.
    const reads = plan.tables.map((tp, i) =>
      probes[i].isNullObject
        ? null
        : { header: probes[i].getHeaderRowRange().load('values'), body: tp.initialRows.length ? probes[i].getDataBodyRange().load('values') : null },
    );
    const listsSheet = listsName.isNullObject ? null : listsName.getRange().worksheet.load('name');
    await ctx.sync();

    // 3. Create the missing tables; append the schema columns existing ones lack.
    const report: SetupReport = { created: [], columnsAdded: [], rowsAdded: [], dashboard: 'kept', message: { en: '', zh: '' } };
    const states: TableState[] = plan.tables.map((tp, i) => {
      const spec = tableSpec(tp.id);
      const read = reads[i];
      if (read) {
        const grid = [...(read.header.values as Cell[][]), ...((read.body?.values ?? []) as Cell[][])];
        const rec = reconcile(spec, grid[0], lang);
        for (const h of rec.headers) probes[i].columns.add(undefined, undefined, h);
        if (rec.headers.length) report.columnsAdded.push({ table: tp.id, headers: rec.headers });
        return { plan: tp, table: probes[i], created: false, fresh: new Set(rec.missing), before: tableFromGrid(spec, grid) };
      }
      const title = freeSheetName(tp.sheet, taken);
      taken.push(title);
      const sheet = wb.worksheets.add(title);
      const headers = tp.columns.map((c) => c.header);
      sheet.getRangeByIndexes(0, 0, 1, headers.length).values = [headers];
      const table = sheet.tables.add(`A1:${colLetters(headers.length - 1)}1`, true);
      table.name = tp.name;
      sheet.freezePanes.freezeRows(tp.frozenRows);
      report.created.push(tp.id);
      return { plan: tp, table, created: true, fresh: new Set(tp.columns.map((c) => c.key)), before: null };
    });
    await ctx.sync();

    // 4. Where everything is now.
    for (const s of states) {
      s.header = s.table.getHeaderRowRange().load('values, rowIndex, columnIndex');
      s.body = s.table.getDataBodyRange().load(s.plan.initialRows.length ? 'values, rowIndex, columnIndex, rowCount' : 'rowIndex, columnIndex, rowCount');
    }
    await ctx.sync();
    for (const s of states) s.layout = tableFromGrid(tableSpec(s.plan.id), [s.header!.values[0] as Cell[], ...(s.plan.initialRows.length ? (s.body!.values as Cell[][]) : [])]);
    const byId = new Map(states.map((s) => [s.plan.id, s]));

    // 5a. Drop-down lists: a hidden sheet of values, one name per list (re-pointed when it moved).
    const lists = new Map<string, string[]>();
    const headings = new Map<string, string>();
    for (const tp of plan.tables) {
      for (const c of tp.columns) if (c.validation?.kind === 'list') {
        const k = listKey(tp.id, c.key);
        lists.set(k, c.validation.values);
        if (!headings.has(k)) headings.set(k, c.header);
      }
    }
    const keys = [...lists.keys()];
    const depth = Math.max(...keys.map((k) => lists.get(k)!.length)) + 1;
    let ls = listsSheet;
    let lsName = listsSheet ? listsSheet.name : '';
    if (!ls) {
      lsName = freeSheetName(t(LISTS_SHEET, lang), taken);
      taken.push(lsName);
      ls = wb.worksheets.add(lsName);
      ls.visibility = Excel.SheetVisibility.hidden;
    }
    // A new sheet gets every list; an existing one only the lists whose name is missing or moved
    // (so a re-run in another language leaves the existing drop-downs as they are).
    const block = ls.getRangeByIndexes(0, 0, depth, keys.length);
    if (!listsSheet) block.values = Array.from({ length: depth }, (_, r) => keys.map((k) => (r === 0 ? headings.get(k)! : lists.get(k)![r - 1] ?? '')));
    if (listsName.isNullObject) wb.names.add(NAMES.lists, block, t(LISTS_NOTE, lang));
    keys.forEach((k, j) => {
      const values = lists.get(k)!;
      const range = ls!.getRangeByIndexes(1, j, values.length, 1);
      const existing = listNames.get(k)!;
      if (!existing.isNullObject) {
        const want = `${quoteSheet(lsName)}!${colLetters(j)}2:${colLetters(j)}${values.length + 1}`;
        if (normRef(existing.formula) === normRef(want)) return;
        existing.delete();
      }
      if (listsSheet) ls!.getRangeByIndexes(0, j, depth, 1).values = [[headings.get(k)!], ...Array.from({ length: depth - 1 }, (_, r) => [values[r] ?? ''])];
      wb.names.add(NAMES.list(k), range);
    });
    const team = byId.get('team')!.layout!;
    const personHeader = String(byId.get('team')!.header!.values[0][team.col.person] ?? '');
    const teamFormula = `=${tableSpec('team').name}${structuredColumn(personHeader)}`;
    if (teamName.isNullObject || normRef(teamName.formula) !== normRef(teamFormula)) {
      if (!teamName.isNullObject) teamName.delete();
      wb.names.add(NAMES.teamPeople, teamFormula);
    }

    // 5b. Formats, validation and conditional formats of the columns laid out now.
    for (const s of states) {
      if (!s.fresh.size) continue;
      const rowCount = s.body!.rowCount;
      for (const c of s.plan.columns) {
        if (!s.fresh.has(c.key)) continue;
        const j = s.layout!.col[c.key];
        if (j < 0) continue;
        const column = s.table.getDataBodyRange().getColumn(j);
        column.numberFormat = Array.from({ length: rowCount }, () => [COLUMN_FORMATS[c.format]]);
        s.table.getHeaderRowRange().getCell(0, j).format.columnWidth = Math.round(c.width * 0.75);
        applyValidation(column, c, s.plan.id, cellRef(s, j));
        // An append-only record: a note on its cells, so a direct edit there is deliberate (issue 9).
        if (s.plan.guard) column.dataValidation.prompt = guardPrompt(s.plan.guard);
        for (const rule of s.plan.rules.filter((r) => r.column === c.key)) addRule(column, rule, cellRef(s, j));
      }
    }

    // 5c. Initial rows: into an empty table (its blank rows first), and Settings keys that are missing.
    for (const s of states) {
      const rows = initialRows(s);
      if (!rows.length) continue;
      writeRows(s, rows);
      report.rowsAdded.push({ table: s.plan.id, count: rows.length });
    }

    // 5d. The dashboard (its own module: core's layout over the tables as they are now).
    // The tables as they are now: their rows and the starting rows just written (Settings' defaults).
    const read: Workbook = {};
    for (const st of states) read[st.plan.id] = { ...st.layout!, rows: [...st.layout!.rows, ...initialRows(st)] };
    const counts = dashboardCounts(read);
    const dash = await writeDashboard(ctx, {
      lang: settingsLanguage(read.settings) ?? lang, // the workbook's language, whoever runs set-up
      counts,
      settings: dashboardSettings(read.settings),
      headerOf: (id, key) => {
        const st = byId.get(id)!;
        return String(st.header!.values[0][st.layout!.col[key]] ?? key);
      },
      taken,
    });
    report.dashboard = dash.dashboard;
    if (dash.chart) report.chart = dash.chart;
    report.message = summary(report);
    return report;
  });
}

/** Excel's input message (shown when a cell is selected): a title of at most 32 characters, a message of at most 255. */
export function guardPrompt(guard: NonNullable<TablePlan['guard']>): Excel.DataValidationPrompt {
  return { showPrompt: true, title: guard.title.slice(0, 32), message: guard.note.slice(0, 255) };
}

/** `$D2`: the column's first body cell, column fixed, row relative (for custom rules and formulas). */
function cellRef(s: TableState, j: number): string {
  return '$' + colLetters(s.body!.columnIndex + j) + (s.body!.rowIndex + 1);
}

function applyValidation(range: Excel.Range, c: ColumnPlan, table: TableId, first: string): void {
  const v = c.validation;
  if (!v) return;
  let rule: Excel.DataValidationRule;
  switch (v.kind) {
    case 'list':
      rule = { list: { inCellDropDown: true, source: '=' + NAMES.list(listKey(table, c.key)) } };
      break;
    case 'team':
      rule = { list: { inCellDropDown: true, source: '=' + NAMES.teamPeople } };
      break;
    case 'number':
      rule = v.max !== undefined
        ? { decimal: { operator: Excel.DataValidationOperator.between, formula1: v.min ?? -1e15, formula2: v.max } }
        : { decimal: { operator: Excel.DataValidationOperator.greaterThanOrEqualTo, formula1: v.min ?? -1e15 } };
      break;
    case 'date':
      rule = { date: { operator: Excel.DataValidationOperator.greaterThanOrEqualTo, formula1: '1900-01-01' } };
      break;
    case 'email':
      rule = { custom: { formula: `=ISNUMBER(SEARCH("@",${first}))` } };
      break;
  }
  range.dataValidation.rule = rule;
  range.dataValidation.errorAlert = { message: v.message, showAlert: true, style: Excel.DataValidationAlertStyle.stop, title: c.header.slice(0, 32) };
}

function addRule(range: Excel.Range, rule: FormatRule, first: string): void {
  const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
  const tests = rule.equals.map((e) => `${first}="${e.replace(/"/g, '""')}"`);
  cf.custom.rule.formula = `=OR(${tests.join(',')})`;
  cf.custom.format.fill.color = RULE_COLOURS[rule.style].fill;
  cf.custom.format.font.color = RULE_COLOURS[rule.style].font;
}

/** The rows to write into `s`, in its column layout (core decides which). */
function initialRows(s: TableState): Cell[][] {
  return rowsToAdd(s.plan, s.layout!);
}

/** Writes `rows` after the table's last non-blank row: into its trailing blank rows first, then new rows. */
function writeRows(s: TableState, rows: Cell[][]): void {
  const layout = s.layout!;
  const bodyRows = s.body!.rowCount;
  const used = layout.rows.length; // trailing blank rows are not in layout.rows
  const blanks = Math.max(0, bodyRows - used);
  const width = s.body!.values[0]?.length ?? layout.width;
  const pad = (r: Cell[]) => {
    const out: Cell[] = r.slice(0, width);
    while (out.length < width) out.push('');
    return out.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : v));
  };
  const into = rows.slice(0, blanks).map(pad);
  const rest = rows.slice(blanks).map(pad);
  if (into.length) s.table.getDataBodyRange().getRow(used).getResizedRange(into.length - 1, 0).values = into;
  if (rest.length) s.table.rows.add(undefined, rest);
}

function summary(r: SetupReport): L10n {
  const cols = r.columnsAdded.reduce((n, c) => n + c.headers.length, 0);
  if (!r.created.length && !cols && !r.rowsAdded.length && r.dashboard === 'kept') {
    return { en: 'The workbook is already set up; nothing was changed.', zh: '工作簿已设置完成,未做任何更改。', zhHant: '活頁簿已設定完成,未做任何更改。' };
  }
  return fill(
    {
      en: 'Set-up done: {tables} tables created, {cols} columns added, {rows} rows written.',
      zh: '设置完成:新建 {tables} 张表,补充 {cols} 列,写入 {rows} 行。',
      zhHant: '設定完成:新建 {tables} 張表,補充 {cols} 欄,寫入 {rows} 列。',
    },
    { tables: r.created.length, cols, rows: r.rowsAdded.reduce((n, x) => n + x.count, 0) },
  );
}

