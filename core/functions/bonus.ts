/** BONUS: a person's bonus from their attainment, target bonus and plan tiers. */
import { fill, t } from '../i18n';
import { BONUS_MSG, BonusError, bonusFor, checkTiers, type BonusTier } from '../model/bonus';
import { withGot } from './got';
import { normText } from '../cell';
import { BAD, badValue, need, readAs, sameLength, toGrid, type Grid } from './run';
import { MSG } from './messages';
import { CallError, CellError, type Ctx, type FoldSpec, type Out } from './spec';

/** A tier row (from, to, rate, cap at `at` …) of `arg`, or `null` for a blank row; a bad cell or a blank from or rate fails the call. */
function tierRow(row: unknown[], at: number, arg: string, r: number, ctx: Ctx): BonusTier | null {
  const from = need('number', row[at], arg, r + 1, ctx) as number | null;
  const to = need('number', row[at + 1], arg, r + 1, ctx) as number | null;
  const rate = need('number', row[at + 2], arg, r + 1, ctx) as number | null;
  const cap = need('number', row[at + 3], arg, r + 1, ctx) as number | null;
  if (from === null && to === null && rate === null && cap === null) return null;
  if (from === null) throw new CallError(t(fill(BONUS_MSG.noFrom, { arg, row: r + 1 }), ctx.lang));
  if (rate === null) throw new CallError(t(fill(BONUS_MSG.noRate, { arg, row: r + 1 }), ctx.lang));
  return { from, to, rate, cap, row: r + 1 };
}

function checked(tiers: BonusTier[], arg: string, ctx: Ctx): BonusTier[] {
  try {
    return checkTiers(tiers, arg);
  } catch (e) {
    if (e instanceof BonusError) throw new CallError(t(e.reason, ctx.lang));
    throw e;
  }
}

export function readTiers(g: Grid, ctx: Ctx): BonusTier[] {
  const tiers: BonusTier[] = [];
  for (let r = 0; r < g.length; r++) {
    const tier = tierRow(g[r], 0, 'plan_rows', r, ctx);
    if (tier) tiers.push(tier);
  }
  return checked(tiers, 'plan_rows', ctx);
}

/** The Bonus plans table (plan, from, to, rate, cap) as each plan's checked tiers, by plan name as compared. */
export function readPlans(g: Grid, ctx: Ctx): Map<string, { name: string; tiers: BonusTier[] }> {
  const raw = new Map<string, { name: string; tiers: BonusTier[] }>();
  for (let r = 0; r < g.length; r++) {
    const name = need('text', g[r][0], 'bonus_plans', r + 1, ctx) as string | null;
    const tier = tierRow(g[r], 1, 'bonus_plans', r, ctx);
    if (name === null) {
      if (tier) throw new CallError(t(fill(PLAN_MSG.noName, { row: r + 1 }), ctx.lang));
      continue;
    }
    if (!tier) continue;
    const k = normText(name);
    const p = raw.get(k) ?? { name, tiers: [] };
    p.tiers.push(tier);
    raw.set(k, p);
  }
  for (const p of raw.values()) p.tiers = checked(p.tiers, 'bonus_plans', ctx);
  return raw;
}

const PLAN_MSG = {
  noName: { en: 'row {row} of bonus_plans: the plan is blank; expects the name of the plan the tier belongs to', zh: 'bonus_plans 第 {row} 行:方案为空;应填写该档所属方案的名称', zhHant: 'bonus_plans 第 {row} 列:方案為空;應填寫該檔所屬方案的名稱' },
  unknown: { en: 'plans: got {got}, expects a plan of bonus_plans ({plans})', zh: 'plans:收到 {got},应为 bonus_plans 中的方案({plans})', zhHant: 'plans:收到 {got},應為 bonus_plans 中的方案({plans})' },
};

const TARGET_MSG = { en: 'target_bonus: got {got}, expects a target bonus of 0 or more', zh: 'target_bonus:收到 {got},目标奖金应不小于 0', zhHant: 'target_bonus:收到 {got},目標獎金應不小於 0' };

