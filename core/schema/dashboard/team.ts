/**
 * Running the sales team on the Dashboard (domain.md §6): the current period's quotas checked up the
 * hierarchy — each person's own quota against the sum of their direct reports' (QUOTA_ROLLUP over the
 * period's quota rows the quota section lists), the managers whose team quotas do not add up flagged.
 */
import type { L10n } from '../../i18n';
import { QUOTA_STATUS } from '../../model/quota-plan';
import { listSpec } from '../lists';
import { quote } from './template';
import type { DashboardArea } from './types';

const label = (list: string, code: string): L10n => listSpec(list).items.find((i) => i.code === code)!.label;
const langs = (l: L10n) => [l.en, l.zh, l.zhHant ?? l.zh];
/** Rows of Order reviews whose columns hold the labels of one language each (pairs of every language, once). */
function countPairs(pairs: [string, L10n][]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) {
    const texts = pairs.map(([, l]) => langs(l)[i]);
    const k = texts.join('\u0000');
    if (seen.has(k)) continue;
    seen.add(k);
    parts.push(`COUNTIFS(${pairs.map(([range], j) => `${range},${quote(texts[j])}`).join(',')})`);
  }
  return parts.join('+');
}
const REQUESTS = countPairs([['{range:reviews.kind}', label('reviewEntry', 'request')]]);
const decided = (verdict: string) => countPairs([['{range:reviews.step}', label('reviewStep', 'approval')], ['{range:reviews.verdict}', label('reviewVerdict', verdict)]]);
const REVIEW_STATUS = {
  pending: { en: 'Pending', zh: '待决', zhHant: '待決' },
  approved: { en: 'Approved', zh: '已批准', zhHant: '已通過' },
  rejected: { en: 'Rejected', zh: '已否决', zhHant: '已否決' },
} satisfies Record<string, L10n>;

const all = (l: { en: string; zh: string; zhHant?: string }) => [l.en, l.zh, ...(l.zhHant ? [l.zhHant] : [])];

