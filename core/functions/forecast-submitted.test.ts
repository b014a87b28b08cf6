import { describe, expect, it } from 'vitest';
import { FORECAST_SUBMITTED } from './forecast-submitted';
import { callFunction, resultSize } from './run';
import { CallError } from './spec';

const team = [['王总', ''], ['李经理', '王总'], ['张三', '李经理'], ['', ''], ['赵六', '王总']];
const Q2 = ['2026-04-01', '2026-06-30'];
/** A submission row: when, kind, person, by, to, from, to, own, team, amount. */
const row = (when: unknown, kind: string, person: string, by: string, amount: unknown, from = Q2[0], to = Q2[1]) => [when, kind, person, by, '', from, to, '', '', amount];
const run = (rows: unknown[][], lang: 'en' | 'zh' | 'zh-Hant' = 'en', period: unknown[] = Q2) => callFunction(FORECAST_SUBMITTED, [team, rows, ...period], { lang }) as unknown[][];
const at = (r: unknown[][], person: string) => r.find((x) => x[0] === person)!;

describe('FORECAST_SUBMITTED', () => {
  it('a submission, then a revision by the superior, then a later submission: Submitted, Revised, Submitted again', () => {
    const s1 = row('2026-05-10 09:00', 'Submission', '张三', '张三', 3165700);
    const rev = row('2026-05-11 10:00', 'Revision', '张三', '李经理', 3000000);
    const s2 = row('2026-05-12 09:00', 'Submission', '张三', '张三', 3100000);
    expect(at(run([s1]), '张三').slice(2, 8)).toEqual([3165700, 46152.375, '', '', 3165700, 'Submitted']);
    expect(at(run([s1, rev]), '张三').slice(2, 8)).toEqual([3165700, 46152.375, 3000000, '李经理', 3000000, 'Revised']);
    expect(at(run([s1, rev, s2]), '张三').slice(2, 8)).toEqual([3100000, 46154.375, 3000000, '李经理', 3100000, 'Submitted']);
    // the order of the rows does not matter, the time does
    expect(run([s2, rev, s1])).toEqual(run([s1, rev, s2]));
    // the manager reviews what the report counts upward
    expect(at(run([s1, rev]), '李经理')[8]).toBe(3000000);
    expect(at(run([s1, rev]), '王总')[8]).toBe(0);
  });

  it('a revision by someone who is not a superior up the chain is not counted; a superior two levels up is', () => {
    const s1 = row('2026-05-10 09:00', 'Submission', '张三', '张三', 100);
    expect(at(run([s1, row('2026-05-11', 'Revision', '张三', '赵六', 1)]), '张三').slice(4, 8)).toEqual(['', '', 100, 'Submitted']);
    expect(at(run([s1, row('2026-05-11', 'Revision', '张三', '张三', 1)]), '张三').slice(4, 8)).toEqual(['', '', 100, 'Submitted']);
    expect(at(run([s1, row('2026-05-11', 'Revision', '张三', '外人', 1)]), '张三').slice(4, 8)).toEqual(['', '', 100, 'Submitted']);
    expect(at(run([s1, row('2026-05-11', '修正', '张三', '王总', 90)]), '张三').slice(4, 8)).toEqual([90, '王总', 90, 'Revised']);
  });

  it('a revision with no submission counts upward; nobody submitted: Missing and blank', () => {
    const r = run([row('2026-05-11', 'Revision', '张三', '李经理', 70)]);
    expect(at(r, '张三').slice(2, 8)).toEqual(['', '', 70, '李经理', 70, 'Revised']);
    expect(at(r, '赵六').slice(2, 9)).toEqual(['', '', '', '', '', 'Missing', '']);
  });

  it('ignores rows of other periods; with no period every row counts', () => {
    const q1 = row('2026-02-01', 'Submission', '张三', '张三', 10, '2026-01-01', '2026-03-31');
    const q2 = row('2026-05-01', 'Submission', '张三', '张三', 20);
    expect(at(run([q1]), '张三')[7]).toBe('Missing');
    expect(at(run([q2, q1]), '张三')[6]).toBe(20);
    expect(at(run([q2, q1], 'en', [null, null]), '张三')[6]).toBe(20);
    expect(at(run([q1], 'en', [null, null]), '张三')[6]).toBe(10);
  });

  it('the last row sums the latest figures of people not in the team', () => {
    const r = run([row('2026-05-01', 'Submission', '钱七', '钱七', 5), row('2026-05-02', 'Submission', '钱七', '钱七', 7), row('2026-05-02', '提交', '孙八', '孙八', 11)], 'zh');
    expect(r[r.length - 1]).toEqual(['(未分配)', '', '', '', '', '', 18, '', '']);
    expect(r).toHaveLength(team.length + 1);
    expect(r[3]).toEqual(['', '', '', '', '', '', '', '', '']); // a blank team row
    expect(resultSize(FORECAST_SUBMITTED, [{ rows: 5, cols: 2 }, { rows: 3, cols: 10 }])).toEqual({ rows: 6, cols: 9 });
  });

  it('reads kinds and statuses in each language, and dates as Sheets and Excel hand them', () => {
    const zh = run([row(new Date(2026, 4, 10, 9, 0), '提交', '张三', '张三', '3,000')], 'zh');
    expect(at(zh, '张三').slice(2, 8)).toEqual([3000, 46152.375, '', '', 3000, '已提交']);
    const hant = run([row(46152.375, '修正', '张三', '李经理', 1)], 'zh-Hant');
    expect(at(hant, '张三')[7]).toBe('已修正');
    expect(at(run([row('2026-05-10T09:00:00+08:00', 'submission', '张三', '张三', 1)]), '张三')[3]).toBe(46152.375);
  });

  it('fails the call on a bad row, naming it and what it expects', () => {
    expect(() => run([row('2026-05-10', 'Proposal', '张三', '张三', 1)])).toThrow(/row 1 of submissions: the kind is "Proposal"; expects Submission or Revision/);
    expect(() => run([row('', 'Submission', '张三', '张三', 1)])).toThrow(/row 1 of submissions: submitted at is \(blank\)/);
    expect(() => run([row('2026-05-10', 'Submission', '', '张三', 1)], 'zh')).toThrow(/submissions 第 1 行:预测人为空/);
    expect(() => run([row('2026-05-10', 'Submission', '张三', '张三', 'lots')])).toThrow(/the submitted figure is "lots"/);
    expect(() => callFunction(FORECAST_SUBMITTED, [team, [['x']]], { lang: 'en' })).toThrow(/submissions: got 1 columns, expects at least 10/);
    expect(() => run([], 'en', ['2026-06-30', '2026-04-01'])).toThrow(CallError);
  });
});
