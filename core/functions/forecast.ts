/** FORECAST_ROLLUP: the sales forecast rolled up the hierarchy, as one formula. */
import { t } from '../i18n';
import {
  addOpportunity,
  buildTeam,
  checkPeriod,
  emptyForecastTotals,
  ForecastError,
  readAdjustments,
  rollUp,
  UNASSIGNED,
  type Adjustment,
  type Period,
  type TeamMember,
} from '../model/forecast';
import { DEFAULT_PROBABILITIES } from '../model/stage';
import { probabilitiesParam } from './pipeline';
import { need, type Grid } from './run';
import { CallError, type Ctx, type FoldSpec, type Out } from './spec';

/** Result columns: person, manager, own, team, adjustment, submitted, counted. */
export const FORECAST_COLUMNS = 7;

function readTeam(g: Grid, ctx: Ctx): (TeamMember | null)[] {
  const out: (TeamMember | null)[] = new Array(g.length);
  for (let r = 0; r < g.length; r++) {
    const person = need('text', g[r][0], 'team', r + 1, ctx) as string | null;
    const manager = need('text', g[r][1], 'team', r + 1, ctx) as string | null;
    out[r] = person === null && manager === null ? null : { person: person ?? '', manager };
  }
  return out;
}

function readAdjustmentRows(g: Grid | undefined, ctx: Ctx): (Adjustment | null)[] {
  if (!g) return [];
  const out: (Adjustment | null)[] = new Array(g.length);
  for (let r = 0; r < g.length; r++) {
    const person = need('text', g[r][0], 'adjustments', r + 1, ctx) as string | null;
    const amount = need('number', g[r][1], 'adjustments', r + 1, ctx) as number | null;
    // A person without an amount is no revision; an amount without a person is an error (model).
    out[r] = amount === null ? null : { person: person ?? '', amount };
  }
  return out;
}

const blank = (): Out[] => ['', '', '', '', '', '', ''];

