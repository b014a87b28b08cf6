/** QUOTA_ATTAINMENT and PIPELINE_COVERAGE: quotas against what is closed and what is in the pipeline. */
import { t } from '../i18n';
import { attainment, coverage, QUOTA_MET, QUOTA_MSG, validQuota } from '../model/quota';
import { withGot } from './got';
import { RowError, type EachSpec, type ParamSpec } from './spec';

const quotaParam: ParamSpec = {
  name: 'quota',
  shape: 'each',
  type: 'number',
  sample: 'C2:C',
  help: {
    en: 'Quota per row (or one cell for all rows); must be greater than 0',
    zh: '每行的销售指标(或一个单元格用于所有行);应大于 0',
    zhHant: '每列的銷售指標(或一個儲存格用於所有列);應大於 0',
  },
};

function checkQuota(q: number | null): number {
  if (!validQuota(q)) throw new RowError(withGot(QUOTA_MSG.noQuota, q));
  return q;
}

export const QUOTA_ATTAINMENT: EachSpec = {
  kind: 'each',
  name: 'QUOTA_ATTAINMENT',
  help: {
    en: 'Quota attainment per row: actual ÷ quota, as a fraction (1 = 100 %; format the cells as %). A blank actual counts as 0; a blank, zero or negative quota makes that row an error saying so.',
    zh: '逐行计算指标完成率:实际 ÷ 指标,结果为小数(1 = 100%,可将单元格设为百分比格式)。实际为空按 0 计;指标为空、0 或负数时该行报错并说明原因。',
    zhHant: '逐列計算指標完成率:實際 ÷ 指標,結果為小數(1 = 100%,可將儲存格設為百分比格式)。實際為空按 0 計;指標為空、0 或負數時該列報錯並說明原因。',
  },
  params: [
    {
      name: 'actual',
      shape: 'each',
      type: 'number',
      sample: 'B2:B',
      help: { en: 'Actual sales per row (blank = 0)', zh: '每行的实际销售额(空白 = 0)', zhHant: '每列的實際銷售額(空白 = 0)' },
    },
    quotaParam,
  ],
  examples: [
    {
      formula: '=QUOTA_ATTAINMENT(B2:B4, C2:C4)',
      args: [[[120000], ['45,000'], ['']], [[100000], [60000], [50000]]],
      result: [[1.2], [0.75], [0]],
      explain: {
        en: '120,000 of 100,000 is 120 %; 45,000 of 60,000 is 75 %; nothing yet is 0 %',
        zh: '100,000 的指标完成 120,000 为 120%;60,000 完成 45,000 为 75%;尚无业绩为 0%',
        zhHant: '100,000 的指標完成 120,000 為 120%;60,000 完成 45,000 為 75%;尚無業績為 0%',
      },
    },
  ],
  cell([actual, quota]) {
    return attainment(actual as number | null, checkQuota(quota as number | null));
  },
};

export const PIPELINE_COVERAGE: EachSpec<string> = {
  kind: 'each',
  name: 'PIPELINE_COVERAGE',
  help: {
    en: 'Pipeline coverage per row: pipeline ÷ (quota − closed), as a fraction (3 = 3× coverage). Blank pipeline or closed counts as 0. When closed already reaches the quota, nothing is left to cover and the row says "Quota met"; a blank, zero or negative quota makes that row an error saying so.',
    zh: '逐行计算管道覆盖率:管道金额 ÷(指标 − 已成交),结果为小数(3 = 3 倍覆盖)。管道或已成交为空按 0 计。已成交达到指标时无需覆盖,该行显示“已完成指标”;指标为空、0 或负数时该行报错并说明原因。',
    zhHant: '逐列計算管道覆蓋率:管道金額 ÷(指標 − 已成交),結果為小數(3 = 3 倍覆蓋)。管道或已成交為空按 0 計。已成交達到指標時無需覆蓋,該列顯示「已完成指標」;指標為空、0 或負數時該列報錯並說明原因。',
  },
  params: [
    {
      name: 'pipeline',
      shape: 'each',
      type: 'number',
      sample: 'B2:B',
      help: {
        en: 'Open pipeline per row (weighted or not, as you track it; blank = 0)',
        zh: '每行的在途管道金额(加权与否按你的口径;空白 = 0)',
        zhHant: '每列的在途管道金額(加權與否按你的口徑;空白 = 0)',
      },
    },
    quotaParam,
    {
      name: 'closed',
      shape: 'each',
      type: 'number',
      optional: true,
      sample: 'D2:D',
      help: {
        en: 'Optional: already closed (won) per row, taken off the quota (blank = 0)',
        zh: '可选:每行已成交(赢单)金额,从指标中扣除(空白 = 0)',
        zhHant: '可選:每列已成交(贏單)金額,從指標中扣除(空白 = 0)',
      },
    },
  ],
  examples: [
    {
      formula: '=PIPELINE_COVERAGE(B2:B4, C2:C4, D2:D4)',
      args: [[[300000], [90000], [50000]], [[200000], [100000], [100000]], [[100000], [70000], [120000]]],
      result: [[3], [3], ['Quota met']],
      explain: {
        en: '300,000 ÷ (200,000 − 100,000) = 3×; 90,000 ÷ 30,000 = 3×; 120,000 closed already meets 100,000',
        zh: '300,000 ÷(200,000 − 100,000)= 3 倍;90,000 ÷ 30,000 = 3 倍;已成交 120,000 已达到 100,000 的指标',
        zhHant: '300,000 ÷(200,000 − 100,000)= 3 倍;90,000 ÷ 30,000 = 3 倍;已成交 120,000 已達到 100,000 的指標',
      },
    },
  ],
  prepare(_call, ctx) {
    return t(QUOTA_MET, ctx.lang);
  },
  cell([pipeline, quota, closed], _call, _ctx, met) {
    const c = coverage(pipeline as number | null, checkQuota(quota as number | null), closed as number | null);
    return c === null ? met : c;
  },
};
