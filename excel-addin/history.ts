/**
 * The opportunity history in Excel (issue 9): the shared runtime watches the Opportunities table
 * (`Table.onChanged`, ExcelApi 1.7,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-onchanged-member)
 * and, after each change made in this copy of the workbook (`source` Local — a co-author's own copy
 * records theirs, so no change is recorded twice), runs core's `reconcileHistory` over the
 * Opportunities, the history and the Team. Excel does not tell the add-in who is editing, so an owner
 * typed into the grid is recorded "Edit (unverified)" for the Dashboard's changes to review. Runs are
 * queued one after the other: a burst of edits records each change once.
 */
import { reconcileHistory, RECONCILE_ALSO_READS, RECONCILE_READS } from '../core/commands/history';
import { AUTO_SNAPSHOT_READS, dueSnapshot, snapshotDue } from '../core/commands/take-snapshot';
import type { L10n, Lang } from '../core/i18n';
import { OPPORTUNITIES } from '../core/schema/tables';
import { queueWrites, readTables, workbookOf } from './excel-adapter';
import type { ExcelRun } from './excel-run';
import { settingsLang } from './lang';

export interface HistoryDeps {
  run: ExcelRun;
  /** Excel's editing language (until the workbook's Settings say otherwise). */
  lang(): Lang;
  /** The user's local time, ISO with its offset. */
  now(): string;
}

/** Records what no form recorded; resolves to the number of history rows written. */
export function recordDirectEdits(deps: HistoryDeps): Promise<number> {
  return deps.run(async (ctx) => {
    const tables = await readTables(ctx, [...RECONCILE_READS, ...RECONCILE_ALSO_READS]);
    if (!RECONCILE_READS.every((id) => tables.has(id))) return 0; // not set up yet
    const lang = settingsLang(tables.get('settings')?.data) ?? deps.lang();
    const r = reconcileHistory(workbookOf(tables), { actor: '', now: deps.now(), lang }, null);
    if (r.writes.length === 0) return 0;
    queueWrites(tables, r.writes);
    await ctx.sync();
    return r.writes.reduce((n, w) => n + (w.kind === 'append' ? w.rows.length : 0), 0);
  });
}

/**
 * Starts watching the Opportunities table (once set up); resolves to whether it is there. `done` is
 * told after each recording (tests wait on it; the pane may refresh).
 */
export async function watchOpportunities(deps: HistoryDeps, done: (rows: number) => void = () => undefined): Promise<boolean> {
  let chain: Promise<unknown> = Promise.resolve();
  return deps.run(async (ctx) => {
    const t = ctx.workbook.tables.getItemOrNullObject(OPPORTUNITIES.name);
    await ctx.sync();
    if (t.isNullObject) return false;
    t.onChanged.add((e: Excel.TableChangedEventArgs) => {
      if (e.source !== 'Local') return Promise.resolve();
      chain = chain.then(() => recordDirectEdits(deps).then(done, () => done(0)));
      return chain;
    });
    await ctx.sync();
    return true;
  });
}

/**
 * The automatic funnel snapshot (issue 9), when the add-in loads with the workbook: after recording
 * any direct edit, Take funnel snapshot's rows when the last snapshot is older than Settings' interval
 * (one read of Snapshots and Settings when none is due). Resolves to its message, or null.
 */
export async function autoSnapshot(deps: HistoryDeps): Promise<L10n | null> {
  const due = await deps.run(async (ctx) => {
    const t = await readTables(ctx, ['snapshots', 'settings']);
    return t.has('snapshots') && snapshotDue(workbookOf(t), deps.now().slice(0, 10));
  });
  if (!due) return null;
  await recordDirectEdits(deps);
  return deps.run(async (ctx) => {
    const tables = await readTables(ctx, AUTO_SNAPSHOT_READS, ['audit']);
    if (!AUTO_SNAPSHOT_READS.every((id) => tables.has(id)) || !tables.has('audit')) return null;
    const lang = settingsLang(tables.get('settings')?.data) ?? deps.lang();
    const r = dueSnapshot(workbookOf(tables), { actor: '', now: deps.now(), lang });
    if (!r || !r.ok) return null;
    queueWrites(tables, r.writes);
    await ctx.sync();
    return r.message;
  });
}
