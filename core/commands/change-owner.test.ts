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
    expect(auditOf(r, wb())).toMatchObject({ command: 'changeOwner', rowId: 'O00001', before: { owner: 'Chen' }, after: { owner: 'Liu', reason: 'Chen moves to the South' } });
  });

  it('a superior further up the chain may too', () => {
    expect(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Sun' }, ctxOf('Wang')).ok).toBe(true);
  });

  it('refuses the owner themself, a peer, and a superior of someone else, with the reason', () => {
    for (const actor of ['Chen', 'Liu', 'Zhao']) {
      const e = rejected(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Liu' }, ctxOf(actor)));
      expect(e[''].en).toMatch(new RegExp(`Only a superior of the current primary owner \\(Chen\\).*${actor} is not above Chen`));
      expect(e[''].zh).toMatch(/上级/);
    }
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
    const r = runCommand('changeOwner', wb(), { opportunity: 'O00003', owner: 'Liu' }, ctxOf('Zhao'));
    const after = applyWrites(wb(), accepted(r).writes);
    expect(record(after.opportunities!, 2)).toMatchObject({ owner: 'Liu', confirmed: 'No' });
    expect(auditOf(r, wb())).toMatchObject({ before: { owner: 'Sun', confirmed: 'Yes' }, after: { owner: 'Liu', confirmed: 'No' } });
  });
});
