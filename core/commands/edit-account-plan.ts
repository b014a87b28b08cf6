/**
 * Edit an account plan (S2 大客户分析六步: 行业分析 … 客户规划分析): one plan per key account and year with
 * the six steps, the revenue and share-of-wallet targets, and its approval. Without an ID a new plan is
 * drafted (refused when the customer already has one for the year); with one, blank fields keep their
 * value. Only the plan's owner or a superior of theirs approves it or hands it to another owner; a change
 * to an approved plan by anyone else returns it to draft.
 */
import { normText } from '../cell';
import { fill } from '../i18n';
import { readList, listLabel } from '../schema/lists';
import { record } from '../schema/read';
import { AM } from './accounts-messages';
import { auditWrite, diff } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject, updateWrite } from './result';
import type { CommandSpec, FieldSpec } from './types';
import { findPerson, isSuperior, nextId, table, textOf, today, type Person } from './workbook';
import type { Workbook } from '../schema/types';

const STEPS: FieldSpec[] = [
  field('industry', 'longtext', '1 Industry analysis', '第一步:行业分析', '第一步:行業分析'),
  field('competition', 'longtext', '2 Competition analysis', '第二步:竞争分析', '第二步:競爭分析'),
  field('needs', 'longtext', "3 The customer's needs", '第三步:客户个性化需求分析', '第三步:客戶個性化需求分析'),
  field('solution', 'longtext', '4 Our customised solution', '第四步:定制化解决方案', '第四步:定製化解決方案'),
  field('service', 'longtext', '5 Service-support capability', '第五步:服务支撑能力分析', '第五步:服務支撐能力分析'),
  field('summary', 'longtext', "6 The plan's summary", '第六步:客户规划分析', '第六步:客戶規劃分析'),
];

const mayApprove = (wb: Workbook, actor: Person, owner: string) => normText(actor.name) === normText(owner) || isSuperior(wb, actor.name, owner);

