/**
 * Change primary owner (domain.md §4 team rules): an opportunity has exactly one primary owner, and
 * only a superior of the current owner — anywhere up the Team hierarchy — may change it. A forecast
 * confirmation belongs to the owner who made it, so a confirmed opportunity becomes unconfirmed.
 */
import { fill } from '../i18n';
import { record } from '../schema/read';
import { auditWrite } from './audit';
import { formChanges, historyWrite } from './history';
import { Check } from './check';
import { M } from './messages';
import { field, reject, updateWrite } from './result';
import type { CommandSpec } from './types';
import { findPerson, isSuperior, table, textOf, yes } from './workbook';
import { normText } from '../cell';
import { listLabel } from '../schema/lists';
import { ownerChangeWrites } from './opportunity-team-rows';

export const changeOwner: CommandSpec = {
  name: 'changeOwner',
  title: { en: 'Change primary owner', zh: '变更主要负责人', zhHant: '變更主要負責人' },
  group: 'opportunities',
  tip: { en: "Change an opportunity's primary owner (the owner's superior only).", zh: '变更商机的主要负责人（仅限其上级）。', zhHant: '變更商機的主要負責人（僅限其上級）。' },
  short: { en: 'Change owner', zh: '变更负责人', zhHant: '變更負責人' },
  fields: [
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機', { required: true, choices: 'teamOpportunities' }),
    field('owner', 'person', 'New primary owner', '新主要负责人', '新主要負責人', { required: true, choices: 'team' }),
    field('reason', 'longtext', 'Reason', '原因', '原因'),
  ],
  reads: ['opportunities', 'team', 'opportunityTeam'],
  appends: ['history'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const opps = table(wb, 'opportunities');
    const orow = c.row('opportunity', opps, M.unknownOpportunity, { required: true });
    const next = c.blank('owner') ? (c.fail('owner', M.required), null) : findPerson(wb, input.owner);
    if (!c.has('owner') && !next) c.fail('owner', M.unknownPerson, { got: String(input.owner) });
    const reason = c.text('reason');
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    // The rules, checked with the fields so that every reason shows at once.
    const current = orow >= 0 ? textOf(opps, orow, 'owner') : '';
    if (actor && orow >= 0) {
      if (normText(current) === normText(actor.name)) c.fail('opportunity', M.ownOpportunity, { manager: actor.manager || '—' });
      else if (!isSuperior(wb, actor.name, current)) c.fail('opportunity', M.notSuperiorOwner, { owner: current || '—' });
    }
    if (actor && next) {
      if (orow >= 0 && findPerson(wb, current)?.name === next.name) c.fail('owner', M.sameOwner, { owner: next.name });
      else if (next.name !== actor.name && !isSuperior(wb, actor.name, next.name)) c.fail('owner', M.ownerNotInTeam, { person: next.name });
    }
    if (!c.ok) return reject(c.errors);
    const id = textOf(opps, orow, 'id');
    const was = record(opps, orow);
    const before: Record<string, unknown> = { owner: was.owner };
    const after: Record<string, unknown> = { owner: next!.name };
    // A forecast confirmation is the owner's own: the new owner has not confirmed it yet.
    if (yes(opps, orow, 'confirmed') === true) {
      before.confirmed = was.confirmed;
      after.confirmed = listLabel('yesno', 'no', ctx.lang);
    }
    return {
      ok: true,
      id,
      writes: [
        updateWrite(opps, orow, after),
        // The opportunity team's primary-owner row follows the owner (issue 13).
        ...ownerChangeWrites(wb, id, next!.name, ctx.lang),
        historyWrite(wb, formChanges(id, was, after), ctx, 'form')!,
        auditWrite(wb, ctx, { command: 'changeOwner', table: 'opportunities', rowId: id, before, after: reason ? { ...after, reason } : after }),
      ],
      message: fill({ en: '{id}: primary owner {from} → {to}.', zh: '{id}:主要负责人 {from} → {to}。', zhHant: '{id}:主要負責人 {from} → {to}。' }, { id, from: current, to: next!.name }),
    };
  },
};
