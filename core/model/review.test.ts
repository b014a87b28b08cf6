import { describe, expect, it } from 'vitest';
import { dealMargins, marginVerdict, reviewState, wonBlockedReason, type ReviewEntry } from './review';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const req = (id: string, opportunity: string, row: number): ReviewEntry => ({ id, kind: 'request', opportunity, by: 'Chen', step: null, verdict: null, reason: '', row });
const sign = (id: string, step: ReviewEntry['step'], verdict: 'accept' | 'reject', by: string, row: number): ReviewEntry => ({ id, kind: 'signoff', opportunity: 'O1', by, step, verdict, reason: '', row });

describe('dealMargins', () => {
  it('gross, expense ratio and profit as fractions of the price; verdict against the minimum', () => {
    expect(dealMargins(200, 150, 10, 10)).toEqual({ gross: 0.25, expenseRatio: 0.05, profit: 0.15 });
    expect(marginVerdict(0.1, 0.1)).toBe('ok');
    expect(marginVerdict(0.0999, 0.1)).toBe('below');
  });
});

describe('reviewState', () => {
  it('a rejection by one of the three makes the order not acceptable: the top approver decides next', () => {
    const s = reviewState('R1', [req('R1', 'O1', 0), sign('R1', 'finance', 'accept', 'F', 1), sign('R1', 'quality', 'reject', 'Q', 2)])!;
    expect(s).toMatchObject({ status: 'pending', notAcceptable: true, waiting: ['purchasing'], next: 'top' });
  });
  it('the first sign-off of a department counts (a second row cannot overwrite it)', () => {
    const s = reviewState('R1', [req('R1', 'O1', 0), sign('R1', 'finance', 'accept', 'F', 1), sign('R1', 'finance', 'reject', 'F', 2)])!;
    expect(s.signoffs.finance!.verdict).toBe('accept');
    expect(s.notAcceptable).toBe(false);
  });
});

describe('wonBlockedReason', () => {
  const base = { id: 'O1', threshold: 1000, same };
  it('no review needed at or below the threshold, with a blank amount, or without a threshold', () => {
    expect(wonBlockedReason({ ...base, amount: 1000, reviews: [] })).toBeNull();
    expect(wonBlockedReason({ ...base, amount: null, reviews: [] })).toBeNull();
    expect(wonBlockedReason({ ...base, threshold: null, amount: 5000, reviews: [] })).toBeNull();
    expect(wonBlockedReason({ ...base, threshold: 0, amount: 5000, reviews: [] })).toBeNull();
  });
  it('above it: missing, pending and rejected reviews block; the latest approved one frees', () => {
    expect(wonBlockedReason({ ...base, amount: 1001, reviews: [] })!.en).toMatch(/Request a review first/);
    const pending = [req('R1', 'o1 ', 0), sign('R1', 'finance', 'accept', 'F', 1)];
    expect(wonBlockedReason({ ...base, amount: 1001, reviews: pending })!.zh).toMatch(/等待:品质、采购/);
    const approved = [...pending, sign('R1', 'quality', 'accept', 'Q', 2), sign('R1', 'purchasing', 'accept', 'P', 3), sign('R1', 'approval', 'accept', 'Li', 4)];
    expect(wonBlockedReason({ ...base, amount: 1001, reviews: approved })).toBeNull();
    // a newer request supersedes the approved one until it is decided
    expect(wonBlockedReason({ ...base, amount: 1001, reviews: [...approved, req('R2', 'O1', 5)] })!.en).toMatch(/review R2 is not approved yet/);
    const rejected = [req('R1', 'O1', 0), sign('R1', 'approval', 'reject', 'Wang', 1)];
    expect(wonBlockedReason({ ...base, amount: 1001, reviews: rejected })!.en).toMatch(/rejected by Wang/);
  });
});
