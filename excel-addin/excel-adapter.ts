/**
 * The forms' host in Excel (`FormHost` on `Excel.run`). It only reads, calls core, and writes:
 * - tables are found by their Excel table name (`KA_…`), never by sheet title;
 * - a command runs in ONE Excel.run: two syncs read the tables it declares (plus the audit log), core
 *   decides, and every write goes out in a single final sync — or, when core refuses, nothing is queued;
 *   a large table is read in pages (a bounded number of rows per sync), so no request or response comes
 *   near Excel on the web's 5 MB cap (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * - appended rows fill the table's trailing blank rows first (a new Excel table has one), then grow it;
 * - an update writes only the cells core changed (so formulas in the user's own columns survive);
 * - text is written so Excel keeps it as text: into a cell formatted as text (`@`, which set-up gives
 *   every text column) as it is; elsewhere core's `'` before formula-looking text stays (Excel's "this is
 *   text" prefix), and text that Excel would turn into a number or date in a text column (`00123`,
 *   `2026-1-2`) gets the same mark.
 */
import { dateToSerial, looksLikeFormula, type Cell } from '../core/cell';
import type { L10n, Lang } from '../core/i18n';
import { tableFromGrid } from '../core/schema/read';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { ColumnType, TableData, TableId, Workbook } from '../core/schema/types';
import type { CommandCtx, CommandName, CommandResult, CommandSpec, FormData, ViewName, Write } from '../core/commands/types';
import type { FormHost, ImportSource, SourceValues } from '../ui/host';
import { importSources, readSource } from './import-source';
import type { ActorStore } from './actor';
import type { ExcelRun } from './excel-run';
import { settingsLang } from './lang';

/** What the adapter needs from core (handed in by the task pane; tests hand in the same functions). */
export interface CoreForms {
  command(name: CommandName): Pick<CommandSpec, 'reads' | 'run'>;
  formDataReads: readonly TableId[];
  formData(wb: Workbook, actor: string, lang: Lang): FormData;
  viewReads(name: ViewName): readonly TableId[];
  view(name: ViewName, wb: Workbook, input: Record<string, unknown>, ctx: CommandCtx): unknown;
}

export interface ExcelHostDeps {
  run: ExcelRun;
  /** Who the user is (their Team person, kept per user: actor.ts). */
  actor: ActorStore;
  core: CoreForms;
  /** Excel's editing language: the workbook's language until its Settings table says otherwise. */
  lang(): Lang;
  /** The user's local time, ISO with its offset (ui/local-time.ts; core reads no clock). */
  now(): string;
}

interface ReadTable {
  table: Excel.Table;
  /** As core gets it: every row for a table the command reads; only the header (no rows) for the others. */
  data: TableData;
  /** Data rows in the Excel table (blank ones included). */
  bodyRows: number;
  /** Data rows up to the last non-blank one: appends go right after. */
  used: number;
  /** Columns of the Excel table. */
  cols: number;
  /** Its sheet's title and whether the sheet is protected (Excel would refuse the write). */
  sheet: { name: string; protected: boolean };
  /** The number format of each column, as its last data row has it (rows added below inherit it). */
  formats: string[];
}

/** Excel's text number format: a cell formatted so keeps a string as it is. */
export const TEXT_FORMAT = '@';

