/**
 * The customer register's uniqueness check as an index: built once over the existing names, then
 * each lookup (the New-customer form calls it as the user types; CUSTOMER_MATCH once per row)
 * touches only the names that share a rare character pair with the query — never a scan of all
 * names. Names are compared by their keys (`customer-key.ts`) and scored by `customer-similarity.ts`.
 *
 * Blocking: a key's grams are its character pairs with start and end marks (华为 → ^华, 华为, 为$),
 * each weighing the lighter of its two characters (the end grams weigh 1). Every edit of cost c
 * destroys at most two grams, each weighing at most c (see `similarity`), so a key within cost C of
 * the query shares every query gram but at most 2C of their weight. Probing the query's rarest grams
 * until their weight exceeds 2C (C from `maxCost`) therefore finds every key that can reach the threshold.
 */
import { branchParts, customerKey } from './customer-key';
import { GENERIC_WEIGHT, keyProfile, maxCost, oneEditApart, sameKeySimilarity, similarity, type KeyProfile } from './customer-similarity';
import { drain, STEP, type Steps } from '../steps';

/**
 * The default similarity a match must reach (see the CUSTOMER_MATCH help). Equal keys are 1; at 0.9 a
 * near name matches only when it differs by little more than one trade-name character in a long name —
 * on the benchmark's register (bench/data.mjs) 0.85 put 15 pairs of different companies sharing a trade
 * name (Crystal Harmony Pharma / Energy) into one group, 0.9 none, with the same recall.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.9;
/** The lowest threshold accepted: below it, names sharing only an industry word would match. */
export const MIN_MATCH_THRESHOLD = 0.5;

export interface CustomerMatch {
  /** 0-based position in the names the index was built from. */
  row: number;
  /** The existing name as given. */
  name: string;
  /**
   * 0–1, rounded to 3 decimals: for equal keys 0.95–1 by how differently the names are written (1 for
   * the same writing), otherwise the keys' similarity.
   */
  similarity: number;
}

/**
 * What an existing customer is to a name being registered: `same` — the same company (a likely
 * duplicate: equal keys, or a similarity reaching the threshold); `branch` — the name is a branch of it
 * (…北京分公司, … Beijing Branch); `possible` — a possible match below the threshold for the user to judge
 * (a one-character slip in a trade name, 中国电讯 / 中国电信, looks exactly like another company).
 */
export type MatchKind = 'same' | 'branch' | 'possible';

export interface CustomerCandidate extends CustomerMatch {
  kind: MatchKind;
}

/**
 * Below the threshold, a near name is a possible match from this similarity on, or when its key is one
 * character away from the existing one (keys of three characters or more) and at least 0.5 alike.
 */
export const POSSIBLE_MATCH_FLOOR = 0.75;

export interface SearchOptions {
  /** Minimum similarity, default 0.9; values below 0.5 are read as 0.5. */
  threshold?: number;
  /** Most matches returned, default 10. */
  limit?: number;
}

export interface CustomerIndex {
  /** How many names were given (blank ones included). */
  readonly size: number;
  /** The key of row `row`. */
  key(row: number): string;
  /** The existing names like `name`, best first (ties: lower row first). */
  search(name: unknown, options?: SearchOptions): CustomerMatch[];
  /**
   * The uniqueness check of a name being registered: likely duplicates (`same`), the companies it is a
   * branch of (`branch`), then possible matches below the threshold (`possible`); each best first.
   */
  check(name: unknown, options?: SearchOptions): CustomerCandidate[];
}

const START = 1;
const END = 2;

/** The distinct grams of a profile's text, as numbers (two UTF-16 units, or a mark), with their weights. */
export function gramsOf(p: KeyProfile): { grams: number[]; weights: number[] } {
  const t = p.text;
  const w = p.weights;
  const grams: number[] = [];
  const weights: number[] = [];
  let prev = START;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : END;
    const g = prev * 65536 + c;
    const weight = i === 0 || i === t.length ? GENERIC_WEIGHT : w[i - 1] < w[i] ? w[i - 1] : w[i];
    const at = grams.indexOf(g);
    if (at < 0) {
      grams.push(g);
      weights.push(weight);
    } else if (weight < weights[at]) weights[at] = weight;
    prev = c;
  }
  return { grams, weights };
}

/**
 * How many of `order` (gram positions, rarest first) to probe so that their weight exceeds twice
 * the largest cost a match may have: any key within that cost shares one of them.
 */
export function prefixLength(order: readonly number[], weights: ArrayLike<number>, cost: number): number {
  let mass = 0;
  for (let p = 0; p < order.length; p++) {
    mass += weights[order[p]];
    if (mass > 2 * cost) return p + 1;
  }
  return order.length;
}

export function clampThreshold(t: number | undefined): number {
  if (t === undefined || !Number.isFinite(t)) return DEFAULT_MATCH_THRESHOLD;
  return Math.min(1, Math.max(MIN_MATCH_THRESHOLD, t));
}

