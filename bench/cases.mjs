// The benchmark cases: for each catalogue function, its generated data, the arguments as Sheets
// passes them, the bare-loop floor (same result, one plain loop over the same arrays, written for
// this data the way a programmer would write it by hand), and where one exists the same result
// with the spreadsheet's own formulas in HyperFormula. `compare` says whether two results agree.
import * as D from './data.mjs';
import { AREA_CASES } from './cases/index.mjs';

export const SIZES = [1_000, 10_000, 100_000, 1_000_000];
export const QUICK_SIZES = [200, 2_000];
/** HyperFormula is run up to this size (beyond it the formula engine takes minutes and gigabytes). */
export const HF_MAX = 100_000;

const EPS = 1e-9;
function close(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number') return a === b;
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The first difference between two grids (numbers compared to 1e-9 relative), or null. */
export function gridDiff(a, b, cols) {
  if (!Array.isArray(a) || !Array.isArray(b)) return close(a, b) ? null : `got ${show(a)}, expected ${show(b)}`;
  if (a.length !== b.length) return `rows: got ${a.length}, expected ${b.length}`;
  for (let r = 0; r < a.length; r++) {
    for (const c of cols ?? b[r].keys()) {
      if (!close(a[r][c], b[r][c])) return `row ${r + 1} col ${c + 1}: got ${show(a[r][c])}, expected ${show(b[r][c])}`;
    }
  }
  return null;
}
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

const col = (c) => String.fromCharCode(65 + c);
const hfBlank = (v) => (v === '' ? null : v);

// ---- hand-written floors --------------------------------------------------------------------

/** What a programmer writes for this workbook's stage labels: `丢单` is lost, else the leading number. */
function stageOf(s) {
  if (typeof s === 'number') return s;
  if (s === '') return -1;
  if (s.charCodeAt(0) === 0x4e22 /* 丢 */) return 0;
  return parseInt(s, 10);
}

function floorScore(rows) {
  const out = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let yes = 0;
    let blank = 0;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === '是') yes++;
      else if (v === '') blank++;
    }
    out[i] = [blank === row.length ? '' : yes];
  }
  return out;
}

function floorWeighted(amounts, stages, probs) {
  let sum = 0;
  for (let i = 0; i < stages.length; i++) {
    const s = stageOf(stages[i][0]);
    if (s < 0) continue;
    const a = amounts[i][0];
    if (a !== '') sum += a * probs[s];
  }
  return sum;
}

function floorFunnel(stages, bench, amounts) {
  const cur = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < stages.length; i++) {
    const s = stageOf(stages[i][0]);
    if (s < 0) continue;
    if (amounts) {
      const a = amounts[i][0];
      if (a !== '') cur[s] += a;
    } else cur[s]++;
  }
  const out = [];
  for (let k = 1; k <= 8; k++) {
    const b = bench[k - 1];
    const ratio = b ? cur[k] / b : '';
    out.push([k, cur[k], b, ratio, ratio === '' ? '' : ratio > 1 ? 'excellent' : ratio >= 0.7 ? 'good' : 'warning']);
  }
  return out;
}

const MS_PER_DAY = 86400000;
/** A Date as the day serial a spreadsheet stores (days since 1899-12-30), by its local calendar day. */
const serialOf = (d) => dayOf(d) + 25569;
/** Day number of a Date at its local calendar date (what Sheets means by the cell). */
const dayOf = (d) => Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / MS_PER_DAY);

