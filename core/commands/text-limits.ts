/**
 * How long a form's text may be (item 5 of issue 12): one limit per field, declared once — by the
 * field's type (`TEXT_LIMITS`) or, where a column holds less, on the field itself (`maxLength`) — and
 * checked for every command in `runCommand`, so no command checks a length by hand. Counted in
 * characters (code points) after trimming, as the cell will hold it. Sheets holds 50,000 characters
 * in a cell; these limits fit what each column is for.
 */
import { toText } from '../cell';
import { fill } from '../i18n';
import { M } from './messages';
import type { FieldError, FieldSpec } from './types';

/** The longest text a field of each type takes; types not listed take no free text (numbers, dates, yes/no). */
export const TEXT_LIMITS: Partial<Record<FieldSpec['type'], number>> = {
  /** names, places, contacts, short labels */
  text: 200,
  /** notes, reasons, descriptions */
  longtext: 5000,
  /** RFC 5321: at most 254 characters in an address */
  email: 254,
  /** IDs and names chosen from a list */
  person: 200,
  customer: 200,
  opportunity: 200,
  list: 200,
  stage: 200,
  /** a typed list of opportunity IDs */
  opportunities: 5000,
};

/** The most any text written into a cell may hold (Sheets: 50,000 characters per cell). */
export const MAX_CELL_TEXT = 50000;

/** The limit of a field: its own `maxLength`, else its type's; `null` for a field that takes no text. */
export function fieldMaxLength(f: FieldSpec): number | null {
  return f.maxLength ?? TEXT_LIMITS[f.type] ?? null;
}

/** Characters (code points, so 𠀀 or 😀 count once) of a text. */
export function textLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    n++;
  }
  return n;
}

/** A field error for every text input longer than its field's limit, with the length and the limit. */
export function lengthErrors(fields: readonly FieldSpec[], input: Record<string, unknown>): FieldError[] {
  const out: FieldError[] = [];
  for (const f of fields) {
    const max = fieldMaxLength(f);
    const v = input[f.key];
    if (max === null || typeof v !== 'string') continue;
    const length = textLength(toText(v));
    if (length > max) out.push({ field: f.key, message: fill(M.tooLong, { length: length.toLocaleString('en-US'), max: max.toLocaleString('en-US') }) });
  }
  return out;
}
