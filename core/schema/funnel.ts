/**
 * The sales funnel (domain.md §2–3): opportunities, their 20-question assessments and the funnel
 * benchmarks (stage names, win probabilities, historical figures).
 *
 * Blocks a catalogue function reads as one range are adjacent on purpose:
 * - Opportunities: `owner`, `amount`, `stage`, `close` (FORECAST_ROLLUP / OPEN_PIPELINE / CLOSED_WON /
 *   FORECAST_CATEGORIES opportunities); `forecast_category` is an override, blank = by the stage's rule
 *   (Settings `forecast_category_rule`);
 * - Assessments: `q1` … `q20` (OPP_SCORE / OPP_ASSESS answers);
 * - Benchmarks: exactly 8 rows (stage 1–8), so `probability`, `hist_count`, `hist_amount` are 8-cell ranges.
 */
import { DIMENSIONS } from '../model/assessment';
import { c, L } from './column';
import type { ColumnSpec, ListSpec, SettingSpec, TableSpec } from './types';

const QUESTION_COLUMNS: ColumnSpec[] = DIMENSIONS.flatMap((d, di) =>
  d.questions.map((q, qi): ColumnSpec => {
    const n = di * 5 + qi + 1;
    return {
      key: `q${n}`,
      type: 'yesno',
      list: 'yesno',
      header: { en: `Q${n} ${q.en}`, zh: `Q${n} ${q.zh}`, zhHant: `Q${n} ${q.zhHant ?? q.zh}` },
      width: 60,
    };
  }),
);

export const OPPORTUNITIES: TableSpec = {
  id: 'opportunities',
  name: 'KA_Opportunities',
  sheet: { en: 'Opportunities', zh: '商机', zhHant: '商機' },
  columns: [
    c('id', 'id', 'Opportunity ID', '商机编号', '商機編號', { required: true, width: 90 }),
    c('name', 'text', 'Opportunity', '商机名称', '商機名稱', { required: true, width: 200 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { required: true, width: 90 }),
    c('customer', 'text', 'Customer name', '客户名称', '客戶名稱', { width: 180 }),
    c('owner', 'person', 'Primary owner', '主要负责人', '主要負責人', { required: true, width: 100 }),
    c('amount', 'money', 'Amount', '金额', '金額', { required: true, width: 110 }),
    c('stage', 'stage', 'Stage', '阶段', '階段', { required: true, width: 200 }),
    c('close', 'date', 'Expected close date', '预计成交日期', '預計成交日期', { required: true, width: 110 }),
    c('sales_method', 'list', 'Sales method', '销售方式', '銷售方式', { list: 'salesMethod', width: 90 }),
    c('confirmed', 'yesno', 'Confirmed for forecast', '确认计入预测', '確認計入預測', { list: 'yesno', width: 90 }),
    c('forecast_category', 'list', 'Forecast category', '预测类别', '預測類別', { list: 'forecastCategory', width: 100 }),
    c('created', 'date', 'Opened on', '创建日期', '建立日期', { width: 100 }),
    c('notes', 'longtext', 'Notes', '备注', '備註', { width: 200 }),
    // Issue 9: the next step, and how an opportunity closed (Update opportunity writes them).
    c('next_step', 'text', 'Next step', '下一步', '下一步', { width: 200 }),
    c('next_step_date', 'date', 'Next-step date', '下一步日期', '下一步日期', { width: 110 }),
    c('lost_reason', 'list', 'Lost reason', '丢单原因', '丟單原因', { list: 'lostReason', width: 140 }),
    c('lost_note', 'longtext', 'Lost note', '丢单说明', '丟單說明', { width: 200 }),
    c('competitor', 'text', 'Competitor who won', '赢单竞争对手', '贏單競爭對手', { width: 140 }),
    c('won_date', 'date', 'Won on', '赢单日期', '贏單日期', { width: 100 }),
  ],
};

export const ASSESSMENTS: TableSpec = {
  id: 'assessments',
  name: 'KA_Assessments',
  sheet: { en: 'Assessments', zh: '商机评估', zhHant: '商機評估' },
  columns: [
    c('opportunity', 'opportunity', 'Opportunity ID', '商机编号', '商機編號', { required: true, width: 90 }),
    c('date', 'date', 'Date', '评估日期', '評估日期', { required: true, width: 100 }),
    c('stage', 'stage', 'Stage', '阶段', '階段', { required: true, width: 200 }),
    c('competitor', 'text', 'Competitor (blank = us)', '竞争对手(空白 = 我方)', '競爭對手(空白 = 我方)', { width: 120 }),
    ...QUESTION_COLUMNS,
    c('score', 'number', 'Score', '得分', '得分', { integer: true, width: 60 }),
    c('verdict', 'text', 'Verdict', '评估结论', '評估結論', { width: 90 }),
    c('assessor', 'person', 'Assessed by', '评估人', '評估人', { width: 100 }),
  ],
};

export const BENCHMARKS: TableSpec = {
  id: 'benchmarks',
  name: 'KA_Benchmarks',
  sheet: { en: 'Funnel benchmarks', zh: '漏斗基准', zhHant: '漏斗基準' },
  columns: [
    c('stage', 'number', 'Stage', '阶段', '階段', { required: true, integer: true, width: 60 }),
    c('stage_name', 'text', 'Stage name', '阶段名称', '階段名稱', { required: true, width: 260 }),
    c('probability', 'percent', 'Win probability', '赢单概率', '贏單概率', { required: true, width: 100 }),
    c('hist_count', 'number', 'Historical count', '历史数量', '歷史數量', { integer: true, width: 100 }),
    c('hist_amount', 'money', 'Historical amount', '历史金额', '歷史金額', { width: 120 }),
  ],
};

/** The drop-down lists of this area. */
export const FUNNEL_LISTS: readonly ListSpec[] = [
  {
    // 销售方式:投标、批点或分销。
    id: 'salesMethod',
    items: [
      L('bid', 'Bid', '投标', '投標'),
      L('batch', 'Batch order', '批点', '批點'),
      L('distribution', 'Distribution', '分销', '分銷'),
    ],
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const FUNNEL_SETTINGS: readonly SettingSpec[] = [
  { key: 'assessment_threshold', value: 10, type: 'number', description: { en: 'Opportunity assessment: a total above this is high value', zh: '商机评估:总分高于此值为高价值', zhHant: '商機評估:總分高於此值為高價值' } },
];
