// The forecast area's benchmark cases (issue 10): FORECAST_SUBMITTED, CLOSED_WON, FORECAST_CATEGORIES,
// and the new arguments of FORECAST_ROLLUP (confirmed), OPEN_PIPELINE (team) and WEIGHTED_PIPELINE
// (close_dates, from, to). Same shape as ../cases.mjs: the data as Sheets hands it (Dates of the
// sandbox's realm), a hand-written bare loop giving the same result, checked equal after timing.
import * as D from '../data.mjs';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const MS_PER_DAY = 86400000;
/** Day number of a Date at its local calendar date (what Sheets means by the cell). */
const dayOf = (d) => Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / MS_PER_DAY);
/** A stage label's stage: 丢单 is lost (0), else the number it starts with; blank -1. */
function stageOf(s) {
  if (s === '') return -1;
  if (s.charCodeAt(0) === 0x4e22 /* 丢 */) return 0;
  return parseInt(s, 10);
}

const EPS = 1e-9;
const close = (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b)) : a === b);
/** The first difference in the given columns, or null. */
function diff(a, b, cols) {
  if (!Array.isArray(a) || a.length !== b.length) return `rows: got ${a?.length}, expected ${b.length}`;
  for (let r = 0; r < a.length; r++) for (const c of cols) if (!close(a[r][c], b[r][c])) return `row ${r + 1} col ${c + 1}: got ${JSON.stringify(a[r][c])}, expected ${JSON.stringify(b[r][c])}`;
  return null;
}

/** Team index, parent rows and a leaves-first order (children before their manager), by hand. */
function hierarchy(team) {
  const index = new Map();
  for (let i = 0; i < team.length; i++) index.set(team[i][0], i);
  const parent = new Int32Array(team.length).fill(-1);
  const kids = team.map(() => []);
  const tops = [];
  for (let i = 0; i < team.length; i++) {
    const m = team[i][1];
    if (m === '') tops.push(i);
    else {
      parent[i] = index.get(m);
      kids[parent[i]].push(i);
    }
  }
  const order = [];
  const stack = tops.map((i) => [i, 0]);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top[1] < kids[top[0]].length) stack.push([kids[top[0]][top[1]++], 0]);
    else order.push(stack.pop()[0]);
  }
  return { index, parent, order };
}

/** Each person's figure with their team below: own + the children's totals, leaves first. */
function rollUp(h, own) {
  const total = Float64Array.from(own);
  for (const i of h.order) if (h.parent[i] >= 0) total[h.parent[i]] += total[i];
  return total;
}

// ---- data ---------------------------------------------------------------------------------

/** The forecast data with a confirmed column (~60 % 是, the rest 否 or blank) and categories (~10 % set). */
function forecastData(n, DateCtor) {
  const d = D.forecast(n, DateCtor);
  const rnd = D.prng(11);
  const CATS = ['承诺', '最佳情况', '管道', '不计入', '已成交'];
  d.confirmed = d.opportunities.map(() => [rnd() < 0.6 ? '是' : rnd() < 0.5 ? '否' : '']);
  d.categories = d.opportunities.map(() => [rnd() < 0.1 ? CATS[Math.floor(rnd() * CATS.length)] : '']);
  d.people = d.team.map((r) => [r[0]]);
  d.amounts = d.opportunities.map((o) => [o[1]]);
  d.stages = d.opportunities.map((o) => [o[2]]);
  d.closes = d.opportunities.map((o) => [o[3]]);
  return d;
}

/**
 * n forecast-submission rows (when, kind, person, by, to, from, to, own, team, amount) over a team of
 * n/40 people: ~70 % submissions, the rest revisions — most by the person's manager, some by someone
 * else — ~80 % in the period H1 2026, ~1 % by people outside the team; times over two months.
 */
function submissionsData(n, DateCtor) {
  const f = D.forecast(Math.max(200, n), DateCtor);
  const team = f.team;
  const rnd = D.prng(12);
  const people = team.map((r) => r[0]);
  const managerOf = new Map(team.map((r) => [r[0], r[1]]));
  const from = new DateCtor(2026, 0, 1);
  const to = new DateCtor(2026, 5, 30);
  const otherFrom = new DateCtor(2025, 6, 1);
  const otherTo = new DateCtor(2025, 11, 31);
  const rows = new Array(n);
  const t0 = new DateCtor(2026, 4, 1).getTime();
  for (let i = 0; i < n; i++) {
    const person = rnd() < 0.01 ? `外部-${1 + Math.floor(rnd() * 50)}` : people[Math.floor(rnd() * people.length)];
    const revision = rnd() < 0.3;
    const manager = managerOf.get(person) ?? '';
    const by = !revision ? person : manager && rnd() < 0.85 ? manager : people[Math.floor(rnd() * people.length)];
    const when = new DateCtor(t0 + Math.floor(rnd() * 60 * 24 * 60) * 60000);
    const inPeriod = rnd() < 0.8;
    const amount = (1 + Math.floor(rnd() * 500)) * 10000;
    rows[i] = [when, revision ? '修正' : '提交', person, by, manager, inPeriod ? from : otherFrom, inPeriod ? to : otherTo, amount, amount, amount];
  }
  return { team, rows, from, to };
}

