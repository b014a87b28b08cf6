/**
 * The normalised key of a company name — the customer register's uniqueness check (客户惟一性)
 * compares keys, not raw names. The key sees through:
 * - traditional vs simplified characters (中國電信 → 中国电信), full- vs half-width, case;
 * - punctuation and spacing (spaces remain only between two Latin or digit words: `acme trading`);
 * - legal forms: 有限公司, 股份有限公司, 有限责任公司 anywhere; 集团, 控股, 公司, 总公司 at the end;
 *   Co., Ltd., Limited, Inc., Corp., LLC, GmbH, AG, S.A., PLC, Pte, Group, Holdings … at the end;
 * - leading place names (广东省深圳市南山区…, 上海…, 中国…, Shanghai …) and places in brackets
 *   (…贸易（上海）有限公司, (Shanghai), （集团）, （中国）); a place at the end after an industry word is
 *   the same as that place in brackets (ACME Medical Devices Suzhou = ACME Medical Devices (Suzhou) Co Ltd);
 * while keeping enough to tell companies apart: a leading place is kept when what would remain is only
 * generic words (北京科技发展 stays 北京科技发展, so it never equals 上海科技发展), and 分公司 (a branch)
 * is kept (`branchParts` tells which company a branch belongs to). Blank or punctuation-only names have
 * the key `''`.
 */
import { toHalfWidth } from '../cell';
import {
  bracketWords,
  CHINESE_LEGAL_ANYWHERE,
  CHINESE_LEGAL_SUFFIXES,
  isHan,
  latinGeneric,
  latinLegal,
  markChineseGeneric,
} from './company-words';
import { toSimplified } from './hanzi';
import { chinesePlaces, latinPlaces, PLACE_SUFFIXES, placeLengths, placeLevel } from './places';

const OPEN = '([{【〔「『《〈';
const CLOSE = ')]}】〕」』》〉';
const BRACKETED = /[([{【〔「『《〈]([^()[\]{}【】〔〕「」『』《》〈〉]*)[)\]}】〕」』》〉]/g;
/** Anything but ASCII, common Chinese characters and CJK punctuation may have a compatibility form. */
const NEEDS_NFKD = /[^\x00-\x7f\u3000-\u303f\u4e00-\u9fff]/;
const ANY_BRACKET = /[()[\]{}【】〔〕「」『』《》〈〉]/;
const MARKS = /\p{Mn}+/gu;

/** Case, width, script and compatibility forms folded; nothing removed yet. */
export function foldName(name: string): string {
  let s = toHalfWidth(name);
  // Compatibility forms (㈱, Ⅱ) and accents (Nestlé = Nestle) folded.
  if (NEEDS_NFKD.test(s) && typeof s.normalize === 'function') s = s.normalize('NFKD').replace(MARKS, '').normalize('NFC');
  return toSimplified(s.toLowerCase());
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Punctuation and spacing tidied in one pass: letters, digits and Chinese characters kept; dots and
 * apostrophes joined (S.A. → sa, Xi'an → xian); `&` → and; any other run of punctuation or space
 * becomes one space between two Latin or digit words and nothing next to a Chinese character.
 */
export function tidy(s: string): string {
  let out = '';
  let gap = false;
  let lastHan = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let ch: string;
    let han = false;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) ch = s[i];
    else if (c >= 65 && c <= 90) ch = String.fromCharCode(c + 32);
    else if (isHan(c)) {
      ch = s[i];
      han = true;
    } else if (c === 39 || c === 46 || c === 0x2019 || c === 0xb7) continue;
    else if (c === 38) {
      if (!lastHan) out += ' ';
      out += 'and';
      lastHan = false;
      gap = true;
      continue;
    } else if (c < 128) {
      gap = true;
      continue;
    } else {
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
      ch = pair ? s.slice(i, i + 2) : s[i];
      if (!LETTER.test(ch)) {
        gap = true;
        if (pair) i++;
        continue;
      }
      if (pair) i++;
    }
    if (gap && !han && !lastHan) out += ' ';
    out += ch;
    gap = false;
    lastHan = han;
  }
  return out;
}

/** True when `s` (a bracket's content) is only places, regions and legal forms. */
function removableInBrackets(content: string): boolean {
  const w = tidy(content);
  if (!w) return true;
  const dict = bracketWords();
  // One place in several Latin words: (Hong Kong), (Asia Pacific).
  if (dict.has(w.replace(/ /g, ''))) return true;
  for (const part of w.split(' ')) {
    if (dict.has(part)) continue;
    if (!isHan(part.charCodeAt(0))) {
      return false;
    }
    // Chinese: a sequence of dictionary words, each optionally with a place suffix.
    if (!coveredBy(part, dict)) return false;
  }
  return true;
}

function coveredBy(s: string, dict: Set<string>): boolean {
  const ok: boolean[] = new Array(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let l = 1; l <= 9 && i + l <= s.length; l++) {
      const w = s.slice(i, i + l);
      if (dict.has(w) || PLACE_SUFFIXES.includes(w)) ok[i + l] = true;
    }
  }
  return ok[s.length];
}

