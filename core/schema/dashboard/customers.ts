/**
 * Customers on the Dashboard (domain.md §1): how the register splits into the 20:80 tiers, and the
 * customers that belong to a group of likely duplicates, group by group.
 */
import type { L10n } from '../../i18n';
import { TIER_LABELS, type Tier } from '../../model/tier';
import { every, isOneOf } from './template';
import type { DashboardArea, SectionCell } from './types';

const TIERS: readonly Tier[] = ['VIP', 'MGC', 'BZ', 'Standard'];
const TIER_NAMES: Record<Tier, L10n> = {
  VIP: { en: 'VIP (most value)', zh: 'VIP客户(价值最高)', zhHant: 'VIP客戶(價值最高)' },
  MGC: { en: 'MGC (growth potential)', zh: 'MGC客户(增长潜力)', zhHant: 'MGC客戶(增長潛力)' },
  BZ: { en: 'BZ (negative growth)', zh: 'BZ客户(负增长)', zhHant: 'BZ客戶(負增長)' },
  Standard: { en: 'Standard', zh: '普通客户', zhHant: '普通客戶' },
};

/** Σ over the suggested tiers (the lane) of `what` where the tier is `tier`, whatever language it was written in. */
const ofTier = (tier: Tier, what: string) => `SUMPRODUCT(${isOneOf('{out:tier_of.0}', every(TIER_LABELS[tier]))}*${what})`;

/** A column of the sorted duplicates (lane), blank on the rows of customers without a group (sorted last). */
const grouped = (col: number) => `IF({out:duplicate_sorted.0}>=1000000000,"",{out:duplicate_sorted.${col}})`;

const tierRows: SectionCell[] = TIERS.flatMap((tier, row): SectionCell[] => [
  { col: 0, row, text: TIER_NAMES[tier] },
  { col: 1, row, formula: ofTier(tier, '1'), array: true },
  { col: 2, row, formula: ofTier(tier, 'IFERROR(--{out:tier_of.1},0)'), array: true },
  { col: 3, row, formula: `IFERROR(${ofTier(tier, 'IFERROR(--{out:tier_of.1},0)')}/SUMPRODUCT(IFERROR(--{out:tier_of.1},0)),"")`, array: true },
]);

const GROUPS = '{fn:DUPLICATE_GROUPS}({ref:customers.name},{ref:settings.duplicate_threshold})';

