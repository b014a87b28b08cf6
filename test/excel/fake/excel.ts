/**
 * A faithful in-memory Excel (the part of Office.js the add-in uses), over `model.ts`.
 *
 * Like Office.js, every call only queues an operation: nothing reaches the workbook before
 * `context.sync()`, which runs the queue in order (an operation that fails stops the batch and
 * rejects the sync; earlier ones stay done, as in Excel). A property can be read only after
 * `load` + `sync`; `isNullObject` only after a sync; an object from `getItem` that does not exist
 * fails the sync with ItemNotFound. A range is fixed when its operation runs (a table's body read
 * before rows are added keeps its old size). Every sync is counted.
 *
 * Excel on the web caps one request and one response at 5 MB ("Excel data transfer limits",
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * a sync whose queued operations carry more (the values written, plus a little per operation) fails with
 * `RequestPayloadSizeLimitExceeded` before anything runs; one whose loaded values come to more fails with
 * `ResponsePayloadSizeLimitExceeded` and loads nothing (error codes:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 * A range read of more than five million cells fails (`RangeExceedsLimit`), on every platform.
 */
import {
  a1, enter, FakeError, parseAddress, quoteSheet, tableRect,
  type CellModel, type ChartModel, type CondFormatModel, type NameModel, type Rect, type SheetModel, type TableModel, WorkbookModel,
} from './model';

type Op = () => void;

/** What one operation adds to a request, beyond the values it carries (the call and its object). */
const OP_BYTES = 64;
/** Get operations are limited to five million cells of a range. */
export const MAX_GET_CELLS = 5_000_000;

/** The size of `v` as it travels (JSON). */
export function payloadBytes(v: unknown): number {
  return JSON.stringify(v)?.length ?? 0;
}

export class FakeContext {
  ops: Op[] = [];
  syncs = 0;
  workbook: FakeWorkbook;
  trackedObjects = { add() {}, remove() {} };
  /** What the operations queued since the last sync carry; what the loads of the running sync return. */
  requestBytes = 0;
  responseBytes = 0;
  /** Loads done by the running sync (undone when its response is over the limit). */
  private loadedNow: (() => void)[] = [];
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  queue(op: Op, bytes = OP_BYTES): void {
    this.ops.push(op);
    this.requestBytes += bytes;
  }
  /** Called by a load while the sync runs: what it returns, and how to undo it. */
  loadedValue(bytes: number, undo: () => void): void {
    this.responseBytes += bytes;
    this.loadedNow.push(undo);
  }
  /** Per sync of this context: did it change the workbook? */
  changed: boolean[] = [];
  async sync(): Promise<void> {
    this.syncs++;
    this.fake.syncs++;
    const ops = this.ops;
    const request = this.requestBytes;
    this.ops = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.loadedNow = [];
    const limit = this.fake.payloadLimit;
    this.fake.largestRequest = Math.max(this.fake.largestRequest, request);
    if (limit !== null && request > limit) {
      this.changed.push(false);
      throw new FakeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request} bytes of ${limit}).`);
    }
    const track = this.fake.trackChanges;
    const before = track ? this.fake.model.fingerprint() : '';
    try {
      for (const op of ops) op();
    } finally {
      this.changed.push(track ? this.fake.model.fingerprint() !== before : false);
    }
    this.fake.largestResponse = Math.max(this.fake.largestResponse, this.responseBytes);
    if (limit !== null && this.responseBytes > limit) {
      for (const undo of this.loadedNow) undo();
      throw new FakeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${this.responseBytes} bytes of ${limit}).`);
    }
  }
}