function stripBrackets(s: string): string {
  if (!ANY_BRACKET.test(s)) return s;
  let prev = '';
  let cur = s;
  // Innermost first, until no bracket pair is left.
  while (cur !== prev) {
    prev = cur;
    cur = cur.replace(BRACKETED, (_m, content: string) => (removableInBrackets(content) ? ' ' : ' ' + content + ' '));
  }
  let out = '';
  for (const ch of cur) out += OPEN.includes(ch) || CLOSE.includes(ch) ? ' ' : ch;
  return out;
}

/** True when `s` (a compact key or part of one) has something besides generic words: a trade name. */
export function hasDistinctive(s: string): boolean {
  if (!s) return false;
  const generic = latinGeneric();
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isHan(c)) {
      while (j < s.length && isHan(s.charCodeAt(j))) j++;
      if (markChineseGeneric(s, i, j) > 0) return true;
    } else {
      while (j < s.length && s.charCodeAt(j) !== 32 && !isHan(s.charCodeAt(j))) j++;
      if (!generic.has(s.slice(i, j))) return true;
    }
    i = j;
  }
  return false;
}

function stripLegalSuffixes(s: string): string {
  const legal = latinLegal();
  let changed = true;
  while (changed) {
    changed = false;
    for (const suf of CHINESE_LEGAL_SUFFIXES) {
      if (s.length > suf.length && s.endsWith(suf) && !(suf === '公司' && s.endsWith('分公司'))) {
        s = s.slice(0, s.length - suf.length).trim();
        changed = true;
        break;
      }
    }
    if (changed) continue;
    const sp = s.lastIndexOf(' ');
    if (sp > 0) {
      const last = s.slice(sp + 1);
      if (legal.has(last)) {
        s = s.slice(0, sp);
        changed = true;
      }
    }
  }
  return s.startsWith('the ') && s.length > 4 ? s.slice(4) : s;
}

/** District or county level, after a city: 深圳市南山区…, 杭州余杭区… */
const DISTRICT_LEVEL = 3;

/** A leading Chinese place below `level` at `s[0]`: its length with its suffix, and its level; or null. */
function leadingChinesePlace(s: string, level: number): { cut: number; level: number } | null {
  const places = chinesePlaces();
  for (const l of placeLengths(s.charCodeAt(0)) ?? []) {
    if (l >= s.length) continue;
    const name = s.slice(0, l);
    if (places.has(name)) {
      const lv = placeLevel(name) ?? DISTRICT_LEVEL;
      return lv > level ? { cut: l + suffixAt(s, l), level: lv } : null;
    }
  }
  if (level >= 1 && level < DISTRICT_LEVEL) {
    const m = /^[\u4e00-\u9fff]{1,3}?(?:新区|区|县)/.exec(s);
    if (m) return { cut: m[0].length, level: DISTRICT_LEVEL };
  }
  return null;
}

function suffixAt(s: string, at: number): number {
  for (const suf of PLACE_SUFFIXES) if (s.startsWith(suf, at)) return suf.length;
  return 0;
}

/** Removes leading places, going down the levels, while a trade name remains after them. */
function stripLeadingPlaces(s: string): string {
  let level = -1;
  for (let guard = 0; guard < 4 && s; guard++) {
    let cut = 0;
    let next = level;
    if (isHan(s.charCodeAt(0))) {
      const p = leadingChinesePlace(s, level);
      if (p) {
        cut = p.cut;
        next = p.level;
      }
    } else if (level < 0) {
      // One Latin place in front: Shanghai …, Hong Kong …
      const places = latinPlaces();
      const sp = s.indexOf(' ');
      if (sp > 0) {
        const sp2 = s.indexOf(' ', sp + 1);
        const two = sp2 > 0 ? s.slice(0, sp) + s.slice(sp + 1, sp2) : '';
        if (two && places.has(two)) cut = sp2 + 1;
        else if (places.has(s.slice(0, sp))) cut = sp + 1;
      }
      next = DISTRICT_LEVEL;
    }
    if (!cut || cut >= s.length) break;
    const rest = s.slice(cut).trim();
    if (!hasDistinctive(rest)) break;
    s = rest;
    level = next;
  }
  return s;
}

/** Removes legal forms standing anywhere (…有限公司深圳分公司), keeping a space between Latin words. */
function dropLegalAnywhere(s: string): string {
  if (s.indexOf('公司') < 0 && s.indexOf('合伙') < 0) return s;
  return s.replace(CHINESE_LEGAL_ANYWHERE, (m: string, at: number) => {
    const before = at > 0 ? s.charCodeAt(at - 1) : 0;
    const after = at + m.length < s.length ? s.charCodeAt(at + m.length) : 0;
    return before && after && !isHan(before) && !isHan(after) && before !== 32 && after !== 32 ? ' ' : '';
  });
}