const TEXT_TYPES = new Set<ColumnType>(['id', 'text', 'longtext', 'email', 'person', 'customer', 'opportunity']);
/** Signed numbers Excel takes as numbers, not formulas (`-5`, `+1.5e3`). */
const PLAIN_NUMBER = /^[+-](\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Text Excel would store as a number, a date or a boolean. */
const EXCEL_COERCES = /^\s*([+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?|\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s.*)?|true|false)\s*$/i;

/**
 * A cell value as Excel should receive it for a column of `type` (undefined: a user's own column), into
 * a cell of number format `format`. Core marks text that begins with an apostrophe or looks like a
 * formula with one leading `'` (read.ts `cellValue`): Excel's text prefix, which Excel drops in every
 * number format, so the mark stays. Excel reads `'=x` back as `=x` (office-js#6687), so a whole-row
 * update re-writing cells as read would turn such text into a formula: every formula-looking text gets
 * the apostrophe here. A cell formatted as text (`@`) keeps any other string as it is; elsewhere text
 * Excel would turn into a number, date or boolean in a text column gets the prefix too.
 */
export function excelValue(v: Cell, type?: ColumnType, format?: string): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v !== 'string') return v;
  if (v.startsWith("'")) return v;
  if (format === TEXT_FORMAT) return v;
  // Never a formula: text read back from a cell (`'=x` reads as `=x`) and written again stays text.
  if (looksLikeFormula(v) && !PLAIN_NUMBER.test(v)) return "'" + v;
  if ((type === undefined || TEXT_TYPES.has(type)) && EXCEL_COERCES.test(v)) return "'" + v;
  return v;
}

const MISSING: L10n = {
  en: 'The workbook has no {tables} table. Press "Set up" on the Key accounts ribbon first; nothing was saved.',
  zh: '工作簿中没有 {tables} 表。请先点击"大客户"功能区上的"设置工作簿";未保存任何内容。',
  zhHant: '活頁簿中沒有 {tables} 表。請先點擊「大客戶」功能區上的「設定活頁簿」;未儲存任何內容。',
};
const PROTECTED: L10n = {
  en: 'The sheet {tables} is protected, so nothing was saved. Unprotect it (Review › Unprotect Sheet) and save again.',
  zh: '工作表 {tables} 受保护,未保存任何内容。请先取消保护(审阅 › 撤消工作表保护)后再保存。',
  zhHant: '工作表 {tables} 受保護,未儲存任何內容。請先取消保護(校閱 › 取消保護工作表)後再儲存。',
};
const NO_ACTOR: L10n = {
  en: 'Choose who you are (your name in the Team sheet) at the top of the pane first; nothing was saved.',
  zh: '请先在窗格顶部选择您是谁(销售团队表中的姓名);未保存任何内容。',
  zhHant: '請先在窗格頂部選擇您是誰(銷售團隊表中的姓名);未儲存任何內容。',
};

const fillL = (l: L10n, tables: string): L10n => ({
  en: l.en.replace('{tables}', tables),
  zh: l.zh.replace('{tables}', tables),
  zhHant: l.zhHant?.replace('{tables}', tables),
});

/** A read's pages aim at this many bytes each: well under Excel on the web's 5 MB per response. */
export const PAGE_BYTES = 2 * 1024 * 1024;
/** Rows of each table read together with its size, before anything is known of its rows. */
export const FIRST_PAGE_ROWS = 1000;

/** The size of `v` as it travels between the add-in and Excel (JSON). */
function bytesOf(v: unknown): number {
  return JSON.stringify(v)?.length ?? 0;
}

/**
 * Reads the tables `full` (every row) and the header and size of the tables `light` (those a command
 * may write without reading them), in two syncs when the tables are small: the first finds them, the
 * second loads each header, size, last row (values and number formats) and the first rows of the
 * tables read whole; a table with more rows is read on in pages sized to `PAGE_BYTES` from what its
 * first rows weighed, one sync each. Missing tables are left out of the result. Of a light table only
 * a blank last row (a new Excel table has one) is known to be free.
 */
