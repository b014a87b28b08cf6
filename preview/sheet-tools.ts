/**
 * Find, sort and filter in a sheet of the preview.
 * - `SheetView` wraps a sheet's grid source with a filter: only the data rows whose cell in the filtered
 *   column contains the text are shown (headers always), with the sheet's own row numbers.
 * - `findCells` lists the cells whose shown text contains a text (any case or width), row by row.
 * - `sortTable` reorders a table's data rows by a column, as a spreadsheet does: whole rows move
 *   (other columns of the sheet too), numbers and dates by value, text in the language's order, blanks
 *   last; one step of the page's history, so Ctrl+Z takes it back.
 */
import { normText } from '../core/cell';
import type { Lang } from '../core/i18n';
import type { TableId } from '../core/schema/types';
import type { PreviewBook } from './book';
import type { GridSource } from './grid';
import type { History } from './undo';

/** The text a cell shows, as compared by find and filter (half-width, any case). */
function shown(src: GridSource, row: number, col: number, formats: ReturnType<GridSource['columns']>): string {
  return normText(src.display(row, col, formats[col]?.format ?? 'text').text);
}

export class SheetView implements GridSource {
  private map: number[] | null = null;
  private filter: { col: number; text: string } | null = null;

  constructor(readonly base: GridSource) {}

  get headerRows(): number {
    return this.base.headerRows;
  }

  /** The sheet's floating boxes (the Dashboard's charts), placed in sheet cells: shown while no filter moves rows. */
  overlays(): ReturnType<NonNullable<GridSource['overlays']>> {
    return this.filter ? [] : this.base.overlays?.() ?? [];
  }

  /** The active filter (column and text), or null. */
  get active(): { col: number; text: string } | null {
    return this.filter;
  }

  /** Shows only the data rows whose cell in `col` contains `text`; a blank text clears the filter. */
  setFilter(col: number, text: string): void {
    this.filter = normText(text) === '' ? null : { col, text };
    this.map = null;
  }

  clearFilter(): void {
    this.filter = null;
    this.map = null;
  }

  /** Sheet row of a grid row. */
  sheetRow(row: number): number {
    const m = this.rows();
    if (!m) return row;
    if (row < m.length) return m[row];
    // below the filtered rows: the rows after the sheet's data
    return this.base.dimensions().rows + (row - m.length);
  }

  /** Grid row of a sheet row, or -1 when the filter hides it. */
  viewRow(sheetRow: number): number {
    const m = this.rows();
    if (!m) return sheetRow;
    return m.indexOf(sheetRow);
  }

  private rows(): number[] | null {
    if (!this.filter) return null;
    if (this.map) return this.map;
    const d = this.base.dimensions();
    const formats = this.base.columns();
    const want = normText(this.filter.text);
    const map: number[] = [];
    for (let r = 0; r < d.rows; r++) if (r < this.base.headerRows || shown(this.base, r, this.filter.col, formats).includes(want)) map.push(r);
    this.map = map;
    return map;
  }

  dimensions(): { rows: number; cols: number } {
    this.map = null; // re-filtered on every refresh: an edit or a save may change what matches
    const d = this.base.dimensions();
    const m = this.rows();
    return m ? { rows: m.length, cols: d.cols } : d;
  }

  columns() {
    return this.base.columns();
  }

  display(row: number, col: number, format: Parameters<GridSource['display']>[2]) {
    return this.base.display(this.sheetRow(row), col, format);
  }

  source(row: number, col: number): string {
    return this.base.source(this.sheetRow(row), col);
  }

  edit(row: number, col: number, input: string): string | null {
    return this.base.edit(this.sheetRow(row), col, input);
  }

  rowLabel(row: number): string {
    return String(this.sheetRow(row) + 1);
  }
}

/** Cells (grid row, column) whose shown text contains `text`, row by row; at most `limit`. */
export function findCells(src: GridSource, text: string, limit = 10000): { row: number; col: number }[] {
  const want = normText(text);
  if (!want) return [];
  const d = src.dimensions();
  const formats = src.columns();
  const out: { row: number; col: number }[] = [];
  for (let r = 0; r < d.rows && out.length < limit; r++) {
    for (let c = 0; c < d.cols && out.length < limit; c++) if (shown(src, r, c, formats).includes(want)) out.push({ row: r, col: c });
  }
  return out;
}

const LOCALE: Record<Lang, string> = { en: 'en', zh: 'zh-Hans-CN-u-co-pinyin', 'zh-Hant': 'zh-Hant-TW-u-co-stroke' };

/**
 * Sorts the data rows of `table` by its sheet column `col` (`descending` for Z→A); returns how many
 * rows moved. Recorded as one step of `history`.
 */
export function sortTable(book: PreviewBook, table: TableId, col: number, descending: boolean, lang: Lang, history: History): number {
  const entry = book.wb.entry(table);
  if (!entry) return 0;
  const n = book.wb.dataRows(table);
  if (n < 2) return 0;
  const hf = book.hf;
  const width = Math.max(hf.getSheetDimensions(entry.sheet).width, 1);
  const range = { start: { sheet: entry.sheet, row: 1, col: 0 }, end: { sheet: entry.sheet, row: n, col: width - 1 } };
  const contents = hf.getRangeSerialized(range);
  const values = hf.getRangeValues({ start: { sheet: entry.sheet, row: 1, col }, end: { sheet: entry.sheet, row: n, col } }).map((r) => r[0]);
  const collator = new Intl.Collator(LOCALE[lang], { numeric: true, sensitivity: 'base' });
  const rank = (v: unknown) => (v === null || v === undefined || v === '' ? 2 : typeof v === 'number' ? 0 : 1);
  const order = contents.map((_, i) => i);
  order.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    const ra = rank(va);
    const rb = rank(vb);
    if (ra !== rb) return ra - rb; // blanks last either way
    if (ra === 2) return a - b;
    const c = ra === 0 ? (va as number) - (vb as number) : collator.compare(String(va), String(vb));
    return (descending ? -c : c) || a - b;
  });
  const moved = order.filter((from, to) => from !== to).length;
  if (!moved) return 0;
  const sorted = order.map((i) => contents[i]);
  history.record('sort', [{ sheet: entry.sheet, row: 1, col: 0, rows: n, cols: width }], () => {
    hf.batch(() => hf.setCellContents({ sheet: entry.sheet, row: 1, col: 0 }, sorted));
  });
  return moved;
}
