/** FORECAST_CATEGORIES: the period's opportunities by forecast category, per person, rolled up the team. */
import { toDateSerial, toNumber } from '../cell';
import { t } from '../i18n';
import { categoryOf, parseCategory, type ForecastCategory } from '../model/forecast-category';
import { teamTotals, UNASSIGNED } from '../model/forecast';
import { LOST, parseStage, type Stage } from '../model/stage';
import { inPeriod, periodParams, readPeriod } from './period';
import { withGot } from './got';
import { cells, need, sameLength, type Grid } from './run';
import { CallError, type FoldSpec, type Out } from './spec';
import { opportunitiesParam, teamOf, teamParam } from './team';

/** The four categories shown, in their columns (Omitted is left out). */
const SHOWN: readonly ForecastCategory[] = ['pipeline', 'best_case', 'commit', 'closed'];
const COLUMN: Record<ForecastCategory, number> = { pipeline: 0, best_case: 1, commit: 2, closed: 3, omitted: -1 };

const BAD_CATEGORY = {
  en: 'row {row} of categories: got {got}, expects Pipeline, Best case, Commit, Closed or Omitted (blank = by stage)',
  zh: 'categories 第 {row} 行:收到 {got},应为 管道、最佳情况、承诺、已成交 或 不计入(空白 = 按阶段)',
  zhHant: 'categories 第 {row} 列:收到 {got},應為 管道、最佳情況、承諾、已成交 或 不計入(空白 = 按階段)',
};

