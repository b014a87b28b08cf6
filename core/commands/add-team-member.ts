/**
 * Add (or update) an opportunity-team member (S0 "销售团队 = 所有参与某一商业机会实现过程的人员"): a
 * person with a role and, where the team shares the credit, a revenue split. The primary-owner row is the
 * opportunity's owner — added with the first member; splits, when given, must total 100 % (the primary
 * owner's split may be set in the same form), or the form is refused with the reason. Only the primary
 * owner or a superior of theirs changes the team.
 */
import { normText } from '../cell';
import { fill } from '../i18n';
import { listLabel } from '../schema/lists';
import { AM } from './accounts-messages';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { splitCell, splitProblem, teamRows, type TeamRow } from './opportunity-team-rows';
import { appendWrite, field, reject, updateWrite } from './result';
import type { CommandResult, CommandSpec, FieldError, Write } from './types';
import { findPerson, isSuperior, table, textOf, type Person } from './workbook';
import type { CommandCtx } from './types';
import type { Workbook } from '../schema/types';

export const OWNER_SPLIT_FIELD = field('owner_split', 'percent', "Primary owner's split", '主要负责人比例', '主要負責人比例', {
  help: { en: 'The primary owner\u2019s share after this change (blank = as it is).', zh: '本次调整后主要负责人的分配比例(留空 = 不变)。', zhHant: '本次調整後主要負責人的分配比例(留空 = 不變)。' },
});

/** The opportunity, its owner and the acting person, checked: the actor must be the owner or above them. */
export function teamContext(wb: Workbook, c: Check, ctx: CommandCtx): { orow: number; id: string; owner: string; actor: Person } | FieldError[] {
  const opps = table(wb, 'opportunities');
  const orow = c.row('opportunity', opps, M.unknownOpportunity, { required: true });
  const actor = findPerson(wb, ctx.actor);
  if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
  if (!c.ok) return c.errors;
  const id = textOf(opps, orow, 'id');
  const owner = findPerson(wb, textOf(opps, orow, 'owner'))?.name ?? textOf(opps, orow, 'owner');
  if (normText(owner) !== normText(actor!.name) && !isSuperior(wb, actor!.name, owner)) return [{ field: '', message: fill(AM.notTeamOwner, { owner: owner || '—', id, actor: actor!.name }) }];
  return { orow, id, owner, actor: actor! };
}

/** The writes of a team change whose members after it are `after` (each with its row, or -1 for a new row), checked against the split rule. */
export function teamChange(
  wb: Workbook,
  ctx: CommandCtx,
  command: 'addTeamMember' | 'removeTeamMember',
  id: string,
  owner: string,
  rows: TeamRow[],
  change: { add?: Record<string, unknown>; update?: { row: number; values: Record<string, unknown> }[]; clear?: number[] },
  after: { member: string; split: number | null | undefined }[],
  audit: { before: Record<string, unknown> | null; after: Record<string, unknown> | null },
  message: { en: string; zh: string; zhHant?: string },
): CommandResult {
  const problem = splitProblem(id, after);
  if (problem) return reject([{ field: 'split', message: problem }]);
  const t = table(wb, 'opportunityTeam');
  const writes: Write[] = [];
  for (const u of change.update ?? []) writes.push(updateWrite(t, u.row, u.values));
  for (const r of change.clear ?? []) writes.push(updateWrite(t, r, Object.fromEntries(t.spec.columns.map((c) => [c.key, '']))));
  const added: Record<string, unknown>[] = [];
  // The primary-owner row: added with the team's first member when the opportunity has none.
  if (command === 'addTeamMember' && !rows.some((r) => r.role === 'primary')) {
    const ownerAfter = after.find((m) => normText(m.member) === normText(owner));
    added.push({ opportunity: id, member: owner, role: listLabel('teamRole', 'primary', ctx.lang), split: splitCell(ownerAfter?.split) });
  }
  if (change.add) added.push(change.add);
  if (added.length) writes.push(appendWrite(t, added));
  writes.push(auditWrite(wb, ctx, { command, table: 'opportunityTeam', rowId: id, before: audit.before, after: audit.after }));
  return { ok: true, id, writes, message };
}

