import { describe, expect, it } from 'vitest';
import { record, records } from '../schema/read';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { COMMANDS, runCommand } from './index';
import { importPlan, type ImportPlan } from './import-rows';
import { runView } from './views';

const wb = () => testWorkbook(demoRecords());
const ctx = ctxOf('li@example.com');

function ok(r: ReturnType<typeof runCommand>) {
  if (!r.ok) throw new Error('rejected: ' + JSON.stringify(r.errors));
  return r;
}
function plan(p: ReturnType<typeof importPlan>): ImportPlan {
  if ('errors' in p) throw new Error('no plan: ' + JSON.stringify(p.errors));
  return p;
}

const LIST = [
  ['公司名称', '行业', '地区', '联系人', '电话', '负责人'],
  ['比亚迪股份有限公司', '汽车', 'South', '王五', '0755-1234', ''],
  ['中國電信股份有限公司', '通信', 'North', '', '', ''],
  ['Brightwater Logistics Ltd', 'Logistics', 'North', 'Ann', '', 'Liu'],
  ['比亚迪股份有限公司', '汽车', 'South', '', '', ''],
  ['中国电信北京分公司', '通信', 'North', '', '', ''],
];

describe('importCustomers', () => {
  it('maps the headers, appends the new customers with IDs and account managers, one audit row', () => {
    const before = wb();
    const r = ok(runCommand('importCustomers', before, { values: LIST, source: '客户清单' }, ctx));
    expect(r.writes.map((w) => [w.kind, w.table, w.kind === 'append' ? w.rows.length : 0])).toEqual([
      ['append', 'customers', 2],
      ['append', 'audit', 1],
    ]);
    const after = applyWrites(wb(), r.writes);
    const rows = records(after.customers!);
    expect(rows.slice(2)).toMatchObject([
      { id: 'C00003', name: '比亚迪股份有限公司', industry: '汽车', region: 'South', contact: '王五', phone: '0755-1234', account_manager: 'Sun', tier: 'Standard', created: '2026-05-17' },
      { id: 'C00004', name: 'Brightwater Logistics Ltd', account_manager: 'Liu' },
    ]);
    const audit = record(after.audit!, 0);
    // the audit row in words: the form's and the sheet's titles, the summary under its own headers
    expect(audit).toMatchObject({ command: 'Import customers', table: 'Customers', row_id: 'C00003–C00004' });
    expect(String(audit.after)).toMatch(/Source: 客户清单/);
    expect(String(audit.after)).toMatch(/Rows added: 2/);
    expect(String(audit.after)).toMatch(/Duplicates left out: 3/);
    expect(r.message.en).toMatch(/Imported 2 customers \(C00003–C00004\) from 客户清单\. Duplicates left out: 3/);
  });

  it('lists the duplicates against the register and within the list with the record each matches', () => {
    const p = plan(importPlan('customers', wb(), { values: LIST }, ctx));
    expect(p.mapping).toEqual(['name', 'industry', 'region', 'contact', 'phone', 'account_manager']);
    expect(p.duplicates.map((d) => [d.row, d.kind, d.matches[0].id, d.matches[0].inList, d.matches[0].row])).toEqual([
      [3, 'same', 'C00001', false, 0],
      [5, 'same', '', true, 2],
      [6, 'branch', 'C00001', false, 0],
    ]);
    expect(p.duplicates[0].matches[0]).toMatchObject({ name: '中国电信股份有限公司', manager: 'Chen' });
  });

  it('imports a duplicate as a different company once the user confirms it (include)', () => {
    const r = ok(runCommand('importCustomers', wb(), { values: LIST, include: [6] }, ctx));
    const after = applyWrites(wb(), r.writes);
    expect(records(after.customers!).map((c) => c.name)).toContain('中国电信北京分公司');
    expect(r.message.en).toMatch(/3 customers/);
  });

  it('spreads assignment by the rule as rows are assigned (least loaded first)', () => {
    const values = [['Company', 'Region'], ['North A', 'North'], ['North B', 'North'], ['North C', 'North']];
    const r = ok(runCommand('importCustomers', wb(), { values }, ctx));
    const after = applyWrites(wb(), r.writes);
    // Chen has one customer already: Liu, then Chen/Liu alternate by load.
    expect(records(after.customers!).slice(2).map((c) => c.account_manager)).toEqual(['Liu', 'Chen', 'Liu']);
  });

  it('takes the mapping the user changed', () => {
    const values = [['Firm', 'Zone'], ['Omega Tools Ltd', 'South']];
    const rej = runCommand('importCustomers', wb(), { values }, ctx);
    expect(rej.ok).toBe(false);
    if (!rej.ok) expect(rej.errors[0]).toMatchObject({ field: 'mapping' });
    const r = ok(runCommand('importCustomers', wb(), { values, mapping: ['name', 'region'] }, ctx));
    expect(r.message.en).toBe('Imported 1 customer (C00003) from the list.');
    expect(records(applyWrites(wb(), r.writes).customers!).at(-1)).toMatchObject({ name: 'Omega Tools Ltd', region: 'South', account_manager: 'Sun' });
  });

  it('refuses the whole import while a row has an error, naming row and column, and writes nothing', () => {
    const values = [['客户名称', '邮箱', '负责人'], ['Good Co', '', ''], ['Bad Mail Co', 'not-an-address', ''], ['Who Co', '', 'Nobody']];
    const r = runCommand('importCustomers', wb(), { values }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message.en).toMatch(/^Rows with errors: 2, so nothing was imported/);
    expect(r.errors[0].message.en).toMatch(/Row 3, 邮箱: "not-an-address" is not an e-mail address/);
    expect(r.errors[0].message.en).toMatch(/Row 4, 负责人: Nobody is not in the Team sheet/);
    expect(r.errors[0].message.zh).toMatch(/第 3 行,邮箱/);
    // With "skip rows with errors" the good row goes in.
    const s = ok(runCommand('importCustomers', wb(), { values, skipInvalid: true }, ctx));
    expect(s.writes[0].kind === 'append' && s.writes[0].rows.length).toBe(1);
    expect(s.message.en).toMatch(/Rows with errors left out: 2/);
  });

  it('refuses a too-long name with the limit, and an empty or headers-only list', () => {
    const r = runCommand('importCustomers', wb(), { values: [['Company'], ['x'.repeat(201)]] }, ctx);
    expect(!r.ok && r.errors[0].message.en).toMatch(/Too long: 201 characters; this field takes at most 200/);
    for (const values of [[], [['Company']], 'A1:B2', [[1, 2], 'x']]) {
      const e = runCommand('importCustomers', wb(), { values }, ctx);
      expect(!e.ok && e.errors[0].field).toBe('values');
    }
  });

  it('refuses when every row is already registered', () => {
    const r = runCommand('importCustomers', wb(), { values: [['Customer'], ['中国电信股份有限公司']] }, ctx);
    expect(!r.ok && r.errors[0].message.en).toMatch(/Nothing new to import/);
    expect(!r.ok && (r.warnings as { plan: { duplicates: unknown[] } }).plan.duplicates).toHaveLength(1);
  });

  it('never changes the input it was handed', () => {
    const values = LIST.map((r) => [...r]);
    ok(runCommand('importCustomers', wb(), { values }, ctx));
    expect(values).toEqual(LIST);
  });

  it('is offered by the view without writing', () => {
    const v = runView('importPlan', wb(), 'li@example.com', 'en', { table: 'customers', values: LIST }) as { adds: number; records?: unknown };
    expect(v.adds).toBe(2);
    expect(v.records).toBeUndefined();
    const e = runView('importPlan', wb(), 'li@example.com', 'en', { table: 'customers', values: [['Firm'], ['X']] }) as { errors: unknown[]; headers: string[] };
    expect(e.errors).toHaveLength(1);
    expect(e.headers).toEqual(['Firm']);
  });
});

