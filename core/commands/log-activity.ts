/**
 * Activity log (domain.md §8): visits, calls, meetings, and the daily prospecting count — new names
 * and introductions (against 8 and 3 a day, see ACTIVITY_PACE).
 */
import { fill } from '../i18n';
import { listLabel } from '../schema/lists';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject, updateWrite } from './result';
import { FOLLOW_UPS_DONE_FIELD, openFollowUps } from './follow-ups';
import type { CommandSpec } from './types';
import { findPerson, table, textOf, today } from './workbook';

export const logActivity: CommandSpec = {
  name: 'logActivity',
  title: { en: 'Log activity', zh: '记录活动', zhHant: '記錄活動' },
  group: 'activities',
  tip: { en: 'Record a visit, call or meeting at once.', zh: '及时记录拜访、电话或会议。', zhHant: '及時記錄拜訪、電話或會議。' },
  fields: [
    field('type', 'list', 'Activity', '活动类型', '活動類型', { list: 'activityType', required: true }),
    field('date', 'date', 'Date', '日期', '日期', { help: { en: 'Blank = today.', zh: '留空即为今天。', zhHant: '留空即為今天。' } }),
    field('person', 'person', 'Person', '姓名', '姓名', { help: { en: 'Blank = you.', zh: '留空即为本人。', zhHant: '留空即為本人。' } }),
    field('customer_id', 'customer', 'Customer', '客户', '客戶'),
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機'),
    field('new_names', 'number', 'New names', '新名单数', '新名單數'),
    field('introductions', 'number', 'Introductions', '引荐数', '引薦數'),
    field('notes', 'longtext', 'Notes', '记录', '記錄'),
    field('follow_up', 'date', 'Follow-up on', '跟进日期', '跟進日期'),
    FOLLOW_UPS_DONE_FIELD,
  ],
  reads: ['team', 'customers', 'opportunities', 'activities'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const type = c.list('type', 'activityType', { required: true });
    const date = c.date('date', { fallback: today(ctx.now) });
    const personIn = c.blank('person') ? ctx.actor : input.person;
    const person = findPerson(wb, personIn);
    if (!person) c.fail('person', c.blank('person') ? M.unknownActor : M.unknownPerson, { got: String(personIn), actor: ctx.actor });
    const cust = table(wb, 'customers');
    const crow = c.row('customer_id', cust, M.unknownCustomer);
    const opps = table(wb, 'opportunities');
    const orow = c.row('opportunity', opps, M.unknownOpportunity);
    const names = c.number('new_names', { min: 0, integer: true });
    const intros = c.number('introductions', { min: 0, integer: true });
    const notes = c.text('notes');
    const follow = c.date('follow_up');
    const settle = c.yesNo('follow_ups_done', true) !== false;
    if (!c.ok) return reject(c.errors);

    const rec: Record<string, unknown> = {
      date: date!,
      person: person!.name,
      type: listLabel('activityType', type!, ctx.lang),
      customer_id: crow >= 0 ? textOf(cust, crow, 'id') : '',
      opportunity: orow >= 0 ? textOf(opps, orow, 'id') : '',
      new_names: names ?? '',
      introductions: intros ?? '',
      notes: notes ?? '',
      follow_up: follow ?? '',
    };
    const act = table(wb, 'activities');
    const rowId = `${date} ${person!.name}`;
    // This activity with the customer settles the customer's open follow-ups (issue 13); its own follow-up is the next one.
    const settled = settle && crow >= 0 ? openFollowUps(act, String(rec.customer_id), date!) : [];
    const updates = settled.map((r) => updateWrite(act, r.row, { follow_up_done: date! }));
    const after = settled.length ? { ...rec, follow_ups_settled: settled.map((r) => r.follow_up).join(', ') } : rec;
    return {
      ok: true,
      writes: [...updates, appendWrite(act, [rec]), auditWrite(wb, ctx, { command: 'logActivity', table: 'activities', rowId, before: null, after })],
      message: fill({ en: 'Activity saved for {person} on {date}.', zh: '已记录 {person} 在 {date} 的活动。', zhHant: '已記錄 {person} 在 {date} 的活動。' }, { person: person!.name, date: date! }),
    };
  },
};
