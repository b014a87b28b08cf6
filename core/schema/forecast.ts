/**
 * The sales forecast (domain.md §4): what each person submits and what superiors revise, appended
 * (never overwritten), and the forecast period of Settings.
 */
import { c, L } from './column';
import type { ListSpec, SettingSpec, TableSpec } from './types';

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

/** The drop-down lists of this area. */
export const FORECAST_LISTS: readonly ListSpec[] = [
  {
    // Forecast submissions: an account manager's submission, or a superior's revision of a subordinate.
    id: 'forecastKind',
    items: [
      L('submission', 'Submission', '提交', '提交'),
      L('revision', 'Revision', '修正', '修正'),
    ],
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const FORECAST_SETTINGS: readonly SettingSpec[] = [
  { key: 'period_from', value: '', type: 'date', description: { en: 'Current forecast period: first day', zh: '当前预测期:起始日', zhHant: '當前預測期:起始日' } },
  { key: 'period_to', value: '', type: 'date', description: { en: 'Current forecast period: last day', zh: '当前预测期:截止日', zhHant: '當前預測期:截止日' } },
];
