import { describe, expect, it } from 'vitest';
import { addToStage, emptyTotals, funnelHealth, funnelHealthOf, healthStatus } from './funnel';
import { LOST } from './stage';

describe('healthStatus', () => {
  it('is excellent above 100 %, good from 70 % to 100 % inclusive, warning below 70 %', () => {
    expect(healthStatus(1.0001)).toBe('excellent');
    expect(healthStatus(1)).toBe('good');
    expect(healthStatus(0.85)).toBe('good');
    expect(healthStatus(0.7)).toBe('good');
    expect(healthStatus(0.6999)).toBe('warning');
    expect(healthStatus(0)).toBe('warning');
    expect(healthStatus(null)).toBe('none');
  });

  it('keeps exactly 70 % and 100 % good when the ratio carries binary rounding', () => {
    expect(0.1 * 7).not.toBe(0.7); // 0.7000000000000001
    expect(healthStatus((0.1 * 7) / 1)).toBe('good');
    expect(healthStatus(0.7 - 1e-15)).toBe('good');
    expect(healthStatus((0.1 + 0.2) / 0.3)).toBe('good'); // 1.0000000000000002
  });
});

describe('funnelHealth', () => {
  it('divides current by benchmark per stage, blank or zero benchmark has no ratio', () => {
    const totals = emptyTotals();
    addToStage(totals, 1);
    addToStage(totals, 1);
    addToStage(totals, 3, 700);
    const h = funnelHealth(totals, [2, 0, 1000, null, 1, 1, 1, 1]);
    expect(h).toHaveLength(8);
    expect(h[0]).toEqual({ stage: 1, current: 2, benchmark: 2, ratio: 1, status: 'good' });
    expect(h[1]).toEqual({ stage: 2, current: 0, benchmark: null, ratio: null, status: 'none' });
    expect(h[2]).toEqual({ stage: 3, current: 700, benchmark: 1000, ratio: 0.7, status: 'good' });
    expect(h[3].status).toBe('none');
    expect(h[4]).toEqual({ stage: 5, current: 0, benchmark: 1, ratio: 0, status: 'warning' });
  });

  it('never counts lost opportunities', () => {
    const totals = emptyTotals();
    addToStage(totals, LOST);
    addToStage(totals, LOST, 1000);
    expect(Array.from(totals.slice(1))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('works on typed opportunities by count or by amount, skipping blank stages', () => {
    const opps = [
      { stage: 2 as const, amount: 100 },
      { stage: 2 as const, amount: 50 },
      { stage: null, amount: 999 },
      { stage: LOST, amount: 400 },
      { stage: 8 as const, amount: null },
    ];
    const byCount = funnelHealthOf(opps, [1, 1, 1, 1, 1, 1, 1, 1]);
    expect(byCount.map((h) => h.current)).toEqual([0, 2, 0, 0, 0, 0, 0, 1]);
    expect(byCount[1].status).toBe('excellent');
    const byAmount = funnelHealthOf(opps, [1, 200, 1, 1, 1, 1, 1, 1], true);
    expect(byAmount[1]).toMatchObject({ current: 150, ratio: 0.75, status: 'good' });
    expect(byAmount[7].current).toBe(0);
  });
});
