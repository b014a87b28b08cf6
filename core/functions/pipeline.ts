/** STAGE_PROBABILITY and WEIGHTED_PIPELINE: the funnel's stages as win probabilities and money. */
import { toDateSerial } from '../cell';
import { t } from '../i18n';
import { DEFAULT_PROBABILITIES } from '../model/stage';
import { inPeriod, periodParams, readPeriod } from './period';
import { cells, need, sameLength } from './run';
import { CallError, type EachSpec, type FoldSpec, type ParamSpec } from './spec';

const MSG_NO_DATES = {
  en: 'from/to: a period needs close_dates, the expected close date of each opportunity (aligned with amounts)',
  zh: 'from/to:设定期间时需要 close_dates,即每个商机的预计成交日期(与 amounts 对齐)',
  zhHant: 'from/to:設定期間時需要 close_dates,即每個商機的預計成交日期(與 amounts 對齊)',
};

export const probabilitiesParam: ParamSpec = {
  name: 'probabilities',
  shape: 'probabilities',
  optional: true,
  sample: 'Settings!C2:C9',
  help: {
    en: 'Optional: 8 win probabilities for stages 1–8, in a row or a column (default 10, 20, 30, 40, 50, 70, 90, 100 %)',
    zh: '可选:阶段 1–8 的 8 个赢单概率,一行或一列(默认 10、20、30、40、50、70、90、100%)',
    zhHant: '可選:階段 1–8 的 8 個贏單機率,一列或一欄(預設 10、20、30、40、50、70、90、100%)',
  },
};

export function stagesParam(sample = 'D2:D'): ParamSpec {
  return {
    name: 'stages',
    shape: 'each',
    type: 'stage',
    sample,
    help: {
      en: 'Funnel stage per opportunity: 1–8 ("03", "Stage 3", "03 Map …"), or lost / 丢单',
      zh: '每个商机的漏斗阶段:1–8(“03”“03 全面掌握…”),或 lost / 丢单',
      zhHant: '每個商機的漏斗階段:1–8(「03」「03 全面掌握…」),或 lost / 丟單',
    },
  };
}

export const STAGE_PROBABILITY: EachSpec = {
  kind: 'each',
  name: 'STAGE_PROBABILITY',
  help: {
    en: 'Win probability of each funnel stage (lost = 0 %).',
    zh: '每个漏斗阶段的赢单概率(丢单 = 0%)。',
    zhHant: '每個漏斗階段的贏單機率(丟單 = 0%)。',
  },
  params: [stagesParam(), probabilitiesParam],
  examples: [
    {
      formula: '=STAGE_PROBABILITY(D2:D4)',
      args: [[['03'], ['Stage 6'], ['丢单']]],
      result: [[0.3], [0.7], [0]],
      explain: { en: 'stage 3 is 30 %, stage 6 is 70 %, lost is 0 %', zh: '阶段 3 为 30%,阶段 6 为 70%,丢单为 0%', zhHant: '階段 3 為 30%,階段 6 為 70%,丟單為 0%' },
    },
  ],
  cell([stage], call) {
    const probs = (call.probabilities as number[] | undefined) ?? DEFAULT_PROBABILITIES;
    return probs[stage as number];
  },
};

export const WEIGHTED_PIPELINE: FoldSpec = {
  kind: 'fold',
  name: 'WEIGHTED_PIPELINE',
  result: 'scalar',
  help: {
    en: 'Weighted pipeline: the sum of amount × win probability of the stage (won ones at the stage-08 probability, 100 % by default). With close_dates and from/to, only opportunities closing in the period count (one without a close date is outside a bounded period). Rows with a blank stage are skipped.',
    zh: '加权管道金额:金额 × 所在阶段赢单概率之和(已赢单按阶段 08 的概率,默认 100%)。给出 close_dates 和 from/to 时,只计入在期间内成交的商机(没有成交日期的商机不在有界期间内)。阶段为空的行不计。',
    zhHant: '加權管道金額:金額 × 所在階段贏單機率之和(已贏單按階段 08 的機率,預設 100%)。給出 close_dates 和 from/to 時,只計入在期間內成交的商機(沒有成交日期的商機不在有界期間內)。階段為空的列不計。',
  },
  params: [
    {
      name: 'amounts',
      shape: 'table',
      sample: 'E2:E',
      help: { en: 'Amount per opportunity', zh: '每个商机的金额', zhHant: '每個商機的金額' },
    },
    { ...stagesParam(), shape: 'table' },
    probabilitiesParam,
    {
      name: 'close_dates',
      shape: 'table',
      optional: true,
      sample: 'H2:H',
      help: { en: 'Optional: expected close date per opportunity, aligned with amounts', zh: '可选:每个商机的预计成交日期,与 amounts 对齐', zhHant: '可選:每個商機的預計成交日期,與 amounts 對齊' },
    },
    ...periodParams,
  ],
  examples: [
    {
      formula: '=WEIGHTED_PIPELINE(E2:E4, D2:D4)',
      args: [[[100000], [50000], [80000]], [['02'], ['07'], ['lost']]],
      result: 65000,
      explain: { en: '100,000 × 20 % + 50,000 × 90 % + 0', zh: '100,000 × 20% + 50,000 × 90% + 0', zhHant: '100,000 × 20% + 50,000 × 90% + 0' },
    },
    {
      formula: '=WEIGHTED_PIPELINE(E2:E5, D2:D5, , H2:H5, DATE(2026,4,1), DATE(2026,6,30))',
      args: [[[100000], [50000], [80000], [40000]], [['02'], ['07'], ['08'], ['05']], undefined, [['2026-05-10'], ['2026-07-03'], ['2026-06-30'], ['']], '2026-04-01', '2026-06-30'],
      result: 100000,
      explain: {
        en: '100,000 × 20 % + the won 80,000 at 100 %; the July deal and the one without a close date are outside the period',
        zh: '100,000 × 20% + 已赢单的 80,000 按 100%;7 月成交的和没有成交日期的不在期间内',
        zhHant: '100,000 × 20% + 已贏單的 80,000 按 100%;7 月成交的和沒有成交日期的不在期間內',
      },
    },
  ],
  size: () => ({ rows: 1, cols: 1 }),
  fold(args, ctx) {
    const amounts = cells(args.amounts);
    const stages = cells(args.stages);
    const probs = (args.probabilities as number[] | undefined) ?? DEFAULT_PROBABILITIES;
    sameLength(stages, 'stages', amounts, 'amounts', ctx);
    const period = readPeriod(args, ctx);
    const bounded = period.from !== null || period.to !== null;
    const dates = args.close_dates === undefined ? null : cells(args.close_dates);
    if (dates) sameLength(amounts, 'amounts', dates, 'close_dates', ctx);
    else if (bounded) throw new CallError(t(MSG_NO_DATES, ctx.lang));
    let sum = 0;
    for (let i = 0; i < stages.length; i++) {
      const stage = need('stage', stages[i], 'stages', i + 1, ctx);
      if (stage === null) continue;
      const amount = need('number', amounts[i], 'amounts', i + 1, ctx);
      if (amount === null) continue;
      if (dates && bounded) {
        let close = toDateSerial(dates[i]);
        if (close === undefined) close = need('date', dates[i], 'close_dates', i + 1, ctx) as number;
        if (!inPeriod(close, period)) continue;
      }
      sum += amount * probs[stage];
    }
    return sum;
  },
};
