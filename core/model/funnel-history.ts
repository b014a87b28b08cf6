/**
 * What the funnel's own history teaches (issue 9; domain.md §3 历史经验数据): benchmarks averaged over
 * recent snapshots, each stage's measured win rate and days in stage, days in the current stage, and
 * why opportunities were lost. Typed values in, figures out; the catalogue reads the cells.
 */
import { normText } from '../cell';
import type { L10n } from '../i18n';
import { LOST, WON, type Stage } from './stage';

/** The lost reasons (丢单原因), in list order: the schema's `lostReason` list and LOST_REASONS's rows. */
export const LOST_REASON_ITEMS: readonly { code: string; label: L10n }[] = [
  { code: 'price', label: { en: 'Price', zh: '价格', zhHant: '價格' } },
  { code: 'product', label: { en: 'Product fit', zh: '产品不符合需求', zhHant: '產品不符合需求' } },
  { code: 'relationship', label: { en: 'Relationship', zh: '客户关系', zhHant: '客戶關係' } },
  { code: 'competitor', label: { en: 'Competitor chosen', zh: '客户选择了竞争对手', zhHant: '客戶選擇了競爭對手' } },
  { code: 'budget', label: { en: 'Budget cancelled', zh: '预算取消', zhHant: '預算取消' } },
  { code: 'timing', label: { en: 'Timing', zh: '时机不对', zhHant: '時機不對' } },
  { code: 'other', label: { en: 'Other', zh: '其他', zhHant: '其他' } },
];

/** The label of LOST_REASONS's last row: reasons typed that are not in the list. */
export const OUTSIDE_LIST: L10n = { en: 'Other (not in the list)', zh: '其他(不在列表中)', zhHant: '其他(不在清單中)' };

/** The spellings of the history's `stage` field, in every language. */
export const STAGE_FIELD: L10n = { en: 'Stage', zh: '阶段', zhHant: '階段' };
const STAGE_WORDS = new Set(['stage', STAGE_FIELD.en, STAGE_FIELD.zh, STAGE_FIELD.zhHant!].map((s) => normText(s)));

/** Is this history `field` cell the stage? */
export function isStageField(v: unknown): boolean {
  return STAGE_WORDS.has(normText(v));
}

/** The code of a lost reason cell (a code or any language's label), or `null` when it is not in the list. */
export function lostReasonCode(v: unknown): string | null {
  const s = normText(v);
  for (const it of LOST_REASON_ITEMS) if (s === it.code || s === normText(it.label.en) || s === normText(it.label.zh) || s === normText(it.label.zhHant)) return it.code;
  return null;
}

/** A stage change: its day (serial, whole days), the stage entered, and its row (for stable order). */
export interface StageEvent {
  day: number;
  stage: Stage;
}

/** Median of a non-empty list. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** An opportunity's stage events in time order (a repeated stage is no change). */
export function compact(events: readonly StageEvent[]): StageEvent[] {
  const sorted = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.day - b.e.day || a.i - b.i).map((x) => x.e);
  const out: StageEvent[] = [];
  for (const e of sorted) if (out.length === 0 || out[out.length - 1].stage !== e.stage) out.push(e);
  return out;
}

export interface StageConversionRow {
  stage: Stage;
  reached: number;
  won: number;
  winRate: number | null;
  medianDays: number | null;
}

/**
 * Per stage 1–8: closed opportunities (won or lost, closing day within `from`–`to`) that reached it, how
 * many of them were won, the win rate, and the median days they spent in it before leaving it. A won
 * one reached every stage; a lost one the stages up to the highest it was in; a skipped stage adds no days.
 */
export function stageConversion(byOpportunity: Iterable<readonly StageEvent[]>, from: number | null, to: number | null): StageConversionRow[] {
  const reached = new Array(9).fill(0);
  const won = new Array(9).fill(0);
  const days: number[][] = Array.from({ length: 9 }, () => []);
  for (const raw of byOpportunity) {
    const ev = compact(raw);
    if (ev.length === 0) continue;
    const last = ev[ev.length - 1];
    if (last.stage !== WON && last.stage !== LOST) continue;
    if ((from !== null && last.day < from) || (to !== null && last.day > to)) continue;
    let top = 0;
    for (const e of ev) if (e.stage !== LOST && e.stage > top) top = e.stage;
    if (last.stage === WON) top = 8;
    for (let s = 1; s <= top; s++) {
      reached[s]++;
      if (last.stage === WON) won[s]++;
    }
    const spent = new Map<number, number>();
    for (let k = 0; k + 1 < ev.length; k++) {
      const s = ev[k].stage;
      if (s === LOST) continue;
      spent.set(s, (spent.get(s) ?? 0) + (ev[k + 1].day - ev[k].day));
    }
    for (const [s, d] of spent) days[s].push(d);
  }
  const out: StageConversionRow[] = [];
  for (let s = 1; s <= 8; s++) {
    out.push({ stage: s as Stage, reached: reached[s], won: won[s], winRate: reached[s] ? won[s] / reached[s] : null, medianDays: days[s].length ? median(days[s]) : null });
  }
  return out;
}

/** The day an opportunity last entered its current stage (`null` when it has no stage event). */
export function enteredCurrentStage(events: readonly StageEvent[]): number | null {
  const ev = compact(events);
  return ev.length ? ev[ev.length - 1].day : null;
}

/**
 * Stage 1–8's average over the `periods` most recent snapshot dates (a stage missing from a snapshot
 * counts 0); `null`s when there is no snapshot. `rows` are (date, stage, value).
 */
export function funnelBenchmark(rows: readonly { day: number; stage: number; value: number }[], periods: number): (number | null)[] {
  const dates = [...new Set(rows.map((r) => r.day))].sort((a, b) => b - a).slice(0, periods);
  if (dates.length === 0) return new Array(8).fill(null);
  const keep = new Set(dates);
  const sums = new Array(9).fill(0);
  for (const r of rows) if (keep.has(r.day) && r.stage >= 1 && r.stage <= 8) sums[r.stage] += r.value;
  return sums.slice(1).map((s) => s / dates.length);
}
