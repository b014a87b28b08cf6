import { describe, expect, it } from 'vitest';
import { record, tableFromGrid } from '../schema/read';
import { tableSpec } from '../schema/tables';
import { applyWrites, ctxOf, demoRecords, gridOf, settingsRows, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { assignAccountManager } from './new-customer';
import { findPerson } from './workbook';

const wb = () => testWorkbook(demoRecords());
const ctx = ctxOf('li@example.com');

function ok(r: ReturnType<typeof runCommand>) {
  if (!r.ok) throw new Error('rejected: ' + JSON.stringify(r.errors));
  return r;
}

describe('newCustomer', () => {
  it('accepts a new customer: new ID, chosen account manager, list labels in the language, one audit row', () => {
    const r = ok(runCommand('newCustomer', wb(), { name: '华为技术有限公司', account_manager: 'liu', tier: 'MGC', source: '市场活动', value: '1,200', growth: '15%' }, ctx));
    expect(r.id).toBe('C00003');
    expect(r.writes.map((w) => [w.kind, w.table])).toEqual([
      ['append', 'customers'],
      ['append', 'audit'],
    ]);
    const after = applyWrites(wb(), r.writes);
    const c = record(after.customers!, 2);
    expect(c).toMatchObject({ id: 'C00003', name: '华为技术有限公司', account_manager: 'Liu', tier: 'MGC (growth potential)', source: 'Marketing event', value: 1200, growth: 0.15, created: '2026-05-17' });
    const a = record(after.audit!, 0);
    expect(a).toMatchObject({ when: '2026-05-17 09:30:00', who: 'li@example.com', command: 'New customer', table: 'Customers', row_id: 'C00003', before: '' });
    expect(a.after).toMatch(/^Customer ID: C00003; Customer name: 华为技术有限公司; Account manager: Liu; .*Annual gross profit: 1,200; Growth rate: 15%; /);
    expect(a.change).toBe('New record — ' + a.after + '.');
  });

  it('writes list labels in Chinese in a Chinese workbook', () => {
    const r = ok(runCommand('newCustomer', wb(), { name: '比亚迪股份有限公司', account_manager: 'Sun', tier: 'VIP', source: 'channel' }, ctxOf('Sun', 'zh')));
    const c = record(applyWrites(wb(), r.writes).customers!, 2);
    expect(c.tier).toBe('VIP客户');
    expect(c.source).toBe('渠道管理');
    expect(r.message.zh).toContain('C00003');
  });

  it('rejects per field and writes nothing', () => {
    const r = runCommand('newCustomer', wb(), { name: '  ', account_manager: 'Nobody', tier: 'Gold', email: 'not-an-email', value: 'lots', growth: '5000%' }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
    expect(Object.keys(byField).sort()).toEqual(['account_manager', 'email', 'growth', 'name', 'tier', 'value']);
    expect(byField.name.en).toMatch(/Required/);
    expect(byField.name.zh).toMatch(/必填/);
    expect(byField.account_manager.en).toContain('Nobody');
    expect(byField.growth.en).toMatch(/above 1000%/);
    expect(byField.tier.en).toMatch(/not in the list.*VIP/);
    expect(byField.value.en).toMatch(/"lots" is not a number/);
    expect(byField.email.zh).toMatch(/电子邮件/);
    expect('writes' in r).toBe(false);
  });

  it('warns about a likely duplicate (traditional characters, legal form) and saves it only when confirmed different', () => {
    const r = runCommand('newCustomer', wb(), { name: '中國電信有限公司', account_manager: 'Chen' }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].field).toBe('name');
    expect(r.errors[0].message.en).toMatch(/different company/);
    const dups = (r.warnings as { duplicates: { id: string; name: string; manager: string; similarity: number }[] }).duplicates;
    expect(dups[0]).toMatchObject({ id: 'C00001', name: '中国电信股份有限公司', manager: 'Chen' });
    expect(dups[0].similarity).toBeGreaterThan(0.85);
    const again = runCommand('newCustomer', wb(), { name: '中國電信有限公司', account_manager: 'Chen', confirmDifferent: true }, ctx);
    expect(again.ok).toBe(true);
  });

  it('names the existing record’s ID and account manager in the refusal', () => {
    const r = runCommand('newCustomer', wb(), { name: '中國電信有限公司', account_manager: 'Chen' }, ctx);
    if (r.ok) throw new Error('accepted');
    expect(r.errors[0].message.en).toMatch(/^This looks like a customer already in the register: 中国电信股份有限公司 \(C00001, account manager Chen, 9\d% alike\)\. If it is a different company/);
    expect(r.errors[0].message.zh).toContain('中国电信股份有限公司(C00001,客户经理 Chen,相似度 9');
  });

  it('refuses a branch of an existing customer as its branch, until confirmed', () => {
    const r = runCommand('newCustomer', wb(), { name: '中国电信股份有限公司北京分公司', account_manager: 'Chen' }, ctx);
    if (r.ok) throw new Error('accepted');
    expect(r.errors[0].message.en).toMatch(/^This is a branch of a customer in the register: 中国电信股份有限公司 \(C00001, account manager Chen/);
    const dups = (r.warnings as { duplicates: { id: string; kind: string }[] }).duplicates;
    expect(dups[0]).toMatchObject({ id: 'C00001', kind: 'branch' });
    expect(runCommand('newCustomer', wb(), { name: '中国电信股份有限公司北京分公司', account_manager: 'Chen', confirmDifferent: true }, ctx).ok).toBe(true);
  });

  it('saves a possible match (a slip, or another company) and names the similar customer in the message', () => {
    const r = ok(runCommand('newCustomer', wb(), { name: '中国电讯', account_manager: 'Chen' }, ctx));
    expect(r.message.en).toMatch(/saved; account manager Chen\. Check the similar name in the register: 中国电信股份有限公司 \(C00001, account manager Chen, \d+% alike\)\.$/);
  });

  it('does not flag a different company that shares a place or industry word', () => {
    expect(runCommand('newCustomer', wb(), { name: '中国移动通信集团有限公司', account_manager: 'Chen' }, ctx).ok).toBe(true);
    expect(runCommand('newCustomer', wb(), { name: 'Shanghai Acme Foods Co., Ltd.', account_manager: 'Sun' }, ctx).ok).toBe(true);
  });

  it('stores a formula-looking name as text', () => {
    const name = '=HYPERLINK("http://example.invalid","x")';
    const r = ok(runCommand('newCustomer', wb(), { name, account_manager: 'Chen', notes: '+1 call back', contact: '@boss' }, ctx));
    const w = r.writes[0];
    if (w.kind !== 'append') throw new Error();
    const t = wb().customers!;
    expect(w.rows[0][t.col.name]).toBe("'" + name);
    expect(w.rows[0][t.col.notes]).toBe("'+1 call back");
    expect(w.rows[0][t.col.contact]).toBe("'@boss");
    // the audit row's sentences never start with a formula sign
    const a = r.writes[1];
    if (a.kind !== 'append') throw new Error();
    for (const v of a.rows[0]) if (typeof v === 'string') expect(/^[=+\-@]/.test(v)).toBe(false);
  });

  it('assigns by the Settings rule when no account manager is chosen', () => {
    // region rule: North has Chen (1 customer) and Liu (0) → Liu; South → Sun
    let r = ok(runCommand('newCustomer', wb(), { name: 'Northwind Ltd', region: 'north' }, ctx));
    expect(record(applyWrites(wb(), r.writes).customers!, 2).account_manager).toBe('Liu');
    r = ok(runCommand('newCustomer', wb(), { name: 'Southwind Ltd', region: 'South' }, ctx));
    expect(record(applyWrites(wb(), r.writes).customers!, 2).account_manager).toBe('Sun');
    // least loaded overall: Liu has none
    const recs = demoRecords();
    recs.settings = settingsRows({ assignment_rule: 'least' });
    r = ok(runCommand('newCustomer', testWorkbook(recs), { name: 'Eastwind Ltd', region: 'South' }, ctx));
    expect(record(applyWrites(testWorkbook(recs), r.writes).customers!, 2).account_manager).toBe('Liu');
    // actor rule (label in Chinese read back)
    recs.settings = settingsRows({ assignment_rule: '登记人' });
    const w2 = testWorkbook(recs);
    expect(assignAccountManager(w2, 'South', findPerson(w2, 'zhao@example.com'))?.name).toBe('Zhao');
  });

  it('refuses when nobody can be assigned', () => {
    const r = runCommand('newCustomer', testWorkbook({}), { name: 'Lonely Ltd' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].field).toBe('account_manager');
  });

  it('writes into the sheet’s own layout (columns moved, user column kept blank)', () => {
    const spec = tableSpec('customers');
    const g = gridOf('customers', demoRecords().customers!);
    const header = ['My flag', ...g[0].slice().reverse()];
    const rows = g.slice(1).map((r) => ['x', ...r.slice().reverse()]);
    const w = { ...wb(), customers: tableFromGrid(spec, [header, ...rows]) };
    const r = ok(runCommand('newCustomer', w, { name: 'Layout Test GmbH', account_manager: 'Chen' }, ctx));
    const after = applyWrites(w, r.writes).customers!;
    expect(after.rows[2][0]).toBe('');
    expect(record(after, 2)).toMatchObject({ id: 'C00003', name: 'Layout Test GmbH', account_manager: 'Chen' });
  });
});

describe('newCustomer text fields', () => {
  it('says a non-text value is not text', () => {
    const r = runCommand('newCustomer', wb(), { name: true, industry: ['a'] }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.errors.map((e) => [e.field, e.message.en]));
    expect(byField.name).toMatch(/is not text/);
    expect(byField.industry).toMatch(/is not text/);
  });
});
