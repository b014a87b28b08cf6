/**
 * "Set up the workbook": walks core's set-up plan with the Spreadsheet service. Idempotent — a table
 * found by its named range is only completed (missing schema columns appended after the user's
 * columns, its ranges re-pointed); a missing table is created; no data cell is ever cleared or
 * overwritten; rules and charts already there are not added twice.
 *
 * In few calls (Google's best-practice guide: batch reads, then batch writes —
 * https://developers.google.com/apps-script/guides/support/best-practices): first a survey that only
 * reads (every named range once; per table its header row — with the rows of the tables set-up fills —,
 * the first data row's number formats and validation rules, the frozen rows; per sheet with rules its
 * conditional formats), then the writes, each block in one call: a new table's header and starting rows
 * in one `setValues`, its header's look copied from the first new header (`copyFormatToRange`), its
 * widths in `setColumnWidths` runs of width steps, then per table one range list for its named ranges
 * and its blocks of number formats and drop-downs — one `setNumberFormats` and one `setDataValidations`
 * per run of columns (one rule object per distinct rule, lists from a copy of the first) —, an existing
 * name re-pointed with its own `NamedRange.setRange`. A re-run with nothing to do only reads.
 */
import type { Cell } from '../core/cell';
import { fill, t, type Lang } from '../core/i18n';
import { tableFromGrid } from '../core/schema/read';
import { reconcile, rowsToAdd, setupPlan, type ColumnPlan, type FormatRule, type TablePlan } from '../core/schema/setup';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { TableData, TableId, TableSpec, Workbook } from '../core/schema/types';
import { STAGES } from '../core/model/stage';
import { dashboardColumns, dashboardCounts, dashboardSettings, type TableCounts } from '../core/schema/dashboard';
import { COLUMN_FORMATS, isAutomaticFormat } from './formats';
import { addRules, ColourRules } from './rules';
import { buildDashboard } from './dashboard';
import { actorEmail, today, userLang, workbookLang } from './lang';
import { S } from './strings';
import { blockRangeName, columnRangeName, letters, readTable } from './tables';
import { autoSnapshot, guardSheet } from './history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export interface SetupReport {
  created: string[];
  columnsAdded: number;
}

/** Columns whose named range the dashboard and the drop-downs use, per table id. */
export function neededColumnRanges(): Map<string, { columns: Set<string>; blocks: [string, string][] }> {
  const need = dashboardColumns();
  if (!need.has('team')) need.set('team', { columns: new Set(), blocks: [] });
  need.get('team')!.columns.add('person'); // the source of every person drop-down
  return need;
}

/** Sheets' default column width (px): columns whose planned width is this one are left alone. */
const DEFAULT_WIDTH = 100;

/**
 * Tables whose data is a fixed set of rows (tables.ts: Funnel benchmarks hold exactly stages 1–8):
 * their column ranges are bounded, as the catalogue takes exactly eight cells from them.
 */
const FIXED_ROWS: Partial<Record<TableId, number>> = { benchmarks: STAGES.length };

/** Where a range is, from its A1 notation (`A:O`, `A1:O`, `C5:F`, `B2:B9`); null when unreadable. */
export function parseRangeA1(a1: string): { top: number; left: number; right: number; bottom: number | null } | null {
  const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/.exec(a1.replace(/\$/g, ''));
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = col(m[1]);
  const right = m[3] ? col(m[3]) : left;
  const top = m[2] ? Number(m[2]) : 1;
  const bottom = m[3] === undefined ? top : m[4] ? Number(m[4]) : null;
  return { top, left, right, bottom };
}

/** The named ranges of the spreadsheet whose name set-up owns (`KA_…`), read once. */
function surveyNames(ss: Spreadsheet): Map<string, NamedRange | null> {
  const out = new Map<string, NamedRange | null>();
  for (const nr of ss.getNamedRanges()) {
    const name = nr.getName();
    if (name.startsWith('KA_')) out.set(name, nr);
  }
  return out;
}

/**
 * Sets `name` to `range`: an existing name (also one left broken by a deleted sheet) is re-pointed with
 * its own `NamedRange.setRange` (Google's reference does not promise that `setNamedRange` re-points a
 * name that exists); a new one is named with `setNamedRange`.
 */
function pointName(ss: Spreadsheet, names: Map<string, NamedRange | null>, name: string, range: Range): void {
  const existing = names.get(name);
  if (existing) existing.setRange(range);
  else if (existing === undefined) {
    ss.setNamedRange(name, range);
    names.set(name, null); // named in this run
  }
}

