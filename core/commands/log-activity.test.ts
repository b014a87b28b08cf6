import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, last, rejected } from './test-helpers';

const wb = () => testWorkbook(demoRecords());

describe('logActivity', () => {
  it('logs a day’s prospecting for the actor, today by default', () => {
    const r = runCommand('logActivity', wb(), { type: 'new_name', new_names: '8', introductions: 3, notes: 'trade fair' }, ctxOf('liu@example.com'));
    const a = last(applyWrites(wb(), accepted(r).writes), 'activities');
    expect(a).toMatchObject({ date: '2026-05-17', person: 'Liu', type: 'New name', new_names: 8, introductions: 3, notes: 'trade fair' });
    expect(auditOf(r, wb())).toMatchObject({ command: 'Log activity', table: 'Activities', rowId: '2026-05-17 Liu' });
  });

  it('logs a visit to a customer and opportunity with a follow-up', () => {
    const r = accepted(runCommand('logActivity', wb(), { type: '拜访', date: '2026年5月16日', person: 'Chen', customer_id: 'C00001', opportunity: 'O00001', follow_up: '2026-05-23' }, ctxOf('Li', 'zh')));
    expect(last(applyWrites(wb(), r.writes), 'activities')).toMatchObject({ date: '2026-05-16', person: 'Chen', type: '拜访', customer_id: 'C00001', opportunity: 'O00001', follow_up: '2026-05-23' });
  });

  it('rejects per field', () => {
    const e = rejected(runCommand('logActivity', wb(), { type: 'party', date: '32/13', person: 'Ghost', customer_id: 'C9', opportunity: 'O9', new_names: 2.5, introductions: -1, follow_up: 'later' }, ctxOf('Chen')));
    expect(Object.keys(e).sort()).toEqual(['customer_id', 'date', 'follow_up', 'introductions', 'new_names', 'opportunity', 'person', 'type']);
    expect(e.new_names.en).toMatch(/whole number/);
  });

  it('stores formula-looking notes as text', () => {
    const r = accepted(runCommand('logActivity', wb(), { type: 'call', notes: '=HYPERLINK("http://example.invalid","x")' }, ctxOf('Chen')));
    const w = r.writes[0];
    if (w.kind !== 'append') throw new Error();
    expect(w.rows[0][wb().activities!.col.notes]).toBe('\'=HYPERLINK("http://example.invalid","x")');
  });
});
