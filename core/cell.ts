/**
 * Cell values as the hosts hand them over, and the one place where they are coerced.
 *
 * Google Sheets gives numbers, strings, booleans, `Date` objects and `""` for a blank cell.
 * Excel gives numbers (dates are serial numbers), strings, booleans and `null`/`""` for blanks.
 * Every catalogue function and every form command reads cells through these functions, so that
 * `1,200`, `１２００`, `125万`, `70%` and `2026/3/31` mean the same thing everywhere.
 */
import type { Lang } from './i18n';

export type Cell = string | number | boolean | Date | null | undefined;

/** Days between 1899-12-30 (Excel's and Sheets' day 0) and 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86400000;

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');
}

/** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms. */
export function toHalfWidth(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

const UNREADABLE = Symbol('unreadable');

/**
 * Remembers a pure function of a text per distinct text (at most `max` texts). A column repeats its
 * texts — stages, yes/no answers, owners — so a million cells cost a million lookups, not a million
 * parses. Deterministic: the answer is the function's, only sooner.
 */
export function memoText<R>(f: (s: string) => R, max = 4096): (s: string) => R {
  const seen = new Map<string, R | typeof UNREADABLE>();
  // The few texts met last are compared first: a yes/no or stage column has only a handful.
  let k0: string | undefined, k1: string | undefined, k2: string | undefined, k3: string | undefined;
  let v0: R, v1: R, v2: R, v3: R;
  let next = 0;
  return (s: string): R => {
    if (s === k0) return v0;
    if (s === k1) return v1;
    if (s === k2) return v2;
    if (s === k3) return v3;
    const known = seen.get(s);
    let r: R;
    if (known !== undefined) r = (known === UNREADABLE ? undefined : known) as R;
    else {
      r = f(s);
      if (seen.size < max) seen.set(s, r === undefined ? UNREADABLE : r);
    }
    switch (next) {
      case 0: k0 = s; v0 = r; break;
      case 1: k1 = s; v1 = r; break;
      case 2: k2 = s; v2 = r; break;
      default: k3 = s; v3 = r;
    }
    next = (next + 1) & 3;
    return r;
  };
}

/** Text as compared everywhere: half-width, trimmed, case-folded, inner runs of space collapsed. */
export function normText(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? (Number.isNaN(v.getTime()) ? 'invalid date' : v.toISOString()) : String(v);
  return toHalfWidth(s).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The cell as display text (for names and labels); blank is `''`. */
export function toText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const d = dateToSerial(v);
    return serialToIso(d);
  }
  return String(v).trim();
}

/**
 * The spellings of a number the readers accept (after full-width folding and trimming):
 * `[sign][currency] digits [exponent | multiplier] [元] [%]`.
 * - digits: `1200`, `1,200`, `1,200.50`, `.5`;
 * - currency in front: `¥ ￥ $ € £`, `RMB`, `CNY`, `HK$`, `US$` (a space may follow);
 * - multipliers as people write amounts: `千` 10³, `万`/`萬` and `w`/`W` 10⁴, `百万`/`百萬` 10⁶,
 *   `千万`/`千萬` 10⁷, `亿`/`億` 10⁸, `k`/`K` 10³, `m`/`M`/`mn` 10⁶, `bn` 10⁹ (`125万`, `1.2亿`, `3.5k`,
 *   `1.5w`); a space may stand before the multiplier;
 * - `元` / `块` after the number or the multiplier (`125万元`, `1200元`), or `RMB` / `CNY`;
 * - `%` at the end, only without a multiplier (`70%`).
 * Nothing else: a date (`2026-03-31`), a stage label (`03 …`), an ID (`O00012`), `1万2`, `k3` or
 * Chinese numerals (`一百万`) are not numbers.
 */
const NUMBER_RE =
  /^([+-]?)(?:(?:[¥￥$€£]|rmb|cny|hk\$|us\$)\s*)?(\d+(?:\.\d*)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d*)?)(?:[eE]([+-]?\d+)|\s*(千万|千萬|百万|百萬|千|万|萬|亿|億|[kK]|[wW]|mn|[mM]|bn))?\s*(?:元|块|塊|rmb|cny)?\s*(%?)$/i;

/** Powers of ten of the multipliers in NUMBER_RE. */
const MULTIPLIER: Record<string, number> = {
  千: 3, 万: 4, 萬: 4, 百万: 6, 百萬: 6, 千万: 7, 千萬: 7, 亿: 8, 億: 8, k: 3, w: 4, m: 6, mn: 6, bn: 9,
};

/**
 * A number from a cell: numbers as they are; text with full-width digits, thousands separators, a
 * currency sign or code, a multiplier (`125万`, `1.2亿`, `3.5k`, see NUMBER_RE) or a trailing percent
 * sign; a Date as its day serial. Blank is `null`; anything else `undefined`.
 */
