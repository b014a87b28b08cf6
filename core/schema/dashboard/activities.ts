/**
 * Daily practice on the Dashboard (domain.md §8): open complaints, overdue follow-ups, and the
 * team's prospecting pace against 8 new names and 3 introductions a day.
 */
import { t, type L10n } from '../../i18n';
import { INTRODUCTIONS_PER_DAY, NAMES_PER_DAY } from '../../model/activity';
import { listSpec } from '../lists';
import { every, quote } from './template';
import type { DashboardArea, LayoutEnv } from './types';

const label = (list: string, code: string): L10n => listSpec(list).items.find((i) => i.code === code)!.label;
const countOf = (range: string, l: L10n) => every(l).map((x) => `COUNTIF(${range},${quote(x)})`).join('+');

/** Working days of the period so far × account managers (at least one of each). */
const PERSON_DAYS = `MAX(1,NETWORKDAYS({ref:settings.period_from},MIN({ref:settings.period_to},{today})))*MAX(1,${countOf('{range:team.role}', label('role', 'account_manager'))})`;
const SINCE = '{range:activities.date},">="&{ref:settings.period_from},{range:activities.date},"<="&{today}';
const names = `SUMIFS({range:activities.new_names},${SINCE})`;
const intros = `SUMIFS({range:activities.introductions},${SINCE})`;
const pace = (col: number) => (env: LayoutEnv) =>
  `${quote(t({ en: `${col === 1 ? NAMES_PER_DAY : INTRODUCTIONS_PER_DAY}/day: `, zh: `目标 ${col === 1 ? NAMES_PER_DAY : INTRODUCTIONS_PER_DAY} · `, zhHant: `目標 ${col === 1 ? NAMES_PER_DAY : INTRODUCTIONS_PER_DAY} · ` }, env.lang))}&ROUND(INDEX({fn:ACTIVITY_PACE}(${names},${intros},${PERSON_DAYS}),1,${col})*100,0)&"%"`;

export const ACTIVITIES_DASHBOARD: DashboardArea = {
  figures: [
    {
      id: 'complaints',
      order: 90,
      label: { en: 'Complaints', zh: '未结投诉', zhHant: '未結投訴' },
      formula: `COUNTA({range:complaints.id})-(${countOf('{range:complaints.status}', label('complaintStatus', 'resolved'))})`,
      format: 'integer',
      detail: { text: { en: 'still open', zh: '处理中', zhHant: '處理中' } },
      span: 1,
    },
    {
      id: 'follow_ups',
      order: 100,
      label: { en: 'Overdue', zh: '逾期跟进', zhHant: '逾期跟進' },
      // Issue 13: a follow-up a later activity settled (Follow-up settled on) is not overdue.
      formula: 'COUNTIFS({range:activities.follow_up},">="&{ref:settings.period_from},{range:activities.follow_up},"<"&{today},{range:activities.follow_up_done},"")',
      format: 'integer',
      detail: { text: { en: 'follow-ups', zh: '本期已到期', zhHant: '本期已到期' } },
      span: 1,
    },
    {
      id: 'names',
      order: 110,
      label: { en: 'Names/day', zh: '日均新名单', zhHant: '日均新名單' },
      formula: `${names}/(${PERSON_DAYS})`,
      format: 'number',
      detail: { formula: pace(1), format: 'text' },
      span: 1,
    },
    {
      id: 'introductions',
      order: 120,
      label: { en: 'Intros/day', zh: '日均引荐', zhHant: '日均引薦' },
      formula: `${intros}/(${PERSON_DAYS})`,
      format: 'number',
      detail: { formula: pace(2), format: 'text' },
      span: 1,
    },
  ],
};
