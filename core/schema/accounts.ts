/**
 * Key-account work (domain.md §5): project (bid) records.
 */
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
];

/** The Settings rows of this area (key, default, meaning). */
export const ACCOUNTS_SETTINGS: readonly SettingSpec[] = [
];
