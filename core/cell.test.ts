import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoText, safeCellText, toDateSerial, toDateTimeSerial, toHalfWidth, toNumber, toYesNo } from './cell';

describe('cell coercion', () => {
  it('reads numbers however a user typed them', () => {
    expect(toNumber(1200)).toBe(1200);
    expect(toNumber('1,200')).toBe(1200);
    expect(toNumber('１２００')).toBe(1200);
    expect(toNumber('70%')).toBeCloseTo(0.7);
    expect(toNumber('¥1,234.5')).toBe(1234.5);
    expect(toNumber('-3')).toBe(-3);
    expect(toNumber('')).toBeNull();
    expect(toNumber('  ')).toBeNull();
    expect(toNumber('1,20')).toBeUndefined();
    expect(toNumber('abc')).toBeUndefined();
    expect(toNumber(Number.NaN)).toBeUndefined();
    expect(toNumber(true)).toBeUndefined();
  });

  it('reads a date cell as its day number in both hosts (Sheets: Date, Excel: serial)', () => {
    const sheets = new Date(2026, 2, 31);
    expect(toNumber(sheets)).toBe(46112);
    expect(toNumber(46112)).toBe(46112);
    expect(toDateSerial(sheets)).toBe(46112);
    expect(toDateSerial('2026/3/31')).toBe(46112);
    expect(toDateSerial('2026年3月31日')).toBe(46112);
    expect(toDateSerial('2026-02-30')).toBeUndefined();
    expect(toNumber(new Date(Number.NaN))).toBeUndefined();
  });

  it('reads the yes/no spellings of the issue, any case, trimmed; junk is unreadable', () => {
    for (const y of ['1', 'TRUE', ' y ', 'Yes', '是', '有', '√', '✓', '✔', 1, true]) expect(toYesNo(y), String(y)).toBe(true);
    for (const n of ['0', 'false', 'N', 'no', '否', '无', '無', '×', '✗', '✘', 0, false]) expect(toYesNo(n), String(n)).toBe(false);
    expect(toYesNo('')).toBeNull();
    expect(toYesNo(null)).toBeNull();
    expect(toYesNo('maybe')).toBeUndefined();
    expect(toYesNo(2)).toBeUndefined();
  });

  it('memoises a pure reading without changing its answers, including unreadable ones', () => {
    let calls = 0;
    const f = memoText((s: string) => {
      calls++;
      return s === 'x' ? undefined : s.length;
    }, 2);
    const texts = ['a', 'bb', 'x', 'a', 'ccc', 'dddd', 'x', 'bb', 'eeeee', 'a'];
    expect(texts.map(f)).toEqual(texts.map((s) => (s === 'x' ? undefined : s.length)));
    expect(calls).toBeLessThan(texts.length);
  });

  it('keeps the string itself when nothing is full-width', () => {
    const s = 'plain text';
    expect(toHalfWidth(s)).toBe(s);
    expect(toHalfWidth('ＡＢＣ　１')).toBe('ABC 1');
  });

  it('makes formula-looking text safe to write', () => {
    expect(safeCellText('=HYPERLINK("http://example.invalid","x")')).toBe('\'=HYPERLINK("http://example.invalid","x")');
    expect(safeCellText('+86 123')).toBe("'+86 123");
    expect(safeCellText('@x')).toBe("'@x");
    expect(safeCellText('ACME')).toBe('ACME');
  });
});

/** The reader before amounts with multipliers (commit b6eab82), kept to check that nothing it read changed meaning. */
const OLD_NUMBER_RE = /^([+-]?)(?:[¥￥$€£]\s*)?(\d+(?:\.\d*)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d*)?)(?:[eE]([+-]?\d+))?\s*(%?)$/;
function oldToNumber(s: string): number | undefined {
  const m = OLD_NUMBER_RE.exec(toHalfWidth(s).trim());
  if (!m) return undefined;
  let n = Number(m[2].replace(/,/g, '') + (m[3] !== undefined ? 'e' + m[3] : ''));
  if (m[1] === '-') n = -n;
  if (m[4] === '%') n = n / 100;
  return Number.isFinite(n) ? n : undefined;
}

