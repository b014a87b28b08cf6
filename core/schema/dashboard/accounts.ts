/**
 * Winning key accounts on the Dashboard (issue 13): the open opportunities at stage 03 or later whose
 * decision chain is not covered yet (DECISION_MAP: no decision maker, no coach, a decision maker
 * opposed), and the overdue actions and overdue follow-ups, person by person (in Team order, the most
 * overdue first). Lists of exceptions: a lane computes each row's flag once, another filters and sorts the exceptions.
 */
import { VERDICT_LABELS } from '../../model/decision-map';
import { every, isOneOf } from './template';
import type { L10n } from '../../i18n';
import type { DashboardArea, DashboardSection } from './types';

/** The stage number of an opportunity's stage cell (`03 …`, `3`), 0 when none (Lost, blank). */
const STAGE_NO = 'IFERROR(VALUE(LEFT(TRIM({out:decision_map.7}),2)),0)';
/** Over the decision-map lane (the opportunity's columns copied beside DECISION_MAP, so every array is the lane's size). */
const GAP = `(${STAGE_NO}>=3)*(${STAGE_NO}<=7)*({out:decision_map.5}<>"")*(1-${isOneOf('{out:decision_map.4}', every(VERDICT_LABELS.covered))})`;
/** A person's place in Team (unknown people after everyone). */
const place = (ref: string) => `IFERROR(MATCH(${ref},{ref:team.person},0),99999)`;
const H: Record<string, L10n> = {
  Key: { en: 'Order', zh: '排序', zhHant: '排序' },
  ID: { en: 'ID', zh: '编号', zhHant: '編號' },
  Owner: { en: 'Owner', zh: '负责人', zhHant: '負責人' },
  Person: { en: 'Person', zh: '姓名', zhHant: '姓名' },
  Stage: { en: 'Stage', zh: '阶段', zhHant: '階段' },
  Gap: { en: 'Gap', zh: '缺口', zhHant: '缺口' },
  Contacts: { en: 'Contacts', zh: '联系人数', zhHant: '聯繫人數' },
  Days: { en: 'Days overdue', zh: '逾期天数', zhHant: '逾期天數' },
  Action: { en: 'Action', zh: '行动', zhHant: '行動' },
  For: { en: 'For', zh: '关联编号', zhHant: '關聯編號' },
  'Follow-up': { en: 'Follow-up on', zh: '跟进日期', zhHant: '跟進日期' },
  Customer: { en: 'Customer ID', zh: '客户编号', zhHant: '客戶編號' },
  Date: { en: 'Last activity', zh: '上次活动', zhHant: '上次活動' },
};
const laneColumns = (keys: string[]) => keys.map((k) => ({ header: H[k], format: 'text' as const }));
const shown = (lane: string, col: number) => `IF({out:${lane}.0}="","",{out:${lane}.${col}})`;
/**
 * Only the exceptions, sorted: each column filtered by `flag` (FILTER one column at a time, as every
 * engine computes it), then sorted by `key` — the sort works on the few rows left, not the whole table.
 */
const exceptions = (flag: string, key: string, cols: string[]) =>
  `IFERROR(SORT(HSTACK(${[key, ...cols].map((c) => `FILTER(${c},${flag})`).join(',')}),1,1),"")`;

const gaps: DashboardSection = {
  id: 'coverage_gaps',
  order: 65,
  title: { en: 'Decision chain not covered (open, stage 03 or later)', zh: '决策链未覆盖的商机(进行中,阶段 03 及以后)', zhHant: '決策鏈未覆蓋的商機(進行中,階段 03 及以後)' },
  note: {
    en: 'Stage 03 is "map the customer organisation": from there an open opportunity needs a known decision maker and a coach (insider), and no decision maker against us (DECISION_MAP over the Decision chain sheet). The first gap is shown; add the contacts with the Add or update contact form.',
    zh: '阶段 03 为“全面掌握客户组织关系”:此后进行中的商机应已知决策者和内线,且没有决策者反对(对客户组织表计算 DECISION_MAP)。显示第一个缺口;请用“登记或更新联系人”表单补充。',
    zhHant: '階段 03 為「全面掌握客戶組織關係」:此後進行中的商機應已知決策者和內線,且沒有決策者反對(對客戶組織表計算 DECISION_MAP)。顯示第一個缺口;請用「登記或更新聯繫人」表單補充。',
  },
  columns: [
    { header: { en: 'Opportunity ID', zh: '商机编号', zhHant: '商機編號' }, format: 'text' },
    { header: { en: 'Primary owner', zh: '主要负责人', zhHant: '主要負責人' }, format: 'text' },
    { header: { en: 'Stage', zh: '阶段', zhHant: '階段' }, format: 'text' },
    { header: { en: 'Gap', zh: '缺口', zhHant: '缺口' }, format: 'text' },
    { header: { en: 'Contacts', zh: '联系人数', zhHant: '聯繫人數' }, format: 'integer' },
  ],
  cells: [0, 1, 2, 3, 4].map((col) => ({ col, formula: shown('gap_sorted', col + 1), array: true })),
  extent: { per: 'opportunities', share: 0.2, min: 10 },
};

