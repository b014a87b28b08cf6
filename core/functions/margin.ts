/** DEAL_MARGIN: an order's gross margin, expense ratio, profit margin and verdict (the finance review). */
import { fill, t } from '../i18n';
import { DEFAULT_MIN_MARGIN, dealMargins, MARGIN_VERDICT, marginVerdict } from '../model/review';
import { columnParam, numbersOf, sameRows } from './columns';
import type { Grid } from './run';
import { CallError, CellError, type FoldSpec, type Out } from './spec';

const NAMES = ['prices', 'costs', 'expenses', 'taxes'] as const;

const MSG = {
  noPrice: { en: 'prices: got {got}, expects a price other than 0 (margins are fractions of it)', zh: 'prices:收到 {got},报价应不为 0(各项比率以报价为分母)', zhHant: 'prices:收到 {got},報價應不為 0(各項比率以報價為分母)' },
  noCost: { en: 'costs: got (blank), expects the cost of the order', zh: 'costs:收到 (空白),应填写订单成本', zhHant: 'costs:收到 (空白),應填寫訂單成本' },
  minMargin: { en: 'min_margin: got {got}, expects a fraction from −100 % to 100 % such as 10% or 0.1', zh: 'min_margin:收到 {got},应为 −100% 至 100% 之间的比例,如 10% 或 0.1', zhHant: 'min_margin:收到 {got},應為 −100% 至 100% 之間的比例,如 10% 或 0.1' },
};

export const DEAL_MARGIN: FoldSpec = {
  kind: 'fold',
  name: 'DEAL_MARGIN',
  result: 'matrix',
  help: {
    en: 'The margins of an order, as the finance review reads them: per row, 4 columns — gross margin = (price − cost) ÷ price, expense ratio = expenses ÷ price, profit margin = (price − cost − expenses − taxes) ÷ price (fractions: format the cells as %), and a verdict: OK when the profit margin reaches min_margin, else Below minimum. Blank expenses and taxes count as 0; min_margin defaults to 10 % (pass Settings\' min_margin). A row with a zero or blank price, or a blank cost, is that row\'s error saying so; a row with nothing in it gives a blank row.',
    zh: '订单的各项比率(财务评审所看):每行 4 列——销售毛利率 =(报价 − 成本)÷ 报价,销售费用率 = 销售费用 ÷ 报价,销售利润率 =(报价 − 成本 − 销售费用 − 税金)÷ 报价(均为小数,可设为百分比格式),以及结论:利润率达到 min_margin 为“合格”,否则为“低于最低利润率”。销售费用和税金为空按 0 计;min_margin 默认为 10%(可引用设置表的 min_margin)。报价为 0 或为空、或成本为空的行报错并说明原因;全空的行结果为空。',
    zhHant: '訂單的各項比率(財務評審所看):每列 4 欄——銷售毛利率 =(報價 − 成本)÷ 報價,銷售費用率 = 銷售費用 ÷ 報價,銷售利潤率 =(報價 − 成本 − 銷售費用 − 稅金)÷ 報價(均為小數,可設為百分比格式),以及結論:利潤率達到 min_margin 為「合格」,否則為「低於最低利潤率」。銷售費用和稅金為空按 0 計;min_margin 預設為 10%(可引用設定表的 min_margin)。報價為 0 或為空、或成本為空的列報錯並說明原因;全空的列結果為空。',
  },
  params: [
    columnParam('prices', 'I2:I', 'Price (order value) per row', '每行的报价(订单金额)', '每列的報價(訂單金額)'),
    columnParam('costs', 'J2:J', 'Cost per row', '每行的成本', '每列的成本'),
    columnParam('expenses', 'K2:K', 'Optional: sales expenses per row (blank = 0)', '可选:每行的销售费用(空白 = 0)', '可選:每列的銷售費用(空白 = 0)', true),
    columnParam('taxes', 'L2:L', 'Optional: taxes per row (blank = 0)', '可选:每行的税金(空白 = 0)', '可選:每列的稅金(空白 = 0)', true),
    { name: 'min_margin', shape: 'scalar', type: 'number', optional: true, default: DEFAULT_MIN_MARGIN, sample: '10%', help: { en: 'Optional: the lowest acceptable profit margin (default 10 %)', zh: '可选:可接受的最低销售利润率(默认 10%)', zhHant: '可選:可接受的最低銷售利潤率(預設 10%)' } },
  ],
  examples: [
    {
      formula: '=DEAL_MARGIN(I2:I4, J2:J4, K2:K4, L2:L4, 10%)',
      args: [[[1000000], [500000], ['']], [[700000], [450000], ['']], [[100000], [20000], ['']], [[50000], [10000], ['']], '10%'],
      result: [[0.3, 0.1, 0.15, 'OK'], [0.1, 0.04, 0.04, 'Below minimum'], ['', '', '', '']],
      explain: {
        en: '1,000,000 at a cost of 700,000: 30 % gross; 100,000 of expenses 10 %; after 50,000 of taxes 15 % profit, above 10 %. 500,000 at 450,000: 4 % profit is below the minimum',
        zh: '报价 1,000,000、成本 700,000:毛利率 30%;销售费用 100,000 占 10%;扣除税金 50,000 后利润率 15%,高于 10%。报价 500,000、成本 450,000:利润率 4% 低于最低要求',
        zhHant: '報價 1,000,000、成本 700,000:毛利率 30%;銷售費用 100,000 佔 10%;扣除稅金 50,000 後利潤率 15%,高於 10%。報價 500,000、成本 450,000:利潤率 4% 低於最低要求',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 1, cols: 4 }),
  fold(args, ctx) {
    const cols = NAMES.map((n) => args[n] as Grid | undefined);
    sameRows(cols, NAMES, ctx);
    const min = args.min_margin as number;
    if (!(min >= -1 && min <= 1)) throw new CallError(t(fill(MSG.minMargin, { got: String(min) }), ctx.lang));
    const labels = { ok: t(MARGIN_VERDICT.ok, ctx.lang), below: t(MARGIN_VERDICT.below, ctx.lang) };
    const rows = cols[0]!.length;
    const out: Out[][] = new Array(rows);
    const v: (number | null)[] = [null, null, null, null];
    for (let r = 0; r < rows; r++) {
      const bad = numbersOf(cols, NAMES, r, ctx, v);
      if (bad) {
        out[r] = [bad, bad, bad, bad];
        continue;
      }
      const [price, cost, expenses, taxes] = v;
      if (price === null && cost === null && expenses === null && taxes === null) {
        out[r] = ['', '', '', ''];
        continue;
      }
      if (price === null || price === 0) {
        const e = new CellError(t(fill(MSG.noPrice, { got: price === null ? t({ en: '(blank)', zh: '(空白)' }, ctx.lang) : '0' }), ctx.lang));
        out[r] = [e, e, e, e];
        continue;
      }
      if (cost === null) {
        const e = new CellError(t(MSG.noCost, ctx.lang));
        out[r] = [e, e, e, e];
        continue;
      }
      const m = dealMargins(price, cost, expenses ?? 0, taxes ?? 0);
      out[r] = [m.gross, m.expenseRatio, m.profit, labels[marginVerdict(m.profit, min)]];
    }
    return out;
  },
};
