import { describe, expect, it } from 'vitest';
import { TRAD_SIMP_PAIRS } from './hanzi-table';
import { simplifyChar, toSimplified } from './hanzi';

describe('toSimplified', () => {
  it('folds traditional company names to simplified', () => {
    expect(toSimplified('中國電信')).toBe('中国电信');
    expect(toSimplified('華為技術有限公司')).toBe('华为技术有限公司');
    expect(toSimplified('有限責任公司')).toBe('有限责任公司');
    expect(toSimplified('集團')).toBe('集团');
    expect(toSimplified('廣東省深圳市')).toBe('广东省深圳市');
    expect(toSimplified('貿易（上海）')).toBe('贸易（上海）');
  });

  it('folds Taiwan and Hong Kong variant forms too', () => {
    expect(toSimplified('臺灣')).toBe('台湾');
    expect(toSimplified('裡')).toBe('里');
    expect(toSimplified('峯')).toBe('峰');
  });

  it('leaves simplified, Latin, digits and punctuation as they are', () => {
    const s = '中国电信 China Telecom 10086 (什么) 台 里 后 发';
    expect(toSimplified(s)).toBe(s);
  });

  it('is idempotent: a folded character never folds again', () => {
    for (let i = 0; i < TRAD_SIMP_PAIRS.length; i += 2) {
      const simp = TRAD_SIMP_PAIRS[i + 1];
      expect(simplifyChar(simp), `${TRAD_SIMP_PAIRS[i]}→${simp}`).toBe(simp);
    }
  });

  it('ships a compact table of single BMP characters', () => {
    expect(TRAD_SIMP_PAIRS.length % 2).toBe(0);
    expect(TRAD_SIMP_PAIRS.length).toBeGreaterThan(4000);
    expect(TRAD_SIMP_PAIRS.length).toBeLessThan(8000);
  });
});