const overdueActions: DashboardSection = {
  id: 'overdue_actions',
  order: 66,
  title: { en: 'Overdue actions, person by person', zh: '逾期行动计划(按人员)', zhHant: '逾期行動計劃(按人員)' },
  note: {
    en: 'Open actions past their due date (OVERDUE over the Actions sheet), each owner\u2019s together in Team order, the most overdue first. Close them with the Close action form.',
    zh: '已过完成期限仍未关闭的行动(对行动计划表计算 OVERDUE),按销售团队表顺序逐人列出,逾期最久的在前。完成后请用“关闭行动计划”表单关闭。',
    zhHant: '已過完成期限仍未關閉的行動(對行動計劃表計算 OVERDUE),按銷售團隊表順序逐人列出,逾期最久的在前。完成後請用「關閉行動計劃」表單關閉。',
  },
  columns: [
    { header: { en: 'Owner', zh: '负责人', zhHant: '負責人' }, format: 'text' },
    { header: { en: 'Days overdue', zh: '逾期天数', zhHant: '逾期天數' }, format: 'integer' },
    { header: { en: 'Action ID', zh: '行动编号', zhHant: '行動編號' }, format: 'text' },
    { header: { en: 'Action', zh: '行动', zhHant: '行動' }, format: 'text' },
    { header: { en: 'For', zh: '关联编号', zhHant: '關聯編號' }, format: 'text' },
  ],
  cells: [0, 1, 2, 3, 4].map((col) => ({ col, formula: shown('overdue_sorted', col + 1), array: true })),
  extent: { per: 'actions', share: 0.5, min: 10 },
};

const overdueFollowUps: DashboardSection = {
  id: 'overdue_follow_ups',
  order: 67,
  title: { en: 'Overdue follow-ups, person by person', zh: '逾期跟进(按人员)', zhHant: '逾期跟進(按人員)' },
  note: {
    en: 'Activities whose follow-up date has passed and that no later activity with the customer has settled (Activities "Follow-up settled on" blank), each person\u2019s together in Team order, the most overdue first.',
    zh: '跟进日期已过、且尚无后续活动了结的活动记录(“跟进完成日期”为空),按销售团队表顺序逐人列出,逾期最久的在前。',
    zhHant: '跟進日期已過、且尚無後續活動了結的活動記錄(「跟進完成日期」為空),按銷售團隊表順序逐人列出,逾期最久的在前。',
  },
  columns: [
    { header: { en: 'Person', zh: '姓名', zhHant: '姓名' }, format: 'text' },
    { header: { en: 'Days overdue', zh: '逾期天数', zhHant: '逾期天數' }, format: 'integer' },
    { header: { en: 'Follow-up on', zh: '跟进日期', zhHant: '跟進日期' }, format: 'date' },
    { header: { en: 'Customer ID', zh: '客户编号', zhHant: '客戶編號' }, format: 'text' },
    { header: { en: 'Last activity', zh: '上次活动', zhHant: '上次活動' }, format: 'date' },
  ],
  cells: [0, 1, 2, 3, 4].map((col) => ({ col, formula: shown('follow_up_sorted', col + 1), array: true })),
  extent: { per: 'activities', share: 0.1, min: 10 },
};

/** The overdue days of an open action (0 not overdue, blank when closed). */
const ACTION_DAYS = 'IFERROR(--{fn:OVERDUE}({ref:actions.due},{ref:actions.status},{today}),0)';
const FOLLOW_DAYS = '({ref:activities.follow_up}<>"")*({ref:activities.follow_up_done}="")*IFERROR(({today}-{ref:activities.follow_up}),0)';

