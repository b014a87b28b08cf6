/**
 * The audit log: every accepted command appends exactly one row — when, who, the form's title, the
 * table's sheet title, the record, and the change as a sentence of the workbook's language: each field's
 * header with before → after, values as the workbook shows them (`formatValue`), never JSON or internal
 * names. The headers and types come from the table's schema and the command's fields, so a new command
 * gets sentences by calling `auditWrite` with the records it wrote.
 */
import { isBlank, toText } from '../cell';
import { t, type L10n, type Lang } from '../i18n';
import { rowFor } from '../schema/read';
import { TABLES, tableSpec } from '../schema/tables';
import type { TableId, Workbook } from '../schema/types';
import { formatValue, type ValueKind } from './format';
import type { CommandCtx, CommandName, CommandSpec, Write } from './types';
import { stamp, table } from './workbook';

/** Longest text written into one audit cell (a Sheets cell holds 50,000 characters). */
const MAX_TEXT = 20000;

export type Values = Record<string, unknown>;

/** The fields of `after` whose value differs from `before` (compared as trimmed text), as two records. */
export function diff(before: Record<string, unknown>, after: Values): { before: Values; after: Values } {
  const b: Values = {};
  const a: Values = {};
  for (const k of Object.keys(after)) {
    if (toText(before[k]) !== toText(after[k])) {
      b[k] = before[k] ?? '';
      a[k] = after[k];
    }
  }
  return { before: b, after: a };
}

export interface AuditEntry {
  command: CommandName;
  table: TableId;
  rowId: string;
  /**
   * The changed fields as they were (`null` for a new record), by the table's column keys (or the
   * command's field keys). A value may itself be a record keyed by another row's ID (the opportunities
   * a forecast submission confirmed: `{O00012: {confirmed: 'Yes'}}`).
   */
  before: Values | null;
  after: Values | null;
}

/** How a field is named and shown: its header (the table's column, else the form's field, else any table's column). */
export interface FieldMeta {
  label: L10n;
  kind?: ValueKind;
  list?: string;
}

/** The header and type of `key` in the sentences about `table` written by `command`. */
export function fieldMeta(tableId: TableId, key: string, command?: CommandSpec): FieldMeta | null {
  const col = tableSpec(tableId).columns.find((c) => c.key === key);
  if (col) return { label: col.header, kind: col.type, list: col.list };
  const f = command?.fields.find((x) => x.key === key);
  if (f) return { label: f.label, kind: f.type, list: f.list };
  const own = command?.auditLabels?.[key];
  if (own) return { label: own };
  for (const s of TABLES) {
    const c = s.columns.find((x) => x.key === key);
    if (c) return { label: c.header, kind: c.type, list: c.list };
  }
  return null;
}

const isRecord = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

interface Line {
  label: string;
  before?: string;
  after: string;
  blankBefore: boolean;
  blankAfter: boolean;
}

/** The fields of an entry as lines: header, value before (when an update), value after. */
function lines(e: AuditEntry, lang: Lang, command?: CommandSpec): Line[] {
  const out: Line[] = [];
  const label = (key: string): { label: string; meta: FieldMeta | null } => {
    const meta = fieldMeta(e.table, key, command);
    // A key no schema or form names is still shown in words: a field of the form with no label would be a bug (audit.test.ts checks every command).
    return { label: meta ? t(meta.label, lang) : key, meta };
  };
  const add = (name: string, meta: FieldMeta | null, b: unknown, a: unknown, hasBefore: boolean) => {
    out.push({
      label: name,
      before: hasBefore ? formatValue(b, meta?.kind, lang, meta?.list) : undefined,
      after: formatValue(a, meta?.kind, lang, meta?.list),
      blankBefore: isBlank(b),
      blankAfter: isBlank(a),
    });
  };
  const keys = [...new Set([...Object.keys(e.after ?? {}), ...Object.keys(e.before ?? {})])];
  for (const k of keys) {
    const a = e.after?.[k];
    const b = e.before?.[k];
    if (isRecord(a) || isRecord(b)) {
      // Other rows changed with this one, by their ID: `O00012 Confirmed: (blank) → Yes`.
      const ids = [...new Set([...Object.keys(isRecord(a) ? a : {}), ...Object.keys(isRecord(b) ? b : {})])];
      for (const id of ids) {
        const ra = isRecord(a) && isRecord(a[id]) ? (a[id] as Values) : {};
        const rb = isRecord(b) && isRecord(b[id]) ? (b[id] as Values) : {};
        for (const sub of [...new Set([...Object.keys(ra), ...Object.keys(rb)])]) {
          const l = label(sub);
          add(`${id} ${l.label}`, l.meta, rb[sub], ra[sub], e.before !== null);
        }
      }
      continue;
    }
    const l = label(k);
    add(l.label, l.meta, b, a, e.before !== null && e.before !== undefined && k in e.before);
  }
  return out;
}