function propList(props?: string | string[] | Record<string, unknown>): string[] | null {
  if (props === undefined) return null;
  const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : Object.keys(props);
  return list.map((p) => p.trim().replace(/^items\//, '')).filter(Boolean);
}

abstract class Obj<M> {
  _m: M | null | undefined = undefined;
  _isNull: boolean | undefined;
  _loaded = new Map<string, unknown>();
  constructor(readonly context: FakeContext, resolve: (() => M | null | undefined) | { model: M }, what: string, nullable = false) {
    if ('model' in resolve) {
      this._m = resolve.model;
      this._isNull = false;
    } else {
      context.queue(() => {
        const m = resolve();
        if (m == null && !nullable) throw new FakeError('ItemNotFound', `${what} was not found.`);
        this._m = m ?? null;
        this._isNull = m == null;
      });
    }
  }
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw new FakeError('PropertyNotLoaded', 'isNullObject is known only after context.sync().');
    return this._isNull;
  }
  model(): M {
    if (this._m == null) throw new FakeError('ItemNotFound', 'The object does not exist (a null object).');
    return this._m;
  }
  /** The object's properties (`want`: only those are needed; all when null). */
  protected abstract snapshot(m: M, want?: string[] | null): Record<string, unknown>;
  load(props?: string | string[] | Record<string, unknown>): this {
    const want = propList(props);
    this.context.queue(() => {
      if (this._m == null) {
        if (this._isNull) return; // loading a null object gives nothing, as in Office.js
        throw new FakeError('ItemNotFound', 'The object does not exist.');
      }
      const snap = this.snapshot(this._m, want);
      const keys = want ?? Object.keys(snap);
      let bytes = 0;
      for (const k of keys) {
        if (!(k in snap)) throw new FakeError('PropertyNotFound', `fake: property "${k}" is not modelled`);
        this._loaded.set(k, snap[k]);
        bytes += k.length + payloadBytes(snap[k]);
      }
      this.context.loadedValue(bytes, () => keys.forEach((k) => this._loaded.delete(k)));
    });
    return this;
  }
  /** Loads every property at once (for collection items, made while a sync runs). */
  loaded(): this {
    const snap = this.snapshot(this.model());
    for (const k of Object.keys(snap)) this._loaded.set(k, snap[k]);
    return this;
  }
  protected read<T>(k: string): T {
    if (!this._loaded.has(k)) throw new FakeError('PropertyNotLoaded', `The property "${k}" is not available. Call load and context.sync() first.`);
    return this._loaded.get(k) as T;
  }
  protected write(k: string, apply: (m: M) => void, value?: unknown): void {
    this._loaded.delete(k);
    this.context.queue(() => apply(this.model()), OP_BYTES + (value === undefined ? 0 : payloadBytes(value)));
  }
}

// ---------------------------------------------------------------- ranges

interface RangeModel {
  sheet: SheetModel;
  rect: Rect;
}

function grid<T>(rect: Rect, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: T[] = [];
    for (let j = 0; j < rect.cols; j++) row.push(f(rect.r + i, rect.c + j));
    out.push(row);
  }
  return out;
}

function spread(rect: Rect, v: unknown, what: string): unknown[][] {
  if (!Array.isArray(v)) return grid(rect, () => v);
  if (v.length !== rect.rows || v.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    const got = `${v.length}×${Array.isArray(v[0]) ? v[0].length : '?'}`;
    throw new FakeError('InvalidArgument', `The number of rows or columns in the input array (${got}) doesn't match the size of the range (${rect.rows}×${rect.cols}) [${what}].`);
  }
  return v as unknown[][];
}

