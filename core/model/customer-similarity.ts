/**
 * How alike two company-name keys are, 0–1: one minus a weighted edit distance divided by the
 * weight of the longer key. Characters of the trade name (字号: 华为, acme) weigh 2; characters of
 * generic words — industry words, places, legal forms (科技, 北京, trading) — weigh 1. So a
 * differing trade name costs more than a differing industry word: 腾讯计算机系统 vs
 * 腾达计算机系统 is 0.78, 华为技术 vs 华为科技 0.67, 北京科技发展 vs 上海科技发展 0.67, while equal keys are 1.
 * Keys with different numbers (第一 vs 第二 aside: 1 vs 2, 360 vs 361) are different companies: 0.
 *
 * Names with equal keys are the same company, but not the same writing: their similarity is graded from
 * 0.95 to 1 by how differently they are written (`sameKeySimilarity`), so only the very same name is 100 %.
 */
import { isHan, latinGeneric, markChineseGeneric } from './company-words';
import { foldName, tidy } from './customer-key';
import { toSimplified } from './hanzi';

export const DISTINCTIVE_WEIGHT = 2;
export const GENERIC_WEIGHT = 1;

/** A key ready for comparison: its characters without spaces and each character's weight. */
export interface KeyProfile {
  /** The key without spaces. */
  text: string;
  weights: Uint8Array;
  /** Sum of the weights. */
  total: number;
  /** The key's numbers, in order (`12|3` for `plant 12 line 3`); keys with different numbers never match. */
  digits: string;
}

/** The comparison profile of a key (as made by `customerKey`). */
export function keyProfile(key: string): KeyProfile {
  const generic = latinGeneric();
  const marks = new Uint8Array(key.length);
  let i = 0;
  while (i < key.length) {
    const c = key.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isHan(c)) {
      while (j < key.length && isHan(key.charCodeAt(j))) j++;
      markChineseGeneric(key, i, j, (k) => (marks[k] = 1));
    } else {
      while (j < key.length && key.charCodeAt(j) !== 32 && !isHan(key.charCodeAt(j))) j++;
      if (generic.has(key.slice(i, j))) for (let k = i; k < j; k++) marks[k] = 1;
    }
    i = j;
  }
  let text = '';
  const weights: number[] = [];
  let total = 0;
  for (let k = 0; k < key.length; k++) {
    if (key.charCodeAt(k) === 32) continue;
    text += key[k];
    const w = marks[k] ? GENERIC_WEIGHT : DISTINCTIVE_WEIGHT;
    weights.push(w);
    total += w;
  }
  const runs = key.match(/\d+/g);
  return { text, weights: Uint8Array.from(weights), total, digits: runs ? runs.join('|') : '' };
}

/**
 * The most a key of total weight `total` may cost away from another and still reach `threshold`:
 * cost ≤ (1 − t) · max(Wa, Wb), and cost ≥ |Wa − Wb|, so cost ≤ (1 − t) · Wa / t.
 */
export function maxCost(total: number, threshold: number): number {
  return ((1 - threshold) * total) / threshold + 1e-9;
}

/**
 * Weight of the gap before character `i` (0 … length): inserting a character inside a run of
 * trade-name characters costs as much as a trade-name character; at either end it costs its own weight.
 */
function gap(w: Uint8Array, i: number): number {
  if (i <= 0 || i >= w.length) return 0;
  return w[i - 1] < w[i] ? w[i - 1] : w[i];
}

let prevRow = new Float64Array(64);
let curRow = new Float64Array(64);

/**
 * Similarity of two profiles, 0–1, or −1 as soon as it is certain to be below `threshold`
 * (pass 0 for the exact value). Edit costs: deleting or inserting a character costs its weight, or
 * the weight of the gap it goes into when that is more (so 华为 → 华x为 costs like a trade-name
 * character); replacing one costs the larger weight; keeping one costs the difference of its two weights.
 */
