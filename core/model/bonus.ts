/**
 * Bonus plans (奖金方案, domain.md §6): tiers of attainment, each paying a rate of the target bonus,
 * optionally capped. Tiers are half-open, [from, to); a blank `to` is open-ended; above the last tier
 * its rate still applies, and so does a tier's rate up to the next tier's `from` when the plan leaves a
 * gap; below the first tier the bonus is 0. Overlapping tiers are a mistake in the plan.
 */
import { fill, type L10n } from '../i18n';

export interface BonusTier {
  from: number;
  to: number | null;
  rate: number;
  cap: number | null;
  /** 1-based row in the plan rows (for messages). */
  row: number;
}

export class BonusError extends Error {
  constructor(readonly reason: L10n) {
    super(reason.en);
    this.name = 'BonusError';
  }
}

export const BONUS_MSG = {
  noTiers: { en: '{arg}: no tier; expects rows of attainment from, attainment to, rate, cap', zh: '{arg}:没有档位;应为 完成率从、完成率至、比例、封顶 的行', zhHant: '{arg}:沒有檔位;應為 完成率從、完成率至、比例、封頂 的列' },
  noFrom: { en: 'row {row} of {arg}: attainment from is blank; expects where the tier starts (e.g. 80%)', zh: '{arg} 第 {row} 行:完成率从为空;应填写该档起点(如 80%)', zhHant: '{arg} 第 {row} 列:完成率從為空;應填寫該檔起點(如 80%)' },
  noRate: { en: 'row {row} of {arg}: rate is blank; expects the rate of the target bonus (e.g. 100%)', zh: '{arg} 第 {row} 行:比例为空;应填写目标奖金的比例(如 100%)', zhHant: '{arg} 第 {row} 列:比例為空;應填寫目標獎金的比例(如 100%)' },
  toBeforeFrom: { en: 'row {row} of {arg}: attainment to {to} is not above from {from}; expects from < to', zh: '{arg} 第 {row} 行:完成率至 {to} 不大于完成率从 {from};应 从 < 至', zhHant: '{arg} 第 {row} 列:完成率至 {to} 不大於完成率從 {from};應 從 < 至' },
  overlap: { en: '{arg}: the tier of row {second} starts at {from}, inside the tier of row {first}; expects tiers that do not overlap', zh: '{arg}:第 {second} 行的档位从 {from} 开始,落在第 {first} 行的档位内;档位不应重叠', zhHant: '{arg}:第 {second} 列的檔位從 {from} 開始,落在第 {first} 列的檔位內;檔位不應重疊' },
  negative: { en: 'row {row} of {arg}: {what} is negative; expects 0 or more', zh: '{arg} 第 {row} 行:{what} 为负数;应不小于 0', zhHant: '{arg} 第 {row} 列:{what} 為負數;應不小於 0' },
} satisfies Record<string, L10n>;

const pc = (x: number) => `${Math.round(x * 10000) / 100}%`;

/** The tiers sorted by `from` and checked (each from < to, no overlap, rates and caps ≥ 0). */
export function checkTiers(tiers: readonly BonusTier[], arg = 'plan_rows'): BonusTier[] {
  if (tiers.length === 0) throw new BonusError(fill(BONUS_MSG.noTiers, { arg }));
  for (const t of tiers) {
    if (t.to !== null && !(t.to > t.from)) throw new BonusError(fill(BONUS_MSG.toBeforeFrom, { arg, row: t.row, to: pc(t.to), from: pc(t.from) }));
    if (t.rate < 0) throw new BonusError(fill(BONUS_MSG.negative, { arg, row: t.row, what: 'rate' }));
    if (t.cap !== null && t.cap < 0) throw new BonusError(fill(BONUS_MSG.negative, { arg, row: t.row, what: 'cap' }));
  }
  const sorted = [...tiers].sort((a, b) => a.from - b.from || a.row - b.row);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev.to === null || cur.from < prev.to) throw new BonusError(fill(BONUS_MSG.overlap, { arg, first: prev.row, second: cur.row, from: pc(cur.from) }));
  }
  return sorted;
}

/** The tier an attainment falls in (sorted, checked tiers), or `null` below the first. */
export function tierOf(attainment: number, sorted: readonly BonusTier[]): BonusTier | null {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].from <= attainment) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : sorted[found];
}

/** target × the tier's rate, limited to its cap; 0 below the first tier. */
export function bonusFor(attainment: number, target: number, sorted: readonly BonusTier[]): number {
  const tier = tierOf(attainment, sorted);
  if (!tier) return 0;
  const b = target * tier.rate;
  return tier.cap !== null && b > tier.cap ? tier.cap : b;
}