export class FakeRange extends Obj<RangeModel> {
  constructor(ctx: FakeContext, resolve: (() => RangeModel | null | undefined) | { model: RangeModel }, nullable = false) {
    super(ctx, resolve, 'The range', nullable);
  }
  protected snapshot(m: RangeModel, want?: string[] | null) {
    const s = m.sheet;
    const all = {
      address: () => quoteSheet(s.name) + '!' + a1(m.rect),
      rowCount: () => m.rect.rows,
      columnCount: () => m.rect.cols,
      rowIndex: () => m.rect.r,
      columnIndex: () => m.rect.c,
      values: () => grid(m.rect, (r, c) => s.cell(r, c)?.value ?? ''),
      formulas: () => grid(m.rect, (r, c) => s.cell(r, c)?.formula ?? s.cell(r, c)?.value ?? ''),
      numberFormat: () => grid(m.rect, (r, c) => s.cell(r, c)?.numberFormat ?? 'General'),
      text: () => grid(m.rect, (r, c) => String(s.cell(r, c)?.value ?? '')),
    };
    const out: Record<string, unknown> = {};
    for (const k of want ?? Object.keys(all)) {
      if (!(k in all)) continue;
      if (['values', 'formulas', 'numberFormat', 'text'].includes(k) && m.rect.rows * m.rect.cols > MAX_GET_CELLS)
        throw new FakeError('RangeExceedsLimit', `The range has ${m.rect.rows * m.rect.cols} cells; a get operation takes at most ${MAX_GET_CELLS}.`);
      out[k] = all[k as keyof typeof all]();
    }
    return out;
  }
  get address(): string { return this.read('address'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get text(): string[][] { return this.read('text'); }
  get values(): unknown[][] { return this.read('values'); }
  set values(v: unknown[][]) {
    this.write('values', (m) => {
      m.sheet.checkWritable();
      const g = spread(m.rect, v, 'values');
      g.forEach((row, i) => row.forEach((x, j) => enter(m.sheet.ensure(m.rect.r + i, m.rect.c + j), x)));
    }, v);
  }
  get formulas(): unknown[][] { return this.read('formulas'); }
  set formulas(v: unknown[][]) {
    this.write('formulas', (m) => {
      m.sheet.checkWritable();
      const g = spread(m.rect, v, 'formulas');
      g.forEach((row, i) => row.forEach((x, j) => enter(m.sheet.ensure(m.rect.r + i, m.rect.c + j), x)));
    }, v);
  }
  get numberFormat(): string[][] { return this.read('numberFormat'); }
  set numberFormat(v: string[][]) {
    this.write('numberFormat', (m) => {
      const g = spread(m.rect, v, 'numberFormat');
      g.forEach((row, i) => row.forEach((x, j) => (m.sheet.ensure(m.rect.r + i, m.rect.c + j).numberFormat = String(x))));
    }, v);
  }
  private derive(f: (m: RangeModel) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this.model();
      const rect = f(m);
      if (rect.rows < 1 || rect.cols < 1 || rect.r < 0 || rect.c < 0) throw new FakeError('InvalidArgument', 'fake: range outside the sheet');
      return { sheet: m.sheet, rect };
    });
  }
  getCell(i: number, j: number): FakeRange { return this.derive((m) => ({ r: m.rect.r + i, c: m.rect.c + j, rows: 1, cols: 1 })); }
  getRow(i: number): FakeRange { return this.derive((m) => ({ r: m.rect.r + i, c: m.rect.c, rows: 1, cols: m.rect.cols })); }
  getColumn(j: number): FakeRange { return this.derive((m) => ({ r: m.rect.r, c: m.rect.c + j, rows: m.rect.rows, cols: 1 })); }
  getLastRow(): FakeRange { return this.derive((m) => ({ r: m.rect.r + m.rect.rows - 1, c: m.rect.c, rows: 1, cols: m.rect.cols })); }
  getResizedRange(dr: number, dc: number): FakeRange { return this.derive((m) => ({ ...m.rect, rows: m.rect.rows + dr, cols: m.rect.cols + dc })); }
  getOffsetRange(dr: number, dc: number): FakeRange { return this.derive((m) => ({ ...m.rect, r: m.rect.r + dr, c: m.rect.c + dc })); }
  getAbsoluteResizedRange(rows: number, cols: number): FakeRange { return this.derive((m) => ({ ...m.rect, rows, cols })); }
  /** The cells both ranges hold (Excel: InvalidArgument when they share none). */
  getIntersection(other: FakeRange): FakeRange {
    return this.derive((m) => {
      const o = other.model();
      if (o.sheet !== m.sheet) throw new FakeError('InvalidArgument', 'The ranges are on different sheets.');
      const r = Math.max(m.rect.r, o.rect.r), c = Math.max(m.rect.c, o.rect.c);
      const r2 = Math.min(m.rect.r + m.rect.rows, o.rect.r + o.rect.rows), c2 = Math.min(m.rect.c + m.rect.cols, o.rect.c + o.rect.cols);
      if (r2 <= r || c2 <= c) throw new FakeError('InvalidArgument', 'The ranges do not intersect.');
      return { r, c, rows: r2 - r, cols: c2 - c };
    });
  }
  get worksheet(): FakeWorksheet { return new FakeWorksheet(this.context, () => this.model().sheet, 'sheet'); }
  get format(): FakeRangeFormat { return new FakeRangeFormat(this); }
  /** ExcelApi 1.2: merges the range into one cell, or each of its rows when `across`. */
  merge(across = false): void {
    this.context.queue(() => {
      const m = this.model();
      m.sheet.checkWritable();
      const { r, c, rows, cols } = m.rect;
      m.sheet.merges = m.sheet.merges.filter((x) => !overlapsRect(x, m.rect));
      if (across) for (let i = 0; i < rows; i++) m.sheet.merges.push({ r: r + i, c, rows: 1, cols });
      else m.sheet.merges.push({ r, c, rows, cols });
    });
  }
  /** ExcelApi 1.2: splits every merged area the range touches. */
  unmerge(): void {
    this.context.queue(() => {
      const m = this.model();
      m.sheet.merges = m.sheet.merges.filter((x) => !overlapsRect(x, m.rect));
    });
  }
  get dataValidation(): FakeDataValidation { return new FakeDataValidation(this); }
  get conditionalFormats(): FakeConditionalFormats { return new FakeConditionalFormats(this); }
}

