/**
 * Key-account work (domain.md §5): project (bid) records; and winning the account (issue 13): the
 * customer's organisation and decision chain (contacts), the account plan of the telecom text's six-step
 * analysis with its actions, the opportunity team, and the objection playbook.
 */
import { ACTION_STATUSES, PLAN_STATUSES } from '../model/actions';
import { ATTITUDES, BUYING_ROLES, RELATIONSHIP_STAGES } from '../model/decision-map';
import { DEV_STAGES, DEV_STAGE_NAMES, STOP_REASONS } from '../model/development';
import type { Item } from '../model/items';
import { TEAM_ROLES } from '../model/opportunity-team';
import { c, L } from './column';
import type { ListSpec, SettingSpec, TableSpec } from './types';

export const PROJECTS: TableSpec = {
  id: 'projects',
  name: 'KA_Projects',
  sheet: { en: 'Key-account projects', zh: '大客户项目', zhHant: '大客戶項目' },
  columns: [
    c('id', 'id', 'Project ID', '项目编号', '項目編號', { required: true, width: 90 }),
    c('name', 'text', 'Project', '项目名称', '項目名稱', { required: true, width: 180 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { required: true, width: 90 }),
    c('opportunity', 'opportunity', 'Opportunity ID', '商机编号', '商機編號', { width: 90 }),
    c('owner', 'person', 'Owner', '负责人', '負責人', { width: 100 }),
    c('sales_method', 'list', 'Sales method', '销售方式', '銷售方式', { list: 'salesMethod', required: true, width: 90 }),
    c('tender_method', 'list', 'Tender method', '招标方式', '招標方式', { list: 'tenderMethod', width: 170 }),
    c('lots', 'yesno', 'Split into lots?', '是否分包', '是否分包', { list: 'yesno', width: 80 }),
    c('single_quote', 'yesno', 'Single quote only?', '是否一次报价', '是否一次報價', { list: 'yesno', width: 80 }),
    c('agents', 'text', 'Participating agents', '参与的代理商', '參與的代理商', { width: 160 }),
    c('bid_plan', 'list', 'Bid plan', '投标方案', '投標方案', { list: 'bidPlan', width: 170 }),
    c('delivery_date', 'date', 'Delivery date', '供货日期', '供貨日期', { width: 100 }),
    c('delivery_place', 'text', 'Delivery place', '供货地点', '供貨地點', { width: 120 }),
    c('evaluation', 'longtext', 'Evaluation principles', '评标原则', '評標原則', { width: 200 }),
    c('regional_impact', 'list', 'Impact on the region', '项目对客户所在地影响', '項目對客戶所在地影響', { list: 'regionalImpact', width: 150 }),
    c('competitors', 'text', 'Competing brands', '参与竞争品牌', '參與競爭品牌', { width: 160 }),
    c('background', 'longtext', 'Project background', '项目背景', '項目背景', { width: 200 }),
    c('relationship', 'list', 'Relationship degree', '客户关系度', '客戶關係度', { list: 'relationship', width: 110 }),
    c('control', 'percent', 'Control share', '控制程度', '控制程度', { width: 80 }),
    c('configuration', 'longtext', 'Configuration needs', '配置需求', '配置需求', { width: 200 }),
    c('quantity', 'number', 'Quantity', '数量', '數量', { integer: true, width: 80 }),
    c('expected_price', 'money', 'Expected price', '希望价格', '希望價格', { width: 110 }),
    c('our_quote', 'money', 'Our quote', '报价', '報價', { width: 110 }),
    c('channel_credit', 'text', 'Credit of the supported channel', '所支持渠道的资信情况', '所支持渠道的資信情況', { width: 160 }),
    c('created', 'date', 'Recorded on', '登记日期', '登記日期', { width: 100 }),
  ],
};

/**
 * 客户组织 / 决策链: who is who at the customer, per opportunity where given. DECISION_MAP reads the five
 * adjacent columns opportunity … relationship stage as one block; reports_to holds another contact's ID
 * (the customer's org chart).
 */
export const CONTACTS: TableSpec = {
  id: 'contacts',
  name: 'KA_Contacts',
  sheet: { en: 'Decision chain', zh: '客户组织', zhHant: '客戶組織' },
  columns: [
    c('id', 'id', 'Contact ID', '联系人编号', '聯繫人編號', { required: true, width: 90 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { required: true, width: 90 }),
    c('opportunity', 'opportunity', 'Opportunity ID', '商机编号', '商機編號', { width: 90 }),
    c('name', 'text', 'Name', '姓名', '姓名', { required: true, width: 110 }),
    c('role', 'list', 'Buying role', '采购角色', '採購角色', { list: 'buyingRole', required: true, width: 120 }),
    c('attitude', 'list', 'Attitude to us', '对我方态度', '對我方態度', { list: 'attitude', width: 90 }),
    c('relationship', 'list', 'Relationship stage', '关系阶段', '關係階段', { list: 'relationshipStage', width: 90 }),
    c('title', 'text', 'Title', '职务', '職務', { width: 120 }),
    c('department', 'text', 'Department', '部门', '部門', { width: 110 }),
    c('reports_to', 'text', 'Reports to (contact ID)', '上级(联系人编号)', '上級(聯繫人編號)', { width: 110 }),
    c('last_contact', 'date', 'Last contact', '最近联系日期', '最近聯繫日期', { width: 100 }),
    c('notes', 'longtext', 'Notes', '备注', '備註', { width: 200 }),
  ],
};

/** The account plan: one row per key account and year, the six steps of the analysis (S2 第一步 … 第六步). */
export const ACCOUNT_PLANS: TableSpec = {
  id: 'accountPlans',
  name: 'KA_AccountPlans',
  sheet: { en: 'Account plans', zh: '大客户规划', zhHant: '大客戶規劃' },
  columns: [
    c('id', 'id', 'Plan ID', '规划编号', '規劃編號', { required: true, width: 90 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { required: true, width: 90 }),
    c('year', 'number', 'Year', '年度', '年度', { required: true, integer: true, width: 70 }),
    c('owner', 'person', 'Owner', '负责人', '負責人', { required: true, width: 100 }),
    c('industry', 'longtext', 'Industry analysis', '行业分析', '行業分析', { width: 200 }),
    c('competition', 'longtext', 'Competition analysis', '竞争分析', '競爭分析', { width: 200 }),
    c('needs', 'longtext', "The customer's needs", '客户个性化需求分析', '客戶個性化需求分析', { width: 200 }),
    c('solution', 'longtext', 'Our customised solution', '定制化解决方案', '定製化解決方案', { width: 200 }),
    c('service', 'longtext', 'Service-support capability', '服务支撑能力分析', '服務支撐能力分析', { width: 200 }),
    c('summary', 'longtext', "The plan's summary", '客户规划分析', '客戶規劃分析', { width: 200 }),
    c('revenue_target', 'money', 'Revenue target', '收入目标', '收入目標', { width: 110 }),
    c('wallet_target', 'percent', 'Share-of-wallet target', '份额目标', '份額目標', { width: 90 }),
    c('status', 'list', 'Status', '状态', '狀態', { list: 'planStatus', required: true, width: 80 }),
    c('approved_by', 'person', 'Approved by', '批准人', '核定人', { width: 100 }),
    c('approved_on', 'date', 'Approved on', '批准日期', '核定日期', { width: 100 }),
  ],
};

/** The plan's initiatives and every action plan (S0 制定行动计划和分派活动; S2 分阶段实施的举措及其财务影响). OVERDUE reads due … status. */
export const ACTIONS: TableSpec = {
  id: 'actions',
  name: 'KA_Actions',
  sheet: { en: 'Actions', zh: '行动计划', zhHant: '行動計劃' },
  columns: [
    c('id', 'id', 'Action ID', '行动编号', '行動編號', { required: true, width: 90 }),
    c('ref', 'text', 'For (plan, opportunity or customer ID)', '关联编号(规划、商机或客户)', '關聯編號(規劃、商機或客戶)', { required: true, width: 120 }),
    c('action', 'text', 'Action', '行动', '行動', { required: true, width: 220 }),
    c('owner', 'person', 'Owner', '负责人', '負責人', { required: true, width: 100 }),
    c('due', 'date', 'Due date', '完成期限', '完成期限', { required: true, width: 100 }),
    c('status', 'list', 'Status', '状态', '狀態', { list: 'actionStatus', required: true, width: 80 }),
    c('impact', 'money', 'Expected impact', '预期财务影响', '預期財務影響', { width: 110 }),
    c('done_on', 'date', 'Done on', '完成日期', '完成日期', { width: 100 }),
  ],
};

/**
 * 销售团队 = everyone working on one opportunity, whatever the org chart (S0). The four columns are one
 * block for TEAM_CREDIT; the primary-owner row is the opportunity's owner (kept in step by changeOwner).
 */
export const OPPORTUNITY_TEAM: TableSpec = {
  id: 'opportunityTeam',
  name: 'KA_OpportunityTeam',
  sheet: { en: 'Opportunity team', zh: '商机团队', zhHant: '商機團隊' },
  columns: [
    c('opportunity', 'opportunity', 'Opportunity ID', '商机编号', '商機編號', { required: true, width: 90 }),
    c('member', 'person', 'Member', '成员', '成員', { required: true, width: 110 }),
    c('role', 'list', 'Role', '角色', '角色', { list: 'teamRole', required: true, width: 110 }),
    c('split', 'percent', 'Revenue split', '业绩分配比例', '業績分配比例', { width: 90 }),
  ],
};

/** 妙解客户的疑虑: the common objections with prepared answers (S1 四、第一 … 第十六); set-up seeds them in the workbook's language (`objection-seeds.ts`). */
export const OBJECTIONS: TableSpec = {
  id: 'objections',
  name: 'KA_Objections',
  sheet: { en: 'Objections', zh: '客户疑虑应答', zhHant: '客戶疑慮應答' },
  columns: [
    c('objection', 'text', 'Objection', '客户疑虑', '客戶疑慮', { required: true, width: 200 }),
    c('answer', 'longtext', 'Answer', '应答要点', '應答要點', { required: true, width: 480 }),
  ],
};

const fromItems = (id: string, items: readonly Item[]): ListSpec => ({ id, items: items.map((i) => ({ ...i })) });

/** The drop-down lists of this area. */
export const ACCOUNTS_LISTS: readonly ListSpec[] = [
  {
    // 招标方式:公开开标且仅一次报价、公开开标可二次报价、议标、统签。
    id: 'tenderMethod',
    items: [
      L('open_single', 'Open tender, single quote', '公开开标且仅一次报价', '公開開標且僅一次報價'),
      L('open_second', 'Open tender, second quote allowed', '公开开标可二次报价', '公開開標可二次報價'),
      L('negotiated', 'Negotiated tender', '议标', '議標'),
      L('framework', 'Framework signing', '统签', '統簽'),
    ],
  },
  {
    // 投标方案:企业直接投标、一家代理投一种方案、企业与代理共同投多种方案、多家代理投多种方案。
    id: 'bidPlan',
    items: [
      L('direct', 'We bid directly', '企业直接投标', '企業直接投標'),
      L('one_agent', 'One agent, one solution', '一家代理投一种方案', '一家代理投一種方案'),
      L('joint', 'We and agents, several solutions', '企业与代理共同投多种方案', '企業與代理共同投多種方案'),
      L('agents', 'Several agents, several solutions', '多家代理投多种方案', '多家代理投多種方案'),
    ],
  },
  {
    // 项目对客户所在地影响:影响特别大 / 影响特大 / 影响中等 / 影响一般。
    id: 'regionalImpact',
    items: [
      L('critical', 'Critical (losing it loses an important customer)', '影响特别大', '影響特別大'),
      L('very_large', 'Very large', '影响特大', '影響特大'),
      L('medium', 'Medium', '影响中等', '影響中等'),
      L('ordinary', 'Ordinary', '影响一般', '影響一般'),
    ],
  },
  {
    // 客户关系度 (domain.md §5), the same wording as RELATIONSHIP_LEVEL.
    id: 'relationship',
    items: [
      L('full', 'Fully in place (> 80 % control)', '非常到位', '非常到位'),
      L('strong', 'Fairly in place (> 60 % control)', '比较到位', '比較到位'),
      L('ordinary', 'Ordinary (< 30 % control)', '一般', '一般'),
      L('unknown', 'Cannot judge yet', '无法判断', '無法判斷'),
    ],
  },
  // The decision chain, the plan's and actions' statuses and the team roles: spelt once, in the model.
  fromItems('buyingRole', BUYING_ROLES),
  fromItems('attitude', ATTITUDES),
  fromItems('relationshipStage', RELATIONSHIP_STAGES),
  fromItems('planStatus', PLAN_STATUSES),
  fromItems('actionStatus', ACTION_STATUSES),
  fromItems('teamRole', TEAM_ROLES),
  {
    // 开发流程的五个阶段, labelled with their number (a cell is read by its first number 1–5).
    id: 'devStage',
    items: DEV_STAGES.map((s) => L(`d${s}`, `${s} ${DEV_STAGE_NAMES[s].en}`, `${s} ${DEV_STAGE_NAMES[s].zh}`, `${s} ${DEV_STAGE_NAMES[s].zhHant}`)),
  },
  {
    // What the advance-prospect form does with a prospect.
    id: 'prospectOutcome',
    items: [
      L('advance', 'Advance to the next stage', '进入下一阶段', '進入下一階段'),
      L('stop', 'Stop the development', '终止开发', '終止開發'),
    ],
  },
  {
    // 4.4.5 在开发过程中,如发现有信用、经营、财务能力等方面有问题的客户……请求终止。
    id: 'stopReason',
    items: STOP_REASONS.map((r) => L(r.code, r.label.en, r.label.zh, r.label.zhHant)),
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const ACCOUNTS_SETTINGS: readonly SettingSpec[] = [
];