/** Unique keys of a list of names, with their rows: the shared first step of matching and grouping. */
export interface KeyTable {
  /** Key id of each row, −1 for a blank name. */
  keyOfRow: Int32Array;
  keys: string[];
  profiles: KeyProfile[];
  /** Rows of each key id, ascending. */
  rows: number[][];
  /** Key id by key. */
  byKey: Map<string, number>;
}

export function keyTable(names: readonly unknown[]): KeyTable {
  return drain(keyTableSteps(names));
}

/** `keyTable` in steps (a yield every `STEP` names). */
export function* keyTableSteps(names: readonly unknown[]): Steps<KeyTable> {
  const keyOfRow = new Int32Array(names.length);
  const keys: string[] = [];
  const profiles: KeyProfile[] = [];
  const rows: number[][] = [];
  const byKey = new Map<string, number>();
  for (let r = 0; r < names.length; r++) {
    if (r % STEP === STEP - 1) yield;
    const v = names[r];
    const k = v === null || v === undefined ? '' : customerKey(typeof v === 'string' ? v : String(v));
    if (!k) {
      keyOfRow[r] = -1;
      continue;
    }
    let id = byKey.get(k);
    if (id === undefined) {
      id = keys.length;
      byKey.set(k, id);
      keys.push(k);
      profiles.push(keyProfile(k));
      rows.push([]);
    }
    keyOfRow[r] = id;
    rows[id].push(r);
  }
  return { keyOfRow, keys, profiles, rows, byKey };
}

/** Every key's distinct grams as ids (ascending) with their weights, and each gram's frequency. */
export interface GramTable {
  gramId: Map<number, number>;
  /** Number of keys holding each gram id. */
  freq: number[];
  /** Views into one flat buffer, per key. */
  ids: Int32Array[];
  weights: Uint8Array[];
}

export function gramTable(profiles: readonly KeyProfile[]): GramTable {
  return drain(gramTableSteps(profiles));
}

/** `gramTable` in steps (a yield every `STEP` keys). */
export function* gramTableSteps(profiles: readonly KeyProfile[]): Steps<GramTable> {
  const gramId = new Map<number, number>();
  const freq: number[] = [];
  let total = 0;
  for (const p of profiles) total += p.text.length + 1;
  const flatIds = new Int32Array(total);
  const flatW = new Uint8Array(total);
  const ids: Int32Array[] = new Array(profiles.length);
  const weights: Uint8Array[] = new Array(profiles.length);
  let at = 0;
  for (let k = 0; k < profiles.length; k++) {
    if (k % STEP === STEP - 1) yield;
    const g = gramsOf(profiles[k]);
    const from = at;
    for (let i = 0; i < g.grams.length; i++) {
      let id = gramId.get(g.grams[i]);
      if (id === undefined) {
        id = freq.length;
        gramId.set(g.grams[i], id);
        freq.push(0);
      }
      freq[id]++;
      // Insertion sort by id (a key has a few grams).
      let j = at++;
      while (j > from && flatIds[j - 1] > id) {
        flatIds[j] = flatIds[j - 1];
        flatW[j] = flatW[j - 1];
        j--;
      }
      flatIds[j] = id;
      flatW[j] = g.weights[i];
    }
    ids[k] = flatIds.subarray(from, at);
    weights[k] = flatW.subarray(from, at);
  }
  return { gramId, freq, ids, weights };
}

/**
 * The gram filter, before any edit distance is computed: a key within cost C of another misses at
 * most 2C of the weight of the other's grams, both ways. `missingA` is weight of `a` already known
 * to be missing from every key (grams the index never saw).
 */
export function gramsClose(aIds: Int32Array, aW: Uint8Array, bIds: Int32Array, bW: Uint8Array, limit: number, missingA = 0): boolean {
  let ma = missingA;
  let mb = 0;
  let i = 0;
  let j = 0;
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i];
    const y = bIds[j];
    if (x === y) {
      i++;
      j++;
    } else if (x < y) {
      ma += aW[i++];
      if (ma > limit) return false;
    } else {
      mb += bW[j++];
      if (mb > limit) return false;
    }
  }
  while (i < aIds.length) ma += aW[i++];
  while (j < bIds.length) mb += bW[j++];
  return ma <= limit && mb <= limit;
}

/** Builds the index over `names` (one per row; blank names are kept as rows but never match). */
export function buildCustomerIndex(names: readonly unknown[]): CustomerIndex {
  return drain(customerIndexSteps(names));
}