function floorForecast({ team, opportunities, from, to, adjustments }, probs) {
  const index = new Map();
  for (let i = 0; i < team.length; i++) index.set(team[i][0], i);
  const own = new Float64Array(team.length);
  let unassigned = 0;
  const lo = dayOf(from);
  const hi = dayOf(to);
  for (let i = 0; i < opportunities.length; i++) {
    const [owner, amount, stage, date] = opportunities[i];
    const day = dayOf(date);
    if (day < lo || day > hi) continue;
    const f = amount * probs[stageOf(stage)];
    const p = index.get(owner);
    if (p === undefined) unassigned += f;
    else own[p] += f;
  }
  const adj = new Map(adjustments.map(([p, a]) => [p, a]));
  // team forecast bottom-up: children lists, then an explicit post-order walk from the top.
  const kids = team.map(() => []);
  const tops = [];
  for (let i = 0; i < team.length; i++) {
    const m = team[i][1];
    if (m === '') tops.push(i);
    else kids[index.get(m)].push(i);
  }
  const total = new Float64Array(team.length);
  const stack = tops.map((i) => [i, 0]);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [i, k] = top;
    if (k < kids[i].length) {
      top[1]++;
      stack.push([kids[i][k], 0]);
    } else {
      stack.pop();
      let t = own[i];
      for (const c of kids[i]) t += adj.has(team[c][0]) ? adj.get(team[c][0]) : total[c];
      total[i] = t;
    }
  }
  const out = team.map(([p, m], i) => [p, m, own[i], total[i]]);
  out.push(['(unassigned)', '', unassigned, unassigned]);
  return out;
}

// ---- cases ---------------------------------------------------------------------------------