const SEP: Record<Lang, string> = { en: '; ', zh: ';', 'zh-Hant': ';' };
const COLON: Record<Lang, string> = { en: ': ', zh: ':', 'zh-Hant': ':' };
const END: Record<Lang, string> = { en: '.', zh: '。', 'zh-Hant': '。' };
const NEW: L10n = { en: 'New record — ', zh: '新增记录 — ', zhHant: '新增記錄 — ' };
/** A new record: nothing of it was there before (what `before` holds is about other rows, if anything). */
const isNew = (e: AuditEntry) => e.before === null || Object.values(e.before).every(isRecord) && Object.keys(e.after ?? {}).some((k) => !isRecord(e.after![k]));
const cap = (s: string) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1) + '…' : s);

/**
 * The change as sentences of `lang`: an update lists each changed field as `Header: before → after`
 * (with what came along, such as a reason, as `Header: value`); a new record lists its filled fields.
 */
export function auditSentence(e: AuditEntry, lang: Lang, command?: CommandSpec): string {
  const ls = lines(e, lang, command);
  const parts = ls
    .filter((l) => !(l.blankAfter && (l.before === undefined || l.blankBefore)))
    .map((l) => (l.before === undefined || l.before === l.after ? `${l.label}${COLON[lang]}${l.after}` : `${l.label}${COLON[lang]}${l.before} → ${l.after}`));
  if (!parts.length) return '';
  return cap((isNew(e) ? t(NEW, lang) : '') + parts.join(SEP[lang]) + END[lang]);
}

/** The change in every language (for a form's message: `Customer C00012 updated: Phone: (blank) → 010-1234.`). */
export function changeText(e: AuditEntry, command?: CommandSpec): L10n {
  return { en: auditSentence(e, 'en', command), zh: auditSentence(e, 'zh', command), zhHant: auditSentence(e, 'zh-Hant', command) };
}

/** One side of the change in words (`Header: value; …`): the fields as they were, or as they are now. */
function side(e: AuditEntry, which: 'before' | 'after', lang: Lang, command?: CommandSpec): string {
  if (e[which] === null) return '';
  const ls = lines(e, lang, command);
  const parts = ls
    .filter((l) => (which === 'before' ? l.before !== undefined : !(l.blankAfter && (l.before === undefined || isNew(e)))))
    .map((l) => `${l.label}${COLON[lang]}${which === 'before' ? l.before : l.after}`);
  return cap(parts.join(SEP[lang]));
}

/** The audit append for one accepted command, in the workbook's language (`ctx.lang`). */
export function auditWrite(wb: Workbook, ctx: CommandCtx, e: AuditEntry): Write {
  const t_ = table(wb, 'audit');
  const spec = ctx.command?.name === e.command ? ctx.command : undefined;
  const row = rowFor(t_, {
    when: stamp(ctx.now),
    who: ctx.actor,
    command: spec ? t(spec.title, ctx.lang) : e.command,
    table: t(tableSpec(e.table).sheet, ctx.lang),
    row_id: e.rowId,
    change: auditSentence(e, ctx.lang, spec),
    before: side(e, 'before', ctx.lang, spec),
    after: side(e, 'after', ctx.lang, spec),
  });
  return { kind: 'append', table: 'audit', rows: [row] };
}
