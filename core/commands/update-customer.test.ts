import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, rejected } from './test-helpers';
import { record } from '../schema/read';

const wb = () => testWorkbook(demoRecords());
const ctx = ctxOf('Chen');

describe('updateCustomer', () => {
  it('supplements the record, leaves blank fields as they are and audits the previous values', () => {
    const r = runCommand('updateCustomer', wb(), { id: 'c00001', phone: '010-1234', tier: 'MGC', industry: '', email: 'it@chinatelecom.cn' }, ctx);
    const { writes } = accepted(r);
    const upd = writes.find((w) => w.kind === 'update')!;
    expect(upd).toMatchObject({ kind: 'update', table: 'customers', row: 0 });
    const after = applyWrites(wb(), writes);
    expect(record(after.customers!, 0)).toMatchObject({ id: 'C00001', name: '中国电信股份有限公司', account_manager: 'Chen', tier: 'MGC (growth potential)', phone: '010-1234', email: 'it@chinatelecom.cn', region: 'North' });
    const a = auditOf(r, wb());
    expect(a).toMatchObject({ who: 'Chen', command: 'Update customer', table: 'Customers', rowId: 'C00001' });
    expect(a.change).toBe('Classification: VIP → MGC (growth potential); Phone: (blank) → 010-1234; E-mail: (blank) → it@chinatelecom.cn.');
    expect(a.before).toBe('Classification: VIP; Phone: (blank); E-mail: (blank)');
    expect(a.after).toBe('Classification: MGC (growth potential); Phone: 010-1234; E-mail: it@chinatelecom.cn');
    // only the changed cells are flagged for writing
    if (upd.kind === 'update') expect(upd.changed!.map((j) => wb().customers!.spec.columns[j].key).sort()).toEqual(['email', 'phone', 'tier']);
  });

  it('rejects an unknown customer, bad fields and a no-op', () => {
    const e = rejected(runCommand('updateCustomer', wb(), { id: 'C09999', email: 'x', value: 'abc' }, ctx));
    expect(Object.keys(e).sort()).toEqual(['email', 'id', 'value']);
    expect(e.id.en).toContain('C09999');
    expect(rejected(runCommand('updateCustomer', wb(), { id: '' }, ctx)).id.en).toMatch(/Required/);
    expect(rejected(runCommand('updateCustomer', wb(), { id: 'C00001', region: 'North', tier: 'VIP' }, ctx))[''].en).toMatch(/Nothing to change/);
  });

  it('checks a new name for duplicates (not against itself), and accepts it when confirmed', () => {
    // renaming C00002 to a spelling of C00001 is a likely duplicate
    const r = runCommand('updateCustomer', wb(), { id: 'C00002', name: '中國電信' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect((r.warnings as { duplicates: { id: string }[] }).duplicates.map((d) => d.id)).toEqual(['C00001']);
    expect(runCommand('updateCustomer', wb(), { id: 'C00002', name: '中國電信', confirmDifferent: 'yes' }, ctx).ok).toBe(true);
    // re-spelling its own name is not a duplicate of itself
    expect(runCommand('updateCustomer', wb(), { id: 'C00001', name: '中國電信股份有限公司' }, ctx).ok).toBe(true);
  });

  it('keeps a formula-looking value as text, also in cells kept as read', () => {
    const recs = demoRecords();
    recs.customers![1].notes = '=1+1';
    const w = testWorkbook(recs);
    const r = accepted(runCommand('updateCustomer', w, { id: 'C00002', contact: '=cmd|" /C calc"!A0' }, ctx));
    const upd = r.writes[0];
    if (upd.kind !== 'update') throw new Error();
    const t = w.customers!;
    expect(upd.values[t.col.contact]).toBe('\'=cmd|" /C calc"!A0');
    expect(upd.values[t.col.notes]).toBe("'=1+1");
  });
});

describe('updateCustomer renames the copies', () => {
  it('copies a new name to the customer’s opportunities', () => {
    const r = accepted(runCommand('updateCustomer', wb(), { id: 'C00001', name: '中国电信集团有限公司' }, ctx));
    expect(r.writes.map((w) => [w.kind, w.table])).toEqual([
      ['update', 'customers'],
      ['update', 'opportunities'],
      ['update', 'opportunities'],
      ['append', 'audit'],
    ]);
    const after = applyWrites(wb(), r.writes);
    expect([0, 1, 2].map((i) => record(after.opportunities!, i).customer)).toEqual(['中国电信集团有限公司', '中国电信集团有限公司', 'Acme Trading (Shanghai) Co., Ltd.']);
  });
});

describe('updateCustomer takes the statement figures', () => {
  it('writes new figures, keeps those left blank, and tells the ratios of the figures after the save', () => {
    const first = accepted(runCommand('updateCustomer', wb(), { id: 'C00001', revenue: '1,000,000', net_profit: '100,000', total_assets: '2,000,000' }, ctx));
    const w1 = applyWrites(wb(), first.writes);
    expect(record(w1.customers!, 0)).toMatchObject({ revenue: 1000000, net_profit: 100000, total_assets: 2000000 });
    expect(first.message.en).toMatch(/net profit margin 10%/i);
    // a later update of one figure keeps the others and its ratios use them
    const second = accepted(runCommand('updateCustomer', w1, { id: 'C00001', current_assets: '300,000', current_liabilities: '200,000' }, ctx));
    const w2 = applyWrites(w1, second.writes);
    expect(record(w2.customers!, 0)).toMatchObject({ revenue: 1000000, current_assets: 300000, current_liabilities: 200000 });
    expect(second.message.en).toMatch(/current ratio 1\.5/i);
    expect(second.message.zh).toMatch(/流动比率/);
    expect((second.message as { zhHant?: string }).zhHant).toMatch(/流動比率/);
    // a change that is not a figure says nothing of the ratios
    expect(accepted(runCommand('updateCustomer', w2, { id: 'C00001', phone: '010-1' }, ctx)).message.en).not.toMatch(/Finances/);
  });

  it('refuses a negative revenue and text for a figure, naming the field; net profit may be negative', () => {
    const e = rejected(runCommand('updateCustomer', wb(), { id: 'C00001', revenue: '-5', inventory: 'lots' }, ctx));
    expect(Object.keys(e).sort()).toEqual(['inventory', 'revenue']);
    expect(runCommand('updateCustomer', wb(), { id: 'C00001', net_profit: '-20,000' }, ctx).ok).toBe(true);
  });
});