// ---- floors -------------------------------------------------------------------------------

function floorRollupConfirmed(d) {
  const { index } = hierarchy(d.team);
  const h = hierarchy(d.team);
  const own = new Float64Array(d.team.length);
  let outside = 0;
  const lo = dayOf(d.from);
  const hi = dayOf(d.to);
  for (let i = 0; i < d.opportunities.length; i++) {
    if (d.confirmed[i][0] !== '是') continue;
    const [owner, amount, stage, date] = d.opportunities[i];
    const s = stageOf(stage);
    if (s <= 0) continue;
    const day = dayOf(date);
    if (day < lo || day > hi) continue;
    const p = index.get(owner);
    const f = amount * D.PROBABILITIES[s];
    if (p === undefined) outside += f;
    else own[p] += f;
  }
  const total = rollUp(h, own);
  const out = d.team.map(([p, m], i) => [p, m, own[i], total[i]]);
  out.push(['(未分配)', '', outside, outside]);
  return out;
}

/** Σ amount of the opportunities whose stage `keep` accepts, per person, with the team below. */
function floorPerPerson(d, keep) {
  const h = hierarchy(d.team);
  const own = new Float64Array(d.team.length);
  const lo = dayOf(d.from);
  const hi = dayOf(d.to);
  for (let i = 0; i < d.opportunities.length; i++) {
    const [owner, amount, stage, date] = d.opportunities[i];
    const s = stageOf(stage);
    if (s < 0 || !keep(s)) continue;
    const day = dayOf(date);
    if (day < lo || day > hi) continue;
    const p = h.index.get(owner);
    if (p !== undefined) own[p] += amount;
  }
  const total = rollUp(h, own);
  return d.team.map((_, i) => [total[i]]);
}

function floorWeightedInPeriod(d) {
  let sum = 0;
  const lo = dayOf(d.from);
  const hi = dayOf(d.to);
  for (let i = 0; i < d.stages.length; i++) {
    const s = stageOf(d.stages[i][0]);
    if (s < 0) continue;
    const day = dayOf(d.closes[i][0]);
    if (day < lo || day > hi) continue;
    sum += d.amounts[i][0] * D.PROBABILITIES[s];
  }
  return sum;
}

const CATEGORY = { 管道: 0, 最佳情况: 1, 承诺: 2, 已成交: 3, 不计入: -1 };
const BY_STAGE = [-1, 0, 0, 0, 1, 1, 2, 2, 3];

function floorCategories(d) {
  const h = hierarchy(d.team);
  const own = [0, 1, 2, 3].map(() => new Float64Array(d.team.length));
  const outside = [0, 0, 0, 0];
  const lo = dayOf(d.from);
  const hi = dayOf(d.to);
  for (let i = 0; i < d.opportunities.length; i++) {
    const [owner, amount, stage, date] = d.opportunities[i];
    const s = stageOf(stage);
    if (s <= 0) continue;
    const day = dayOf(date);
    if (day < lo || day > hi) continue;
    const c = d.categories[i][0];
    const k = c === '' ? BY_STAGE[s] : CATEGORY[c];
    if (k < 0) continue;
    const p = h.index.get(owner);
    if (p === undefined) outside[k] += amount;
    else own[k][p] += amount;
  }
  const totals = own.map((o) => rollUp(h, o));
  const out = d.team.map(([p], i) => [p, totals[0][i], totals[1][i], totals[2][i], totals[3][i]]);
  out.push(['(未分配)', ...outside]);
  return out;
}