export const FORECAST_CATEGORIES: FoldSpec = {
  kind: 'fold',
  name: 'FORECAST_CATEGORIES',
  result: 'matrix',
  help: {
    en: "Forecast categories per person, rolled up the team: one row per team row, in team order (a blank team row gives a blank row), then a last row \"(unassigned)\" for owners not in the team. Columns: person, pipeline, best case, commit, closed — the amounts of the opportunities closing in the period in that category, the person's own and their whole team's below them. An opportunity's category is the one set on it (Pipeline / Best case / Commit / Closed / Omitted, 管道 / 最佳情况 / 承诺 / 已成交 / 不计入, any language), or, when blank, the one its stage has: 01–03 Pipeline, 04–05 Best case, 06–07 Commit, 08 Closed (the Dashboard applies the rule of Settings before handing them over). Omitted and lost opportunities are left out; rows with a blank stage are skipped; with from/to set, an opportunity without a close date is outside the period. A bad value fails the call naming its row.",
    zh: '按人员、沿团队汇总的预测类别:团队每行对应一行,顺序不变(团队空行对应空行),最后一行“(未分配)”汇总负责人不在团队中的商机。各列:人员、管道、最佳情况、承诺、已成交——在期间内成交、属于该类别的商机金额,含本人及其下属整个团队。商机的类别为其设定的类别(管道 / 最佳情况 / 承诺 / 已成交 / 不计入,任一语言均可),为空时按阶段:01–03 管道,04–05 最佳情况,06–07 承诺,08 已成交(仪表板先按设置中的规则补全再传入)。不计入和丢单的商机不计;阶段为空的行不计;设定 from/to 时,没有成交日期的商机不在期间内。数值有误时整个调用失败并指出行号。',
    zhHant: '按人員、沿團隊匯總的預測類別:團隊每列對應一列,順序不變(團隊空列對應空列),最後一列「(未分配)」匯總負責人不在團隊中的商機。各欄:人員、管道、最佳情況、承諾、已成交——在期間內成交、屬於該類別的商機金額,含本人及其下屬整個團隊。商機的類別為其設定的類別(管道 / 最佳情況 / 承諾 / 已成交 / 不計入,任一語言均可),為空時按階段:01–03 管道,04–05 最佳情況,06–07 承諾,08 已成交(儀表板先按設定中的規則補全再傳入)。不計入和丟單的商機不計;階段為空的列不計;設定 from/to 時,沒有成交日期的商機不在期間內。數值有誤時整個呼叫失敗並指出列號。',
  },
  params: [
    teamParam(),
    opportunitiesParam,
    {
      name: 'categories',
      shape: 'table',
      sample: 'Opportunities!K2:K',
      help: {
        en: "Forecast category per opportunity, aligned with opportunities (blank = the stage's category)",
        zh: '每个商机的预测类别,与 opportunities 对齐(空白 = 按阶段的类别)',
        zhHant: '每個商機的預測類別,與 opportunities 對齊(空白 = 按階段的類別)',
      },
    },
    ...periodParams,
  ],
  examples: [
    {
      formula: '=FORECAST_CATEGORIES(Team!A2:B3, Opportunities!E2:H7, Opportunities!K2:K7, DATE(2026,4,1), DATE(2026,6,30))',
      args: [
        [['Li', ''], ['Zhang', 'Li']],
        [
          ['Zhang', 100000, '02', '2026-05-15'],
          ['Zhang', 200000, '05', '2026-06-10'],
          ['Zhang', 300000, '07', '2026-06-20'],
          ['Li', 80000, '06', '2026-04-20'],
          ['Li', 50000, '08', '2026-05-02'],
          ['Zhao', 70000, '03', '2026-05-05'],
        ],
        [[''], ['Commit'], [''], ['不计入'], [''], ['']],
        '2026-04-01',
        '2026-06-30',
      ],
      result: [
        ['Li', 100000, 0, 500000, 50000],
        ['Zhang', 100000, 0, 500000, 0],
        ['(unassigned)', 70000, 0, 0, 0],
      ],
      explain: {
        en: "Zhang: stage 02 is Pipeline, the stage-05 deal is set to Commit, stage 07 is Commit; Li's own stage-06 deal is Omitted, the won 50,000 Closed; Li's row is the team's",
        zh: '张:阶段 02 属管道,阶段 05 的商机设为承诺,阶段 07 属承诺;李本人阶段 06 的商机设为不计入,赢单 50,000 属已成交;李这一行为团队合计',
        zhHant: '張:階段 02 屬管道,階段 05 的商機設為承諾,階段 07 屬承諾;李本人階段 06 的商機設為不計入,贏單 50,000 屬已成交;李這一列為團隊合計',
      },
    },
  ],
  size: (dims) => ({ rows: (dims[0]?.rows ?? 0) + 1, cols: 5 }),
  fold(args, ctx) {
    const period = readPeriod(args, ctx);
    const team = teamOf(args.team as Grid, ctx);
    const opps = args.opportunities as Grid;
    const cats = cells(args.categories);
    sameLength(opps, 'opportunities', cats, 'categories', ctx);
    const n = team.rows.length;
    const own = SHOWN.map(() => new Float64Array(n));
    const outside = [0, 0, 0, 0];
    const hasClose = opps.length > 0 && opps[0].length > 3;
    const bounded = period.from !== null || period.to !== null;
    for (let r = 0; r < opps.length; r++) {
      const row = opps[r];
      let stage = parseStage(row[2]) as Stage | null | undefined;
      if (stage === undefined) stage = need('stage', row[2], 'opportunities', r + 1, ctx) as Stage;
      if (stage === null) continue;
      let amount = toNumber(row[1]);
      if (amount === undefined) amount = need('number', row[1], 'opportunities', r + 1, ctx) as number;
      let close: number | null | undefined = hasClose ? toDateSerial(row[3]) : null;
      if (close === undefined) close = need('date', row[3], 'opportunities', r + 1, ctx) as number;
      const c = cats[r];
      let set = typeof c === 'string' ? parseCategory(c) : c === null || c === undefined ? null : undefined;
      if (set === undefined) throw new CallError(t(withGot(BAD_CATEGORY, c, { row: r + 1 }), ctx.lang));
      if (stage === LOST || amount === null) continue;
      if (bounded && !inPeriod(close, period)) continue;
      const k = COLUMN[categoryOf(set, stage)];
      if (k < 0) continue;
      const o = row[0];
      const owner = typeof o === 'string' || typeof o === 'number' || o === null || o === undefined ? o : need('text', o, 'opportunities', r + 1, ctx);
      const i = team.indexOf(owner); // a blank owner is nobody of the team: unassigned
      if (i < 0) outside[k] += amount;
      else own[k][i] += amount;
    }
    const all = own.map((o) => teamTotals(team, o));
    const out: Out[][] = new Array(n + 1);
    for (let i = 0; i < n; i++) {
      const m = team.rows[i];
      out[i] = m ? [m.person, all[0][i], all[1][i], all[2][i], all[3][i]] : ['', '', '', '', ''];
    }
    out[n] = [t(UNASSIGNED, ctx.lang), ...outside];
    return out;
  },
};
