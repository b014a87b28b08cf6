// The sales-team area's benchmark cases (issue 14): TERRITORY_OF, QUOTA_SPLIT, QUOTA_ROLLUP, BONUS,
// DEAL_MARGIN and CUSTOMER_FINANCE at up to 100,000 rows, one pass each. Same shape as ../cases.mjs: the
// data as Sheets hands it, a hand-written bare loop giving the same result, checked equal after timing.
import * as D from '../data.mjs';

const SIZES = [1_000, 10_000, 100_000];
const EPS = 1e-9;
const close = (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b)) : a === b);
function diff(a, b, cols) {
  if (!Array.isArray(a) || a.length !== b.length) return `rows: got ${a?.length}, expected ${b.length}`;
  for (let r = 0; r < a.length; r++) for (const c of cols) if (!close(a[r][c], b[r][c])) return `row ${r + 1} col ${c + 1}: got ${JSON.stringify(a[r][c])}, expected ${JSON.stringify(b[r][c])}`;
  return null;
}
const col = (xs) => xs.map((x) => [x]);

// ---- data ---------------------------------------------------------------------------------

const REGIONS = ['华北', '华东', '华南', '西南', '东北'];
const INDUSTRIES = ['制造', '金融', '能源', '医疗', '物流', '零售', '电信', '政府'];

/** n customers' regions and industries (5 % blank region, 5 % unknown region), and 20 rules: region+industry, region-only, one catch-all for industry. */
function territoryData(n) {
  const rnd = D.prng(41);
  const regions = [];
  const industries = [];
  for (let i = 0; i < n; i++) {
    const x = rnd();
    regions.push([x < 0.05 ? '' : x < 0.1 ? '海外' : REGIONS[Math.floor(rnd() * REGIONS.length)]]);
    industries.push([INDUSTRIES[Math.floor(rnd() * INDUSTRIES.length)]]);
  }
  const rules = [];
  for (let k = 0; k < 14; k++) rules.push([`T${k}`, REGIONS[k % 5], INDUSTRIES[k % 8], `AM${k}`, 10 + k]);
  for (let k = 0; k < 5; k++) rules.push([`R${k}`, REGIONS[k], '', `AM${20 + k}`, 50]);
  rules.push(['All energy', '', '能源', 'AM99', 5]);
  return { regions, industries, rules };
}

/** A team of n people (P0 at the top, each reporting to a random earlier person) and n quota rows (some people twice, some missing). */
function rollupData(n) {
  const rnd = D.prng(42);
  const team = [];
  for (let i = 0; i < n; i++) team.push([`P${i}`, i === 0 ? '' : `P${Math.floor(rnd() * i)}`]);
  const quotas = [];
  for (let i = 0; i < n; i++) quotas.push([`P${Math.floor(rnd() * n)}`, (1 + Math.floor(rnd() * 100)) * 10000]);
  return { team, quotas };
}

function splitData(n) {
  const rnd = D.prng(43);
  return { total: 987_654_321, weights: col(Array.from({ length: n }, () => (rnd() < 0.05 ? '' : Math.floor(rnd() * 1_000_000)))) };
}

function bonusData(n) {
  const rnd = D.prng(44);
  return {
    attainment: col(Array.from({ length: n }, () => (rnd() < 0.02 ? '' : Math.round(rnd() * 180) / 100))),
    target: col(Array.from({ length: n }, () => (2 + Math.floor(rnd() * 20)) * 5000)),
    plan: [
      [0.5, 0.8, 0.3, ''],
      [0.8, 1, 0.7, ''],
      [1, 1.2, 1, ''],
      [1.2, '', 1.6, 150000],
    ],
  };
}

/** As bonusData, with each row on one of three plans (2 % on no plan) and the Bonus plans table of 9 tiers. */
function planData(n) {
  const d = bonusData(n);
  const rnd = D.prng(47);
  const names = ['客户经理方案', '主管方案', '总监方案'];
  d.plans = col(Array.from({ length: n }, () => (rnd() < 0.02 ? '' : names[Math.floor(rnd() * 3)])));
  d.table = names.flatMap((p, k) => [
    [p, 0.5, 0.8, 0.3 + k * 0.1, ''],
    [p, 0.8, 1.2, 1, ''],
    [p, 1.2, '', 1.5 + k * 0.2, 100000 * (k + 1)],
  ]);
  return d;
}