class FakeRangeFormat {
  constructor(private range: FakeRange) {}
  private each(f: (cell: CellModel) => void) {
    this.range.context.queue(() => {
      const m = this.range.model();
      grid(m.rect, (r, c) => f(m.sheet.ensure(r, c)));
    });
  }
  set columnWidth(w: number) {
    this.range.context.queue(() => {
      const m = this.range.model();
      for (let j = 0; j < m.rect.cols; j++) m.sheet.columnWidths.set(m.rect.c + j, w);
    });
  }
  set wrapText(_w: boolean) { this.each(() => {}); }
  get font() {
    const each = (f: (c: CellModel) => void) => this.each(f);
    return {
      set bold(b: boolean) { each((c) => (c.bold = b)); },
      set italic(b: boolean) { each((c) => (c.italic = b)); },
      set size(n: number) { each((c) => (c.fontSize = n)); },
      set color(col: string) { each((c) => (c.fontColor = col)); },
    };
  }
  get fill() {
    const each = (f: (c: CellModel) => void) => this.each(f);
    return { set color(col: string) { each((c) => (c.fill = col)); } };
  }
  autofitColumns(): void { this.each(() => {}); }
}

class FakeDataValidation extends Obj<RangeModel> {
  constructor(private range: FakeRange) {
    super(range.context, () => range.model(), 'The range');
  }
  protected snapshot(m: RangeModel) {
    const rules = grid(m.rect, (r, c) => m.sheet.cell(r, c)?.validation);
    const first = JSON.stringify(rules[0][0] ?? null);
    const same = rules.every((row) => row.every((x) => JSON.stringify(x ?? null) === first));
    const rule = rules[0][0] as Record<string, unknown> | undefined;
    return {
      rule: same ? rule ?? {} : null,
      type: !same ? 'Inconsistent' : !rule ? 'None' : rule.list ? 'List' : Object.keys(rule)[0],
      valid: true,
    };
  }
  get rule(): unknown { return this.read('rule'); }
  set rule(rule: unknown) {
    this.write('rule', (m) => {
      const json = JSON.parse(JSON.stringify(rule));
      for (const row of grid(m.rect, (r, c) => m.sheet.cell(r, c)?.validation)) {
        if (row.some((x) => x !== undefined)) throw new FakeError('InvalidOperation', 'fake: the range already has data validation; clear() it first');
      }
      grid(m.rect, (r, c) => (m.sheet.ensure(r, c).validation = json));
    });
  }
  get type(): string { return this.read('type'); }
  /** The input message shown when a cell is selected: Excel takes a title of ≤ 32 and a message of ≤ 255 characters. */
  set prompt(p: { showPrompt?: boolean; title?: string; message?: string }) {
    this.write('prompt', (m) => {
      if ((p.title ?? '').length > 32 || (p.message ?? '').length > 255) throw new FakeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      const json = JSON.parse(JSON.stringify(p));
      grid(m.rect, (r, c) => (m.sheet.ensure(r, c).validationPrompt = json));
    });
  }
  set errorAlert(alert: unknown) {
    this.write('errorAlert', (m) => {
      const json = JSON.parse(JSON.stringify(alert));
      grid(m.rect, (r, c) => (m.sheet.ensure(r, c).validationAlert = json));
    });
  }
  clear(): void {
    this.context.queue(() => {
      const m = this.model();
      grid(m.rect, (r, c) => { const cell = m.sheet.ensure(r, c); delete cell.validation; delete cell.validationAlert; delete cell.validationPrompt; });
    });
  }
}

class FakeConditionalFormats {
  constructor(private range: FakeRange) {}
  add(type: string): FakeConditionalFormat {
    const range = this.range;
    return new FakeConditionalFormat(range.context, () => {
      const m = range.model();
      const cf: CondFormatModel = { id: 0, rect: { ...m.rect }, type, rule: {}, format: {} };
      m.sheet.condFormats.push(cf);
      return { sheet: m.sheet, cf };
    }, 'conditional format');
  }
  getCount(): { value: number } {
    const out = { value: -1 };
    this.range.context.queue(() => {
      const m = this.range.model();
      out.value = m.sheet.condFormats.filter((cf) => overlapsRect(cf.rect, m.rect)).length;
    });
    return out;
  }
  clearAll(): void {
    this.range.context.queue(() => {
      const m = this.range.model();
      m.sheet.condFormats = m.sheet.condFormats.filter((cf) => !overlapsRect(cf.rect, m.rect));
    });
  }
}

function overlapsRect(a: Rect, b: Rect) {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}