/** A table as set-up sees and leaves it. */
interface TableState {
  plan: TablePlan;
  spec: TableSpec;
  sheet: Sheet;
  top: number;
  left: number;
  /** Columns of the table (its own and the user's) after set-up. */
  width: number;
  /** The layout after set-up (header row only). */
  layout: TableData;
  /** Whether set-up made its sheet now (then it gets header styles and widths). */
  created: boolean;
  /** Whether its named range (and so its columns' ranges) moved or was made now. */
  moved: boolean;
  /** Where its named range is to point (header row and every row below), when it moved or is new. */
  tableA1: string | null;
  /** Keys of the schema columns laid out now (all of a new table, the added ones otherwise). */
  fresh: Set<string>;
  /** The first data row's number formats and rules as found (null for a table made now). */
  firstFormats: string[] | null;
  firstRules: (DataValidation | null)[] | null;
  /** The sheet's rows, once read. */
  maxRows?: number;
  /** Its data rows after set-up, when set-up read them (a table it fills: Settings, Funnel benchmarks) or made the table now. */
  data: TableData | null;
}

/** Everything of the spreadsheet set-up reads before it writes anything. */
interface Survey {
  /** `KA_…` names: their NamedRange as read, or null for a name made during this run. */
  names: Map<string, NamedRange | null>;
  /** Sheet titles (read once, only when a table has to be found or made by title). */
  titles: string[] | null;
  sheets: number;
  /** The header row set-up styled first in this run: the others copy its format. */
  header: Range | null;
}

/** A table header's fill (and bold type). */
const HEADER_FILL = '#e8eaf6';

function sheetTitles(ss: Spreadsheet, survey: Survey): string[] {
  if (!survey.titles) {
    const sheets = ss.getSheets();
    survey.titles = sheets.map((s) => s.getName());
    survey.sheets = sheets.length;
  }
  return survey.titles;
}

/** A free sheet title: `title`, or `title (2)`, `title (3)` … (titles compare without case, as Sheets does). */
function freeTitle(titles: string[], title: string): string {
  const taken = new Set(titles.map((s) => s.toLowerCase()));
  if (!taken.has(title.toLowerCase())) return title;
  for (let i = 2; ; i++) if (!taken.has(`${title} (${i})`.toLowerCase())) return `${title} (${i})`;
}

/** The table's block as found: header row (and, for tables set-up fills, its rows). */
function readBlock(sheet: Sheet, top: number, left: number, withRows: boolean): { grid: Cell[][]; lastCol: number } {
  const lastCol = Math.max(sheet.getLastColumn(), left);
  const rows = withRows ? Math.max(1, sheet.getLastRow() - top + 1) : 1;
  const grid = sheet.getRange(top, left, rows, lastCol - left + 1).getValues() as Cell[][];
  return { grid, lastCol };
}

/**
 * Makes sure the table exists with every schema column and its named range; returns its state.
 * Reads, then writes only what is missing.
 */