export const TEAM_DASHBOARD: DashboardArea = {
  sections: [
    {
      id: 'quota_rollup',
      order: 16,
      title: { en: 'Quotas up the hierarchy, current period', zh: '本期销售指标分解核对(按层级)', zhHant: '本期銷售指標分解核對(按層級)' },
      note: {
        en: "Each person's quota of the current period against the sum of their direct reports' quotas: Under-assigned when the reports hold less than the manager's quota, Over-assigned when they hold more (red). Blank for a person without reports.",
        zh: '每人本期销售指标与其直接下属指标之和的比较:下属指标少于上级指标为“分解不足”,多于上级指标为“分解超额”(红色)。没有下属的人员为空。',
        zhHant: '每人本期銷售指標與其直接下屬指標之和的比較:下屬指標少於上級指標為「分解不足」,多於上級指標為「分解超額」(紅色)。沒有下屬的人員為空。',
      },
      columns: [
        { header: { en: 'Person', zh: '姓名', zhHant: '姓名' }, format: 'text' },
        { header: { en: 'Own quota', zh: '本人指标', zhHant: '本人指標' }, format: 'money' },
        { header: { en: "Reports' quotas", zh: '下属指标合计', zhHant: '下屬指標合計' }, format: 'money' },
        { header: { en: 'Gap', zh: '差额', zhHant: '差額' }, format: 'money' },
        { header: { en: 'Status', zh: '状态', zhHant: '狀態' }, format: 'text' },
      ],
      cells: [{ col: 0, formula: '{fn:QUOTA_ROLLUP}({ref:team.person:manager},{out:quota})' }],
      // One row per team row and one more, as the forecast's roll-up: the bonus section divides one by the other row by row.
      extent: { per: 'team', extra: 1 },
      rules: [
        { column: 4, equals: all(QUOTA_STATUS.balanced), style: 'good' },
        { column: 4, equals: [...all(QUOTA_STATUS.under), ...all(QUOTA_STATUS.over)], style: 'bad' },
      ],
    },
    {
      id: 'bonus',
      order: 18,
      title: { en: 'Expected bonus cost, current period', zh: '本期预计奖金成本', zhHant: '本期預計獎金成本' },
      note: {
        en: "Each person's bonus by their plan (Team's Bonus plan and Target bonus; the tiers in Bonus plans): at forecast attainment — the live forecast of their team ÷ their quota of the period — and at quota (100 %). The columns' sums are the expected cost.",
        zh: '按每人的奖金方案(销售团队表的奖金方案与目标奖金;档位见奖金方案表)计算奖金:按预测完成率(团队实时预测 ÷ 本期指标)和按完成指标(100%)。各列之和即预计奖金成本。',
        zhHant: '按每人的獎金方案(銷售團隊表的獎金方案與目標獎金;檔位見獎金方案表)計算獎金:按預測完成率(團隊即時預測 ÷ 本期指標)和按完成指標(100%)。各欄之和即預計獎金成本。',
      },
      columns: [
        { header: { en: 'Person', zh: '姓名', zhHant: '姓名' }, format: 'text' },
        { header: { en: 'Bonus plan', zh: '奖金方案', zhHant: '獎金方案' }, format: 'text' },
        { header: { en: 'Target bonus', zh: '目标奖金', zhHant: '目標獎金' }, format: 'money' },
        { header: { en: 'Forecast ÷ quota', zh: '预测完成率', zhHant: '預測完成率' }, format: 'percent' },
        { header: { en: 'Bonus at forecast', zh: '按预测奖金', zhHant: '按預測獎金' }, format: 'money' },
        { header: { en: 'Bonus at quota', zh: '完成指标奖金', zhHant: '完成指標獎金' }, format: 'money' },
      ],
      cells: [
        { col: 0, formula: '{out:quota_rollup.0}', array: true },
        { col: 1, formula: '{ref:team.bonus_plan}', array: true },
        { col: 2, formula: '{ref:team.target_bonus}', array: true },
        { col: 3, formula: 'IFERROR(IF(({out:quota_rollup.0}<>"")*({out:quota_rollup.1}>0),{out:rollup.3}/{out:quota_rollup.1},""),"")', array: true },
        { col: 4, formula: '{fn:BONUS_BY_PLAN}({out:bonus.3},{out:bonus.2},{out:bonus.1},{ref:bonus_plans.plan:cap})' },
        { col: 5, formula: '{fn:BONUS_BY_PLAN}(IF({out:bonus.0}="","",1),{out:bonus.2},{out:bonus.1},{ref:bonus_plans.plan:cap})', array: true },
      ],
      extent: { per: 'team', extra: 1 },
      // The expected cost: each bonus column's sum.
      totals: { label: { en: 'Total', zh: '合计', zhHant: '合計' }, columns: [4, 5] },
    },
    {
      id: 'reviews',
      order: 17,
      title: { en: 'Order reviews', zh: '订单评审', zhHant: '訂單評審' },
      note: {
        en: 'Reviews requested (Order reviews sheet) by their decision: pending until the owner\'s superior — or, after a rejection by finance, quality or purchasing, the top approver — decides. An opportunity above the review threshold cannot be won while its review is not approved.',
        zh: '已申请的订单评审(订单评审表)按结论统计:在负责人的上级(财务、品质或采购任一方不同意时为最高审批人)审批前为待决。超过评审金额的商机在评审通过前不能赢单。',
        zhHant: '已申請的訂單評審(訂單評審表)按結論統計:在負責人的上級(財務、品質或採購任一方不同意時為最高審批人)審批前為待決。超過評審金額的商機在評審通過前不能贏單。',
      },
      columns: [
        { header: { en: 'Decision', zh: '结论', zhHant: '結論' }, format: 'text' },
        { header: { en: 'Reviews', zh: '评审数', zhHant: '評審數' }, format: 'integer' },
      ],
      cells: [
        { col: 0, row: 0, text: REVIEW_STATUS.pending },
        { col: 1, row: 0, formula: `${REQUESTS}-(${decided('accept')})-(${decided('reject')})` },
        { col: 0, row: 1, text: REVIEW_STATUS.approved },
        { col: 1, row: 1, formula: decided('accept') },
        { col: 0, row: 2, text: REVIEW_STATUS.rejected },
        { col: 1, row: 2, formula: decided('reject') },
      ],
      extent: { rows: 3 },
      rules: [{ column: 0, equals: all(REVIEW_STATUS.pending), style: 'watch' }],
    },
  ],
};
