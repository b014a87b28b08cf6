/** Helpers for the command tests (not shipped). */
import { expect } from 'vitest';
import { record } from '../schema/read';
import type { TableId, Workbook } from '../schema/types';
import type { CommandResult, FieldError, Write } from './types';

export function accepted(r: CommandResult): { writes: Write[]; id?: string; message: { en: string; zh: string } } {
  if (!r.ok) throw new Error('rejected: ' + JSON.stringify(r.errors));
  return r;
}

/** The field errors of a rejection by field (fails the test when accepted). */
export function rejected(r: CommandResult): Record<string, FieldError['message']> {
  if (r.ok) throw new Error('accepted: ' + JSON.stringify(r.writes));
  expect('writes' in r).toBe(false);
  for (const e of r.errors) {
    expect(e.message.en.length).toBeGreaterThan(0);
    expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
  }
  return Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
}

/** The last row of a table as a record. */
export function last(wb: Workbook, id: TableId) {
  const t = wb[id]!;
  return record(t, t.rows.length - 1);
}

/** The one audit row of an accepted command's writes, as text: when, who, form, sheet, record, change, before, after. */
export function auditOf(r: CommandResult, wb: Workbook) {
  const w = accepted(r).writes.filter((x) => x.table === 'audit');
  expect(w).toHaveLength(1);
  const a = w[0];
  if (a.kind !== 'append') throw new Error('audit must append');
  expect(a.rows).toHaveLength(1);
  const t = wb.audit!;
  const row = a.rows[0];
  const get = (k: string) => String(row[t.col[k]] ?? '');
  return { when: get('when'), who: get('who'), command: get('command'), table: get('table'), rowId: get('row_id'), change: get('change'), before: get('before'), after: get('after') };
}
