/** The forms of issue 13: refused forms write nothing; accepted ones write exactly their rows and one audit row. */
import { describe, expect, it } from 'vitest';
import { record, records } from '../schema/read';
import type { Workbook } from '../schema/types';
import { applyWrites, ctxOf, demoRecords, testWorkbook, type Records } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, rejected } from './test-helpers';
import type { CommandResult } from './types';

const wb = (extra: Records = {}) => testWorkbook({ ...demoRecords(), ...extra });
const shape = (r: CommandResult) => accepted(r).writes.map((w) => [w.kind, w.table, w.kind === 'append' ? w.rows.length : w.row]);
const rows = (w: Workbook, id: keyof Workbook) => records(w[id]!);

describe('saveContact', () => {
  it('adds a contact with its own ID, today as last contact, labels in the workbook language', () => {
    const r = runCommand('saveContact', wb(), { customer_id: 'c00001', opportunity: 'O00001', name: 'Zhou Jie', role: 'Decision maker', attitude: 'opposed', relationship: 'trust' }, ctxOf('Chen', 'zh'));
    expect(shape(r)).toEqual([['append', 'contacts', 1], ['append', 'audit', 1]]);
    const after = applyWrites(wb(), accepted(r).writes);
    expect(rows(after, 'contacts')[0]).toMatchObject({ id: 'CT00001', customer_id: 'C00001', opportunity: 'O00001', name: 'Zhou Jie', role: '决策者', attitude: '反对', relationship: '4 信赖', last_contact: '2026-05-17' });
    expect(auditOf(r, wb())).toMatchObject({ command: '登记或更新联系人', table: '客户组织', rowId: 'CT00001', before: '' });
  });

  it('updates only what is given, the audit keeping the previous values', () => {
    const base = wb({ contacts: [{ id: 'CT00001', customer_id: 'C00001', opportunity: 'O00001', name: 'Zhou', role: 'Decision maker', attitude: 'Neutral', relationship: '1 Acquainted' }] });
    const r = runCommand('saveContact', base, { id: 'ct00001', attitude: '支持' }, ctxOf('Chen'));
    expect(shape(r)).toEqual([['update', 'contacts', 0], ['append', 'audit', 1]]);
    expect(record(applyWrites(base, accepted(r).writes).contacts!, 0)).toMatchObject({ name: 'Zhou', role: 'Decision maker', attitude: 'Supporter' });
    expect(auditOf(r, base).change).toMatch(/Neutral → Supporter/);
    expect(rejected(runCommand('saveContact', base, { id: 'CT00001', attitude: 'Neutral' }, ctxOf('Chen')))[''].en).toMatch(/Nothing to change|nothing/i);
  });

  it('refuses an unknown contact, an opportunity of another customer and an org chart in a circle', () => {
    const base = wb({
      contacts: [
        { id: 'CT00001', customer_id: 'C00001', name: 'A', role: 'Decision maker' },
        { id: 'CT00002', customer_id: 'C00001', name: 'B', role: 'User', reports_to: 'CT00001' },
        { id: 'CT00003', customer_id: 'C00002', name: 'C', role: 'User' },
      ],
    });
    expect(rejected(runCommand('saveContact', base, { id: 'CT00009', name: 'x' }, ctxOf('Chen'))).id.en).toMatch(/No contact CT00009/);
    expect(rejected(runCommand('saveContact', base, { customer_id: 'C00001', opportunity: 'O00003', name: 'x', role: 'user' }, ctxOf('Chen'))).opportunity.en).toBe('Opportunity O00003 belongs to customer C00002, not C00001.');
    expect(rejected(runCommand('saveContact', base, { id: 'CT00001', reports_to: 'CT00002' }, ctxOf('Chen'))).reports_to.zh).toMatch(/循环/);
    expect(rejected(runCommand('saveContact', base, { id: 'CT00001', reports_to: 'CT00003' }, ctxOf('Chen'))).reports_to.en).toMatch(/same customer/);
    expect(Object.keys(rejected(runCommand('saveContact', base, {}, ctxOf('Chen')))).sort()).toEqual(['customer_id', 'name', 'role']);
  });
});

