import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, settingsRows, testWorkbook, type Records } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, last, rejected } from './test-helpers';
import { forecastView } from './views';
import { record } from '../schema/read';
import type { Workbook } from '../schema/types';

const wb = () => testWorkbook(demoRecords());

/** O00001 Chen 1,000,000 stage 5 (50 %) closes 2026-06-15 — in Q2; O00002 Chen closes in Q3; O00003 Sun 50,000 stage 7 (90 %) confirmed. */
describe('submitForecast', () => {
  it('confirms the ticked own opportunities and appends a submission to the manager', () => {
    const r = runCommand('submitForecast', wb(), { opportunities: ['O00001'], note: 'solid' }, ctxOf('chen@example.com'));
    const { writes, id, message } = accepted(r);
    expect(id).toBe('F00001');
    expect(writes.map((w) => [w.kind, w.table])).toEqual([
      ['append', 'forecasts'],
      ['update', 'opportunities'],
      ['append', 'audit'],
    ]);
    const after = applyWrites(wb(), writes);
    expect(record(after.opportunities!, 0).confirmed).toBe('Yes');
    expect(record(after.opportunities!, 1).confirmed).toBe(''); // Q3: not this period, untouched
    expect(last(after, 'forecasts')).toMatchObject({ id: 'F00001', when: '2026-05-17 09:30:00', kind: 'Submission', person: 'Chen', by: 'Chen', to: 'Li', period_from: '2026-04-01', period_to: '2026-06-30', own: 500000, team: 500000, amount: 500000, opportunities: 'O00001', reason: 'solid' });
    expect(message.en).toMatch(/500,000 submitted to Li/);
    const a = auditOf(r, wb());
    expect(a).toMatchObject({ command: 'Forecast', table: 'Forecast submissions', rowId: 'F00001', before: 'O00001 Confirmed for forecast: (blank)' });
    expect(a.change).toMatch(/^New record — Submission ID: F00001; .*Submitted figure: 500,000; .*O00001 Confirmed for forecast: \(blank\) → Yes\.$/);
  });

  it('un-confirms an own opportunity of the period left unticked, and appends rather than overwrites', () => {
    let w: Workbook = applyWrites(wb(), accepted(runCommand('submitForecast', wb(), { opportunities: ['O00001'] }, ctxOf('Chen'))).writes);
    const r = accepted(runCommand('submitForecast', w, { opportunities: [] }, ctxOf('Chen', 'zh')));
    w = applyWrites(w, r.writes);
    expect(record(w.opportunities!, 0).confirmed).toBe('否');
    expect(w.forecasts!.rows).toHaveLength(2);
    expect(record(w.forecasts!, 0).amount).toBe(500000);
    expect(last(w, 'forecasts')).toMatchObject({ id: 'F00002', kind: '提交', amount: 0 });
  });

  it('a superior’s submission rolls up the team’s confirmed opportunities', () => {
    let w = applyWrites(wb(), accepted(runCommand('submitForecast', wb(), { opportunities: ['O00001'] }, ctxOf('Chen'))).writes);
    w = applyWrites(w, accepted(runCommand('submitForecast', w, {}, ctxOf('Wang'))).writes);
    // Chen 500,000 (Li's team) + Sun 45,000 (Zhao's team, already confirmed)
    expect(last(w, 'forecasts')).toMatchObject({ person: 'Wang', to: '', own: 0, team: 545000, amount: 545000 });
  });

  it('refuses someone else’s, a lost, an out-of-period and an unknown opportunity', () => {
    const recs: Records = demoRecords();
    recs.opportunities!.push({ id: 'O00004', name: 'Gone', customer_id: 'C00001', owner: 'Chen', amount: 5, stage: '丢单', close: '2026-05-01' });
    const w = testWorkbook(recs);
    for (const [id, re] of [
      ['O00003', /belongs to Sun/],
      ['O00004', /is lost/],
      ['O00002', /outside the forecast period 2026-04-01 – 2026-06-30/],
      ['O00404', /No opportunity O00404/],
    ] as const) {
      expect(rejected(runCommand('submitForecast', w, { opportunities: [id] }, ctxOf('Chen'))).opportunities.en).toMatch(re);
    }
  });

  it('refuses without a forecast period or a known actor', () => {
    const recs = demoRecords();
    recs.settings = settingsRows({});
    expect(rejected(runCommand('submitForecast', testWorkbook(recs), { opportunities: [] }, ctxOf('Chen')))[''].en).toMatch(/period is not set/);
    expect(rejected(runCommand('submitForecast', wb(), { opportunities: [] }, ctxOf('nobody')))[''].en).toMatch(/not in the Team sheet/);
  });

  it('reports a broken hierarchy instead of failing', () => {
    const recs = demoRecords();
    recs.team![1].manager = 'Mystery';
    expect(rejected(runCommand('submitForecast', testWorkbook(recs), { opportunities: [] }, ctxOf('Chen')))[''].en).toMatch(/cannot be rolled up.*Mystery/);
  });

  it('stores a formula-looking note as text', () => {
    const r = accepted(runCommand('submitForecast', wb(), { opportunities: [], note: '=IMPORTXML("x")' }, ctxOf('Chen')));
    const w = r.writes[0];
    if (w.kind !== 'append') throw new Error();
    expect(w.rows[0][wb().forecasts!.col.reason]).toBe('\'=IMPORTXML("x")');
  });
});

