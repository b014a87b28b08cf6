/** FUNNEL_HEALTH and HEALTH_STATUS: each funnel stage against its historical benchmark. */
import { showCell, toNumber } from '../cell';
import { fill, t, type L10n } from '../i18n';
import { addToStage, emptyTotals, funnelHealth, healthStatus, HEALTH_LABELS } from '../model/funnel';
import { MSG as RUN_MSG } from './messages';
import { cells, need, toGrid } from './run';
import { CallError, RowError, type EachSpec, type FoldSpec } from './spec';
import { stagesParam } from './pipeline';

const MSG = {
  benchmark: {
    en: 'argument benchmarks: value {pos} (stage {pos}) is {got}, expects a number ≥ 0 (blank or 0 = no benchmark)',
    zh: '参数 benchmarks:第 {pos} 个值(阶段 {pos})为 {got},应为 ≥ 0 的数字(空白或 0 表示无基准)',
    zhHant: '參數 benchmarks:第 {pos} 個值(階段 {pos})為 {got},應為 ≥ 0 的數字(空白或 0 表示無基準)',
  },
  negativeRatio: {
    en: 'ratios: got {got}, expects a ratio ≥ 0 such as 0.85 or 85%',
    zh: 'ratios:收到 {got},应为 ≥ 0 的比率,如 0.85 或 85%',
    zhHant: 'ratios:收到 {got},應為 ≥ 0 的比率,如 0.85 或 85%',
  },
} satisfies Record<string, L10n>;

/** Eight benchmarks (stage 1–8) from raw cells; blank is `null`; a bad or negative value fails the call. */
export function readBenchmarks(raw: readonly unknown[], lang: Parameters<typeof t>[1]): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 0; i < 8; i++) {
    const n = toNumber(raw[i]);
    if (n === undefined || (n !== null && n < 0)) {
      throw new CallError(t(fill(MSG.benchmark, { pos: i + 1, got: showCell(raw[i], lang) }), lang));
    }
    out.push(n);
  }
  return out;
}

export const FUNNEL_HEALTH: FoldSpec = {
  kind: 'fold',
  name: 'FUNNEL_HEALTH',
  result: 'matrix',
  help: {
    en: 'Funnel health, 8 rows × 5 columns: stage 1–8, current (count of opportunities in the stage, or their amount when amounts are given), benchmark, ratio = current ÷ benchmark, status — Excellent above 100 %, Good from 70 % to 100 % (both included), Warning below 70 %; a blank or zero benchmark gives a blank ratio and "No benchmark". Lost opportunities and rows with a blank stage are not counted; a bad stage or amount fails the call naming the row.',
    zh: '漏斗健康度,8 行 × 5 列:阶段 1–8、当前值(阶段内商机个数;给出金额时为金额合计)、基准、比率 = 当前 ÷ 基准、状态——高于 100% 为优秀,70%–100%(含两端)为良好,低于 70% 为预警;基准为空或 0 时比率为空,状态为“无基准”。丢单和阶段为空的行不计;阶段或金额有误时整个调用失败并指出行号。',
    zhHant: '漏斗健康度,8 列 × 5 欄:階段 1–8、當前值(階段內商機個數;給出金額時為金額合計)、基準、比率 = 當前 ÷ 基準、狀態——高於 100% 為優秀,70%–100%(含兩端)為良好,低於 70% 為預警;基準為空或 0 時比率為空,狀態為「無基準」。丟單和階段為空的列不計;階段或金額有誤時整個呼叫失敗並指出列號。',
  },
  params: [
    { ...stagesParam(), shape: 'table' },
    {
      name: 'benchmarks',
      shape: 'vector8',
      sample: 'Settings!D2:D9',
      help: {
        en: '8 historical values for stages 1–8 (how many opportunities, or how much amount, each stage should hold), in a row or a column; blank or 0 = no benchmark',
        zh: '阶段 1–8 的 8 个历史基准值(每个阶段应有的商机个数或金额),一行或一列;空白或 0 表示无基准',
        zhHant: '階段 1–8 的 8 個歷史基準值(每個階段應有的商機個數或金額),一列或一欄;空白或 0 表示無基準',
      },
    },
    {
      name: 'amounts',
      shape: 'table',
      optional: true,
      sample: 'E2:E',
      help: {
        en: 'Optional: amount per opportunity, aligned with stages; when given, current is the amount in each stage instead of the count (blank amount = 0)',
        zh: '可选:每个商机的金额,与 stages 对齐;给出时“当前值”为各阶段金额合计而非个数(空白金额按 0 计)',
        zhHant: '可選:每個商機的金額,與 stages 對齊;給出時「當前值」為各階段金額合計而非個數(空白金額按 0 計)',
      },
    },
  ],
  examples: [
    {
      formula: '=FUNNEL_HEALTH(D2:D9, Settings!D2:D9)',
      args: [[['01'], ['01'], ['01'], ['02'], ['03 全面掌握客户组织关系'], ['Stage 3'], ['丢单'], ['06']], [[2], [2], [2], [1], [1], [1], [1], ['']]],
      result: [
        [1, 3, 2, 1.5, 'Excellent'],
        [2, 1, 2, 0.5, 'Warning'],
        [3, 2, 2, 1, 'Good'],
        [4, 0, 1, 0, 'Warning'],
        [5, 0, 1, 0, 'Warning'],
        [6, 1, 1, 1, 'Good'],
        [7, 0, 1, 0, 'Warning'],
        [8, 0, '', '', 'No benchmark'],
      ],
      explain: {
        en: 'stage 1 holds 3 against 2 (150 %), stage 3 holds 2 against 2 (100 %, good); the lost one is not counted; stage 8 has no benchmark',
        zh: '阶段 1 有 3 个,基准 2(150%,优秀);阶段 3 有 2 个,基准 2(100%,良好);丢单不计;阶段 8 无基准',
        zhHant: '階段 1 有 3 個,基準 2(150%,優秀);階段 3 有 2 個,基準 2(100%,良好);丟單不計;階段 8 無基準',
      },
    },
  ],
  size: () => ({ rows: 8, cols: 5 }),
  fold(args, ctx) {
    const benchmarks = readBenchmarks(args.benchmarks as unknown[], ctx.lang);
    // Columns are read in place; rows, blocks and single cells are read in reading order.
    const sg = toGrid(args.stages);
    const stages = sg[0].length === 1 ? null : cells(sg);
    const count = stages ? stages.length : sg.length;
    const ag = args.amounts === undefined ? null : toGrid(args.amounts);
    const amounts = ag && ag[0].length !== 1 ? cells(ag) : null;
    const amountCount = ag ? (amounts ? amounts.length : ag.length) : count;
    if (amountCount !== count) {
      throw new CallError(t(fill(RUN_MSG.rowsMismatch, { arg: 'amounts', rows: amountCount, expected: count, other: 'stages' }), ctx.lang));
    }
    const totals = emptyTotals();
    for (let i = 0; i < count; i++) {
      const stage = need('stage', stages ? stages[i] : sg[i][0], 'stages', i + 1, ctx);
      if (stage === null) continue;
      if (ag) {
        const amount = need('number', amounts ? amounts[i] : ag[i][0], 'amounts', i + 1, ctx);
        if (amount !== null) addToStage(totals, stage, amount);
      } else addToStage(totals, stage);
    }
    return funnelHealth(totals, benchmarks).map((h) => [
      h.stage,
      h.current,
      h.benchmark ?? '',
      h.ratio ?? '',
      t(HEALTH_LABELS[h.status], ctx.lang),
    ]);
  },
};