class FakeConditionalFormat extends Obj<{ sheet: SheetModel; cf: CondFormatModel }> {
  protected snapshot(m: { cf: CondFormatModel }) {
    return { type: m.cf.type, id: String(m.cf.id) };
  }
  private part(kind: 'custom' | 'cellValue' | 'containsText') {
    const me = this;
    const rule = new Proxy({}, {
      set(_t, k: string, v) {
        me.context.queue(() => { me.model().cf.rule[k] = v; });
        return true;
      },
    });
    return {
      get rule() { return rule; },
      set rule(r: Record<string, unknown>) { me.context.queue(() => { me.model().cf.rule = { ...r }; }); },
      format: {
        fill: { set color(c: string) { me.context.queue(() => { me.model().cf.format.fill = c; }); } },
        font: {
          set color(c: string) { me.context.queue(() => { me.model().cf.format.font = c; }); },
          set bold(b: boolean) { me.context.queue(() => { me.model().cf.format.bold = b; }); },
        },
      },
      kind,
    };
  }
  get custom() { return this.part('custom'); }
  get cellValue() { return this.part('cellValue'); }
  get textComparison() { return this.part('containsText'); }
  getRange(): FakeRange { return new FakeRange(this.context, () => ({ sheet: this.model().sheet, rect: this.model().cf.rect })); }
}

// ---------------------------------------------------------------- tables

export class FakeTable extends Obj<TableModel> {
  protected snapshot(t: TableModel) {
    return { name: t.name, id: String(t.id), style: t.style, showTotals: false, showHeaders: true };
  }
  get name(): string { return this.read('name'); }
  set name(n: string) { this.write('name', (t) => this.context.fake.model.renameTable(t, n)); }
  get style(): string { return this.read('style'); }
  set style(s: string) { this.write('style', (t) => (t.style = s)); }
  get id(): string { return this.read('id'); }
  private rng(f: (t: TableModel) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.model();
      return { sheet: t.sheet, rect: f(t) };
    });
  }
  getRange(): FakeRange { return this.rng(tableRect); }
  getHeaderRowRange(): FakeRange { return this.rng((t) => ({ r: t.r, c: t.c, rows: 1, cols: t.cols })); }
  getDataBodyRange(): FakeRange { return this.rng((t) => ({ r: t.r + 1, c: t.c, rows: t.rows, cols: t.cols })); }
  get worksheet(): FakeWorksheet { return new FakeWorksheet(this.context, () => this.model().sheet, 'sheet'); }
  /**
   * `Table.onChanged` (ExcelApi 1.7): a handler added (after a sync) runs with `TableChangedEventArgs`
   * when the table's data change. Excel raises it for the add-in's own writes too; the fake raises it
   * for `FakeExcel.userEdit` only (a handler must therefore be harmless after a save: tests check that).
   */
  get onChanged() {
    const me = this;
    return {
      add(handler: (e: TableChangedArgs) => Promise<unknown> | unknown) {
        const reg = { table: -1, handler };
        me.context.queue(() => {
          reg.table = me.model().id;
          me.context.fake.tableHandlers.push(reg);
        });
        return { remove: () => me.context.queue(() => (me.context.fake.tableHandlers = me.context.fake.tableHandlers.filter((x) => x !== reg))) };
      },
    };
  }
  get rows() {
    const me = this;
    return {
      add(index?: number | null, values?: unknown[][]) {
        if (index !== undefined && index !== null) throw new FakeError('NotImplemented', 'fake: rows.add at an index');
        me.context.queue(() => me.context.fake.model.addRows(me.model(), values ?? [new Array(me.model().cols).fill('')]), OP_BYTES + payloadBytes(values ?? null));
        return {};
      },
      getCount() {
        const out = { value: -1 };
        me.context.queue(() => (out.value = me.model().rows));
        return out;
      },
    };
  }
  get columns() {
    const me = this;
    const col = (name: string, nullable: boolean) =>
      new FakeTableColumn(me.context, () => {
        const t = me.model();
        const i = me.context.fake.model.headers(t).findIndex((h) => h.toLowerCase() === name.toLowerCase());
        return i < 0 ? null : { t, i };
      }, `The column "${name}"`, nullable);
    return {
      add(index?: number | null, values?: unknown, name?: string) {
        if (index !== undefined && index !== null) throw new FakeError('NotImplemented', 'fake: columns.add at an index');
        if (values !== undefined && values !== null) throw new FakeError('NotImplemented', 'fake: columns.add with values');
        me.context.queue(() => me.context.fake.model.addColumn(me.model(), name ?? 'Column' + (me.model().cols + 1)));
        return col(name ?? '', true);
      },
      getItem: (name: string) => col(name, false),
      getItemOrNullObject: (name: string) => col(name, true),
    };
  }
}

class FakeTableColumn extends Obj<{ t: TableModel; i: number }> {
  protected snapshot(m: { t: TableModel; i: number }) {
    return { name: String(m.t.sheet.cell(m.t.r, m.t.c + m.i)?.value ?? ''), index: m.i };
  }
  get name(): string { return this.read('name'); }
  get index(): number { return this.read('index'); }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { t, i } = this.model();
      return { sheet: t.sheet, rect: { r: t.r + 1, c: t.c + i, rows: t.rows, cols: 1 } };
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { t, i } = this.model();
      return { sheet: t.sheet, rect: { r: t.r, c: t.c + i, rows: 1, cols: 1 } };
    });
  }
}

