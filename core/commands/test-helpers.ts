/** Helpers for the command tests (not shipped). */
import { expect } from 'vitest';
import { record } from '../schema/read';
import type { Lang } from '../i18n';
import type { TableId, Workbook } from '../schema/types';
import { demoRecords, testWorkbook, type Records } from './fixtures';
import type { CommandName, CommandResult, FieldError, Write } from './types';

export function accepted(r: CommandResult): { writes: Write[]; id?: string; message: { en: string; zh: string } } {
  if (!r.ok) throw new Error('rejected: ' + JSON.stringify(r.errors));
  return r;
}

/** The field errors of a rejection by field (fails the test when accepted). */
export function rejected(r: CommandResult): Record<string, FieldError['message']> {
  if (r.ok) throw new Error('accepted: ' + JSON.stringify(r.writes));
  expect('writes' in r).toBe(false);
  for (const e of r.errors) {
    expect(e.message.en.length).toBeGreaterThan(0);
    expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
  }
  return Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
}

/** The last row of a table as a record. */
export function last(wb: Workbook, id: TableId) {
  const t = wb[id]!;
  return record(t, t.rows.length - 1);
}

/** The one audit row of an accepted command's writes, as text: when, who, form, sheet, record, change, before, after. */
export function auditOf(r: CommandResult, wb: Workbook) {
  const w = accepted(r).writes.filter((x) => x.table === 'audit');
  expect(w).toHaveLength(1);
  const a = w[0];
  if (a.kind !== 'append') throw new Error('audit must append');
  expect(a.rows).toHaveLength(1);
  const t = wb.audit!;
  const row = a.rows[0];
  const get = (k: string) => String(row[t.col[k]] ?? '');
  return { when: get('when'), who: get('who'), command: get('command'), table: get('table'), rowId: get('row_id'), change: get('change'), before: get('before'), after: get('after') };
}

const answers = Array.from({ length: 20 }, (_, i) => i % 3 === 0);

/** The demo organisation's territory (North → Chen) and a review whose three sign-offs are in. */
const TERRITORY_AND_REVIEW: Records = {
  territories: [{ territory: 'North', region: 'North', industry: '', account_manager: 'Chen', priority: 1 }],
  reviews: [
    { id: 'R00001', kind: 'Request', opportunity: 'O00001', by: 'Chen', price: 1000000, cost: 600000 },
    { id: 'R00001', kind: 'Sign-off', opportunity: 'O00001', by: 'Fang', step: 'Finance', verdict: 'Accept' },
    { id: 'R00001', kind: 'Sign-off', opportunity: 'O00001', by: 'Gao', step: 'Quality', verdict: 'Accept' },
    { id: 'R00001', kind: 'Sign-off', opportunity: 'O00001', by: 'Hu', step: 'Purchasing', verdict: 'Accept' },
  ],
};

/** The workbook a command's SAVES entry is accepted on: the demo records and the entry's own. */
export function savesWorkbook(name: CommandName, lang?: Lang): Workbook {
  return testWorkbook({ ...demoRecords(), ...(SAVES[name].records ?? {}) }, lang);
}

/** Every audit row an accepted command writes, read as the audit table holds it. */
export function auditRowsOf(r: CommandResult, wb: Workbook) {
  const t = wb.audit!;
  return accepted(r)
    .writes.filter((x) => x.table === 'audit')
    .flatMap((a) => (a.kind === 'append' ? a.rows : []))
    .map((row) => {
      const get = (k: string) => String(row[t.col[k]] ?? '');
      return { when: get('when'), who: get('who'), command: get('command'), table: get('table'), rowId: get('row_id'), change: get('change'), before: get('before'), after: get('after') };
    });
}

/** An accepted input of every command, and who runs it (a new command adds its line here), with the records it needs beyond the demo's. */
export const SAVES: Record<CommandName, { actor: string; input: Record<string, unknown>; records?: Records }> = {
  newCustomer: { actor: 'Li', input: { name: '华为技术有限公司', account_manager: 'Liu', tier: 'MGC', value: '125万', growth: '15%', notes: 'Met at the fair' } },
  updateCustomer: { actor: 'Chen', input: { id: 'C00001', tier: 'MGC', value: '3,165,700', phone: '010-1234' } },
  newOpportunity: { actor: 'Chen', input: { customer_id: 'C00001', name: 'Data centre', amount: '125万', stage: 3, close: '2026-06-01' } },
  assessOpportunity: { actor: 'Chen', input: { opportunity: 'O00001', answers } },
  submitForecast: { actor: 'Chen', input: { opportunities: ['O00001'] } },
  reviseForecast: { actor: 'Li', input: { person: 'Chen', amount: '3,000,000', reason: 'Budget freeze' } },
  changeOwner: { actor: 'Li', input: { opportunity: 'O00001', owner: 'Liu', reason: 'Chen moves south' } },
  newProject: { actor: 'Chen', input: { customer_id: 'C00001', name: 'Core network bid', opportunity: 'O00001', sales_method: 'Bid', quantity: 12, delivery_date: '2026-08-01' } },
  logActivity: { actor: 'Liu', input: { type: 'visit', customer_id: 'C00001', follow_up: '2026-05-23', notes: 'Demo' } },
  logComplaint: { actor: 'Zhao', input: { customer_id: 'C00002', description: 'Late delivery', handler: 'Sun', received: '2026-05-10' } },
  importCustomers: { actor: 'Li', input: { values: [['Company', 'Industry', 'Notes'], ['Brand New Widgets Ltd', 'Manufacturing', 'From the fair list']] } },
  importOpportunities: { actor: 'Chen', input: { values: [['Opportunity', 'Customer ID', 'Stage', 'Amount', 'Close date'], ['Core switch upgrade', 'C00001', 2, '125万', '2026-06-01']] } },
  saveContact: { actor: 'Li', input: { customer_id: 'C00001', opportunity: 'O00001', name: 'Zhou Min', role: 'decision_maker', attitude: 'supporter' } },
  editAccountPlan: { actor: 'Li', input: { customer_id: 'C00001', year: '2026', summary: 'Grow the core network share', revenue_target: '500万' } },
  addAction: { actor: 'Li', input: { ref: 'O00001', action: 'Executive lunch', due: '2026-06-01' } },
  closeAction: { actor: 'Li', input: { id: 'AC00001', status: 'done' } },
  addTeamMember: { actor: 'Li', input: { opportunity: 'O00001', member: 'Liu', role: 'presales' } },
  removeTeamMember: { actor: 'Li', input: { opportunity: 'O00002', member: 'Liu' } },
  advanceProspect: { actor: 'Li', input: { customer_id: 'C00001', outcome: 'advance' } },
  reassignTerritory: { actor: 'Li', input: { territory: 'North', account_manager: 'Liu', reason: 'Liu takes the north' }, records: TERRITORY_AND_REVIEW },
  requestReview: { actor: 'Li', input: { opportunity: 'O00002', price: '200,000', cost: '150,000', quality: 'ISO 9001' } },
  decideReview: { actor: 'Li', input: { review: 'R00001', step: 'approval', verdict: 'accept', reason: 'Margins fine' }, records: TERRITORY_AND_REVIEW },
  updateOpportunity: { actor: 'Li', input: { opportunity: 'O00001', stage: '6', amount: '125万', next_step: 'Call the CTO' } },
  takeSnapshot: { actor: 'Li', input: {} },
};

