import { describe, expect, it } from 'vitest';
import { customerKey } from './customer-key';
import { keyProfile, similarity } from './customer-similarity';
import { keyTable } from './customer-match';
import { duplicateGroups, nearPairs } from './duplicates';

const groups = (names: string[], t?: number) => Array.from(duplicateGroups(names, t).group);

describe('duplicateGroups', () => {
  it('groups the rows that name the same company, numbered by first row; blank for the rest', () => {
    const names = [
      '华为技术有限公司',
      '北京科技发展有限公司',
      '中國電信股份有限公司',
      '深圳市华为技术有限公司',
      '',
      '中国电信',
      '上海科技发展有限公司',
      'Acme Trading Co., Ltd.',
      'ACME TRADING (SHANGHAI) LIMITED',
      '深圳科技贸易有限公司',
    ];
    expect(groups(names)).toEqual([1, 0, 2, 1, 0, 2, 0, 3, 3, 0]);
    expect(duplicateGroups(names).count).toBe(3);
  });

  it('does not chain companies together through a shared place or industry word', () => {
    const names = ['北京科技发展', '上海科技发展', '深圳科技贸易', '北京科技贸易', '广州科技发展', '深圳华为技术', '华为技术'];
    expect(groups(names)).toEqual([0, 0, 0, 0, 0, 1, 1]);
    // even with a low threshold, the generic rows stay apart from 华为
    const low = groups(names, 0.5);
    expect(low[5]).toBe(low[6]);
    for (let i = 0; i < 5; i++) expect(low[i]).not.toBe(low[5]);
  });

  it('never puts two rows in a group unless every pair of the group is similar enough (no chaining)', () => {
    // A ~ B and B ~ C at 0.8, but A and C are too far apart: C must not join A's group through B.
    const A = '阿里巴巴网络技术';
    const B = '阿里巴巴网络';
    const C = '阿里巴巴';
    const p = [A, B, C].map((n) => keyProfile(customerKey(n)));
    expect(similarity(p[0], p[1])).toBeGreaterThanOrEqual(0.8);
    expect(similarity(p[1], p[2])).toBeGreaterThanOrEqual(0.8);
    expect(similarity(p[0], p[2])).toBeLessThan(0.8);
    const g = groups([A, B, C], 0.8);
    expect(g[0] !== 0 && g[0] === g[2]).toBe(false);
    expect(g.filter((x) => x !== 0).length).toBe(2);
  });

  it('holds the complete-linkage invariant on a larger list, and equal keys always share a group', () => {
    const chars = '华为腾讯阿里巴京东美团百度联想海尔格力';
    let s = 11;
    const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const names: string[] = [];
    for (let i = 0; i < 600; i++) {
      let z = '';
      for (let k = 0, len = 2 + Math.floor(rnd() * 3); k < len; k++) z += chars[Math.floor(rnd() * chars.length)];
      names.push(['', '北京', '深圳市'][Math.floor(rnd() * 3)] + z + ['科技', '技术', '网络科技', ''][Math.floor(rnd() * 4)] + '有限公司');
    }
    for (const t of [0.6, 0.85]) {
      const g = groups(names, t);
      const keys = names.map(customerKey);
      const prof = keys.map(keyProfile);
      const byGroup = new Map<number, number[]>();
      g.forEach((x, r) => x && (byGroup.get(x)?.push(r) ?? byGroup.set(x, [r])));
      expect(byGroup.size).toBeGreaterThan(5);
      // some groups join different keys (near names), not only equal ones
      const mixedKeys = [...byGroup.values()].filter((rows) => new Set(rows.map((r) => keys[r])).size > 1).length;
      if (t < 0.7) expect(mixedKeys).toBeGreaterThan(3);
      for (const rows of byGroup.values()) {
        expect(rows.length).toBeGreaterThan(1);
        for (const a of rows) for (const b of rows) if (a < b) expect(similarity(prof[a], prof[b])).toBeGreaterThanOrEqual(t - 1e-9);
      }
      for (let a = 0; a < names.length; a++) for (let b = a + 1; b < names.length; b++) if (keys[a] === keys[b]) expect(g[a]).not.toBe(0), expect(g[a]).toBe(g[b]);
      // numbered by first row: group labels appear in increasing order
      let next = 1;
      for (const x of g) if (x) {
        expect(x).toBeLessThanOrEqual(next);
        if (x === next) next++;
      }
    }
  });

  it('is deterministic and blank rows are never grouped', () => {
    const names = ['华为技术', '', '華為技術', '   ', '华为技术有限公司'];
    expect(groups(names)).toEqual([1, 0, 1, 0, 1]);
    expect(groups(names)).toEqual(groups(names));
    expect(groups([])).toEqual([]);
    expect(groups(['', ''])).toEqual([0, 0]);
  });

  it('finds duplicates among many names sharing the same numbers', () => {
    const chars = [...'华为腾讯阿里巴京东美团百度联想海尔格力万科平安'];
    const names: string[] = [];
    for (let i = 0; i < 40; i++) names.push(chars[i % 20] + chars[Math.floor(i / 20) + 5] + chars[(i * 3 + 1) % 20] + '8号店');
    const uniq = new Set(names.map(customerKey));
    expect(uniq.size).toBe(40);
    // an equal key, a near key (an industry word added: similarity 11/13) and a different number
    names.push('深圳市' + names[1], names[5] + '服务有限公司', names[7].replace('8', '9'));
    const g = groups(names, 0.84);
    expect(g[40]).toBe(g[1]);
    expect(g[41]).toBe(g[5]);
    expect(g[1]).not.toBe(0);
    expect(g[5]).not.toBe(g[1]);
    expect(g[42]).toBe(0);
    expect(g.filter((x) => x !== 0)).toHaveLength(4);
  });

  it('keeps names with different numbers apart', () => {
    expect(groups(['客户1号', '客户2号', '客户1号有限公司'])).toEqual([1, 0, 1]);
  });
});

