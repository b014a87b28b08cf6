import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerKey } from './customer-key';
import { DISTINCTIVE_WEIGHT, GENERIC_WEIGHT, keyProfile, similarity } from './customer-similarity';

const sim = (a: string, b: string, t = 0) => similarity(keyProfile(customerKey(a)), keyProfile(customerKey(b)), t);

describe('keyProfile', () => {
  it('weighs the trade name heavier than industry words and places', () => {
    const p = keyProfile('北京科技发展');
    expect(Array.from(p.weights)).toEqual([1, 1, 1, 1, 1, 1]);
    const q = keyProfile('华为技术');
    expect(Array.from(q.weights)).toEqual([DISTINCTIVE_WEIGHT, DISTINCTIVE_WEIGHT, GENERIC_WEIGHT, GENERIC_WEIGHT]);
    expect(q.total).toBe(2 * DISTINCTIVE_WEIGHT + 2 * GENERIC_WEIGHT);
    const l = keyProfile('acme trading');
    expect(l.text).toBe('acmetrading');
    expect(l.total).toBe(4 * DISTINCTIVE_WEIGHT + 7 * GENERIC_WEIGHT);
  });

  it('records the numbers of a key', () => {
    expect(keyProfile('plant 12 line 3').digits).toBe('12|3');
    expect(keyProfile('华为').digits).toBe('');
  });
});

describe('similarity', () => {
  it('is 1 for equal keys', () => {
    expect(sim('华为技术有限公司', '深圳市華為技術有限公司')).toBe(1);
    expect(sim('Huawei', 'Hua Wei')).toBe(1);
  });

  it('is low when only a place or an industry word is shared', () => {
    expect(sim('北京科技发展有限公司', '上海科技发展有限公司')).toBeCloseTo(2 / 3, 3);
    expect(sim('北京科技发展有限公司', '深圳科技贸易有限公司')).toBeLessThan(0.5);
    expect(sim('腾讯计算机系统有限公司', '腾达计算机系统有限公司')).toBeLessThan(0.8);
    expect(sim('Acme Trading Ltd', 'Acme Technology Ltd')).toBeLessThan(0.7);
  });

  it('forgives a small change in a long name more than in the trade name', () => {
    // an industry word changed: 华为技术 / 华为科技
    expect(sim('华为技术', '华为科技')).toBeCloseTo(2 / 3, 3);
    // one character of a long trade name
    expect(sim('阿里巴巴网络技术', '阿里巳巴网络技术')).toBeGreaterThan(0.8);
    // an industry word added
    expect(sim('阿里巴巴网络技术', '阿里巴巴网络技术服务')).toBeGreaterThan(0.85);
  });

  it('never matches keys with different numbers', () => {
    expect(sim('第1分公司', '第2分公司')).toBe(0);
    expect(sim('360安全科技', '361安全科技')).toBe(0);
    expect(sim('360安全科技', '360安全科技')).toBe(1);
  });

  it('gives −1 only below a threshold, and then the exact value is below it', () => {
    const pairs: [string, string][] = [['华为技术', '华为科技'], ['北京科技发展', '上海科技发展'], ['acme', 'acne'], ['中国电信', '中国联通']];
    for (const [a, b] of pairs) {
      const exact = sim(a, b);
      for (const t of [0.5, 0.7, 0.85, 0.95]) {
        const s = sim(a, b, t);
        if (exact >= t) expect(s).toBeCloseTo(exact, 9);
        else expect(s).toBe(-1);
      }
    }
  });

  it('is symmetric, within 0–1, and 1 only for equal texts (property)', () => {
    const alphabet = fc.constantFrom(...'华为技术科发展贸易北京上海中国电信abc12 ');
    const name = fc.array(alphabet, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const pa = keyProfile(customerKey(a));
        const pb = keyProfile(customerKey(b));
        const s1 = similarity(pa, pb);
        const s2 = similarity(pb, pa);
        expect(s1).toBeCloseTo(s2, 9);
        expect(s1).toBeGreaterThanOrEqual(0);
        expect(s1).toBeLessThanOrEqual(1);
        if (pa.text === pb.text && pa.text !== '') expect(s1).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
