/**
 * What the funnel's history shows on the Dashboard (issue 9): which benchmarks funnel health uses (the
 * ones learnt from the snapshots once Settings' `benchmark_min_snapshots` exist, else the typed ones),
 * each stage's measured win rate beside its configured probability, the opportunities stuck in their
 * stage longer than twice the stage's median days, why opportunities were lost, and the owner changes
 * typed where the host could not tell who typed them ("Changes to review").
 */
import { t, type L10n } from '../../i18n';
import { listSpec } from '../lists';
import { every, isOneOf, quote } from './template';
import type { DashboardArea, Template } from './types';

const STAGE = { en: 'Stage', zh: '阶段', zhHant: '階段' };
const SNAPSHOTS = '{ref:snapshots.date:amount}';
const HISTORY = '{ref:history.when:after}';
/** How many snapshots the workbook holds (eight rows each). */
const SNAPSHOT_COUNT = 'COUNT({ref:snapshots.date})/8';
const LEARNT = `${SNAPSHOT_COUNT}>={ref:settings.benchmark_min_snapshots}`;

const SOURCE: Record<'learnt' | 'typed', L10n> = {
  learnt: { en: 'Benchmarks learnt from the last snapshots (FUNNEL_BENCHMARK); snapshots: ', zh: '基准由最近的漏斗快照计算(FUNNEL_BENCHMARK);快照数:', zhHant: '基準由最近的漏斗快照計算(FUNNEL_BENCHMARK);快照數:' },
  typed: { en: 'Benchmarks typed in the Funnel benchmarks sheet, until enough snapshots exist; snapshots: ', zh: '基准取自“漏斗基准”表中填写的值,快照足够后改用快照;快照数:', zhHant: '基準取自「漏斗基準」表中填寫的值,快照足夠後改用快照;快照數:' },
};

const sourceText: Template = (env) =>
  `IF(${LEARNT},${quote(t(SOURCE.learnt, env.lang))},${quote(t(SOURCE.typed, env.lang))})&${SNAPSHOT_COUNT}&" / "&{ref:settings.benchmark_min_snapshots}`;

/** The lane's per-opportunity columns (`stuck_calc`): days in stage, stage number, limit, ID, name, owner, stage. */
const CALC = (col: number) => `{out:stuck_calc.${col}}`;
/** Each opportunity's limit: twice its stage's median days (0 where the stage has none, or it is not open). */
const LIMIT = '(' + [1, 2, 3, 4, 5, 6, 7].map((s) => `(${CALC(1)}=${s})*INDEX({out:stuck_limit.0},${s})`).join('+') + ')';
/** The opportunities stuck in their stage. */
const IS_STUCK = `(${CALC(2)}>0)*(IFERROR(${CALC(0)}*1,-1)>${CALC(2)})`;
/**
 * The stuck ones, longest first: ID, name, owner, stage, days, the stage's median. Column by column:
 * FILTER takes one column in every engine (HyperFormula filters no block).
 */
const STUCK = `IFERROR(SORT(HSTACK(${[3, 4, 5, 6, 0].map((c) => `FILTER(${CALC(c)},${IS_STUCK})`).join(',')},FILTER(${CALC(2)}/2,${IS_STUCK})),5,-1),"")`;

/** The source labels the history writes for an owner edit no one could vouch for, in every language. */
const UNVERIFIED = (() => {
  const it = listSpec('historySource').items.find((i) => i.code === 'unverified')!;
  return [...every(it.label), ...(it.aliases ?? [])];
})();

/** The owner changes to review, latest first: when, opportunity, field, before, after (column by column, as STUCK). */
const REVIEW = `IFERROR(SORT(HSTACK(${['when', 'opportunity', 'field', 'before', 'after'].map((c) => `FILTER({ref:history.${c}},${isOneOf('{ref:history.source}', UNVERIFIED)})`).join(',')}),1,-1),"")`;

