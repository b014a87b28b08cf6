/** OPP_SCORE and OPP_ASSESS: the 20-question assessment as formulas. */
import { t } from '../i18n';
import { assess, DEFAULT_THRESHOLD, QUESTION_COUNT, VERDICT } from '../model/assessment';
import type { ParamSpec, RowsSpec } from './spec';

const answers: ParamSpec = {
  name: 'answers',
  shape: 'rows',
  type: 'yesno',
  width: QUESTION_COUNT,
  sample: 'B2:U',
  help: {
    en: 'One row of 20 yes/no answers per opportunity (1/0, 是/否, y/n, √/×), in the order of the 20 questions; blank counts as no',
    zh: '每个商机一行 20 个是/否答案(1/0、是/否、y/n、√/×),按 20 个问题的顺序;空白按“否”计',
    zhHant: '每個商機一列 20 個是/否答案(1/0、是/否、y/n、√/×),按 20 個問題的順序;空白按「否」計',
  },
};

const yes12 = [[1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0]];

export const OPP_SCORE: RowsSpec = {
  kind: 'rows',
  name: 'OPP_SCORE',
  width: 1,
  help: {
    en: 'Opportunity value score: the number of yes answers (0–20) to the 20 assessment questions, per row.',
    zh: '商机价值得分:每行 20 个评估问题中回答“是”的个数(0–20)。',
    zhHant: '商機價值得分:每列 20 個評估問題中回答「是」的個數(0–20)。',
  },
  params: [answers],
  examples: [
    {
      formula: '=OPP_SCORE(B2:U2)',
      args: [yes12],
      result: [[12]],
      explain: { en: '12 of the 20 answers are yes', zh: '20 个答案中 12 个为“是”', zhHant: '20 個答案中 12 個為「是」' },
    },
  ],
  row(values) {
    let yes = 0;
    for (let i = 0; i < QUESTION_COUNT; i++) if (values[i] === true) yes++;
    return [yes];
  },
};

export const OPP_ASSESS: RowsSpec = {
  kind: 'rows',
  name: 'OPP_ASSESS',
  width: 6,
  help: {
    en: 'Opportunity assessment per row: the four dimension scores (opportunity, competitive, can win, worth winning), the total, and the verdict (high value when total > threshold).',
    zh: '逐行评估商机:四个维度得分(商业机会、竞争力、能否赢、是否值得赢)、总分和结论(总分大于阈值为高价值)。',
    zhHant: '逐列評估商機:四個維度得分(商業機會、競爭力、能否贏、是否值得贏)、總分和結論(總分大於閾值為高價值)。',
  },
  params: [
    answers,
    {
      name: 'threshold',
      shape: 'scalar',
      type: 'number',
      optional: true,
      default: DEFAULT_THRESHOLD,
      sample: '10',
      help: { en: 'A total above this is high value (default 10)', zh: '总分高于此值为高价值(默认 10)', zhHant: '總分高於此值為高價值(預設 10)' },
    },
  ],
  examples: [
    {
      formula: '=OPP_ASSESS(B2:U2)',
      args: [yes12],
      result: [[4, 4, 3, 1, 12, 'High value']],
      explain: { en: '12 > 10: a high-value opportunity', zh: '12 > 10:高价值商机', zhHant: '12 > 10:高價值商機' },
    },
  ],
  row(values, call, ctx) {
    const a = assess(values, call.threshold as number);
    return [...a.dimensions, a.total, t(a.high ? VERDICT.high : VERDICT.low, ctx.lang)];
  },
};
