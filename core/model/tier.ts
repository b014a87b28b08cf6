/**
 * Customer classification (客户分类, domain.md §1), from the 20:80 principle:
 * - VIP: the smallest set of top customers holding `vipShare` (default 80 %) of the total positive
 *   value. Customers tied with the last one needed are all VIP (equal value, equal tier), so the
 *   result does not depend on row order.
 * - BZ: negative growth (growth < 0); where no growth is known, a negative value.
 * - MGC: growth ≥ `growthThreshold` (default 20 %).
 * - Standard: everyone else.
 * Precedence VIP > BZ > MGC > Standard.
 */
import type { L10n } from '../i18n';

export type Tier = 'VIP' | 'BZ' | 'MGC' | 'Standard';

export const TIER_LABELS: Record<Tier, L10n> = {
  VIP: { en: 'VIP', zh: 'VIP', zhHant: 'VIP' },
  BZ: { en: 'BZ', zh: 'BZ', zhHant: 'BZ' },
  MGC: { en: 'MGC', zh: 'MGC', zhHant: 'MGC' },
  Standard: { en: 'Standard', zh: '普通', zhHant: '普通' },
};

export const DEFAULT_VIP_SHARE = 0.8;
export const DEFAULT_GROWTH_THRESHOLD = 0.2;

/** Tolerance for the cumulative share (sums of amounts carry binary rounding). */
const EDGE = 1e-9;

/**
 * The smallest value a customer may have and still be VIP: walking customers from the largest
 * positive value down, the value of the one at which the running sum first reaches
 * `vipShare` × total. `Infinity` when nobody is VIP (no positive value, or a share of 0).
 * `values` holds numbers; `null` or NaN for blank or unreadable rows (ignored).
 */
export function vipCutoff(values: ArrayLike<number | null>, vipShare = DEFAULT_VIP_SHARE): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v > 0) n++;
  }
  if (n === 0 || !(vipShare > 0)) return Infinity;
  const pos = new Float64Array(n);
  let total = 0;
  for (let i = 0, k = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v > 0) {
      pos[k++] = v;
      total += v;
    }
  }
  pos.sort();
  const need = vipShare * total * (1 - EDGE);
  let sum = 0;
  for (let k = n - 1; k >= 0; k--) {
    sum += pos[k];
    if (sum >= need) return pos[k];
  }
  return pos[0];
}

/** One customer's tier, given the VIP cutoff. `growth` `null` = not known. */
export function tierOf(value: number, growth: number | null, cutoff: number, growthThreshold = DEFAULT_GROWTH_THRESHOLD): Tier {
  if (value > 0 && value >= cutoff) return 'VIP';
  if (growth === null ? value < 0 : growth < 0) return 'BZ';
  if (growth !== null && growth >= growthThreshold) return 'MGC';
  return 'Standard';
}

/** Tiers of typed customers (blank value → `null`). */
export function customerTiers(
  customers: readonly { value: number | null; growth?: number | null }[],
  vipShare = DEFAULT_VIP_SHARE,
  growthThreshold = DEFAULT_GROWTH_THRESHOLD,
): (Tier | null)[] {
  const values = customers.map((c) => c.value);
  const cutoff = vipCutoff(values, vipShare);
  return customers.map((c) => (c.value === null ? null : tierOf(c.value, c.growth ?? null, cutoff, growthThreshold)));
}
