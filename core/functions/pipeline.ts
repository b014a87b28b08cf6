/** STAGE_PROBABILITY and WEIGHTED_PIPELINE: the funnel's stages as win probabilities and money. */
import { DEFAULT_PROBABILITIES } from '../model/stage';
import { cells, need, sameLength } from './run';
import { type EachSpec, type FoldSpec, type ParamSpec } from './spec';

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
    en: 'Weighted pipeline: the sum of amount × win probability of the stage. Rows with a blank stage are skipped.',
    zh: '加权管道金额:金额 × 所在阶段赢单概率之和。阶段为空的行不计。',
    zhHant: '加權管道金額:金額 × 所在階段贏單機率之和。階段為空的列不計。',
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
  ],
  examples: [
    {
      formula: '=WEIGHTED_PIPELINE(E2:E4, D2:D4)',
      args: [[[100000], [50000], [80000]], [['02'], ['07'], ['lost']]],
      result: 65000,
      explain: { en: '100,000 × 20 % + 50,000 × 90 % + 0', zh: '100,000 × 20% + 50,000 × 90% + 0', zhHant: '100,000 × 20% + 50,000 × 90% + 0' },
    },
  ],
  size: () => ({ rows: 1, cols: 1 }),
  fold(args, ctx) {
    const amounts = cells(args.amounts);
    const stages = cells(args.stages);
    const probs = (args.probabilities as number[] | undefined) ?? DEFAULT_PROBABILITIES;
    sameLength(stages, 'stages', amounts, 'amounts', ctx);
    let sum = 0;
    for (let i = 0; i < stages.length; i++) {
      const stage = need('stage', stages[i], 'stages', i + 1, ctx);
      if (stage === null) continue;
      const amount = need('number', amounts[i], 'amounts', i + 1, ctx);
      if (amount === null) continue;
      sum += amount * probs[stage];
    }
    return sum;
  },
};