export const addTeamMember: CommandSpec = {
  name: 'addTeamMember',
  title: { en: 'Add team member', zh: '添加商机团队成员', zhHant: '添加商機團隊成員' },
  group: 'team',
  tip: { en: 'Put a person on an opportunity\u2019s team with a role and a revenue split (splits total 100 %).', zh: '将人员加入商机团队,并设定角色和业绩分配比例(合计 100%)。', zhHant: '將人員加入商機團隊,並設定角色和業績分配比例(合計 100%)。' },
  short: { en: 'Add member', zh: '添加成员', zhHant: '添加成員' },
  fields: [
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機', { required: true }),
    field('member', 'person', 'Member', '成员', '成員', { required: true }),
    field('role', 'list', 'Role', '角色', '角色', { list: 'teamRole', required: true }),
    field('split', 'percent', 'Revenue split', '业绩分配比例', '業績分配比例', {
      help: { en: '0.4, 40% or 40; blank = no share. Given splits total 100 % per opportunity.', zh: '0.4、40% 或 40;留空 = 不分配。填写的比例每个商机合计 100%。', zhHant: '0.4、40% 或 40;留空 = 不分配。填寫的比例每個商機合計 100%。' },
    }),
    OWNER_SPLIT_FIELD,
    field('reason', 'longtext', 'Reason', '原因', '原因'),
  ],
  reads: ['opportunities', 'opportunityTeam', 'team'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const member = c.blank('member') ? (c.fail('member', M.required), null) : findPerson(wb, input.member);
    if (!c.has('member') && !member) c.fail('member', M.unknownPerson, { got: String(input.member) });
    const role = c.list('role', 'teamRole', { required: true });
    const split = c.percent('split');
    const ownerSplit = c.percent('owner_split');
    const reason = c.text('reason');
    const tc = teamContext(wb, c, ctx);
    if (Array.isArray(tc)) return reject(tc);
    if (!c.ok) return reject(c.errors);
    const { id, owner } = tc;
    if (role === 'primary') return reject([{ field: 'role', message: fill(AM.primaryRole, { owner }) }]);
    if (normText(member!.name) === normText(owner)) return reject([{ field: 'member', message: fill(AM.isOwner, { member: member!.name, id }) }]);

    const t = table(wb, 'opportunityTeam');
    const rows = teamRows(t, id);
    const primary = rows.find((r) => r.role === 'primary');
    const existing = rows.find((r) => r !== primary && normText(r.member) === normText(member!.name));
    const roleLabel = listLabel('teamRole', role!, ctx.lang);
    // The team after the change: the owner (their row, or the one added), the others, the member.
    const after = rows.filter((r) => r !== existing).map((r) => ({ member: r.member, split: r === primary && ownerSplit !== null ? ownerSplit : r.split }));
    if (!primary) after.unshift({ member: owner, split: ownerSplit });
    after.push({ member: member!.name, split });
    const update: { row: number; values: Record<string, unknown> }[] = [];
    if (primary && ownerSplit !== null) update.push({ row: primary.row, values: { split: splitCell(ownerSplit) } });
    let add: Record<string, unknown> | undefined;
    const values = { opportunity: id, member: member!.name, role: roleLabel, split: splitCell(split) };
    if (existing) update.push({ row: existing.row, values });
    else add = values;
    const before = existing ? { member: existing.member, role: textOf(t, existing.row, 'role'), split: textOf(t, existing.row, 'split') } : null;
    const auditAfter: Record<string, unknown> = { member: member!.name, role: roleLabel, split: splitCell(split) };
    if (ownerSplit !== null || !primary) auditAfter.owner_split = splitCell(ownerSplit);
    if (reason) auditAfter.reason = reason;
    return teamChange(wb, ctx, 'addTeamMember', id, owner, rows, { add, update }, after, { before, after: auditAfter }, fill(
      existing
        ? { en: '{id}: {member} is now {role} on the team.', zh: '{id}:{member} 在团队中的角色已更新为{role}。', zhHant: '{id}:{member} 在團隊中的角色已更新為{role}。' }
        : { en: '{id}: {member} joined the team as {role}.', zh: '{id}:{member} 以{role}身份加入团队。', zhHant: '{id}:{member} 以{role}身份加入團隊。' },
      { id, member: member!.name, role: roleLabel },
    ));
  },
};
