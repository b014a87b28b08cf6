import { describe, expect, it } from 'vitest';
import { csvSeparator, decodeCsv, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with separators, line breaks and doubled quotes', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","line\nbreak"\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line\nbreak'],
    ]);
  });
  it('keeps empty fields and a last line without a break; CR alone ends a line', () => {
    expect(parseCsv('a,,c\n,\n1,2,3')).toEqual([['a', '', 'c'], ['', ''], ['1', '2', '3']]);
    expect(parseCsv('a\rb')).toEqual([['a'], ['b']]);
    expect(parseCsv('""')).toEqual([['']]);
    expect(parseCsv('')).toEqual([]);
  });
  it('drops a BOM and finds tab or semicolon separators', () => {
    expect(parseCsv('\ufeff公司名称,地区\n华为,深圳')).toEqual([['公司名称', '地区'], ['华为', '深圳']]);
    expect(csvSeparator('a\tb\n1,2\t3')).toBe('\t');
    expect(parseCsv('a;b\n"1;2";3')).toEqual([['a', 'b'], ['1;2', '3']]);
    expect(csvSeparator('"x,y"\tz')).toBe('\t');
  });
});

describe('decodeCsv', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it('reads UTF-8 with and without BOM, UTF-16 LE with BOM', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('客户,区域')]))).toEqual({ text: '客户,区域', encoding: 'utf-8' });
    expect(decodeCsv(utf8('Company')).text).toBe('Company');
    const u16 = new Uint8Array([0xff, 0xfe, 0xa2, 0x5b, 0x37, 0x62]); // 客户 in UTF-16 LE
    expect(decodeCsv(u16).text).toBe('客户');
  });
  it('reads GBK bytes (not UTF-8) as GBK', () => {
    // 客户名称 in GBK: BF CD BB A7 C3 FB B3 C6
    const gbk = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x41]);
    expect(decodeCsv(gbk)).toEqual({ text: '客户名称,A', encoding: 'gb18030' });
  });
});
