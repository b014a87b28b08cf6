/**
 * Values as the workbook shows them, for the sentences people read — the audit log, the forms'
 * messages: amounts with thousands separators (`3,165,700`), percentages (`70%`), dates as the
 * workbook formats them (`yyyy-mm-dd`), yes/no and list items in the workbook's language, texts in
 * the language's quotation marks (long texts). Never JSON, never a raw serial or `3165700`.
 */
import { isBlank, serialToIso, toDateSerial, toDateTimeSerial, toNumber, toText, toYesNo } from '../cell';
import { t, type L10n, type Lang } from '../i18n';
import { listLabel, readList } from '../schema/lists';
import type { ColumnType } from '../schema/types';
import type { FieldSpec } from './types';

/** The kinds of value a sentence formats: a column's type or a form field's type. */
export type ValueKind = ColumnType | FieldSpec['type'];

export const BLANK: L10n = { en: '(blank)', zh: '(空)', zhHant: '(空)' };

/** An amount or number with thousands separators and at most two decimals: `3,165,700`, `1,200.5`. */
export function formatNumber(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A fraction as a percentage: `0.7` → `70%`, `0.125` → `12.5%`. */
export function formatPercent(n: number): string {
  return `${Math.round(n * 10000) / 100}%`;
}

/** A day serial, ISO text or Date as the workbook shows dates: `2026-05-17`. */
export function formatDate(v: unknown): string {
  const d = toDateSerial(v);
  return typeof d === 'number' ? serialToIso(d) : toText(v);
}

/** A date-time as the workbook shows it: `2026-05-17 09:30`. */
export function formatDateTime(v: unknown): string {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(v.trim())) return v.trim().replace('T', ' ').slice(0, 16);
  const s = toDateTimeSerial(v);
  if (typeof s !== 'number') return toText(v);
  const day = Math.floor(s);
  const mins = Math.round((s - day) * 1440);
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  return `${serialToIso(day)} ${p(Math.floor(mins / 60))}:${p(mins % 60)}`;
}

/** A text in the language's quotation marks: “Acme”, 「宏達」. */
export function quote(s: string, lang: Lang): string {
  return lang === 'zh-Hant' ? `「${s}」` : `“${s}”`;
}

/** Longest text quoted in a sentence (a long text is cut with … ; the cell itself keeps all of it). */
const MAX_QUOTED = 500;

/**
 * An amount, number, percentage or date as the workbook writes it whatever the language (`3,165,700`,
 * `70%`, `2026-05-17`); a value that is not one as its text.
 */
export function formatPlain(v: unknown, kind: 'money' | 'number' | 'percent' | 'date'): string {
  if (kind === 'date') return formatDate(v);
  const n = toNumber(v);
  if (typeof n !== 'number') return toText(v);
  return kind === 'percent' ? formatPercent(n) : formatNumber(n);
}

/**
 * `v` as the workbook shows a value of `kind`, in `lang`: blank as `(blank)`; numbers and money with
 * separators; percentages; dates; yes/no and list items in `lang` (a code or any language's label is
 * read); long texts (notes, reasons) quoted. `list` is the ListSpec id of a `list` value.
 */
export function formatValue(v: unknown, kind: ValueKind | undefined, lang: Lang, list?: string): string {
  if (isBlank(v)) return t(BLANK, lang);
  switch (kind) {
    case 'money':
    case 'number':
    case 'percent':
    case 'date':
      return formatPlain(v, kind);
    case 'datetime':
      return formatDateTime(v);
    case 'yesno': {
      const b = toYesNo(v);
      return b === true ? listLabel('yesno', 'yes', lang) : b === false ? listLabel('yesno', 'no', lang) : toText(v);
    }
    case 'list': {
      const code = list ? readList(list, v) : undefined;
      return typeof code === 'string' ? listLabel(list!, code, lang) : toText(v);
    }
    case 'longtext': {
      const s = toText(v);
      return quote(s.length > MAX_QUOTED ? s.slice(0, MAX_QUOTED - 1) + '…' : s, lang);
    }
    default:
      return v instanceof Date ? formatDate(v) : typeof v === 'number' ? formatNumber(v) : toText(v);
  }
}

/** `before → after`, as a change reads in a message or the audit log. */
export function formatChange(before: unknown, after: unknown, kind: ValueKind | undefined, lang: Lang, list?: string): string {
  return `${formatValue(before, kind, lang, list)} → ${formatValue(after, kind, lang, list)}`;
}
