/**
 * The in-memory workbook behind the Excel fake: sheets of cells (value, formula, number format, data
 * validation), tables, named items, conditional formats and charts. It models the Excel behaviours the
 * add-in depends on:
 * - a string written to `Range.values` is read as typed input: beginning with `=` it is a formula,
 *   `+`/`-`/`@` text that is not a number too; a leading apostrophe is Excel's text prefix (the rest is
 *   stored as text, in any number format); numbers (`0571…` → 571, `1,200`, `70%`, `$5`), `TRUE`/`FALSE`
 *   and dates (`2026-03-31`, `2026/3/31`) become numbers, booleans and date serials — unless the cell is
 *   formatted as text (`@`), which keeps the string as it is;
 * - a new table made from a header row gets one blank data row (as Excel does);
 * - rows added to a table take the number format and data validation of the row above, and conditional
 *   formats covering the whole body grow with it.
 */

export type Scalar = string | number | boolean;

export interface CellModel {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  validation?: unknown;
  validationAlert?: unknown;
  /** The data-validation input message (`DataValidation.prompt`). */
  validationPrompt?: unknown;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
}

export interface Rect {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

export interface CondFormatModel {
  id: number;
  rect: Rect;
  type: string;
  rule: Record<string, unknown>;
  format: { fill?: string; font?: string; bold?: boolean };
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  /** The cells it covers (`setPosition`), when placed. */
  position?: { start: string; end: string };
  legend?: boolean;
}

export class SheetModel {
  cells = new Map<string, CellModel>();
  condFormats: CondFormatModel[] = [];
  charts: ChartModel[] = [];
  /** Merged areas (`Range.merge`). */
  merges: Rect[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  visibility = 'Visible';
  tabColor = '';
  /** A protected sheet refuses every change of its cells (Excel: AccessDenied). */
  protected = false;
  constructor(public name: string) {}

  checkWritable(): void {
    if (this.protected) throw new FakeError('AccessDenied', `The sheet "${this.name}" is protected.`);
  }

  cell(r: number, c: number): CellModel | undefined {
    return this.cells.get(r + ',' + c);
  }
  ensure(r: number, c: number): CellModel {
    const k = r + ',' + c;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: '' };
      this.cells.set(k, cell);
    }
    return cell;
  }
  isEmpty(r: number, c: number): boolean {
    const cell = this.cell(r, c);
    return !cell || (cell.value === '' && cell.formula === undefined);
  }
  /** The smallest rectangle holding every non-empty value (null when the sheet is blank). */
  used(): Rect | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const [r, c] = k.split(',').map(Number);
      r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

export interface TableModel {
  id: number;
  name: string;
  sheet: SheetModel;
  /** Header row position. */
  r: number;
  c: number;
  cols: number;
  /** Data rows (Excel keeps at least one). */
  rows: number;
  style: string;
}

/** A named item: a range (sheet + rect) or any other formula (e.g. a structured reference `=KA_Team[Person]`). */
export type NameModel = { name: string; sheet?: SheetModel; rect?: Rect; formula?: string; comment: string };

export class FakeError extends Error {
  constructor(public code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const NUM_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT_RE = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const CURRENCY_RE = /^([+-]?)\$(\d+(\.\d*)?)$/;
const ISO_DATE_RE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** What Excel stores when `v` is written into a cell formatted `numberFormat`. */
export function enter(cell: CellModel, v: unknown): void {
  delete cell.formula;
  if (v === null || v === undefined) return; // null leaves a cell as it is in Office.js
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string') throw new FakeError('InvalidArgument', `fake: cannot write ${typeof v} into a cell`);
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (v.startsWith('=')) {
    cell.formula = v;
    cell.value = '#CALC!';
    return;
  }
  const t = v.trim();
  if (NUM_RE.test(t)) {
    cell.value = Number(t);
    return;
  }
  if (THOUSANDS_RE.test(t)) {
    cell.value = Number(t.replace(/,/g, ''));
    return;
  }
  const pct = PERCENT_RE.exec(t);
  if (pct) {
    cell.value = Number(pct[1]) / 100;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = '0%';
    return;
  }
  const cur = CURRENCY_RE.exec(t);
  if (cur) {
    cell.value = Number(cur[1] + cur[2]);
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === 'true';
    return;
  }
  if (/^[+\-@]/.test(v)) {
    // Excel takes "+x", "-x" and "@x" as formulas (usually #NAME?).
    cell.formula = v[0] === '@' ? '=' + v.slice(1) : '=' + v;
    cell.value = '#NAME?';
    return;
  }
  const d = ISO_DATE_RE.exec(t);
  if (d) {
    const ms = Date.UTC(+d[1], +d[2] - 1, +d[3]);
    const back = new Date(ms);
    if (back.getUTCMonth() === +d[2] - 1 && back.getUTCDate() === +d[3]) {
      cell.value = ms / 86400000 + 25569;
      if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = 'yyyy-mm-dd';
      return;
    }
  }
  cell.value = v;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  private nextId = 1;

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name?: string): SheetModel {
    if (name === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheet('Sheet' + i)) i++;
      name = 'Sheet' + i;
    }
    checkSheetName(name);
    if (this.sheet(name)) throw new FakeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }
  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  name(name: string): NameModel | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
  checkNewName(name: string): void {
    if (!/^[A-Za-z_\\\u0080-\uffff][\w.\\\u0080-\uffff]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new FakeError('InvalidArgument', `"${name}" is not a valid name.`);
    }
    if (this.table(name) || this.name(name)) throw new FakeError('ItemAlreadyExists', `The name "${name}" is already used.`);
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(tableRect(t), rect)) throw new FakeError('InvalidOperation', 'A table cannot overlap another table.');
    }
    let r = rect.r;
    if (!hasHeaders) {
      // Excel inserts a header row of Column1, Column2 … above the data.
      r = rect.r - 1;
      if (r < 0) throw new FakeError('InvalidOperation', 'fake: no room for a header row');
    }
    const table: TableModel = { id: this.nextId++, name: '', sheet, r, c: rect.c, cols: rect.cols, rows: Math.max(1, rect.rows - (hasHeaders ? 1 : 0)), style: 'TableStyleMedium2' };
    let n = 1;
    while (this.table('Table' + n)) n++;
    table.name = 'Table' + n;
    const seen = new Set<string>();
    for (let j = 0; j < rect.cols; j++) {
      const cell = sheet.ensure(r, rect.c + j);
      let h = String(cell.value === '' ? '' : cell.value);
      if (h === '' || seen.has(h.toLowerCase())) h = 'Column' + (j + 1);
      seen.add(h.toLowerCase());
      delete cell.formula;
      cell.value = h;
    }
    this.tables.push(table);
    return table;
  }

  renameTable(t: TableModel, name: string): void {
    if (t.name.toLowerCase() !== name.toLowerCase()) this.checkNewName(name);
    t.name = name;
  }

  /** Adds data rows at the end of `t` (cells below must be free: the fake does not shift cells). */
  addRows(t: TableModel, values: unknown[][]): void {
    t.sheet.checkWritable();
    for (const row of values) {
      if (row.length !== t.cols) throw new FakeError('InvalidArgument', `The row has ${row.length} values; the table has ${t.cols} columns.`);
    }
    const bodyTop = t.r + 1;
    const oldBottom = bodyTop + t.rows; // first row after the body
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < t.cols; j++) {
        if (!t.sheet.isEmpty(oldBottom + i, t.c + j)) throw new FakeError('InvalidOperation', 'fake: cells below the table are not empty (the fake does not shift cells)');
      }
    }
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < t.cols; j++) {
        const above = t.sheet.cell(oldBottom - 1, t.c + j);
        const cell = t.sheet.ensure(oldBottom + i, t.c + j);
        if (above?.numberFormat !== undefined) cell.numberFormat = above.numberFormat;
        if (above?.validation !== undefined) cell.validation = above.validation;
        if (above?.validationAlert !== undefined) cell.validationAlert = above.validationAlert;
        if (above?.validationPrompt !== undefined) cell.validationPrompt = above.validationPrompt;
        enter(cell, values[i][j]);
      }
    }
    for (const cf of t.sheet.condFormats) {
      if (cf.rect.r === bodyTop && cf.rect.r + cf.rect.rows === oldBottom && cf.rect.c >= t.c && cf.rect.c + cf.rect.cols <= t.c + t.cols) {
        cf.rect = { ...cf.rect, rows: cf.rect.rows + values.length };
      }
    }
    t.rows += values.length;
  }

  addColumn(t: TableModel, name: string): void {
    t.sheet.checkWritable();
    const c = t.c + t.cols;
    for (let i = 0; i <= t.rows; i++) {
      if (!t.sheet.isEmpty(t.r + i, c)) throw new FakeError('InvalidOperation', 'fake: cells right of the table are not empty');
    }
    const headers = this.headers(t).map((h) => h.toLowerCase());
    if (headers.includes(name.toLowerCase())) throw new FakeError('InvalidArgument', `The table already has a column "${name}".`);
    t.sheet.ensure(t.r, c).value = name;
    t.cols++;
  }

  headers(t: TableModel): string[] {
    const out: string[] = [];
    for (let j = 0; j < t.cols; j++) out.push(String(t.sheet.cell(t.r, t.c + j)?.value ?? ''));
    return out;
  }

  addName(name: string, ref: { sheet: SheetModel; rect: Rect } | { formula: string }, comment = ''): NameModel {
    this.checkNewName(name);
    const n = { name, ...ref, comment };
    this.names.push(n);
    return n;
  }

  /** Everything the workbook holds, as one string (to tell whether a sync changed anything). */
  fingerprint(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => [s.name, s.visibility, s.protected, s.frozenRows, [...s.cells.entries()], s.condFormats, s.charts, s.merges, [...s.columnWidths.entries()]]),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      names: this.names.map((n) => ({ ...n, sheet: n.sheet?.name })),
    });
  }

  newId(): number {
    return this.nextId++;
  }
}

