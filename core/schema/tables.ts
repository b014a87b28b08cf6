/**
 * The tables of the key-account workbook, declared once for every host (see `types.ts`).
 *
 * Column order matters where a catalogue function takes a block of adjacent columns:
 * - Team: `person`, `manager` adjacent (FORECAST_ROLLUP's team);
 * - Opportunities: `owner`, `amount`, `stage`, `close` adjacent (FORECAST_ROLLUP's opportunities);
 * - Assessments: `q1` … `q20` adjacent (OPP_SCORE / OPP_ASSESS answers);
 * - Benchmarks: exactly 8 rows (stage 1–8), so `probability`, `hist_count`, `hist_amount` are 8-cell ranges.
 */
import { DEFAULT_MATCH_THRESHOLD } from '../model/customer-match';
import type { L10n } from '../i18n';
import { DIMENSIONS } from '../model/assessment';
import type { ColumnSpec, ColumnType, TableId, TableSpec } from './types';

const c = (key: string, type: ColumnType, en: string, zh: string, zhHant: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  type,
  header: { en, zh, zhHant },
  ...more,
});

const QUESTION_COLUMNS: ColumnSpec[] = DIMENSIONS.flatMap((d, di) =>
  d.questions.map((q, qi): ColumnSpec => {
    const n = di * 5 + qi + 1;
    return {
      key: `q${n}`,
      type: 'yesno',
      list: 'yesno',
      header: { en: `Q${n} ${q.en}`, zh: `Q${n} ${q.zh}`, zhHant: `Q${n} ${q.zhHant ?? q.zh}` },
      width: 60,
    };
  }),
);

export const CUSTOMERS: TableSpec = {
  id: 'customers',
  name: 'KA_Customers',
  sheet: { en: 'Customers', zh: '客户', zhHant: '客戶' },
  columns: [
    c('id', 'id', 'Customer ID', '客户编号', '客戶編號', { required: true, width: 90 }),
    c('name', 'text', 'Customer name', '客户名称', '客戶名稱', { required: true, width: 220 }),
    c('account_manager', 'person', 'Account manager', '客户经理', '客戶經理', { required: true, width: 110 }),
    c('tier', 'list', 'Classification', '客户分类', '客戶分類', { list: 'classification', width: 100 }),
    c('source', 'list', 'Source', '信息来源', '信息來源', { list: 'source', width: 110 }),
    c('industry', 'text', 'Industry', '行业', '行業', { width: 100 }),
    c('region', 'text', 'Region', '区域', '區域', { width: 90 }),
    c('address', 'text', 'Address', '地址', '地址', { width: 180 }),
    c('contact', 'text', 'Contact person', '联系人', '聯繫人', { width: 100 }),
    c('phone', 'text', 'Phone', '电话', '電話', { width: 110 }),
    c('email', 'email', 'E-mail', '电子邮件', '電子郵件', { width: 160 }),
    c('value', 'money', 'Annual gross profit', '年度毛利', '年度毛利', { width: 110 }),
    c('growth', 'percent', 'Growth rate', '增长率', '增長率', { width: 80 }),
    c('created', 'date', 'Registered on', '登记日期', '登記日期', { width: 100 }),
    c('notes', 'longtext', 'Notes', '备注', '備註', { width: 200 }),
  ],
};

export const TEAM: TableSpec = {
  id: 'team',
  name: 'KA_Team',
  sheet: { en: 'Team', zh: '销售团队', zhHant: '銷售團隊' },
  columns: [
    c('person', 'text', 'Person', '姓名', '姓名', { required: true, width: 100 }),
    c('manager', 'person', 'Manager', '上级', '上級', { width: 100 }),
    c('email', 'email', 'E-mail', '电子邮件', '電子郵件', { width: 180 }),
    c('role', 'list', 'Role', '角色', '角色', { list: 'role', width: 110 }),
    c('region', 'text', 'Region', '区域', '區域', { width: 90 }),
  ],
};

