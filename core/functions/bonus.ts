/** BONUS: a person's bonus from their attainment, target bonus and plan tiers. */
import { fill, t } from '../i18n';
import { BONUS_MSG, BonusError, bonusFor, checkTiers, type BonusTier } from '../model/bonus';
import { withGot } from './got';
import { BAD, badValue, need, readAs, toGrid, type Grid } from './run';
import { MSG } from './messages';
import { CallError, CellError, type Ctx, type FoldSpec, type Out } from './spec';

export function readTiers(g: Grid, ctx: Ctx): BonusTier[] {
  const tiers: BonusTier[] = [];
  for (let r = 0; r < g.length; r++) {
    const row = g[r];
    const from = need('number', row[0], 'plan_rows', r + 1, ctx) as number | null;
    const to = need('number', row[1], 'plan_rows', r + 1, ctx) as number | null;
    const rate = need('number', row[2], 'plan_rows', r + 1, ctx) as number | null;
    const cap = need('number', row[3], 'plan_rows', r + 1, ctx) as number | null;
    if (from === null && to === null && rate === null && cap === null) continue;
    if (from === null) throw new CallError(t(fill(BONUS_MSG.noFrom, { row: r + 1 }), ctx.lang));
    if (rate === null) throw new CallError(t(fill(BONUS_MSG.noRate, { row: r + 1 }), ctx.lang));
    tiers.push({ from: from!, to, rate, cap, row: r + 1 });
  }
  try {
    return checkTiers(tiers);
  } catch (e) {
    if (e instanceof BonusError) throw new CallError(t(e.reason, ctx.lang));
    throw e;
  }
}

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
    const att = toGrid(call.attainment);
    const tg = toGrid(call.target_bonus);
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
        if (a === null) {
          res[c] = '';
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
  },
};
