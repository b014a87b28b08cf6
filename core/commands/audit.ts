/**
 * The audit log: every accepted command appends exactly one row — when, who, which command, which
 * table and row, and the values before → after (as JSON text of the changed fields).
 */
import { toText, type Cell } from '../cell';
import { rowFor } from '../schema/read';
import type { TableId, Workbook } from '../schema/types';
import type { CommandCtx, CommandName, Write } from './types';
import { stamp, table } from './workbook';

/** Longest before/after text written (a Sheets cell holds 50,000 characters). */
const MAX_JSON = 20000;

export type Values = Record<string, unknown>;

/** Cells as JSON-friendly values (dates as `YYYY-MM-DD`). */
function plain(v: Values | null): Record<string, unknown> | null {
  if (!v) return null;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = v[k];
    out[k] = x instanceof Date ? toText(x) : x === undefined ? '' : x;
  }
  return out;
}

function json(v: Values | null): string {
  const p = plain(v);
  if (!p) return '';
  const s = JSON.stringify(p);
  return s.length > MAX_JSON ? s.slice(0, MAX_JSON - 1) + '…' : s;
}

/** The fields of `after` whose value differs from `before` (compared as trimmed text), as two records. */
export function diff(before: Record<string, Cell>, after: Values): { before: Values; after: Values } {
  const b: Values = {};
  const a: Values = {};
  for (const k of Object.keys(after)) {
    if (toText(before[k]) !== toText(after[k] as Cell)) {
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
  before: Values | null;
  after: Values | null;
}

/** The audit append for one accepted command. */
export function auditWrite(wb: Workbook, ctx: CommandCtx, e: AuditEntry): Write {
  const t = table(wb, 'audit');
  const row = rowFor(t, {
    when: stamp(ctx.now),
    who: ctx.actor,
    command: e.command,
    table: e.table,
    row_id: e.rowId,
    before: json(e.before),
    after: json(e.after),
  });
  return { kind: 'append', table: 'audit', rows: [row] };
}
