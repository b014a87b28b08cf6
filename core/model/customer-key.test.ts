import { describe, expect, it } from 'vitest';
import { customerKey, tidy } from './customer-key';

/** Each group: spellings of one company that must have one key. */
const SAME: [string, string[]][] = [
  ['traditional / simplified', ['中国电信股份有限公司', '中國電信股份有限公司', '中國電信']],
  ['full / half width, case', ['ABC贸易有限公司', 'ＡＢＣ贸易有限公司', 'abc贸易有限公司', 'Abc 贸易 有限公司']],
  ['legal forms (Chinese)', ['华为技术有限公司', '华为技术股份有限公司', '华为技术有限责任公司', '華為技術有限責任公司', '华为技术集团', '华为技术集团有限公司', '华为技术公司', '华为技术控股有限公司']],
  ['leading places', ['华为技术有限公司', '深圳市华为技术有限公司', '深圳华为技术有限公司', '广东省深圳市华为技术有限公司', '廣東省深圳市華為技術有限公司', '广东深圳市南山区华为技术有限公司', '中国华为技术有限公司']],
  ['places in brackets', ['环球贸易（上海）有限公司', '环球贸易(上海)有限公司', '环球贸易有限公司', '环球贸易【上海】有限公司', '环球贸易（中国）有限公司', '环球贸易（上海市）有限公司']],
  ['group in brackets', ['中国平安保险（集团）股份有限公司', '中国平安保险股份有限公司', '平安保险']],
  ['punctuation and spacing', ['中 国 电 信', '中国-电信', '“中国电信”', '中国电信。']],
  ['English legal forms', ['Acme Trading Co., Ltd.', 'ACME TRADING LIMITED', 'acme trading co ltd', 'Acme Trading Inc.', 'Acme Trading Corp.', 'Acme Trading LLC', 'Acme Trading Company', 'The Acme Trading Company Limited']],
  ['English places in brackets', ['Acme Trading (Shanghai) Co., Ltd.', 'Acme Trading (Hong Kong) Limited', 'Acme Trading Ltd']],
  ['European forms', ['Siemens AG', 'SIEMENS', 'Siemens GmbH']],
  ['S.A., PLC, Pte', ['Nestlé S.A.', 'Nestle SA', 'NESTLE PLC', 'Nestle Pte. Ltd.']],
  ['full-width Latin', ['ＩＢＭ', 'IBM Corporation', 'I.B.M.']],
];

/** Pairs of different companies that must keep different keys. */
const DIFFERENT: [string, string][] = [
  ['北京科技发展有限公司', '上海科技发展有限公司'],
  ['北京科技发展有限公司', '深圳科技贸易有限公司'],
  ['北京银行股份有限公司', '上海银行股份有限公司'],
  ['深圳市腾讯计算机系统有限公司', '深圳市腾达计算机系统有限公司'],
  ['华为技术有限公司', '华为技术有限公司深圳分公司'],
  ['中国电信', '中国联通'],
  ['Shanghai Electric Group', 'Beijing Electric Group'],
  ['Acme Trading Ltd', 'Acme Technology Ltd'],
  ['中山大学', '大学'],
];

describe('customerKey', () => {
  for (const [what, names] of SAME) {
    it(`sees through ${what}`, () => {
      const keys = names.map(customerKey);
      for (let i = 1; i < keys.length; i++) expect(keys[i], `${names[i]} vs ${names[0]}`).toBe(keys[0]);
      expect(keys[0]).not.toBe('');
    });
  }

  it('keeps different companies apart, even when they share a place or an industry word', () => {
    for (const [a, b] of DIFFERENT) expect(customerKey(a), `${a} vs ${b}`).not.toBe(customerKey(b));
  });

  it('gives readable keys', () => {
    expect(customerKey('廣東省深圳市華為技術有限公司')).toBe('华为技术');
    expect(customerKey('北京科技发展有限公司')).toBe('北京科技发展');
    expect(customerKey('Acme Trading (Shanghai) Co., Ltd.')).toBe('acme trading');
    expect(customerKey('AT&T Inc.')).toBe('at and t');
    expect(customerKey('华为技术有限公司深圳分公司')).toBe('华为技术深圳分公司');
    expect(customerKey("Xi'an Aero Engine PLC")).toBe('aero engine');
  });

  it('strips leading places only going down the levels, so a trade name starting with a city name keeps it', () => {
    expect(customerKey('成都金昌健金机械集团有限公司')).toBe('金昌健金机械');
    expect(customerKey('成都市金昌健金机械')).toBe('金昌健金机械');
    expect(customerKey('中国广东省深圳市南山区华为技术有限公司')).toBe('华为技术');
    expect(customerKey('上海市浦东新区张江高科技园区开发股份有限公司')).not.toBe('');
    expect(customerKey('上海浦东发展银行股份有限公司')).toBe('上海浦东发展银行');
  });

  it('keeps a name that is only a legal form or a place rather than emptying it', () => {
    expect(customerKey('有限公司')).toBe('有限公司');
    expect(customerKey('上海')).toBe('上海');
    expect(customerKey('Limited')).toBe('limited');
  });

  it('gives blank for blank, punctuation-only or missing names', () => {
    for (const v of ['', '   ', '\u3000', '!!!', '（）', null, undefined]) expect(customerKey(v)).toBe('');
  });

  it('reads numbers as text', () => {
    expect(customerKey(360)).toBe('360');
  });

  it('is deterministic and stable: the key of a key is the key', () => {
    for (const [, names] of SAME) {
      for (const n of names) {
        const k = customerKey(n);
        expect(customerKey(n)).toBe(k);
        expect(customerKey(k)).toBe(k);
      }
    }
  });
});

describe('tidy', () => {
  it('keeps one space between Latin words and none next to Chinese', () => {
    expect(tidy('acme  -  trading')).toBe('acme trading');
    expect(tidy('abc 贸易 , 公司')).toBe('abc贸易公司');
    expect(tidy('s.a. & co')).toBe('sa and co');
  });
});