export const editAccountPlan: CommandSpec = {
  name: 'editAccountPlan',
  title: { en: 'Edit account plan', zh: '编辑大客户规划', zhHant: '編輯大客戶規劃' },
  group: 'accounts',
  tip: { en: 'The six-step account analysis and the year\u2019s targets; approved by its owner or a superior.', zh: '大客户六步分析及年度目标;由负责人或其上级批准。', zhHant: '大客戶六步分析及年度目標;由負責人或其上級核定。' },
  short: { en: 'Account plan', zh: '大客户规划', zhHant: '大客戶規劃' },
  fields: [
    field('id', 'text', 'Plan ID', '规划编号', '規劃編號', { help: { en: 'Blank = a new plan; an ID = edit it (blank fields keep their value).', zh: '留空 = 新规划;填写编号 = 编辑(留空的字段保持原值)。', zhHant: '留空 = 新規劃;填寫編號 = 編輯(留空的欄位保持原值)。' } }),
    field('customer_id', 'customer', 'Customer', '客户', '客戶', { requiredUnless: 'id' }),
    field('year', 'text', 'Year', '年度', '年度', { requiredUnless: 'id', maxLength: 4, help: { en: 'e.g. 2026', zh: '如 2026', zhHant: '如 2026' } }),
    field('owner', 'person', 'Owner', '负责人', '負責人', { help: { en: 'Blank = you (new plan).', zh: '留空即为本人(新规划)。', zhHant: '留空即為本人(新規劃)。' } }),
    ...STEPS,
    field('revenue_target', 'money', 'Revenue target', '收入目标', '收入目標'),
    field('wallet_target', 'percent', 'Share-of-wallet target', '份额目标', '份額目標'),
    field('status', 'list', 'Status', '状态', '狀態', { list: 'planStatus' }),
  ],
  reads: ['accountPlans', 'customers', 'team'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const t = table(wb, 'accountPlans');
    const isNew = c.blank('id');
    const row = isNew ? -1 : c.row('id', t, AM.unknownPlan);
    const cust = table(wb, 'customers');
    const crow = c.row('customer_id', cust, M.unknownCustomer, { required: isNew });
    const year = c.number('year', { required: isNew, integer: true });
    if (year !== null && (year < 1900 || year > 2999)) c.fail('year', AM.yearRange, { got: String(input.year) });
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    const ownerIn = c.blank('owner') ? null : findPerson(wb, input.owner);
    if (!c.blank('owner') && !ownerIn) c.fail('owner', M.unknownPerson, { got: String(input.owner) });
    const steps: Record<string, string> = {};
    for (const f of STEPS) {
      const v = c.text(f.key);
      if (v !== null) steps[f.key] = v;
    }
    const revenue = c.number('revenue_target', { min: 0 });
    const wallet = c.percent('wallet_target');
    const status = c.list('status', 'planStatus');
    if (!c.ok) return reject(c.errors);

    const base = row >= 0 ? record(t, row) : null;
    const customerId = crow >= 0 ? textOf(cust, crow, 'id') : String(base!.customer_id);
    const y = year ?? Number(base!.year);
    // One plan per customer and year.
    for (let i = 0; i < t.rows.length; i++) {
      if (i !== row && normText(textOf(t, i, 'customer_id')) === normText(customerId) && Number(textOf(t, i, 'year')) === y) {
        return reject([{ field: isNew ? 'year' : 'customer_id', message: fill(AM.planExists, { customer: customerId, id: textOf(t, i, 'id'), year: y }) }]);
      }
    }
    const currentOwner = base ? String(base.owner) : actor!.name;
    const owner = ownerIn?.name ?? currentOwner;
    if (base && normText(owner) !== normText(currentOwner) && !mayApprove(wb, actor!, currentOwner)) {
      return reject([{ field: 'owner', message: fill(AM.notPlanOwner, { owner: currentOwner, actor: actor!.name }) }]);
    }
    const values: Record<string, unknown> = { ...steps };
    if (crow >= 0) values.customer_id = customerId;
    if (year !== null) values.year = year;
    if (ownerIn) values.owner = owner;
    if (revenue !== null) values.revenue_target = revenue;
    if (wallet !== null) values.wallet_target = wallet;
    const wasApproved = base ? readList('planStatus', base.status) === 'approved' : false;
    const contentChanged = base ? Object.keys(diff(base, values).after).length > 0 : true;
    let next = status ?? (wasApproved && !contentChanged ? 'approved' : 'draft');
    if (status === null && wasApproved && contentChanged && mayApprove(wb, actor!, owner)) next = 'approved';
    if (next === 'approved' && (!wasApproved || contentChanged || normText(owner) !== normText(currentOwner))) {
      if (!mayApprove(wb, actor!, owner)) return reject([{ field: 'status', message: fill(AM.notApprover, { owner, actor: actor!.name }) }]);
      values.approved_by = actor!.name;
      values.approved_on = today(ctx.now);
    }
    if (next === 'draft' && wasApproved) {
      values.approved_by = '';
      values.approved_on = '';
    }
    values.status = listLabel('planStatus', next, ctx.lang);

    if (!base) {
      const id = nextId(t, 'id', 'AP');
      const rec = { id, customer_id: customerId, year: y, owner, ...values };
      return {
        ok: true,
        id,
        writes: [appendWrite(t, [rec]), auditWrite(wb, ctx, { command: 'editAccountPlan', table: 'accountPlans', rowId: id, before: null, after: rec })],
        message: fill({ en: 'Account plan {id} for {customer} {year} saved ({status}).', zh: '已保存 {customer} {year} 年的大客户规划 {id}({status})。', zhHant: '已保存 {customer} {year} 年的大客戶規劃 {id}({status})。' }, { id, customer: customerId, year: y, status: String(values.status) }),
      };
    }
    const d = diff(base, values);
    if (Object.keys(d.after).length === 0) return reject([{ field: '', message: M.nothingToChange }]);
    const id = String(base.id);
    return {
      ok: true,
      id,
      writes: [updateWrite(t, row, d.after), auditWrite(wb, ctx, { command: 'editAccountPlan', table: 'accountPlans', rowId: id, before: d.before, after: d.after })],
      message: fill({ en: 'Account plan {id} saved ({status}).', zh: '已保存大客户规划 {id}({status})。', zhHant: '已保存大客戶規劃 {id}({status})。' }, { id, status: String(values.status) }),
    };
  },
};