/** `buildCustomerIndex` in steps: a yield every `STEP` names or keys (see `core/steps.ts`). */
export function* customerIndexSteps(names: readonly unknown[]): Steps<CustomerIndex> {
  const table = yield* keyTableSteps(names);
  const n = table.keys.length;
  const grams = yield* gramTableSteps(table.profiles);
  // Keys with numbers only ever match keys with the same numbers: they are listed by their numbers.
  // The others go into a compressed posting list: the key ids of each gram.
  const byNumbers = new Map<string, number[]>();
  const counts = new Int32Array(grams.freq.length);
  for (let k = 0; k < n; k++) {
    if (k % STEP === STEP - 1) yield;
    const digits = table.profiles[k].digits;
    if (digits) {
      const l = byNumbers.get(digits);
      if (l) l.push(k);
      else byNumbers.set(digits, [k]);
    } else for (const g of grams.ids[k]) counts[g]++;
  }
  const start = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) start[g + 1] = start[g] + counts[g];
  const fill = start.slice(0, counts.length);
  const postings = new Int32Array(start[counts.length]);
  for (let k = 0; k < n; k++) {
    if (k % STEP === STEP - 1) yield;
    if (!table.profiles[k].digits) for (const g of grams.ids[k]) postings[fill[g]++] = k;
  }

  const seen = new Uint32Array(n);
  let stamp = 0;
  const displayName = (row: number) => {
    const v = names[row];
    return typeof v === 'string' ? v.trim() : String(v);
  };

  return {
    size: names.length,
    key: (row) => (row >= 0 && row < names.length && table.keyOfRow[row] >= 0 ? table.keys[table.keyOfRow[row]] : ''),
    search(name, options = {}) {
      const threshold = clampThreshold(options.threshold);
      const limit = Math.max(1, Math.floor(options.limit ?? 10));
      if (name === null || name === undefined || n === 0) return [];
      const key = customerKey(typeof name === 'string' ? name : String(name));
      if (!key) return [];
      const q = keyProfile(key);
      const qg = gramsOf(q);
      // Known grams as a sorted id set; unknown grams are missing from every key.
      let unknown = 0;
      const known: number[] = [];
      for (let i = 0; i < qg.grams.length; i++) {
        const id = grams.gramId.get(qg.grams[i]);
        if (id === undefined) unknown += qg.weights[i];
        else known.push(id * 8 + qg.weights[i]);
      }
      known.sort((a, b) => a - b);
      const qIds = Int32Array.from(known, (v) => Math.floor(v / 8));
      const qW = Uint8Array.from(known, (v) => v % 8);
      const cost = maxCost(q.total, threshold);
      if (unknown > 2 * cost && !table.byKey.has(key)) return [];
      const order = Array.from(qIds.keys()).sort((x, y) => counts[qIds[x]] - counts[qIds[y]] || x - y);
      const probes = prefixLength(order, qW, Math.max(0, cost - unknown / 2));
      if (++stamp === 0xffffffff) {
        seen.fill(0);
        stamp = 1;
      }
      const found: { id: number; sim: number }[] = [];
      const exact = table.byKey.get(key);
      if (exact !== undefined) {
        seen[exact] = stamp;
        found.push({ id: exact, sim: 1 });
      }
      const consider = (k: number) => {
        if (seen[k] === stamp) return;
        seen[k] = stamp;
        const other = table.profiles[k];
        const limitCost = 2 * (1 - threshold) * Math.max(q.total, other.total) + 1e-9;
        if (!gramsClose(qIds, qW, grams.ids[k], grams.weights[k], limitCost, unknown)) return;
        const s = similarity(q, other, threshold);
        if (s >= threshold - 1e-9) found.push({ id: k, sim: s });
      };
      if (q.digits) for (const k of byNumbers.get(q.digits) ?? []) consider(k);
      else {
        for (let p = 0; p < probes; p++) {
          const g = qIds[order[p]];
          for (let i = start[g], end = start[g + 1]; i < end; i++) consider(postings[i]);
        }
      }
      const out: CustomerMatch[] = [];
      const asked = typeof name === 'string' ? name : String(name);
      for (const f of found) {
        const keySim = Math.round(f.sim * 1000) / 1000;
        for (const row of table.rows[f.id]) {
          const sim = f.sim >= 1 - 1e-9 ? Math.round(sameKeySimilarity(asked, displayName(row)) * 1000) / 1000 : keySim;
          out.push({ row, name: displayName(row), similarity: sim });
        }
      }
      out.sort((x, y) => y.similarity - x.similarity || x.row - y.row);
      if (out.length > limit) out.length = limit;
      return out;
    },
    check(name, options = {}) {
      const threshold = clampThreshold(options.threshold);
      const limit = Math.max(1, Math.floor(options.limit ?? 10));
      const out: CustomerCandidate[] = [];
      const taken = new Set<number>();
      const add = (m: CustomerMatch, kind: MatchKind) => {
        if (taken.has(m.row)) return;
        taken.add(m.row);
        out.push({ ...m, kind });
      };
      for (const m of this.search(name, { threshold, limit })) add(m, 'same');
      const branch = branchParts(name);
      if (branch) for (const m of this.search(branch.parent, { threshold, limit })) add(m, 'branch');
      const key = customerKey(name);
      if (key) {
        const q = keyProfile(key).text;
        for (const m of this.search(name, { threshold: MIN_MATCH_THRESHOLD, limit: limit * 4 })) {
          if (m.similarity >= threshold - 1e-9) continue;
          const other = keyProfile(this.key(m.row)).text;
          if (m.similarity >= POSSIBLE_MATCH_FLOOR - 1e-9 || (Math.min(q.length, other.length) >= 3 && oneEditApart(q, other))) add(m, 'possible');
        }
      }
      return out.slice(0, limit);
    },
  };
}
