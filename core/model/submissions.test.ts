import { describe, expect, it } from 'vitest';
import { buildTeam } from './forecast';
import { parseKind, submittedForecast, type Submission } from './submissions';

const team = buildTeam([
  { person: 'Wang', manager: null },
  { person: 'Li', manager: 'Wang' },
  { person: 'Zhang', manager: 'Li' },
]);
const P = { from: 46113, to: 46203 };
const s = (when: number, kind: Submission['kind'], person: string, by: string, amount: number): Submission => ({ when, kind, person, by, from: P.from, to: P.to, amount });

describe('submitted forecast', () => {
  it('reads the kind in each language', () => {
    expect(['Submission', '提交', 'Revision', '修正', 'revised', ''].map(parseKind)).toEqual(['submission', 'submission', 'revision', 'revision', 'revision', null]);
    expect(parseKind('draft')).toBeUndefined();
  });

  it('counts upward whichever is later; the same time goes to the later row', () => {
    const rows = [s(10, 'submission', 'Zhang', 'Zhang', 100), s(10, 'revision', 'Zhang', 'Li', 80)];
    const f = submittedForecast(team, rows, P);
    expect(f.lines[2]).toMatchObject({ submitted: 100, revision: 80, counted: 80, status: 'revised' });
    expect(f.lines[1]).toMatchObject({ status: 'missing', counted: null, reports: 80 });
    expect(f.lines[0]).toMatchObject({ reports: 0 });
    const g = submittedForecast(team, [rows[1], rows[0]], P);
    expect(g.lines[2]).toMatchObject({ counted: 100, status: 'submitted' });
  });

  it('a person without reports has no reports total', () => {
    expect(submittedForecast(team, [], P).lines[2]!.reports).toBeNull();
  });
});