describe('amounts as people write them', () => {
  it('reads 万, 亿, 千, k, w, M and currency signs and codes', () => {
    const cases: [string, number][] = [
      ['125万', 1250000], ['125 万', 1250000], ['125万元', 1250000], ['125萬', 1250000], ['１２５万', 1250000],
      ['1.2亿', 120000000], ['1.2億元', 120000000], ['0.35亿', 35000000], ['3千', 3000], ['5千元', 5000],
      ['2百万', 2000000], ['1.5千万', 15000000], ['3.5k', 3500], ['3.5K', 3500], ['1.5w', 15000], ['12W', 120000],
      ['2M', 2000000], ['2.5mn', 2500000], ['1.2bn', 1200000000], ['¥1,200', 1200], ['￥1,200.50', 1200.5],
      ['¥125万', 1250000], ['RMB 1,200', 1200], ['CNY1200', 1200], ['1200元', 1200], ['1,200 RMB', 1200],
      ['US$3.5k', 3500], ['HK$ 800', 800], ['-125万', -1250000], ['+3k', 3000], ['1,250万', 12500000], ['.5万', 5000],
    ];
    for (const [text, n] of cases) expect(toNumber(text), text).toBe(n);
  });

  it('gives exact figures: the multiplier shifts the decimal point, no binary rounding', () => {
    expect(toNumber('1.1万')).toBe(11000);
    expect(toNumber('0.07亿')).toBe(7000000);
    expect(toNumber('4.35k')).toBe(4350);
    expect(toNumber('19.99万')).toBe(199900);
  });

  it('leaves everything else unread: dates, stage labels, IDs, percentages with a multiplier, mixed forms', () => {
    for (const text of ['2026-03-31', '2026年3月31日', '03 全面掌握客户组织关系', 'O00012', 'C00001', 'k3', '万', '1万2', '1万2千', '一百万', '5万%', '1e3万', '3 kg', '12月', '5m2', '1,20万', 'abc', '1.2.3万', '元']) {
      expect(toNumber(text), text).toBeUndefined();
    }
    expect(toNumber('70%')).toBeCloseTo(0.7);
  });

  it('reads n × 10^p for every multiplier, however the digits are grouped (property)', () => {
    const mults: [string, number][] = [['千', 3], ['万', 4], ['萬', 4], ['w', 4], ['W', 4], ['百万', 6], ['千万', 7], ['亿', 8], ['億', 8], ['k', 3], ['K', 3], ['M', 6], ['m', 6], ['bn', 9]];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...mults), fc.boolean(), fc.constantFrom('', '¥', 'RMB ', '￥'), fc.constantFrom('', '元', ' '), (int, frac, [word, p], grouped, cur, tail) => {
        const digits = grouped ? int.toLocaleString('en-US') : String(int);
        const fracText = frac ? '.' + String(frac).padStart(2, '0') : '';
        const text = `${cur}${digits}${fracText}${word}${word === 'bn' || word === 'M' || word === 'm' || /[kKwW]/.test(word) ? '' : tail}`;
        const want = Number(`${int}${fracText}e${p}`);
        expect(toNumber(text), text).toBe(want);
        expect(toNumber('-' + text), text).toBe(-want);
      }),
      { numRuns: 500 },
    );
  });

  it('changes the meaning of nothing the reader read before (property)', () => {
    const piece = fc.constantFrom('1', '2', '0', '5', '.', ',', '%', '-', '+', '¥', '$', ' ', 'e', 'E', '3', '9', '万', 'k', '元', 'a', '年', '月', '日', '/', 'O', 'C', '１', '，');
    const text = fc.array(piece, { minLength: 1, maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const before = oldToNumber(s);
        const now = toNumber(s);
        if (s.trim() === '') return;
        if (before !== undefined) expect(now, s).toBe(before);
        else if (now !== undefined) expect(s, `${s} became ${now}`).toMatch(/[万萬亿億千kKwWmMbn元块塊]|rmb|cny|RMB|CNY/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('toDateTimeSerial', () => {
  it('reads Dates at their clock time, serials, and text with or without a time', () => {
    expect(toDateTimeSerial(new Date(2026, 4, 10, 9, 30))).toBeCloseTo(46152 + 9.5 / 24, 9);
    expect(toDateTimeSerial(46152.25)).toBe(46152.25);
    expect(toDateTimeSerial('2026-05-10 09:30:00')).toBeCloseTo(46152 + 9.5 / 24, 9);
    expect(toDateTimeSerial('2026/5/10 9:30')).toBeCloseTo(46152 + 9.5 / 24, 9);
    expect(toDateTimeSerial('2026-05-10T09:30:00+08:00')).toBeCloseTo(46152 + 9.5 / 24, 9);
    expect(toDateTimeSerial('2026年5月10日')).toBe(46152);
    expect(toDateTimeSerial('')).toBeNull();
    expect(toDateTimeSerial('2026-05-10 25:00')).toBeUndefined();
    expect(toDateTimeSerial('soon')).toBeUndefined();
  });
});
