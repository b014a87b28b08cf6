import { describe, expect, it } from 'vitest';
import { customerKey } from './customer-key';
import { buildCustomerIndex, DEFAULT_MATCH_THRESHOLD } from './customer-match';
import { keyProfile, sameKeySimilarity, similarity } from './customer-similarity';

const REGISTER = [
  '华为技术有限公司', // 0
  '北京科技发展有限公司', // 1
  '上海科技发展有限公司', // 2
  '', // 3: blank row
  '中國電信股份有限公司', // 4
  'Acme Trading Co., Ltd.', // 5
  '深圳科技贸易有限公司', // 6
  '阿里巴巴（中国）网络技术有限公司', // 7
  '华为技术有限公司', // 8: a duplicate already in the register
];

describe('buildCustomerIndex / search', () => {
  const index = buildCustomerIndex(REGISTER);

  it('finds the existing customer through script, width, legal form, place and bracket differences', () => {
    expect(index.search('廣東省深圳市華為技術有限責任公司')).toEqual([
      { row: 0, name: '华为技术有限公司', similarity: 0.973 },
      { row: 8, name: '华为技术有限公司', similarity: 0.973 },
    ]);
    expect(index.search('中国电信')[0]).toMatchObject({ row: 4, name: '中國電信股份有限公司' });
    expect(index.search('ACME TRADING (SHANGHAI) LIMITED')[0]).toMatchObject({ row: 5 });
    expect(index.search('阿里巴巴网络技术')[0]).toMatchObject({ row: 7 });
  });

  it('grades the similarity of the same company by how differently it is written: 100 % only for the same writing', () => {
    const sims = ['华为技术有限公司', '華為技術有限公司', '深圳市华为技术有限公司', '廣東省深圳市華為技術有限責任公司'].map((n) => index.search(n)[0].similarity);
    expect(sims[0]).toBe(1);
    for (let i = 1; i < sims.length; i++) {
      expect(sims[i]).toBeGreaterThanOrEqual(0.95);
      expect(sims[i]).toBeLessThan(sims[i - 1]);
    }
    for (const q of ['中国电信', 'ACME TRADING (SHANGHAI) LIMITED', '阿里巴巴网络技术']) {
      const s = index.search(q)[0].similarity;
      expect(s, q).toBeGreaterThanOrEqual(0.95);
      expect(s, q).toBeLessThan(1);
    }
  });

  it('does not match companies that only share a place or an industry word', () => {
    expect(index.search('北京科技发展有限公司').map((m) => m.row)).toEqual([1]);
    expect(index.search('广州科技发展有限公司')).toEqual([]);
    expect(index.search('华为科技有限公司')).toEqual([]);
    expect(index.search('Acme Technology Ltd')).toEqual([]);
  });

  it('with a lower threshold, returns near names best first with their similarity', () => {
    const r = index.search('北京科技发展', { threshold: 0.6 });
    expect(r).toEqual([
      { row: 1, name: '北京科技发展有限公司', similarity: 0.98 },
      { row: 2, name: '上海科技发展有限公司', similarity: 0.667 },
    ]);
    expect(index.search('华为科技', { threshold: 0.6 })[0]).toMatchObject({ row: 0, similarity: 0.667 });
  });

  it('honours limit and reads thresholds below 0.5 as 0.5', () => {
    expect(index.search('华为技术', { limit: 1 })).toHaveLength(1);
    expect(index.search('北京科技发展', { threshold: 0.1 })).toEqual(index.search('北京科技发展', { threshold: 0.5 }));
  });

  it('gives nothing for blank queries and never returns blank rows', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  （）')).toEqual([]);
    expect(index.search(null)).toEqual([]);
    expect(index.key(3)).toBe('');
    expect(index.key(0)).toBe('华为技术');
    expect(index.size).toBe(REGISTER.length);
    expect(buildCustomerIndex([]).search('华为')).toEqual([]);
  });
});

/** A deterministic corpus with many near spellings, to check the blocking against a full scan. */
function corpus(n: number, seed: number): string[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  const chars = [...'华为腾讯阿里巴京东美团百度联想海尔格力万科平安招商中信光大民生兴业宁德时代比亚迪小米吉利长城奇瑞'];
  const places = ['', '', '北京', '上海市', '深圳市', '广东省深圳市'];
  const inds = ['科技', '技术', '贸易', '实业', '电子', '网络科技', '', '发展'];
  const legal = ['有限公司', '股份有限公司', '集团', '', '（上海）有限公司'];
  const latin = ['acme', 'apex', 'nova', 'orbit', 'zen', 'acne', 'apes'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.15) out.push(`${pick(latin)} ${pick(latin)} ${pick(['trading', 'technology', ''])} ${pick(['co ltd', 'inc', ''])}`);
    else if (r < 0.2) out.push(`${pick(chars)}${pick(chars)}${Math.floor(rnd() * 3)}号${pick(inds)}`);
    else if (r < 0.25) out.push('');
    else {
      let z = '';
      const len = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < len; k++) z += pick(chars);
      out.push(pick(places) + z + pick(inds) + pick(legal));
    }
  }
  return out;
}

