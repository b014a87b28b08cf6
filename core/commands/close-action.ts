/** Close an action: done or dropped, on a day (blank = today). Only its owner or a superior of theirs closes it. */
import { normText } from '../cell';
import { fill } from '../i18n';
import { listLabel, readList } from '../schema/lists';
import { AM } from './accounts-messages';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { field, reject, updateWrite } from './result';
import type { CommandSpec } from './types';
import { cellOf, findPerson, isSuperior, table, textOf, today } from './workbook';

export const closeAction: CommandSpec = {
  name: 'closeAction',
  title: { en: 'Close action', zh: '关闭行动计划', zhHant: '關閉行動計劃' },
  group: 'accounts',
  tip: { en: 'Mark an action done or dropped (its owner or a superior).', zh: '将行动标记为已完成或已放弃(负责人或其上级)。', zhHant: '將行動標記為已完成或已放棄(負責人或其上級)。' },
  fields: [
    field('id', 'text', 'Action ID', '行动编号', '行動編號', { required: true }),
    field('status', 'list', 'Status', '状态', '狀態', { list: 'actionStatus', required: true }),
    field('done_on', 'date', 'Done on', '完成日期', '完成日期', { help: { en: 'Blank = today.', zh: '留空即为今天。', zhHant: '留空即為今天。' } }),
  ],
  reads: ['actions', 'team'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const t = table(wb, 'actions');
    const row = c.row('id', t, AM.unknownAction, { required: true });
    const status = c.list('status', 'actionStatus', { required: true });
    if (status === 'open') c.fail('status', AM.closeStatus);
    const doneOn = c.date('done_on', { fallback: today(ctx.now) });
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    if (!c.ok) return reject(c.errors);
    const id = textOf(t, row, 'id');
    const was = readList('actionStatus', cellOf(t, row, 'status'));
    if (was === 'done' || was === 'dropped') return reject([{ field: 'id', message: fill(AM.actionClosed, { id, status: textOf(t, row, 'status') }) }]);
    const owner = findPerson(wb, textOf(t, row, 'owner'))?.name ?? textOf(t, row, 'owner');
    if (normText(owner) !== normText(actor!.name) && !isSuperior(wb, actor!.name, owner)) {
      return reject([{ field: '', message: fill(AM.notActionOwner, { owner: owner || '—', actor: actor!.name }) }]);
    }
    const after = { status: listLabel('actionStatus', status!, ctx.lang), done_on: doneOn! };
    const before = { status: cellOf(t, row, 'status'), done_on: cellOf(t, row, 'done_on') };
    return {
      ok: true,
      id,
      writes: [updateWrite(t, row, after), auditWrite(wb, ctx, { command: 'closeAction', table: 'actions', rowId: id, before, after })],
      message: fill({ en: 'Action {id}: {status} on {date}.', zh: '行动 {id}:{date} {status}。', zhHant: '行動 {id}:{date} {status}。' }, { id, status: after.status, date: doneOn! }),
    };
  },
};
