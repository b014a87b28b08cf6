/** CUSTOMER_TIER: VIP / BZ / MGC / Standard over the whole customer list. */
import { toNumber } from '../cell';
import { t, type L10n } from '../i18n';
import { DEFAULT_GROWTH_THRESHOLD, DEFAULT_VIP_SHARE, tierOf, TIER_LABELS, vipCutoff } from '../model/tier';
import { withGot } from './got';
import { badValue, cells, sameLength, toGrid } from './run';
import { CallError, CellError, type FoldSpec, type Out } from './spec';

const MSG = {
  share: {
    en: 'argument vip_share: got {got}, expects a share from 0 to 100 % such as 0.8 or 80%',
    zh: '参数 vip_share:收到 {got},应为 0–100% 的比例,如 0.8 或 80%',
    zhHant: '參數 vip_share:收到 {got},應為 0–100% 的比例,如 0.8 或 80%',
  },
} satisfies Record<string, L10n>;

/** vip_share as a fraction: 0.8, "80%", or 80 (above 1 and up to 100 is percent). */
function readShare(v: unknown, lang: Parameters<typeof t>[1]): number {
  const n = typeof v === 'number' ? v : NaN;
  if (!(n >= 0 && n <= 100)) throw new CallError(t(withGot(MSG.share, v), lang));
  return n > 1 ? n / 100 : n;
}

