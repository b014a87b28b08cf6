/**
 * Quota monitoring (销售指标, domain.md §6): attainment = actual ÷ quota, and pipeline coverage =
 * pipeline ÷ what is still to close (quota − closed). Both are fractions (1 = 100 %).
 *
 * Edges, chosen for a manager reading the sheet:
 * - a blank, zero or negative quota has no attainment and no coverage: the row says so;
 * - a blank actual, pipeline or closed amount counts as 0 (nothing yet);
 * - when closed already reaches the quota nothing is left to cover: coverage is "quota met".
 */
import type { L10n } from '../i18n';

export const QUOTA_MSG = {
  noQuota: {
    en: 'quota: got {got}, expects a quota greater than 0',
    zh: 'quota:收到 {got},指标应大于 0',
    zhHant: 'quota:收到 {got},指標應大於 0',
  },
} satisfies Record<string, L10n>;

export const QUOTA_MET: L10n = { en: 'Quota met', zh: '已完成指标', zhHant: '已完成指標' };

/** Whether a quota can be measured against (a number above 0). */
export function validQuota(quota: number | null): quota is number {
  return quota !== null && quota > 0;
}

/** actual ÷ quota (the quota must be valid). A blank actual is 0. */
export function attainment(actual: number | null, quota: number): number {
  return (actual ?? 0) / quota;
}

/** What is still to close: quota − closed (may be ≤ 0 when the quota is met). */
export function remaining(quota: number, closed: number | null): number {
  return quota - (closed ?? 0);
}

/** pipeline ÷ (quota − closed); `null` when nothing is left to close (the quota is met). */
export function coverage(pipeline: number | null, quota: number, closed: number | null): number | null {
  const left = remaining(quota, closed);
  return left > 0 ? (pipeline ?? 0) / left : null;
}
