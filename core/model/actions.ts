/**
 * Actions (S0 "制定行动计划和分派活动"; S2 "举措应该分阶段实施"): the account plan's initiatives and every
 * action plan, with an owner and a due date; open until done or dropped. An open action past its due
 * date is overdue by the days since (0 on the due date itself).
 */
import type { Item } from './items';

export const ACTION_STATUSES: readonly Item[] = [
  { code: 'open', label: { en: 'Open', zh: '进行中', zhHant: '進行中' }, aliases: ['未完成', 'todo', 'to do'] },
  { code: 'done', label: { en: 'Done', zh: '已完成', zhHant: '已完成' }, aliases: ['完成', 'closed'] },
  { code: 'dropped', label: { en: 'Dropped', zh: '已放弃', zhHant: '已放棄' }, aliases: ['放弃', '放棄', 'cancelled', 'canceled', '取消'] },
];

export const PLAN_STATUSES: readonly Item[] = [
  { code: 'draft', label: { en: 'Draft', zh: '草稿', zhHant: '草稿' } },
  { code: 'approved', label: { en: 'Approved', zh: '已批准', zhHant: '已核定' }, aliases: ['已批準', '已核准'] },
];

/**
 * Days overdue of an action (day serials; status code, `null` = blank = open): the days from the due
 * date to `asOf` for an open action (0 when due on `asOf` or later); `null` when done, dropped or without a due date.
 */
export function overdueDays(due: number | null, status: string | null, asOf: number): number | null {
  if (status === 'done' || status === 'dropped' || due === null) return null;
  const d = Math.floor(asOf) - Math.floor(due);
  return d > 0 ? d : 0;
}