export const BONUS: FoldSpec = {
  kind: 'fold',
  result: 'matrix',
  name: 'BONUS',
  help: {
    en: "The bonus per person: target bonus × the rate of the tier the attainment falls in, limited to the tier's cap when one is given. Tiers are half-open, [from, to): 100 % falls in the tier from 100 %, not in the one to 100 %; a blank to is open-ended; above the last tier its rate still applies (as does a tier's rate up to the next tier where the plan leaves a gap); below the first tier the bonus is 0. Attainment is a fraction (1 = 100 %; 105% as text works too); a blank attainment gives a blank. The plan rows are one plan's tiers: attainment from, attainment to, rate (of the target bonus), cap; overlapping tiers, a to not above its from or a blank from or rate fail the call naming the row.",
    zh: '每人的奖金:目标奖金 × 完成率所在档位的比例,给出封顶金额时不超过封顶。档位为左闭右开 [从, 至):100% 属于从 100% 开始的档位,而不属于至 100% 的档位;“至”为空表示不设上限;超过最后一档仍按最后一档比例;低于第一档奖金为 0。完成率为小数(1 = 100%;文本 105% 亦可);完成率为空则结果为空。plan_rows 为同一方案的档位:完成率从、完成率至、比例(占目标奖金)、封顶;档位重叠、“至”不大于“从”、或“从”或比例为空时,调用失败并指出行号。',
    zhHant: '每人的獎金:目標獎金 × 完成率所在檔位的比例,給出封頂金額時不超過封頂。檔位為左閉右開 [從, 至):100% 屬於從 100% 開始的檔位,而不屬於至 100% 的檔位;「至」為空表示不設上限;超過最後一檔仍按最後一檔比例;低於第一檔獎金為 0。完成率為小數(1 = 100%;文字 105% 亦可);完成率為空則結果為空。plan_rows 為同一方案的檔位:完成率從、完成率至、比例(佔目標獎金)、封頂;檔位重疊、「至」不大於「從」、或「從」或比例為空時,呼叫失敗並指出列號。',
  },
  params: [
    { name: 'attainment', shape: 'table', type: 'number', sample: 'B2:B', help: { en: 'Attainment per row as a fraction (1 = 100 %)', zh: '每行的完成率,小数表示(1 = 100%)', zhHant: '每列的完成率,小數表示(1 = 100%)' } },
    { name: 'target_bonus', shape: 'table', type: 'number', sample: 'C2:C', help: { en: 'Target bonus per row (or one cell for all rows)', zh: '每行的目标奖金(或一个单元格用于所有行)', zhHant: '每列的目標獎金(或一個儲存格用於所有列)' } },
    { name: 'plan_rows', shape: 'table', width: 4, sample: "'Bonus plans'!B2:E5", help: { en: "One plan's tiers: attainment from, attainment to, rate, cap (the Bonus plans table's columns)", zh: '同一方案的档位:完成率从、完成率至、比例、封顶(奖金方案表的列)', zhHant: '同一方案的檔位:完成率從、完成率至、比例、封頂(獎金方案表的欄)' } },
  ],
  examples: [
    {
      formula: "=BONUS(B2:B7, 100000, 'Bonus plans'!B2:E4)",
      args: [
        [[0.79], [0.8], [1], [1.2], [1.6], ['']],
        100000,
        [
          [0.8, 1, 0.5, ''],
          [1, 1.2, 1, ''],
          [1.2, '', 1.5, 130000],
        ],
      ],
      result: [[0], [50000], [100000], [130000], [130000], ['']],
      explain: {
        en: 'Below 80 % nothing; 80 % is in the first tier (50 %); 100 % in the second (100 %); 120 % and above in the last (150 % of 100,000 = 150,000, capped at 130,000); a blank attainment gives a blank',
        zh: '低于 80% 无奖金;80% 属于第一档(50%);100% 属于第二档(100%);120% 及以上属于最后一档(100,000 的 150% = 150,000,封顶 130,000);完成率为空则为空',
        zhHant: '低於 80% 無獎金;80% 屬於第一檔(50%);100% 屬於第二檔(100%);120% 及以上屬於最後一檔(100,000 的 150% = 150,000,封頂 130,000);完成率為空則為空',
      },
    },
  ],
  // A fold rather than `each`: one typed loop over the attainments (the generic cell-by-cell path
  // costs three times the bare loop at 100,000 rows); the shapes are each's — target_bonus the
  // attainment's size or a single cell.
  size: (dims) => dims[0] ?? { rows: 1, cols: 1 },
  fold(call, ctx) {
    const tiers = readTiers(call.plan_rows as Grid, ctx);
    return bonusGrid(call.attainment, call.target_bonus, () => tiers, ctx);
  },
};

