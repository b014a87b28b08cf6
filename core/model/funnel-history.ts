/**
 * What the funnel's own history teaches (issue 9; domain.md §3 历史经验数据): benchmarks averaged over
 * recent snapshots, each stage's measured win rate and days in stage, days in the current stage, and
 * why opportunities were lost. Typed values in, figures out; the catalogue reads the cells.
 */
import { memoText, normText } from '../cell';
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

const stageWord = memoText((s: string) => STAGE_WORDS.has(normText(s)));

/** Is this history `field` cell the stage? (Read once per distinct text.) */
export function isStageField(v: unknown): boolean {
  return typeof v === 'string' ? stageWord(v) : false;
}

/** Normalised spelling (code or any language's label) → code. */
const REASON_CODES = new Map<string, string>();
for (const it of LOST_REASON_ITEMS) for (const x of [it.code, it.label.en, it.label.zh, it.label.zhHant ?? it.label.zh]) REASON_CODES.set(normText(x), it.code);
const reasonText = memoText((s: string): string | null => REASON_CODES.get(normText(s)) ?? null);

const INDEX_OF = new Map(LOST_REASON_ITEMS.map((it, i) => [it.code, i]));
const reasonIndexText = memoText((s: string): number => {
  if (normText(s) === '') return -2;
  const code = REASON_CODES.get(normText(s));
  return code === undefined ? -1 : INDEX_OF.get(code)!;
});

/** A lost reason cell's position in the list: -1 outside it, -2 blank. (Read once per distinct text.) */
export function lostReasonIndex(v: unknown): number {
  if (v === null || v === undefined || v === '') return -2;
  if (typeof v === 'string') return reasonIndexText(v);
  const code = lostReasonCode(v);
  return normText(v) === '' ? -2 : code === null ? -1 : INDEX_OF.get(code)!;
}

/** The code of a lost reason cell (a code or any language's label), or `null` when it is not in the list. */
export function lostReasonCode(v: unknown): string | null {
  return typeof v === 'string' ? reasonText(v) : REASON_CODES.get(normText(v)) ?? null;
}

/** A stage change: its day (serial, whole days), the stage entered, and its row (for stable order). */
export interface StageEvent {
  day: number;
  stage: Stage;
}

/** Median of a non-empty list. */
function median(xs: number[]): number {
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** An opportunity's stage events in time order (a repeated stage is no change). */
export function compact(events: readonly StageEvent[]): StageEvent[] {
  const sorted = inTimeOrder(events);
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
  const reached = new Float64Array(9);
  const won = new Float64Array(9);
  const days: number[][] = Array.from({ length: 9 }, () => []);
  // Days per stage of one opportunity (reused: no allocation per opportunity).
  const per = new Float64Array(9);
  const has = new Uint8Array(9);
  for (const raw of byOpportunity) {
    const ev = inTimeOrder(raw);
    const n = ev.length;
    if (n === 0) continue;
    const lastStage = ev[n - 1].stage;
    if (lastStage !== WON && lastStage !== LOST) continue;
    // Closed on the day it entered its last stage (a repeated stage row is no change).
    let k = n - 1;
    while (k > 0 && ev[k - 1].stage === lastStage) k--;
    const closed = ev[k].day;
    if ((from !== null && closed < from) || (to !== null && closed > to)) continue;
    let top = 0;
    for (let i = 0; i < n; i++) if (ev[i].stage !== LOST && ev[i].stage > top) top = ev[i].stage;
    if (lastStage === WON) top = 8;
    for (let st = 1; st <= top; st++) {
      reached[st]++;
      if (lastStage === WON) won[st]++;
    }
    let cur = ev[0].stage;
    let since = ev[0].day;
    for (let i = 1; i < n; i++) {
      const e = ev[i];
      if (e.stage === cur) continue;
      if (cur !== LOST) {
        per[cur] += e.day - since;
        has[cur] = 1;
      }
      cur = e.stage;
      since = e.day;
    }
    for (let st = 1; st <= 8; st++) {
      if (has[st]) days[st].push(per[st]);
      per[st] = 0;
      has[st] = 0;
    }
  }
  const out: StageConversionRow[] = [];
  for (let st = 1; st <= 8; st++) {
    out.push({ stage: st as Stage, reached: reached[st], won: won[st], winRate: reached[st] ? won[st] / reached[st] : null, medianDays: days[st].length ? median(days[st]) : null });
  }
  return out;
}

/** The events in time order (stable): as they are when the history was appended in order. */
function inTimeOrder(events: readonly StageEvent[]): readonly StageEvent[] {
  for (let k = 1; k < events.length; k++) if (events[k - 1].day > events[k].day) return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.day - b.e.day || a.i - b.i).map((x) => x.e);
  return events;
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