/** Collections: `items` after load; each item is bound to its model. */
class FakeCollection<T> {
  private _items: T[] | undefined;
  constructor(private context: FakeContext, private list: () => T[]) {}
  load(_props?: unknown): this {
    this.context.queue(() => (this._items = this.list()));
    return this;
  }
  get items(): T[] {
    if (!this._items) throw new FakeError('PropertyNotLoaded', 'items is available only after load and context.sync().');
    return this._items;
  }
}

class FakeTables extends FakeCollection<FakeTable> {
  constructor(private ctx: FakeContext, private sheet: (() => SheetModel) | null) {
    super(ctx, () => {
      const s = sheet?.();
      return ctx.fake.model.tables.filter((t) => !s || t.sheet === s).map((t) => {
        return new FakeTable(ctx, { model: t }, 'table').loaded();
      });
    });
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    return new FakeTable(this.ctx, () => {
      const wb = this.ctx.fake.model;
      let sheet: SheetModel | undefined;
      let rect: Rect;
      if (address instanceof FakeRange) {
        ({ sheet, rect } = address.model());
      } else {
        const p = parseAddress(address);
        rect = p.rect;
        sheet = p.sheet !== undefined ? wb.sheet(p.sheet) : this.sheet?.();
        if (!sheet) throw new FakeError('InvalidArgument', `fake: tables.add needs a sheet in "${address}"`);
      }
      return wb.addTable(sheet, rect, hasHeaders);
    }, 'table');
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.find(name), `The table "${name}"`);
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.find(name), `The table "${name}"`, true);
  }
  private find(name: string) {
    const t = this.ctx.fake.model.table(name);
    const s = this.sheet?.();
    return t && (!s || t.sheet === s) ? t : null;
  }
}

// ---------------------------------------------------------------- charts, names

class FakeChart extends Obj<{ sheet: SheetModel; chart: ChartModel }> {
  protected snapshot(m: { chart: ChartModel }) {
    return { name: m.chart.name, chartType: m.chart.type };
  }
  get name(): string { return this.read('name'); }
  set name(n: string) { this.write('name', (m) => (m.chart.name = n)); }
  get title() {
    const me = this;
    return { set text(s: string) { me.context.queue(() => (me.model().chart.title = s)); } };
  }
  /** Places the chart over the cells from `start` to `end` (A1 addresses or ranges of its sheet). */
  setPosition(start: unknown, end?: unknown): void {
    const a1 = (x: unknown) => (typeof x === 'string' ? x : x instanceof FakeRange ? a1Of(x) : String(x));
    this.context.queue(() => {
      const m = this.model();
      const s = a1(start);
      parseAddress(s); // a bad address fails the sync, as in Excel
      m.chart.position = { start: s, end: end === undefined ? s : a1(end) };
    });
  }
  get legend() {
    const me = this;
    return { set visible(v: boolean) { me.context.queue(() => (me.model().chart.legend = v)); } };
  }
  /** Removes the chart from its sheet. */
  delete(): void {
    this.context.queue(() => {
      const m = this.model();
      m.sheet.charts = m.sheet.charts.filter((c) => c !== m.chart);
    });
  }
}

function a1Of(r: FakeRange): string {
  const m = r.model();
  return a1(m.rect);
}

class FakeCharts extends FakeCollection<FakeChart> {
  constructor(private ctx: FakeContext, private sheet: () => SheetModel) {
    super(ctx, () => sheet().charts.map((c) => new FakeChart(ctx, { model: { sheet: sheet(), chart: c } }, 'chart').loaded()));
  }
  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    return new FakeChart(this.ctx, () => {
      if (this.ctx.fake.unsupportedCharts.has(type)) throw new FakeError('InvalidArgument', `This version of Excel cannot make a ${type} chart.`);
      const s = this.sheet();
      const src = source.model();
      const chart: ChartModel = { name: 'Chart ' + (s.charts.length + 1), type, source: src.rect, seriesBy, title: '' };
      s.charts.push(chart);
      return { sheet: s, chart };
    }, 'chart');
  }
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.ctx, () => {
      const s = this.sheet();
      const c = s.charts.find((x) => x.name === name);
      return c ? { sheet: s, chart: c } : null;
    }, `The chart "${name}"`, true);
  }
}

