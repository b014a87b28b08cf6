/**
 * Tables in Sheets: found by their named range (`KA_Customers` = header row + every row below it,
 * open-ended, so rows added later are inside), read with one `getValues`, written with one
 * `setValues` per table (appends) or per updated row — after reading the target cells' number
 * formats in the same range, so that text lands as text: a cell formatted as plain text (`@`, which
 * set-up gives every text column) takes a string as it is; anywhere else Sheets would read a string
 * as typed input, so formula-looking text keeps its leading apostrophe.
 */
import { isBlank, looksLikeFormula, type Cell } from '../core/cell';
import type { Write } from '../core/commands/types';
import { columnLetters } from '../core/schema/dashboard/template';
import { tableFromGrid } from '../core/schema/read';
import { tableSpec } from '../core/schema/tables';
import type { TableData, TableId, TableSpec } from '../core/schema/types';
import { convertDates, type SheetDates } from './dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A table as read from the sheet, with where it lives. */
export interface SheetTable {
  data: TableData;
  sheet: Sheet;
  /** 1-based row of the header. */
  top: number;
  /** 1-based column of the table's first column. */
  left: number;
  /** 1-based row where appended rows go (after the last data row). */
  appendAt: number;
}

/** `A`, `B`, … `AA` for a 1-based column (core's column letters). */
export function letters(col: number): string {
  return columnLetters(col - 1);
}

/** The named range of one data column (the dashboard's `{ref:table.column}`). */
export function columnRangeName(spec: TableSpec, key: string): string {
  return `${spec.name}_${key}`;
}

/** The named range of the adjacent columns first … last (the dashboard's `{ref:table.first:last}`). */
export function blockRangeName(spec: TableSpec, first: string, last: string): string {
  return `${spec.name}_${first}_to_${last}`;
}

/** Rows `top` … the sheet's end of columns `left` … `left + width - 1`, as an open-ended A1 range. */
export function openRange(sheet: Sheet, top: number, left: number, width: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(`${letters(left)}${top}:${letters(left + width - 1)}`);
}

/**
 * The table `spec` as the sheet holds it, or null when its named range is missing. Dates are read
 * as wall-clock times of the spreadsheet's zone (`dates`, see dates.ts).
 */
export function readTable(ss: Spreadsheet, spec: TableSpec, dates?: SheetDates | null): SheetTable | null {
  const range = ss.getRangeByName(spec.name);
  if (!range) return null;
  const values = range.getValues() as Cell[][];
  const grid = dates ? convertDates(values, dates.fromSheet) : values;
  const data = tableFromGrid(spec, grid);
  const top = range.getRow();
  return { data, sheet: range.getSheet(), top, left: range.getColumn(), appendAt: top + 1 + data.rows.length };
}

/**
 * The tables of `ids` the spreadsheet has, added to `into`: one set up before them (no named range)
 * is left out. For the tables core reads only when present (`…_ALSO_READS`).
 */
export function readPresent(ss: Spreadsheet, ids: readonly TableId[], dates: SheetDates | null | undefined, into: Partial<Record<TableId, SheetTable>>): Partial<Record<TableId, SheetTable>> {
  for (const id of ids) {
    const t = readTable(ss, tableSpec(id), dates);
    if (t) into[id] = t;
  }
  return into;
}

/**
 * A table a command only appends to (the audit log, which grows with every save): its header row
 * and one column — the schema's first, always filled — to find the last data row, instead of every
 * cell. Rows are not read (`data.rows` is empty); falls back to `readTable` when that column is missing.
 */
export function readForAppend(ss: Spreadsheet, spec: TableSpec): SheetTable | null {
  const range = ss.getRangeByName(spec.name);
  if (!range) return null;
  const sheet = range.getSheet();
  const top = range.getRow();
  const left = range.getColumn();
  const header = sheet.getRange(top, left, 1, range.getNumColumns()).getValues() as Cell[][];
  const data = tableFromGrid(spec, header);
  const key = data.col[spec.columns[0].key];
  if (key === undefined || key < 0) return readTable(ss, spec);
  const last = Math.min(sheet.getLastRow(), range.getLastRow());
  let appendAt = top + 1;
  if (last > top) {
    const values = sheet.getRange(top + 1, left + key, last - top, 1).getValues();
    for (let i = values.length - 1; i >= 0; i--)
      if (!isBlank(values[i][0])) {
        appendAt = top + 2 + i;
        break;
      }
  }
  return { data, sheet, top, left, appendAt };
}