function marginData(n) {
  const rnd = D.prng(45);
  const prices = [];
  const costs = [];
  const expenses = [];
  const taxes = [];
  for (let i = 0; i < n; i++) {
    const p = (10 + Math.floor(rnd() * 1000)) * 1000;
    prices.push([p]);
    costs.push([Math.round(p * (0.5 + rnd() * 0.45))]);
    expenses.push([rnd() < 0.1 ? '' : Math.round(p * rnd() * 0.1)]);
    taxes.push([Math.round(p * 0.06)]);
  }
  return { prices, costs, expenses, taxes };
}

function financeData(n) {
  const rnd = D.prng(46);
  const cols = Array.from({ length: 8 }, () => []);
  for (let i = 0; i < n; i++) {
    const revenue = (1 + Math.floor(rnd() * 1000)) * 100000;
    const v = [revenue, Math.round(revenue * (rnd() * 0.2 - 0.05)), revenue * (0.5 + rnd()), revenue * 0.4, revenue * (0.1 + rnd() * 0.3), revenue * rnd() * 0.3, revenue * rnd() * 0.2, revenue * (0.5 + rnd() * 0.4)];
    for (let k = 0; k < 8; k++) cols[k].push([rnd() < 0.03 ? '' : v[k]]);
  }
  return { cols };
}

// ---- floors -------------------------------------------------------------------------------