export const ACCOUNTS_DASHBOARD: DashboardArea = {
  sections: [
    gaps,
    overdueActions,
    overdueFollowUps,
    {
      id: 'decision_map',
      order: 82,
      lane: true,
      title: { en: 'Decision chain per opportunity', zh: '每个商机的决策链', zhHant: '每個商機的決策鏈' },
      columns: [
        { header: { en: 'Contacts', zh: '联系人数', zhHant: '聯繫人數' }, format: 'integer' },
        { header: { en: 'Decision maker', zh: '决策者', zhHant: '決策者' }, format: 'text' },
        { header: { en: 'Coach', zh: '内线', zhHant: '內線' }, format: 'text' },
        { header: { en: 'Supporters − opponents', zh: '支持 − 反对', zhHant: '支持 − 反對' }, format: 'integer' },
        { header: { en: 'Verdict', zh: '结论', zhHant: '結論' }, format: 'text' },
        { header: { en: 'Opportunity ID', zh: '商机编号', zhHant: '商機編號' }, format: 'text' },
        { header: { en: 'Primary owner', zh: '主要负责人', zhHant: '主要負責人' }, format: 'text' },
        { header: { en: 'Stage', zh: '阶段', zhHant: '階段' }, format: 'text' },
        { header: { en: 'Gap', zh: '缺口', zhHant: '缺口' }, format: 'integer' },
      ],
      cells: [
        { col: 0, formula: '{fn:DECISION_MAP}({ref:opportunities.id},{ref:contacts.opportunity:relationship})' },
        { col: 5, formula: '{ref:opportunities.id}', array: true },
        { col: 6, formula: '{ref:opportunities.owner}', array: true },
        { col: 7, formula: '{ref:opportunities.stage}', array: true },
        { col: 8, formula: GAP, array: true },
      ],
      extent: { per: 'opportunities' },
    },
    {
      id: 'gap_sorted',
      order: 83,
      lane: true,
      title: { en: 'Opportunities by decision-chain gap', zh: '按决策链缺口排序的商机', zhHant: '按決策鏈缺口排序的商機' },
      columns: laneColumns(['Key', 'ID', 'Owner', 'Stage', 'Gap', 'Contacts']),
      cells: [
        {
          col: 0,
          formula: exceptions('{out:decision_map.8}=1', place('{out:decision_map.6}'), ['{out:decision_map.5}', '{out:decision_map.6}', '{out:decision_map.7}', '{out:decision_map.4}', '{out:decision_map.0}']),
          array: true,
        },
      ],
      extent: { per: 'opportunities' },
    },
    {
      id: 'action_days',
      order: 84,
      lane: true,
      title: { en: 'Days overdue per action', zh: '每个行动的逾期天数', zhHant: '每個行動的逾期天數' },
      columns: laneColumns(['Days', 'Owner', 'ID', 'Action', 'For']),
      cells: [
        { col: 0, formula: ACTION_DAYS, array: true },
        { col: 1, formula: '{ref:actions.owner}', array: true },
        { col: 2, formula: '{ref:actions.id}', array: true },
        { col: 3, formula: '{ref:actions.action}', array: true },
        { col: 4, formula: '{ref:actions.ref}', array: true },
      ],
      extent: { per: 'actions' },
    },
    {
      id: 'overdue_sorted',
      order: 85,
      lane: true,
      title: { en: 'Actions by owner and days overdue', zh: '按负责人和逾期天数排序的行动', zhHant: '按負責人和逾期天數排序的行動' },
      columns: laneColumns(['Key', 'Owner', 'Days', 'ID', 'Action', 'For']),
      cells: [
        {
          col: 0,
          formula: exceptions('{out:action_days.0}>0', `${place('{out:action_days.1}')}*100000-{out:action_days.0}`, ['{out:action_days.1}', '{out:action_days.0}', '{out:action_days.2}', '{out:action_days.3}', '{out:action_days.4}']),
          array: true,
        },
      ],
      extent: { per: 'actions' },
    },
    {
      id: 'follow_up_days',
      order: 86,
      lane: true,
      title: { en: 'Days overdue per follow-up', zh: '每个跟进的逾期天数', zhHant: '每個跟進的逾期天數' },
      columns: laneColumns(['Days', 'Person', 'Follow-up', 'Customer', 'Date']),
      cells: [
        { col: 0, formula: FOLLOW_DAYS, array: true },
        { col: 1, formula: '{ref:activities.person}', array: true },
        { col: 2, formula: '{ref:activities.follow_up}', array: true },
        { col: 3, formula: '{ref:activities.customer_id}', array: true },
        { col: 4, formula: '{ref:activities.date}', array: true },
      ],
      extent: { per: 'activities' },
    },
    {
      id: 'follow_up_sorted',
      order: 87,
      lane: true,
      title: { en: 'Follow-ups by person and days overdue', zh: '按人员和逾期天数排序的跟进', zhHant: '按人員和逾期天數排序的跟進' },
      columns: laneColumns(['Key', 'Person', 'Days', 'Follow-up', 'Customer', 'Date']),
      cells: [
        {
          col: 0,
          formula: exceptions('{out:follow_up_days.0}>0', `${place('{out:follow_up_days.1}')}*100000-{out:follow_up_days.0}`, ['{out:follow_up_days.1}', '{out:follow_up_days.0}', '{out:follow_up_days.2}', '{out:follow_up_days.3}', '{out:follow_up_days.4}']),
          array: true,
        },
      ],
      extent: { per: 'activities' },
    },
  ],
};
