import { describe, expect, it } from 'vitest';
import { DECISION_MAP } from './decision-map';
import { DEVELOPMENT_REPORT } from './development';
import { OVERDUE } from './overdue';
import { callFunction } from './run';
import { CallError, CellError } from './spec';
import { TEAM_CREDIT } from './team-credit';

const en = { lang: 'en' as const };
const zh = { lang: 'zh' as const };

describe('DECISION_MAP', () => {
  it('a coach but no decision maker: the gap is the decision maker', () => {
    const r = callFunction(DECISION_MAP, [[['O1']], [['O1', 'Sun', '内线', 'Supporter', '']]], en);
    expect(r).toEqual([[1, 'No', 'Yes', 1, 'No decision maker']]);
    expect(callFunction(DECISION_MAP, [[['O1']], [['O1', 'Sun', '內線', '支持', '']]], zh)).toEqual([[1, '否', '是', 1, '无决策者']]);
  });

  it('an opposed decision maker with a coach is not covered; a decision maker without a coach reports the coach first', () => {
    const contacts = [
      ['o1', 'Zhou', 'Decision maker', 'Opponent', ''],
      ['O1 ', 'Wu', 'coach', 'Neutral', ''],
      ['O2', 'Li', '决策者', '反对', ''],
    ];
    expect(callFunction(DECISION_MAP, [[['O1'], ['O2']], contacts], en)).toEqual([
      [2, 'Yes', 'Yes', -1, 'Decision maker opposed'],
      [1, 'Yes', 'No', -1, 'No coach'],
    ]);
    expect(callFunction(DECISION_MAP, [[['O1']], contacts], { lang: 'zh-Hant' })).toEqual([[2, '是', '是', -1, '決策者反對']]);
  });

  it('one supporting decision maker among two is not enough when the other opposes', () => {
    const contacts = [
      ['O1', 'A', 'Decision maker', 'Supporter', ''],
      ['O1', 'B', 'Decision maker', 'Opponent', ''],
      ['O1', 'C', 'Insider', 'Supporter', ''],
    ];
    expect(callFunction(DECISION_MAP, [[['O1']], contacts], en)).toEqual([[3, 'Yes', 'Yes', 1, 'Decision maker opposed']]);
  });

  it('an opportunity without contacts, a blank row, contacts of the customer only', () => {
    expect(callFunction(DECISION_MAP, [[['O9'], [''], ['O1']], [['', 'X', 'Decision maker', '', ''], ['O1', '', '', '', '']]], en)).toEqual([
      [0, 'No', 'No', 0, 'No decision maker'],
      ['', '', '', '', ''],
      [0, 'No', 'No', 0, 'No decision maker'],
    ]);
  });

  it('an unknown role fails the call naming the row and the roles, in the workbook language', () => {
    expect(() => callFunction(DECISION_MAP, [[['O1']], [['O1', 'A', 'Boss', '', '']]], en)).toThrow(/row 1 of contacts: buying role: got "Boss", expects one of Decision maker, .*Coach \(insider\)/);
    expect(() => callFunction(DECISION_MAP, [[['O1']], [['O1', 'A', '决策者', '喜欢', '']]], zh)).toThrow(/contacts 第 1 行.*喜欢.*支持、中立、反对/);
    expect(() => callFunction(DECISION_MAP, [[['O1']], [['O1', 'A', '']]], en)).toThrow(CallError);
  });
});

describe('OVERDUE', () => {
  it('is 0 on the due date itself and counts the days after', () => {
    expect(callFunction(OVERDUE, [[['2026-05-20'], ['2026-05-19'], ['2026-05-21']], [['Open'], ['open'], ['']], '2026-05-20'], en)).toEqual([[0], [1], [0]]);
  });

  it('is blank when done or dropped (in any language) or without a due date', () => {
    expect(callFunction(OVERDUE, [[['2026-01-01'], ['2026-01-01'], ['']], [['已完成'], ['Dropped'], ['進行中']], '2026-05-20'], en)).toEqual([[''], [''], ['']]);
  });

  it('an unknown status is that row\u2019s error; a missing as_of fails the call', () => {
    const r = callFunction(OVERDUE, [[['2026-05-01'], ['2026-05-01']], [['later'], ['']], '2026-05-20'], en) as unknown[][];
    expect(r[0][0]).toBeInstanceOf(CellError);
    expect((r[0][0] as CellError).reason).toMatch(/status: got "later", expects Open, Done, Dropped/);
    expect(r[1][0]).toBe(19);
    expect(() => callFunction(OVERDUE, [[['2026-05-01']], [['Open']], undefined], en)).toThrow(/as_of is required/);
  });
});

