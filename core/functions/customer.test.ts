import { describe, expect, it } from 'vitest';
import { CUSTOMER_KEY, CUSTOMER_MATCH, DUPLICATE_GROUPS } from './customer';
import { callFunction } from './run';
import { CallError, CellError } from './spec';

const en = { lang: 'en' as const };
const zh = { lang: 'zh' as const };
const col = (...xs: unknown[]) => xs.map((x) => [x]);

const EXISTING = col('中國電信股份有限公司', '', '華為技術有限公司', '北京科技发展有限公司', 'Acme Trading Co., Ltd.');

function callError(f: Parameters<typeof callFunction>[0], args: unknown[], ctx: { lang: 'en' | 'zh' } = en): string {
  try {
    callFunction(f, args, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(CallError);
    return (e as Error).message;
  }
  throw new Error('expected a CallError');
}

describe('CUSTOMER_KEY', () => {
  it('keys each cell; blank cells stay blank (Sheets "" and Excel null alike)', () => {
    expect(callFunction(CUSTOMER_KEY, [col('中國電信股份有限公司', '', null, '  ', 'ACME TRADING LIMITED')], en)).toEqual([['中国电信'], [''], [''], [''], ['acme trading']]);
  });

  it('takes a single cell, as Sheets passes it', () => {
    expect(callFunction(CUSTOMER_KEY, ['深圳市华为技术有限公司'], en)).toEqual([['华为技术']]);
  });

  it('reads numbers as text and makes a TRUE/FALSE cell an error saying text is expected', () => {
    const r = callFunction(CUSTOMER_KEY, [col(360, true)], zh) as unknown[][];
    expect(r[0][0]).toBe('360');
    expect(r[1][0]).toBeInstanceOf(CellError);
    expect((r[1][0] as CellError).reason).toContain('应为文本');
  });
});

describe('CUSTOMER_MATCH', () => {
  it('gives the best existing match, its similarity and its 1-based row within existing (blank rows count)', () => {
    const r = callFunction(CUSTOMER_MATCH, [col('廣東省深圳市華為技術有限公司', '中国电信', 'acme trading (shanghai) co ltd'), EXISTING], en);
    expect(r).toEqual([
      // equal keys: 0.95–1, graded by how differently the names are written
      ['華為技術有限公司', 0.978, 3],
      ['中國電信股份有限公司', 0.969, 1],
      ['Acme Trading Co., Ltd.', 0.983, 5],
    ]);
  });

  it('gives a blank row for a blank name and for a new customer', () => {
    const r = callFunction(CUSTOMER_MATCH, [col('', '上海科技发展有限公司', null, '华为科技有限公司'), EXISTING], en);
    expect(r).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('reads the threshold as 0.6, 60% or 60 alike', () => {
    const want = [['北京科技发展有限公司', 0.667, 4]];
    for (const thr of [0.6, '60%', 60, [[0.6]]]) expect(callFunction(CUSTOMER_MATCH, [col('上海科技发展有限公司'), EXISTING, thr], en)).toEqual(want);
  });

  it('takes existing as a row too', () => {
    const row = [EXISTING.map((r) => r[0])];
    expect(callFunction(CUSTOMER_MATCH, [col('中国电信'), row], en)).toEqual([['中國電信股份有限公司', 0.969, 1]]);
  });

  it('fails the call, in the workbook language, for a bad threshold, a block of existing names or two columns of names', () => {
    expect(callError(CUSTOMER_MATCH, [col('华为'), EXISTING, 0.3])).toBe('argument threshold: got 0.3, expects a similarity from 0.5 to 1 (or 50 %–100 %), such as 0.9');
    expect(callError(CUSTOMER_MATCH, [col('华为'), EXISTING, 'high'], zh)).toContain('threshold');
    expect(callError(CUSTOMER_MATCH, [col('华为'), EXISTING, 150], zh)).toBe('参数 threshold:收到 150,应为 0.5–1(或 50%–100%)的相似度,如 0.9');
    expect(callError(CUSTOMER_MATCH, [col('华为'), [['a', 'b'], ['c', 'd']]])).toBe('argument existing: got a range of 2×2, expects one column (or one row) of customer names');
    expect(callError(CUSTOMER_MATCH, [col('华为'), [['a', 'b'], ['c', 'd']]], zh)).toBe('参数 existing:收到 2×2 的区域,应为一列(或一行)客户名称');
    expect(callError(CUSTOMER_MATCH, [[['华为', '腾讯']], EXISTING])).toContain('names');
  });

  it('matches nothing against an empty register', () => {
    expect(callFunction(CUSTOMER_MATCH, [col('华为'), col('', null)], en)).toEqual([['', '', '']]);
  });
});

describe('DUPLICATE_GROUPS', () => {
  it('labels the rows of one company G1, G2 … by first appearance; blank rows and unique names are blank', () => {
    const names = col('北京科技发展有限公司', 'Acme Trading Ltd', '华为技术有限公司', '', '深圳市華為技術有限公司', 'ACME TRADING (HK) LIMITED', '上海科技发展有限公司', null, '华为技术');
    expect(callFunction(DUPLICATE_GROUPS, [names], en)).toEqual(col('', 'G1', 'G2', '', 'G2', 'G1', '', '', 'G2'));
  });

  it('does not merge different companies that share a place or an industry word', () => {
    const names = col('北京科技发展', '上海科技发展', '深圳科技贸易', '深圳华为技术', '华为技术', '北京银行', '上海银行');
    expect(callFunction(DUPLICATE_GROUPS, [names], en)).toEqual(col('', '', '', 'G1', 'G1', '', ''));
  });

  it('takes a threshold; a lower one groups nearer names', () => {
    const names = col('华为技术', '华为科技');
    expect(callFunction(DUPLICATE_GROUPS, [names], en)).toEqual(col('', ''));
    expect(callFunction(DUPLICATE_GROUPS, [names, '65%'], en)).toEqual(col('G1', 'G1'));
  });

  it('gives one label per row of names', () => {
    expect(callFunction(DUPLICATE_GROUPS, ['华为'], en)).toEqual([['']]);
    expect(callFunction(DUPLICATE_GROUPS, [col('', '', '')], en)).toEqual(col('', '', ''));
  });

  it('fails the call naming the row of a TRUE/FALSE cell, or a bad threshold', () => {
    expect(callError(DUPLICATE_GROUPS, [col('华为', true)])).toBe('row 2 of names: names: got true, expects text');
    expect(callError(DUPLICATE_GROUPS, [col('华为'), 2000], zh)).toContain('0.5–1');
    expect(callError(DUPLICATE_GROUPS, [[['华为', '腾讯']]])).toContain('names');
  });
});