export const HISTORY_DASHBOARD: DashboardArea = {
  sections: [
    {
      id: 'benchmark_source',
      order: 42,
      title: { en: 'Funnel benchmarks used', zh: '所用漏斗基准', zhHant: '所用漏斗基準' },
      note: {
        en: 'Funnel health compares each stage with the average of the last 12 funnel snapshots once Settings’ minimum number of snapshots exists; before that, with the benchmarks typed in the Funnel benchmarks sheet.',
        zh: '快照数达到设置中的最低数量后,漏斗健康度与最近 12 次漏斗快照的平均值比较;在此之前,与“漏斗基准”表中填写的基准比较。',
        zhHant: '快照數達到設定中的最低數量後,漏斗健康度與最近 12 次漏斗快照的平均值比較;在此之前,與「漏斗基準」表中填寫的基準比較。',
      },
      columns: [{ header: { en: 'Source', zh: '来源', zhHant: '來源' }, format: 'text' }],
      cells: [{ col: 0, formula: sourceText }],
      extent: { rows: 1 },
    },
    {
      id: 'win_rates',
      order: 43,
      title: { en: 'Measured win rate per stage', zh: '各阶段实测赢单率', zhHant: '各階段實測贏單率' },
      note: {
        en: 'STAGE_CONVERSION over the opportunity history: of the closed opportunities that reached each stage, the share won — the company’s own probability — beside the probability configured in the Funnel benchmarks sheet, and the median days spent in the stage.',
        zh: '对商机变更记录计算 STAGE_CONVERSION:到达各阶段的已结束商机中赢单的比例——即本公司自己的赢单概率——与“漏斗基准”表中设定的概率并列,以及在该阶段停留天数的中位数。',
        zhHant: '對商機變更記錄計算 STAGE_CONVERSION:到達各階段的已結束商機中贏單的比例——即本公司自己的贏單概率——與「漏斗基準」表中設定的概率並列,以及在該階段停留天數的中位數。',
      },
      columns: [
        { header: STAGE, format: 'text' },
        { header: { en: 'Configured probability', zh: '设定概率', zhHant: '設定概率' }, format: 'percent' },
        { header: { en: 'Measured win rate', zh: '实测赢单率', zhHant: '實測贏單率' }, format: 'percent' },
        { header: { en: 'Closed that reached it', zh: '到达的已结束商机', zhHant: '到達的已結束商機' }, format: 'integer' },
        { header: { en: 'Median days in stage', zh: '停留天数中位数', zhHant: '停留天數中位數' }, format: 'number' },
      ],
      cells: [
        { col: 0, formula: '{out:funnel_chart.0}', array: true },
        { col: 1, formula: '{ref:benchmarks.probability}', array: true },
        { col: 2, formula: '{out:conversion.3}', array: true },
        { col: 3, formula: '{out:conversion.1}', array: true },
        { col: 4, formula: '{out:conversion.4}', array: true },
      ],
      extent: { rows: 8 },
    },
    {
      id: 'stuck',
      order: 44,
      title: { en: 'Stuck opportunities (longest first)', zh: '停滞的商机(停留最久的在前)', zhHant: '停滯的商機(停留最久的在前)' },
      note: {
        en: 'Open opportunities that have been in their stage for more than twice the median days closed opportunities spent there (DAYS_IN_STAGE against STAGE_CONVERSION), longest first.',
        zh: '在当前阶段停留天数超过已结束商机在该阶段停留天数中位数两倍的在途商机(DAYS_IN_STAGE 对比 STAGE_CONVERSION),按天数从多到少排列。',
        zhHant: '在當前階段停留天數超過已結束商機在該階段停留天數中位數兩倍的在途商機(DAYS_IN_STAGE 對比 STAGE_CONVERSION),按天數從多到少排列。',
      },
      columns: [
        { header: { en: 'Opportunity ID', zh: '商机编号', zhHant: '商機編號' }, format: 'text' },
        { header: { en: 'Opportunity', zh: '商机名称', zhHant: '商機名稱' }, format: 'text' },
        { header: { en: 'Primary owner', zh: '主要负责人', zhHant: '主要負責人' }, format: 'text' },
        { header: STAGE, format: 'text' },
        { header: { en: 'Days in stage', zh: '停留天数', zhHant: '停留天數' }, format: 'integer' },
        { header: { en: 'Stage median', zh: '阶段中位数', zhHant: '階段中位數' }, format: 'number' },
      ],
      cells: [{ col: 0, formula: STUCK, array: true }],
      extent: { rows: 15, list: true },
    },
    {
      id: 'lost_reasons',
      order: 45,
      title: { en: 'Why opportunities were lost', zh: '丢单原因', zhHant: '丟單原因' },
      note: {
        en: 'LOST_REASONS over the lost opportunities: count and amount per reason of the list, and the share of the amount lost.',
        zh: '对丢单商机计算 LOST_REASONS:列表中每个原因的个数、金额及占丢单金额的比例。',
        zhHant: '對丟單商機計算 LOST_REASONS:清單中每個原因的個數、金額及佔丟單金額的比例。',
      },
      columns: [
        { header: { en: 'Reason', zh: '原因', zhHant: '原因' }, format: 'text' },
        { header: { en: 'Lost', zh: '丢单数', zhHant: '丟單數' }, format: 'integer' },
        { header: { en: 'Amount', zh: '金额', zhHant: '金額' }, format: 'money' },
        { header: { en: 'Share', zh: '占比', zhHant: '佔比' }, format: 'percent' },
      ],
      cells: [{ col: 0, formula: '{fn:LOST_REASONS}({ref:opportunities.lost_reason},{ref:opportunities.amount})' }],
      extent: { rows: listSpec('lostReason').items.length + 1 },
    },
    {
      id: 'to_review',
      order: 46,
      title: { en: 'Changes to review', zh: '待核实的变更', zhHant: '待核實的變更' },
      note: {
        en: 'Primary owners changed directly in the sheet where the host could not tell who changed them (source "Edit (unverified)"), latest first: only a superior of the owner may change one.',
        zh: '在表格中直接修改、且宿主无法确认修改人的主要负责人变更(来源为“直接编辑(未核实)”),最新的在前:只有负责人的上级才能变更。',
        zhHant: '在表格中直接修改、且宿主無法確認修改人的主要負責人變更(來源為「直接編輯(未核實)」),最新的在前:只有負責人的上級才能變更。',
      },
      columns: [
        { header: { en: 'When', zh: '时间', zhHant: '時間' }, format: 'stamp' },
        { header: { en: 'Opportunity ID', zh: '商机编号', zhHant: '商機編號' }, format: 'text' },
        { header: { en: 'Field', zh: '字段', zhHant: '欄位' }, format: 'text' },
        { header: { en: 'Before', zh: '修改前', zhHant: '修改前' }, format: 'text' },
        { header: { en: 'After', zh: '修改后', zhHant: '修改後' }, format: 'text' },
      ],
      cells: [{ col: 0, formula: REVIEW, array: true }],
      extent: { rows: 10, list: true },
    },
    // The calculation lane.
    {
      id: 'bench_learnt',
      order: 72,
      lane: true,
      title: { en: 'Benchmarks learnt from the snapshots', zh: '由快照计算的基准', zhHant: '由快照計算的基準' },
      columns: [
        { header: { en: 'Count', zh: '数量', zhHant: '數量' }, format: 'number' },
        { header: { en: 'Amount', zh: '金额', zhHant: '金額' }, format: 'money' },
      ],
      cells: [
        { col: 0, formula: `{fn:FUNNEL_BENCHMARK}(${SNAPSHOTS})` },
        { col: 1, formula: `{fn:FUNNEL_BENCHMARK}(${SNAPSHOTS},12,"amount")` },
      ],
      extent: { rows: 8 },
    },
    {
      id: 'bench_used',
      order: 73,
      lane: true,
      title: { en: 'Benchmarks funnel health uses', zh: '漏斗健康度所用基准', zhHant: '漏斗健康度所用基準' },
      columns: [
        { header: { en: 'Count', zh: '数量', zhHant: '數量' }, format: 'number' },
        { header: { en: 'Amount', zh: '金额', zhHant: '金額' }, format: 'money' },
      ],
      cells: [
        { col: 0, formula: `IF(${LEARNT},{out:bench_learnt.0},{ref:benchmarks.hist_count})`, array: true },
        { col: 1, formula: `IF(${LEARNT},{out:bench_learnt.1},{ref:benchmarks.hist_amount})`, array: true },
      ],
      extent: { rows: 8 },
    },
    {
      id: 'conversion',
      order: 74,
      lane: true,
      title: { en: 'Stage conversion', zh: '阶段转化', zhHant: '階段轉化' },
      columns: [
        { header: STAGE, format: 'integer' },
        { header: { en: 'Reached', zh: '到达', zhHant: '到達' }, format: 'integer' },
        { header: { en: 'Won', zh: '赢单', zhHant: '贏單' }, format: 'integer' },
        { header: { en: 'Win rate', zh: '赢单率', zhHant: '贏單率' }, format: 'percent' },
        { header: { en: 'Median days', zh: '天数中位数', zhHant: '天數中位數' }, format: 'number' },
      ],
      cells: [{ col: 0, formula: `{fn:STAGE_CONVERSION}(${HISTORY})` }],
      extent: { rows: 8 },
    },
    {
      id: 'stuck_limit',
      order: 75,
      lane: true,
      title: { en: 'Stuck after (days)', zh: '停滞天数界限', zhHant: '停滯天數界限' },
      columns: [{ header: { en: 'Twice the median', zh: '中位数的两倍', zhHant: '中位數的兩倍' }, format: 'number' }],
      cells: [{ col: 0, formula: 'IF(ISNUMBER({out:conversion.4}),2*{out:conversion.4},0)', array: true }],
      extent: { rows: 8 },
    },
    {
      id: 'stuck_calc',
      order: 76,
      lane: true,
      title: { en: 'Days in stage per opportunity', zh: '每个商机的阶段停留天数', zhHant: '每個商機的階段停留天數' },
      columns: [
        { header: { en: 'Days', zh: '天数', zhHant: '天數' }, format: 'integer' },
        { header: STAGE, format: 'integer' },
        { header: { en: 'Stuck after', zh: '停滞界限', zhHant: '停滯界限' }, format: 'number' },
        { header: { en: 'ID', zh: '编号', zhHant: '編號' }, format: 'text' },
        { header: { en: 'Opportunity', zh: '商机', zhHant: '商機' }, format: 'text' },
        { header: { en: 'Owner', zh: '负责人', zhHant: '負責人' }, format: 'text' },
        { header: { en: 'Stage name', zh: '阶段名称', zhHant: '階段名稱' }, format: 'text' },
      ],
      cells: [
        { col: 0, formula: `{fn:DAYS_IN_STAGE}({ref:opportunities.id},${HISTORY},{today})` },
        // the stage number: `03 …` → 3; Lost, blank or unreadable → 0
        { col: 1, formula: 'IFERROR(VALUE(LEFT({ref:opportunities.stage},2)),0)', array: true },
        { col: 2, formula: LIMIT, array: true },
        { col: 3, formula: '{ref:opportunities.id}', array: true },
        { col: 4, formula: '{ref:opportunities.name}', array: true },
        { col: 5, formula: '{ref:opportunities.owner}', array: true },
        { col: 6, formula: '{ref:opportunities.stage}', array: true },
      ],
      extent: { per: 'opportunities' },
    },
  ],
};
