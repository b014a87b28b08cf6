/**
 * Add an action (S0 "制定行动计划和分派活动"; S2 the plan's initiatives and their financial impact): what
 * is to be done, for which account plan or opportunity, by whom and by when. It starts open; OVERDUE and
 * the Dashboard count the days once its due date has passed.
 */
import { fill } from '../i18n';
import { listLabel } from '../schema/lists';
import { AM } from './accounts-messages';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject } from './result';
import type { CommandSpec } from './types';
import { findPerson, findRow, nextId, table, textOf } from './workbook';

export const addAction: CommandSpec = {
  name: 'addAction',
  title: { en: 'Add action', zh: '新增行动计划', zhHant: '新增行動計劃' },
  group: 'accounts',
  tip: { en: 'An initiative of an account plan or an action for an opportunity, with an owner and a due date.', zh: '大客户规划的举措或商机的行动计划,指定负责人和完成期限。', zhHant: '大客戶規劃的舉措或商機的行動計劃,指定負責人和完成期限。' },
  fields: [
    field('ref', 'text', 'For (plan, opportunity or customer ID)', '关联编号(规划、商机或客户)', '關聯編號(規劃、商機或客戶)', { required: true }),
    field('action', 'text', 'Action', '行动', '行動', { required: true }),
    field('owner', 'person', 'Owner', '负责人', '負責人', { help: { en: 'Blank = you.', zh: '留空即为本人。', zhHant: '留空即為本人。' } }),
    field('due', 'date', 'Due date', '完成期限', '完成期限', { required: true }),
    field('impact', 'money', 'Expected impact', '预期财务影响', '預期財務影響'),
  ],
  reads: ['actions', 'accountPlans', 'opportunities', 'customers', 'team'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const refIn = c.text('ref', { required: true });
    let ref: string | null = null;
    if (refIn !== null) {
      for (const id of ['accountPlans', 'opportunities', 'customers'] as const) {
        const t = table(wb, id);
        const r = findRow(t, 'id', refIn);
        if (r >= 0) {
          ref = textOf(t, r, 'id');
          break;
        }
      }
      if (ref === null) c.fail('ref', AM.unknownRef, { got: refIn });
    }
    const what = c.text('action', { required: true });
    const ownerIn = c.blank('owner') ? ctx.actor : input.owner;
    const owner = findPerson(wb, ownerIn);
    if (!owner) c.fail('owner', c.blank('owner') ? M.unknownActor : M.unknownPerson, { got: String(ownerIn), actor: ctx.actor });
    const due = c.date('due', { required: true });
    const impact = c.number('impact', { min: 0 });
    if (!c.ok) return reject(c.errors);
    const t = table(wb, 'actions');
    const id = nextId(t, 'id', 'AC');
    const rec = { id, ref: ref!, action: what!, owner: owner!.name, due: due!, status: listLabel('actionStatus', 'open', ctx.lang), impact: impact ?? '', done_on: '' };
    return {
      ok: true,
      id,
      writes: [appendWrite(t, [rec]), auditWrite(wb, ctx, { command: 'addAction', table: 'actions', rowId: id, before: null, after: rec })],
      message: fill({ en: 'Action {id} for {owner}, due {due}.', zh: '已新增行动 {id},负责人 {owner},期限 {due}。', zhHant: '已新增行動 {id},負責人 {owner},期限 {due}。' }, { id, owner: owner!.name, due: due! }),
    };
  },
};
