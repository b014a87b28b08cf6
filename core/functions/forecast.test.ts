import { describe, expect, it } from 'vitest';
import { FORECAST_ROLLUP } from './forecast';
import { callFunction, resultSize } from './run';
import { CallError } from './spec';

const team = [['王总', ''], ['李经理', '王总'], ['', ''], ['张三', '李经理']];

describe('FORECAST_ROLLUP', () => {
  it('reads Date objects, serial numbers and text dates alike for the period and close dates', () => {
    const opps = [
      ['张三', '1,200', '08', new Date(2026, 2, 31)],
      ['张三', '１２００', '08', 46112],
      ['张三', 1000, 8, '2026/3/31'],
      ['张三', 1000, 8, '2026年4月1日'],
    ];
    const viaDates = callFunction(FORECAST_ROLLUP, [team, opps, new Date(2026, 0, 1), new Date(2026, 2, 31)], { lang: 'zh' });
    const viaSerial = callFunction(FORECAST_ROLLUP, [team, opps, 46023, 46112], { lang: 'zh' });
    expect(viaDates).toEqual(viaSerial);
    expect(viaSerial).toEqual([
      ['王总', '', 0, 3400, '', 3400, 0],
      ['李经理', '王总', 0, 3400, '', 3400, 0],
      ['', '', '', '', '', '', ''],
      ['张三', '李经理', 3400, 3400, '', 3400, 3],
      ['(未分配)', '', 0, 0, '', 0, 0],
    ]);
  });

  it('has one row per team row plus (unassigned), as resultSize says', () => {
    const r = callFunction(FORECAST_ROLLUP, [team, [['x', 1, 1]]], { lang: 'en' }) as unknown[][];
    expect(resultSize(FORECAST_ROLLUP, [{ rows: 4, cols: 2 }, { rows: 1, cols: 3 }])).toEqual({ rows: 5, cols: 7 });
    expect(r).toHaveLength(5);
    expect(r[4]).toEqual(['(unassigned)', '', 0.1, 0.1, '', 0.1, 1]);
  });

  it('skips opportunity rows with a blank stage, counts a blank amount as 0', () => {
    const r = callFunction(FORECAST_ROLLUP, [team, [['张三', 500, ''], ['张三', '', '05'], ['', '', '']]], { lang: 'en' }) as unknown[][];
    expect(r[3]).toEqual(['张三', '李经理', 0, 0, '', 0, 1]);
  });

  it('applies adjustments (blank amount = no revision) and custom probabilities', () => {
    const probs = [[0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [0.5], ['50%']];
    const r = callFunction(FORECAST_ROLLUP, [team, [['张三', 100, 8]], null, null, [['李经理', '80'], ['张三', '']], probs], { lang: 'en' }) as unknown[][];
    expect(r[3].slice(2)).toEqual([50, 50, '', 50, 1]);
    expect(r[1].slice(2)).toEqual([0, 50, 80, 80, 0]);
    expect(r[0].slice(2)).toEqual([0, 80, '', 80, 0]);
  });

  it('a skipped optional argument — blank in Sheets, null in Excel — is left out, whatever its shape', () => {
    const probs = [[1], [1], [1], [1], [1], [1], [1], [1]];
    const opps = [['张三', 100, 1]];
    const sheets = callFunction(FORECAST_ROLLUP, [team, opps, '', '', '', probs], { lang: 'en' });
    const excel = callFunction(FORECAST_ROLLUP, [team, opps, null, null, null, probs], { lang: 'en' });
    const blankCell = callFunction(FORECAST_ROLLUP, [team, opps, [['']], [['']], [['']], probs], { lang: 'en' });
    expect(sheets).toEqual(excel);
    expect(blankCell).toEqual(excel);
    expect((excel as unknown[][])[3][2]).toBe(100);
  });

  it('fails the call naming the fault', () => {
    const none = [['', '', '']];
    const run = (args: unknown[], lang: 'en' | 'zh' = 'en') => () => callFunction(FORECAST_ROLLUP, args, { lang });
    expect(run([[['A', 'B'], ['B', 'A']], none])).toThrow(/cycle: (A → B → A|B → A → B)/);
    expect(run([[['A', 'Boss']], none], 'zh')).toThrow(/A 的上级 Boss 不在团队中/);
    expect(run([[['A', ''], ['a', '']], none])).toThrow(/a is listed twice/);
    expect(run([[['A', '']], none, null, null, [['B', 1]]])).toThrow(/adjustments row 1: B is not in the team/);
    expect(run([[['A', '']], [['A', 'lots', 1]]])).toThrow(/row 1 of opportunities.*"lots"/);
    expect(run([[['A', '']], [['A', 1, 1, 'someday']]], 'zh')).toThrow(/opportunities 第 1 行.*"someday"/);
    expect(run([[['A', '']], [['A', 1, 1]], '2026-03-31', '2026-01-01'])).toThrow(/after/);
    expect(run([[['A']], none])).toThrow(/team: got 1 columns, expects at least 2/);
    expect(run([[['A', '']], [['A', 1, 1]], 'soon'])).toThrow(CallError);
  });
});

describe('FORECAST_ROLLUP with confirmed', () => {
  const opps = [
    ['张三', 1000, '05', '2026-05-01'],
    ['张三', 2000, '07', '2026-05-02'],
    ['李经理', 500, '08', '2026-05-03'],
    ['赵六', 300, '03', '2026-05-04'],
  ];
  const run = (confirmed: unknown, lang: 'en' | 'zh' = 'en') =>
    callFunction(FORECAST_ROLLUP, [team, opps, '2026-04-01', '2026-06-30', null, null, confirmed], { lang }) as unknown[][];

  it('counts only confirmed opportunities; blank is not confirmed; unconfirmed give 0 and are not counted', () => {
    const r = run([['是'], [''], ['yes'], ['否']]);
    expect(r[3]).toEqual(['张三', '李经理', 500, 500, '', 500, 1]);
    expect(r[1]).toEqual(['李经理', '王总', 500, 1000, '', 1000, 1]);
    expect(r[4]).toEqual(['(unassigned)', '', 0, 0, '', 0, 0]);
  });

  it('without it, every opportunity counts as before (existing results unchanged)', () => {
    const before = callFunction(FORECAST_ROLLUP, [team, opps, '2026-04-01', '2026-06-30'], { lang: 'en' }) as unknown[][];
    expect(before[3]).toEqual(['张三', '李经理', 1000 * 0.5 + 2000 * 0.9, 2300, '', 2300, 2]);
    expect(run([[true], [1], ['√'], ['Y']])).toEqual(before);
  });

  it('fails the call on a confirmed column of another length or an unreadable yes/no, naming it', () => {
    expect(() => run([['是'], ['是']])).toThrow(/argument confirmed: got 2 rows, expects 4 rows like opportunities/);
    expect(() => run([['是'], ['maybe'], ['是'], ['是']], 'zh')).toThrow(/confirmed 第 2 行.*"maybe"/);
  });
});
