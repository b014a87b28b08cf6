import { describe, expect, it } from 'vitest';
import { buildTeam, ForecastError, rollupForecast, type ForecastOpportunity, type TeamMember } from './forecast';
import { LOST } from './stage';

const m = (person: string, manager: string | null = null): TeamMember => ({ person, manager });
const o = (owner: string | null, amount: number | null, stage: ForecastOpportunity['stage'], close: number | null = null): ForecastOpportunity => ({
  owner,
  amount,
  stage,
  close,
});

function errorOf(f: () => unknown): ForecastError {
  try {
    f();
  } catch (e) {
    if (e instanceof ForecastError) return e;
    throw e;
  }
  throw new Error('expected a ForecastError');
}

describe('rollupForecast', () => {
  const team = [m('Wang'), m('Li', 'Wang'), m('Zhang', 'Li'), m('Chen', 'Li'), m('Zhou', 'Wang')];

  it('counts each opportunity once, for its owner, as amount × stage probability', () => {
    const f = rollupForecast(team, [o('Zhang', 100, 5), o('zhang ', 200, 7), o('Chen', 1000, 1), o('Zhou', 50, 8)]);
    const by = Object.fromEntries(f.lines.map((l) => [l!.person, l!]));
    expect(by.Zhang.own).toBeCloseTo(50 + 180, 9);
    expect(by.Zhang.counted).toBe(2);
    expect(by.Chen.own).toBeCloseTo(100, 9);
    expect(by.Li.own).toBe(0);
    expect(by.Li.team).toBeCloseTo(330, 9);
    expect(by.Wang.team).toBeCloseTo(380, 9);
    expect(f.unassigned).toEqual({ own: 0, counted: 0 });
  });

  it('gives 0 for lost and out-of-period opportunities; with a period, an undated one is out', () => {
    const period = { from: 46023, to: 46112 }; // 2026-01-01 … 2026-03-31
    const f = rollupForecast(
      [m('A')],
      [o('A', 100, LOST, 46030), o('A', 100, 8, 46022), o('A', 100, 8, 46023), o('A', 100, 8, 46112), o('A', 100, 8, 46113), o('A', 100, 8, null)],
      { period },
    );
    expect(f.lines[0]).toMatchObject({ own: 200, counted: 2 });
    const open = rollupForecast([m('A')], [o('A', 100, 8, null), o('A', 100, 8, 1)]);
    expect(open.lines[0]!.own).toBe(200);
  });

  it('sends opportunities of people not in the team, or without owner, to (unassigned)', () => {
    const f = rollupForecast(team, [o('Ghost', 100, 8), o(null, 10, 8), o('', 1, 8), o('Li', 5, 8)]);
    expect(f.unassigned).toEqual({ own: 111, counted: 3 });
    expect(f.lines[1]!.own).toBe(5);
  });

  it('an adjusted person contributes the adjusted amount upward, their own team figure stays visible', () => {
    const f = rollupForecast(team, [o('Zhang', 100, 8), o('Chen', 100, 8), o('Zhou', 10, 8)], { adjustments: [{ person: 'LI', amount: 150 }, null] });
    expect(f.lines[1]).toMatchObject({ person: 'Li', team: 200, adjustment: 150, submitted: 150 });
    expect(f.lines[0]).toMatchObject({ team: 160, adjustment: null, submitted: 160 });
  });

  it('an adjustment of the top person changes only their submitted figure', () => {
    const f = rollupForecast(team, [o('Zhou', 10, 8)], { adjustments: [{ person: 'Wang', amount: 99 }] });
    expect(f.lines[0]).toMatchObject({ team: 10, submitted: 99 });
  });

  it('keeps blank team rows in place and allows several tops', () => {
    const f = rollupForecast([m('A'), null, m('B'), m('C', 'B')], [o('C', 10, 8)]);
    expect(f.lines[1]).toBeNull();
    expect(f.lines[2]!.team).toBe(10);
    expect(f.lines[0]!.team).toBe(0);
  });

  it('uses the given probabilities', () => {
    const probs = [0, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(rollupForecast([m('A')], [o('A', 100, 1)], { probabilities: probs }).lines[0]!.own).toBe(100);
  });

  it('rolls up a hierarchy 100,000 levels deep without recursion', () => {
    const n = 100000;
    const chain: TeamMember[] = [m('p0')];
    for (let i = 1; i < n; i++) chain.push(m('p' + i, 'p' + (i - 1)));
    const f = rollupForecast(chain, [o('p' + (n - 1), 7, 8), o('p0', 1, 8)]);
    expect(f.lines[0]!.team).toBe(8);
    expect(f.lines[n - 1]!.team).toBe(7);
  });

  it('fails naming a duplicate person, an unknown manager, a person-less row', () => {
    expect(errorOf(() => buildTeam([m('A'), m('B', 'A'), m(' a ')])).reason.en).toMatch(/a is listed twice \(rows 1 and 3\)/);
    const unknown = errorOf(() => buildTeam([m('A'), m('B', 'Boss')]));
    expect(unknown.reason.en).toMatch(/row 2: the manager Boss of B is not in the team/);
    expect(unknown.reason.zh).toMatch(/B 的上级 Boss 不在团队中/);
    expect(errorOf(() => buildTeam([m(''), m('', 'X')])).reason.en).toMatch(/row 1: the person is blank/);
  });

  it('fails naming the people in a cycle, including a self-managed person', () => {
    const e = errorOf(() => buildTeam([m('Top'), m('A', 'C'), m('B', 'A'), m('C', 'B'), m('D', 'A')]));
    expect(e.reason.en).toMatch(/cycle: (A → C → B → A|C → B → A → C|B → A → C → B)/);
    expect(errorOf(() => buildTeam([m('Solo', 'solo')])).reason.en).toMatch(/cycle: Solo → Solo/);
  });

  it('fails on an adjustment for someone not in the team, twice adjusted, or without a person', () => {
    expect(errorOf(() => rollupForecast(team, [], { adjustments: [{ person: 'Nobody', amount: 1 }] })).reason.en).toMatch(/adjustments row 1: Nobody is not in the team/);
    expect(errorOf(() => rollupForecast(team, [], { adjustments: [{ person: 'Li', amount: 1 }, { person: 'li', amount: 2 }] })).reason.en).toMatch(/adjusted twice \(rows 1 and 2\)/);
    expect(errorOf(() => rollupForecast(team, [], { adjustments: [{ person: '', amount: 5 }] })).reason.en).toMatch(/amount 5 has no person/);
  });

  it('fails when the period runs backwards', () => {
    expect(errorOf(() => rollupForecast(team, [], { period: { from: 46112, to: 46023 } })).reason.en).toMatch(/from 2026-03-31 is after to 2026-01-01/);
  });
});