function ensureTable(ss: Spreadsheet, survey: Survey, plan: TablePlan, spec: TableSpec, lang: Lang, report: SetupReport): TableState {
  const named = survey.names.get(spec.name);
  let sheet: Sheet | null = null;
  let top = 1;
  let left = 1;
  let current: ReturnType<typeof parseRangeA1> = null;
  if (named) {
    try {
      const r = named.getRange();
      current = parseRangeA1(r.getA1Notation());
      sheet = r.getSheet();
    } catch {
      sheet = null; // a name left broken (#REF!) by a deleted sheet: the table is made again
    }
    if (current) {
      top = current.top;
      left = current.left;
    } else sheet = null;
  }
  const withRows = plan.initialRows.length > 0;
  let block: { grid: Cell[][]; lastCol: number } | null = null;
  let created = false;
  if (!sheet) {
    // A sheet with the plan's title that is empty, or whose first row names schema columns, is adopted.
    const titles = sheetTitles(ss, survey);
    const sameTitle = titles.find((s) => s === plan.sheet);
    const existing = sameTitle !== undefined ? ss.getSheetByName(plan.sheet) : null;
    if (existing) {
      const found = readBlock(existing, 1, 1, withRows);
      const blank = found.lastCol <= 1 && found.grid.every((r) => r.every((v) => v === '' || v === null));
      if (blank || reconcile(spec, found.grid[0]).missing.length < spec.columns.length) {
        sheet = existing;
        block = blank ? { grid: [[]], lastCol: 0 } : found;
      }
    }
    if (!sheet) {
      const title = freeTitle(titles, plan.sheet);
      sheet = ss.insertSheet(title, survey.sheets);
      titles.push(title);
      survey.sheets++;
      created = true;
      block = { grid: [[]], lastCol: 0 };
      report.created.push(title);
    }
  }
  if (!block) block = readBlock(sheet, top, left, withRows);
  const header = block.grid[0] ?? [];
  const rec = reconcile(spec, header, lang);
  // Never write over a non-blank cell: missing headers go after every used column of the sheet.
  const at = Math.max(rec.at, block.lastCol - left + 1);
  if (current) report.columnsAdded += rec.missing.length; // columns added to a table found by its name
  const width = Math.max(rec.missing.length ? at + rec.missing.length : rec.at, current ? current.right - current.left + 1 : 0, 1);
  const headerRow: Cell[] = [...header.slice(0, width)];
  while (headerRow.length < width) headerRow.push('');
  rec.missing.forEach((_, i) => (headerRow[at + i] = rec.headers[i]));
  const layout = tableFromGrid(spec, [headerRow]);

  // Starting rows: into a table without data (funnel benchmarks, settings), and the settings a newer
  // version brought into an existing Settings table — core says which; after the last data row.
  const found = tableFromGrid(spec, [headerRow, ...block.grid.slice(1).map((r) => r.slice(0, width))]);
  const rows = rowsToAdd(plan, found);
  const firstRow = top + 1 + found.rows.length;
  const needCols = left + width - 1;
  const needRows = firstRow + rows.length - 1;
  let maxRows: number | undefined;
  if (rec.missing.length || rows.length) {
    const maxCols = sheet.getMaxColumns();
    if (needCols > maxCols) sheet.insertColumnsAfter(maxCols, needCols - maxCols);
    if (rows.length) {
      maxRows = sheet.getMaxRows();
      if (needRows > maxRows) {
        sheet.insertRowsAfter(maxRows, needRows - maxRows);
        maxRows = needRows;
      }
    }
  }
  const blank = (v: Cell) => (v === null || v === undefined ? '' : v);
  let head: Range | null = null;
  if (at === 0 && rec.missing.length === width) {
    // A new (or empty) table: its header and starting rows in one write.
    if (rows.length) sheet.getRange(top, left, 1 + rows.length, width).setValues([headerRow.map(blank), ...rows.map((r) => r.map(blank))]);
    else (head = sheet.getRange(top, left, 1, width)).setValues([headerRow.map(blank)]);
  } else {
    if (rec.missing.length) sheet.getRange(top, left + at, 1, rec.missing.length).setValues([rec.headers]);
    if (rows.length) sheet.getRange(firstRow, left, rows.length, width).setValues(rows.map((r) => r.map(blank)));
  }

  // The table spans its own and the user's columns up to the last header (and what was added).
  const moved = !current || !named || current.top !== top || current.left !== left || current.right !== left + width - 1 || current.bottom !== null;
  // Named with its columns' ranges (`layOutColumns`: one range list per table).
  const tableA1 = moved ? `${letters(left)}${top}:${letters(left + width - 1)}` : null;

  const frozen = top + plan.frozenRows - 1;
  if (created || sheet.getFrozenRows() < frozen) sheet.setFrozenRows(frozen);
  if (created) {
    // The first new header is styled; the others copy its format in one call each.
    if (survey.header) survey.header.copyFormatToRange(sheet, left, left + width - 1, top, top);
    else {
      head = head ?? sheet.getRange(top, left, 1, width);
      head.setFontWeight('bold');
      head.setBackground(HEADER_FILL);
      survey.header = head;
    }
    setWidths(sheet, left, plan, layout);
  }
  let firstFormats: string[] | null = null;
  let firstRules: (DataValidation | null)[] | null = null;
  if (!created) {
    try {
      const first = sheet.getRange(top + 1, left, 1, width);
      firstFormats = first.getNumberFormats()[0];
      firstRules = first.getDataValidations()[0];
    } catch {
      firstFormats = []; // a sheet of the header row only: no data row to format
      firstRules = [];
    }
  }
  const fresh = new Set(created ? plan.columns.map((c) => c.key) : rec.missing);
  const data = withRows || created ? { ...found, rows: [...found.rows, ...rows] } : null;
  return { plan, spec, sheet, top, left, width, layout, created, moved, tableA1, fresh, firstFormats, firstRules, maxRows, data };
}

