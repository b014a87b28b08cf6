/**
 * Duplicate groups over a list of names: rows that name the same company share a group number.
 *
 * 1. Rows with equal keys (`customer-key.ts`) are one company.
 * 2. Different keys are linked when their similarity reaches the threshold. Candidate pairs come
 *    from a prefix-filtered join: in one global order of grams (rarest first), each key is indexed
 *    under only its first grams whose weight exceeds twice its largest allowed cost (see
 *    `customer-match.ts`); two keys that can reach the threshold always share one of them, so the
 *    work grows with the number of near pairs, never with all pairs.
 * 3. Keys are merged most-similar first, and only when every key of one group is similar enough to
 *    every key of the other (complete linkage). So A ~ B and B ~ C never pull an unrelated A and C
 *    together, and a shared generic word (科技, Trading) weighs too little to link anything.
 */
import { clampThreshold, DEFAULT_MATCH_THRESHOLD, gramsClose, gramTableSteps, keyTableSteps, prefixLength, type KeyTable } from './customer-match';
import { maxCost, similarity } from './customer-similarity';
import { drain, STEP, type Steps } from '../steps';

export interface DuplicateGroups {
  /** Group number of each row, 1… in order of each group's first row; 0 when the row has no duplicate. */
  group: Int32Array;
  /** How many groups. */
  count: number;
}

/** Pairs of different keys (ids in `table`, a < b) whose similarity reaches `t`, with it. */
export interface NearPairs {
  a: number[];
  b: number[];
  sim: number[];
}

/** Every pair of different keys whose similarity reaches `t`, found by the prefix-filtered join. */
export function nearPairs(table: KeyTable, t: number): NearPairs {
  return drain(nearPairsSteps(table, t));
}

/**
 * `nearPairs` in steps: a yield every `STEP` keys, or `STEP` pairs compared in the join (a key of a
 * large block may meet many others).
 */
export function* nearPairsSteps(table: KeyTable, t: number): Steps<NearPairs> {
  const n = table.keys.length;

  // Global gram order: rarest first (ties by gram id), as the prefix filter requires.
  const grams = yield* gramTableSteps(table.profiles);
  const freq = grams.freq;

  // Keys with numbers only ever match keys with the same numbers: one join per set of numbers.
  const parts = new Map<string, number[]>();
  for (let k = 0; k < n; k++) {
    if (k % STEP === STEP - 1) yield;
    const d = table.profiles[k].digits;
    const l = parts.get(d);
    if (l) l.push(k);
    else parts.set(d, [k]);
  }

  const edgeA: number[] = [];
  const edgeB: number[] = [];
  const edgeSim: number[] = [];
  const consider = (j: number, k: number) => {
    const pk = table.profiles[k];
    const pj = table.profiles[j];
    const budget = (1 - t) * (pk.total > pj.total ? pk.total : pj.total) + 1e-9;
    if (Math.abs(pk.total - pj.total) > budget) return;
    if (!gramsClose(grams.ids[k], grams.weights[k], grams.ids[j], grams.weights[j], 2 * budget)) return;
    const s = similarity(pk, pj, t);
    if (s >= t - 1e-9) {
      edgeA.push(j);
      edgeB.push(k);
      edgeSim.push(s);
    }
  };

  // Each key's prefix: its rarest grams whose weight exceeds twice its largest allowed cost.
  const prefixStart = new Int32Array(n + 1);
  const prefixGrams: number[] = [];
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    if (k % STEP === STEP - 1) yield;
    const ids = grams.ids[k];
    order.length = ids.length;
    for (let i = 0; i < ids.length; i++) {
      // insertion sort by (frequency, id): a key has a few grams
      let j = i;
      while (j > 0 && (freq[ids[order[j - 1]]] > freq[ids[i]] || (freq[ids[order[j - 1]]] === freq[ids[i]] && ids[order[j - 1]] > ids[i]))) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    const len = prefixLength(order, grams.weights[k], maxCost(table.profiles[k].total, t));
    for (let p = 0; p < len; p++) prefixGrams.push(ids[order[p]]);
    prefixStart[k + 1] = prefixGrams.length;
  }

  // The join, within each set of keys with the same numbers: a key meets the keys before it that
  // share a prefix gram (a compressed list per gram, key ids ascending). Small sets are compared pairwise.
  // `work`: keys and pairs compared since the last yield.
  const seen = new Int32Array(n).fill(-1);
  let listCount: Int32Array | null = null;
  let work = 0;
  for (const [digits, part] of parts) {
    if (part.length < 2) continue;
    if (part.length <= 32) {
      for (let a = 0; a < part.length; a++) for (let b = a + 1; b < part.length; b++) consider(part[a], part[b]);
      work += (part.length * (part.length - 1)) / 2;
      if (work >= STEP) {
        work = 0;
        yield;
      }
      continue;
    }
    if (digits !== '') {
      // Keys sharing some numbers: lists kept in a map, grown key by key (these sets are small).
      const lists = new Map<number, number[]>();
      for (const k of part) {
        for (let p = prefixStart[k]; p < prefixStart[k + 1]; p++) {
          const list = lists.get(prefixGrams[p]);
          if (!list) continue;
          for (const j of list) {
            if (seen[j] === k) continue;
            seen[j] = k;
            consider(j, k);
            work++;
          }
        }
        if (++work >= STEP) {
          work = 0;
          yield;
        }
        for (let p = prefixStart[k]; p < prefixStart[k + 1]; p++) {
          const list = lists.get(prefixGrams[p]);
          if (list) list.push(k);
          else lists.set(prefixGrams[p], [k]);
        }
      }
      continue;
    }
    // Keys without numbers (the bulk): one compressed list per gram, key ids ascending.
    const count = (listCount ??= new Int32Array(freq.length + 1));
    for (const k of part) for (let p = prefixStart[k]; p < prefixStart[k + 1]; p++) count[prefixGrams[p] + 1]++;
    for (let g = 0; g < freq.length; g++) count[g + 1] += count[g];
    const fill = count.slice(0, freq.length);
    const lists = new Int32Array(count[freq.length]);
    for (const k of part) for (let p = prefixStart[k]; p < prefixStart[k + 1]; p++) lists[fill[prefixGrams[p]]++] = k;
    for (const k of part) {
      for (let p = prefixStart[k]; p < prefixStart[k + 1]; p++) {
        const g = prefixGrams[p];
        for (let i = count[g], end = count[g + 1]; i < end; i++) {
          const j = lists[i];
          if (j >= k) break;
          if (seen[j] === k) continue;
          seen[j] = k;
          consider(j, k);
          if (++work >= STEP) {
            work = 0;
            yield;
          }
        }
      }
      if (++work >= STEP) {
        work = 0;
        yield;
      }
    }
  }

  return { a: edgeA, b: edgeB, sim: edgeSim };
}