export function similarity(a: KeyProfile, b: KeyProfile, threshold = 0): number {
  const la = a.text.length;
  const lb = b.text.length;
  const maxW = Math.max(a.total, b.total);
  if (maxW === 0) return 1;
  if (a.digits !== b.digits) return threshold > 0 ? -1 : 0;
  const budget = threshold > 0 ? (1 - threshold) * maxW + 1e-9 : Infinity;
  if (Math.abs(a.total - b.total) > budget) return -1;
  if (a.text === b.text) {
    let cost = 0;
    for (let i = 0; i < la; i++) cost += Math.abs(a.weights[i] - b.weights[i]);
    return cost >= maxW ? 0 : 1 - cost / maxW;
  }
  if (prevRow.length <= lb) {
    prevRow = new Float64Array(lb * 2 + 1);
    curRow = new Float64Array(lb * 2 + 1);
  }
  const wa = a.weights;
  const wb = b.weights;
  let prev = prevRow;
  let cur = curRow;
  prev[0] = 0;
  for (let j = 1; j <= lb; j++) {
    const g = gap(wa, 0);
    prev[j] = prev[j - 1] + (wb[j - 1] > g ? wb[j - 1] : g);
  }
  for (let i = 1; i <= la; i++) {
    const ca = a.text.charCodeAt(i - 1);
    const wi = wa[i - 1];
    const ga = gap(wa, i);
    const del0 = wi > gap(wb, 0) ? wi : gap(wb, 0);
    cur[0] = prev[0] + del0;
    let rowMin = cur[0];
    for (let j = 1; j <= lb; j++) {
      const wj = wb[j - 1];
      const sub = prev[j - 1] + (ca === b.text.charCodeAt(j - 1) ? (wi > wj ? wi - wj : wj - wi) : wi > wj ? wi : wj);
      const gb = gap(wb, j);
      const del = prev[j] + (wi > gb ? wi : gb);
      const ins = cur[j - 1] + (wj > ga ? wj : ga);
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > budget) return -1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const cost = prev[lb];
  if (cost > budget) return -1;
  return cost >= maxW ? 0 : 1 - cost / maxW;
}

/** The lowest similarity of two names with equal keys (the same company written very differently). */
export const SAME_KEY_FLOOR = 0.95;

/** Characters compared of a name's writing (long names are compared by their first characters). */
const WRITING_MAX = 120;

function writing(name: string): { text: string; traditional: number } {
  const t = tidy(foldName(name)).replace(/ /g, '').slice(0, WRITING_MAX);
  let traditional = 0;
  for (const ch of name) if (toSimplified(ch) !== ch) traditional++;
  return { text: t, traditional };
}

/**
 * How alike two names are as written, 0–1: one minus the edits between their folded, tidied texts
 * (legal forms, places and brackets included) over the longer one; a character written in the other
 * script (華 / 华) costs a tenth of an edit.
 */
export function writingSimilarity(a: string, b: string): number {
  const x = writing(a);
  const y = writing(b);
  const n = Math.max(x.text.length, y.text.length);
  if (n === 0) return 1;
  let prev = new Array<number>(y.text.length + 1);
  let cur = new Array<number>(y.text.length + 1);
  for (let j = 0; j <= y.text.length; j++) prev[j] = j;
  for (let i = 1; i <= x.text.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.text.length; j++) {
      const sub = prev[j - 1] + (x.text.charCodeAt(i - 1) === y.text.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  const cost = prev[y.text.length] + 0.1 * Math.abs(x.traditional - y.traditional);
  return cost >= n ? 0 : 1 - cost / n;
}

/** The similarity of two names with equal keys: from SAME_KEY_FLOOR (written very differently) to 1 (the same writing). */
export function sameKeySimilarity(a: string, b: string): number {
  return 1 - (1 - SAME_KEY_FLOOR) * (1 - writingSimilarity(a, b));
}

/** True when two texts are at most one edit apart (a character replaced, added, dropped, or two swapped). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
