/**
 * Sales-team management (domain.md §6): the team and its hierarchy (Team `person`, `manager` adjacent:
 * FORECAST_ROLLUP's team), quotas.
 */
import { c, L } from './column';
import type { ListSpec, SettingSpec, TableSpec } from './types';

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
    c('bonus_plan', 'text', 'Bonus plan', '奖金方案', '獎金方案', { width: 100 }),
    c('target_bonus', 'money', 'Target bonus', '目标奖金', '目標獎金', { width: 110 }),
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

/** The drop-down lists of this area. */
export const MANAGEMENT_LISTS: readonly ListSpec[] = [
  {
    id: 'role',
    items: [
      L('director', 'Sales director', '销售总监', '銷售總監'),
      L('regional', 'Regional manager', '区域经理', '區域經理'),
      L('team_lead', 'Team leader', '销售主管', '銷售主管'),
      L('account_manager', 'Account manager', '客户经理', '客戶經理'),
      L('presales', 'Pre-sales engineer', '售前工程师', '售前工程師'),
      L('finance', 'Finance (order review)', '财务评审', '財務評審'),
      L('quality', 'Quality (order review)', '品质评审', '品質評審'),
      L('purchasing', 'Purchasing (order review)', '采购评审', '採購評審'),
    ],
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const MANAGEMENT_SETTINGS: readonly SettingSpec[] = [
];
