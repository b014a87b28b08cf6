/**
 * The sales forecast (domain.md §4): what each person submits and what superiors revise, appended
 * (never overwritten), the forecast period of Settings and the rule giving each stage its forecast
 * category. The submission table's columns from `when` to `amount` are adjacent on purpose: they are
 * FORECAST_SUBMITTED's submissions block.
 */
import type { L10n } from '../i18n';
import { CATEGORIES, CATEGORY_LABELS, DEFAULT_CATEGORY_RULE, ruleText } from '../model/forecast-category';
import { STAGE_NAMES } from '../model/stage';
import { KIND_LABELS } from '../model/submissions';
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
    items: (['submission', 'revision'] as const).map((k) => L(k, KIND_LABELS[k].en, KIND_LABELS[k].zh, KIND_LABELS[k].zhHant)),
  },
  {
    // Opportunities: how sure the opportunity is (Salesforce / Dynamics forecast categories); blank = by its stage.
    id: 'forecastCategory',
    items: CATEGORIES.map((k) => L(k, CATEGORY_LABELS[k].en, CATEGORY_LABELS[k].zh, CATEGORY_LABELS[k].zhHant)),
  },
];

/** The product's stage rule as Settings shows it, in each language. */
const DEFAULT_RULE_TEXT: L10n = {
  en: ruleText(DEFAULT_CATEGORY_RULE, (k) => CATEGORY_LABELS[k].en, STAGE_NAMES[0].en),
  zh: ruleText(DEFAULT_CATEGORY_RULE, (k) => CATEGORY_LABELS[k].zh, STAGE_NAMES[0].zh),
  zhHant: ruleText(DEFAULT_CATEGORY_RULE, (k) => CATEGORY_LABELS[k].zhHant ?? CATEGORY_LABELS[k].zh, STAGE_NAMES[0].zhHant ?? STAGE_NAMES[0].zh),
};

/** The Settings rows of this area (key, default, meaning). */
export const FORECAST_SETTINGS: readonly SettingSpec[] = [
  { key: 'period_from', value: '', type: 'date', description: { en: 'Current forecast period: first day', zh: '当前预测期:起始日', zhHant: '當前預測期:起始日' } },
  { key: 'period_to', value: '', type: 'date', description: { en: 'Current forecast period: last day', zh: '当前预测期:截止日', zhHant: '當前預測期:截止日' } },
  {
    key: 'forecast_category_rule',
    value: DEFAULT_RULE_TEXT,
    type: 'text',
    description: {
      en: "Forecast category of each stage, for opportunities whose category is blank (e.g. 01-03 Pipeline; 04-05 Best case; 06-07 Commit; 08 Closed; Lost Omitted)",
      zh: '各阶段的预测类别,用于未设定类别的商机(如 01-03 管道;04-05 最佳情况;06-07 承诺;08 已成交;丢单 不计入)',
      zhHant: '各階段的預測類別,用於未設定類別的商機(如 01-03 管道;04-05 最佳情況;06-07 承諾;08 已成交;丟單 不計入)',
    },
  },
];
