import { describe, expect, it } from 'vitest';
import { PIPELINE_COVERAGE, QUOTA_ATTAINMENT } from './quota';
import { callFunction } from './run';
import { CellError } from './spec';

const col = (xs: unknown[]) => xs.map((x) => [x]);

describe('QUOTA_ATTAINMENT', () => {
  it('reads text numbers, full-width digits and percents; one quota cell serves every row', () => {
    const r = callFunction(QUOTA_ATTAINMENT, [col(['1,200', '１２００', 600, '']), 1200], { lang: 'en' });
    expect(r).toEqual([[1], [1], [0.5], ['']]);
  });

  it('a blank, zero or negative quota makes that row an error naming it; other rows compute', () => {
    const r = callFunction(QUOTA_ATTAINMENT, [col([10, 10, 10, 10]), col([0, '', -1, 20])], { lang: 'zh' }) as unknown[][];
    expect((r[0][0] as CellError).reason).toBe('quota:收到 0,指标应大于 0');
    expect((r[1][0] as CellError).reason).toBe('quota:收到 (空白),指标应大于 0');
    expect(r[2][0]).toBeInstanceOf(CellError);
    expect(r[3][0]).toBe(0.5);
  });

  it('a non-number is a row error naming the value', () => {
    const r = callFunction(QUOTA_ATTAINMENT, [col(['lots']), col([10])], { lang: 'en' }) as unknown[][];
    expect((r[0][0] as CellError).reason).toMatch(/actual: got "lots", expects a number/);
  });
});

describe('PIPELINE_COVERAGE', () => {
  it('covers what is left to close; met quotas say so in the workbook language', () => {
    const args = [col([300, 90, 50, '']), col([200, 100, 100, 100]), col([100, '70%', 100, ''])];
    expect(callFunction(PIPELINE_COVERAGE, args, { lang: 'en' })).toEqual([[3], [90 / 99.3], ['Quota met'], [0]]);
    expect((callFunction(PIPELINE_COVERAGE, args, { lang: 'zh' }) as unknown[][])[2][0]).toBe('已完成指标');
  });

  it('closed is optional', () => {
    expect(callFunction(PIPELINE_COVERAGE, [col([300]), col([100])], { lang: 'en' })).toEqual([[3]]);
  });
});