/** Length of a Chinese place name (with its suffix) that `s` ends with, longest first; 0 when none. */
function trailingChinesePlace(s: string): number {
  let best = 0;
  for (let i = Math.max(0, s.length - 12); i < s.length - 1; i++) {
    let tail = s.slice(i);
    for (const suf of PLACE_SUFFIXES) {
      if (tail.length > suf.length && tail.endsWith(suf)) {
        tail = tail.slice(0, tail.length - suf.length);
        break;
      }
    }
    if (chinesePlaces().has(tail)) {
      best = s.length - i;
      break;
    }
  }
  return best;
}

/** Length of a Latin place (one or two words) that `s` ends with, with the space before it; 0 when none. */
function trailingLatinPlace(s: string): number {
  const sp = s.lastIndexOf(' ');
  if (sp <= 0) return 0;
  const places = latinPlaces();
  const sp2 = s.lastIndexOf(' ', sp - 1);
  if (sp2 > 0 && places.has(s.slice(sp2 + 1, sp) + s.slice(sp + 1))) return s.length - sp2;
  return places.has(s.slice(sp + 1)) ? s.length - sp : 0;
}

/**
 * Removes a place standing at the end after an industry word (…医疗器械苏州, … Medical Devices Suzhou): the
 * same place as in brackets. Kept when no industry word stands before it (a trade name may end with a
 * place: Air China) or nothing distinctive would remain.
 */
function stripTrailingPlace(s: string): string {
  if (!s) return s;
  const last = s.charCodeAt(s.length - 1);
  if (isHan(last)) {
    const n = trailingChinesePlace(s);
    if (!n) return s;
    const rest = s.slice(0, s.length - n);
    if (!rest || !isHan(rest.charCodeAt(rest.length - 1)) || !hasDistinctive(rest)) return s;
    let from = rest.length;
    while (from > 0 && isHan(rest.charCodeAt(from - 1))) from--;
    let endsGeneric = false;
    markChineseGeneric(rest, from, rest.length, (i) => {
      if (i === rest.length - 1) endsGeneric = true;
    });
    return endsGeneric ? rest : s;
  }
  const n = trailingLatinPlace(s);
  if (!n) return s;
  const rest = s.slice(0, s.length - n);
  const prev = rest.slice(rest.lastIndexOf(' ') + 1);
  return latinGeneric().has(prev) && hasDistinctive(rest) ? rest : s;
}

/** The normalised key of a company name (see the module comment); `''` for a blank name. */
export function customerKey(name: unknown): string {
  if (name === null || name === undefined) return '';
  const folded = foldName(String(name));
  let s = dropLegalAnywhere(tidy(stripBrackets(folded)));
  s = stripLegalSuffixes(s.trim());
  s = stripTrailingPlace(s);
  s = stripLegalSuffixes(s);
  s = stripLeadingPlaces(s);
  return s || tidy(folded);
}

/** What a branch's name says: the company it belongs to, and where. */
export interface BranchParts {
  /** The company's own name (folded and tidied: `华为技术有限公司`, `acme trading co ltd`). */
  parent: string;
  /** The branch's place, when named (`北京`, `beijing`); `''` otherwise. */
  place: string;
  /** The word that makes it a branch (`分公司`, `branch`). */
  word: string;
}

const BRANCH_WORDS_ZH = ['分公司', '分厂', '分店', '分行', '支行', '办事处', '代表处', '营业部'];
const BRANCH_WORDS_EN = ['branch office', 'representative office', 'rep office', 'branch'];

/**
 * The parts of a branch's name (…北京分公司, …（上海分公司）, … Beijing Branch), or null when the name
 * is not a branch's or the company before the branch word has no name of its own.
 */
export function branchParts(name: unknown): BranchParts | null {
  if (name === null || name === undefined) return null;
  const folded = foldName(String(name));
  let plain = '';
  for (const ch of folded) plain += OPEN.includes(ch) || CLOSE.includes(ch) ? ' ' : ch;
  const t = tidy(plain).trim();
  for (const word of BRANCH_WORDS_ZH) {
    if (!t.endsWith(word) || t.length <= word.length) continue;
    const head = t.slice(0, t.length - word.length);
    const p = isHan(head.charCodeAt(head.length - 1)) ? trailingChinesePlace(head) : trailingLatinPlace(head);
    const parent = head.slice(0, head.length - p).trim();
    if (!namesACompany(parent)) return null;
    return { parent, place: head.slice(head.length - p).trim(), word };
  }
  for (const word of BRANCH_WORDS_EN) {
    if (!t.endsWith(' ' + word)) continue;
    const head = t.slice(0, t.length - word.length - 1);
    const p = trailingLatinPlace(head);
    const parent = head.slice(0, head.length - p).trim();
    if (!namesACompany(parent)) return null;
    return { parent, place: head.slice(head.length - p).trim(), word };
  }
  return null;
}

/** True when `s` names a company: its key is more than a place, a region or a legal form (中国电信 is, 北京 or 有限公司 is not). */
function namesACompany(s: string): boolean {
  const key = customerKey(s);
  return key.length >= 2 && !bracketWords().has(key.replace(/ /g, ''));
}