export const CUSTOMERS_DASHBOARD: DashboardArea = {
  sections: [
    {
      id: 'tiers',
      order: 50,
      title: { en: 'Customer tiers (suggested, 20:80)', zh: '客户分类(建议,20:80)', zhHant: '客戶分類(建議,20:80)' },
      note: {
        en: 'CUSTOMER_TIER over the register: VIP = the top customers holding the Settings share of the value; MGC = growth from the Settings threshold; BZ = negative growth.',
        zh: '对客户登记表计算 CUSTOMER_TIER:VIP = 占设置中价值比例的头部客户;MGC = 增长率达到设置阈值;BZ = 负增长。',
        zhHant: '對客戶登記表計算 CUSTOMER_TIER:VIP = 佔設定中價值比例的頭部客戶;MGC = 增長率達到設定閾值;BZ = 負增長。',
      },
      columns: [
        { header: { en: 'Tier', zh: '分类', zhHant: '分類' }, format: 'text' },
        { header: { en: 'Customers', zh: '客户数', zhHant: '客戶數' }, format: 'integer' },
        { header: { en: 'Annual gross profit', zh: '年度毛利', zhHant: '年度毛利' }, format: 'money' },
        { header: { en: 'Share', zh: '占比', zhHant: '佔比' }, format: 'percent' },
      ],
      cells: tierRows,
      extent: { rows: TIERS.length },
      rules: [
        { column: 0, equals: every(TIER_NAMES.VIP), style: 'good' },
        { column: 0, equals: every(TIER_NAMES.MGC), style: 'watch' },
        { column: 0, equals: every(TIER_NAMES.BZ), style: 'bad' },
      ],
    },
    {
      id: 'duplicates',
      order: 60,
      title: { en: 'Likely duplicate customers, group by group', zh: '疑似重复客户(按组)', zhHant: '疑似重複客戶(按組)' },
      note: {
        en: 'Only the customers that belong to a group of likely duplicates (DUPLICATE_GROUPS: simplified/traditional, widths, legal forms and places compared), group by group: merge or tell them apart.',
        zh: '只列出属于疑似重复组的客户(DUPLICATE_GROUPS:比较简繁体、全半角、公司类型和地名),按组排列:请合并或加以区分。',
        zhHant: '只列出屬於疑似重複組的客戶(DUPLICATE_GROUPS:比較簡繁體、全半形、公司類型和地名),按組排列:請合併或加以區分。',
      },
      columns: [
        { header: { en: 'Group', zh: '组', zhHant: '組' }, format: 'integer' },
        { header: { en: 'Customer', zh: '客户', zhHant: '客戶' }, format: 'text' },
        { header: { en: 'Account manager', zh: '客户经理', zhHant: '客戶經理' }, format: 'text' },
        { header: { en: 'Customer ID', zh: '客户编号', zhHant: '客戶編號' }, format: 'text' },
      ],
      cells: [0, 1, 2, 3].map((col) => ({ col, formula: grouped(col), array: true })),
      extent: { per: 'customers', share: 0.25, min: 10 },
    },
    {
      id: 'tier_of',
      order: 80,
      lane: true,
      title: { en: 'Suggested tier per customer', zh: '每个客户的建议分类', zhHant: '每個客戶的建議分類' },
      columns: [
        { header: { en: 'Tier', zh: '分类', zhHant: '分類' }, format: 'text' },
        { header: { en: 'Annual gross profit', zh: '年度毛利', zhHant: '年度毛利' }, format: 'money' },
      ],
      cells: [
        { col: 0, formula: '{fn:CUSTOMER_TIER}({ref:customers.value},{ref:customers.growth},{ref:settings.vip_share},{ref:settings.growth_threshold})' },
        { col: 1, formula: '{ref:customers.value}', array: true },
      ],
      extent: { per: 'customers' },
    },
    {
      id: 'duplicate_sorted',
      order: 81,
      lane: true,
      title: { en: 'Customers by duplicate group', zh: '按重复组排序的客户', zhHant: '按重複組排序的客戶' },
      columns: [
        { header: { en: 'Group', zh: '组', zhHant: '組' }, format: 'integer' },
        { header: { en: 'Customer', zh: '客户', zhHant: '客戶' }, format: 'text' },
        { header: { en: 'Account manager', zh: '客户经理', zhHant: '客戶經理' }, format: 'text' },
        { header: { en: 'Customer ID', zh: '客户编号', zhHant: '客戶編號' }, format: 'text' },
      ],
      // the group's number (G12 → 12; no group → 1000000000, sorted last), then the customer
      cells: [
        {
          col: 0,
          formula: `SORT(HSTACK(IFERROR(VALUE(MID(${GROUPS},2,9)),1000000000),{ref:customers.name},{ref:customers.account_manager},{ref:customers.id}),1,1)`,
          array: true,
        },
      ],
      extent: { per: 'customers' },
    },
    {
      id: 'duplicate_count',
      order: 79,
      lane: true,
      title: { en: 'Customers in a duplicate group', zh: '重复组中的客户数', zhHant: '重複組中的客戶數' },
      columns: [{ header: { en: 'Customers', zh: '客户数', zhHant: '客戶數' }, format: 'integer' }],
      cells: [{ col: 0, formula: `SUMPRODUCT((${GROUPS}<>"")*1)`, array: true }],
      extent: { rows: 1 },
    },
  ],
  figures: [
    {
      id: 'duplicates',
      order: 130,
      label: { en: 'Duplicates', zh: '疑似重复', zhHant: '疑似重複' },
      formula: '{out:duplicate_count.0}',
      format: 'integer',
      detail: { text: { en: 'to merge', zh: '待合并客户', zhHant: '待合併客戶' } },
      span: 1,
    },
    {
      id: 'vip',
      order: 140,
      label: { en: 'VIP', zh: 'VIP客户', zhHant: 'VIP客戶' },
      formula: ofTier('VIP', '1'),
      array: true,
      format: 'integer',
      detail: { text: { en: '80 % of value', zh: '占 80% 价值', zhHant: '佔 80% 價值' } },
      span: 1,
    },
  ],
};