/**
 * The width Sheets gets for a planned width: one of a few steps, so that adjacent columns share a
 * width and one `setColumnWidths` call sets a run of them. A step is at most `WIDTH_SLACK` px
 * narrower than planned (a 110-px column keeps Sheets' default 100, a 220-px one gets 200) and
 * never more than a step wider; widths beyond the last step are kept as planned.
 */
export function widthStep(width: number): number {
  if (width <= DEFAULT_WIDTH + WIDTH_SLACK) return DEFAULT_WIDTH;
  return WIDTH_STEPS.find((w) => w >= width - WIDTH_SLACK) ?? width;
}
const WIDTH_STEPS = [200, 300];
const WIDTH_SLACK = 20;

/** A new table's column widths: one `setColumnWidths` per run of adjacent columns of the same width step. */
function setWidths(sheet: Sheet, left: number, plan: TablePlan, layout: TableData) {
  const widths = new Map<number, number>();
  for (const c of plan.columns) {
    const i = layout.col[c.key];
    const w = widthStep(c.width);
    if (i >= 0 && w !== DEFAULT_WIDTH) widths.set(i, w);
  }
  const cols = [...widths.keys()].sort((a, b) => a - b);
  for (let k = 0; k < cols.length; ) {
    let e = k;
    while (e + 1 < cols.length && cols[e + 1] === cols[e] + 1 && widths.get(cols[e + 1]) === widths.get(cols[k])) e++;
    sheet.setColumnWidths(left + cols[k], e - k + 1, widths.get(cols[k])!);
    k = e + 1;
  }
}

/** The A1 of a column's named range: its data rows (bounded for fixed tables), or null when the sheet lacks it. */
function columnA1(table: TableState, key: string, last = key): string | null {
  const a = table.layout.col[key];
  const b = table.layout.col[last];
  if (a === undefined || a < 0 || b === undefined || b < 0) return null;
  const from = letters(table.left + Math.min(a, b));
  const to = letters(table.left + Math.max(a, b));
  const rows = FIXED_ROWS[table.spec.id];
  return `${from}${table.top + 1}:${to}${rows ? String(table.top + rows) : ''}`;
}

/**
 * Named ranges of the table (made or moved now) and of the columns (and blocks of columns) the
 * dashboard and the drop-downs use, as [name, A1]: those missing, and all of them when their table
 * moved or grew now (Sheets moves a named range with its cells).
 */
function namesToPoint(names: Map<string, NamedRange | null>, table: TableState, need: { columns: Set<string>; blocks: [string, string][] } | undefined): [string, string][] {
  const all: [string, string | null][] = [
    [table.spec.name, table.tableA1],
    ...[...(need?.columns ?? [])].map((k): [string, string | null] => [columnRangeName(table.spec, k), columnA1(table, k)]),
    ...(need?.blocks ?? []).map(([a, b]): [string, string | null] => [blockRangeName(table.spec, a, b), columnA1(table, a, b)]),
  ];
  return all.filter((x): x is [string, string] => !!x[1] && !(names.has(x[0]) && !table.moved && !table.fresh.size));
}

/** Builds each distinct validation rule once (rules are values: one object serves every column). */
class Rules {
  private built = new Map<string, DataValidation | null>();
  /** The first drop-down list built: the others start from a copy of it (strict, no help text). */
  private list: DataValidation | null = null;
  /** `teamSource`: the Team table's person column (the range every person drop-down lists). */
  constructor(private teamSource: () => Range | null) {}
  of(c: ColumnPlan): DataValidation | null {
    const v = c.validation;
    if (!v) return null;
    const key = JSON.stringify(v);
    if (this.built.has(key)) return this.built.get(key)!;
    if (v.kind === 'list' && this.list) {
      const rule = this.list.copy().requireValueInList(v.values, true).build();
      this.built.set(key, rule);
      return rule;
    }
    // A drop-down list is rejected with Sheets' own message ("Please enter a value from the list", in the
    // user's language): ours would say no more. Other rules say what is expected (an example date, a
    // Team member) in their help text.
    const b = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
    if (v.kind !== 'list') b.setHelpText(v.message);
    let rule: DataValidation | null = null;
    switch (v.kind) {
      case 'list':
        rule = this.list = b.requireValueInList(v.values, true).build();
        break;
      case 'team': {
        const source = this.teamSource();
        rule = source ? b.requireValueInRange(source, true).build() : null;
        break;
      }
      case 'number':
        if (v.min !== undefined && v.max !== undefined) rule = b.requireNumberBetween(v.min, v.max).build();
        else if (v.min !== undefined) rule = b.requireNumberGreaterThanOrEqualTo(v.min).build();
        else if (v.max !== undefined) rule = b.requireNumberLessThanOrEqualTo(v.max).build();
        else rule = b.requireNumberBetween(-1e15, 1e15).build();
        break;
      case 'date':
        rule = b.requireDate().build();
        break;
      case 'email':
        rule = b.requireTextIsEmail().build();
        break;
    }
    this.built.set(key, rule);
    return rule;
  }
}

