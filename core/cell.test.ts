import { describe, expect, it } from 'vitest';
import { memoText, safeCellText, toDateSerial, toHalfWidth, toNumber, toYesNo } from './cell';

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