export const OPPORTUNITIES: TableSpec = {
  id: 'opportunities',
  name: 'KA_Opportunities',
  sheet: { en: 'Opportunities', zh: '商机', zhHant: '商機' },
  columns: [
    c('id', 'id', 'Opportunity ID', '商机编号', '商機編號', { required: true, width: 90 }),
    c('name', 'text', 'Opportunity', '商机名称', '商機名稱', { required: true, width: 200 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { required: true, width: 90 }),
    c('customer', 'text', 'Customer name', '客户名称', '客戶名稱', { width: 180 }),
    c('owner', 'person', 'Primary owner', '主要负责人', '主要負責人', { required: true, width: 100 }),
    c('amount', 'money', 'Amount', '金额', '金額', { required: true, width: 110 }),
    c('stage', 'stage', 'Stage', '阶段', '階段', { required: true, width: 200 }),
    c('close', 'date', 'Expected close date', '预计成交日期', '預計成交日期', { required: true, width: 110 }),
    c('sales_method', 'list', 'Sales method', '销售方式', '銷售方式', { list: 'salesMethod', width: 90 }),
    c('confirmed', 'yesno', 'Confirmed for forecast', '确认计入预测', '確認計入預測', { list: 'yesno', width: 90 }),
    c('created', 'date', 'Opened on', '创建日期', '建立日期', { width: 100 }),
    c('notes', 'longtext', 'Notes', '备注', '備註', { width: 200 }),
  ],
};

export const ASSESSMENTS: TableSpec = {
  id: 'assessments',
  name: 'KA_Assessments',
  sheet: { en: 'Assessments', zh: '商机评估', zhHant: '商機評估' },
  columns: [
    c('opportunity', 'opportunity', 'Opportunity ID', '商机编号', '商機編號', { required: true, width: 90 }),
    c('date', 'date', 'Date', '评估日期', '評估日期', { required: true, width: 100 }),
    c('stage', 'stage', 'Stage', '阶段', '階段', { required: true, width: 200 }),
    c('competitor', 'text', 'Competitor (blank = us)', '竞争对手(空白 = 我方)', '競爭對手(空白 = 我方)', { width: 120 }),
    ...QUESTION_COLUMNS,
    c('score', 'number', 'Score', '得分', '得分', { integer: true, width: 60 }),
    c('verdict', 'text', 'Verdict', '评估结论', '評估結論', { width: 90 }),
    c('assessor', 'person', 'Assessed by', '评估人', '評估人', { width: 100 }),
  ],
};

export const BENCHMARKS: TableSpec = {
  id: 'benchmarks',
  name: 'KA_Benchmarks',
  sheet: { en: 'Funnel benchmarks', zh: '漏斗基准', zhHant: '漏斗基準' },
  columns: [
    c('stage', 'number', 'Stage', '阶段', '階段', { required: true, integer: true, width: 60 }),
    c('stage_name', 'text', 'Stage name', '阶段名称', '階段名稱', { required: true, width: 260 }),
    c('probability', 'percent', 'Win probability', '赢单概率', '贏單概率', { required: true, width: 100 }),
    c('hist_count', 'number', 'Historical count', '历史数量', '歷史數量', { integer: true, width: 100 }),
    c('hist_amount', 'money', 'Historical amount', '历史金额', '歷史金額', { width: 120 }),
  ],
};

export const FORECASTS: TableSpec = {
  id: 'forecasts',
  name: 'KA_Forecasts',
  sheet: { en: 'Forecast submissions', zh: '预测提交', zhHant: '預測提交' },
  columns: [
    c('id', 'id', 'Submission ID', '提交编号', '提交編號', { required: true, width: 90 }),
    c('when', 'datetime', 'Submitted at', '提交时间', '提交時間', { required: true, width: 150 }),
    c('kind', 'list', 'Kind', '类型', '類型', { list: 'forecastKind', required: true, width: 80 }),
    c('person', 'person', 'Forecast of', '预测人', '預測人', { required: true, width: 100 }),
    c('by', 'person', 'Submitted by', '提交人', '提交人', { required: true, width: 100 }),
    c('to', 'person', 'Submitted to', '提交给', '提交給', { width: 100 }),
    c('period_from', 'date', 'Period from', '预测期起', '預測期起', { required: true, width: 100 }),
    c('period_to', 'date', 'Period to', '预测期止', '預測期止', { required: true, width: 100 }),
    c('own', 'money', 'Own forecast', '本人预测', '本人預測', { width: 110 }),
    c('team', 'money', 'Team forecast', '团队预测', '團隊預測', { width: 110 }),
    c('amount', 'money', 'Submitted figure', '提交金额', '提交金額', { required: true, width: 110 }),
    c('opportunities', 'longtext', 'Confirmed opportunities', '确认的商机', '確認的商機', { width: 200 }),
    c('reason', 'longtext', 'Reason for revision', '修正理由', '修正理由', { width: 200 }),
  ],
};

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

export const QUOTAS: TableSpec = {
  id: 'quotas',
  name: 'KA_Quotas',
  sheet: { en: 'Quotas', zh: '销售指标', zhHant: '銷售指標' },
  columns: [
    c('person', 'person', 'Person', '姓名', '姓名', { required: true, width: 100 }),
    c('period_from', 'date', 'Period from', '期间起', '期間起', { required: true, width: 100 }),
    c('period_to', 'date', 'Period to', '期间止', '期間止', { required: true, width: 100 }),
    c('quota', 'money', 'Quota', '销售指标', '銷售指標', { required: true, width: 110 }),
    c('actual', 'money', 'Closed to date', '已完成', '已完成', { width: 110 }),
  ],
};

export const ACTIVITIES: TableSpec = {
  id: 'activities',
  name: 'KA_Activities',
  sheet: { en: 'Activities', zh: '活动记录', zhHant: '活動記錄' },
  columns: [
    c('date', 'date', 'Date', '日期', '日期', { required: true, width: 100 }),
    c('person', 'person', 'Person', '姓名', '姓名', { required: true, width: 100 }),
    c('type', 'list', 'Activity', '活动类型', '活動類型', { list: 'activityType', required: true, width: 100 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { width: 90 }),
    c('opportunity', 'opportunity', 'Opportunity ID', '商机编号', '商機編號', { width: 90 }),
    c('new_names', 'number', 'New names', '新名单数', '新名單數', { integer: true, width: 80 }),
    c('introductions', 'number', 'Introductions', '引荐数', '引薦數', { integer: true, width: 80 }),
    c('notes', 'longtext', 'Notes', '记录', '記錄', { width: 220 }),
    c('follow_up', 'date', 'Follow-up on', '跟进日期', '跟進日期', { width: 100 }),
  ],
};

export const COMPLAINTS: TableSpec = {
  id: 'complaints',
  name: 'KA_Complaints',
  sheet: { en: 'Complaints', zh: '客户投诉登记表', zhHant: '客戶投訴登記表' },
  columns: [
    c('id', 'id', 'Complaint ID', '投诉编号', '投訴編號', { required: true, width: 90 }),
    c('received', 'date', 'Received on', '受理日期', '受理日期', { required: true, width: 100 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { required: true, width: 90 }),
    c('description', 'longtext', 'Complaint', '投诉内容', '投訴內容', { required: true, width: 220 }),
    c('status', 'list', 'Status', '处理状态', '處理狀態', { list: 'complaintStatus', required: true, width: 90 }),
    c('handler', 'person', 'Handled by', '处理人', '處理人', { width: 100 }),
    c('cause', 'longtext', 'Cause', '原因分析', '原因分析', { width: 180 }),
    c('responsibility', 'text', 'Responsibility', '责任', '責任', { width: 120 }),
    c('resolution', 'longtext', 'Resolution', '处理结果', '處理結果', { width: 180 }),
    c('resolved', 'date', 'Resolved on', '解决日期', '解決日期', { width: 100 }),
  ],
};

export const SETTINGS: TableSpec = {
  id: 'settings',
  name: 'KA_Settings',
  sheet: { en: 'Settings', zh: '设置', zhHant: '設定' },
  columns: [
    c('key', 'text', 'Setting', '设置项', '設定項', { required: true, width: 140 }),
    c('value', 'text', 'Value', '值', '值', { width: 140 }),
    c('description', 'text', 'Meaning', '说明', '說明', { width: 320 }),
  ],
};

export const AUDIT: TableSpec = {
  id: 'audit',
  name: 'KA_Audit',
  sheet: { en: 'Audit log', zh: '操作日志', zhHant: '操作日誌' },
  columns: [
    c('when', 'datetime', 'When', '时间', '時間', { required: true, width: 150 }),
    c('who', 'text', 'Who', '操作人', '操作人', { required: true, width: 140 }),
    c('command', 'text', 'Command', '操作', '操作', { required: true, width: 120 }),
    c('table', 'text', 'Table', '表', '表', { required: true, width: 110 }),
    c('row_id', 'text', 'Row', '记录', '記錄', { width: 90 }),
    c('before', 'longtext', 'Before', '修改前', '修改前', { width: 240 }),
    c('after', 'longtext', 'After', '修改后', '修改後', { width: 240 }),
  ],
};

/** Every table, in the order set-up creates their sheets. */
export const TABLES: readonly TableSpec[] = [
  CUSTOMERS,
  TEAM,
  OPPORTUNITIES,
  ASSESSMENTS,
  BENCHMARKS,
  FORECASTS,
  PROJECTS,
  QUOTAS,
  ACTIVITIES,
  COMPLAINTS,
  SETTINGS,
  AUDIT,
];

const BY_ID = new Map(TABLES.map((s) => [s.id, s]));

export function tableSpec(id: TableId): TableSpec {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`unknown table ${id}`);
  return s;
}

/** The column `key` of `spec`; throws for an unknown key (a programming error). */
export function columnSpec(spec: TableSpec, key: string): ColumnSpec {
  const col = spec.columns.find((x) => x.key === key);
  if (!col) throw new Error(`table ${spec.id} has no column ${key}`);
  return col;
}

/**
 * The Settings rows set-up writes (key, default, meaning). A `{ref:settings.KEY}` in a dashboard
 * formula is the value cell of the row whose key is KEY.
 */
export interface SettingSpec {
  key: string;
  /** Default value; `''` when set-up cannot know it (the forecast period needs today's date). */
  value: string | number;
  /** For a setting read from a list. */
  list?: string;
  type: 'number' | 'percent' | 'date' | 'list';
  description: L10n;
}

export const SETTING_ROWS: readonly SettingSpec[] = [
  { key: 'language', value: 'zh', list: 'language', type: 'list', description: { en: 'Workbook language (en, zh, zh-Hant)', zh: '工作簿语言(en、zh、zh-Hant)', zhHant: '活頁簿語言(en、zh、zh-Hant)' } },
  { key: 'period_from', value: '', type: 'date', description: { en: 'Current forecast period: first day', zh: '当前预测期:起始日', zhHant: '當前預測期:起始日' } },
  { key: 'period_to', value: '', type: 'date', description: { en: 'Current forecast period: last day', zh: '当前预测期:截止日', zhHant: '當前預測期:截止日' } },
  { key: 'assessment_threshold', value: 10, type: 'number', description: { en: 'Opportunity assessment: a total above this is high value', zh: '商机评估:总分高于此值为高价值', zhHant: '商機評估:總分高於此值為高價值' } },
  { key: 'assignment_rule', value: 'region', list: 'assignmentRule', type: 'list', description: { en: 'Who gets a new customer when no account manager is chosen', zh: '未指定客户经理时新客户的分配规则', zhHant: '未指定客戶經理時新客戶的分配規則' } },
  { key: 'duplicate_threshold', value: DEFAULT_MATCH_THRESHOLD, type: 'percent', description: { en: 'New customer: similarity from which a name is a likely duplicate', zh: '新客户:相似度达到此值视为可能重复', zhHant: '新客戶:相似度達到此值視為可能重複' } },
  { key: 'vip_share', value: 0.8, type: 'percent', description: { en: 'Customer tiers: VIP = top customers holding this share of value', zh: '客户分类:VIP = 占此比例价值的头部客户', zhHant: '客戶分類:VIP = 佔此比例價值的頭部客戶' } },
  { key: 'growth_threshold', value: 0.2, type: 'percent', description: { en: 'Customer tiers: growth from which a customer is MGC', zh: '客户分类:增长率达到此值为MGC客户', zhHant: '客戶分類:增長率達到此值為MGC客戶' } },
];

/** 0-based data row of a setting in the Settings table as set-up writes it; -1 when unknown. */
export function settingRow(key: string): number {
  return SETTING_ROWS.findIndex((s) => s.key === key);
}