export const FORECAST_ROLLUP: FoldSpec = {
  kind: 'fold',
  name: 'FORECAST_ROLLUP',
  result: 'matrix',
  help: {
    en: 'Sales forecast rolled up the hierarchy. One row per team row, in team order (a blank team row gives a blank row), then a last row "(unassigned)" for opportunities whose owner is not in the team. Columns: person, manager, own forecast (Σ amount × stage probability of the opportunities they own, closing in the period, lost ones excluded), team forecast (own + what each direct report submits), adjustment, submitted (the adjustment if any, else the team forecast), opportunities counted. Opportunity rows with a blank stage are skipped; with from/to set, an opportunity without a close date is outside the period. A cycle, a manager not in the team, a person listed twice, an adjustment for someone not in the team or a bad value fails the call naming them.',
    zh: '按层级逐级汇总的销售预测。团队每行对应一行,顺序不变(团队空行对应空行),最后一行“(未分配)”汇总负责人不在团队中的商机。各列:人员、上级、个人预测(本人为主要负责人、在预测期内成交的商机的 金额 × 阶段概率 之和,丢单不计)、团队预测(个人预测 + 各直接下属提交的预测)、调整额、提交额(有调整时为调整额,否则为团队预测)、计入的商机数。阶段为空的商机行不计;设定了 from/to 时,没有预计成交日期的商机视为不在预测期内。层级有循环、上级不在团队中、人员重复、调整了团队外的人员或数值有误时,整个调用失败并指出具体人员。',
    zhHant: '按層級逐級匯總的銷售預測。團隊每列對應一列,順序不變(團隊空列對應空列),最後一列「(未分配)」匯總負責人不在團隊中的商機。各欄:人員、上級、個人預測(本人為主要負責人、在預測期內成交的商機的 金額 × 階段機率 之和,丟單不計)、團隊預測(個人預測 + 各直接下屬提交的預測)、調整額、提交額(有調整時為調整額,否則為團隊預測)、計入的商機數。階段為空的商機列不計;設定了 from/to 時,沒有預計成交日期的商機視為不在預測期內。層級有循環、上級不在團隊中、人員重複、調整了團隊外的人員或數值有誤時,整個呼叫失敗並指出具體人員。',
  },
  params: [
    {
      name: 'team',
      shape: 'table',
      width: 2,
      sample: 'Team!A2:B',
      help: {
        en: 'Team rows: person, manager (blank manager at the top); each person once',
        zh: '团队行:人员、上级(最高层上级为空);每人一行',
        zhHant: '團隊列:人員、上級(最高層上級為空);每人一列',
      },
    },
    {
      name: 'opportunities',
      shape: 'table',
      width: 3,
      sample: 'Opportunities!C2:F',
      help: {
        en: 'Opportunity rows: primary owner, amount, stage, expected close date (the date column may be left out when no period is set)',
        zh: '商机行:主要负责人、金额、阶段、预计成交日期(不设预测期时可省略日期列)',
        zhHant: '商機列:主要負責人、金額、階段、預計成交日期(不設預測期時可省略日期欄)',
      },
    },
    {
      name: 'from',
      shape: 'scalar',
      type: 'date',
      optional: true,
      sample: 'DATE(2026,1,1)',
      help: {
        en: 'Optional: first day of the forecast period (inclusive); blank = open',
        zh: '可选:预测期第一天(含);空白 = 不限',
        zhHant: '可選:預測期第一天(含);空白 = 不限',
      },
    },
    {
      name: 'to',
      shape: 'scalar',
      type: 'date',
      optional: true,
      sample: 'DATE(2026,3,31)',
      help: {
        en: 'Optional: last day of the forecast period (inclusive); blank = open',
        zh: '可选:预测期最后一天(含);空白 = 不限',
        zhHant: '可選:預測期最後一天(含);空白 = 不限',
      },
    },
    {
      name: 'adjustments',
      shape: 'table',
      width: 2,
      optional: true,
      sample: 'Adjustments!A2:B',
      help: {
        en: "Optional: rows person, amount — a superior's revision of that person's rolled-up forecast, submitted upward instead of it (blank amount = no revision)",
        zh: '可选:人员、金额 两列——上级对该人员汇总预测的修订,以修订额代替其团队预测向上提交(金额为空 = 不修订)',
        zhHant: '可選:人員、金額 兩欄——上級對該人員匯總預測的修訂,以修訂額代替其團隊預測向上提交(金額為空 = 不修訂)',
      },
    },
    probabilitiesParam,
  ],
  examples: [
    {
      formula: '=FORECAST_ROLLUP(Team!A2:B5, Opportunities!C2:F7, DATE(2026,1,1), DATE(2026,3,31), Adjustments!A2:B2)',
      args: [
        [['Wang', ''], ['Li', 'Wang'], ['Zhang', 'Li'], ['Chen', 'Li']],
        [
          ['Zhang', 100000, '05', '2026-03-15'],
          ['Zhang', 50000, 'lost', '2026-03-20'],
          ['Chen', 200000, '07', '2026-04-30'],
          ['Chen', 80000, '06', '2026-02-10'],
          ['Li', 30000, '08', '2026-01-05'],
          ['Zhao', 10000, '03', '2026-03-01'],
        ],
        '2026-01-01',
        '2026-03-31',
        [['Li', 120000]],
      ],
      result: [
        ['Wang', '', 0, 120000, '', 120000, 0],
        ['Li', 'Wang', 30000, 136000, 120000, 120000, 1],
        ['Zhang', 'Li', 50000, 50000, '', 50000, 1],
        ['Chen', 'Li', 56000, 56000, '', 56000, 1],
        ['(unassigned)', '', 3000, 3000, '', 3000, 1],
      ],
      explain: {
        en: "Zhang 100,000 × 50 %; Chen's April deal is outside the period; Li's team is 30,000 + 50,000 + 56,000 = 136,000, revised to 120,000 for Wang; Zhao is not in the team",
        zh: '张 100,000 × 50%;陈 4 月的商机不在预测期内;李的团队 30,000 + 50,000 + 56,000 = 136,000,向王提交时修订为 120,000;赵不在团队中',
        zhHant: '張 100,000 × 50%;陳 4 月的商機不在預測期內;李的團隊 30,000 + 50,000 + 56,000 = 136,000,向王提交時修訂為 120,000;趙不在團隊中',
      },
    },
  ],
  size: (dims) => ({ rows: (dims[0]?.rows ?? 0) + 1, cols: FORECAST_COLUMNS }),
  fold(args, ctx) {
    try {
      return rollupGrid(args, ctx);
    } catch (e) {
      if (e instanceof ForecastError) throw new CallError(t(e.reason, ctx.lang));
      throw e;
    }
  },
};

function rollupGrid(args: Record<string, any>, ctx: Ctx): Out[][] {
  const period: Period = { from: args.from ?? null, to: args.to ?? null };
  checkPeriod(period);
  const team = buildTeam(readTeam(args.team as Grid, ctx));
  const adjusted = readAdjustments(team, readAdjustmentRows(args.adjustments as Grid | undefined, ctx));
  const probs = (args.probabilities as number[] | undefined) ?? DEFAULT_PROBABILITIES;
  const totals = emptyForecastTotals(team);
  const opps = args.opportunities as Grid;
  const hasClose = opps.length > 0 && opps[0].length > 3;
  for (let r = 0; r < opps.length; r++) {
    const row = opps[r];
    const stage = need('stage', row[2], 'opportunities', r + 1, ctx);
    if (stage === null) continue;
    const amount = need('number', row[1], 'opportunities', r + 1, ctx);
    const close = hasClose ? need('date', row[3], 'opportunities', r + 1, ctx) : null;
    let owner = row[0];
    if (typeof owner !== 'string' && typeof owner !== 'number' && owner !== null && owner !== undefined) {
      owner = need('text', owner, 'opportunities', r + 1, ctx);
    }
    addOpportunity(totals, team.indexOf(owner), amount ?? 0, stage, close, period, probs);
  }
  const f = rollUp(team, totals, adjusted);
  const out: Out[][] = new Array(f.lines.length + 1);
  for (let i = 0; i < f.lines.length; i++) {
    const l = f.lines[i];
    out[i] = l ? [l.person, l.manager, l.own, l.team, l.adjustment ?? '', l.submitted, l.counted] : blank();
  }
  const u = f.unassigned;
  out[f.lines.length] = [t(UNASSIGNED, ctx.lang), '', u.own, u.own, '', u.own, u.counted];
  return out;
}