class FakeNamedItem extends Obj<NameModel> {
  protected snapshot(n: NameModel) {
    const formula = n.sheet && n.rect ? '=' + quoteSheet(n.sheet.name) + '!' + absolute(a1(n.rect)) : n.formula ?? '';
    return { name: n.name, type: n.sheet ? 'Range' : 'String', formula, comment: n.comment };
  }
  delete(): void {
    this.context.queue(() => {
      const wb = this.context.fake.model;
      wb.names = wb.names.filter((x) => x !== this.model());
    });
  }
  get name(): string { return this.read('name'); }
  get formula(): string { return this.read('formula'); }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const n = this.model();
      if (!n.sheet || !n.rect) throw new FakeError('InvalidOperation', `The name "${n.name}" is not a range.`);
      return { sheet: n.sheet, rect: n.rect };
    });
  }
}

function absolute(addr: string): string {
  return addr.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

class FakeNames extends FakeCollection<FakeNamedItem> {
  constructor(private ctx: FakeContext) {
    super(ctx, () => ctx.fake.model.names.map((n) => new FakeNamedItem(ctx, { model: n }, 'name').loaded()));
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const wb = this.ctx.fake.model;
      if (reference instanceof FakeRange) return wb.addName(name, reference.model(), comment ?? '');
      if (/^=?('[^']+'|[A-Za-z_][\w.]*)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(reference)) {
        const p = parseAddress(reference.replace(/^=/, ''));
        const sheet = wb.sheet(p.sheet!);
        if (!sheet) throw new FakeError('InvalidArgument', `No sheet "${p.sheet}" for the name "${name}".`);
        return wb.addName(name, { sheet, rect: p.rect }, comment ?? '');
      }
      if (!reference.startsWith('=')) throw new FakeError('InvalidArgument', `fake: a name's formula starts with "=" (got "${reference}")`);
      return wb.addName(name, { formula: reference }, comment ?? '');
    }, 'name');
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.fake.model.name(name) ?? null, `The name "${name}"`, true);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.fake.model.name(name) ?? null, `The name "${name}"`);
  }
}

// ---------------------------------------------------------------- sheets, workbook

class FakeProtection extends Obj<SheetModel> {
  protected snapshot(s: SheetModel) {
    return { protected: s.protected };
  }
  get protected(): boolean { return this.read('protected'); }
}

export class FakeWorksheet extends Obj<SheetModel> {
  protected snapshot(s: SheetModel) {
    return { name: s.name, position: this.context.fake.model.sheets.indexOf(s), visibility: s.visibility, tabColor: s.tabColor, id: s.name };
  }
  get name(): string { return this.read('name'); }
  set name(n: string) {
    this.write('name', (s) => {
      const other = this.context.fake.model.sheet(n);
      if (other && other !== s) throw new FakeError('ItemAlreadyExists', `A sheet named "${n}" already exists.`);
      s.name = n;
    });
  }
  get position(): number { return this.read('position'); }
  get visibility(): string { return this.read('visibility'); }
  set visibility(v: string) { this.write('visibility', (s) => (s.visibility = v)); }
  set tabColor(v: string) { this.write('tabColor', (s) => (s.tabColor = v)); }
  getRange(address = ''): FakeRange {
    return new FakeRange(this.context, () => {
      const p = parseAddress(address || 'A1:XFD1048576');
      return { sheet: this.model(), rect: p.rect };
    });
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.model(), rect: { r, c, rows, cols } }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const u = this.model().used();
      return u ? { sheet: this.model(), rect: u } : null;
    }, true);
  }
  get tables(): FakeTables { return new FakeTables(this.context, () => this.model()); }
  get charts(): FakeCharts { return new FakeCharts(this.context, () => this.model()); }
  get freezePanes() {
    const me = this;
    return { freezeRows(n: number) { me.context.queue(() => (me.model().frozenRows = n)); } };
  }
  activate(): void { this.context.queue(() => void this.model()); }
  get protection(): FakeProtection { return new FakeProtection(this.context, () => this.model(), 'sheet'); }
}

class FakeWorksheets extends FakeCollection<FakeWorksheet> {
  constructor(private ctx: FakeContext) {
    super(ctx, () => ctx.fake.model.sheets.map((s) => new FakeWorksheet(ctx, { model: s }, 'sheet').loaded()));
  }
  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.fake.model.addSheet(name), 'sheet');
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.fake.model.sheet(name), `The sheet "${name}"`);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.fake.model.sheet(name), `The sheet "${name}"`, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.fake.model.sheets[0], 'active sheet');
  }
}

export class FakeWorkbook {
  worksheets: FakeWorksheets;
  tables: FakeTables;
  names: FakeNames;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx, null);
    this.names = new FakeNames(ctx);
  }
}

