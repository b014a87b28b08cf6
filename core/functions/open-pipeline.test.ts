import { describe, expect, it } from 'vitest';
import { callFunction } from './run';
import { CallError } from './spec';
import { OPEN_PIPELINE } from './open-pipeline';

const call = (args: unknown[], lang: 'en' | 'zh' = 'en') => callFunction(OPEN_PIPELINE, args, { lang });

describe('OPEN_PIPELINE', () => {
  it('gives its worked example', () => {
    const ex = OPEN_PIPELINE.examples[0];
    expect(call(ex.args)).toEqual(ex.result);
  });

  it('sums open stages 1–7 per owner, whatever the period when none is given', () => {
    const opps = [
      ['A', 10, 1],
      ['A', 20, '07 商务谈判'],
      ['A', 40, 8],
      ['A', 80, 'Lost'],
      ['B', 5, 'Stage 2'],
    ];
    expect(call([[['A'], [''], ['B'], ['C']], opps])).toEqual([[30], [''], [5], [0]]);
  });

  it('skips blank stages and amounts; with a period, an opportunity without a close date is outside', () => {
    const opps = [
      ['A', 10, '', '2026-05-01'],
      ['A', '', 3, '2026-05-01'],
      ['A', 7, 3, ''],
      ['A', '1,000', 3, 46150],
    ];
    expect(call([[['A']], opps, '2026-04-01', '2026-06-30'])).toEqual([[1000]]);
  });

  it('fails the call on a bad row, naming it, and on a reversed period', () => {
    expect(() => call([[['A']], [['A', 1, 'soon']]])).toThrow(CallError);
    expect(() => call([[['A']], [['A', 1, 2], ['A', 'lots', 2]]])).toThrow(/row 2|第 2 行/);
    expect(() => call([[['A']], [['A', 1, 2, '2026-01-01']], '2026-06-30', '2026-04-01'])).toThrow(/from 2026-06-30 is after to 2026-04-01/);
  });
});

describe('OPEN_PIPELINE on odd cells', () => {
  it('reads an invalid date as a person or owner without crashing, and refuses a boolean owner', () => {
    expect(call([[[new Date(NaN)]], [['A', 1, 2]]])).toEqual([[0]]);
    expect(call([[['A']], [[new Date(NaN), 1, 2]]])).toEqual([[0]]);
    expect(() => call([[['A']], [[true, 1, 2]]])).toThrow(CallError);
  });
});
