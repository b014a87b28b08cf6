/**
 * Funnel health (漏斗健康度, domain.md §3): per stage, what the funnel holds now against what history
 * says the stage should hold. ratio = current ÷ benchmark; > 100 % excellent (优秀),
 * 70 %–100 % good (良好, both edges included), < 70 % warning (预警). A blank or zero benchmark
 * has no ratio and the status "no benchmark" (无基准). Lost opportunities are never counted.
 */
import type { L10n } from '../i18n';
import { LOST, type Stage } from './stage';

export type HealthStatus = 'excellent' | 'good' | 'warning' | 'none';

export const HEALTH_LABELS: Record<HealthStatus, L10n> = {
  excellent: { en: 'Excellent', zh: '优秀', zhHant: '優秀' },
  good: { en: 'Good', zh: '良好', zhHant: '良好' },
  warning: { en: 'Warning', zh: '预警', zhHant: '預警' },
  none: { en: 'No benchmark', zh: '无基准', zhHant: '無基準' },
};

/** Lower edge of "good" and upper edge of "good" (both inclusive). */
export const GOOD_FROM = 0.7;
export const EXCELLENT_ABOVE = 1;

/**
 * Ratios computed from amounts carry binary rounding (0.7000000000000001 for 70 %); a ratio within
 * this distance of an edge counts as the edge itself, so "exactly 70 %" and "exactly 100 %" are good.
 */
const EDGE = 1e-9;

/** The status of a ratio (a fraction: 0.7 = 70 %); `null` (no benchmark) is "none". */
export function healthStatus(ratio: number | null): HealthStatus {
  if (ratio === null) return 'none';
  if (ratio > EXCELLENT_ABOVE + EDGE) return 'excellent';
  if (ratio >= GOOD_FROM - EDGE) return 'good';
  return 'warning';
}

export interface StageHealth {
  stage: Stage;
  current: number;
  /** `null` when the benchmark is blank or zero. */
  benchmark: number | null;
  /** current ÷ benchmark; `null` without a benchmark. */
  ratio: number | null;
  status: HealthStatus;
}

/** Running totals per stage, index 1–8 (index 0 collects Lost and is never reported). */
export function emptyTotals(): Float64Array {
  return new Float64Array(9);
}

/** Adds one opportunity (its amount, or 1 when counting) to the totals; Lost is ignored. */
export function addToStage(totals: Float64Array, stage: Stage, weight = 1): void {
  if (stage !== LOST) totals[stage] += weight;
}

/**
 * The eight stages' health from the current totals (index 1–8) and eight benchmarks (stage 1–8;
 * `null` or 0 = no benchmark). Benchmarks must not be negative (the caller validates them).
 */
export function funnelHealth(totals: ArrayLike<number>, benchmarks: readonly (number | null)[]): StageHealth[] {
  const out: StageHealth[] = [];
  for (let s = 1; s <= 8; s++) {
    const b = benchmarks[s - 1];
    const benchmark = b === null || b === undefined || b === 0 ? null : b;
    const current = totals[s];
    const ratio = benchmark === null ? null : current / benchmark;
    out.push({ stage: s as Stage, current, benchmark, ratio, status: healthStatus(ratio) });
  }
  return out;
}

/** Funnel health of typed opportunities: counts when `byAmount` is false, else sums of amounts. */
export function funnelHealthOf(
  opportunities: readonly { stage: Stage | null; amount?: number | null }[],
  benchmarks: readonly (number | null)[],
  byAmount = false,
): StageHealth[] {
  const totals = emptyTotals();
  for (const o of opportunities) {
    if (o.stage === null) continue;
    addToStage(totals, o.stage, byAmount ? o.amount ?? 0 : 1);
  }
  return funnelHealth(totals, benchmarks);
}