/** `Excel.TableChangedEventArgs` (the fields the fake gives). */
export interface TableChangedArgs {
  type: 'TableChanged';
  changeType: string;
  source: 'Local' | 'Remote';
  tableId: string;
  worksheetId: string;
  address: string;
}

/** The fake `Excel` namespace object plus the test's view of the workbook. */
export class FakeExcel {
  model = new WorkbookModel();
  /** Every context.sync() of every run. */
  syncs = 0;
  /** Syncs per Excel.run, in order. */
  runs: number[] = [];
  /** Chart types this "Excel version" refuses (to test fallbacks). */
  unsupportedCharts = new Set<string>();
  /** Per Excel.run: which of its syncs changed the workbook (e.g. [false, false, true]). */
  changes: boolean[][] = [];
  /**
   * Whether each sync records if it changed the workbook (`changes`: a fingerprint of the whole
   * workbook before and after — slow on large workbooks, where a test may switch it off).
   */
  trackChanges = true;
  /** The cap on one request and one response (Excel on the web: 5 MB); null for none (desktop). */
  payloadLimit: number | null = 5 * 1024 * 1024;
  /** The largest request and response of any sync so far (bytes). */
  largestRequest = 0;
  largestResponse = 0;
  /** The handlers added with `Table.onChanged.add`, by table id. */
  tableHandlers: { table: number; handler: (e: TableChangedArgs) => Promise<unknown> | unknown }[] = [];
  constructor() {
    this.model.addSheet('Sheet1');
  }
  /**
   * A user's edit of table `name`: `values` typed (or pasted) from its data row `row`, column `col`
   * (0-based), as typed input; then the table's onChanged handlers run with `source` `Local` (this
   * user's edit) or `Remote` (a co-author's, as their edit reaches this copy) and are awaited.
   */
  async userEdit(name: string, row: number, col: number, values: unknown[][], source: 'Local' | 'Remote' = 'Local'): Promise<void> {
    const t = this.model.table(name);
    if (!t) throw new Error(`no table ${name}`);
    values.forEach((r, i) => r.forEach((v, j) => enter(t.sheet.ensure(t.r + 1 + row + i, t.c + col + j), v as string)));
    const e: TableChangedArgs = { type: 'TableChanged', changeType: 'RangeEdited', source, tableId: String(t.id), worksheetId: String(t.sheet.name), address: `R${t.r + 2 + row}C${t.c + 1 + col}` };
    for (const h of this.tableHandlers.filter((x) => x.table === t.id)) await h.handler(e);
  }
  run = async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    try {
      const out = await batch(ctx);
      if (ctx.ops.length) throw new Error(`fake: ${ctx.ops.length} queued operation(s) were never synced`);
      return out;
    } finally {
      this.runs.push(ctx.syncs);
      this.changes.push(ctx.changed);
    }
  };
  // Enumerations the add-in reads from the Excel namespace.
  ChartType = { funnel: 'Funnel', barClustered: 'BarClustered', columnClustered: 'ColumnClustered' };
  ChartSeriesBy = { auto: 'Auto', columns: 'Columns', rows: 'Rows' };
  ConditionalFormatType = { custom: 'Custom', cellValue: 'CellValue', containsText: 'ContainsText' };
  ConditionalCellValueOperator = { greaterThan: 'GreaterThan', lessThan: 'LessThan', between: 'Between', equalTo: 'EqualTo', greaterThanOrEqual: 'GreaterThanOrEqual', lessThanOrEqual: 'LessThanOrEqual' };
  SheetVisibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };
  DataValidationOperator = { between: 'Between', greaterThanOrEqualTo: 'GreaterThanOrEqualTo', lessThanOrEqualTo: 'LessThanOrEqualTo', greaterThan: 'GreaterThan' };
  DataValidationAlertStyle = { stop: 'Stop', warning: 'Warning', information: 'Information' };
}

/** `Office.context.document.settings`, in memory (saveAsync persists into `saved`). */
export class FakeSettings {
  private live = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.live.has(name) ? this.live.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  saveAsync(cb?: (r: { status: string }) => void): void {
    this.saved = new Map(this.live);
    this.saves++;
    queueMicrotask(() => cb?.({ status: 'succeeded' }));
  }
}

/**
 * One user's browser storage (window.localStorage: https://developer.mozilla.org/docs/Web/API/Window/localStorage):
 * strings by key, private to that user's browser — unlike the document's settings, which every user of
 * the workbook shares (`FakeSettings`).
 */
export class FakeStorage {
  data = new Map<string, string>();
  getItem(k: string): string | null {
    return this.data.has(k) ? this.data.get(k)! : null;
  }
  setItem(k: string, v: string): void {
    this.data.set(String(k), String(v));
  }
  removeItem(k: string): void {
    this.data.delete(k);
  }
}
