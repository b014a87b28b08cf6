/**
 * Numbers as people write them, through every form: each number and money field of every command
 * reads `125万`, `1.2亿`, `3.5k`, `¥1,200`, `1.5w` and `5千` as the amount (one coercion place, cell.ts).
 */
import { describe, expect, it } from 'vitest';
import { ctxOf, demoRecords, testWorkbook } from './fixtures';
import { COMMAND_NAMES, COMMANDS, runCommand } from './index';
import { accepted, rejected } from './test-helpers';

const wb = testWorkbook(demoRecords());

/** An accepted input per command (actor `Li`). */
const BASE: Record<string, Record<string, unknown>> = {
  newCustomer: { name: 'Brand New Widgets Ltd', account_manager: 'Liu', confirmDifferent: true },
  updateCustomer: { id: 'C00002' },
  newOpportunity: { customer_id: 'C00001', name: 'Spellings', owner: 'Chen', stage: '2', close: '2026-06-01' },
  reviseForecast: { person: 'Chen', reason: 'why' },
  newProject: { customer_id: 'C00001', name: 'P', sales_method: 'bid' },
  logActivity: { type: 'visit', person: 'Chen' },
  editAccountPlan: { customer_id: 'C00002', year: '2027' },
  addAction: { ref: 'O00001', action: 'a', due: '2026-06-01' },
  requestReview: { opportunity: 'O00002', price: 2000000, cost: 1000 },
  updateOpportunity: { opportunity: 'O00001' },
};

const SPELLINGS: [string, number][] = [
  ['125万', 1250000],
  ['1.2亿', 120000000],
  ['3.5k', 3500],
  ['¥1,200', 1200],
  ['1.5w', 15000],
  ['5千', 5000],
  ['125万元', 1250000],
];

const numericFields = COMMAND_NAMES.flatMap((name) => COMMANDS[name].fields.filter((f) => f.type === 'number' || f.type === 'money').map((f) => [name, f.key] as const));

describe('number spellings through every form', () => {
  it('covers every number and money field of every command', () => {
    expect(numericFields.length).toBeGreaterThanOrEqual(9);
    for (const [name] of numericFields) expect(BASE[name], name).toBeDefined();
  });

  describe.each(numericFields)('%s.%s', (name, key) => {
    it.each(SPELLINGS)('reads %s as %d', (text, n) => {
      const r = accepted(runCommand(name, wb, { ...BASE[name], [key]: text }, ctxOf('Li')));
      const written = r.writes.filter((w) => w.table !== 'audit').flatMap((w) => {
        const t = wb[w.table]!;
        const rows = w.kind === 'append' ? w.rows : [w.values];
        return t.col[key] >= 0 ? rows.map((row) => row[t.col[key]]) : [];
      });
      expect(written).toContain(n);
    });
  });

  it('still refuses what is not a number, with the new spellings in the example', () => {
    const e = rejected(runCommand('newOpportunity', wb, { ...BASE.newOpportunity, amount: '1万2' }, ctxOf('Li')));
    expect(e.amount.en).toMatch(/125万/);
    expect(e.amount.zh).toMatch(/1\.2亿/);
  });
});
