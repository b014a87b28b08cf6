import { describe, expect, it } from 'vitest';
import { WEIGHTED_PIPELINE } from './pipeline';
import { callFunction } from './run';

const amounts = [[100000], [50000], [80000], [40000]];
const stages = [['02'], ['07'], ['08'], ['05']];
const close = [['2026-05-10'], ['2026-07-03'], ['2026-06-30'], ['']];
const run = (args: unknown[], lang: 'en' | 'zh' = 'en') => callFunction(WEIGHTED_PIPELINE, args, { lang });

describe('WEIGHTED_PIPELINE with close dates and a period', () => {
  it('counts only the opportunities closing in the period (won ones at 100 %), without a close date outside it', () => {
    expect(run([amounts, stages, null, close, '2026-04-01', '2026-06-30'])).toBe(100000 * 0.2 + 80000);
    expect(run([amounts, stages, null, close, '2026-07-01', null])).toBe(50000 * 0.9);
  });

  it('without a period the close dates change nothing (existing results unchanged)', () => {
    const before = run([amounts, stages]);
    expect(before).toBe(100000 * 0.2 + 50000 * 0.9 + 80000 + 40000 * 0.5);
    expect(run([amounts, stages, null, close])).toBe(before);
  });

  it('with open stages only (probability 0 for stage 08), it is the open weighted pipeline of the period', () => {
    const open = [[0.1], [0.2], [0.3], [0.4], [0.5], [0.7], [0.9], [0]];
    expect(run([amounts, stages, open, close, '2026-04-01', '2026-06-30'])).toBe(20000);
  });

  it('fails the call on a period without close dates, close dates of another length or a bad date', () => {
    expect(() => run([amounts, stages, null, null, '2026-04-01', '2026-06-30'])).toThrow(/a period needs close_dates/);
    expect(() => run([amounts, stages, null, [['2026-05-01']], '2026-04-01'])).toThrow(/close_dates: got 1 rows, expects 4/);
    expect(() => run([amounts, stages, null, [['x'], [''], [''], ['']], '2026-04-01'], 'zh')).toThrow(/close_dates 第 1 行/);
  });
});