/** Runs of adjacent column indexes. */
function runsOf(cols: number[]): [number, number][] {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** A block of a table's data rows (columns `a`…`b`) and the grid to set there. */
interface Block<T> {
  a: number;
  b: number;
  grid: T[][];
}

/**
 * Number formats and drop-downs of a table's columns, down to the sheet's last row: every column of a
 * new table or added now; on an existing column only what is missing — a format where the first data
 * row still has Sheets' automatic one, a rule where it has none (so a re-run in another language keeps
 * the drop-downs the data was entered with). One block of formats and one of rules per run of adjacent
 * columns; null when there is nothing to set.
 */
function formatPlan(table: TableState, rules: Rules): { rows: number; formats: Block<string>[]; rules: Block<DataValidation | null>[] } | null {
  const formats = new Map<number, string>();
  const valid = new Map<number, DataValidation>();
  const freshAt = new Set<number>();
  for (const c of table.plan.columns) {
    const i = table.layout.col[c.key];
    if (i === undefined || i < 0) continue;
    const fresh = table.fresh.has(c.key);
    if (fresh) freshAt.add(i);
    const fmt = COLUMN_FORMATS[c.format];
    if (fmt && (fresh || (isAutomaticFormat(table.firstFormats?.[i]) && table.firstFormats?.[i] !== fmt))) formats.set(i, fmt);
    if (c.validation && (fresh || !table.firstRules?.[i])) {
      const rule = rules.of(c);
      if (rule) valid.set(i, rule);
    }
  }
  if (!formats.size && !valid.size) return null;
  const rows = (table.maxRows ??= table.sheet.getMaxRows()) - table.top;
  if (rows < 1) return null;
  const formatRuns = runsOf([...formats.keys()]);
  // Runs of validated columns merge across columns laid out now (their cells have no rule to keep).
  const validRuns: [number, number][] = [];
  for (const run of runsOf([...valid.keys()])) {
    const last = validRuns[validRuns.length - 1];
    const gap = last ? Array.from({ length: run[0] - last[1] - 1 }, (_, j) => last[1] + 1 + j) : [];
    if (last && gap.every((i) => freshAt.has(i))) last[1] = run[1];
    else validRuns.push([...run]);
  }
  // A run inside a run of formats whose columns are all laid out now takes that range (one range fewer).
  for (const run of validRuns) {
    const wider = formatRuns.find(([a, b]) => a <= run[0] && run[1] <= b && Array.from({ length: b - a + 1 }, (_, j) => a + j).every((i) => freshAt.has(i)));
    if (wider) [run[0], run[1]] = wider;
  }
  const block = <T>(a: number, b: number, at: (i: number) => T): Block<T> => {
    const line = Array.from({ length: b - a + 1 }, (_, j) => at(a + j));
    return { a, b, grid: Array.from({ length: rows }, () => line) };
  };
  return {
    rows,
    formats: formatRuns.map(([a, b]) => block(a, b, (i) => formats.get(i)!)),
    rules: validRuns.map(([a, b]) => block(a, b, (i) => valid.get(i) ?? null)),
  };
}

/**
 * A table's named ranges, number formats and drop-downs: every range they need got in one call (a
 * range list's ranges; `getRange` for a single one), then each name pointed, each block set in one call.
 */
function layOutColumns(ss: Spreadsheet, names: Map<string, NamedRange | null>, table: TableState, need: Parameters<typeof namesToPoint>[2], rules: Rules): void {
  const toName = namesToPoint(names, table, need);
  const plan = formatPlan(table, rules);
  const blockA1 = (x: { a: number; b: number }) => `${letters(table.left + x.a)}${table.top + 1}:${letters(table.left + x.b)}${table.top + plan!.rows}`;
  const a1s = [...new Set([...toName.map((x) => x[1]), ...(plan ? [...plan.formats, ...plan.rules].map(blockA1) : [])])];
  if (!a1s.length) return;
  const got = a1s.length === 1 ? [table.sheet.getRange(a1s[0])] : table.sheet.getRangeList(a1s).getRanges();
  const range = new Map(a1s.map((a1, i) => [a1, got[i]]));
  for (const [name, a1] of toName) pointName(ss, names, name, range.get(a1)!);
  if (!plan) return;
  for (const f of plan.formats) range.get(blockA1(f))!.setNumberFormats(f.grid);
  for (const r of plan.rules) range.get(blockA1(r))!.setDataValidations(r.grid);
}

/** Set-up as a whole, without the lock and toasts (see `setUpWorkbook`). */
export function runSetup(
  ss: Spreadsheet,
  lang: Lang,
  progress: (n: number, total: number, sheet: string) => void,
  beforeDashboard: () => void = () => {},
): SetupReport {
  const plan = setupPlan(lang, today(ss));
  const report: SetupReport = { created: [], columnsAdded: 0 };
  const survey: Survey = { names: surveyNames(ss), titles: null, sheets: 0, header: null };
  const tables = new Map<string, TableState>();
  plan.tables.forEach((tp, i) => {
    progress(i + 1, plan.tables.length, tp.sheet);
    tables.set(tp.id, ensureTable(ss, survey, tp, TABLES.find((s) => s.id === tp.id)!, lang, report));
  });
  // Every person drop-down lists the Team table's person column.
  let teamSource: Range | null | undefined;
  const rules = new Rules(() => {
    if (teamSource === undefined) {
      const team = tables.get('team');
      const a1 = team ? columnA1(team, 'person') : null;
      teamSource = team && a1 ? team.sheet.getRange(a1) : null;
    }
    return teamSource;
  });
  const colours = new ColourRules();
  const needed = neededColumnRanges();
  for (const tp of plan.tables) {
    const table = tables.get(tp.id)!;
    layOutColumns(ss, survey.names, table, needed.get(tp.id), rules);
    const conditional = tp.rules
      .map((r) => ({ a1: columnA1(table, r.column), equals: r.equals, style: r.style }))
      .filter((r): r is { a1: string; equals: string[]; style: FormatRule['style'] } => r.a1 !== null);
    if (conditional.length) addRules(table.sheet, conditional, table.created, colours);
    if (tp.guard) guardSheet(table.sheet, tp.guard.note);
  }
  beforeDashboard();
  // What sizes the Dashboard, from what set-up knows: the rows of the tables it read or made, the
  // others' last row (one call each); the Team's people when it was there before.
  const counts: TableCounts = {};
  const known: Workbook = {};
  for (const [id, table] of tables) {
    if (table.data) {
      known[id as TableId] = table.data;
      counts[id as TableId] = table.data.rows.length;
    } else counts[id as TableId] = Math.max(0, table.sheet.getLastRow() - table.top);
  }
  if (!known.team) {
    const team = readTable(ss, tableSpec('team'));
    if (team) known.team = team.data;
  }
  const dash = buildDashboard(ss, lang, {
    colours,
    counts: { ...counts, ...dashboardCounts({ team: known.team, settings: known.settings }) },
    settings: dashboardSettings(known.settings),
  });
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
    const report = runSetup(
      ss,
      lang,
      (n, total, sheet) => {
        if (n === 1 || n % 6 === 0) ss.toast(t(fill(S.setupTable, { n, total, sheet }), ui), title, 5);
      },
      () => ss.toast(t(S.setupDashboard, ui), title, 5),
    );
    SpreadsheetApp.flush();
    ss.toast(t(fill(S.setupDone, { created: report.created.length, columns: report.columnsAdded }), ui), title, 10);
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
  // The funnel snapshot first when one is due (issue 9): the Dashboard then shows it.
  const snapshot = autoSnapshot(ss, actorEmail() || null);
  buildDashboard(ss, workbookLang(ss), { force: true });
  SpreadsheetApp.flush();
  ss.toast(snapshot ? `${t(S.dashboardDone, ui)} ${snapshot}` : t(S.dashboardDone, ui), t(S.setupTitle, ui), 5);
}