describe('editAccountPlan', () => {
  const plan = { id: 'AP00001', customer_id: 'C00001', year: 2026, owner: 'Chen', summary: 'Grow the core network', status: 'Draft' };

  it('drafts a plan for the customer and year, owned by the actor', () => {
    const r = runCommand('editAccountPlan', wb(), { customer_id: 'C00001', year: '2026', industry: 'Telecom capex flat', revenue_target: '500万', wallet_target: '30%' }, ctxOf('Chen'));
    expect(shape(r)).toEqual([['append', 'accountPlans', 1], ['append', 'audit', 1]]);
    expect(rows(applyWrites(wb(), accepted(r).writes), 'accountPlans')[0]).toMatchObject({ id: 'AP00001', owner: 'Chen', year: 2026, revenue_target: 5000000, wallet_target: 0.3, status: 'Draft', approved_by: '' });
  });

  it('refuses a second plan for the same customer and year, naming the first', () => {
    expect(rejected(runCommand('editAccountPlan', wb({ accountPlans: [plan] }), { customer_id: 'C00001', year: 2026 }, ctxOf('Chen'))).year.en).toMatch(/already has the account plan AP00001 for 2026/);
  });

  it('only its owner or a superior approves it', () => {
    const base = wb({ accountPlans: [plan] });
    for (const actor of ['Liu', 'Sun', 'Zhao']) {
      const e = rejected(runCommand('editAccountPlan', base, { id: 'AP00001', status: 'approved' }, ctxOf(actor)));
      expect(e.status.en).toBe(`Only the plan’s owner (Chen) or a superior of theirs may approve it; ${actor} is neither.`);
    }
    for (const actor of ['Chen', 'Li', 'Wang']) {
      const r = runCommand('editAccountPlan', base, { id: 'AP00001', status: '已批准' }, ctxOf(actor));
      expect(shape(r)).toEqual([['update', 'accountPlans', 0], ['append', 'audit', 1]]);
      expect(record(applyWrites(base, accepted(r).writes).accountPlans!, 0)).toMatchObject({ status: 'Approved', approved_by: actor, approved_on: '2026-05-17' });
    }
  });

  it('a change to an approved plan by someone who may not approve returns it to draft', () => {
    const base = wb({ accountPlans: [{ ...plan, status: 'Approved', approved_by: 'Li', approved_on: '2026-05-01' }] });
    const r = runCommand('editAccountPlan', base, { id: 'AP00001', competition: 'Huawei leads' }, ctxOf('Liu'));
    expect(record(applyWrites(base, accepted(r).writes).accountPlans!, 0)).toMatchObject({ status: 'Draft', approved_by: '', approved_on: '', competition: 'Huawei leads' });
    expect(rejected(runCommand('editAccountPlan', base, { id: 'AP00001', owner: 'Liu' }, ctxOf('Liu'))).owner.en).toMatch(/Only the plan’s owner \(Chen\)/);
  });
});

