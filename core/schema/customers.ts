/**
 * Customer management (domain.md §1): the customer register with its classification and sources, and
 * the settings of the uniqueness check, assignment and classification.
 */
import { DEFAULT_MATCH_THRESHOLD } from '../model/customer-match';
import { c, L } from './column';
import type { ListSpec, SettingSpec, TableSpec } from './types';

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
    // New-customer development (issue 13): the five stages, and a prospect stopped with its reason.
    c('dev_stage', 'list', 'Development stage', '开发阶段', '開發階段', { list: 'devStage', width: 150 }),
    c('dev_stopped', 'yesno', 'Development stopped', '终止开发', '終止開發', { list: 'yesno', width: 80 }),
    c('stop_reason', 'longtext', 'Reason stopped', '终止原因', '終止原因', { width: 180 }),
    // The customer's statement figures (客户财务状况), adjacent in CUSTOMER_FINANCE's order.
    c('revenue', 'money', 'Revenue', '营业收入', '營業收入', { width: 110 }),
    c('net_profit', 'money', 'Net profit', '净利润', '淨利潤', { width: 110 }),
    c('total_assets', 'money', 'Total assets', '资产总额', '資產總額', { width: 110 }),
    c('current_assets', 'money', 'Current assets', '流动资产', '流動資產', { width: 110 }),
    c('current_liabilities', 'money', 'Current liabilities', '流动负债', '流動負債', { width: 110 }),
    c('receivables', 'money', 'Receivables', '应收账款', '應收賬款', { width: 110 }),
    c('inventory', 'money', 'Inventory', '存货', '存貨', { width: 110 }),
    c('cost_of_sales', 'money', 'Cost of sales', '营业成本', '營業成本', { width: 110 }),
  ],
};

/** The drop-down lists of this area. */
export const CUSTOMERS_LISTS: readonly ListSpec[] = [
  {
    // 20:80 classification (domain.md §1); Standard = none of the three.
    id: 'classification',
    items: [
      L('VIP', 'VIP', 'VIP客户', 'VIP客戶'),
      L('MGC', 'MGC (growth potential)', 'MGC客户', 'MGC客戶'),
      L('BZ', 'BZ (negative growth)', 'BZ客户', 'BZ客戶', ['MZ', 'MZ客户']),
      L('Standard', 'Standard', '普通客户', '普通客戶', ['普通']),
    ],
  },
  {
    // 第一阶段:通过市场活动、渠道管理、网上销售、维修服务和客户信息购买等途径收集客户信息。
    id: 'source',
    items: [
      L('event', 'Marketing event', '市场活动', '市場活動'),
      L('channel', 'Channel', '渠道管理', '渠道管理'),
      L('online', 'Online sales', '网上销售', '網上銷售'),
      L('service', 'Service visit', '维修服务', '維修服務'),
      L('bought', 'Bought list', '客户信息购买', '客戶信息購買'),
      L('referral', 'Referral', '转介绍', '轉介紹'),
      L('other', 'Other', '其他', '其他'),
    ],
  },
  {
    // How a new customer gets its account manager when none is chosen (Settings).
    id: 'assignmentRule',
    items: [
      L('region', 'Account manager of the region with the fewest customers', '同区域客户最少的客户经理', '同區域客戶最少的客戶經理'),
      L('least', 'Account manager with the fewest customers', '客户最少的客户经理', '客戶最少的客戶經理'),
      L('actor', 'The person registering the customer', '登记人', '登記人'),
    ],
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const CUSTOMERS_SETTINGS: readonly SettingSpec[] = [
  { key: 'assignment_rule', value: 'region', list: 'assignmentRule', type: 'list', description: { en: 'Who gets a new customer when no account manager is chosen', zh: '未指定客户经理时新客户的分配规则', zhHant: '未指定客戶經理時新客戶的分配規則' } },
  { key: 'duplicate_threshold', value: DEFAULT_MATCH_THRESHOLD, type: 'percent', description: { en: 'New customer: similarity from which a name is a likely duplicate', zh: '新客户:相似度达到此值视为可能重复', zhHant: '新客戶:相似度達到此值視為可能重複' } },
  { key: 'vip_share', value: 0.8, type: 'percent', description: { en: 'Customer tiers: VIP = top customers holding this share of value', zh: '客户分类:VIP = 占此比例价值的头部客户', zhHant: '客戶分類:VIP = 佔此比例價值的頭部客戶' } },
  { key: 'growth_threshold', value: 0.2, type: 'percent', description: { en: 'Customer tiers: growth from which a customer is MGC', zh: '客户分类:增长率达到此值为MGC客户', zhHant: '客戶分類:增長率達到此值為MGC客戶' } },
];
