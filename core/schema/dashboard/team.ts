/**
 * Running the sales team on the Dashboard (domain.md §6): the current period's quotas checked up the
 * hierarchy — each person's own quota against the sum of their direct reports' (QUOTA_ROLLUP over the
 * period's quota rows the quota section lists), the managers whose team quotas do not add up flagged.
 */
import { QUOTA_STATUS } from '../../model/quota-plan';
import type { DashboardArea } from './types';

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
      extent: { per: 'team' },
      rules: [
        { column: 4, equals: all(QUOTA_STATUS.balanced), style: 'good' },
        { column: 4, equals: [...all(QUOTA_STATUS.under), ...all(QUOTA_STATUS.over)], style: 'bad' },
      ],
    },
  ],
};
