import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, rejected } from './test-helpers';
import { record } from '../schema/read';

const wb = () => testWorkbook(demoRecords());

describe('changeOwner', () => {
  it('a direct superior may change the owner; the audit keeps the previous owner and the reason', () => {
    const r = runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'liu', reason: 'Chen moves to the South' }, ctxOf('li@example.com'));
    const { writes } = accepted(r);
    expect(writes.map((w) => [w.kind, w.table])).toEqual([
      ['update', 'opportunities'],
      ['append', 'history'],
      ['append', 'audit'],
    ]);
    expect(record(applyWrites(wb(), writes).opportunities!, 0).owner).toBe('Liu');
    expect(auditOf(r, wb())).toMatchObject({ command: 'Change primary owner', table: 'Opportunities', rowId: 'O00001', change: 'Primary owner: Chen → Liu; Reason: “Chen moves to the South”.', before: 'Primary owner: Chen', after: 'Primary owner: Liu; Reason: “Chen moves to the South”' });
  });

  it('a superior further up the chain may too', () => {
    expect(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Sun' }, ctxOf('Wang')).ok).toBe(true);
  });

  it('refuses the owner themself, a peer, and a superior of someone else, with the reason in words', () => {
    const own = rejected(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Liu' }, ctxOf('Chen')));
    expect(own.opportunity.en).toBe('This is your own opportunity: you cannot change its primary owner. Your superior (Li) can.');
    expect(own.opportunity.zh).toBe('这是您自己的商机:您不能更改它的主要负责人,请由您的上级(Li)更改。');
    for (const actor of ['Liu', 'Zhao']) {
      const e = rejected(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: actor }, ctxOf(actor)));
      expect(e.opportunity.en).toBe('Chen is not in your team: only a superior of the primary owner (Chen) may change it.');
      expect(e.opportunity.zh).toMatch(/上级/);
      expect(e.opportunity.en).not.toMatch(new RegExp(`${actor} is not`));
    }
  });

  it('the new owner is the acting person or someone in their team; every reason shows at once', () => {
    // Li (North) may not hand Chen's opportunity to Sun (South)
    const e = rejected(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Sun' }, ctxOf('Li')));
    expect(e.owner.en).toBe('Sun is not in your team: choose yourself or someone below you in the Team sheet.');
    expect(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Li' }, ctxOf('Li')).ok).toBe(true);
    // the own-opportunity refusal, an unknown new owner and a too-long reason: all three at once
    const all = rejected(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Ghost', reason: 'x'.repeat(6000) }, ctxOf('Chen')));
    expect(Object.keys(all).sort()).toEqual(['opportunity', 'owner', 'reason']);
  });

  it('refuses an actor who is not in the team', () => {
    expect(rejected(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Liu' }, ctxOf('x@y.z')))[''].en).toMatch(/not in the Team sheet/);
  });

  it('rejects per field', () => {
    const e = rejected(runCommand('changeOwner', wb(), { opportunity: 'O9', owner: 'Ghost' }, ctxOf('Wang')));
    expect(Object.keys(e).sort()).toEqual(['opportunity', 'owner']);
    expect(rejected(runCommand('changeOwner', wb(), { opportunity: 'O00001' }, ctxOf('Wang'))).owner.en).toMatch(/Required/);
    expect(rejected(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'chen' }, ctxOf('Wang'))).owner.en).toMatch(/already/);
  });

  it('stores a formula-looking reason as text in the audit', () => {
    const r = accepted(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Liu', reason: '=evil()' }, ctxOf('Li')));
    const a = r.writes[1];
    if (a.kind !== 'append') throw new Error();
    for (const v of a.rows[0]) if (typeof v === 'string') expect(/^[=+\-@]/.test(v)).toBe(false);
  });

  it('does not loop on a cycle in the Team sheet', () => {
    const recs = demoRecords();
    recs.team![0].manager = 'Chen'; // Wang → Chen → Li → Wang
    expect(runCommand('changeOwner', testWorkbook(recs), { opportunity: 'O00003', owner: 'Liu' }, ctxOf('Liu')).ok).toBe(false);
  });
});

describe('changeOwner and the forecast confirmation', () => {
  it('a confirmed opportunity becomes unconfirmed for its new owner', () => {
    const r = runCommand('changeOwner', wb(), { opportunity: 'O00003', owner: 'Liu' }, ctxOf('Wang'));
    const after = applyWrites(wb(), accepted(r).writes);
    expect(record(after.opportunities!, 2)).toMatchObject({ owner: 'Liu', confirmed: 'No' });
    expect(auditOf(r, wb()).change).toBe('Primary owner: Sun → Liu; Confirmed for forecast: Yes → No.');
  });
});
