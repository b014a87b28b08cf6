/**
 * `Excel.run` as the add-in's modules take it (handed in, so that tests drive them against the fake),
 * and small helpers shared by set-up and the adapter. No business rules here.
 */
import { columnLetters } from '../core/schema/dashboard/template';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** 0-based column → `A`, `B`, … `AA` (core's one home of column letters). */
export const colLetters = columnLetters;

/** A sheet name as a formula writes it (`'Audit log'!A1`). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

/** A column name inside a structured reference: `[`, `]`, `#` and `'` are escaped with `'`. */
export function structuredColumn(header: string): string {
  return '[' + header.replace(/(['#\[\]])/g, "'$1") + ']';
}

/** A title Excel accepts for a sheet (31 characters, none of `[]:*?/\`), unique among `taken`. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const base = wanted.replace(/[\[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').slice(0, 31).trim() || 'KA';
  const lower = new Set(taken.map((s) => s.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
