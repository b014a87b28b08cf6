/** Remove an opportunity-team member: the row is cleared; the primary owner stays; splits must still total 100 % (or all be blank). */
import { normText } from '../cell';
import { fill } from '../i18n';
import { AM } from './accounts-messages';
import { Check } from './check';
import { M } from './messages';
import { OWNER_SPLIT_FIELD, teamChange, teamContext } from './add-team-member';
import { splitCell, teamRows } from './opportunity-team-rows';
import { field, reject } from './result';
import type { CommandSpec } from './types';
import { findPerson, table, textOf } from './workbook';

export const removeTeamMember: CommandSpec = {
  name: 'removeTeamMember',
  title: { en: 'Remove team member', zh: '移出商机团队成员', zhHant: '移出商機團隊成員' },
  group: 'team',
  tip: { en: 'Take a person off an opportunity\u2019s team (the primary owner stays; splits still total 100 %).', zh: '将人员移出商机团队(主要负责人保留;比例仍须合计 100%)。', zhHant: '將人員移出商機團隊(主要負責人保留;比例仍須合計 100%)。' },
  short: { en: 'Remove member', zh: '移出成员', zhHant: '移出成員' },
  fields: [
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機', { required: true }),
    field('member', 'person', 'Member', '成员', '成員', { required: true }),
    OWNER_SPLIT_FIELD,
    field('reason', 'longtext', 'Reason', '原因', '原因'),
  ],
  reads: ['opportunities', 'opportunityTeam', 'team'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const name = c.text('member', { required: true });
    const ownerSplit = c.percent('owner_split');
    const reason = c.text('reason');
    const tc = teamContext(wb, c, ctx);
    if (Array.isArray(tc)) return reject(tc);
    if (!c.ok) return reject(c.errors);
    const { id, owner } = tc;
    const member = findPerson(wb, name)?.name ?? name!;
    const t = table(wb, 'opportunityTeam');
    const rows = teamRows(t, id);
    const primary = rows.find((r) => r.role === 'primary');
    const gone = rows.filter((r) => normText(r.member) === normText(member));
    if (gone.length === 0) return reject([{ field: 'member', message: fill(AM.notMember, { member, id }) }]);
    if (gone.some((r) => r === primary) || normText(member) === normText(owner)) return reject([{ field: 'member', message: AM.removePrimary }]);
    const after = rows.filter((r) => !gone.includes(r)).map((r) => ({ member: r.member, split: r === primary && ownerSplit !== null ? ownerSplit : r.split }));
    const update = primary && ownerSplit !== null ? [{ row: primary.row, values: { split: splitCell(ownerSplit) } }] : [];
    const before = { member, role: textOf(t, gone[0].row, 'role'), split: textOf(t, gone[0].row, 'split'), ...(ownerSplit !== null && primary ? { owner_split: textOf(t, primary.row, 'split') } : {}) };
    const auditAfter: Record<string, unknown> | null = ownerSplit !== null && primary ? { owner_split: splitCell(ownerSplit) } : reason ? {} : null;
    if (reason && auditAfter) auditAfter.reason = reason;
    return teamChange(wb, ctx, 'removeTeamMember', id, owner, rows, { update, clear: gone.map((r) => r.row) }, after, { before, after: auditAfter }, fill({ en: '{id}: {member} left the team.', zh: '{id}:{member} 已移出团队。', zhHant: '{id}:{member} 已移出團隊。' }, { id, member }));
  },
};