/** The plain-text number format: a cell formatted so keeps a string exactly as given. */
export const TEXT_FORMAT = '@';

/**
 * A value as it goes into a cell of number format `format`. Core marks text that begins with an
 * apostrophe or looks like a formula with one leading `'` (read.ts `cellValue`), the spreadsheet's text
 * prefix, which Sheets drops from typed input. In a plain-text cell a string goes in as it is: without
 * core's mark (the format already keeps it text). Elsewhere text that Sheets would take for a formula
 * keeps a leading apostrophe (core already adds it; this never adds a second one). Blanks are ''; a
 * Date goes back to the spreadsheet's zone.
 */
export function toSheetValue(v: Cell, format?: string, dates?: SheetDates | null): string | number | boolean | Date {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    if (format === TEXT_FORMAT) return v.startsWith("'") ? v.slice(1) : v;
    return looksLikeFormula(v) ? "'" + v : v;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (v instanceof Date && dates) return dates.toSheet(v);
  return v;
}

/** Writes `rows` into `range` as values, each cell as its number format wants it (one read, one write). */
function writeCells(range: GoogleAppsScript.Spreadsheet.Range, rows: readonly (readonly Cell[])[], dates?: SheetDates | null) {
  const formats = range.getNumberFormats();
  range.setValues(rows.map((r, i) => r.map((v, j) => toSheetValue(v, formats[i]?.[j], dates))));
}

function fit(row: readonly Cell[], width: number): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < width; i++) out.push(row[i] ?? '');
  return out;
}

/** Contiguous runs `[from, to]` of the changed columns (every column when not given). */
export function runs(changed: readonly number[] | undefined, width: number): [number, number][] {
  if (!changed) return width > 0 ? [[0, width - 1]] : [];
  const cols = [...new Set(changed)].filter((c) => c >= 0 && c < width).sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/**
 * Performs every write of an accepted command: the appends of a table in one `setValues` after its
 * last data row (the sheet grows first when needed), each update in one `setValues` per run of
 * changed cells on its row.
 * Every write is checked before the first cell is touched, so a bad write writes nothing.
 * Returns whether a sheet had to grow.
 */
export function applyWrites(tables: Partial<Record<TableId, SheetTable>>, writes: readonly Write[], dates?: SheetDates | null): boolean {
  let grew = false;
  const appends = new Map<TableId, Cell[][]>();
  const plan: (() => void)[] = [];
  for (const w of writes) {
    const t = tables[w.table];
    if (!t) throw new Error(`table ${w.table} was not read`);
    if (w.kind === 'append') {
      const list = appends.get(w.table) ?? [];
      list.push(...w.rows);
      appends.set(w.table, list);
    } else {
      if (!(w.row >= 0 && w.row < t.data.rows.length)) throw new Error(`row ${w.row} of ${w.table} does not exist`);
      const values = fit(w.values, t.data.width);
      const at = t.top + 1 + w.row;
      // Only the changed cells when core says which: the user's other cells (and formulas) stay.
      for (const [from, to] of runs(w.changed, t.data.width))
        plan.push(() => writeCells(t.sheet.getRange(at, t.left + from, 1, to - from + 1), [values.slice(from, to + 1)], dates));
    }
  }
  for (const [id, rows] of appends) {
    if (rows.length === 0) continue;
    const t = tables[id]!;
    const first = t.appendAt;
    const values = rows.map((r) => fit(r, t.data.width));
    plan.push(() => {
      const need = first + values.length - 1 - t.sheet.getMaxRows();
      if (need > 0) {
        t.sheet.insertRowsAfter(t.sheet.getMaxRows(), need);
        grew = true;
      }
      writeCells(t.sheet.getRange(first, t.left, values.length, t.data.width), values, dates);
    });
  }
  for (const step of plan) step();
  return grew;
}
