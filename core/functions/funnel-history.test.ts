import { describe, expect, it } from 'vitest';
import { callFunction } from './run';
import { CallError } from './spec';
import { DAYS_IN_STAGE, FUNNEL_BENCHMARK, LOST_REASONS, STAGE_CONVERSION } from './funnel-history';
import type { FoldSpec } from './spec';

const call = (f: FoldSpec, args: unknown[], lang: 'en' | 'zh' | 'zh-Hant' = 'en') => callFunction(f, args, { lang });
const h = (when: string, id: string, before: unknown, after: unknown, field = 'Stage') => [when, id, field, before, after];

describe('FUNNEL_BENCHMARK', () => {
  const snaps = [
    ['2026-05-04', 1, 14, 700],
    ['2026-04-27', 1, 10, 500],
    ['2026-04-27', 8, 2, 100],
    ['', '', '', ''],
    ['2026-04-20', 1, 99, 1],
  ];
  it('averages the most recent dates, a missing stage counting 0; by amount too (金额)', () => {
    expect(call(FUNNEL_BENCHMARK, [snaps, 2])).toEqual([[12], [0], [0], [0], [0], [0], [0], [1]]);
    expect(call(FUNNEL_BENCHMARK, [snaps, 2, '金额'])).toEqual([[600], [0], [0], [0], [0], [0], [0], [50]]);
    // Default 12 periods: all three dates.
    expect(call(FUNNEL_BENCHMARK, [snaps])).toEqual([[41], [0], [0], [0], [0], [0], [0], [2 / 3]]);
  });
  it('is all blank with no snapshot', () => {
    expect(call(FUNNEL_BENCHMARK, [[['', '', '', '']]])).toEqual(Array.from({ length: 8 }, () => ['']));
  });
  it('fails naming the argument or the row', () => {
    expect(() => call(FUNNEL_BENCHMARK, [snaps, 0])).toThrow(/periods/);
    expect(() => call(FUNNEL_BENCHMARK, [snaps, 2, 'sum'])).toThrow(/measure.*count or amount/);
    expect(() => call(FUNNEL_BENCHMARK, [[['2026-13-40', 1, 1, 1]]])).toThrow(CallError);
    expect(() => call(FUNNEL_BENCHMARK, [[['2026-05-01', 1, 'many', 1]]])).toThrow(/row 1 of snapshots/);
  });
});

describe('STAGE_CONVERSION', () => {
  it('gives its worked example', () => {
    const ex = STAGE_CONVERSION.examples[0];
    expect(call(STAGE_CONVERSION, ex.args)).toEqual(ex.result);
  });
  const history = [
    h('2026-01-01', 'A', '', '01'),
    h('2026-01-04', 'A', '01', '02'),
    h('2026-01-10', 'A', '02', '05'), // skips 3–4
    h('2026-01-20', 'A', '05', '丢单'), // lost at 5: reached 1–5
    h('2026-02-01', 'B', '', '03'), // first recorded at 3
    h('2026-02-11', 'B', '03', '08'),
    h('2026-03-01', 'C', '', '02'), // open
    h('2026-01-02', 'D', '', '01'),
    h('2026-01-03', 'D', '01', '01 Find the right contact'), // same stage: no change
    h('2026-01-09', 'D', '01', 'Lost'),
  ];
  it('counts reached / won / win rate / median days; skipped stages reached but without days', () => {
    const r = call(STAGE_CONVERSION, [history]) as unknown[][];
    expect(r[0]).toEqual([1, 3, 1, 1 / 3, 5]); // A 3 days, D 7 days → median 5 (B skipped it)
    expect(r[1]).toEqual([2, 2, 1, 0.5, 6]); // A 6 days
    expect(r[2]).toEqual([3, 2, 1, 0.5, 10]); // A skipped it; B spent 10 days
    expect(r[4]).toEqual([5, 2, 1, 0.5, 10]);
    expect(r[5]).toEqual([6, 1, 1, 1, '']);
    expect(r[7]).toEqual([8, 1, 1, 1, '']);
  });
  it('bounds the closing date with from/to', () => {
    const r = call(STAGE_CONVERSION, [history, '2026-02-01', '2026-02-28']) as unknown[][];
    expect(r.map((x) => x[1])).toEqual([1, 1, 1, 1, 1, 1, 1, 1]); // only B, won in February
    const none = call(STAGE_CONVERSION, [history, '2027-01-01', '']) as unknown[][];
    expect(none[0]).toEqual([1, 0, 0, '', '']);
  });
  it('reads rows in any order and any language, other fields not at all; fails on a bad stage', () => {
    const shuffled = [...history].reverse().map((row) => (row[2] === 'Stage' ? [row[0], row[1], '階段', row[3], row[4]] : row));
    expect(call(STAGE_CONVERSION, [[...shuffled, h('2026-01-05', 'A', 1, 'x', 'Amount')]])).toEqual(call(STAGE_CONVERSION, [history]));
    expect(() => call(STAGE_CONVERSION, [[h('2026-01-01', 'A', '', 'Stage 9')]])).toThrow(/row 1 of history/);
  });
});

describe('DAYS_IN_STAGE', () => {
  it('gives its worked example', () => {
    const ex = DAYS_IN_STAGE.examples[0];
    expect(call(DAYS_IN_STAGE, ex.args)).toEqual(ex.result);
  });
  it('counts from the last entry into the current stage; IDs any case; as_of required', () => {
    const hist = [h('2026-05-01', 'O1', '', '02'), h('2026-05-05', 'O1', '02', '03'), h('2026-05-08', 'O1', '03', '02'), h('2026-05-09', 'o1', '02', '2')];
    expect(call(DAYS_IN_STAGE, [[[' o1 ']], hist, '2026-05-18'])).toEqual([[10]]);
    expect(() => call(DAYS_IN_STAGE, [[['O1']], hist, ''])).toThrow(/as_of/);
  });
});

describe('LOST_REASONS', () => {
  it('gives its worked example; without amounts the share is of the count', () => {
    const ex = LOST_REASONS.examples[0];
    expect(call(LOST_REASONS, ex.args)).toEqual(ex.result);
    const r = call(LOST_REASONS, [[['price'], ['預算取消'], ['price'], ['Budget cancelled']]], 'zh') as unknown[][];
    expect(r[0]).toEqual(['价格', 2, '', 0.5]);
    expect(r[4]).toEqual(['预算取消', 2, '', 0.5]);
    expect(r).toHaveLength(8);
    expect(r[7][0]).toBe('其他(不在列表中)');
  });
  it('is blank shares when nothing was lost; a bad amount fails naming the row', () => {
    expect((call(LOST_REASONS, [[['']]]) as unknown[][])[0]).toEqual(['Price', 0, '', '']);
    expect(() => call(LOST_REASONS, [[['Price']], [['lots']]])).toThrow(/row 1 of amounts/);
  });
});