describe('addAction / closeAction', () => {
  it('adds an open action for a plan, an opportunity or a customer', () => {
    const r = runCommand('addAction', wb(), { ref: 'o00001', action: 'Workshop with the CTO', due: '2026-05-30', impact: '20万' }, ctxOf('chen@example.com'));
    expect(shape(r)).toEqual([['append', 'actions', 1], ['append', 'audit', 1]]);
    expect(rows(applyWrites(wb(), accepted(r).writes), 'actions')[1]).toMatchObject({ id: 'AC00002', ref: 'O00001', owner: 'Chen', status: 'Open', impact: 200000 });
    expect(rejected(runCommand('addAction', wb(), { ref: 'X1', action: 'a', due: '2026-05-30' }, ctxOf('Chen'))).ref.en).toMatch(/No account plan, opportunity or customer X1/);
    expect(rejected(runCommand('addAction', wb(), { ref: 'O00001', action: 'a' }, ctxOf('Chen'))).due.en).toMatch(/Required/);
  });

  it('closes an action once, by its owner or a superior', () => {
    const r = runCommand('closeAction', wb(), { id: 'AC00001', status: 'Done' }, ctxOf('Li', 'zh'));
    expect(shape(r)).toEqual([['update', 'actions', 0], ['append', 'audit', 1]]);
    const after = applyWrites(wb(), accepted(r).writes);
    expect(record(after.actions!, 0)).toMatchObject({ status: '已完成', done_on: '2026-05-17' });
    expect(rejected(runCommand('closeAction', after, { id: 'AC00001', status: 'dropped' }, ctxOf('Chen'))).id.en).toBe('Action AC00001 is already 已完成.');
    expect(rejected(runCommand('closeAction', wb(), { id: 'AC00001', status: 'done' }, ctxOf('Sun')))[''].en).toMatch(/Only the action’s owner \(Chen\)/);
    expect(rejected(runCommand('closeAction', wb(), { id: 'AC00001', status: 'open' }, ctxOf('Chen'))).status.en).toMatch(/Done or Dropped/);
  });
});