describe('reviseForecast', () => {
  const submitted = () => applyWrites(wb(), accepted(runCommand('submitForecast', wb(), { opportunities: ['O00001'] }, ctxOf('Chen'))).writes);

  it('a superior revises a subordinate with a reason; the roll-up and the next submission use it', () => {
    let w = submitted();
    const r = runCommand('reviseForecast', w, { person: 'Chen', amount: '300,000', reason: 'Budget freeze at the customer' }, ctxOf('Li'));
    w = applyWrites(w, accepted(r).writes);
    expect(last(w, 'forecasts')).toMatchObject({ kind: 'Revision', person: 'Chen', by: 'Li', to: 'Li', own: 500000, team: 500000, amount: 300000, reason: 'Budget freeze at the customer' });
    expect(auditOf(r, submitted())).toMatchObject({ command: 'Revise a forecast', before: 'Forecast of: Chen; Submitted figure: 500,000' });
    expect(auditOf(r, submitted()).change).toMatch(/Kind: Revision; Forecast of: Chen; Submitted by: Li; .*Submitted figure: 500,000 → 300,000; Reason for revision: “Budget freeze at the customer”\.$/);
    const v = forecastView(w, 'Li', 'en');
    expect(v.team.find((l) => l.person === 'Chen')).toMatchObject({ own: 500000, team: 500000, adjustment: 300000, forecast: 300000, submitted: { amount: 500000 } });
    expect(v.teamForecast).toBe(300000);
    // Li submits upward: the revised figure
    w = applyWrites(w, accepted(runCommand('submitForecast', w, {}, ctxOf('Li'))).writes);
    expect(last(w, 'forecasts')).toMatchObject({ person: 'Li', to: 'Wang', team: 300000, amount: 300000 });
    // a second revision appends; the latest counts
    w = applyWrites(w, accepted(runCommand('reviseForecast', w, { person: 'Chen', amount: 400000, reason: 'Freeze lifted' }, ctxOf('Wang'))).writes);
    expect(forecastView(w, 'Li', 'en').teamForecast).toBe(400000);
    expect(w.forecasts!.rows.filter((r) => r[w.forecasts!.col.kind] === 'Revision')).toHaveLength(2);
  });

  it('a new submission by the subordinate supersedes an earlier revision of them', () => {
    let w = submitted();
    w = applyWrites(w, accepted(runCommand('reviseForecast', w, { person: 'Chen', amount: 1, reason: 'x' }, ctxOf('Li'))).writes);
    expect(forecastView(w, 'Li', 'en').team.find((l) => l.person === 'Chen')!.adjustment).toBe(1);
    w = applyWrites(w, accepted(runCommand('submitForecast', w, { opportunities: ['O00001'] }, ctxOf('Chen'))).writes);
    expect(forecastView(w, 'Li', 'en').team.find((l) => l.person === 'Chen')).toMatchObject({ adjustment: null, forecast: 500000 });
  });

  it('refuses a non-superior, and rejects per field', () => {
    const w = submitted();
    expect(rejected(runCommand('reviseForecast', w, { person: 'Chen', amount: 1, reason: 'x' }, ctxOf('Chen'))).person.en).toBe(
      'You cannot revise your own forecast: submit it with the Forecast form (your superior may revise it).',
    );
    for (const actor of ['Liu', 'Zhao']) {
      expect(rejected(runCommand('reviseForecast', w, { person: 'Chen', amount: 1, reason: 'x' }, ctxOf(actor))).person.en).toBe(
        'Chen is not one of your reports: you may revise the forecasts of the people below you in the Team sheet.',
      );
    }
    // not a report, a bad amount and no reason: all at once
    expect(Object.keys(rejected(runCommand('reviseForecast', w, { person: 'Chen', amount: 'lots', reason: '' }, ctxOf('Zhao')))).sort()).toEqual(['amount', 'person', 'reason']);
    const e = rejected(runCommand('reviseForecast', w, { person: 'Ghost', amount: 'a lot', reason: ' ' }, ctxOf('Li')));
    expect(Object.keys(e).sort()).toEqual(['amount', 'person', 'reason']);
  });

  it('stores a formula-looking reason as text', () => {
    const r = accepted(runCommand('reviseForecast', submitted(), { person: 'Chen', amount: 1, reason: '@cell' }, ctxOf('Li')));
    const w = r.writes[0];
    if (w.kind !== 'append') throw new Error();
    expect(w.rows[0][wb().forecasts!.col.reason]).toBe("'@cell");
  });
});

