/**
 * Running the sales team (domain.md §6, and the order / contract review of the customer-development
 * text, 订单/合同的评审): territories and their assignment rules, bonus plans, order reviews, and the
 * Settings of the review.
 *
 * Blocks catalogue functions read are adjacent on purpose:
 * - Territories `territory` … `priority` (5 columns, in this order): TERRITORY_OF's rules;
 * - Bonus plans `from` … `cap` (4 columns): BONUS's plan rows (one plan's rows);
 * - Reviews `price` … `taxes`: DEAL_MARGIN's prices, costs, expenses, taxes.
 */
import { c, L } from './column';
import type { ListSpec, SettingSpec, TableSpec } from './types';

export const TERRITORIES: TableSpec = {
  id: 'territories',
  name: 'KA_Territories',
  sheet: { en: 'Territories', zh: '销售区域', zhHant: '銷售區域' },
  columns: [
    c('territory', 'text', 'Territory', '销售区域', '銷售區域', { required: true, width: 120 }),
    c('region', 'text', 'Region', '区域', '區域', { width: 90 }),
    c('industry', 'text', 'Industry', '行业', '行業', { width: 100 }),
    c('account_manager', 'person', 'Account manager', '客户经理', '客戶經理', { required: true, width: 110 }),
    c('priority', 'number', 'Priority (lower first)', '优先级(小者优先)', '優先級(小者優先)', { integer: true, width: 110 }),
  ],
};

export const BONUS_PLANS: TableSpec = {
  id: 'bonus_plans',
  name: 'KA_BonusPlans',
  sheet: { en: 'Bonus plans', zh: '奖金方案', zhHant: '獎金方案' },
  columns: [
    c('plan', 'text', 'Plan', '方案', '方案', { required: true, width: 110 }),
    c('from', 'percent', 'Attainment from', '完成率从', '完成率從', { required: true, width: 110 }),
    c('to', 'percent', 'Attainment to (below)', '完成率至(不含)', '完成率至(不含)', { width: 120 }),
    c('rate', 'percent', 'Rate of target bonus', '目标奖金比例', '目標獎金比例', { required: true, width: 120 }),
    c('cap', 'money', 'Cap', '封顶金额', '封頂金額', { width: 100 }),
  ],
};

/**
 * Order / contract reviews, append-only: a request row (kind Request: the order's figures and the
 * margins core computed), then one row per sign-off (kind Sign-off: finance, quality, purchasing, the
 * approval) with its verdict and reason. Nothing is overwritten; the state of a review is read from
 * its rows (`core/model/review.ts`).
 */
export const REVIEWS: TableSpec = {
  id: 'reviews',
  name: 'KA_Reviews',
  sheet: { en: 'Order reviews', zh: '订单评审', zhHant: '訂單評審' },
  columns: [
    c('id', 'id', 'Review ID', '评审编号', '評審編號', { required: true, width: 90 }),
    c('when', 'datetime', 'When', '时间', '時間', { required: true, width: 150 }),
    c('kind', 'list', 'Entry', '记录类型', '記錄類型', { list: 'reviewEntry', required: true, width: 90 }),
    c('opportunity', 'opportunity', 'Opportunity', '商机', '商機', { required: true, width: 100 }),
    c('by', 'person', 'By', '填写人', '填寫人', { required: true, width: 100 }),
    c('step', 'list', 'Sign-off', '评审环节', '評審環節', { list: 'reviewStep', width: 100 }),
    c('verdict', 'list', 'Verdict', '结论', '結論', { list: 'reviewVerdict', width: 90 }),
    c('reason', 'longtext', 'Reason', '理由', '理由', { width: 200 }),
    c('price', 'money', 'Price', '报价', '報價', { width: 110 }),
    c('cost', 'money', 'Cost', '成本', '成本', { width: 110 }),
    c('expenses', 'money', 'Sales expenses', '销售费用', '銷售費用', { width: 110 }),
    c('taxes', 'money', 'Taxes', '税金', '稅金', { width: 100 }),
    c('gross_margin', 'percent', 'Gross margin', '销售毛利率', '銷售毛利率', { width: 100 }),
    c('expense_ratio', 'percent', 'Expense ratio', '销售费用率', '銷售費用率', { width: 100 }),
    c('profit_margin', 'percent', 'Profit margin', '销售利润率', '銷售利潤率', { width: 100 }),
    c('delivery', 'date', 'Delivery date', '交货日期', '交貨日期', { width: 100 }),
    c('payment_terms', 'text', 'Payment terms', '回款条件', '回款條件', { width: 140 }),
    c('payment_date', 'date', 'Payment date', '回款日期', '回款日期', { width: 100 }),
    c('quality', 'longtext', 'Quality requirements', '质量要求', '質量要求', { width: 200 }),
  ],
};

/** The drop-down lists of this area. */
export const TEAM_LISTS: readonly ListSpec[] = [
  {
    id: 'reviewEntry',
    items: [L('request', 'Request', '评审申请', '評審申請'), L('signoff', 'Sign-off', '评审意见', '評審意見')],
  },
  {
    // 财务部、品质监督部、采购部三方评审,再由上级(或不可接受时由总裁)审批。
    id: 'reviewStep',
    items: [
      L('finance', 'Finance', '财务', '財務'),
      L('quality', 'Quality', '品质', '品質'),
      L('purchasing', 'Purchasing', '采购', '採購'),
      L('approval', 'Approval', '审批', '審批'),
    ],
  },
  {
    id: 'reviewVerdict',
    items: [L('accept', 'Accept', '同意', '同意'), L('reject', 'Reject', '不同意', '不同意')],
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const TEAM_SETTINGS: readonly SettingSpec[] = [
  { key: 'top_approver', value: '', type: 'text', description: { en: 'Order review: who decides an order finance, quality or purchasing rejected (a Team person)', zh: '订单评审:财务、品质或采购任一方不同意时由谁审批(销售团队表中的人员)', zhHant: '訂單評審:財務、品質或採購任一方不同意時由誰審批(銷售團隊表中的人員)' } },
  { key: 'review_threshold', value: 1000000, type: 'number', description: { en: 'Order review: an opportunity above this amount needs an approved review before stage 08', zh: '订单评审:金额超过此值的商机须评审通过才能进入阶段 08', zhHant: '訂單評審:金額超過此值的商機須評審通過才能進入階段 08' } },
  { key: 'min_margin', value: 0.1, type: 'percent', description: { en: 'Order review: the lowest acceptable profit margin (DEAL_MARGIN)', zh: '订单评审:可接受的最低销售利润率(DEAL_MARGIN)', zhHant: '訂單評審:可接受的最低銷售利潤率(DEAL_MARGIN)' } },
];