describe('nearPairs (the join behind the groups)', () => {
  it('finds exactly the pairs of keys a comparison of all pairs finds', () => {
    let s = 5;
    const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const chars = [...'华为腾讯阿里巴京东美团百度联想海尔'];
    const inds = ['科技', '技术', '网络科技', '', '服务', '新材料', '材料'];
    const names: string[] = [];
    for (let i = 0; i < 700; i++) {
      let z = '';
      for (let k = 0, len = 2 + Math.floor(rnd() * 4); k < len; k++) z += chars[Math.floor(rnd() * chars.length)];
      const r = rnd();
      names.push(r < 0.1 ? `${z}${Math.floor(rnd() * 3)}号` : r < 0.2 ? ['acme', 'apex', 'acne'][Math.floor(rnd() * 3)] + ' ' + ['trading', 'tech', 'group'][Math.floor(rnd() * 3)] : z + inds[Math.floor(rnd() * inds.length)]);
    }
    // long trade names with an industry word added: similarity 0.9
    for (let i = 0; i < 5; i++) {
      const z = chars.slice(i, i + 8).join('');
      names.push(z + '科技', z + '科技服务');
    }
    // repeated numbers make one set of more than 32 keys with the same numbers
    for (let i = 0; i < 40; i++) names.push(chars[i % chars.length] + chars[(i * 5 + 1) % chars.length] + '1号' + inds[i % inds.length]);
    const table = keyTable(names);
    for (const t of [0.6, 0.75, 0.9]) {
      const got = nearPairs(table, t);
      const gotSet = new Set(got.a.map((a, i) => `${Math.min(a, got.b[i])}-${Math.max(a, got.b[i])}`));
      expect(gotSet.size).toBe(got.a.length);
      const want = new Set<string>();
      for (let a = 0; a < table.keys.length; a++) {
        for (let b = a + 1; b < table.keys.length; b++) {
          if (similarity(table.profiles[a], table.profiles[b]) >= t - 1e-9) want.add(`${a}-${b}`);
        }
      }
      if (t === 0.6) expect(want.size).toBeGreaterThan(10);
      if (t === 0.9) expect(want.size).toBeGreaterThanOrEqual(5);
      expect([...gotSet].sort()).toEqual([...want].sort());
    }
  });
});