describe('forecastView', () => {
  it('shows a person their own opportunities of the period and nothing of others', () => {
    const v = forecastView(wb(), 'chen@example.com', 'en');
    expect(v.person).toBe('Chen');
    expect(v.period).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(v.own.map((o) => o.id)).toEqual(['O00001']);
    expect(v.own[0]).toMatchObject({ amount: 1000000, stage: 5, probability: 0.5, forecast: 500000, confirmed: false, close: '2026-06-15' });
    expect(v.team).toEqual([]);
  });

  it('shows a superior everyone below with depth', () => {
    const v = forecastView(wb(), 'Wang', 'en');
    expect(v.team.map((l) => [l.person, l.depth])).toEqual([
      ['Li', 1],
      ['Zhao', 1],
      ['Chen', 2],
      ['Liu', 2],
      ['Sun', 2],
    ]);
    expect(v.team.find((l) => l.person === 'Zhao')).toMatchObject({ own: 0, team: 45000, forecast: 45000, adjustment: null, submitted: null });
    expect(v.teamForecast).toBe(45000);
  });

  it('takes the period from the input, and refuses to show someone not below the viewer', () => {
    expect(forecastView(wb(), 'Chen', 'en', { from: '2026-07-01', to: '2026-09-30' }).own.map((o) => o.id)).toEqual(['O00002']);
    expect(() => forecastView(wb(), 'Chen', 'zh', { person: 'Sun' })).toThrow(/不是您的下属/);
    expect(forecastView(wb(), 'Zhao', 'en', { person: 'Sun' }).person).toBe('Sun');
    expect(() => forecastView(wb(), 'nobody', 'en')).toThrow(/not in the Team sheet/);
  });
});
