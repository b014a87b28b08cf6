// The funnel history's benchmark cases (issue 9): FUNNEL_BENCHMARK over the funnel snapshots,
// STAGE_CONVERSION and DAYS_IN_STAGE over the opportunity history, LOST_REASONS over the lost ones.
// Same shape as ../cases.mjs: the data as Sheets hands it (Dates of the sandbox's realm), a hand-written
// bare loop giving the same result, checked equal after timing. `n` is the history (or snapshot, or
// reason) rows.
import * as D from '../data.mjs';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const MS_PER_DAY = 86400000;
/** Day number of a Date at its local calendar date (what Sheets means by the cell). */
const dayOf = (d) => Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / MS_PER_DAY);
/** A stage label's stage: 丢单 is lost (0), else the number it starts with. */
const stageOf = (s) => (s.charCodeAt(0) === 0x4e22 /* 丢 */ ? 0 : parseInt(s, 10));

const EPS = 1e-9;
const same = (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b)) : a === b);
function diff(a, b) {
  if (!Array.isArray(a) || a.length !== b.length) return `rows: got ${a?.length}, expected ${b.length}`;
  for (let r = 0; r < a.length; r++) for (let c = 0; c < b[r].length; c++) if (!same(a[r][c], b[r][c])) return `row ${r + 1} col ${c + 1}: got ${JSON.stringify(a[r][c])}, expected ${JSON.stringify(b[r][c])}`;
  return null;
}

// ---- data ---------------------------------------------------------------------------------

/**
 * n history rows (when, opportunity, field, before, after) of n/8 opportunities over two years: each
 * opportunity's stages one after another from 01 (15 % first recorded at 02–03, 10 % of the moves
 * skipping a stage), a third won at 08, a third lost, the rest still open; one row in six is an amount
 * change (read past). Rows in time order, as the forms and edits append them.
 */
function historyData(n, DateCtor) {
  const rnd = D.prng(91);
  const opps = Math.max(1, Math.floor(n / 8));
  const t0 = new DateCtor(2025, 0, 1).getTime();
  const events = [];
  for (let k = 0; k < opps && events.length < n; k++) {
    const id = 'O' + String(k + 1).padStart(7, '0');
    let t = t0 + Math.floor(rnd() * 600) * MS_PER_DAY + Math.floor(rnd() * 36000) * 1000;
    const end = rnd();
    const top = end < 0.33 ? 8 : 1 + Math.floor(rnd() * 7);
    let s = rnd() < 0.15 ? 2 + Math.floor(rnd() * 2) : 1;
    if (s > top) s = top;
    let before = '';
    const push = (field, b, a) => events.push([t, id, field, b, a]);
    for (;;) {
      push('阶段', before, D.STAGE_LABELS[s]);
      before = D.STAGE_LABELS[s];
      if (rnd() < 0.2) push('金额', 1000 * Math.floor(rnd() * 900), 1000 * Math.floor(rnd() * 900));
      t += (1 + Math.floor(rnd() * 40)) * MS_PER_DAY;
      if (s >= top) break;
      s = Math.min(top, s + (rnd() < 0.1 ? 2 : 1));
    }
    if (top < 8 && end < 0.66) push('阶段', before, D.STAGE_LABELS[0]);
  }
  events.length = Math.min(events.length, n);
  events.sort((a, b) => a[0] - b[0]);
  const rows = events.map((e) => [new DateCtor(e[0]), e[1], e[2], e[3], e[4]]);
  const ids = [];
  for (let k = 0; k < opps; k++) ids.push(['O' + String(k + 1).padStart(7, '0')]);
  return { rows, ids, asOf: new DateCtor(2027, 0, 15) };
}

/** n snapshot rows (date, stage, count, amount): n/8 weekly dates, eight stages each (5 % of stages missing). */
function snapshotData(n, DateCtor) {
  const rnd = D.prng(92);
  const rows = [];
  const t0 = new DateCtor(2000, 0, 3).getTime();
  for (let w = 0; rows.length < n; w++) {
    const date = new DateCtor(t0 + w * 7 * MS_PER_DAY);
    for (let s = 1; s <= 8 && rows.length < n; s++) if (rnd() >= 0.05) rows.push([date, s, Math.floor(rnd() * 100), 10000 * Math.floor(rnd() * 500)]);
  }
  return { rows };
}

const REASONS = ['价格', '产品不符合需求', '客户关系', '客户选择了竞争对手', '预算取消', '时机不对', '其他'];
/** n lost-reason rows: the list's reasons in Chinese (a few in English), 5 % outside the list, 10 % blank. */
function reasonData(n) {
  const rnd = D.prng(93);
  const reasons = new Array(n);
  const amounts = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    reasons[i] = [r < 0.1 ? '' : r < 0.15 ? '客户失联' : r < 0.2 ? 'Price' : REASONS[Math.floor(rnd() * REASONS.length)]];
    amounts[i] = [10000 * Math.floor(rnd() * 500)];
  }
  return { reasons, amounts };
}