const BASE_CASES = [
  {
    id: 'OPP_SCORE',
    fn: 'OPP_SCORE',
    about: '20 answers (是/否/blank) per row → yes count per row',
    sizes: SIZES,
    make: (n) => ({ rows: D.answers(n) }),
    args: (d) => [d.rows],
    floor: (d) => floorScore(d.rows),
    compare: (ours, floor) => gridDiff(ours, floor),
    hf: {
      formula: 'COUNTIF per row: =COUNTIF(A2:T2,"是")',
      sheets: (d) => ({ Data: d.rows.map((r) => r.map(hfBlank)) }),
      place: (d) => ({ sheet: 'Data', row: 0, col: 20, cells: d.rows.map((_, i) => [`=COUNTIF(A${i + 1}:T${i + 1},"是")`]) }),
      // a blank row is blank in ours, 0 in the formula
      compare: (ours, got) => gridDiff(ours.map((r) => [r[0] === '' ? 0 : r[0]]), got),
    },
  },
  {
    id: 'WEIGHTED_PIPELINE',
    fn: 'WEIGHTED_PIPELINE',
    about: 'Σ amount × stage probability',
    sizes: SIZES,
    make: (n) => D.pipeline(n),
    args: (d) => [d.amounts, d.stages],
    floor: (d) => floorWeighted(d.amounts, d.stages, D.PROBABILITIES),
    compare: (ours, floor) => gridDiff(ours, floor),
    hf: {
      formula: '8 SUMIFS × probability: =SUMIFS(B:B,A:A,P!A1)*P!B1+…',
      sheets: (d) => ({ Data: d.stages.map((s, i) => [hfBlank(s[0]), hfBlank(d.amounts[i][0])]), P: probTable() }),
      place: (d) => ({
        sheet: 'Out',
        row: 0,
        col: 0,
        cells: [[`=${[1, 2, 3, 4, 5, 6, 7, 8].map((k) => `SUMIFS(Data!B1:B${d.stages.length},Data!A1:A${d.stages.length},P!A${k})*P!B${k}`).join('+')}`]],
      }),
      compare: (ours, got) => gridDiff(ours, got[0][0]),
    },
  },
  funnelCase(false),
  funnelCase(true),
  {
    id: 'FORECAST_ROLLUP',
    fn: 'FORECAST_ROLLUP',
    about: 'team of n/40 people, 5 levels, ~5 % adjusted; H1 2026',
    sizes: SIZES,
    make: (n, DateCtor) => D.forecast(n, DateCtor),
    args: (d) => [d.team, d.opportunities, d.from, d.to, d.adjustments],
    floor: (d) => floorForecast(d, D.PROBABILITIES),
    compare: (ours, floor) => {
      if (!Array.isArray(ours) || ours.length !== floor.length) return `rows: got ${ours?.length}, expected ${floor.length}`;
      const head = gridDiff(ours.slice(0, -1), floor.slice(0, -1), [0, 1, 2, 3]);
      if (head) return head;
      return gridDiff([ours[ours.length - 1]], [floor[floor.length - 1]], [2, 3]);
    },
    hf: {
      // Only a lower bound: the own forecast per person. The roll-up itself has no formula equivalent
      // (a recursive hierarchy is a circular range reference unless the team is sorted by level).
      lowerBound: true,
      agrees: 'own forecasts agree with the formulas',
      // One SUMIFS per person (n/40 of them) over all n rows: the formulas grow with n²; 100,000 rows
      // would take minutes per calculation (10,000 take ~5 s).
      maxRows: 10_000,
      formula:
        'LOWER BOUND, own forecast only: a helper column per opportunity =B2*IFERROR(VLOOKUP(C2,stages,2,0),0)*(D2>=from)*(D2<=to), then =SUMIFS(helper,owner,person) per person; the roll-up up the hierarchy is not included',
      sheets: (d) => ({
        O: d.opportunities.map(([owner, amount, stage, date]) => [owner, amount, stage, serialOf(date)]),
        T: d.team.map(([p, m]) => [p, m === '' ? null : m]),
        P: probTable(),
        F: [[serialOf(d.from), serialOf(d.to)]],
      }),
      place: (d) => {
        const n = d.opportunities.length;
        return [
          { sheet: 'O', row: 0, col: 4, cells: d.opportunities.map((_, i) => [`=B${i + 1}*IFERROR(VLOOKUP(C${i + 1},P!$A$1:$B$8,2,0),0)*(D${i + 1}>=F!$A$1)*(D${i + 1}<=F!$B$1)`]) },
          { sheet: 'T', row: 0, col: 2, cells: d.team.map((_, j) => [`=SUMIFS(O!$E$1:$E$${n},O!$A$1:$A$${n},A${j + 1})`]) },
        ];
      },
      compare: (ours, got) => gridDiff(ours.slice(0, -1).map((r) => [r[2]]), got),
    },
  },
  {
    id: 'CUSTOMER_MATCH',
    fn: 'CUSTOMER_MATCH',
    about: 'one name (another writing of a known company) against N: index build + 1 lookup per call',
    sizes: SIZES,
    quickSizes: [100, 1_000],
    matching: true,
    make: (n) => {
      const c = D.companies(n);
      const id = c.truth[Math.floor(n / 2)];
      // 200 more queries (other writings of known companies) for the lookups once indexed
      const queryIds = Array.from({ length: 200 }, (_, i) => c.truth[Math.floor(((i + 0.5) * n) / 200)]);
      return { existing: c.names.map((s) => [s]), names: c.names, truth: c.truth, queryId: id, query: c.query(id), queryIds, queries: queryIds.map((q) => c.query(q)) };
    },
    args: (d) => [[[d.query]], d.existing],
    /** Floor: one pass comparing each name, trimmed and lower-cased, with the query (an exact scan). */
    floor: (d) => {
      const q = d.query.trim().toLowerCase();
      let hit = '';
      for (let i = 0; i < d.existing.length; i++) if (d.existing[i][0].trim().toLowerCase() === q) { hit = i + 1; break; }
      return [[hit]];
    },
    /** Quality, not agreement: does the best match name the same company? */
    quality: (d, ours) => {
      const row = ours?.[0]?.[2];
      return typeof row === 'number' && d.truth[row - 1] === d.queryId ? 'found the right company' : `wrong: ${JSON.stringify(ours?.[0])} for ${JSON.stringify(d.query)}`;
    },
  },
  {
    id: 'DUPLICATE_GROUPS',
    fn: 'DUPLICATE_GROUPS',
    about: '~12 % of rows are another writing of an earlier company',
    sizes: SIZES.filter((n) => n <= 100_000),
    quickSizes: [100, 1_000],
    matching: true,
    make: (n) => {
      const c = D.companies(n);
      return { names: c.names.map((s) => [s]), truth: c.truth };
    },
    args: (d) => [d.names],
    /** Floor: exact duplicates after trim + lower case, one Map pass, labelled like ours. */
    floor: (d) => {
      const first = new Map();
      const count = new Map();
      const keys = new Array(d.names.length);
      for (let i = 0; i < d.names.length; i++) {
        const k = d.names[i][0].trim().toLowerCase();
        keys[i] = k;
        if (!first.has(k)) first.set(k, i);
        count.set(k, (count.get(k) ?? 0) + 1);
      }
      return keys.map((k) => [count.get(k) > 1 ? `G${first.get(k) + 1}` : '']);
    },
    quality: (d, ours) => groupQuality(d.truth, ours),
  },
];