describe('the blocking finds exactly what a full scan finds', () => {
  const names = corpus(1500, 7);
  const index = buildCustomerIndex(names);
  const profiles = names.map((n) => keyProfile(customerKey(n)));
  const queries = corpus(150, 99).concat(names.slice(0, 100), ['华为', '科技', 'acme', '腾讯科技', '']);

  for (const threshold of [0.5, 0.7, DEFAULT_MATCH_THRESHOLD, 0.95]) {
    it(`at threshold ${threshold}`, () => {
      let matched = 0;
      for (const q of queries) {
        const key = customerKey(q);
        const got = index.search(q, { threshold, limit: 100000 });
        const want: { row: number; similarity: number }[] = [];
        if (key) {
          const qp = keyProfile(key);
          profiles.forEach((p, row) => {
            if (!p.text) return;
            const s = similarity(qp, p);
            // equal keys: graded by how differently the two names are written
            if (s >= threshold - 1e-9) want.push({ row, similarity: Math.round((s >= 1 - 1e-9 ? sameKeySimilarity(q, names[row].trim()) : s) * 1000) / 1000 });
          });
        }
        want.sort((a, b) => b.similarity - a.similarity || a.row - b.row);
        expect(got.map((m) => ({ row: m.row, similarity: m.similarity })), `${q} at ${threshold}`).toEqual(want);
        matched += got.length;
      }
      expect(matched).toBeGreaterThan(queries.length / 2);
    });
  }

  it('is deterministic: the same index answers the same twice, and a rebuilt index too', () => {
    const again = buildCustomerIndex(names);
    for (const q of queries.slice(0, 50)) {
      expect(index.search(q, { threshold: 0.7 })).toEqual(again.search(q, { threshold: 0.7 }));
      expect(index.search(q, { threshold: 0.7 })).toEqual(index.search(q, { threshold: 0.7 }));
    }
  });
});

describe('check: the uniqueness check of a name being registered (issue 12)', () => {
  const register = ['ACME Medical Devices (Suzhou) Co Ltd', '华为技术有限公司', '中国电信股份有限公司', 'Huawei Technologies Co., Ltd.', '深圳市腾讯计算机系统有限公司', '北京科技发展有限公司'];
  const index = buildCustomerIndex(register);

  it('a place in brackets and the same place at the end without brackets are the same company', () => {
    expect(customerKey('ACME Medical Devices Suzhou')).toBe(customerKey('ACME Medical Devices (Suzhou) Co Ltd'));
    expect(customerKey('环球贸易上海有限公司')).toBe(customerKey('环球贸易（上海）有限公司'));
    expect(index.check('ACME Medical Devices Suzhou')[0]).toMatchObject({ row: 0, kind: 'same' });
    // a trade name ending in a place (no industry word before it) keeps it
    expect(customerKey('Air China')).not.toBe(customerKey('Air Macau'));
  });

  it('reports a branch as a branch of the existing customer, not as a new one nor a duplicate', () => {
    for (const q of ['华为技术有限公司北京分公司', '华为技术有限公司（上海分公司）', '深圳华为技术北京分公司']) {
      const r = index.check(q);
      expect(r[0], q).toMatchObject({ row: 1, kind: 'branch' });
      expect(r.some((m) => m.kind === 'same'), q).toBe(false);
    }
    expect(index.check('Huawei Technologies Co., Ltd. Beijing Branch')[0]).toMatchObject({ row: 3, kind: 'branch' });
    // the same branch registered twice is a duplicate of it
    const withBranch = buildCustomerIndex([...register, '华为技术有限公司北京分公司']);
    expect(withBranch.check('華為技術有限公司北京分公司')[0]).toMatchObject({ row: 6, kind: 'same' });
  });

  it('reports a one-character slip in a trade name as a possible match with a lower similarity', () => {
    const r = index.check('中国电讯');
    expect(r[0]).toMatchObject({ row: 2, kind: 'possible' });
    expect(r[0].similarity).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
    expect(r[0].similarity).toBeGreaterThanOrEqual(0.5);
    const t = index.check('深圳市腾迅计算机系统有限公司')[0];
    expect(t).toMatchObject({ row: 4, kind: 'possible' });
    expect(t.similarity).toBeLessThan(index.check('深圳市腾讯计算机系统有限公司')[0].similarity);
  });

  it('reports nothing for a company sharing only a place or an industry word', () => {
    expect(index.check('上海科技发展有限公司').filter((m) => m.kind !== 'possible')).toEqual([]);
    expect(index.check('Zenith Trading Ltd')).toEqual([]);
  });

  it('lists likely duplicates first, then branches, then possible matches', () => {
    const idx = buildCustomerIndex(['华为技术有限公司', '华伟技术有限公司', '华为技术有限公司']);
    const kinds = idx.check('华为技术有限公司北京分公司').map((m) => m.kind);
    expect(kinds[0]).toBe('branch');
    const r = idx.check('華為技術');
    expect(r.map((m) => m.kind)).toEqual(['same', 'same', 'possible']);
  });
});
