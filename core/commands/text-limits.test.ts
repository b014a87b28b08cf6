import { describe, expect, it } from 'vitest';
import { ctxOf, demoRecords, testWorkbook } from './fixtures';
import { COMMAND_NAMES, COMMANDS, runCommand } from './index';
import { accepted, rejected } from './test-helpers';
import { fieldMaxLength, lengthErrors, TEXT_LIMITS, textLength } from './text-limits';

const wb = testWorkbook(demoRecords());

/** An accepted input per command (actor `Li`); each text field is then filled to its limit, and one past it. */
const BASE: Record<string, Record<string, unknown>> = {
  newCustomer: { name: 'Brand New Widgets Ltd', account_manager: 'Liu', confirmDifferent: true },
  updateCustomer: { id: 'C00002', phone: '+86 21 5555' },
  newOpportunity: { customer_id: 'C00001', name: 'Limits', owner: 'Chen', stage: '2', amount: 10, close: '2026-06-01' },
  assessOpportunity: { opportunity: 'O00001', answers: Array.from({ length: 20 }, (_, i) => i % 2 === 0) },
  submitForecast: { opportunities: [] },
  reviseForecast: { person: 'Chen', amount: 5, reason: 'why' },
  changeOwner: { opportunity: 'O00001', owner: 'Liu' },
  newProject: { customer_id: 'C00001', name: 'P', sales_method: 'bid' },
  logActivity: { type: 'visit', person: 'Chen' },
  logComplaint: { customer_id: 'C00001', description: 'late' },
  importCustomers: { values: [['Company'], ['Brand New Widgets Ltd']] },
  importOpportunities: { values: [['Opportunity', 'Customer ID', 'Stage', 'Amount', 'Close date'], ['Limits', 'C00001', 2, 10, '2026-06-01']] },
  saveContact: { customer_id: 'C00001', name: 'Zhou', role: 'decision_maker' },
  editAccountPlan: { customer_id: 'C00001', year: '2026' },
  addAction: { ref: 'O00001', action: 'a', due: '2026-06-01' },
  closeAction: { id: 'AC00001', status: 'done' },
  addTeamMember: { opportunity: 'O00001', member: 'Liu', role: 'presales' },
  removeTeamMember: { opportunity: 'O00002', member: 'Liu' },
  advanceProspect: { customer_id: 'C00001', outcome: 'advance' },
};

/** Fields whose value must name something (a person, an ID, a list item): only their length is checked here. */
const FREE_TEXT = new Set(['text', 'longtext']);

describe('text limits', () => {
  it('fit their columns: names 200 characters, long texts 5,000, e-mail 254, phone 50', () => {
    expect(TEXT_LIMITS.text).toBe(200);
    expect(TEXT_LIMITS.longtext).toBe(5000);
    expect(fieldMaxLength(COMMANDS.newCustomer.fields.find((f) => f.key === 'name')!)).toBe(200);
    expect(fieldMaxLength(COMMANDS.newCustomer.fields.find((f) => f.key === 'notes')!)).toBe(5000);
    expect(fieldMaxLength(COMMANDS.newCustomer.fields.find((f) => f.key === 'email')!)).toBe(254);
    expect(fieldMaxLength(COMMANDS.newCustomer.fields.find((f) => f.key === 'phone')!)).toBe(50);
  });

  it('every text field of every command has a limit', () => {
    for (const name of COMMAND_NAMES) {
      for (const f of COMMANDS[name].fields) {
        if (['text', 'longtext', 'email', 'person', 'customer', 'opportunity', 'list', 'stage', 'opportunities'].includes(f.type)) expect(fieldMaxLength(f), `${name}.${f.key}`).toBeGreaterThan(0);
      }
    }
  });

  it('refuses a 5,000-character customer name with the limit stated, and writes nothing', () => {
    const r = runCommand('newCustomer', wb, { ...BASE.newCustomer, name: '华'.repeat(5000) }, ctxOf('Li'));
    const e = rejected(r);
    expect(e.name.en).toBe('Too long: 5,000 characters; this field takes at most 200.');
    expect(e.name.zh).toBe('内容过长:5,000 个字符;此项最多 200 个字符。');
    expect(e.name.zhHant).toMatch(/最多 200 個字元/);
  });

  // (The import forms take no free text of their own: each row's texts are checked in import-rows.test.ts.)
  // (A command without a form, e.g. Take funnel snapshot, has no text to limit.)
  describe.each(COMMAND_NAMES.filter((n) => COMMANDS[n].fields.some((f) => FREE_TEXT.has(f.type))))('%s', (name) => {
    const fields = COMMANDS[name].fields.filter((f) => FREE_TEXT.has(f.type));
    it.each(fields.map((f) => [f.key, fieldMaxLength(f)!] as const))('%s: takes %d characters, refuses one more', (key, max) => {
      // The complaint ID names a complaint: at its limit it is refused as unknown, not as too long.
      const at = runCommand(name, wb, { ...BASE[name], [key]: 'x'.repeat(max) }, ctxOf('Li'));
      if (!at.ok) expect(at.errors.map((e) => e.message.en).join(' ')).not.toMatch(/Too long/);
      else accepted(at);
      const over = rejected(runCommand(name, wb, { ...BASE[name], [key]: 'x'.repeat(max + 1) }, ctxOf('Li')));
      expect(over[key].en).toBe(`Too long: ${(max + 1).toLocaleString('en-US')} characters; this field takes at most ${max.toLocaleString('en-US')}.`);
    });
  });

  it('reports every field that is too long at once, beside the command’s other reasons', () => {
    const e = rejected(runCommand('newOpportunity', wb, { ...BASE.newOpportunity, name: 'n'.repeat(201), notes: 'x'.repeat(5001), amount: 'lots' }, ctxOf('Li')));
    expect(Object.keys(e).sort()).toEqual(['amount', 'name', 'notes']);
    expect(e.name.en).toMatch(/at most 200/);
    expect(e.notes.en).toMatch(/at most 5,000/);
  });

  it('counts characters as a person does: trimmed, a character outside the BMP once', () => {
    expect(textLength('𠀀😀a')).toBe(3);
    expect(lengthErrors(COMMANDS.newCustomer.fields, { name: '𠀀'.repeat(200) })).toEqual([]);
    expect(lengthErrors(COMMANDS.newCustomer.fields, { name: '  ' + 'a'.repeat(200) + '  ' })).toEqual([]);
    expect(lengthErrors(COMMANDS.newCustomer.fields, { name: 'a'.repeat(201) })).toHaveLength(1);
  });
});