export async function readTables(ctx: Excel.RequestContext, full: readonly TableId[], light: readonly TableId[] = []): Promise<Map<TableId, ReadTable>> {
  const ids = [...full, ...light.filter((id) => !full.includes(id))];
  const probes = ids.map((id) => ctx.workbook.tables.getItemOrNullObject(tableSpec(id).name));
  await ctx.sync();
  const loads = probes.map((p, i) => {
    if (p.isNullObject) return null;
    // Header and body separately: a totals row the user switched on is not data.
    const body = p.getDataBodyRange();
    return {
      sheet: p.worksheet.load('name'),
      protection: p.worksheet.protection.load('protected'),
      header: p.getHeaderRowRange().load('values'),
      body: body.load('rowCount'),
      last: body.getLastRow().load('values, numberFormat'),
      first: i < full.length ? body.getRow(0).getResizedRange(FIRST_PAGE_ROWS - 1, 0).getIntersection(body).load('values') : null,
    };
  });
  await ctx.sync();
  const out = new Map<TableId, ReadTable>();
  for (let i = 0; i < ids.length; i++) {
    const l = loads[i];
    if (!l) continue;
    const id = ids[i];
    const sheet = { name: l.sheet.name, protected: l.protection.protected };
    const header = l.header.values as Cell[][];
    const bodyRows = l.body.rowCount;
    const formats = (l.last.numberFormat[0] ?? []).map(String);
    if (l.first) {
      const rows = (l.first.values as Cell[][]).slice(0, bodyRows);
      // The rest in pages: rows per sync from what the first rows weighed.
      const perRow = Math.max(1, bytesOf(rows) / Math.max(1, rows.length));
      const pageRows = Math.max(1, Math.floor(PAGE_BYTES / perRow));
      for (let at = rows.length; at < bodyRows; ) {
        const n = Math.min(pageRows, bodyRows - at);
        const page = probes[i].getDataBodyRange().getRow(at).getResizedRange(n - 1, 0).load('values');
        await ctx.sync();
        for (const r of page.values as Cell[][]) rows.push(r);
        at += n;
      }
      const data = tableFromGrid(tableSpec(id), [...header, ...rows]);
      out.set(id, { table: probes[i], data, bodyRows, used: data.rows.length, cols: header[0]?.length ?? 0, sheet, formats });
    } else {
      const lastBlank = (l.last.values[0] as Cell[]).every((v) => v === '' || v === null);
      out.set(id, { table: probes[i], data: tableFromGrid(tableSpec(id), header), bodyRows, used: bodyRows - (lastBlank ? 1 : 0), cols: header[0]?.length ?? 0, sheet, formats });
    }
  }
  return out;
}

/** Queues every write (no sync): appends into trailing blank rows first, then new rows; updates cell by cell. */
export function queueWrites(tables: Map<TableId, ReadTable>, writes: readonly Write[]): void {
  const next = new Map<TableId, number>();
  for (const w of writes) {
    const t = tables.get(w.table);
    if (!t) throw new Error(`core wrote to ${w.table}, which the command did not read`);
    const types = columnTypes(t.data, t.cols);
    const shape = (row: readonly Cell[]) => Array.from({ length: t.cols }, (_, j) => excelValue(row[j], types[j], t.formats[j]));
    if (w.kind === 'append') {
      if (!w.rows.length) continue;
      const at = next.get(w.table) ?? t.used;
      const blanks = Math.max(0, t.bodyRows - at);
      const into = w.rows.slice(0, blanks).map(shape);
      const rest = w.rows.slice(blanks).map(shape);
      if (into.length) t.table.getDataBodyRange().getRow(at).getResizedRange(into.length - 1, 0).values = into;
      if (rest.length) t.table.rows.add(undefined, rest);
      next.set(w.table, at + w.rows.length);
      if (rest.length) t.bodyRows = at + w.rows.length;
    } else {
      if (w.row < 0 || w.row >= t.bodyRows) throw new Error(`core updated row ${w.row} of ${w.table}, which has ${t.bodyRows}`);
      const changed = (w as { changed?: number[] }).changed;
      const values = shape(w.values);
      const body = t.table.getDataBodyRange();
      if (changed) for (const j of changed) body.getCell(w.row, j).values = [[values[j]]];
      else body.getRow(w.row).values = [values];
    }
  }
}

/** The schema type of each Excel column of `t` (undefined for the user's own columns). */
function columnTypes(t: TableData, cols: number): (ColumnType | undefined)[] {
  const out: (ColumnType | undefined)[] = new Array(cols).fill(undefined);
  for (const c of t.spec.columns) {
    const j = t.col[c.key];
    if (j >= 0 && j < cols) out[j] = c.type;
  }
  return out;
}

