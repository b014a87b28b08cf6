import { describe, expect, it } from 'vitest';
import { hasList } from '../schema/lists';
import { TABLES } from '../schema/tables';
import { ctxOf, demoRecords, testWorkbook } from './fixtures';
import { formData } from './form-data';
import { COMMAND_NAMES, COMMANDS, runCommand } from './index';
import { runView } from './views';

describe('COMMANDS', () => {
  it('has every command of the issue, each with bilingual title and fields', () => {
    expect(COMMAND_NAMES.sort()).toEqual(['addAction', 'addTeamMember', 'advanceProspect', 'assessOpportunity', 'changeOwner', 'closeAction', 'decideReview', 'editAccountPlan', 'importCustomers', 'importOpportunities', 'logActivity', 'logComplaint', 'newCustomer', 'newOpportunity', 'newProject', 'reassignTerritory', 'removeTeamMember', 'requestReview', 'reviseForecast', 'saveContact', 'submitForecast', 'takeSnapshot', 'updateCustomer', 'updateOpportunity'].sort());
    const tables = new Set(TABLES.map((t) => t.id));
    for (const [name, spec] of Object.entries(COMMANDS)) {
      expect(spec.name).toBe(name);
      expect(spec.title.zh).toMatch(/[\u4e00-\u9fff]/);
      const keys = spec.fields.map((f) => f.key);
      expect(new Set(keys).size, name).toBe(keys.length);
      for (const f of spec.fields) {
        expect(f.label.en && f.label.zh, `${name}.${f.key}`).toBeTruthy();
        if (f.type === 'list') expect(hasList(f.list ?? ''), `${name}.${f.key}`).toBe(true);
      }
      for (const r of spec.reads) expect(tables.has(r)).toBe(true);
      for (const r of spec.appends ?? []) expect(tables.has(r)).toBe(true);
    }
  });
});

describe('runCommand', () => {
  it('refuses when the host did not read a declared table, naming it', () => {
    const wb = testWorkbook(demoRecords());
    delete wb.team;
    const r = runCommand('newOpportunity', wb, {}, ctxOf('Chen'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message.en).toMatch(/team/);
  });

  it('refuses an unknown command, also one named like an Object property', () => {
    for (const n of ['nope', 'toString', '__proto__']) expect(runCommand(n, testWorkbook(), {}, ctxOf('x')).ok).toBe(false);
  });

  it('turns a crash into a form error rather than a half-done save', () => {
    const wb = testWorkbook(demoRecords());
    const bad = { get name(): string { throw new Error('boom'); } } as unknown as Record<string, unknown>;
    const r = runCommand('newCustomer', wb, bad, ctxOf('Chen'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message.en).toMatch(/boom/);
  });
});

describe('formData', () => {
  it('gives the forms people, customers, opportunities, lists in the language, stages, threshold and period', () => {
    const d = formData(testWorkbook(demoRecords()), 'chen@example.com', 'zh');
    expect(d.actor).toBe('Chen');
    expect(d.people.map((p) => p.name)).toEqual(['Wang', 'Li', 'Zhao', 'Chen', 'Liu', 'Sun']);
    expect(d.customers[0]).toEqual({ id: 'C00001', name: '中国电信股份有限公司', manager: 'Chen', tier: 'VIP' });
    expect(d.opportunities[0]).toMatchObject({ id: 'O00001', owner: 'Chen', stage: 5, amount: 1000000, close: '2026-06-15', customerId: 'C00001' });
    expect(d.lists.salesMethod).toEqual([
      { code: 'bid', label: '投标' },
      { code: 'batch', label: '批点' },
      { code: 'distribution', label: '分销' },
    ]);
    expect(d.stages).toHaveLength(9);
    expect(d.stages[5]).toMatchObject({ stage: 6, probability: 0.7 });
    expect(d.stages[8]).toEqual({ stage: 0, label: '丢单', probability: 0 });
    expect(d.threshold).toBe(10);
    expect(d.period).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(formData(testWorkbook(demoRecords()), 'stranger', 'en').actor).toBeNull();
  });

  it('takes stage names and probabilities from the Funnel benchmarks', () => {
    const recs = demoRecords();
    recs.benchmarks = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => ({ stage: s, stage_name: `Step ${s}`, probability: `${s * 10}%` }));
    const d = formData(testWorkbook(recs), 'Chen', 'en');
    expect(d.stages[5]).toEqual({ stage: 6, label: '06 Step 6', probability: 0.6 });
  });
});

describe('runView', () => {
  it('serves the forecast view by name', () => {
    const v = runView('forecast', testWorkbook(demoRecords()), 'Li', 'en', {}) as { team: { person: string }[] };
    expect(v.team.map((l) => l.person)).toEqual(['Chen', 'Liu']);
  });
});
