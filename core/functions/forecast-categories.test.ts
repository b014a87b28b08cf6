import { describe, expect, it } from 'vitest';
import { FORECAST_CATEGORIES } from './forecast-categories';
import { callFunction } from './run';

const team = [['Wang', ''], ['Li', 'Wang'], ['Chen', 'Li'], ['Sun', 'Li']];
const opps = [
  ['Chen', 100, '01', '2026-05-01'],
  ['Chen', 200, '04', '2026-05-02'],
  ['Sun', 300, '06', '2026-05-03'],
  ['Sun', 400, '08', '2026-05-04'],
  ['Li', 500, '07', '2026-05-05'],
  ['Li', 600, 'lost', '2026-05-06'],
  ['Wang', 700, '02', '2026-07-01'],
  ['Zhao', 800, '05', '2026-05-07'],
];
const blank = opps.map(() => ['']);
const run = (cats: unknown[][], period: unknown[] = ['2026-04-01', '2026-06-30'], lang: 'en' | 'zh' = 'en') => callFunction(FORECAST_CATEGORIES, [team, opps, cats, ...period], { lang }) as unknown[][];

describe('FORECAST_CATEGORIES', () => {
  it('rolls the default categories of the stages up the team', () => {
    expect(run(blank)).toEqual([
      ['Wang', 100, 200, 800, 400],
      ['Li', 100, 200, 800, 400],
      ['Chen', 100, 200, 0, 0],
      ['Sun', 0, 0, 300, 400],
      ['(unassigned)', 0, 800, 0, 0],
    ]);
  });

  it('a category set on the opportunity overrides its stage; Omitted and lost ones are left out', () => {
    const cats = [['Commit'], ['不计入'], [''], ['Pipeline'], ['最佳情况'], ['Commit'], [''], ['omitted']];
    expect(run(cats)).toEqual([
      ['Wang', 400, 500, 400, 0],
      ['Li', 400, 500, 400, 0],
      ['Chen', 0, 0, 100, 0],
      ['Sun', 400, 0, 300, 0],
      ['(unassigned)', 0, 0, 0, 0],
    ]);
  });

  it('without a period every opportunity counts; with one, those closing outside it do not', () => {
    expect(run(blank, [null, null])[0]).toEqual(['Wang', 800, 200, 800, 400]);
    expect(run(blank, [null, null], 'zh')[4][0]).toBe('(未分配)');
  });

  it('fails the call on a category it cannot read or a column of another length, naming them', () => {
    expect(() => run([['Maybe'], ...blank.slice(1)])).toThrow(/row 1 of categories: got "Maybe", expects Pipeline, Best case, Commit, Closed or Omitted/);
    expect(() => run([['']])).toThrow(/argument categories: got 1 rows, expects 8 rows like opportunities/);
  });
});
