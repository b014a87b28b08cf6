/**
 * A prospect's finances (客户财务状况: 流动资产率, 销售净利率, 资产收益率, 应收账款周期, 存货周期), from
 * its statement figures:
 * - current ratio = current assets ÷ current liabilities;
 * - net profit margin = net profit ÷ revenue;
 * - return on assets = net profit ÷ total assets;
 * - receivable days = receivables ÷ revenue × 365;
 * - inventory days = inventory ÷ cost of sales × 365.
 * A ratio is blank while either of its figures is not recorded; a zero denominator is that ratio's
 * error, naming the figure.
 */
import { fill, type L10n } from '../i18n';

export interface Statement {
  revenue: number | null;
  net_profit: number | null;
  total_assets: number | null;
  current_assets: number | null;
  current_liabilities: number | null;
  receivables: number | null;
  inventory: number | null;
  cost_of_sales: number | null;
}

export type FinanceRatio = 'current_ratio' | 'net_margin' | 'return_on_assets' | 'receivable_days' | 'inventory_days';

/** The five ratios, in the order CUSTOMER_FINANCE gives them: [ratio, numerator, denominator, factor]. */
export const RATIOS: readonly [FinanceRatio, keyof Statement, keyof Statement, number][] = [
  ['current_ratio', 'current_assets', 'current_liabilities', 1],
  ['net_margin', 'net_profit', 'revenue', 1],
  ['return_on_assets', 'net_profit', 'total_assets', 1],
  ['receivable_days', 'receivables', 'revenue', 365],
  ['inventory_days', 'inventory', 'cost_of_sales', 365],
];

export const RATIO_LABEL: Record<FinanceRatio, L10n> = {
  current_ratio: { en: 'Current ratio', zh: '流动比率', zhHant: '流動比率' },
  net_margin: { en: 'Net profit margin', zh: '销售净利率', zhHant: '銷售淨利率' },
  return_on_assets: { en: 'Return on assets', zh: '资产收益率', zhHant: '資產收益率' },
  receivable_days: { en: 'Receivable days', zh: '应收账款周期(天)', zhHant: '應收賬款週期(天)' },
  inventory_days: { en: 'Inventory days', zh: '存货周期(天)', zhHant: '存貨週期(天)' },
};

export const FINANCE_MSG = {
  zero: {
    en: '{ratio}: {denominator} is {got}; expects a figure other than 0 to divide by',
    zh: '{ratio}:{denominator}为 {got};作为除数应不为 0',
    zhHant: '{ratio}:{denominator}為 {got};作為除數應不為 0',
  },
} satisfies Record<string, L10n>;

/** The figure names as the messages say them (the Customers headers). */
export const FIGURE_LABEL: Record<keyof Statement, L10n> = {
  revenue: { en: 'revenue', zh: '营业收入', zhHant: '營業收入' },
  net_profit: { en: 'net profit', zh: '净利润', zhHant: '淨利潤' },
  total_assets: { en: 'total assets', zh: '资产总额', zhHant: '資產總額' },
  current_assets: { en: 'current assets', zh: '流动资产', zhHant: '流動資產' },
  current_liabilities: { en: 'current liabilities', zh: '流动负债', zhHant: '流動負債' },
  receivables: { en: 'receivables', zh: '应收账款', zhHant: '應收賬款' },
  inventory: { en: 'inventory', zh: '存货', zhHant: '存貨' },
  cost_of_sales: { en: 'cost of sales', zh: '营业成本', zhHant: '營業成本' },
};

/** One ratio: a number, `null` (a figure not recorded), or an L10n reason (a zero denominator). */
export function ratio(s: Statement, which: (typeof RATIOS)[number]): number | null | L10n {
  const [name, num, den, factor] = which;
  const a = s[num];
  const b = s[den];
  if (a === null || b === null) return null;
  if (b === 0) {
    const got = { en: '0', zh: '0', zhHant: '0' };
    const l = RATIO_LABEL[name];
    const d = FIGURE_LABEL[den];
    return {
      en: fill(FINANCE_MSG.zero, { ratio: l.en, denominator: d.en, got: got.en }).en,
      zh: fill(FINANCE_MSG.zero, { ratio: l.zh, denominator: d.zh, got: got.zh }).zh,
      zhHant: fill(FINANCE_MSG.zero, { ratio: l.zhHant!, denominator: d.zhHant!, got: got.zhHant }).zhHant,
    };
  }
  return (a / b) * factor;
}

/** The zero-denominator reason of each ratio (RATIOS order), made once. */
export const ZERO_REASONS: readonly L10n[] = RATIOS.map((r) => ratio({ revenue: 0, net_profit: 1, total_assets: 0, current_assets: 1, current_liabilities: 0, receivables: 1, inventory: 1, cost_of_sales: 0 }, r) as L10n);

/** The five ratios of a statement, in RATIOS order. */
export function financeRatios(s: Statement): (number | null | L10n)[] {
  return RATIOS.map((r) => ratio(s, r));
}