describe('importOpportunities', () => {
  const OPPS = [
    ['商机名称', '客户', '负责人', '阶段', '金额', '预计成交日期'],
    ['Data centre', '中国电信股份有限公司', '', '商务谈判', '125万', '2026-08-31'],
    ['Core network upgrade', 'C00001', 'Chen', 3, 1000, '2026-07-01'],
    ['Fleet tablets', 'Acme Trading (Shanghai) Co Ltd', 'Sun', '05', '3.5k', '2026/9/1'],
    ['Data centre', '中國電信股份有限公司', '', 7, 1, '2026-08-31'],
    ['Robots', 'Unknown Corp', 'Sun', 2, 10, '2026-08-31'],
  ];
  it('finds the customer by ID or name, the owner by name (blank: the account manager), the stage by number or name', () => {
    const r = ok(runCommand('importOpportunities', wb(), { values: OPPS, skipInvalid: true }, ctx));
    const after = applyWrites(wb(), r.writes);
    expect(records(after.opportunities!).slice(3)).toMatchObject([
      { id: 'O00004', name: 'Data centre', customer_id: 'C00001', customer: '中国电信股份有限公司', owner: 'Chen', stage: '07 Commercial negotiation', amount: 1250000, close: '2026-08-31', confirmed: 'No' },
      { id: 'O00005', name: 'Fleet tablets', customer_id: 'C00002', owner: 'Sun', stage: '05 Shortlisted or bidding', amount: 3500, close: '2026-09-01' },
    ]);
    const p = plan(importPlan('opportunities', wb(), { values: OPPS }, ctx));
    // Core network upgrade is registered (O00001); Data centre is listed twice.
    expect(p.duplicates.map((d) => [d.row, d.matches[0].id, d.matches[0].inList])).toEqual([
      [3, 'O00001', false],
      [5, '', true],
    ]);
    expect(p.invalid).toEqual([{ row: 6, errors: [{ column: { en: '客户', zh: '客户', zhHant: '客户' }, message: expect.objectContaining({ en: expect.stringMatching(/No customer named Unknown Corp/) }) }] }]);
  });

  it('needs the required columns mapped and a customer column', () => {
    const r = runCommand('importOpportunities', wb(), { values: [['Opportunity', 'Amount'], ['X', 1]] }, ctx);
    expect(!r.ok && r.errors.map((e) => e.message.en)).toEqual([
      'No column of the list is mapped to Stage, Expected close date; map one (or add the column to the list).',
      'No column of the list gives the customer; map its Customer ID or Customer name.',
    ]);
  });

  it('writes nothing when rejected', () => {
    const r = runCommand('importOpportunities', wb(), { values: OPPS }, ctx);
    expect(r.ok).toBe(false);
    expect('writes' in r).toBe(false);
  });
});

describe('the import commands', () => {
  it('are listed for the menus', () => {
    expect(COMMANDS.importCustomers.group).toBe('customers');
    expect(COMMANDS.importOpportunities.group).toBe('opportunities');
  });
});