/** `ids` and the Settings table (its `language` row says which language the workbook speaks). */
function withSettings(ids: readonly TableId[]): TableId[] {
  return ids.includes('settings') ? [...ids] : [...ids, 'settings'];
}

export function workbookOf(tables: Map<TableId, ReadTable>): Workbook {
  const wb: Workbook = {};
  for (const [id, t] of tables) wb[id] = t.data;
  return wb;
}

export class ExcelFormHost implements FormHost {
  constructor(private deps: ExcelHostDeps) {}

  actor(): string {
    return this.deps.actor.get();
  }

  /** The workbook's language: Settings' `language` row, else Excel's editing language. */
  private langOf(tables: Map<TableId, ReadTable>): Lang {
    return settingsLang(tables.get('settings')?.data) ?? this.deps.lang();
  }

  /** The workbook's language, read from the workbook (for set-up and the pane). */
  workbookLang(): Promise<Lang> {
    return this.deps.run(async (ctx) => this.langOf(await readTables(ctx, ['settings'])));
  }

  load(): Promise<FormData> {
    const { run, core } = this.deps;
    return run(async (ctx) => {
      const tables = await readTables(ctx, withSettings(core.formDataReads));
      return core.formData(workbookOf(tables), this.actor(), this.langOf(tables));
    });
  }

  view(name: ViewName, input: Record<string, unknown>): Promise<unknown> {
    const { run, core, now } = this.deps;
    return run(async (ctx) => {
      const tables = await readTables(ctx, withSettings(core.viewReads(name)));
      return core.view(name, workbookOf(tables), input, { actor: this.actor(), now: now(), lang: this.langOf(tables) });
    });
  }

  /** The worksheets a list may be imported from (import-source.ts). */
  importSources(): Promise<ImportSource[]> {
    return importSources(this.deps.run);
  }

  /** A list's values, read once and never written (import-source.ts). */
  readSource(sheet: string, range?: string): Promise<SourceValues> {
    return readSource(this.deps.run, () => this.deps.lang(), sheet, range);
  }

  submit(name: CommandName, input: Record<string, unknown>): Promise<CommandResult> {
    const { run, core, now } = this.deps;
    const spec = core.command(name);
    const actor = this.actor();
    if (!actor) return Promise.resolve({ ok: false, errors: [{ field: '', message: NO_ACTOR }] });
    // Core lays out its writes in the tables' own columns, also for tables it writes without reading
    // them (the audit log, Assessments, …): every KA table is read, those not declared header only.
    const all = TABLES.map((s) => s.id);
    return run(async (ctx) => {
      const tables = await readTables(ctx, withSettings(spec.reads), all);
      const refuse = (ids: TableId[]): CommandResult => ({ ok: false, errors: [{ field: '', message: fillL(MISSING, ids.map((id) => tableSpec(id).name).join(', ')) }] });
      const missing = [...spec.reads, 'audit' as const].filter((id) => !tables.has(id));
      if (missing.length) return refuse([...new Set(missing)]);
      const result = spec.run(workbookOf(tables), input, { actor, now: now(), lang: this.langOf(tables) });
      if (!result.ok) return result;
      const unwritable = [...new Set(result.writes.map((w) => w.table))].filter((id) => !tables.has(id));
      if (unwritable.length) return refuse(unwritable);
      // Excel applies a batch up to the operation that fails: refuse before writing into a protected sheet.
      const locked = [...new Set(result.writes.map((w) => tables.get(w.table)?.sheet).filter((s) => s?.protected).map((s) => s!.name))];
      if (locked.length) return { ok: false, errors: [{ field: '', message: fillL(PROTECTED, locked.join(', ')) }] };
      queueWrites(tables, result.writes);
      await ctx.sync();
      return result;
    });
  }
}
