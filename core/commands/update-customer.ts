/**
 * Update customer (domain.md §1 step 3): new information about a known customer supplements its record.
 * Blank fields leave the cell as it is; the audit row keeps the previous values of every changed cell.
 * A new name is checked for uniqueness like a new customer, and copied to the customer's opportunities.
 */
import { fill } from '../i18n';
import { auditWrite, changeText, diff } from './audit';
import { Check } from './check';
import { M } from './messages';
import { FINANCE_FIELDS, FINANCE_KEYS, financeSummary, readFinance } from './customer-finance-fields';
import { CONFIRM_FIELD, CUSTOMER_DETAIL_FIELDS, duplicateRefusal, joinNotes, likelyDuplicates, possibleNote, readCustomerDetails, withNote } from './new-customer';
import { record } from '../schema/read';
import { field, reject, updateWrite } from './result';
import type { CommandSpec, Write } from './types';
import { findPerson, table, textOf } from './workbook';
import { normText, toNumber } from '../cell';

export const updateCustomer: CommandSpec = {
  name: 'updateCustomer',
  title: { en: 'Update customer', zh: '补充客户信息', zhHant: '補充客戶資訊' },
  group: 'customers',
  tip: { en: 'Supplement or correct a customer record.', zh: '补充或更正客户资料。', zhHant: '補充或更正客戶資料。' },
  fields: [
    field('id', 'customer', 'Customer', '客户', '客戶', { required: true }),
    field('name', 'text', 'Customer name', '客户名称', '客戶名稱', {
      help: { en: 'The form starts from what the register holds; change what is new.', zh: '表单显示登记表中的现有信息,修改有变化的项即可。', zhHant: '表單顯示登記表中的現有資訊,修改有變化的項即可。' },
    }),
    field('account_manager', 'person', 'Account manager', '客户经理', '客戶經理'),
    ...CUSTOMER_DETAIL_FIELDS,
    ...FINANCE_FIELDS,
    CONFIRM_FIELD,
  ],
  record: { field: 'id', table: 'customers' },
  reads: ['customers', 'team', 'settings', 'opportunities'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const cust = table(wb, 'customers');
    const row = c.row('id', cust, M.unknownCustomer, { required: true });
    const name = c.text('name');
    const changes: Record<string, unknown> = {};
    if (name !== null) changes.name = name;
    if (!c.blank('account_manager')) {
      const p = findPerson(wb, input.account_manager);
      if (!p) c.fail('account_manager', M.unknownPerson, { got: String(input.account_manager) });
      else changes.account_manager = p.name;
    }
    Object.assign(changes, readCustomerDetails(c, ctx.lang));
    // The statement figures: new ones replace the old, blank ones leave them (issue 14's ratios follow).
    const finance = readFinance(c);
    Object.assign(changes, finance);
    const confirmed = c.yesNo('confirmDifferent', false) === true;
    if (!c.ok) return reject(c.errors);

    const before = record(cust, row);
    const d = diff(before, changes);
    if (Object.keys(d.after).length === 0) return reject([{ field: '', message: M.nothingToChange }]);
    let note = null;
    if (d.after.name !== undefined) {
      const dups = likelyDuplicates(wb, String(d.after.name), row);
      const refusal = duplicateRefusal(dups);
      if (refusal && !confirmed) return reject([{ field: 'name', message: refusal }], { duplicates: dups });
      if (!confirmed) note = possibleNote(dups);
    }
    const rowId = String(before.id);
    const writes: Write[] = [updateWrite(cust, row, d.after)];
    // Opportunities keep a copy of the customer name: a renamed customer is renamed there too.
    if (d.after.name !== undefined) {
      const opps = table(wb, 'opportunities');
      for (let i = 0; i < opps.rows.length; i++) {
        if (normText(textOf(opps, i, 'customer_id')) === normText(rowId) && textOf(opps, i, 'customer') !== d.after.name) {
          writes.push(updateWrite(opps, i, { customer: d.after.name }));
        }
      }
    }
    const entry = { command: 'updateCustomer' as const, table: 'customers' as const, rowId, before: d.before, after: d.after };
    writes.push(auditWrite(wb, ctx, entry));
    const change = changeText(entry, ctx.command);
    const head = fill({ en: 'Customer {id} updated: ', zh: '已更新客户 {id}:', zhHant: '已更新客戶 {id}:' }, { id: rowId });
    // The ratios of the figures after the save, when one of them changed.
    const figuresChanged = FINANCE_KEYS.some((k) => d.after[k] !== undefined);
    const ratios = figuresChanged ? financeSummary(statementAfter(before, d.after)) : null;
    return {
      ok: true,
      id: rowId,
      writes,
      message: withNote({ en: head.en + change.en, zh: head.zh + change.zh, zhHant: head.zhHant! + change.zhHant }, joinNotes([ratios, note])),
    };
  },
};

/** The customer's statement figures once the save's changes are in. */
function statementAfter(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of FINANCE_KEYS) {
    const n = toNumber((k in after ? after[k] : before[k]) as never);
    if (typeof n === 'number') out[k] = n;
  }
  return out;
}
