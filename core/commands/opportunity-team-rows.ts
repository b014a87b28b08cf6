/**
 * The opportunity team's rows as the team forms and changeOwner see them: which rows belong to an
 * opportunity, which is the primary owner's, and whether the splits of a team total 100 %.
 */
import { normText } from '../cell';
import { fill, type L10n, type Lang } from '../i18n';
import { itemReader } from '../model/items';
import { percentText, readSplit, TEAM_ROLES, totalsHundred } from '../model/opportunity-team';
import { listLabel } from '../schema/lists';
import type { TableData, Workbook } from '../schema/types';
import { AM } from './accounts-messages';
import { updateWrite } from './result';
import type { Write } from './types';
import { cellOf, table, textOf } from './workbook';

const readRole = itemReader(TEAM_ROLES);

export interface TeamRow {
  row: number;
  member: string;
  role: string | null | undefined;
  /** The split as a fraction; `null` blank, `undefined` unreadable. */
  split: number | null | undefined;
}

/** The team rows of opportunity `id` (IDs compared trimmed, any case). */
export function teamRows(t: TableData, id: string): TeamRow[] {
  const want = normText(id);
  const out: TeamRow[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    if (normText(cellOf(t, i, 'opportunity')) !== want || textOf(t, i, 'member') === '') continue;
    out.push({ row: i, member: textOf(t, i, 'member'), role: readRole(cellOf(t, i, 'role')), split: readSplit(cellOf(t, i, 'split')) });
  }
  return out;
}

/** A team's members with their splits after a change, as the rule sees them: `null` when every split is blank or they total 100 %, else the reason. */
export function splitProblem(id: string, members: { member: string; split: number | null | undefined }[]): L10n | null {
  const given = members.filter((m) => m.split !== null && m.split !== undefined);
  if (given.length === 0) return null;
  const total = given.reduce((s, m) => s + (m.split as number), 0);
  if (totalsHundred(total)) return null;
  return fill(AM.splits, { id, total: percentText(total), list: given.map((m) => `${m.member} ${percentText(m.split as number)}`).join(', ') });
}

/** The split as written into a cell: the fraction (the column is formatted as a percentage). */
export const splitCell = (f: number | null | undefined): number | string => (f === null || f === undefined ? '' : Math.round(f * 100000) / 100000);

/**
 * What an owner change does to the opportunity's team: the primary-owner row now names the new owner; a
 * row the new owner already had on the team is folded into it (its split added), so each person stays
 * once. Nothing when the opportunity has no primary-owner row.
 */
export function ownerChangeWrites(wb: Workbook, oppId: string, next: string, lang: Lang): Write[] {
  const t = table(wb, 'opportunityTeam');
  const rows = teamRows(t, oppId);
  const primary = rows.find((r) => r.role === 'primary');
  if (!primary) return [];
  const writes: Write[] = [];
  const theirs = rows.find((r) => r !== primary && normText(r.member) === normText(next));
  const changes: Record<string, unknown> = { member: next, role: listLabel('teamRole', 'primary', lang) };
  if (theirs) {
    const a = primary.split ?? null;
    const b = theirs.split ?? null;
    if (a !== null || b !== null) changes.split = splitCell((a ?? 0) + (b ?? 0));
    writes.push(updateWrite(t, theirs.row, Object.fromEntries(t.spec.columns.map((c) => [c.key, '']))));
  }
  writes.unshift(updateWrite(t, primary.row, changes));
  return writes;
}