export function toNumber(v: unknown): number | null | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'string') {
    // A date cell is its day number, as in any spreadsheet: Sheets hands a Date where Excel hands the serial.
    if (v instanceof Date) return toDateSerial(v) ?? undefined;
    return undefined;
  }
  let s = v;
  if (s.trim() === '') return null;
  s = toHalfWidth(s).trim();
  const m = NUMBER_RE.exec(s);
  if (!m) return undefined;
  const mult = m[4];
  if (mult !== undefined && m[5] === '%') return undefined;
  // The power of ten goes into the decimal exponent, so 1.2亿 is exactly 120000000 (no 1.2 × 1e8 rounding).
  const exp = m[3] !== undefined ? Number(m[3]) : mult !== undefined ? MULTIPLIER[mult.toLowerCase()] : 0;
  let n = Number(m[2].replace(/,/g, '') + 'e' + exp);
  if (m[1] === '-') n = -n;
  if (m[5] === '%') n = n / 100;
  return Number.isFinite(n) ? n : undefined;
}

const YES = new Set(['1', 'true', 'y', 'yes', '是', '有', '√', '✓', '✔']);
const NO = new Set(['0', 'false', 'n', 'no', '否', '无', '無', '×', '✗', '✘']);

/** A yes/no answer: `true`, `false`, `null` when blank (unanswered), `undefined` when unreadable. */
export function toYesNo(v: unknown): boolean | null | undefined {
  if (typeof v === 'string') return yesNoText(v);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  if (v === null || v === undefined) return null;
  return undefined;
}

const yesNoText = memoText((v: string): boolean | null | undefined => {
  const s = normText(v);
  if (s === '') return null;
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return undefined;
});

/** Day serial (days since 1899-12-30) of a Date, by its calendar date in the running time zone. */
export function dateToSerial(d: Date): number {
  // The local calendar day: the instant moved by the zone's offset on that date, in whole days.
  return Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / MS_PER_DAY) + EPOCH_OFFSET_DAYS;
}

/** Day serial of a calendar date; `undefined` when the date does not exist (2026-02-30). */
export function ymdToSerial(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return ms / MS_PER_DAY + EPOCH_OFFSET_DAYS;
}

/** `YYYY-MM-DD` of a day serial. */
export function serialToIso(serial: number): string {
  const d = new Date((Math.floor(serial) - EPOCH_OFFSET_DAYS) * MS_PER_DAY);
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

const DATE_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t].*)?$/i;

/**
 * A date as a day serial: `Date` objects (Sheets), serial numbers (Excel), and text such as
 * `2026-03-31`, `2026/3/31`, `2026.3.31` or `2026年3月31日`. Blank is `null`; unreadable `undefined`.
 */
export function toDateSerial(v: unknown): number | null | undefined {
  if (typeof v === 'number') return v >= 0 && v < 2958466 ? Math.floor(v) : undefined;
  if (v instanceof Date) {
    const ms = v.getTime();
    return ms === ms ? dateToSerial(v) : undefined;
  }
  if (isBlank(v)) return null;
  if (typeof v !== 'string') return undefined;
  const m = DATE_RE.exec(toHalfWidth(v).trim());
  if (!m) return undefined;
  return ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3]));
}

const DATETIME_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.\d+)?)?)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date and time as a day serial with the time as its fraction: `Date` objects (Sheets, at their
 * local clock time), serials (Excel), and text such as `2026-11-10 09:30:00`, `2026/11/10 9:30` or
 * `2026-11-10T09:30:00+08:00` — the clock time as written (a zone suffix is not applied: rows are
 * compared with one another, and the forms write local times), to the second. A date alone is
 * midnight. Blank is `null`; unreadable `undefined`.
 */
export function toDateTimeSerial(v: unknown): number | null | undefined {
  // Whole seconds: engines round a serial's fraction (HyperFormula to about 1e-6 of a day).
  const second = (x: number) => Math.round(x * 86400) / 86400;
  if (typeof v === 'number') return v >= 0 && v < 2958466 ? second(v) : undefined;
  if (v instanceof Date) {
    const ms = v.getTime();
    return ms === ms ? second((ms - v.getTimezoneOffset() * 60000) / MS_PER_DAY + EPOCH_OFFSET_DAYS) : undefined;
  }
  if (isBlank(v)) return null;
  if (typeof v !== 'string') return undefined;
  const m = DATETIME_RE.exec(toHalfWidth(v).trim());
  if (!m) return undefined;
  const day = ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === undefined) return undefined;
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || sec > 59) return undefined;
  return day + (h * 3600 + mi * 60 + sec) / 86400;
}

/** Text that a spreadsheet would take for a formula (or a signed number) if written as it is. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s) || /^[＝＋－＠]/.test(s);
}

/**
 * The value to write into a cell so that it is stored as the text it is: a leading apostrophe
 * makes Sheets, Excel and HyperFormula keep `=HYPERLINK(...)`, `+1`, `-x`, `@x` as text.
 */
export function safeCellText(s: string): string {
  return looksLikeFormula(s) ? "'" + s : s;
}

/** A short, readable rendering of a cell for messages ("got …"). */
export function showCell(v: unknown, lang: Lang = 'en'): string {
  if (v === null || v === undefined || v === '') return lang === 'en' ? '(blank)' : '(空白)';
  if (v instanceof Date) return serialToIso(dateToSerial(v));
  const s = typeof v === 'string' ? JSON.stringify(v) : String(v);
  return s.length > 40 ? s.slice(0, 37) + '…' : s;
}
