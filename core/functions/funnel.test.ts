import { describe, expect, it } from 'vitest';
import { FUNNEL_HEALTH, HEALTH_STATUS } from './funnel';
import { callFunction } from './run';
import { CallError, CellError } from './spec';

const bench8 = [[10], [10], [10], [10], [10], [10], [10], [10]];
const col = (xs: unknown[]) => xs.map((x) => [x]);

describe('FUNNEL_HEALTH', () => {
  it('counts opportunities per stage, edges 70 % and 100 % are good', () => {
    const stages = col([...Array(7).fill('03'), ...Array(10).fill(5), ...Array(11).fill('Stage 6'), '丢单', 'lost', '', null]);
    const r = callFunction(FUNNEL_HEALTH, [stages, bench8], { lang: 'en' }) as unknown[][];
    expect(r[2]).toEqual([3, 7, 10, 0.7, 'Good']);
    expect(r[4]).toEqual([5, 10, 10, 1, 'Good']);
    expect(r[5]).toEqual([6, 11, 10, 1.1, 'Excellent']);
    expect(r[0]).toEqual([1, 0, 10, 0, 'Warning']);
  });

  it('sums amounts when given, reading text numbers and full-width digits', () => {
    const stages = col(['01', '01', '02', 'lost']);
    const amounts = col(['1,200', '１２００', 1000, 5000]);
    const bench = [[3000], [1000], [''], [0], [1], [1], [1], [1]];
    const r = callFunction(FUNNEL_HEALTH, [stages, bench, amounts], { lang: 'zh' }) as unknown[][];
    expect(r[0]).toEqual([1, 2400, 3000, 0.8, '良好']);
    expect(r[1]).toEqual([2, 1000, 1000, 1, '良好']);
    expect(r[2]).toEqual([3, 0, '', '', '无基准']);
    expect(r[3]).toEqual([4, 0, '', '', '无基准']);
  });

  it('takes benchmarks as a row or a column, numeric text included', () => {
    const r = callFunction(FUNNEL_HEALTH, [[[1]], [['2', 2, 2, 2, 2, 2, 2, 2]]], { lang: 'en' }) as unknown[][];
    expect(r[0]).toEqual([1, 1, 2, 0.5, 'Warning']);
  });

  it('fails the call on a bad stage or amount, naming the row and the value', () => {
    expect(() => callFunction(FUNNEL_HEALTH, [col(['01', 'nine']), bench8], { lang: 'en' })).toThrow(/row 2 of stages.*"nine"/);
    expect(() => callFunction(FUNNEL_HEALTH, [col(['01', '02']), bench8, col([1, 'abc'])], { lang: 'zh' })).toThrow(/amounts 第 2 行.*"abc"/);
    expect(() => callFunction(FUNNEL_HEALTH, [col(['01']), bench8, col([1, 2])], { lang: 'en' })).toThrow(CallError);
  });

  it('fails on a bad or negative benchmark and on a benchmark range that is not 8 values', () => {
    const bad = [[1], [1], ['x'], [1], [1], [1], [1], [1]];
    expect(() => callFunction(FUNNEL_HEALTH, [col(['01']), bad], { lang: 'en' })).toThrow(/benchmarks: value 3 \(stage 3\) is "x"/);
    const neg = [[1], [1], [1], [1], [1], [1], [1], [-5]];
    expect(() => callFunction(FUNNEL_HEALTH, [col(['01']), neg], { lang: 'en' })).toThrow(/value 8/);
    expect(() => callFunction(FUNNEL_HEALTH, [col(['01']), [[1], [2]]], { lang: 'en' })).toThrow(/8 values/);
  });
});

describe('HEALTH_STATUS', () => {
  it('labels ratios in the workbook language; blank stays blank; bad cells are row errors', () => {
    const ratios = col([1.5, 1, '70%', 0.7, 0.69, '', 'abc', -1]);
    const en = callFunction(HEALTH_STATUS, [ratios], { lang: 'en' }) as unknown[][];
    expect(en.slice(0, 6).map((r) => r[0])).toEqual(['Excellent', 'Good', 'Good', 'Good', 'Warning', '']);
    expect(en[6][0]).toBeInstanceOf(CellError);
    expect((en[6][0] as CellError).reason).toMatch(/"abc".*number/);
    expect((en[7][0] as CellError).reason).toMatch(/ratio ≥ 0/);
    const zh = callFunction(HEALTH_STATUS, [ratios], { lang: 'zh' }) as unknown[][];
    expect(zh.slice(0, 5).map((r) => r[0])).toEqual(['优秀', '良好', '良好', '良好', '预警']);
    const hant = callFunction(HEALTH_STATUS, [[[0.1]]], { lang: 'zh-Hant' }) as unknown[][];
    expect(hant[0][0]).toBe('預警');
  });
});
