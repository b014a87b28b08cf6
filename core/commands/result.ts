/**
 * Building a command's result: rejections with field errors, and writes laid out in each table's
 * own columns (text made safe by `rowFor`).
 */
import type { TableData } from '../schema/types';
import { rowFor } from '../schema/read';
import type { CommandResult, FieldError, FieldSpec, Write } from './types';

export function reject(errors: FieldError[], warnings?: unknown): CommandResult {
  return warnings === undefined ? { ok: false, errors } : { ok: false, errors, warnings };
}

export function appendWrite(t: TableData, records: Record<string, unknown>[]): Write {
  return { kind: 'append', table: t.spec.id, rows: records.map((r) => rowFor(t, r)) };
}

/** Data row `row` with `changes` applied; the other cells as read. */
export function updateWrite(t: TableData, row: number, changes: Record<string, unknown>): Write {
  const changed = Object.keys(changes)
    .map((k) => t.col[k])
    .filter((j) => j !== undefined && j >= 0)
    .sort((a, b) => a - b);
  return { kind: 'update', table: t.spec.id, row, values: rowFor(t, changes, t.rows[row]), changed };
}

/** A field of a form. */
export function field(key: string, type: FieldSpec['type'], en: string, zh: string, zhHant: string, more: Partial<FieldSpec> = {}): FieldSpec {
  return { key, type, label: { en, zh, zhHant }, ...more };
}
