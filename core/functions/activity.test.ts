import { describe, expect, it } from 'vitest';
import { ACTIVITY_PACE } from './activity';
import { callFunction, resultSize } from './run';
import { CallError, CellError } from './spec';

const col = (xs: unknown[]) => xs.map((x) => [x]);

describe('ACTIVITY_PACE', () => {
  it('one row of 3 per input row: names pace, introductions pace, status', () => {
    const r = callFunction(ACTIVITY_PACE, [col([8, '１６', '', 4, '']), col([3, 6, 3, '', ''])], { lang: 'zh' });
    expect(r).toEqual([
      [1, 1, '达标'],
      [2, 2, '达标'],
      [0, 1, '落后'],
      [0.5, 0, '落后'],
      ['', '', ''],
    ]);
    expect(resultSize(ACTIVITY_PACE, [{ rows: 5, cols: 1 }, { rows: 5, cols: 1 }])).toEqual({ rows: 5, cols: 3 });
  });

  it('days per row or one for all; blank days is 1', () => {
    expect(callFunction(ACTIVITY_PACE, [col([40, 8]), col([15, 3]), col([5, ''])], { lang: 'en' })).toEqual([
      [1, 1, 'On pace'],
      [1, 1, 'On pace'],
    ]);
  });

  it('bad or negative counts and bad days are row errors; mismatched lengths fail the call', () => {
    const r = callFunction(ACTIVITY_PACE, [col(['many', -1, 8, 8]), col([1, 1, 3, 3]), col([1, 1, 0, 'x'])], { lang: 'en' }) as unknown[][];
    expect((r[0][0] as CellError).reason).toMatch(/new_names: got "many"/);
    expect((r[1][2] as CellError).reason).toMatch(/count of 0 or more/);
    expect((r[2][0] as CellError).reason).toMatch(/days: got 0/);
    expect((r[3][0] as CellError).reason).toMatch(/days: got "x"/);
    expect(() => callFunction(ACTIVITY_PACE, [col([1, 2]), col([1])], { lang: 'en' })).toThrow(CallError);
  });
});