/**
 * target × the tier's rate per attainment cell (the attainment's shape; target_bonus the same shape or
 * one cell). `tiersOf(r, c)` gives the row's tiers, `null` for a blank result, or the row's error.
 */
function bonusGrid(attainment: unknown, targetBonus: unknown, tiersOf: (r: number, c: number) => BonusTier[] | CellError | null, ctx: Ctx): Out[][] {
  const att = toGrid(attainment);
  const tg = toGrid(targetBonus);
  const single = tg.length === 1 && tg[0].length === 1;
  if (!single && (tg.length !== att.length || tg[0].length !== att[0].length)) {
    throw new CallError(t(fill(MSG.shapeMismatch, { arg: 'target_bonus', rows: tg.length, cols: tg[0].length, other: 'attainment', orows: att.length, ocols: att[0].length }), ctx.lang));
  }
  const out: Out[][] = new Array(att.length);
  for (let r = 0; r < att.length; r++) {
    const row = att[r];
    const res: Out[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const ra = row[c];
      const a = typeof ra === 'number' && ra - ra === 0 ? ra : readAs('number', ra);
      if (a === BAD) {
        res[c] = new CellError(badValue('number', 'attainment', ra, ctx));
        continue;
      }
      const tiers = a === null ? null : tiersOf(r, c);
      if (a === null || tiers === null) {
        res[c] = '';
        continue;
      }
      if (tiers instanceof CellError) {
        res[c] = tiers;
        continue;
      }
      const rt = single ? tg[0][0] : tg[r][c];
      const target = typeof rt === 'number' && rt - rt === 0 ? rt : readAs('number', rt);
      if (target === BAD) res[c] = new CellError(badValue('number', 'target_bonus', rt, ctx));
      else if (target === null || (target as number) < 0) res[c] = new CellError(t(withGot(TARGET_MSG, target), ctx.lang));
      else res[c] = bonusFor(a as number, target as number, tiers);
    }
    out[r] = res;
  }
  return out;
}

