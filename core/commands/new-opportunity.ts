/**
 * New opportunity (domain.md §3–4): customer, primary owner (exactly one), stage, amount, expected
 * close date, sales method. The owner defaults to the person acting.
 */
import { fill } from '../i18n';
import { listLabel } from '../schema/lists';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { formChanges, historyWrite } from './history';
import { appendWrite, field, reject } from './result';
import type { CommandSpec } from './types';
import { findPerson, nextId, stageText, table, textOf, today } from './workbook';
import { wonBlocked } from './review-data';
import { WON } from '../model/stage';

export const newOpportunity: CommandSpec = {
  name: 'newOpportunity',
  title: { en: 'New opportunity', zh: '新建商机', zhHant: '新建商機' },
  group: 'opportunities',
  tip: { en: 'Record an opportunity with its primary owner and stage.', zh: '登记商机、主要负责人与阶段。', zhHant: '登記商機、主要負責人與階段。' },
  fields: [
    field('customer_id', 'customer', 'Customer', '客户', '客戶', { required: true }),
    field('name', 'text', 'Opportunity', '商机名称', '商機名稱', { required: true }),
    field('owner', 'person', 'Primary owner', '主要负责人', '主要負責人', {
      help: { en: 'Exactly one primary owner; blank = you.', zh: '只能有一位主要负责人;留空即为本人。', zhHant: '只能有一位主要負責人;留空即為本人。' },
    }),
    field('stage', 'stage', 'Stage', '阶段', '階段', { required: true }),
    field('amount', 'money', 'Amount', '金额', '金額', { required: true }),
    field('close', 'date', 'Expected close date', '预计成交日期', '預計成交日期', { required: true }),
    field('sales_method', 'list', 'Sales method', '销售方式', '銷售方式', { list: 'salesMethod' }),
    field('notes', 'longtext', 'Notes', '备注', '備註'),
  ],
  reads: ['customers', 'team', 'opportunities', 'reviews', 'settings'],
  appends: ['history'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const cust = table(wb, 'customers');
    const crow = c.row('customer_id', cust, M.unknownCustomer, { required: true });
    const name = c.text('name', { required: true });
    const ownerIn = c.blank('owner') ? ctx.actor : input.owner;
    const owner = findPerson(wb, ownerIn);
    if (!owner) c.fail('owner', c.blank('owner') ? M.unknownActor : M.unknownPerson, { got: String(ownerIn), actor: ctx.actor });
    const stage = c.stage('stage', { required: true });
    const amount = c.number('amount', { required: true, min: 0 });
    const close = c.date('close', { required: true });
    const method = c.list('sales_method', 'salesMethod');
    const notes = c.text('notes');
    if (!c.ok) return reject(c.errors);

    const opps = table(wb, 'opportunities');
    const id = nextId(opps, 'id', 'O');
    // Won (stage 08) above the review threshold only once a review is approved: a new one has none.
    const blocked = stage === WON ? wonBlocked(wb, id, amount) : null;
    if (blocked) return reject([{ field: 'stage', message: blocked }]);
    const rec: Record<string, unknown> = {
      id,
      name: name!,
      customer_id: textOf(cust, crow, 'id'),
      customer: textOf(cust, crow, 'name'),
      owner: owner!.name,
      amount: amount!,
      stage: stageText(stage!, ctx.lang),
      close: close!,
      sales_method: method === null ? '' : listLabel('salesMethod', method, ctx.lang),
      confirmed: listLabel('yesno', 'no', ctx.lang),
      created: today(ctx.now),
      notes: notes ?? '',
    };
    // The opportunity's first history rows: blank → its stage, amount, close date, owner, confirmation.
    const history = historyWrite(wb, formChanges(id, {}, rec), ctx, 'form')!;
    return {
      ok: true,
      id,
      writes: [appendWrite(opps, [rec]), history, auditWrite(wb, ctx, { command: 'newOpportunity', table: 'opportunities', rowId: id, before: null, after: rec })],
      message: fill({ en: 'Opportunity {id} {name} saved.', zh: '已保存商机 {id} {name}。', zhHant: '已儲存商機 {id} {name}。' }, { id, name: name! }),
    };
  },
};
