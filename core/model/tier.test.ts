import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerTiers, tierOf, vipCutoff } from './tier';

describe('vipCutoff', () => {
  it('is the value of the last customer needed to reach the share of the positive total', () => {
    expect(vipCutoff([500, 300, 100, 80, 20])).toBe(300);
    expect(vipCutoff([500, 299, 101, 80, 20])).toBe(101);
    expect(vipCutoff([100], 0.8)).toBe(100);
    expect(vipCutoff([-5, 0, null])).toBe(Infinity);
    expect(vipCutoff([10, 20], 0)).toBe(Infinity);
    expect(vipCutoff([10, 20, 30], 1)).toBe(10);
  });

  it('ignores negative and blank values in the total', () => {
    expect(vipCutoff([800, 200, -1000, null])).toBe(800);
  });

  it('reaches the share exactly despite binary rounding', () => {
    // 0.1 + 0.7 < 0.8 in floating point; 0.8 of 1.0 is reached by 0.7 + 0.1
    expect(vipCutoff([0.7, 0.1, 0.1, 0.1])).toBe(0.1);
  });
});

describe('customerTiers', () => {
  it('applies precedence VIP > BZ > MGC > Standard', () => {
    const t = customerTiers([
      { value: 500, growth: -0.5 },
      { value: 300, growth: 0.9 },
      { value: 100, growth: -0.01 },
      { value: 80, growth: 0.2 },
      { value: 20, growth: 0.19 },
      { value: null, growth: 0.5 },
      { value: 0, growth: null },
      { value: -10, growth: null },
      { value: -10, growth: 0.3 },
    ]);
    expect(t).toEqual(['VIP', 'VIP', 'BZ', 'MGC', 'Standard', null, 'Standard', 'BZ', 'MGC']);
  });

  it('without growth, BZ is a negative value', () => {
    expect(customerTiers([{ value: 100 }, { value: -1 }, { value: 0 }])).toEqual(['VIP', 'BZ', 'Standard']);
  });

  it('tied customers share a tier', () => {
    expect(customerTiers([{ value: 60 }, { value: 20 }, { value: 20 }])).toEqual(['VIP', 'VIP', 'VIP']);
    expect(tierOf(20, null, 20)).toBe('VIP');
  });

  it('does not depend on row order, and VIPs hold at least the share', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 1000 }), { minLength: 1, maxLength: 40 }), fc.double({ min: 0.05, max: 1, noNaN: true }), (vals, share) => {
        const cs = vals.map((value) => ({ value }));
        const tiers = customerTiers(cs, share);
        const rev = customerTiers([...cs].reverse(), share).reverse();
        expect(rev).toEqual(tiers);
        const pos = vals.filter((v) => v > 0).reduce((a, b) => a + b, 0);
        const vip = vals.filter((_, i) => tiers[i] === 'VIP').reduce((a, b) => a + b, 0);
        if (pos > 0) expect(vip).toBeGreaterThanOrEqual(share * pos * (1 - 1e-9));
        // smallest: without the lowest-valued VIPs (the cutoff tie group) the share is not reached
        const vipVals = vals.filter((_, i) => tiers[i] === 'VIP');
        if (vipVals.length) {
          const lowest = Math.min(...vipVals);
          const above = vipVals.filter((v) => v > lowest).reduce((a, b) => a + b, 0);
          expect(above).toBeLessThan(share * pos);
        }
      }),
    );
  });
});
