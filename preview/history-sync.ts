/**
 * The preview's part of the opportunity history (issue 9): after every cell edit the page runs core's
 * `reconcileHistory` over the engine's tables and appends its rows, inside the edit's undo step (so one
 * Ctrl+Z takes back the edit and its history rows together). The preview cannot vouch for who is
 * editing (the acting person is a choice on the page, as in Excel), so an owner typed in the grid is
 * recorded as "Edit (unverified)" for the Dashboard's changes to review.
 */
import { reconcileHistory, RECONCILE_ALSO_READS, RECONCILE_READS } from '../core/commands/history';
import { AUTO_SNAPSHOT_READS, dueSnapshot } from '../core/commands/take-snapshot';
import type { Lang } from '../core/i18n';
import type { Workbook } from '../core/schema/types';
import { localIso } from '../ui/local-time';
import type { PreviewBook } from './book';
import type { CellRange } from './undo';

/** Most history rows one cell edit can add (its opportunity's tracked fields). */
export const ROWS_PER_EDIT = 5;

/** The history rows a cell edit may append (for the undo step to record before the edit). */
export function historyRange(book: PreviewBook): CellRange[] {
  const e = book.wb.entry('history');
  if (!e) return [];
  const t = book.wb.read('history');
  return [{ sheet: e.sheet, row: t.rows.length + 1, col: 0, rows: ROWS_PER_EDIT, cols: Math.max(t.width, 1) }];
}

/** Records what no form recorded; returns how many rows it appended. */
export function reconcileBook(book: PreviewBook, lang: Lang, now: string = localIso(new Date())): number {
  if (!book.wb.entry('history') || !book.wb.entry('opportunities')) return 0;
  const wb: Workbook = {};
  for (const id of [...RECONCILE_READS, ...RECONCILE_ALSO_READS]) if (book.wb.entry(id)) wb[id] = book.wb.read(id);
  const r = reconcileHistory(wb, { actor: '', now, lang }, null);
  if (r.writes.length) book.wb.apply(r.writes);
  return r.writes.reduce((n, w) => n + (w.kind === 'append' ? w.rows.length : 0), 0);
}

/**
 * The automatic funnel snapshot when the page opens the workbook (issue 9): after recording any direct
 * edit, Take funnel snapshot's rows when the last snapshot is older than Settings' interval. Returns
 * how many snapshot rows it wrote (0 when none was due).
 */
export function autoSnapshotBook(book: PreviewBook, lang: Lang, actor: string, now: string = localIso(new Date())): number {
  reconcileBook(book, lang, now);
  const wb: Workbook = {};
  for (const id of [...AUTO_SNAPSHOT_READS, 'audit' as const]) if (book.wb.entry(id)) wb[id] = book.wb.read(id);
  const r = dueSnapshot(wb, { actor, now, lang });
  if (!r || !r.ok) return 0;
  book.wb.apply(r.writes);
  return r.writes.reduce((n, w) => n + (w.kind === 'append' && w.table === 'snapshots' ? w.rows.length : 0), 0);
}
