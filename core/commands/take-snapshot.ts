/**
 * Take funnel snapshot (issue 9; domain.md §3 历史经验数据): the funnel as it stands today — per stage
 * 1–8, how many opportunities and how much amount, counted as FUNNEL_HEALTH counts (lost ones and rows
 * without a readable stage left out) — appended to the snapshots, eight rows, at most once per date.
 * The hosts take one on opening the workbook and on refreshing the Dashboard when the last one is older
 * than Settings' `snapshot_interval_days` (`snapshotDue`), after recording any direct edit.
 */
import { serialToIso, toDateSerial, toNumber } from '../cell';
import { fill } from '../i18n';
import { addToStage, emptyTotals } from '../model/funnel';
import { parseStage } from '../model/stage';
import { auditWrite } from './audit';
import { MH } from './history-messages';
import { appendWrite, reject } from './result';
import type { CommandSpec } from './types';
import type { TableId, Workbook } from '../schema/types';
import { cellOf, settingNumber, table, today } from './workbook';

/** Days between automatic snapshots when Settings do not say. */
export const DEFAULT_SNAPSHOT_INTERVAL = 7;

/** The latest snapshot date (day serial), or null when there is none. */
export function lastSnapshot(wb: Workbook): number | null {
  const t = table(wb, 'snapshots');
  let last: number | null = null;
  for (let i = 0; i < t.rows.length; i++) {
    const d = toDateSerial(cellOf(t, i, 'date'));
    if (typeof d === 'number' && (last === null || d > last)) last = d;
  }
  return last;
}

/** Whether an automatic snapshot is due on `todayIso` (`YYYY-MM-DD`): none yet, or the last older than the interval. */
export function snapshotDue(wb: Workbook, todayIso: string): boolean {
  const now = toDateSerial(todayIso);
  if (typeof now !== 'number') return false;
  const last = lastSnapshot(wb);
  const interval = Math.max(1, settingNumber(wb, 'snapshot_interval_days', DEFAULT_SNAPSHOT_INTERVAL));
  return last === null || now - last > interval;
}

export const takeSnapshot: CommandSpec = {
  name: 'takeSnapshot',
  title: { en: 'Take funnel snapshot', zh: '保存漏斗快照', zhHant: '儲存漏斗快照' },
  group: 'opportunities',
  tip: {
    en: "Save today's count and amount per funnel stage, from which the benchmarks are learnt (once per date).",
    zh: '保存今天各漏斗阶段的商机数量与金额,用于计算历史基准(每个日期一次)。',
    zhHant: '儲存今天各漏斗階段的商機數量與金額,用於計算歷史基準(每個日期一次)。',
  },
  short: { en: 'Funnel snapshot', zh: '漏斗快照', zhHant: '漏斗快照' },
  immediate: true,
  fields: [],
  reads: ['opportunities', 'snapshots'],
  run(wb, _input, ctx) {
    const date = today(ctx.now);
    const day = toDateSerial(date);
    if (typeof day !== 'number') return reject([{ field: '', message: fill(MH.snapshotExists, { date }) }]);
    const snaps = table(wb, 'snapshots');
    for (let i = 0; i < snaps.rows.length; i++) {
      if (toDateSerial(cellOf(snaps, i, 'date')) === day) return reject([{ field: '', message: fill(MH.snapshotExists, { date }) }]);
    }
    const opps = table(wb, 'opportunities');
    const count = emptyTotals();
    const amount = emptyTotals();
    for (let i = 0; i < opps.rows.length; i++) {
      const s = parseStage(cellOf(opps, i, 'stage'));
      if (s === null || s === undefined) continue;
      addToStage(count, s);
      const a = toNumber(cellOf(opps, i, 'amount'));
      addToStage(amount, s, typeof a === 'number' ? a : 0);
    }
    const rows = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => ({ date: serialToIso(day), stage: s, count: count[s], amount: amount[s] }));
    const n = rows.reduce((x, r) => x + r.count, 0);
    const total = rows.reduce((x, r) => x + r.amount, 0);
    return {
      ok: true,
      id: date,
      writes: [appendWrite(snaps, rows), auditWrite(wb, ctx, { command: 'takeSnapshot', table: 'snapshots', rowId: date, before: null, after: { date, count: n, amount: total } })],
      message: fill(MH.snapshotTaken, { date, count: n.toLocaleString('en-US'), amount: total.toLocaleString('en-US') }),
    };
  },
};

/**
 * The automatic snapshot (on opening the workbook, on refreshing the Dashboard): Take funnel snapshot's
 * result when one is due, else null. Reads `opportunities`, `snapshots`, `settings`.
 */
export function dueSnapshot(wb: Workbook, ctx: Parameters<CommandSpec['run']>[2]): ReturnType<CommandSpec['run']> | null {
  if (!snapshotDue(wb, today(ctx.now))) return null;
  const r = takeSnapshot.run(wb, {}, ctx);
  return r.ok ? r : null;
}

/** The tables the automatic snapshot reads (Settings for its interval). */
export const AUTO_SNAPSHOT_READS: readonly TableId[] = ['opportunities', 'snapshots', 'settings'];