// ---- floors -------------------------------------------------------------------------------

function floorBenchmark(d, periods, col) {
  const days = [...new Set(d.rows.map((r) => dayOf(r[0])))].sort((a, b) => b - a).slice(0, periods);
  const keep = new Set(days);
  const sums = new Float64Array(9);
  for (const r of d.rows) if (keep.has(dayOf(r[0]))) sums[r[1]] += r[col];
  return Array.from({ length: 8 }, (_, i) => [sums[i + 1] / days.length]);
}

/** Per opportunity: its stage rows' days and stages, in time order (the rows are). */
function byOpportunity(rows) {
  const map = new Map();
  for (const r of rows) {
    if (r[2] !== '阶段') continue;
    let e = map.get(r[1]);
    if (!e) map.set(r[1], (e = { days: [], stages: [] }));
    const s = stageOf(r[4]);
    if (e.stages.length && e.stages[e.stages.length - 1] === s) continue;
    e.days.push(dayOf(r[0]));
    e.stages.push(s);
  }
  return map;
}

function median(xs) {
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function floorConversion(d) {
  const reached = new Float64Array(9);
  const won = new Float64Array(9);
  const spent = Array.from({ length: 9 }, () => []);
  for (const e of byOpportunity(d.rows).values()) {
    const last = e.stages[e.stages.length - 1];
    if (last !== 8 && last !== 0) continue;
    let top = 0;
    for (const s of e.stages) if (s > top) top = s;
    if (last === 8) top = 8;
    for (let s = 1; s <= top; s++) {
      reached[s]++;
      if (last === 8) won[s]++;
    }
    const per = new Float64Array(9).fill(-1);
    for (let k = 0; k + 1 < e.stages.length; k++) {
      const s = e.stages[k];
      if (s === 0) continue;
      per[s] = (per[s] < 0 ? 0 : per[s]) + e.days[k + 1] - e.days[k];
    }
    for (let s = 1; s <= 8; s++) if (per[s] >= 0) spent[s].push(per[s]);
  }
  return Array.from({ length: 8 }, (_, i) => {
    const s = i + 1;
    return [s, reached[s], won[s], reached[s] ? won[s] / reached[s] : '', spent[s].length ? median(spent[s]) : ''];
  });
}

function floorDays(d) {
  const map = byOpportunity(d.rows);
  const asOf = dayOf(d.asOf);
  return d.ids.map(([id]) => {
    const e = map.get(id);
    return [e ? asOf - e.days[e.days.length - 1] : ''];
  });
}

function floorReasons(d) {
  const index = new Map(REASONS.map((r, i) => [r, i]));
  index.set('Price', 0);
  const count = new Float64Array(8);
  const sum = new Float64Array(8);
  for (let i = 0; i < d.reasons.length; i++) {
    const r = d.reasons[i][0];
    if (r === '') continue;
    const k = index.get(r) ?? 7;
    count[k]++;
    sum[k] += d.amounts[i][0];
  }
  let total = 0;
  for (const s of sum) total += s;
  const labels = [...REASONS, '其他(不在列表中)'];
  return labels.map((l, k) => [l, count[k], sum[k], total ? sum[k] / total : '']);
}

// ---- cases --------------------------------------------------------------------------------

export const HISTORY_CASES = [
  {
    id: 'FUNNEL_BENCHMARK',
    fn: 'FUNNEL_BENCHMARK',
    about: 'n snapshot rows (n/8 weekly dates, 5 % of the stages missing); the last 12 dates averaged, by count',
    sizes: SIZES,
    make: (n, DateCtor) => snapshotData(n, DateCtor),
    args: (d) => [d.rows, 12],
    floor: (d) => floorBenchmark(d, 12, 2),
    compare: diff,
    breakColumn: 0,
  },
  {
    id: 'STAGE_CONVERSION',
    fn: 'STAGE_CONVERSION',
    about: 'n history rows of n/8 opportunities (a third won, a third lost, one row in six an amount change); every closed one',
    sizes: SIZES,
    make: (n, DateCtor) => historyData(n, DateCtor),
    args: (d) => [d.rows],
    floor: floorConversion,
    compare: diff,
  },
  {
    id: 'DAYS_IN_STAGE',
    fn: 'DAYS_IN_STAGE',
    about: 'the same history; one row per opportunity (n/8 IDs), counted to 15 Jan 2027',
    sizes: SIZES,
    make: (n, DateCtor) => historyData(n, DateCtor),
    args: (d) => [d.ids, d.rows, d.asOf],
    floor: floorDays,
    compare: diff,
    breakColumn: 0,
  },
  {
    id: 'LOST_REASONS',
    fn: 'LOST_REASONS',
    about: 'n lost-reason rows with amounts (the list in Chinese, some in English, 5 % outside the list, 10 % blank)',
    sizes: SIZES,
    make: (n) => reasonData(n),
    args: (d) => [d.reasons, d.amounts],
    floor: floorReasons,
    compare: diff,
  },
];
