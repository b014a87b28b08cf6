/**
 * Reading a form's input field by field. Every reader records a bilingual `FieldError` for its field
 * and returns `null` when the value is blank or bad, so a command reads everything first and writes
 * only when `errors` stays empty.
 */
import { isBlank, serialToIso, showCell, toDateSerial, toHalfWidth, toNumber, toText, toYesNo } from '../cell';
import { fill, type L10n } from '../i18n';
import { LOST, parseStage, type Stage } from '../model/stage';
import { listLabels, readList } from '../schema/lists';
import type { TableData } from '../schema/types';
import type { FieldError } from './types';
import { findRow } from './workbook';
import { formatNumber } from './format';
import { M } from './messages';
import { MAX_CELL_TEXT, textLength } from './text-limits';


const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class Check {
  readonly errors: FieldError[] = [];

  constructor(readonly input: Record<string, unknown>) {}

  get ok(): boolean {
    return this.errors.length === 0;
  }

  fail(field: string, message: L10n, values: Record<string, string | number> = {}): null {
    if (!this.errors.some((e) => e.field === field)) this.errors.push({ field, message: fill(message, values) });
    return null;
  }

  has(field: string): boolean {
    return this.errors.some((e) => e.field === field);
  }

  blank(key: string): boolean {
    const v = this.input[key];
    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  }

  private got(key: string): string {
    return showCell(this.input[key]);
  }

  /**
   * Trimmed text; `null` when blank (an error when required). Each field's own length limit is checked
   * for every command by `runCommand` (text-limits.ts); this only keeps any text within a cell's size.
   */
  text(key: string, opt: { required?: boolean } = {}): string | null {
    const v = this.input[key];
    if (isBlank(v)) return opt.required ? this.fail(key, M.required) : null;
    if (typeof v !== 'string' && typeof v !== 'number' && !(v instanceof Date)) return this.fail(key, M.notText, { got: showCell(Array.isArray(v) ? `[${v.length}]` : String(v)) });
    const s = toText(v);
    if (s.length > MAX_CELL_TEXT) return this.fail(key, M.tooLong, { length: textLength(s).toLocaleString('en-US'), max: MAX_CELL_TEXT.toLocaleString('en-US') });
    return s;
  }

  /**
   * The 0-based row of `t` whose id the field names: -1 when the field is blank (an error when required)
   * or names no row (an error saying `unknown`, with the id as `got`).
   */
  row(key: string, t: TableData, unknown: L10n, opt: { required?: boolean } = {}): number {
    const id = this.text(key, opt);
    if (id === null) return -1;
    const r = findRow(t, 'id', id);
    if (r < 0) this.fail(key, unknown, { got: id });
    return r;
  }

  email(key: string, opt: { required?: boolean } = {}): string | null {
    const s = this.text(key, opt);
    if (s === null) return null;
    const e = toHalfWidth(s);
    return EMAIL.test(e) ? e : this.fail(key, M.notEmail, { got: this.got(key) });
  }

  number(key: string, opt: { required?: boolean; min?: number; max?: number; integer?: boolean } = {}): number | null {
    const v = this.input[key];
    const n = toNumber(v);
    if (n === null) return opt.required ? this.fail(key, M.required) : null;
    if (n === undefined) return this.fail(key, M.notNumber, { got: this.got(key) });
    if (opt.integer && !Number.isInteger(n)) return this.fail(key, M.notInteger, { got: this.got(key) });
    if (opt.min !== undefined && n < opt.min) return this.fail(key, M.tooSmall, { got: this.got(key), min: formatNumber(opt.min) });
    if (opt.max !== undefined && n > opt.max) return this.fail(key, M.tooLarge, { got: this.got(key), max: formatNumber(opt.max) });
    return n;
  }

  /**
   * A fraction: `70%`, `0.7` and `70` all read as 0.7 (a number above 1 without a `%` sign is taken as
   * a percentage). `min` / `max` bound the fraction (default 0 to 1).
   */
  percent(key: string, opt: { required?: boolean; min?: number; max?: number } = {}): number | null {
    const v = this.input[key];
    let n = this.number(key, { required: opt.required });
    if (n === null) return null;
    const hasSign = typeof v === 'string' && /[%%]/.test(v);
    if (!hasSign && Math.abs(n) > 1) n = n / 100;
    const min = opt.min ?? 0;
    const max = opt.max ?? 1;
    const pc = (x: number) => `${Math.round(x * 10000) / 100}%`;
    if (n < min) return this.fail(key, M.tooSmall, { got: this.got(key), min: pc(min) });
    if (n > max) return this.fail(key, M.tooLarge, { got: this.got(key), max: pc(max) });
    return n;
  }

  /** A date as `YYYY-MM-DD`; `fallback` (already ISO) when blank. */
  date(key: string, opt: { required?: boolean; fallback?: string } = {}): string | null {
    const d = toDateSerial(this.input[key]);
    if (d === null) {
      if (opt.fallback) return opt.fallback;
      return opt.required ? this.fail(key, M.required) : null;
    }
    if (d === undefined) return this.fail(key, M.notDate, { got: this.got(key) });
    return serialToIso(d);
  }

  /** A list item's code (a code or any language's label is accepted). */
  list(key: string, listId: string, opt: { required?: boolean; fallback?: string } = {}): string | null {
    const code = readList(listId, this.input[key]);
    if (code === null) {
      if (opt.fallback !== undefined) return opt.fallback;
      return opt.required ? this.fail(key, M.required) : null;
    }
    if (code === undefined) return this.fail(key, M.notInList, { got: this.got(key), values: listLabels(listId, 'en').join(', ') });
    return code;
  }

  /** Yes/no as a boolean; blank is `null` (or `fallback`). */
  yesNo(key: string, fallback: boolean | null = null): boolean | null {
    const v = this.input[key];
    const b = toYesNo(v);
    if (b === null) return fallback;
    if (b === undefined) return this.fail(key, M.notYesNo, { got: this.got(key) });
    return b;
  }

  /** A stage 1–8 or Lost; the number 0 is Lost too (as `FormData.stages` codes it). */
  stage(key: string, opt: { required?: boolean; fallback?: Stage } = {}): Stage | null {
    const v = this.input[key];
    const s = v === 0 ? LOST : parseStage(v);
    if (s === null) {
      if (opt.fallback !== undefined) return opt.fallback;
      return opt.required ? this.fail(key, M.required) : null;
    }
    if (s === undefined) return this.fail(key, M.notStage, { got: this.got(key) });
    return s;
  }

  /** The 20 assessment answers: an array of 20 yes / no / blank values. */
  answers(key: string): (boolean | null)[] | null {
    const v = this.input[key];
    if (!Array.isArray(v) || v.length !== 20) {
      return this.fail(key, M.answers, { got: Array.isArray(v) ? `${v.length}` : showCell(typeof v === 'object' ? '' : v) });
    }
    const out: (boolean | null)[] = [];
    for (const a of v) {
      const b = toYesNo(a);
      if (b === undefined) return this.fail(key, M.answers, { got: showCell(a) });
      out.push(b);
    }
    return out;
  }

  /** A list of ids (strings); blank or missing is `[]`. */
  ids(key: string): string[] | null {
    const v = this.input[key];
    if (v === undefined || v === null || v === '') return [];
    const arr = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[\s,;,;、]+/) : null;
    if (!arr) return this.fail(key, M.unknownOpportunity, { got: showCell(v) });
    const out: string[] = [];
    for (const x of arr) {
      const s = toText(x);
      if (s !== '' && !out.includes(s)) out.push(s);
    }
    return out;
  }
}