export const BONUS_BY_PLAN: FoldSpec = {
  kind: 'fold',
  name: 'BONUS_BY_PLAN',
  result: 'matrix',
  help: {
    en: "BONUS for people on different plans: per row, target bonus × the rate of the tier the attainment falls in within that row's plan, limited to the tier's cap — the tiers as BONUS reads them ([from, to), a blank to open-ended, the last tier's rate above it, 0 below the first). bonus_plans is the Bonus plans table (plan, attainment from, attainment to, rate, cap), every plan's tiers; plans are compared trimmed and case-insensitively. A blank attainment or plan gives a blank; a plan not in bonus_plans is that row's error naming the plans there; a bad tier fails the call naming its row.",
    zh: '不同奖金方案人员的 BONUS:每行按该行方案中完成率所在档位,奖金 = 目标奖金 × 比例,给出封顶时不超过封顶——档位规则与 BONUS 相同(左闭右开 [从, 至),“至”为空不设上限,超过最后一档按最后一档,低于第一档为 0)。bonus_plans 为奖金方案表(方案、完成率从、完成率至、比例、封顶),含所有方案的档位;方案名称比较时忽略首尾空格和大小写。完成率或方案为空则结果为空;方案不在 bonus_plans 中时该行报错并列出已有方案;档位有误时调用失败并指出行号。',
    zhHant: '不同獎金方案人員的 BONUS:每列按該列方案中完成率所在檔位,獎金 = 目標獎金 × 比例,給出封頂時不超過封頂——檔位規則與 BONUS 相同(左閉右開 [從, 至),「至」為空不設上限,超過最後一檔按最後一檔,低於第一檔為 0)。bonus_plans 為獎金方案表(方案、完成率從、完成率至、比例、封頂),含所有方案的檔位;方案名稱比較時忽略首尾空格和大小寫。完成率或方案為空則結果為空;方案不在 bonus_plans 中時該列報錯並列出已有方案;檔位有誤時呼叫失敗並指出列號。',
  },
  params: [
    { name: 'attainment', shape: 'table', type: 'number', sample: 'D2:D', help: { en: 'Attainment per row as a fraction (1 = 100 %)', zh: '每行的完成率,小数表示(1 = 100%)', zhHant: '每列的完成率,小數表示(1 = 100%)' } },
    { name: 'target_bonus', shape: 'table', type: 'number', sample: 'Team!G2:G', help: { en: 'Target bonus per row (e.g. Team\'s Target bonus column)', zh: '每行的目标奖金(如销售团队表的目标奖金列)', zhHant: '每列的目標獎金(如銷售團隊表的目標獎金欄)' } },
    { name: 'plans', shape: 'table', width: 1, sample: 'Team!F2:F', help: { en: "Each row's bonus plan (e.g. Team's Bonus plan column)", zh: '每行的奖金方案(如销售团队表的奖金方案列)', zhHant: '每列的獎金方案(如銷售團隊表的獎金方案欄)' } },
    { name: 'bonus_plans', shape: 'table', width: 5, sample: "'Bonus plans'!A2:E", help: { en: 'The Bonus plans table: plan, attainment from, attainment to, rate, cap', zh: '奖金方案表:方案、完成率从、完成率至、比例、封顶', zhHant: '獎金方案表:方案、完成率從、完成率至、比例、封頂' } },
  ],
  examples: [
    {
      formula: "=BONUS_BY_PLAN(D2:D5, Team!G2:G5, Team!F2:F5, 'Bonus plans'!A2:E4)",
      args: [
        [[1.1], [1.1], [0.6], ['']],
        [[60000], [200000], [60000], [60000]],
        [['AM'], ['Manager'], ['am '], ['AM']],
        [
          ['AM', 0.8, 1, 0.5, ''],
          ['AM', 1, '', 1.2, 90000],
          ['Manager', 1, '', 1.5, 250000],
        ],
      ],
      result: [[72000], [250000], [0], ['']],
      explain: {
        en: "110 % on the AM plan: 120 % of 60,000; on the Manager plan 150 % of 200,000 = 300,000, capped at 250,000; 60 % is below the AM plan's first tier; a blank attainment gives a blank",
        zh: '客户经理方案完成 110%:60,000 的 120%;管理者方案 200,000 的 150% = 300,000,封顶 250,000;60% 低于客户经理方案第一档;完成率为空则为空',
        zhHant: '客戶經理方案完成 110%:60,000 的 120%;管理者方案 200,000 的 150% = 300,000,封頂 250,000;60% 低於客戶經理方案第一檔;完成率為空則為空',
      },
    },
  ],
  size: (dims) => dims[0] ?? { rows: 1, cols: 1 },
  fold(call, ctx) {
    const plans = readPlans(call.bonus_plans as Grid, ctx);
    const names = [...plans.values()].map((p) => p.name).join(', ');
    const of = call.plans as Grid;
    const att = toGrid(call.attainment);
    if (of.length !== att.length) sameLength(att, 'attainment', of, 'plans', ctx);
    const memo = new Map<unknown, BonusTier[] | CellError | null>();
    return bonusGrid(call.attainment, call.target_bonus, (r) => {
      const raw = of[r][0];
      let hit = memo.get(raw);
      if (hit !== undefined) return hit;
      const k = normText(raw);
      hit = k === '' ? null : plans.get(k)?.tiers ?? new CellError(t(withGot(PLAN_MSG.unknown, raw, { plans: names || '—' }), ctx.lang));
      if (memo.size < 10000) memo.set(raw, hit);
      return hit;
    }, ctx);
  },
};
