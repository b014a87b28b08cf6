import { describe, expect, it } from 'vitest';
import { callFunction, resultSize } from './run';
import { CallError, CellError } from './spec';
import { CUSTOMER_TIER } from './tier';

const col = (xs: unknown[]) => xs.map((x) => [x]);

describe('CUSTOMER_TIER', () => {
  it('labels follow the workbook language', () => {
    const args = [col([500, 300, 100, 80, 20]), col([0.1, -0.05, '-10%', '35%', 0.05])];
    expect(callFunction(CUSTOMER_TIER, args, { lang: 'zh' })).toEqual([['VIP'], ['VIP'], ['BZ'], ['MGC'], ['普通']]);
  });

  it('reads text numbers; blank value rows stay blank; a bad row is an error left out of the totals', () => {
    const r = callFunction(CUSTOMER_TIER, [col(['1,200', '', 'n/a', '３００', 100])], { lang: 'en' }) as unknown[][];
    expect(r[0][0]).toBe('VIP');
    expect(r[1][0]).toBe('');
    expect((r[2][0] as CellError).reason).toMatch(/values: got "n\/a", expects a number/);
    // total 1,600 without the bad row: 1,200 = 75 % < 80 %, so 300 is VIP too
    expect(r[3][0]).toBe('VIP');
    expect(r[4][0]).toBe('Standard');
  });

  it('a bad growth makes only that row an error', () => {
    const r = callFunction(CUSTOMER_TIER, [col([10, 5]), col(['fast', 0.5])], { lang: 'en' }) as unknown[][];
    expect((r[0][0] as CellError).reason).toMatch(/growth: got "fast"/);
    expect(r[1][0]).toBe('VIP');
  });

  it('vip_share and growth_threshold options; 80 means 80 %', () => {
    const vals = col([50, 30, 20]);
    const growth = col([0, 0, 0.1]);
    expect(callFunction(CUSTOMER_TIER, [vals, growth, 0.5, 0.1], { lang: 'en' })).toEqual([['VIP'], ['Standard'], ['MGC']]);
    expect(callFunction(CUSTOMER_TIER, [vals, growth, 80], { lang: 'en' })).toEqual([['VIP'], ['VIP'], ['Standard']]);
    expect(() => callFunction(CUSTOMER_TIER, [vals, growth, 150], { lang: 'en' })).toThrow(/vip_share: got 150/);
    expect(() => callFunction(CUSTOMER_TIER, [vals, col([1])], { lang: 'en' })).toThrow(CallError);
  });

  it('keeps the shape of a block of values', () => {
    const r = callFunction(CUSTOMER_TIER, [[[100, 1], [1, 1]]], { lang: 'en' });
    expect(r).toEqual([['VIP', 'Standard'], ['Standard', 'Standard']]);
    expect(resultSize(CUSTOMER_TIER, [{ rows: 2, cols: 2 }])).toEqual({ rows: 2, cols: 2 });
  });
});
