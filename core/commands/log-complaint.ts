/**
 * Complaint register (客户投诉登记表, domain.md §8): a complaint is registered as received, then
 * investigated (cause, responsibility) and resolved. Without `id` the form registers a new complaint;
 * with the `id` of a registered one it updates its status and findings (previous values audited).
 */
import { fill } from '../i18n';
import { listLabel } from '../schema/lists';
import { record } from '../schema/read';
import { auditWrite, diff } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject, updateWrite } from './result';
import type { CommandSpec } from './types';
import { findPerson, nextId, table, textOf, today } from './workbook';

export const logComplaint: CommandSpec = {
  name: 'logComplaint',
  title: { en: 'Complaint register', zh: '客户投诉登记', zhHant: '客戶投訴登記' },
  group: 'activities',
  tip: { en: 'Log a customer complaint in the complaint register.', zh: '在投诉登记表中登记客户投诉。', zhHant: '在投訴登記表中登記客戶投訴。' },
  short: { en: 'Log complaint', zh: '登记投诉', zhHant: '登記投訴' },
  fields: [
    field('id', 'text', 'Complaint ID (to update one)', '投诉编号(更新时填写)', '投訴編號(更新時填寫)', {
      help: { en: 'Blank registers a new complaint.', zh: '留空则登记新投诉。', zhHant: '留空則登記新投訴。' },
    }),
    field('customer_id', 'customer', 'Customer', '客户', '客戶', { requiredUnless: 'id' }),
    field('received', 'date', 'Received on', '受理日期', '受理日期', { help: { en: 'Blank = today.', zh: '留空即为今天。', zhHant: '留空即為今天。' } }),
    field('description', 'longtext', 'Complaint', '投诉内容', '投訴內容', { requiredUnless: 'id' }),
    field('status', 'list', 'Status', '处理状态', '處理狀態', { list: 'complaintStatus' }),
    field('handler', 'person', 'Handled by', '处理人', '處理人'),
    field('cause', 'longtext', 'Cause', '原因分析', '原因分析'),
    field('responsibility', 'text', 'Responsibility', '责任', '責任'),
    field('resolution', 'longtext', 'Resolution', '处理结果', '處理結果'),
    field('resolved', 'date', 'Resolved on', '解决日期', '解決日期'),
  ],
  record: { field: 'id', table: 'complaints' },
  reads: ['customers', 'team', 'complaints'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const comp = table(wb, 'complaints');
    const row = c.row('id', comp, M.unknownComplaint);
    const isNew = c.blank('id');
    const cust = table(wb, 'customers');
    const crow = c.row('customer_id', cust, M.unknownCustomer, { required: isNew });
    const received = c.date('received', isNew ? { fallback: today(ctx.now) } : {});
    const description = c.text('description', { required: isNew });
    const status = c.list('status', 'complaintStatus', isNew ? { fallback: 'received' } : {});
    if (isNew && status !== null && status !== 'received') c.fail('status', M.statusForNew);
    let handler: string | null = null;
    if (!c.blank('handler')) {
      const p = findPerson(wb, input.handler);
      if (!p) c.fail('handler', M.unknownPerson, { got: String(input.handler) });
      else handler = p.name;
    }
    const cause = c.text('cause');
    const responsibility = c.text('responsibility');
    const resolution = c.text('resolution');
    const resolved = c.date('resolved', status === 'resolved' ? { fallback: today(ctx.now) } : {});
    if (!c.ok) return reject(c.errors);

    const changes: Record<string, unknown> = {};
    if (crow >= 0) changes.customer_id = textOf(cust, crow, 'id');
    if (received !== null) changes.received = received;
    if (description !== null) changes.description = description;
    if (status !== null) changes.status = listLabel('complaintStatus', status, ctx.lang);
    if (handler !== null) changes.handler = handler;
    if (cause !== null) changes.cause = cause;
    if (responsibility !== null) changes.responsibility = responsibility;
    if (resolution !== null) changes.resolution = resolution;
    if (resolved !== null) changes.resolved = resolved;

    if (isNew) {
      const newId = nextId(comp, 'id', 'K');
      const rec = { id: newId, ...changes };
      return {
        ok: true,
        id: newId,
        writes: [appendWrite(comp, [rec]), auditWrite(wb, ctx, { command: 'logComplaint', table: 'complaints', rowId: newId, before: null, after: rec })],
        message: fill({ en: 'Complaint {id} registered.', zh: '已登记投诉 {id}。', zhHant: '已登記投訴 {id}。' }, { id: newId }),
      };
    }
    const d = diff(record(comp, row), changes);
    if (Object.keys(d.after).length === 0) return reject([{ field: '', message: M.nothingToChange }]);
    const rowId = textOf(comp, row, 'id');
    return {
      ok: true,
      id: rowId,
      writes: [updateWrite(comp, row, d.after), auditWrite(wb, ctx, { command: 'logComplaint', table: 'complaints', rowId, before: d.before, after: d.after })],
      message: fill({ en: 'Complaint {id} updated.', zh: '已更新投诉 {id}。', zhHant: '已更新投訴 {id}。' }, { id: rowId }),
    };
  },
};