export function tableRect(t: TableModel): Rect {
  return { r: t.r, c: t.c, rows: t.rows + 1, cols: t.cols };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[\[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeError('InvalidArgument', `"${name}" is not a valid sheet name.`);
  }
}

export function colLetters(c: number): string {
  let s = '';
  c++;
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

export function a1(rect: Rect): string {
  const tl = colLetters(rect.c) + (rect.r + 1);
  if (rect.rows === 1 && rect.cols === 1) return tl;
  return tl + ':' + colLetters(rect.c + rect.cols - 1) + (rect.r + rect.rows);
}

/** Parses `A1`, `A1:C3`, `Sheet!A1:B2`, `'My sheet'!$A$1` (and whole columns `A:C`, rows up to 1048576). */
export function parseAddress(addr: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let ref = addr.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  ref = ref.replace(/\$/g, '');
  const parts = ref.split(':');
  const pt = (p: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeError('InvalidArgument', `fake: bad address "${addr}"`);
    let c = -1;
    for (const ch of m[1].toUpperCase()) c = (c + 1) * 26 + ch.charCodeAt(0) - 65;
    return { c: m[1] ? c : -1, r: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const p0 = pt(parts[0]);
  const p1 = parts.length > 1 ? pt(parts[1]) : p0;
  const r0 = p0.r < 0 ? 0 : p0.r, r1 = p1.r < 0 ? 1048575 : p1.r;
  const c0 = p0.c < 0 ? 0 : p0.c, c1 = p1.c < 0 ? 16383 : p1.c;
  return { sheet, rect: { r: Math.min(r0, r1), c: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 } };
}
