/**
 * Reading a table as a host hands it over (a grid: header row + data rows) and laying out rows to write.
 * Columns are found by their header in any language (trimmed, any case), so a user may reorder
 * columns, add their own, or switch the workbook's language. A column falls back to its position in
 * the schema only when no header at all is recognised or its header cell is blank; an unknown header
 * among recognised ones is the user's own column and is never read or written as a schema column.
 */
import { isBlank, normText, safeCellText, type Cell } from '../cell';
import type { TableData, TableSpec } from './types';

/** The texts a column's header is recognised by: every language's header and the key. */
function headerNames(col: TableSpec['columns'][number]): string[] {
  const out = [col.header.en, col.header.zh, col.key];
  if (col.header.zhHant) out.push(col.header.zhHant);
  return out.map(normText);
}

function rowIsBlank(row: readonly Cell[]): boolean {
  for (const v of row) if (!isBlank(v)) return false;
  return true;
}

/**
 * The table in `grid` (row 0 = header row). An empty grid is a table with no rows laid out as the
 * schema. Blank trailing rows are dropped; every row is padded to the table's width with `''`.
 */
export function tableFromGrid(spec: TableSpec, grid: readonly (readonly Cell[])[]): TableData {
  const header = grid.length ? grid[0] : [];
  const names = header.map((h) => normText(h));
  const col: Record<string, number> = {};
  const claimed = new Set<number>();
  // 1. by header text
  for (const c of spec.columns) {
    const accept = headerNames(c);
    const i = names.findIndex((n, j) => n !== '' && !claimed.has(j) && accept.includes(n));
    col[c.key] = i;
    if (i >= 0) claimed.add(i);
  }
  // 2. by schema position: when the sheet has no header row, when no header at all was recognised
  //    (a header row renamed wholesale), or when the header cell at that position is blank.
  //    A header that is merely unknown among recognised ones is the user's own column: left alone.
  const noneFound = claimed.size === 0;
  spec.columns.forEach((c, pos) => {
    if (col[c.key] >= 0) return;
    if (grid.length === 0) {
      col[c.key] = pos;
      return;
    }
    if (pos < header.length && !claimed.has(pos) && (noneFound || names[pos] === '')) {
      col[c.key] = pos;
      claimed.add(pos);
    }
  });
  let width = grid.length === 0 ? spec.columns.length : header.length;
  // a trailing blank header cell does not widen the table
  while (width > 0 && grid.length > 0 && isBlank(header[width - 1]) && ![...claimed].some((i) => i === width - 1)) width--;
  for (const k in col) if (col[k] >= width) width = col[k] + 1;

  let end = grid.length;
  while (end > 1 && rowIsBlank(grid[end - 1])) end--;
  const rows: Cell[][] = [];
  for (let r = 1; r < end; r++) {
    const src = grid[r];
    const row: Cell[] = new Array(width);
    for (let i = 0; i < width; i++) {
      const v = src[i];
      row[i] = v === undefined || v === null ? '' : v;
    }
    rows.push(row);
  }
  return { spec, rows, col, width };
}

/**
 * A value as written into a cell: text that looks like a formula is made safe, and so is text that
 * starts with an apostrophe (a spreadsheet takes a leading `'` as its text marker and drops it);
 * blanks are `''`.
 */
export function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.startsWith("'") ? "'" + v : safeCellText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean' || v instanceof Date) return v;
  return cellValue(String(v));
}

/**
 * A full row in the table's layout from a record by column key: columns the sheet lacks are left
 * out, the user's own columns stay blank (or keep `base`'s values when updating a row).
 */
export function rowFor(table: TableData, record: Record<string, unknown>, base?: readonly Cell[]): Cell[] {
  const row: Cell[] = new Array(table.width);
  // Cells kept from `base` go through `cellValue` too: a text read back as `=…` must not become a formula.
  for (let i = 0; i < table.width; i++) row[i] = base ? cellValue(base[i]) : '';
  for (const key in record) {
    const i = table.col[key];
    if (i === undefined || i < 0) continue;
    row[i] = cellValue(record[key]);
  }
  return row;
}

/** Data row `i` as an object by column key; a column the sheet lacks reads as `''`. */
export function record(table: TableData, i: number): Record<string, Cell> {
  const row = table.rows[i];
  const out: Record<string, Cell> = {};
  for (const c of table.spec.columns) {
    const j = table.col[c.key];
    out[c.key] = j >= 0 && row ? row[j] ?? '' : '';
  }
  return out;
}

/** Every data row as an object by column key. */
export function records(table: TableData): Record<string, Cell>[] {
  return table.rows.map((_, i) => record(table, i));
}

/** The cells of column `key` (`''` for every row when the sheet lacks it). */
export function column(table: TableData, key: string): Cell[] {
  const j = table.col[key];
  return table.rows.map((r) => (j >= 0 ? r[j] : ''));
}

/** A setting's value cell by key (Settings `key` / `value`), or `undefined` when the table lacks it. */
export function settingCell(settings: TableData | undefined, key: string): Cell | undefined {
  if (!settings || settings.col.key < 0 || settings.col.value < 0) return undefined;
  const row = settings.rows.find((r) => normText(r[settings.col.key]) === key);
  return row ? row[settings.col.value] : undefined;
}