describe('TEAM_CREDIT', () => {
  const people = [['Chen'], ['Sun'], ['Zhao']];
  const ids = [['O1'], ['O2']];
  const opps = [
    ['Chen', 100000, '08', '2026-05-15'],
    ['Sun', 40000, '08', '2026-05-16'],
  ];

  it('splits that total 99 % give the credited people an error naming the opportunity; the others still count', () => {
    const team = [
      ['O1', 'Chen', 'Primary owner', '60%'],
      ['O1', 'Zhao', 'Pre-sales', '39%'],
    ];
    const r = callFunction(TEAM_CREDIT, [people, team, ids, opps], en) as unknown[][];
    expect(r[0][0]).toBeInstanceOf(CellError);
    expect((r[0][0] as CellError).reason).toBe('The revenue splits of O1 total 99%; they must total 100 % (or be left blank for the owner to take all)');
    expect(r[1][0]).toBe(40000);
    expect(r[2][0]).toBeInstanceOf(CellError);
    const z = callFunction(TEAM_CREDIT, [people, team, ids, opps], zh) as unknown[][];
    expect((z[0][0] as CellError).reason).toContain('O1 的业绩分配比例合计为 99%');
  });

  it('a member without a split on an opportunity with splits gets nothing; the owner outside the splits too', () => {
    const team = [
      ['O1', 'Chen', 'Primary owner', ''],
      ['O1', 'Zhao', 'Sales', 1],
    ];
    expect(callFunction(TEAM_CREDIT, [people, team, ids, opps], en)).toEqual([[0], [40000], [100000]]);
  });

  it('an opportunity with team rows but no splits credits its owner; a period bounds the close date', () => {
    const team = [['O2', 'Zhao', 'Service', '']];
    expect(callFunction(TEAM_CREDIT, [people, team, ids, opps], en)).toEqual([[100000], [40000], [0]]);
    expect(callFunction(TEAM_CREDIT, [people, team, ids, opps, '2026-05-16', '2026-06-30'], en)).toEqual([[0], [40000], [0]]);
  });

  it('fails when ids and opportunities are not aligned, or a split is not a share', () => {
    expect(() => callFunction(TEAM_CREDIT, [people, [['O1', 'Chen', '', '']], [['O1']], opps], en)).toThrow(/opportunities: got 2 rows, expects 1/);
    expect(() => callFunction(TEAM_CREDIT, [people, [['O1', 'Chen', '', '150%']], ids, opps], en)).toThrow(/row 1 of team_rows: split: got "150%"/);
  });
});

describe('DEVELOPMENT_REPORT', () => {
  it('counts a stopped prospect only as stopped, reads stages in any language', () => {
    const r = callFunction(DEVELOPMENT_REPORT, [[['Chen'], ['']], [['Chen'], ['Chen'], ['Chen']], [['5 促成合作'], ['5 Closing'], ['1']], [['是'], [''], ['FALSE']]], en);
    expect(r).toEqual([[1, 0, 0, 0, 1, 1], ['', '', '', '', '', '']]);
  });

  it('a stage outside 1–5 fails the call naming the row', () => {
    expect(() => callFunction(DEVELOPMENT_REPORT, [[['Chen']], [['Chen']], [['6']]], en)).toThrow(/row 1 of stages: stage: got "6", expects a development stage 1–5/);
    expect(() => callFunction(DEVELOPMENT_REPORT, [[['Chen']], [['Chen']], [['6']]], zh)).toThrow(/stages 第 1 行:开发阶段:收到 .6./);
  });
});
