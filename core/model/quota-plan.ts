/**
 * Quotas top down and checked (销售指标分解, domain.md §6).
 * - `splitQuota`: a total split in proportion to weights (e.g. last year's won amount), rounded to whole
 *   units by the largest-remainder method, so the parts add up to the total exactly. Ties in the
 *   remainder go to the earlier row.
 * - `rollupQuotas`: per team member, their own quota against the sum of their direct reports' quotas:
 *   gap = own − Σ reports; balanced at 0, under-assigned when the reports hold less (gap > 0),
 *   over-assigned when they hold more.
 */
import { fill, type L10n } from '../i18n';
import type { Team } from './forecast';

/** A failure of the input, in every language (the catalogue turns it into a call error). */
export class QuotaPlanError extends Error {
  constructor(readonly reason: L10n) {
    super(reason.en);
    this.name = 'QuotaPlanError';
  }
}

export const QUOTA_PLAN_MSG = {
  negativeTotal: { en: 'total: got {got}, expects a total of 0 or more', zh: 'total:收到 {got},总指标应不小于 0', zhHant: 'total:收到 {got},總指標應不小於 0' },
  negativeWeight: { en: 'weights: value {pos} is {got}, expects a weight of 0 or more', zh: 'weights:第 {pos} 个值为 {got},权重应不小于 0', zhHant: 'weights:第 {pos} 個值為 {got},權重應不小於 0' },
  noWeight: { en: 'weights: they add up to 0; expects at least one weight above 0', zh: 'weights:权重合计为 0;至少应有一个权重大于 0', zhHant: 'weights:權重合計為 0;至少應有一個權重大於 0' },
} satisfies Record<string, L10n>;

export const QUOTA_STATUS = {
  balanced: { en: 'Balanced', zh: '已平衡', zhHant: '已平衡' },
  under: { en: 'Under-assigned', zh: '分解不足', zhHant: '分解不足' },
  over: { en: 'Over-assigned', zh: '分解超额', zhHant: '分解超額' },
} satisfies Record<string, L10n>;

export type QuotaStatus = keyof typeof QUOTA_STATUS;

/**
 * `total` (rounded to whole units first) split by `weights` (`null` = blank: no part, weight 0).
 * Throws `QuotaPlanError` for a negative total or weight, or weights adding up to 0.
 */
export function splitQuota(total: number, weights: readonly (number | null)[], show: (v: number) => string = String): (number | null)[] {
  if (total < 0) throw new QuotaPlanError(fill(QUOTA_PLAN_MSG.negativeTotal, { got: show(total) }));
  const whole = Math.round(total);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (w === null) continue;
    if (w < 0) throw new QuotaPlanError(fill(QUOTA_PLAN_MSG.negativeWeight, { pos: i + 1, got: show(w) }));
    sum += w;
  }
  if (!(sum > 0)) throw new QuotaPlanError(QUOTA_PLAN_MSG.noWeight);
  const n = weights.length;
  const out: (number | null)[] = new Array(n);
  const rest = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null) {
      out[i] = null;
      rest[i] = -1;
      continue;
    }
    const exact = (whole * w) / sum;
    // A part that is whole but for floating-point noise (69.99999999) is that whole number.
    const f = Math.floor(exact + 1e-9);
    out[i] = f;
    rest[i] = w === 0 ? -1 : exact - f;
    given += f;
  }
  let left = whole - given;
  if (left > 0) {
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (rest[i] >= 0) idx.push(i);
    idx.sort((a, b) => rest[b] - rest[a] || a - b);
    for (let k = 0; left > 0 && k < idx.length; k++, left--) (out[idx[k]] as number)++;
  }
  return out;
}

export interface QuotaRollupRow {
  own: number;
  /** `null` for a person without direct reports. */
  reports: number | null;
  gap: number | null;
  status: QuotaStatus | null;
}

/** Rounded to cents, so money sums compare without floating-point noise. */
const cents = (x: number) => Math.round(x * 100) / 100 || 0; // || 0: no −0

/** Per team row (`null` for a blank row): own quota, Σ of the direct reports', gap and status. */
export function rollupQuotas(team: Team, own: ArrayLike<number>): (QuotaRollupRow | null)[] {
  const n = team.rows.length;
  const reports = new Float64Array(n);
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = team.parent[i];
    if (p >= 0) {
      reports[p] += own[i];
      count[p]++;
    }
  }
  const out: (QuotaRollupRow | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (!team.rows[i]) {
      out[i] = null;
      continue;
    }
    if (count[i] === 0) {
      out[i] = { own: own[i], reports: null, gap: null, status: null };
      continue;
    }
    const r = cents(reports[i]);
    const gap = cents(own[i] - reports[i]);
    out[i] = { own: own[i], reports: r, gap, status: gap === 0 ? 'balanced' : gap > 0 ? 'under' : 'over' };
  }
  return out;
}
