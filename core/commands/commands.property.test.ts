/**
 * Whatever a form sends, every command either rejects with bilingual field errors and no writes, or
 * returns writes laid out in the table's width, exactly one audit row, and no text a spreadsheet
 * would run as a formula. It never crashes (a crash would surface as "The command failed").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../cell';
import { ctxOf, demoRecords, testWorkbook } from './fixtures';
import { COMMAND_NAMES, COMMANDS, runCommand } from './index';

// The demo organisation, with a territory (North → Chen) and a review whose three sign-offs are in.
const wb = testWorkbook({
  ...demoRecords(),
  territories: [{ territory: 'North', region: 'North', industry: '', account_manager: 'Chen', priority: 1 }],
  reviews: [
    { id: 'R00001', kind: 'Request', opportunity: 'O00001', by: 'Chen', price: 1000000, cost: 600000 },
    { id: 'R00001', kind: 'Sign-off', opportunity: 'O00001', by: 'Fang', step: 'Finance', verdict: 'Accept' },
    { id: 'R00001', kind: 'Sign-off', opportunity: 'O00001', by: 'Gao', step: 'Quality', verdict: 'Accept' },
    { id: 'R00001', kind: 'Sign-off', opportunity: 'O00001', by: 'Hu', step: 'Purchasing', verdict: 'Accept' },
  ],
});

const scalar = fc.oneof(
  fc.constantFrom('', ' ', 'C00001', 'O00001', 'O00003', 'K00001', 'Chen', 'li@example.com', 'Ghost', '是', 'no', 'VIP', '投标', '3', '05', '丢单', '2026-05-01', '2026/13/40', '70%', '1,200', '-5', '=1+1', '+x', '@y', '-z', '=HYPERLINK("http://example.invalid","x")', '<img src=x onerror=alert(1)>'),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 22 }), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }));

/** An accepted input per command (with the actor `Li`), which the property then mutates field by field. */
const VALID: Record<string, Record<string, unknown>> = {
  newCustomer: { name: 'Brand New Widgets Ltd', account_manager: 'Liu', notes: '=1+1', confirmDifferent: true },
  updateCustomer: { id: 'C00002', phone: '+86 21 5555', notes: '@later' },
  newOpportunity: { customer_id: 'C00001', name: '-minus', owner: 'Chen', stage: '2', amount: 10, close: '2026-06-01' },
  assessOpportunity: { opportunity: 'O00001', answers: Array.from({ length: 20 }, (_, i) => i % 2 === 0), competitor: '=X' },
  submitForecast: { opportunities: [], note: '+note' },
  reviseForecast: { person: 'Chen', amount: 5, reason: '=why' },
  changeOwner: { opportunity: 'O00001', owner: 'Liu', reason: '@r' },
  newProject: { customer_id: 'C00001', name: '=P', sales_method: 'bid' },
  logActivity: { type: 'visit', person: 'Chen', notes: '-n' },
  logComplaint: { customer_id: 'C00001', description: '=desc' },
  importCustomers: { values: [['Company', 'Notes'], ['=Brand New Widgets Ltd', '@later'], ['Other Widgets GmbH', '-n']], skipInvalid: true },
  importOpportunities: { values: [['Opportunity', 'Customer ID', 'Stage', 'Amount', 'Close date', 'Notes'], ['=Import', 'C00001', 2, 10, '2026-06-01', '+n']], skipInvalid: true },
  saveContact: { customer_id: 'C00001', opportunity: 'O00001', name: '=Zhou', role: '决策者', notes: '+n' },
  editAccountPlan: { customer_id: 'C00001', year: '2026', summary: '=s' },
  addAction: { ref: 'O00001', action: '=act', due: '2026-06-01' },
  closeAction: { id: 'AC00001', status: 'done' },
  addTeamMember: { opportunity: 'O00001', member: 'Liu', role: 'presales' },
  removeTeamMember: { opportunity: 'O00002', member: 'Liu' },
  advanceProspect: { customer_id: 'C00001', outcome: 'advance', note: '@n' },
  reassignTerritory: { territory: 'North', account_manager: 'Liu', reason: '=why' },
  requestReview: { opportunity: 'O00002', price: 200000, cost: 150000, quality: '=ISO 9001' },
  decideReview: { review: 'R00001', step: 'approval', verdict: 'accept', reason: '+ok' },
  updateOpportunity: { opportunity: 'O00001', stage: '6', next_step: '=call' },
};

const accepted: Record<string, number> = Object.fromEntries(COMMAND_NAMES.map((n) => [n, 0]));

// A command without a form (immediate) takes no input: take-snapshot.test.ts tests it.
describe.each(COMMAND_NAMES.filter((n) => COMMANDS[n].fields.length > 0))('%s with any input', (name) => {
  it('accepts its valid example as it is', () => {
    expect(runCommand(name, wb, VALID[name], ctxOf('Li')).ok).toBe(true);
  });

  const keys = COMMANDS[name].fields.map((f) => f.key);
  it('rejects cleanly or writes whole, safe rows plus one audit row', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 3 }), fc.boolean(), fc.constantFrom('Li', 'Li', 'Wang', 'Chen', 'Sun', 'x@y.z'), fc.constantFrom('en', 'zh', 'zh-Hant') as fc.Arbitrary<'en' | 'zh' | 'zh-Hant'>, (changes, fromValid, actor, lang) => {
        const input = fromValid ? { ...VALID[name], ...changes } : changes;
        const r = runCommand(name, wb, input, ctxOf(actor, lang));
        if (r.ok) accepted[name]++;
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(e.message.en).not.toMatch(/^The command failed/);
            expect(e.message.zh.length).toBeGreaterThan(0);
          }
          return;
        }
        // One audit row per command; re-assigning a territory logs each customer moved (and the territory) on its own row.
        const perRow = name === 'reassignTerritory' ? r.writes.filter((w) => w.kind === 'update').length : 1;
        expect(r.writes.filter((w) => w.table === 'audit')).toHaveLength(perRow);
        for (const w of r.writes) {
          const width = wb[w.table]!.width;
          const rows = w.kind === 'append' ? w.rows : [w.values];
          if (w.kind === 'update') expect(w.row).toBeLessThan(wb[w.table]!.rows.length);
          for (const row of rows) {
            expect(row).toHaveLength(width);
            for (const v of row) {
              if (typeof v === 'string') expect(looksLikeFormula(v), JSON.stringify(v)).toBe(false);
              if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
              expect(v === undefined || v === null).toBe(false);
            }
          }
        }
      }),
      // A form of a few fields, each of which decides (a review's ID, step, verdict), is broken by almost
      // any change: more runs so that the accepted branch is still seen often.
      { numRuns: keys.length <= 4 ? 400 : 150 },
    );
    // the property saw both branches
    expect(accepted[name]).toBeGreaterThan(5);
  });
});
