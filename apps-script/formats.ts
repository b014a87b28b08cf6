/**
 * Sheets number-format patterns for core's format kinds. `NUMBER_FORMATS` is for computed cells (the
 * Dashboard's results: `text` and `general` get none, such cells stay automatic); `COLUMN_FORMATS` for a
 * table's data columns, where `text` is plain text (`@`), so what is written or typed into a text column
 * is stored exactly as given — Sheets reads a string written into an automatic cell as typed input
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue: a phone
 * `0571…` loses its zero, `TRUE` becomes a boolean, `2026-03-31` a date).
 */
import type { NumberFormatKind } from '../core/schema/setup';

export const NUMBER_FORMATS: Record<NumberFormatKind, string | null> = {
  money: '#,##0.00',
  percent: '0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '0',
  number: '#,##0.##',
  text: null,
  general: null,
};

export const COLUMN_FORMATS: Record<NumberFormatKind, string | null> = { ...NUMBER_FORMATS, text: '@' };

/**
 * Whether `format` is Sheets' automatic one (a cell nobody formatted): `General`, or the pattern the
 * Spreadsheet service reports for it (`0.###############`), or nothing.
 */
export function isAutomaticFormat(format: string | undefined | null): boolean {
  return !format || format === 'General' || format === '0.###############';
}
