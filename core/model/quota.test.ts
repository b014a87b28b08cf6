import { describe, expect, it } from 'vitest';
import { attainment, coverage, remaining, validQuota } from './quota';

describe('quota', () => {
  it('attainment is actual ÷ quota; blank actual is 0', () => {
    expect(attainment(120, 100)).toBe(1.2);
    expect(attainment(null, 100)).toBe(0);
    expect(attainment(-10, 100)).toBe(-0.1);
  });

  it('a quota must be above 0', () => {
    expect(validQuota(1)).toBe(true);
    expect(validQuota(0)).toBe(false);
    expect(validQuota(-5)).toBe(false);
    expect(validQuota(null)).toBe(false);
  });

  it('coverage is pipeline ÷ (quota − closed); nothing left to cover when the quota is met', () => {
    expect(coverage(300, 200, 100)).toBe(3);
    expect(coverage(300, 200, null)).toBe(1.5);
    expect(coverage(null, 200, 100)).toBe(0);
    expect(remaining(200, 200)).toBe(0);
    expect(coverage(300, 200, 200)).toBeNull();
    expect(coverage(300, 200, 250)).toBeNull();
  });
});
