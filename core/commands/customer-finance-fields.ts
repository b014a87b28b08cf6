/**
 * The customer's statement figures on the customer forms, and the ratios shown once they are filled
 * (流动比率, 销售净利率, 资产收益率, 应收账款周期, 存货周期: CUSTOMER_FINANCE's model).
 */
import { fill, type L10n } from '../i18n';
import { financeRatios, RATIO_LABEL, RATIOS, type Statement } from '../model/customer-finance';
import type { Check } from './check';
import { field } from './result';
import type { FieldSpec } from './types';

const FIN_HELP: L10n = { en: "From the customer's latest financial statements (optional).", zh: '取自客户最近一期财务报表(可选)。', zhHant: '取自客戶最近一期財務報表(可選)。' };

export const FINANCE_FIELDS: FieldSpec[] = [
  field('revenue', 'money', 'Revenue', '营业收入', '營業收入', { help: FIN_HELP }),
  field('net_profit', 'money', 'Net profit', '净利润', '淨利潤'),
  field('total_assets', 'money', 'Total assets', '资产总额', '資產總額'),
  field('current_assets', 'money', 'Current assets', '流动资产', '流動資產'),
  field('current_liabilities', 'money', 'Current liabilities', '流动负债', '流動負債'),
  field('receivables', 'money', 'Receivables', '应收账款', '應收賬款'),
  field('inventory', 'money', 'Inventory', '存货', '存貨'),
  field('cost_of_sales', 'money', 'Cost of sales', '营业成本', '營業成本'),
];

export const FINANCE_KEYS = FINANCE_FIELDS.map((f) => f.key) as (keyof Statement)[];

/** The figures given (net profit may be negative; the others 0 or more). */
export function readFinance(c: Check): Partial<Statement> {
  const out: Partial<Statement> = {};
  for (const k of FINANCE_KEYS) {
    const v = c.number(k, k === 'net_profit' ? {} : { min: 0 });
    if (v !== null) out[k] = v;
  }
  return out;
}

const fmt = (x: number, days: boolean) => (days ? `${Math.round(x)}` : x >= 10 || x <= -10 ? x.toFixed(1) : `${Math.round(x * 1000) / 10}%`);

/**
 * The ratios the figures give, as one line in every language ("current ratio 1.5; net profit margin
 * 10%; …"), skipping those not computable; `null` when none is.
 */
export function financeSummary(s: Partial<Statement>): L10n | null {
  const full: Statement = { revenue: null, net_profit: null, total_assets: null, current_assets: null, current_liabilities: null, receivables: null, inventory: null, cost_of_sales: null, ...s };
  const parts: { label: L10n; value: string }[] = [];
  financeRatios(full).forEach((r, i) => {
    if (typeof r !== 'number') return;
    const [name] = RATIOS[i];
    const days = name === 'receivable_days' || name === 'inventory_days';
    const value = name === 'current_ratio' ? (Math.round(r * 100) / 100).toString() : fmt(r, days);
    parts.push({ label: RATIO_LABEL[name], value });
  });
  if (!parts.length) return null;
  const join = (k: 'en' | 'zh' | 'zhHant', sep: string, colon: string) => parts.map((p) => `${p.label[k] ?? p.label.zh}${colon}${p.value}`).join(sep);
  return fill(
    { en: 'Finances: {en}.', zh: '财务状况:{zh}。', zhHant: '財務狀況:{zhHant}。' },
    { en: join('en', '; ', ' '), zh: join('zh', ';', ' '), zhHant: join('zhHant', ';', ' ') },
  );
}