describe('the opportunity team', () => {
  it('the first member brings the primary-owner row; splits that total 99 % are refused and nothing is written', () => {
    const refused = runCommand('addTeamMember', wb(), { opportunity: 'O00001', member: 'Liu', role: 'Pre-sales', split: '39%', owner_split: '60%' }, ctxOf('Chen'));
    expect(rejected(refused).split.en).toBe('The revenue splits of O00001 would total 99% (Chen 60%, Liu 39%); they must total 100 %, or all be left blank for the owner to take all.');
    const r = runCommand('addTeamMember', wb(), { opportunity: 'O00001', member: 'Liu', role: 'Pre-sales', split: '40%', owner_split: 0.6 }, ctxOf('Chen'));
    expect(shape(r)).toEqual([['append', 'opportunityTeam', 2], ['append', 'audit', 1]]);
    const team = rows(applyWrites(wb(), accepted(r).writes), 'opportunityTeam').filter((x) => x.opportunity === 'O00001');
    expect(team).toEqual([
      { opportunity: 'O00001', member: 'Chen', role: 'Primary owner', split: 0.6 },
      { opportunity: 'O00001', member: 'Liu', role: 'Pre-sales', split: 0.4 },
    ]);
  });

  it('a split that leaves the others at 100 % is refused until the owner\u2019s share is set with it', () => {
    const base = wb({ opportunityTeam: [{ opportunity: 'O00002', member: 'Chen', role: 'Primary owner', split: 1 }] });
    expect(rejected(runCommand('addTeamMember', base, { opportunity: 'O00002', member: 'Sun', role: 'service', split: 20 }, ctxOf('Chen'))).split.zh).toMatch(/合计将为 120%/);
    const r = runCommand('addTeamMember', base, { opportunity: 'O00002', member: 'Sun', role: 'service', split: 20, owner_split: 80 }, ctxOf('Chen'));
    expect(shape(r)).toEqual([['update', 'opportunityTeam', 0], ['append', 'opportunityTeam', 1], ['append', 'audit', 1]]);
  });

  it('only the owner or a superior changes the team; the primary role is not given by this form', () => {
    expect(rejected(runCommand('addTeamMember', wb(), { opportunity: 'O00001', member: 'Sun', role: 'sales' }, ctxOf('Liu')))[''].en).toMatch(/Only the primary owner \(Chen\) or a superior/);
    expect(rejected(runCommand('addTeamMember', wb(), { opportunity: 'O00001', member: 'Liu', role: 'Primary owner' }, ctxOf('Chen'))).role.en).toMatch(/Change primary owner/);
    expect(rejected(runCommand('addTeamMember', wb(), { opportunity: 'O00001', member: 'Chen', role: 'sales' }, ctxOf('Chen'))).member.en).toMatch(/is the primary owner/);
  });

  it('removes a member (the row is cleared), never the primary owner, and keeps the splits at 100 %', () => {
    const base = wb({
      opportunityTeam: [
        { opportunity: 'O00002', member: 'Chen', role: 'Primary owner', split: 0.7 },
        { opportunity: 'O00002', member: 'Liu', role: 'Pre-sales', split: 0.3 },
      ],
    });
    expect(rejected(runCommand('removeTeamMember', base, { opportunity: 'O00002', member: 'Liu' }, ctxOf('Chen'))).split.en).toMatch(/would total 70% \(Chen 70%\)/);
    expect(rejected(runCommand('removeTeamMember', base, { opportunity: 'O00002', member: 'Chen' }, ctxOf('Chen'))).member.en).toMatch(/primary owner stays/);
    const r = runCommand('removeTeamMember', base, { opportunity: 'O00002', member: 'liu', owner_split: '100%' }, ctxOf('Li'));
    expect(shape(r)).toEqual([['update', 'opportunityTeam', 0], ['update', 'opportunityTeam', 1], ['append', 'audit', 1]]);
    const team = rows(applyWrites(base, accepted(r).writes), 'opportunityTeam');
    expect(team[0]).toMatchObject({ member: 'Chen', split: 1 });
    expect(Object.values(team[1]).every((v) => v === '')).toBe(true);
  });

  it('an owner change moves the primary-owner row to the new owner, folding in a row they had', () => {
    const base = wb({
      opportunityTeam: [
        { opportunity: 'O00001', member: 'Chen', role: 'Primary owner', split: 0.6 },
        { opportunity: 'O00001', member: 'Liu', role: 'Pre-sales', split: 0.4 },
      ],
    });
    const r = runCommand('changeOwner', base, { opportunity: 'O00001', owner: 'Liu' }, ctxOf('Li'));
    expect(shape(r)).toEqual([['update', 'opportunities', 0], ['update', 'opportunityTeam', 0], ['update', 'opportunityTeam', 1], ['append', 'history', 1], ['append', 'audit', 1]]);
    const after = applyWrites(base, accepted(r).writes);
    expect(rows(after, 'opportunityTeam')[0]).toEqual({ opportunity: 'O00001', member: 'Liu', role: 'Primary owner', split: 1 });
    expect(rows(after, 'opportunityTeam')[1].member).toBe('');
    const s = runCommand('changeOwner', wb(), { opportunity: 'O00002', owner: 'Sun' }, ctxOf('Wang'));
    expect(rows(applyWrites(wb(), accepted(s).writes), 'opportunityTeam').map((x) => [x.member, x.role])).toEqual([['Sun', 'Primary owner'], ['Liu', 'Pre-sales']]);
  });
});