function floorTerritory(d) {
  const rules = d.rules.map((r, i) => ({ t: r[0], reg: r[1].trim().toLowerCase(), ind: r[2].trim().toLowerCase(), am: r[3], p: r[4], i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const out = new Array(d.regions.length);
  for (let r = 0; r < d.regions.length; r++) {
    const reg = String(d.regions[r][0]).trim().toLowerCase();
    const ind = String(d.industries[r][0]).trim().toLowerCase();
    let hit = null;
    if (reg !== '' || ind !== '') for (const x of rules) if ((x.reg === '' || x.reg === reg) && (x.ind === '' || x.ind === ind)) { hit = x; break; }
    out[r] = hit ? [hit.t, hit.am] : ['', ''];
  }
  return out;
}

function floorSplit(d) {
  const w = d.weights.map((r) => (r[0] === '' ? null : r[0]));
  let sum = 0;
  for (const x of w) if (x !== null) sum += x;
  const parts = w.map((x) => (x === null ? null : Math.floor((d.total * x) / sum + 1e-9)));
  let left = d.total - parts.reduce((a, b) => a + (b ?? 0), 0);
  const idx = [];
  for (let i = 0; i < w.length; i++) if (w[i] !== null && w[i] > 0) idx.push(i);
  const rest = (i) => (d.total * w[i]) / sum - parts[i];
  idx.sort((a, b) => rest(b) - rest(a) || a - b);
  for (let k = 0; left > 0; k++, left--) parts[idx[k]]++;
  return parts.map((p) => [p === null ? '' : p]);
}

function floorRollup(d) {
  const index = new Map(d.team.map((r, i) => [r[0], i]));
  const own = new Float64Array(d.team.length);
  for (const [p, q] of d.quotas) {
    const i = index.get(p);
    if (i !== undefined) own[i] += q;
  }
  const sum = new Float64Array(d.team.length);
  const count = new Int32Array(d.team.length);
  for (let i = 0; i < d.team.length; i++) {
    if (d.team[i][1] === '') continue;
    const p = index.get(d.team[i][1]);
    sum[p] += own[i];
    count[p]++;
  }
  return d.team.map((r, i) => {
    if (!count[i]) return [r[0], own[i], '', '', ''];
    const gap = Math.round((own[i] - sum[i]) * 100) / 100 || 0;
    return [r[0], own[i], Math.round(sum[i] * 100) / 100, gap, gap === 0 ? '已平衡' : gap > 0 ? '分解不足' : '分解超额'];
  });
}

function floorBonus(d) {
  const tiers = d.plan.map((t) => ({ from: t[0], rate: t[2], cap: t[3] === '' ? null : t[3] }));
  return d.attainment.map((r, i) => {
    const a = r[0];
    if (a === '') return [''];
    let t = null;
    for (const x of tiers) if (x.from <= a) t = x;
    if (!t) return [0];
    const b = d.target[i][0] * t.rate;
    return [t.cap !== null && b > t.cap ? t.cap : b];
  });
}

function floorPlanBonus(d) {
  const plans = new Map();
  for (const [p, from, , rate, cap] of d.table) {
    if (!plans.has(p)) plans.set(p, []);
    plans.get(p).push({ from, rate, cap: cap === '' ? null : cap });
  }
  return d.attainment.map((r, i) => {
    const a = r[0];
    const p = d.plans[i][0];
    if (a === '' || p === '') return [''];
    let t = null;
    for (const x of plans.get(p)) if (x.from <= a) t = x;
    if (!t) return [0];
    const b = d.target[i][0] * t.rate;
    return [t.cap !== null && b > t.cap ? t.cap : b];
  });
}

function floorMargin(d) {
  return d.prices.map((r, i) => {
    const p = r[0];
    const c = d.costs[i][0];
    const e = d.expenses[i][0] === '' ? 0 : d.expenses[i][0];
    const t = d.taxes[i][0];
    const profit = (p - c - e - t) / p;
    return [(p - c) / p, e / p, profit, profit >= 0.1 - 1e-12 ? '合格' : '低于最低利润率'];
  });
}

function floorFinance(d) {
  const [rev, np, ta, ca, cl, rec, inv, cos] = d.cols;
  const ratio = (a, b, f) => (a === '' || b === '' ? '' : (a / b) * f);
  return rev.map((_, i) => [ratio(ca[i][0], cl[i][0], 1), ratio(np[i][0], rev[i][0], 1), ratio(np[i][0], ta[i][0], 1), ratio(rec[i][0], rev[i][0], 365), ratio(inv[i][0], cos[i][0], 365)]);
}

export const TEAM_CASES = [
  {
    id: 'TERRITORY_OF',
    fn: 'TERRITORY_OF',
    about: 'n customers (region, industry; 5 % blank, 5 % of no rule) against 20 rules by priority',
    sizes: SIZES,
    make: (n) => territoryData(n),
    args: (d) => [d.regions, d.industries, d.rules],
    floor: floorTerritory,
    compare: (ours, floor) => diff(ours, floor, [0, 1]),
    // no number in the result: the smoke test changes the territory of a row instead
    breakText: 0,
  },
  {
    id: 'QUOTA_SPLIT',
    fn: 'QUOTA_SPLIT',
    about: '987,654,321 split over n weights (5 % blank) by the largest remainder',
    sizes: SIZES,
    make: (n) => splitData(n),
    args: (d) => [d.total, d.weights],
    floor: floorSplit,
    compare: (ours, floor) => diff(ours, floor, [0]),
    breakColumn: 0,
  },
  {
    id: 'QUOTA_ROLLUP',
    fn: 'QUOTA_ROLLUP',
    about: 'a team of n people in a random tree, n quota rows (some people twice, some none)',
    sizes: SIZES,
    make: (n) => rollupData(n),
    args: (d) => [d.team, d.quotas],
    floor: floorRollup,
    compare: (ours, floor) => diff(ours, floor, [0, 1, 2, 3, 4]),
  },
  {
    id: 'BONUS',
    fn: 'BONUS',
    about: 'n attainments (2 % blank) and target bonuses against a 4-tier plan with a cap',
    sizes: SIZES,
    make: (n) => bonusData(n),
    args: (d) => [d.attainment, d.target, d.plan],
    floor: floorBonus,
    compare: (ours, floor) => diff(ours, floor, [0]),
    breakColumn: 0,
  },
  {
    id: 'BONUS_BY_PLAN',
    fn: 'BONUS_BY_PLAN',
    about: 'n attainments and target bonuses, each row on one of three plans (2 % none), a 9-tier Bonus plans table',
    sizes: SIZES,
    make: (n) => planData(n),
    args: (d) => [d.attainment, d.target, d.plans, d.table],
    floor: floorPlanBonus,
    compare: (ours, floor) => diff(ours, floor, [0]),
    breakColumn: 0,
  },
  {
    id: 'DEAL_MARGIN',
    fn: 'DEAL_MARGIN',
    about: 'n orders: price, cost, expenses (10 % blank), taxes; default minimum 10 %',
    sizes: SIZES,
    make: (n) => marginData(n),
    args: (d) => [d.prices, d.costs, d.expenses, d.taxes],
    floor: floorMargin,
    compare: (ours, floor) => diff(ours, floor, [0, 1, 2, 3]),
  },
  {
    id: 'CUSTOMER_FINANCE',
    fn: 'CUSTOMER_FINANCE',
    about: 'n customers\' eight statement figures (3 % of cells blank)',
    sizes: SIZES,
    make: (n) => financeData(n),
    args: (d) => d.cols,
    floor: floorFinance,
    compare: (ours, floor) => diff(ours, floor, [0, 1, 2, 3, 4]),
  },
];