export function duplicateGroups(names: readonly unknown[], threshold = DEFAULT_MATCH_THRESHOLD): DuplicateGroups {
  return drain(duplicateGroupsSteps(names, threshold));
}

/** `duplicateGroups` in steps: a yield every `STEP` names, keys, pairs compared or pairs merged. */
export function* duplicateGroupsSteps(names: readonly unknown[], threshold = DEFAULT_MATCH_THRESHOLD): Steps<DuplicateGroups> {
  const t = clampThreshold(threshold);
  const table = yield* keyTableSteps(names);
  const n = table.keys.length;
  const { a: edgeA, b: edgeB, sim: edgeSim } = yield* nearPairsSteps(table, t);

  // Complete-linkage merging, most similar first.
  const edgeSet = new Set<number>();
  for (let e = 0; e < edgeA.length; e++) edgeSet.add(edgeA[e] * n + edgeB[e]);
  const linked = (a: number, b: number) => (a < b ? edgeSet.has(a * n + b) : edgeSet.has(b * n + a));
  const byStrength = edgeA.map((_, e) => e);
  byStrength.sort((x, y) => edgeSim[y] - edgeSim[x] || edgeA[x] - edgeA[y] || edgeB[x] - edgeB[y]);
  const cluster = new Int32Array(n);
  const members: number[][] = new Array(n);
  for (let k = 0; k < n; k++) cluster[k] = k;
  let merged = 0;
  for (const e of byStrength) {
    if (++merged % STEP === 0) yield;
    const ca = cluster[edgeA[e]];
    const cb = cluster[edgeB[e]];
    if (ca === cb) continue;
    const A = (members[ca] ??= [ca]);
    const B = (members[cb] ??= [cb]);
    let all = true;
    for (let i = 0; all && i < A.length; i++) for (let j = 0; j < B.length; j++) if (!linked(A[i], B[j])) {
      all = false;
      break;
    }
    if (!all) continue;
    const [keep, drop] = A.length >= B.length ? [ca, cb] : [cb, ca];
    for (const k of members[drop]) {
      cluster[k] = keep;
      members[keep].push(k);
    }
    members[drop] = [];
  }

  // Rows per cluster; number groups of two or more rows by their first row.
  const rowsIn = new Int32Array(n);
  for (let k = 0; k < n; k++) rowsIn[cluster[k]] += table.rows[k].length;
  const label = new Int32Array(n);
  const group = new Int32Array(names.length);
  let count = 0;
  for (let r = 0; r < names.length; r++) {
    if (r % STEP === STEP - 1) yield;
    const k = table.keyOfRow[r];
    if (k < 0) continue;
    const c = cluster[k];
    if (rowsIn[c] < 2) continue;
    if (!label[c]) label[c] = ++count;
    group[r] = label[c];
  }
  return { group, count };
}