function floorSubmitted(d) {
  const h = hierarchy(d.team);
  const n = d.team.length;
  const lo = d.from.getTime();
  const hi = d.to.getTime();
  const sub = new Int32Array(n).fill(-1);
  const rev = new Int32Array(n).fill(-1);
  const outside = new Map();
  const later = (a, b) => b < 0 || d.rows[a][0].getTime() > d.rows[b][0].getTime() || (d.rows[a][0].getTime() === d.rows[b][0].getTime() && a > b);
  for (let r = 0; r < d.rows.length; r++) {
    const row = d.rows[r];
    if (row[5].getTime() !== lo || row[6].getTime() !== hi) continue;
    const i = h.index.get(row[2]);
    if (row[1] === '提交') {
      if (i === undefined) {
        const had = outside.get(row[2]);
        if (had === undefined || later(r, had)) outside.set(row[2], r);
      } else if (later(r, sub[i])) sub[i] = r;
    } else if (i !== undefined) {
      const by = h.index.get(row[3]);
      let up = false;
      for (let p = h.parent[i]; p >= 0 && !up; p = h.parent[p]) up = p === by;
      if (up && later(r, rev[i])) rev[i] = r;
    }
  }
  const counted = new Array(n);
  for (let i = 0; i < n; i++) counted[i] = rev[i] >= 0 && (sub[i] < 0 || later(rev[i], sub[i])) ? d.rows[rev[i]][9] : sub[i] >= 0 ? d.rows[sub[i]][9] : '';
  const reports = new Array(n).fill('');
  for (let i = 0; i < n; i++) {
    const p = h.parent[i];
    if (p >= 0) reports[p] = (reports[p] === '' ? 0 : reports[p]) + (counted[i] === '' ? 0 : counted[i]);
  }
  const out = d.team.map(([p, m], i) => [p, m, sub[i] >= 0 ? d.rows[sub[i]][9] : '', '', rev[i] >= 0 ? d.rows[rev[i]][9] : '', '', counted[i], '', reports[i]]);
  let un = 0;
  for (const r of outside.values()) un += d.rows[r][9];
  out.push(['(未分配)', '', '', '', '', '', un, '', '']);
  return out;
}

// ---- cases --------------------------------------------------------------------------------

export const FORECAST_CASES = [
  {
    id: 'FORECAST_ROLLUP (confirmed)',
    fn: 'FORECAST_ROLLUP',
    about: 'as FORECAST_ROLLUP, only the ~60 % of opportunities confirmed (是) counting; no adjustments',
    sizes: SIZES,
    make: (n, DateCtor) => forecastData(n, DateCtor),
    args: (d) => [d.team, d.opportunities, d.from, d.to, '', '', d.confirmed],
    floor: floorRollupConfirmed,
    compare: (ours, floor) => diff(ours, floor, [0, 1, 2, 3]),
  },
  {
    id: 'FORECAST_SUBMITTED',
    fn: 'FORECAST_SUBMITTED',
    about: 'n submission rows (30 % revisions, some by someone who is not a superior, 20 % of another period) over a team of n/40 people, five levels',
    sizes: SIZES,
    make: (n, DateCtor) => submissionsData(n, DateCtor),
    args: (d) => [d.team, d.rows, d.from, d.to],
    floor: floorSubmitted,
    compare: (ours, floor) => diff(ours, floor, [0, 1, 2, 4, 6, 8]),
  },
  {
    id: 'OPEN_PIPELINE (team)',
    fn: 'OPEN_PIPELINE',
    about: 'the team as people, each with their whole team below them; H1 2026',
    sizes: SIZES,
    make: (n, DateCtor) => forecastData(n, DateCtor),
    args: (d) => [d.people, d.opportunities, d.from, d.to, d.team],
    floor: (d) => floorPerPerson(d, (s) => s >= 1 && s <= 7),
    compare: (ours, floor) => diff(ours, floor, [0]),
    breakColumn: 0,
  },
  {
    id: 'CLOSED_WON (team)',
    fn: 'CLOSED_WON',
    about: 'won (stage 08) per person with the team below them; H1 2026',
    sizes: SIZES,
    make: (n, DateCtor) => forecastData(n, DateCtor),
    args: (d) => [d.people, d.opportunities, d.from, d.to, d.team],
    floor: (d) => floorPerPerson(d, (s) => s === 8),
    compare: (ours, floor) => diff(ours, floor, [0]),
    breakColumn: 0,
  },
  {
    id: 'WEIGHTED_PIPELINE (period)',
    fn: 'WEIGHTED_PIPELINE',
    about: 'Σ amount × stage probability of the opportunities closing in H1 2026',
    sizes: SIZES,
    make: (n, DateCtor) => forecastData(n, DateCtor),
    args: (d) => [d.amounts, d.stages, '', d.closes, d.from, d.to],
    floor: floorWeightedInPeriod,
    compare: (ours, floor) => (close(ours, floor) ? null : `got ${ours}, expected ${floor}`),
  },
  {
    id: 'FORECAST_CATEGORIES',
    fn: 'FORECAST_CATEGORIES',
    about: '~10 % of opportunities with a category set (Chinese labels), the rest by stage; rolled up the team; H1 2026',
    sizes: SIZES,
    make: (n, DateCtor) => forecastData(n, DateCtor),
    args: (d) => [d.team, d.opportunities, d.categories, d.from, d.to],
    floor: floorCategories,
    compare: (ours, floor) => diff(ours, floor, [0, 1, 2, 3, 4]),
  },
];
