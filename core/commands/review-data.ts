/**
 * Reading the Order reviews table into the model's entries, and the stage-08 rule as a command sees
 * it: `wonBlocked(wb, id, amount)` — the reason an opportunity may not be won now, or `null`.
 * (The rule itself is `wonBlockedReason` in core/model/review.ts.)
 */
import { normText, toNumber } from '../cell';
import type { L10n } from '../i18n';
import { wonBlockedReason, type ReviewEntry, type ReviewStep } from '../model/review';
import { readList } from '../schema/lists';
import type { TableData, Workbook } from '../schema/types';
import { setting, table, textOf } from './workbook';

export const sameId = (a: string, b: string) => normText(a) === normText(b);

/** The Reviews rows as the model reads them (rows without an ID or an entry kind are not reviews). */
export function readReviews(t: TableData): ReviewEntry[] {
  const out: ReviewEntry[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const id = textOf(t, i, 'id');
    const kind = readList('reviewEntry', textOf(t, i, 'kind'));
    if (id === '' || (kind !== 'request' && kind !== 'signoff')) continue;
    const step = readList('reviewStep', textOf(t, i, 'step'));
    const verdict = readList('reviewVerdict', textOf(t, i, 'verdict'));
    out.push({
      id,
      kind,
      opportunity: textOf(t, i, 'opportunity'),
      by: textOf(t, i, 'by'),
      step: (step ?? null) as ReviewStep | null,
      verdict: verdict === 'accept' || verdict === 'reject' ? verdict : null,
      reason: textOf(t, i, 'reason'),
      row: i,
    });
  }
  return out;
}

/** Settings `review_threshold` (`null` when blank or not a number: no review required). */
export function reviewThreshold(wb: Workbook): number | null {
  const n = toNumber(setting(wb, 'review_threshold'));
  return n === null || n === undefined ? null : n;
}

/**
 * Why the opportunity `id` of `amount` may not move to stage 08 now, or `null` when it may. Reads the
 * `reviews` and `settings` tables: a command calling it lists both in its `reads`.
 */
export function wonBlocked(wb: Workbook, id: string, amount: number | null): L10n | null {
  return wonBlockedReason({ id, amount, threshold: reviewThreshold(wb), reviews: readReviews(table(wb, 'reviews')), same: sameId });
}
