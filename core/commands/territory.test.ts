import { describe, expect, it } from 'vitest';
import { record, records } from '../schema/read';
import type { Workbook } from '../schema/types';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, rejected } from './test-helpers';

const TERRITORIES = [
  { territory: 'North telecom', region: 'North', industry: 'Telecom', account_manager: 'Liu', priority: 1 },
  { territory: 'North', region: 'North', industry: '', account_manager: 'Chen', priority: 5 },
  { territory: 'South', region: 'South', industry: '', account_manager: 'Sun', priority: '' },
];

function wb(): Workbook {
  const r = demoRecords();
  return testWorkbook({
    ...r,
    territories: TERRITORIES,
    customers: [
      ...r.customers!,
      { id: 'C00003', name: 'Northern Mills', account_manager: 'Chen', region: 'North', industry: 'Textiles' },
      { id: 'C00004', name: 'North Telecom Services', account_manager: 'Liu', region: 'North', industry: 'telecom' },
      { id: 'C00005', name: 'Kept by hand', account_manager: 'Sun', region: 'North', industry: 'Textiles' },
    ],
  });
}

describe('newCustomer by territory', () => {
  it('is assigned by the first matching rule, and the message says which', () => {
    const r = accepted(runCommand('newCustomer', wb(), { name: 'Harbin Telecom Works', region: 'north', industry: 'TELECOM' }, ctxOf('Li')));
    const added = record(applyWrites(wb(), r.writes).customers!, 5);
    expect(added.account_manager).toBe('Liu');
    expect(r.message.en).toMatch(/account manager Liu\. Assigned by territory North telecom \(rule in row 1 of Territories: region North, industry Telecom, priority 1\)\./);
    const r2 = accepted(runCommand('newCustomer', wb(), { name: 'Harbin Steel Works', region: 'North', industry: 'Steel' }, ctxOf('Li', 'zh')));
    expect(r2.message.zh).toMatch(/客户经理:Chen。按销售区域“North”分配\(销售区域表第 2 行的规则:区域 North,行业 任意,优先级 5\)/);
  });

  it('falls back to the Settings rule when no rule matches, and says so', () => {
    const r = accepted(runCommand('newCustomer', wb(), { name: 'Western Ores', region: 'West' }, ctxOf('Li')));
    expect(r.message.en).toMatch(/No territory rule matches: assigned by the Settings rule \(Account manager of the region with the fewest customers\)/);
  });

  it('a chosen account manager is kept; finance figures are saved and their ratios shown', () => {
    const r = accepted(runCommand('newCustomer', wb(), { name: 'Harbin Telecom Two', region: 'North', industry: 'Telecom', account_manager: 'Sun', revenue: '7300万', net_profit: 730000, current_assets: 300, current_liabilities: 200 }, ctxOf('Li')));
    const added = record(applyWrites(wb(), r.writes).customers!, 5);
    expect(added).toMatchObject({ account_manager: 'Sun', revenue: 73000000, net_profit: 730000 });
    expect(r.message.en).not.toMatch(/territory/);
    expect(r.message.en).toMatch(/Finances: Current ratio 1\.5; Net profit margin 1%\./);
  });

  it('refuses a negative revenue', () => {
    expect(rejected(runCommand('newCustomer', wb(), { name: 'Neg Ltd', revenue: -5 }, ctxOf('Li'))).revenue.en).toMatch(/below 0/);
  });
});

describe('reassignTerritory', () => {
  it('a superior of both moves the territory and its customers held by the old manager; one audit row per customer moved', () => {
    const book = wb();
    const r = runCommand('reassignTerritory', book, { territory: 'north', account_manager: 'Liu', reason: 'Chen to key accounts' }, ctxOf('Li'));
    const { writes, message } = accepted(r);
    expect(message.en).toBe('Territory North: Chen → Liu; 2 customer(s) moved.');
    expect(writes.map((w) => [w.kind, w.table])).toEqual([
      ['update', 'territories'],
      ['append', 'audit'],
      ['update', 'customers'],
      ['append', 'audit'],
      ['update', 'customers'],
      ['append', 'audit'],
    ]);
    const after = applyWrites(book, writes);
    expect(records(after.customers!).map((c) => [c.id, c.account_manager])).toEqual([
      ['C00001', 'Liu'],
      ['C00002', 'Sun'],
      ['C00003', 'Liu'],
      ['C00004', 'Liu'],
      ['C00005', 'Sun'],
    ]);
    expect(record(after.territories!, 1).account_manager).toBe('Liu');
    const audits = records(after.audit!);
    expect(audits.map((a) => [a.table, a.row_id])).toEqual([
      ['Territories', 'North'],
      ['Customers', 'C00001'],
      ['Customers', 'C00003'],
    ]);
    expect(audits[0].change).toBe('Account manager: Chen → Liu; Customers moved: 2; Reason: “Chen to key accounts”.');
    expect(audits[1].before).toBe('Account manager: Chen');
    expect(audits[1].after).toMatch(/^Account manager: Liu; Territory: North; Reason: “Chen to key accounts”/);
  });

  it('only a superior of both the old and the new manager; refused writes nothing', () => {
    // Li is above Chen but not above Sun
    const e = rejected(runCommand('reassignTerritory', wb(), { territory: 'North', account_manager: 'Sun' }, ctxOf('Li')));
    expect(e[''].en).toBe('Only a superior of both Chen and Sun may re-assign territory North; Li is not above Sun in the Team sheet.');
    expect(rejected(runCommand('reassignTerritory', wb(), { territory: 'North', account_manager: 'Liu' }, ctxOf('Chen')))[''].en).toMatch(/Chen is not above Chen/);
    expect(runCommand('reassignTerritory', wb(), { territory: 'North', account_manager: 'Sun' }, ctxOf('Wang')).ok).toBe(true);
  });

  it('rejects an unknown territory, the same manager and an unknown person per field', () => {
    expect(rejected(runCommand('reassignTerritory', wb(), { territory: 'East', account_manager: 'Ghost' }, ctxOf('Wang')))).toMatchObject({ territory: { en: 'No territory East in the Territories sheet; expects a territory listed there.' }, account_manager: { en: expect.stringMatching(/Ghost is not in the Team sheet/) } });
    expect(rejected(runCommand('reassignTerritory', wb(), { territory: 'North', account_manager: 'chen' }, ctxOf('Wang'))).account_manager.en).toMatch(/already holds territory North/);
  });
});

describe('formData', () => {
  it("gives each customer with figures its ratios as one line in the form's language (the assessment's Q3 hint)", async () => {
    const { formData } = await import('./form-data');
    const r = demoRecords();
    const book = testWorkbook({ ...r, customers: [{ ...r.customers![0], revenue: 1000, net_profit: 100, receivables: 250 }, r.customers![1]] }, 'zh');
    const d = formData(book, 'Li', 'zh');
    expect(d.customers[0].finance).toBe('财务状况:销售净利率 10%;应收账款周期(天) 91。');
    expect('finance' in d.customers[1]).toBe(false);
  });
});