export const HEALTH_STATUS: EachSpec<string[]> = {
  kind: 'each',
  name: 'HEALTH_STATUS',
  help: {
    en: 'The funnel-health status of each ratio (a fraction: 0.85 or 85%): Excellent above 100 %, Good from 70 % to 100 % (both included), Warning below 70 %. A blank cell stays blank.',
    zh: '每个比率(小数 0.85 或 85%)的漏斗健康状态:高于 100% 为优秀,70%–100%(含两端)为良好,低于 70% 为预警。空白单元格保持空白。',
    zhHant: '每個比率(小數 0.85 或 85%)的漏斗健康狀態:高於 100% 為優秀,70%–100%(含兩端)為良好,低於 70% 為預警。空白儲存格保持空白。',
  },
  params: [
    {
      name: 'ratios',
      shape: 'each',
      type: 'number',
      sample: 'D2:D9',
      help: {
        en: 'Ratios current ÷ benchmark, as fractions (1 = 100 %) or percent text ("85%")',
        zh: '比率 = 当前 ÷ 基准,小数(1 = 100%)或百分数文本(“85%”)',
        zhHant: '比率 = 當前 ÷ 基準,小數(1 = 100%)或百分數文字(「85%」)',
      },
    },
  ],
  examples: [
    {
      formula: '=HEALTH_STATUS(D2:D5)',
      args: [[[1.2], [1], ['70%'], [0.69]]],
      result: [['Excellent'], ['Good'], ['Good'], ['Warning']],
      explain: {
        en: '120 % is excellent; exactly 100 % and exactly 70 % are good; 69 % is a warning',
        zh: '120% 为优秀;恰好 100% 和恰好 70% 为良好;69% 为预警',
        zhHant: '120% 為優秀;恰好 100% 和恰好 70% 為良好;69% 為預警',
      },
    },
  ],
  prepare(_call, ctx) {
    return [t(HEALTH_LABELS.excellent, ctx.lang), t(HEALTH_LABELS.good, ctx.lang), t(HEALTH_LABELS.warning, ctx.lang)];
  },
  cell([ratio], _call, _ctx, labels) {
    const r = ratio as number;
    if (r < 0) throw new RowError(fill(MSG.negativeRatio, { got: String(r) }));
    const s = healthStatus(r);
    return s === 'excellent' ? labels[0] : s === 'good' ? labels[1] : labels[2];
  },
};
