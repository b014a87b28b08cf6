/**
 * Key-account project (大客户项目管理, domain.md §5): the bid record of a key account's purchase.
 */
import { fill } from '../i18n';
import { listLabel } from '../schema/lists';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject } from './result';
import type { CommandSpec } from './types';
import { findPerson, nextId, table, textOf, today } from './workbook';

export const newProject: CommandSpec = {
  name: 'newProject',
  title: { en: 'Key-account project', zh: '大客户项目', zhHant: '大客戶項目' },
  group: 'accounts',
  tip: { en: 'Record a key-account project (bid).', zh: '登记大客户项目（投标）。', zhHant: '登記大客戶項目（投標）。' },
  short: { en: 'New project', zh: '新建项目', zhHant: '新建項目' },
  fields: [
    field('customer_id', 'customer', 'Customer', '客户', '客戶', { required: true }),
    field('name', 'text', 'Project', '项目名称', '項目名稱', { required: true }),
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機'),
    field('owner', 'person', 'Owner', '负责人', '負責人', { help: { en: 'Blank = you.', zh: '留空即为本人。', zhHant: '留空即為本人。' } }),
    field('sales_method', 'list', 'Sales method', '销售方式', '銷售方式', { list: 'salesMethod', required: true }),
    field('tender_method', 'list', 'Tender method', '招标方式', '招標方式', { list: 'tenderMethod' }),
    field('lots', 'yesno', 'Split into lots?', '是否分包', '是否分包'),
    field('single_quote', 'yesno', 'Single quote only?', '是否一次报价', '是否一次報價'),
    field('agents', 'text', 'Participating agents', '参与的代理商', '參與的代理商'),
    field('bid_plan', 'list', 'Bid plan', '投标方案', '投標方案', { list: 'bidPlan' }),
    field('delivery_date', 'date', 'Delivery date', '供货日期', '供貨日期'),
    field('delivery_place', 'text', 'Delivery place', '供货地点', '供貨地點'),
    field('evaluation', 'longtext', 'Evaluation principles (price, service, technology, commercial)', '评标原则(价格、服务、技术、商务)', '評標原則(價格、服務、技術、商務)'),
    field('regional_impact', 'list', 'Impact on the customer’s region', '项目对客户所在地影响', '項目對客戶所在地影響', { list: 'regionalImpact' }),
    field('competitors', 'text', 'Competing brands', '参与竞争品牌', '參與競爭品牌'),
    field('background', 'longtext', 'Project background', '项目背景', '項目背景'),
    field('relationship', 'list', 'Relationship degree', '客户关系度', '客戶關係度', { list: 'relationship' }),
    field('control', 'percent', 'Control share', '控制程度', '控制程度'),
    field('configuration', 'longtext', 'Configuration needs', '配置需求', '配置需求'),
    field('quantity', 'number', 'Quantity', '数量', '數量'),
    field('expected_price', 'money', 'Expected price', '希望价格', '希望價格'),
    field('our_quote', 'money', 'Our quote', '报价', '報價'),
    field('channel_credit', 'text', 'Credit of the supported channel', '所支持渠道的资信情况', '所支持渠道的資信情況'),
  ],
  reads: ['customers', 'opportunities', 'team', 'projects'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const cust = table(wb, 'customers');
    const crow = c.row('customer_id', cust, M.unknownCustomer, { required: true });
    const name = c.text('name', { required: true });
    const opps = table(wb, 'opportunities');
    const orow = c.row('opportunity', opps, M.unknownOpportunity);
    const ownerIn = c.blank('owner') ? ctx.actor : input.owner;
    const owner = findPerson(wb, ownerIn);
    if (!owner) c.fail('owner', c.blank('owner') ? M.unknownActor : M.unknownPerson, { got: String(ownerIn), actor: ctx.actor });
    const lang = ctx.lang;
    const rec: Record<string, unknown> = {};
    const lists: [string, string, boolean][] = [
      ['sales_method', 'salesMethod', true],
      ['tender_method', 'tenderMethod', false],
      ['bid_plan', 'bidPlan', false],
      ['regional_impact', 'regionalImpact', false],
      ['relationship', 'relationship', false],
    ];
    for (const [k, list, required] of lists) {
      const code = c.list(k, list, { required });
      if (code !== null) rec[k] = listLabel(list, code, lang);
    }
    for (const k of ['lots', 'single_quote']) {
      const b = c.yesNo(k);
      if (b !== null) rec[k] = listLabel('yesno', b ? 'yes' : 'no', lang);
    }
    for (const k of ['agents', 'delivery_place', 'competitors', 'channel_credit']) {
      const v = c.text(k);
      if (v !== null) rec[k] = v;
    }
    for (const k of ['evaluation', 'background', 'configuration']) {
      const v = c.text(k);
      if (v !== null) rec[k] = v;
    }
    const delivery = c.date('delivery_date');
    if (delivery !== null) rec.delivery_date = delivery;
    const control = c.percent('control');
    if (control !== null) rec.control = control;
    const quantity = c.number('quantity', { min: 0 });
    if (quantity !== null) rec.quantity = quantity;
    for (const k of ['expected_price', 'our_quote']) {
      const v = c.number(k, { min: 0 });
      if (v !== null) rec[k] = v;
    }
    if (!c.ok) return reject(c.errors);

    const proj = table(wb, 'projects');
    const id = nextId(proj, 'id', 'P');
    Object.assign(rec, {
      id,
      name: name!,
      customer_id: textOf(cust, crow, 'id'),
      opportunity: orow >= 0 ? textOf(opps, orow, 'id') : '',
      owner: owner!.name,
      created: today(ctx.now),
    });
    return {
      ok: true,
      id,
      writes: [appendWrite(proj, [rec]), auditWrite(wb, ctx, { command: 'newProject', table: 'projects', rowId: id, before: null, after: rec })],
      message: fill({ en: 'Project {id} {name} saved.', zh: '已保存项目 {id} {name}。', zhHant: '已儲存項目 {id} {name}。' }, { id, name: name! }),
    };
  },
};
