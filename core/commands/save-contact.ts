/**
 * Add or update a contact of the decision chain (客户组织 / 决策链; funnel stage 03 "全面掌握客户组织关系"):
 * who the person is, their role in the buying decision, their attitude to us and how far the relationship
 * has come (认识 → 约会 → 认同 → 信赖 → 同盟). Without an ID a new contact is registered; with one, the
 * contact is updated — blank fields keep what the sheet holds (the form preloads them). Reports-to names
 * another contact of the same customer, never in a circle.
 */
import { normText } from '../cell';
import { fill } from '../i18n';
import { listLabel } from '../schema/lists';
import { record } from '../schema/read';
import type { TableData } from '../schema/types';
import { AM } from './accounts-messages';
import { auditWrite, diff } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject, updateWrite } from './result';
import type { CommandSpec } from './types';
import { findRow, nextId, table, textOf, today } from './workbook';

/** Would `contact` reporting to `boss` close a circle (boss reports, at any depth, to contact)? */
function circles(t: TableData, contact: string, boss: string): boolean {
  const seen = new Set<string>();
  let cur = normText(boss);
  while (cur !== '' && !seen.has(cur)) {
    if (cur === normText(contact)) return true;
    seen.add(cur);
    const r = findRow(t, 'id', cur);
    cur = r < 0 ? '' : normText(textOf(t, r, 'reports_to'));
  }
  return false;
}

export const saveContact: CommandSpec = {
  name: 'saveContact',
  title: { en: 'Add or update contact', zh: '登记或更新联系人', zhHant: '登記或更新聯繫人' },
  group: 'accounts',
  tip: { en: 'Map who decides at the customer: buying role, attitude to us and relationship stage.', zh: '掌握客户决策链:采购角色、对我方态度和关系阶段。', zhHant: '掌握客戶決策鏈:採購角色、對我方態度和關係階段。' },
  short: { en: 'Contact', zh: '联系人', zhHant: '聯繫人' },
  fields: [
    field('id', 'text', 'Contact ID', '联系人编号', '聯繫人編號', { help: { en: 'Blank = a new contact; an ID = update it (blank fields keep their value).', zh: '留空 = 新联系人;填写编号 = 更新(留空的字段保持原值)。', zhHant: '留空 = 新聯繫人;填寫編號 = 更新(留空的欄位保持原值)。' } }),
    field('customer_id', 'customer', 'Customer', '客户', '客戶', { requiredUnless: 'id' }),
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機'),
    field('name', 'text', 'Name', '姓名', '姓名', { requiredUnless: 'id' }),
    field('role', 'list', 'Buying role', '采购角色', '採購角色', { list: 'buyingRole', requiredUnless: 'id' }),
    field('attitude', 'list', 'Attitude to us', '对我方态度', '對我方態度', { list: 'attitude' }),
    field('relationship', 'list', 'Relationship stage', '关系阶段', '關係階段', { list: 'relationshipStage' }),
    field('title', 'text', 'Title', '职务', '職務'),
    field('department', 'text', 'Department', '部门', '部門'),
    field('reports_to', 'text', 'Reports to (contact ID)', '上级(联系人编号)', '上級(聯繫人編號)'),
    field('last_contact', 'date', 'Last contact', '最近联系日期', '最近聯繫日期'),
    field('notes', 'longtext', 'Notes', '备注', '備註'),
  ],
  reads: ['contacts', 'customers', 'opportunities'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const t = table(wb, 'contacts');
    const isNew = c.blank('id');
    const row = isNew ? -1 : c.row('id', t, AM.unknownContact);
    const base = row >= 0 ? record(t, row) : null;
    const cust = table(wb, 'customers');
    const crow = c.row('customer_id', cust, M.unknownCustomer, { required: isNew });
    const opps = table(wb, 'opportunities');
    const orow = c.row('opportunity', opps, M.unknownOpportunity);
    const name = c.text('name', { required: isNew });
    const role = c.list('role', 'buyingRole', { required: isNew });
    const attitude = c.list('attitude', 'attitude');
    const rel = c.list('relationship', 'relationshipStage');
    const title = c.text('title');
    const dept = c.text('department');
    const boss = c.text('reports_to');
    const last = c.date('last_contact');
    const notes = c.text('notes');
    if (!c.ok) return reject(c.errors);

    const customerId = crow >= 0 ? textOf(cust, crow, 'id') : String(base?.customer_id ?? '');
    if (orow >= 0) {
      const of = textOf(opps, orow, 'customer_id');
      if (normText(of) !== normText(customerId)) c.fail('opportunity', AM.oppOfOtherCustomer, { opp: textOf(opps, orow, 'id'), other: of || '—', customer: customerId });
    }
    const id = base ? String(base.id) : nextId(t, 'id', 'CT');
    let bossId: string | null = null;
    if (boss !== null) {
      const brow = findRow(t, 'id', boss);
      if (brow < 0) c.fail('reports_to', AM.unknownContact, { got: boss });
      else {
        bossId = textOf(t, brow, 'id');
        const of = textOf(t, brow, 'customer_id');
        if (normText(of) !== normText(customerId)) c.fail('reports_to', AM.reportsToOther, { got: bossId, other: of || '—', customer: customerId });
        else if (circles(t, id, bossId)) c.fail('reports_to', AM.reportsToCycle, { got: bossId });
      }
    }
    if (!c.ok) return reject(c.errors);

    const values: Record<string, unknown> = {};
    if (crow >= 0) values.customer_id = customerId;
    if (orow >= 0) values.opportunity = textOf(opps, orow, 'id');
    if (name !== null) values.name = name;
    if (role !== null) values.role = listLabel('buyingRole', role, ctx.lang);
    if (attitude !== null) values.attitude = listLabel('attitude', attitude, ctx.lang);
    if (rel !== null) values.relationship = listLabel('relationshipStage', rel, ctx.lang);
    if (title !== null) values.title = title;
    if (dept !== null) values.department = dept;
    if (bossId !== null) values.reports_to = bossId;
    if (last !== null) values.last_contact = last;
    if (notes !== null) values.notes = notes;

    if (!base) {
      const rec = { id, last_contact: today(ctx.now), ...values };
      return {
        ok: true,
        id,
        writes: [appendWrite(t, [rec]), auditWrite(wb, ctx, { command: 'saveContact', table: 'contacts', rowId: id, before: null, after: rec })],
        message: fill({ en: 'Contact {id} ({name}) added to {customer}.', zh: '已为 {customer} 登记联系人 {id}({name})。', zhHant: '已為 {customer} 登記聯繫人 {id}({name})。' }, { id, name: name!, customer: customerId }),
      };
    }
    const d = diff(base, values);
    if (Object.keys(d.after).length === 0) return reject([{ field: '', message: M.nothingToChange }]);
    return {
      ok: true,
      id,
      writes: [updateWrite(t, row, d.after), auditWrite(wb, ctx, { command: 'saveContact', table: 'contacts', rowId: id, before: d.before, after: d.after })],
      message: fill({ en: 'Contact {id} updated ({n} fields).', zh: '已更新联系人 {id}({n} 个字段)。', zhHant: '已更新聯繫人 {id}({n} 個欄位)。' }, { id, n: Object.keys(d.after).length }),
    };
  },
};
