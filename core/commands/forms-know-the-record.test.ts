/**
 * Forms that know the record (issue 12, item 3), in core so every host gets it: update forms start from
 * the record (`recordValues`, the `record` view), an assessment from the opportunity's latest one, person
 * pickers offer only whom the acting person may choose with the figure concerned (`FormData.choices`),
 * required markers match what the commands require, messages format numbers the workbook's way.
 */
import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { formData, recordValues } from './form-data';
import { COMMANDS, COMMAND_NAMES, runCommand } from './index';
import { M } from './messages';
import { accepted, rejected, SAVES, savesWorkbook } from './test-helpers';
import { runView, VIEW_READS } from './views';

const wb = () => testWorkbook(demoRecords());
const answers = (yes: number[]) => Array.from({ length: 20 }, (_, i) => yes.includes(i + 1));

describe('update forms start from the record', () => {
  it('Update customer: every field with a column starts from the register, as the form holds it', () => {
    const w = applyWrites(wb(), accepted(runCommand('updateCustomer', wb(), { id: 'C00001', value: '3165700', growth: '12.5%', phone: '010-1234', source: 'referral' }, ctxOf('Chen'))).writes);
    const v = recordValues(w, 'updateCustomer', 'c00001');
    expect(v).toMatchObject({ name: '中国电信股份有限公司', account_manager: 'Chen', tier: 'VIP', region: 'North', value: '3,165,700', growth: '12.5%', phone: '010-1234', source: 'referral' });
    expect(v).not.toHaveProperty('id');
    expect(v).not.toHaveProperty('confirmDifferent');
    // what it starts from reads back as the same record: saving it unchanged changes nothing
    const same = rejected(runCommand('updateCustomer', w, { id: 'C00001', ...v }, ctxOf('Chen')));
    expect(same['']).toEqual(M.nothingToChange);
    // through the view every host asks for
    expect(runView('record', w, 'Chen', 'en', { command: 'updateCustomer', id: 'C00001' })).toEqual(v);
    expect(VIEW_READS.record).toEqual(expect.arrayContaining(['customers', 'team', 'assessments', 'complaints']));
  });

  it('nothing for an unknown record, a blank ID or a command that edits no record', () => {
    expect(recordValues(wb(), 'updateCustomer', 'C09999')).toEqual({});
    expect(recordValues(wb(), 'updateCustomer', '')).toEqual({});
    expect(recordValues(wb(), 'newCustomer', 'C00001')).toEqual({});
    expect(recordValues(wb(), 'toString', 'C00001')).toEqual({});
  });

  it('an assessment starts from the opportunity’s latest assessment of our own (not a competitor’s), date and stage blank', () => {
    let w = wb();
    for (const [input, day] of [
      [{ opportunity: 'O00001', answers: answers([1, 2]) }, '2026-04-01'],
      [{ opportunity: 'O00001', answers: answers([1, 2, 3, 7, 20]) }, '2026-05-01'],
      [{ opportunity: 'O00001', competitor: 'Rival', answers: answers([9]) }, '2026-05-10'],
      [{ opportunity: 'O00002', answers: answers([4]) }, '2026-05-11'],
    ] as const) w = applyWrites(w, accepted(runCommand('assessOpportunity', w, { ...input, date: day }, ctxOf('Chen'))).writes);
    const v = recordValues(w, 'assessOpportunity', 'O00001');
    expect(v).toEqual({ answers: answers([1, 2, 3, 7, 20]) });
    expect(recordValues(w, 'assessOpportunity', 'O00003')).toEqual({});
  });

  it('a complaint being updated starts from its register row', () => {
    const w = applyWrites(wb(), accepted(runCommand('logComplaint', wb(), { customer_id: 'C00002', description: 'Late delivery', handler: 'Sun', received: '2026-05-10' }, ctxOf('Zhao'))).writes);
    expect(recordValues(w, 'logComplaint', 'K00001')).toMatchObject({ customer_id: 'C00002', description: 'Late delivery', handler: 'Sun', received: '2026-05-10', status: 'received' });
  });
});

