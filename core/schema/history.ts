/**
 * The funnel's history (issue 9): every change of an opportunity's stage, amount, close date, primary
 * owner or forecast confirmation, and the weekly funnel snapshots the benchmarks are learnt from. Both
 * tables are append-only.
 *
 * Blocks a catalogue function reads as one range are adjacent on purpose:
 * - Opportunity history: `when`, `opportunity`, `field`, `before`, `after` (STAGE_CONVERSION, DAYS_IN_STAGE);
 * - Funnel snapshots: `date`, `stage`, `count`, `amount` (FUNNEL_BENCHMARK).
 */
import { LOST_REASON_ITEMS } from '../model/funnel-history';
import { c, L } from './column';
import type { L10n } from '../i18n';
import type { ListSpec, SettingSpec, TableId, TableSpec } from './types';

export const STAGE_HISTORY: TableSpec = {
  id: 'history',
  name: 'KA_StageHistory',
  sheet: { en: 'Opportunity history', zh: '商机变更记录', zhHant: '商機變更記錄' },
  columns: [
    c('when', 'datetime', 'When', '时间', '時間', { required: true, width: 150 }),
    c('opportunity', 'opportunity', 'Opportunity ID', '商机编号', '商機編號', { required: true, width: 90 }),
    c('field', 'list', 'Field', '字段', '欄位', { list: 'historyField', required: true, width: 110 }),
    c('before', 'text', 'Before', '修改前', '修改前', { width: 200, mixed: true }),
    c('after', 'text', 'After', '修改后', '修改後', { width: 200, mixed: true }),
    c('by', 'text', 'By', '操作人', '操作人', { width: 140 }),
    c('source', 'list', 'Source', '来源', '來源', { list: 'historySource', width: 130 }),
  ],
};

export const FUNNEL_SNAPSHOTS: TableSpec = {
  id: 'snapshots',
  name: 'KA_FunnelSnapshots',
  sheet: { en: 'Funnel snapshots', zh: '漏斗快照', zhHant: '漏斗快照' },
  columns: [
    c('date', 'date', 'Date', '日期', '日期', { required: true, width: 100 }),
    c('stage', 'number', 'Stage', '阶段', '階段', { required: true, integer: true, width: 60 }),
    c('count', 'number', 'Count', '数量', '數量', { integer: true, width: 80 }),
    c('amount', 'money', 'Amount', '金额', '金額', { width: 120 }),
  ],
};

/** The drop-down lists of this area. */
export const HISTORY_LISTS: readonly ListSpec[] = [
  {
    // The fields whose changes the history keeps.
    id: 'historyField',
    items: [
      L('stage', 'Stage', '阶段', '階段'),
      L('amount', 'Amount', '金额', '金額'),
      L('close', 'Close date', '预计成交日期', '預計成交日期', ['Expected close date']),
      L('owner', 'Owner', '主要负责人', '主要負責人', ['Primary owner']),
      L('confirmed', 'Confirmed', '确认计入预测', '確認計入預測', ['Confirmed for forecast']),
    ],
  },
  {
    // Where a change came from: a form, a direct edit of the sheet, an import.
    id: 'historySource',
    items: [
      L('form', 'Form', '表单', '表單'),
      L('edit', 'Edit', '直接编辑', '直接編輯'),
      L('import', 'Import', '导入', '匯入'),
      L('unverified', 'Edit (unverified)', '直接编辑(未核实)', '直接編輯(未核實)', ['edit (unverified)']),
    ],
  },
  {
    // 丢单原因 (domain.md §3: a lost opportunity is analysed); the items are the model's (LOST_REASONS reads them).
    id: 'lostReason',
    items: LOST_REASON_ITEMS.map((it) => ({ code: it.code, label: it.label })),
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const HISTORY_SETTINGS: readonly SettingSpec[] = [
  {
    key: 'snapshot_interval_days',
    value: 7,
    type: 'number',
    description: { en: 'Funnel snapshots: days between automatic snapshots', zh: '漏斗快照:自动快照的间隔天数', zhHant: '漏斗快照:自動快照的間隔天數' },
  },
  {
    key: 'benchmark_min_snapshots',
    value: 4,
    type: 'number',
    description: {
      en: 'Funnel health: snapshots needed before the benchmarks are learnt from them',
      zh: '漏斗健康度:达到此快照数后改用快照计算的基准',
      zhHant: '漏斗健康度:達到此快照數後改用快照計算的基準',
    },
  },
];

/**
 * The append-only records a direct edit should not change by accident: Sheets protects their sheets
 * with a warning (an editor may still edit after confirming), Excel shows this note on their cells.
 */
export const GUARDED_TABLES: readonly TableId[] = ['audit', 'history', 'forecasts', 'snapshots'];

export const GUARD_TITLE: L10n = { en: 'Append-only record', zh: '只追加记录', zhHant: '只追加記錄' };

export const GUARD_NOTE: L10n = {
  en: 'An append-only record kept by the add-on: its forms add rows here. Edit it only deliberately — the history, the audit and the Dashboard rely on it.',
  zh: '由加载项维护的只追加记录:表单会在此添加行。请勿随意修改——变更记录、操作日志和仪表板都依赖于它。',
  zhHant: '由增益集維護的只追加記錄:表單會在此新增列。請勿隨意修改——變更記錄、操作日誌和儀表板都依賴於它。',
};
