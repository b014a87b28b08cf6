/** CUSTOMER_FINANCE: a customer's financial ratios from its statement figures (is the customer financially strong?). */
import { t } from '../i18n';
import { RATIOS, ZERO_REASONS } from '../model/customer-finance';
import { columnParam, numbersOf, sameRows } from './columns';
import type { Grid } from './run';
import { CellError, type FoldSpec, type Out } from './spec';

const NAMES = ['revenue', 'net_profit', 'total_assets', 'current_assets', 'current_liabilities', 'receivables', 'inventory', 'cost_of_sales'] as const;

/** Per ratio (RATIOS order, the model's): the argument index of its numerator and denominator, and its factor. */
const NUM = RATIOS.map((r) => NAMES.indexOf(r[1]));
const DEN = RATIOS.map((r) => NAMES.indexOf(r[2]));
const FACTOR = RATIOS.map((r) => r[3]);

export const CUSTOMER_FINANCE: FoldSpec = {
  kind: 'fold',
  name: 'CUSTOMER_FINANCE',
  result: 'matrix',
  help: {
    en: "A customer's financial ratios from its statement figures: per row, 5 columns — current ratio = current assets ÷ current liabilities; net profit margin = net profit ÷ revenue; return on assets = net profit ÷ total assets; receivable days = receivables ÷ revenue × 365; inventory days = inventory ÷ cost of sales × 365. Margins and returns are fractions (format as %), days are days. A ratio is blank while either of its figures is not filled in; a zero denominator is that cell's error naming the figure (a customer without revenue has no margin); a row with no figures gives a blank row.",
    zh: '由客户财务报表数据计算财务比率:每行 5 列——流动比率 = 流动资产 ÷ 流动负债;销售净利率 = 净利润 ÷ 营业收入;资产收益率 = 净利润 ÷ 资产总额;应收账款周期 = 应收账款 ÷ 营业收入 × 365;存货周期 = 存货 ÷ 营业成本 × 365。利率和收益率为小数(可设为百分比格式),周期以天计。所需数据任一未填时该比率为空;分母为 0 时该单元格报错并指出哪项数据(无营业收入的客户没有净利率);没有任何数据的行结果为空。',
    zhHant: '由客戶財務報表數據計算財務比率:每列 5 欄——流動比率 = 流動資產 ÷ 流動負債;銷售淨利率 = 淨利潤 ÷ 營業收入;資產收益率 = 淨利潤 ÷ 資產總額;應收賬款週期 = 應收賬款 ÷ 營業收入 × 365;存貨週期 = 存貨 ÷ 營業成本 × 365。利率和收益率為小數(可設為百分比格式),週期以天計。所需數據任一未填時該比率為空;分母為 0 時該儲存格報錯並指出哪項數據(無營業收入的客戶沒有淨利率);沒有任何數據的列結果為空。',
  },
  params: [
    columnParam('revenue', 'Q2:Q', 'Revenue per customer', '每个客户的营业收入', '每個客戶的營業收入'),
    columnParam('net_profit', 'R2:R', 'Net profit', '净利润', '淨利潤'),
    columnParam('total_assets', 'S2:S', 'Total assets', '资产总额', '資產總額'),
    columnParam('current_assets', 'T2:T', 'Current assets', '流动资产', '流動資產'),
    columnParam('current_liabilities', 'U2:U', 'Current liabilities', '流动负债', '流動負債'),
    columnParam('receivables', 'V2:V', 'Receivables (accounts receivable)', '应收账款', '應收賬款'),
    columnParam('inventory', 'W2:W', 'Inventory', '存货', '存貨'),
    columnParam('cost_of_sales', 'X2:X', 'Cost of sales', '营业成本', '營業成本'),
  ],
  examples: [
    {
      formula: '=CUSTOMER_FINANCE(Q2:Q3, R2:R3, S2:S3, T2:T3, U2:U3, V2:V3, W2:W3, X2:X3)',
      args: [[[7300000], ['']], [[730000], ['']], [[3650000], ['']], [[3000000], ['']], [[2000000], ['']], [[1200000], ['']], [[500000], ['']], [[5000000], ['']]],
      result: [[1.5, 0.1, 0.2, 60, 36.5], ['', '', '', '', '']],
      explain: {
        en: 'Current assets 3 million over 2 million of current liabilities: 1.5; 730,000 of 7.3 million revenue: 10 % net margin; 20 % return on 3.65 million of assets; receivables of 1.2 million are 60 days of revenue; inventory 36.5 days of cost of sales',
        zh: '流动资产 300 万 ÷ 流动负债 200 万 = 1.5;净利润 73 万 ÷ 营业收入 730 万 = 10%;资产 365 万的收益率 20%;应收账款 120 万相当于 60 天的收入;存货相当于 36.5 天的营业成本',
        zhHant: '流動資產 300 萬 ÷ 流動負債 200 萬 = 1.5;淨利潤 73 萬 ÷ 營業收入 730 萬 = 10%;資產 365 萬的收益率 20%;應收賬款 120 萬相當於 60 天的收入;存貨相當於 36.5 天的營業成本',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 1, cols: 5 }),
  fold(args, ctx) {
    const cols = NAMES.map((n) => args[n] as Grid);
    sameRows(cols, NAMES, ctx);
    const rows = cols[0].length;
    const out: Out[][] = new Array(rows);
    const v: (number | null)[] = new Array(8).fill(null);
    const zero = ZERO_REASONS.map((l) => new CellError(t(l, ctx.lang)));
    for (let r = 0; r < rows; r++) {
      const bad = numbersOf(cols, NAMES, r, ctx, v);
      if (bad) {
        out[r] = [bad, bad, bad, bad, bad];
        continue;
      }
      if (v[0] === null && v[1] === null && v[2] === null && v[3] === null && v[4] === null && v[5] === null && v[6] === null && v[7] === null) {
        out[r] = ['', '', '', '', ''];
        continue;
      }
      const row: Out[] = new Array(5);
      for (let k = 0; k < 5; k++) {
        const a = v[NUM[k]];
        const b = v[DEN[k]];
        row[k] = a === null || b === null ? '' : b === 0 ? zero[k] : (a / b) * FACTOR[k];
      }
      out[r] = row;
    }
    return out;
  },
};