describe('pickers offer only whom the acting person may choose, with the figure concerned', () => {
  const submitted = () => applyWrites(wb(), accepted(runCommand('submitForecast', wb(), { opportunities: ['O00001'] }, ctxOf('Chen'))).writes);

  it('a revision: the acting person’s reports (not themselves, not their superior, not peers), with the submitted forecast', () => {
    const d = formData(submitted(), 'li@example.com', 'en');
    expect(d.choices['reviseForecast.person']).toEqual([
      { value: 'Chen', label: 'Chen', detail: 'submitted 500,000' },
      { value: 'Liu', label: 'Liu', detail: 'not submitted yet' },
    ]);
    expect(formData(submitted(), 'Wang', 'zh').choices['reviseForecast.person'].map((c) => c.value)).toEqual(['Li', 'Zhao', 'Chen', 'Liu', 'Sun']);
    expect(formData(submitted(), 'Wang', 'zh').choices['reviseForecast.person'][2].detail).toBe('已提交 500,000');
    expect(formData(submitted(), 'Chen', 'en').choices['reviseForecast.person']).toEqual([]);
    expect(formData(submitted(), 'nobody@example.com', 'en').choices['reviseForecast.person']).toEqual([]);
  });

  it('an owner change: the acting person and their team with their open pipeline; only the opportunities of their team', () => {
    const d = formData(wb(), 'Li', 'en');
    expect(d.choices['changeOwner.owner']).toEqual([
      { value: 'Li', label: 'Li (you)', detail: '0 open · 0' },
      { value: 'Chen', label: 'Chen', detail: '2 open · 1,200,000' },
      { value: 'Liu', label: 'Liu', detail: '0 open · 0' },
    ]);
    expect(d.choices['changeOwner.opportunity'].map((c) => [c.value, c.detail])).toEqual([
      ['O00001', 'owner Chen'],
      ['O00002', 'owner Chen'],
    ]);
    // an account manager owns opportunities but may change the owner of none of them
    expect(formData(wb(), 'Chen', 'en').choices['changeOwner.opportunity']).toEqual([]);
    // every choice offered is accepted by the command; a person not offered is refused
    for (const c of d.choices['changeOwner.owner'].filter((x) => x.value !== 'Chen')) expect(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: c.value }, ctxOf('Li')).ok).toBe(true);
    expect(runCommand('changeOwner', wb(), { opportunity: 'O00001', owner: 'Sun' }, ctxOf('Li')).ok).toBe(false);
  });
});

describe('required markers match what is required', () => {
  it.each(COMMAND_NAMES)('%s: a field marked required is refused when left blank; an unmarked one is not', (name) => {
    const spec = COMMANDS[name];
    const save = SAVES[name];
    expect(runCommand(name, savesWorkbook(name), save.input, ctxOf(save.actor)).ok, 'the accepted input').toBe(true);
    for (const f of spec.fields) {
      const input = { ...save.input };
      delete input[f.key];
      const r = runCommand(name, savesWorkbook(name), input, ctxOf(save.actor));
      const onField = r.ok ? [] : r.errors.filter((e) => e.field === f.key);
      // required, or required while another field is blank (a new complaint; an update starts from the record)
      const required = f.required || (f.requiredUnless !== undefined && !save.input[f.requiredUnless]);
      if (required) expect(onField.length, `${name}.${f.key} is marked required`).toBeGreaterThan(0);
      else expect(onField, `${name}.${f.key} is not marked required`).toEqual([]);
    }
  });
});

describe('every field error at once', () => {
  it('a form with several bad fields is refused with a reason for each', () => {
    const e = rejected(runCommand('newOpportunity', wb(), { customer_id: 'C9', name: '', amount: 'lots', stage: 'x', close: 'soon' }, ctxOf('Chen')));
    expect(Object.keys(e).sort()).toEqual(['amount', 'close', 'customer_id', 'name', 'stage']);
  });

  it('a likely duplicate and a bad field of a new customer show together', () => {
    const r = runCommand('newCustomer', wb(), { name: '中國電信股份有限公司', email: 'not an address' }, ctxOf('Li'));
    const e = rejected(r);
    expect(Object.keys(e).sort()).toEqual(['email', 'name']);
    expect(e.name.en).toMatch(/C00001/);
    expect(!r.ok && (r.warnings as { duplicates: unknown[] }).duplicates.length).toBe(1);
  });
});

describe('messages format numbers the workbook’s way and read naturally', () => {
  it('a revision says 3,165,700 → 3,000,000', () => {
    let w = applyWrites(wb(), accepted(runCommand('submitForecast', wb(), { opportunities: ['O00001'] }, ctxOf('Chen'))).writes);
    w = applyWrites(w, accepted(runCommand('reviseForecast', w, { person: 'Chen', amount: '3165700', reason: 'Upside' }, ctxOf('Li'))).writes);
    const r = accepted(runCommand('reviseForecast', w, { person: 'Chen', amount: '300万', reason: 'Budget freeze' }, ctxOf('Li')));
    expect(r.message.en).toBe('Chen: forecast revised 3,165,700 → 3,000,000.');
    expect(r.message.zh).toBe('Chen:预测已修正 3,165,700 → 3,000,000。');
  });

  it('an update says what changed, in words', () => {
    const r = runCommand('updateCustomer', wb(), { id: 'C00001', value: '3165700', phone: '010-1234' }, ctxOf('Chen', 'zh'));
    if (!r.ok) throw new Error('refused');
    expect(r.message.en).toBe('Customer C00001 updated: Phone: (blank) → 010-1234; Annual gross profit: (blank) → 3,165,700.');
    expect(r.message.zhHant).toBe('已更新客戶 C00001:電話:(空) → 010-1234;年度毛利:(空) → 3,165,700。');
  });

  it('a bound is stated with separators', () => {
    expect(rejected(runCommand('reviseForecast', wb(), { person: 'Chen', amount: '-5', reason: 'x' }, ctxOf('Li'))).amount.en).toMatch(/below 0; expects 0 or more/);
  });
});