export const CUSTOMER_TIER: FoldSpec = {
  kind: 'fold',
  name: 'CUSTOMER_TIER',
  result: 'matrix',
  help: {
    en: 'Customer tier per row (20:80 principle): VIP = the smallest set of top customers holding vip_share (80 %) of the total positive value (customers tied with the last one needed are VIP too); else BZ when growth < 0 (or, without growth, value < 0); else MGC when growth ≥ growth_threshold (20 %); else Standard. Precedence VIP > BZ > MGC > Standard. A blank value gives a blank cell; an unreadable value or growth makes that row an error and leaves it out of the totals.',
    zh: '逐行客户分类(20:80 原则):VIP = 占全部正价值 vip_share(80%)的最少头部客户(与最后一名所需客户价值相同者也为 VIP);否则增长率 < 0(无增长率时价值 < 0)为 BZ;否则增长率 ≥ growth_threshold(20%)为 MGC;否则为普通。优先级 VIP > BZ > MGC > 普通。价值为空时结果为空;价值或增长率无法读取时该行报错且不计入合计。',
    zhHant: '逐列客戶分類(20:80 原則):VIP = 佔全部正價值 vip_share(80%)的最少頭部客戶(與最後一名所需客戶價值相同者也為 VIP);否則增長率 < 0(無增長率時價值 < 0)為 BZ;否則增長率 ≥ growth_threshold(20%)為 MGC;否則為普通。優先級 VIP > BZ > MGC > 普通。價值為空時結果為空;價值或增長率無法讀取時該列報錯且不計入合計。',
  },
  params: [
    {
      name: 'values',
      shape: 'table',
      sample: 'F2:F',
      help: {
        en: 'Value per customer (e.g. gross profit or revenue)',
        zh: '每个客户的价值(如毛利或收入)',
        zhHant: '每個客戶的價值(如毛利或收入)',
      },
    },
    {
      name: 'growth',
      shape: 'table',
      optional: true,
      sample: 'G2:G',
      help: {
        en: 'Optional: growth rate per customer, aligned with values (0.25 or 25%; blank = unknown)',
        zh: '可选:每个客户的增长率,与 values 对齐(0.25 或 25%;空白 = 未知)',
        zhHant: '可選:每個客戶的增長率,與 values 對齊(0.25 或 25%;空白 = 未知)',
      },
    },
    {
      name: 'vip_share',
      shape: 'scalar',
      type: 'number',
      optional: true,
      default: DEFAULT_VIP_SHARE,
      sample: '0.8',
      help: {
        en: 'Optional: share of total positive value the VIPs hold (default 0.8 = 80 %)',
        zh: '可选:VIP 客户占全部正价值的比例(默认 0.8 = 80%)',
        zhHant: '可選:VIP 客戶佔全部正價值的比例(預設 0.8 = 80%)',
      },
    },
    {
      name: 'growth_threshold',
      shape: 'scalar',
      type: 'number',
      optional: true,
      default: DEFAULT_GROWTH_THRESHOLD,
      sample: '0.2',
      help: {
        en: 'Optional: growth from which a customer is MGC (default 0.2 = 20 %)',
        zh: '可选:增长率达到此值即为 MGC(默认 0.2 = 20%)',
        zhHant: '可選:增長率達到此值即為 MGC(預設 0.2 = 20%)',
      },
    },
  ],
  examples: [
    {
      formula: '=CUSTOMER_TIER(F2:F6, G2:G6)',
      args: [[[500], [300], [100], [80], [20]], [[0.1], [-0.05], [-0.1], ['35%'], [0.05]]],
      result: [['VIP'], ['VIP'], ['BZ'], ['MGC'], ['Standard']],
      explain: {
        en: '500 + 300 = 800 is 80 % of 1,000: both are VIP (even with negative growth); then negative growth is BZ, 35 % growth is MGC',
        zh: '500 + 300 = 800,占 1,000 的 80%:二者为 VIP(即使增长为负);其余负增长为 BZ,增长 35% 为 MGC',
        zhHant: '500 + 300 = 800,佔 1,000 的 80%:二者為 VIP(即使增長為負);其餘負增長為 BZ,增長 35% 為 MGC',
      },
    },
  ],
  size: (dims) => dims[0] ?? { rows: 1, cols: 1 },
  fold(args, ctx) {
    const grid = toGrid(args.values);
    const cols = grid[0].length;
    // A column (the usual case) is read in place; other shapes in reading order.
    const flat = cols === 1 ? null : cells(grid);
    const n = flat ? flat.length : grid.length;
    const gg = args.growth === undefined ? null : toGrid(args.growth);
    const growthFlat = gg && gg[0].length !== 1 ? cells(gg) : null;
    if (gg) {
      const m = growthFlat ? growthFlat.length : gg.length;
      if (m !== n) sameLength(new Array(n), 'values', new Array(m), 'growth', ctx);
    }
    const share = readShare(args.vip_share, ctx.lang);
    const threshold = args.growth_threshold as number;
    // NaN marks a blank (or bad) value and an unknown growth; errors are rare, kept aside.
    const values = new Float64Array(n);
    const growth = new Float64Array(n);
    let errors: Map<number, CellError> | null = null;
    for (let i = 0; i < n; i++) {
      const raw = flat ? flat[i] : grid[i][0];
      const v = typeof raw === 'number' && Number.isFinite(raw) ? raw : toNumber(raw);
      let g: number | null | undefined = null;
      if (gg) {
        const graw = growthFlat ? growthFlat[i] : gg[i][0];
        g = typeof graw === 'number' && Number.isFinite(graw) ? graw : toNumber(graw);
        if (g === undefined && v !== null && v !== undefined) (errors ??= new Map()).set(i, new CellError(badValue('number', 'growth', graw, ctx)));
      }
      if (v === undefined) (errors ??= new Map()).set(i, new CellError(badValue('number', 'values', raw, ctx)));
      values[i] = v === null || v === undefined || errors?.has(i) ? NaN : v;
      growth[i] = g === null || g === undefined ? NaN : g;
    }
    const cutoff = vipCutoff(values, share);
    const labels = {
      VIP: t(TIER_LABELS.VIP, ctx.lang),
      BZ: t(TIER_LABELS.BZ, ctx.lang),
      MGC: t(TIER_LABELS.MGC, ctx.lang),
      Standard: t(TIER_LABELS.Standard, ctx.lang),
    };
    const out: Out[][] = new Array(grid.length);
    for (let r = 0, k = 0; r < grid.length; r++) {
      const row: Out[] = new Array(cols);
      for (let c = 0; c < cols; c++, k++) {
        const v = values[k];
        const e = errors?.get(k);
        const g = growth[k];
        row[c] = e ?? (Number.isNaN(v) ? '' : labels[tierOf(v, Number.isNaN(g) ? null : g, cutoff, threshold)]);
      }
      out[r] = row;
    }
    return out;
  },
};