/** Every case: the catalogue's first functions above, then each area's (bench/cases/). */
export const CASES = [...BASE_CASES, ...AREA_CASES];

function probTable() {
  return D.STAGE_LABELS.slice(1).map((l, i) => [l, D.PROBABILITIES[i + 1]]);
}

function funnelCase(withAmounts) {
  const id = withAmounts ? 'FUNNEL_HEALTH (amount)' : 'FUNNEL_HEALTH (count)';
  const agg = withAmounts ? 'SUMIFS' : 'COUNTIF';
  return {
    id,
    fn: 'FUNNEL_HEALTH',
    about: withAmounts ? 'amount per stage against 8 benchmarks' : 'count per stage against 8 benchmarks',
    sizes: SIZES,
    make: (n) => D.pipeline(n),
    args: (d) => (withAmounts ? [d.stages, d.benchAmount, d.amounts] : [d.stages, d.benchCount]),
    floor: (d) => floorFunnel(d.stages, (withAmounts ? d.benchAmount : d.benchCount)[0], withAmounts ? d.amounts : null),
    compare: (ours, floor) => gridDiff(ours, floor, [0, 1, 2, 3]),
    hf: {
      formula: `8 rows: =${agg}(…) | benchmark | ratio =IF(C>0,B/C,"") | status =IF(…,"优秀",…)`,
      sheets: (d) => ({
        Data: d.stages.map((s, i) => [hfBlank(s[0]), hfBlank(d.amounts[i][0])]),
        P: probTable().map((r, i) => [...r, (withAmounts ? d.benchAmount : d.benchCount)[0][i]]),
      }),
      place: (d) => {
        const n = d.stages.length;
        return {
          sheet: 'Out',
          row: 0,
          col: 0,
          cells: [1, 2, 3, 4, 5, 6, 7, 8].map((k) => [
            k,
            withAmounts ? `=SUMIFS(Data!B1:B${n},Data!A1:A${n},P!A${k})` : `=COUNTIF(Data!A1:A${n},P!A${k})`,
            `=P!C${k}`,
            `=IF(C${k}>0,B${k}/C${k},"")`,
            `=IF(D${k}="","无基准",IF(D${k}>1,"优秀",IF(D${k}>=0.7,"良好","预警")))`,
          ]),
        };
      },
      compare: (ours, got) => gridDiff(ours, got, [0, 1, 2, 3]),
    },
  };
}

/**
 * DUPLICATE_GROUPS against the truth: recall = share of rows that have a true duplicate and got a
 * label shared with one; false merges = labels whose rows name more than one company.
 */
export function groupQuality(truth, ours) {
  if (!Array.isArray(ours) || ours.length !== truth.length) return `wrong shape: ${ours?.length} rows for ${truth.length}`;
  const size = new Map();
  for (const t of truth) size.set(t, (size.get(t) ?? 0) + 1);
  const groups = new Map();
  ours.forEach((r, i) => {
    const g = r[0];
    if (g === '' || g === null || g === undefined) return;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(i);
  });
  let dupRows = 0;
  let found = 0;
  for (let i = 0; i < truth.length; i++) {
    if (size.get(truth[i]) < 2) continue;
    dupRows++;
    const g = ours[i][0];
    if (g !== '' && g != null && groups.get(g).some((j) => j !== i && truth[j] === truth[i])) found++;
  }
  let mixed = 0;
  for (const rows of groups.values()) if (new Set(rows.map((i) => truth[i])).size > 1) mixed++;
  const pct = dupRows ? ((100 * found) / dupRows).toFixed(1) : '–';
  return `recall ${pct} % of ${dupRows} duplicate rows; ${mixed} of ${groups.size} groups mix companies`;
}
