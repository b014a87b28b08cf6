import { describe, expect, it } from 'vitest';
import { callFunction } from './run';
import { CallError } from './spec';
import { CLOSED_WON, OPEN_PIPELINE } from './open-pipeline';

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

describe('OPEN_PIPELINE and CLOSED_WON with a team', () => {
  const team = [['Wang', ''], ['Li', 'Wang'], ['Chen', 'Li'], ['Sun', 'Li'], ['', '']];
  const opps = [
    ['Chen', 100, '05', '2026-05-01'],
    ['Chen', 40, '08', '2026-05-20'],
    ['Sun', 70, '02', '2026-06-01'],
    ['Sun', 25, '08', '2026-06-02'],
    ['Li', 30, '04', '2026-04-10'],
    ['Li', 10, '08', '2026-03-31'],
    ['Wang', 5, '08', '2026-04-01'],
    ['Zhao', 1000, '08', '2026-05-05'],
  ];
  const people = [['Wang'], ['Li'], ['Chen'], ['Zhao'], ['']];
  const q2 = ['2026-04-01', '2026-06-30'];

  it('OPEN_PIPELINE: each person with their whole team below them; a person outside the team keeps their own', () => {
    expect(call([people, opps, ...q2, team])).toEqual([[200], [200], [100], [0], ['']]);
    expect(call([people, opps, ...q2])).toEqual([[0], [30], [100], [0], ['']]);
  });

  it('CLOSED_WON: won (stage 08) in the period, without and with the team', () => {
    const won = (args: unknown[]) => callFunction(CLOSED_WON, args, { lang: 'en' });
    expect(won([people, opps, ...q2])).toEqual([[5], [0], [40], [1000], ['']]);
    expect(won([people, opps, ...q2, team])).toEqual([[70], [65], [40], [1000], ['']]);
    // no period: every won one
    expect(won([[['Li']], opps, null, null, team])).toEqual([[75]]);
    for (const ex of CLOSED_WON.examples) expect(won(ex.args)).toEqual(ex.result);
  });

  it('fails the call on a broken team, naming the people', () => {
    expect(() => call([people, opps, ...q2, [['A', 'B'], ['B', 'A']]])).toThrow(/cycle/);
    expect(() => callFunction(CLOSED_WON, [people, opps, ...q2, [['A', 'Nobody']]], { lang: 'zh' })).toThrow(/Nobody 不在团队中/);
  });
});