describe('advanceProspect', () => {
  const prospect = (stage: string, stopped = '') => wb({ customers: [{ ...demoRecords().customers![0], dev_stage: stage, dev_stopped: stopped }, demoRecords().customers![1]] });

  it('a customer without a stage enters stage 1; leaving a stage needs every criterion of it', () => {
    const r = runCommand('advanceProspect', wb(), { customer_id: 'C00001', outcome: 'advance' }, ctxOf('Chen', 'zh'));
    expect(shape(r)).toEqual([['update', 'customers', 0], ['append', 'audit', 1]]);
    expect(record(applyWrites(wb(), accepted(r).writes).customers!, 0).dev_stage).toBe('1 确定开发对象');
    const base = prospect('2 Samples and information');
    const e = rejected(runCommand('advanceProspect', base, { customer_id: 'C00001', outcome: 'advance', check_insider_found: 'yes', check_needs_clear: true }, ctxOf('Chen')));
    expect(e[''].en).toBe('To leave stage 2, tick every criterion; missing: Samples or information delivered; Enough information for a value assessment.');
    expect(Object.keys(e).sort()).toEqual(['', 'check_info_sufficient']);
    const ok = runCommand('advanceProspect', base, { customer_id: 'C00001', outcome: 'advance', check_insider_found: 'yes', check_needs_clear: true, check_samples_sent: '是', check_info_sufficient: 1 }, ctxOf('Li'));
    expect(record(applyWrites(base, accepted(ok).writes).customers!, 0).dev_stage).toBe('3 Value assessment and development plan');
  });

  it('a stop needs a reason, is reported to the superior as an open action of theirs, and ends the advance', () => {
    const base = prospect('3');
    expect(rejected(runCommand('advanceProspect', base, { customer_id: 'C00001', outcome: 'stop' }, ctxOf('Chen'))).stop_reason.en).toMatch(/Required/);
    const r = runCommand('advanceProspect', base, { customer_id: 'C00001', outcome: 'stop', stop_reason: 'credit', note: 'Overdue payments to two suppliers' }, ctxOf('Chen'));
    expect(shape(r)).toEqual([['update', 'customers', 0], ['append', 'actions', 1], ['append', 'audit', 1]]);
    expect(accepted(r).message.en).toBe('Development of C00001 stopped (Credit problems — Overdue payments to two suppliers); reported to Li.');
    const after = applyWrites(base, accepted(r).writes);
    expect(record(after.customers!, 0)).toMatchObject({ dev_stopped: 'Yes', stop_reason: 'Credit problems — Overdue payments to two suppliers' });
    expect(rows(after, 'actions')[1]).toMatchObject({ id: 'AC00002', ref: 'C00001', owner: 'Li', due: '2026-05-17', status: 'Open' });
    expect(rejected(runCommand('advanceProspect', after, { customer_id: 'C00001', outcome: 'advance', check_credit_checked: 1, check_value_assessed: 1, check_plan_made: 1 }, ctxOf('Chen'))).outcome.en).toMatch(/was stopped/);
  });

  it('only the account manager or a superior; stage 5 is the last', () => {
    expect(rejected(runCommand('advanceProspect', prospect('1'), { customer_id: 'C00001', outcome: 'advance' }, ctxOf('Sun')))[''].en).toMatch(/Only the account manager \(Chen\)/);
    expect(rejected(runCommand('advanceProspect', prospect('5 Closing'), { customer_id: 'C00001', outcome: 'advance' }, ctxOf('Chen'))).outcome.en).toMatch(/last stage/);
  });
});

describe('logActivity and the follow-ups', () => {
  it('settles the customer\u2019s open follow-ups and sets the next one', () => {
    const base = wb({
      activities: [
        { date: '2026-05-01', person: 'Chen', type: 'Visit', customer_id: 'C00001', follow_up: '2026-05-10' },
        { date: '2026-05-02', person: 'Sun', type: 'Call', customer_id: 'C00002', follow_up: '2026-05-12' },
        { date: '2026-05-03', person: 'Liu', type: 'Call', customer_id: 'C00001', follow_up: '2026-05-20', follow_up_done: '' },
      ],
    });
    const r = runCommand('logActivity', base, { type: 'visit', customer_id: 'C00001', follow_up: '2026-06-01' }, ctxOf('Chen'));
    expect(shape(r)).toEqual([['update', 'activities', 0], ['update', 'activities', 2], ['append', 'activities', 1], ['append', 'audit', 1]]);
    const after = rows(applyWrites(base, accepted(r).writes), 'activities');
    expect(after.map((a) => a.follow_up_done)).toEqual(['2026-05-17', '', '2026-05-17', '']);
    expect(after[3]).toMatchObject({ follow_up: '2026-06-01', customer_id: 'C00001' });
    const keep = runCommand('logActivity', base, { type: 'visit', customer_id: 'C00001', follow_ups_done: 'no' }, ctxOf('Chen'));
    expect(shape(keep)).toEqual([['append', 'activities', 1], ['append', 'audit', 1]]);
  });
});
