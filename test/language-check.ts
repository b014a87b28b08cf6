/**
 * "Every language all the way" (issue 12, item 2), as one check both host fakes run over every cell
 * set-up writes: a workbook set up in en / zh / zh-Hant holds no text of another language. Allowed are
 * proper names (people, companies), IDs, codes, e-mail addresses, acronyms and numbers. For the two
 * Chinese scripts each character is checked against the project's own Traditional ↔ Simplified table
 * (`core/model/hanzi-table.ts`): a character the table folds to another is traditional; a character the
 * table gives as the simplified form of another is simplified — unless it is written alike in both
 * scripts (表 is the simplified form of 錶 and also traditional), which OpenCC's Simplified → Traditional
 * character table (opencc-js, the preview's browser test uses it too) tells by leaving it unchanged.
 */
import * as OpenCC from 'opencc-js';
import { expect } from 'vitest';
import type { Lang } from '../core/i18n';
import { stageLabel } from '../core/model/stage';
import { TRAD_SIMP_PAIRS } from '../core/model/hanzi-table';
import { dashboardLayout } from '../core/schema/dashboard';
import { LISTS } from '../core/schema/lists';
import { SETTING_ROWS, TABLES } from '../core/schema/tables';

/** One piece of text a host holds, with where it is (for the failure message). */
export interface Seen {
  where: string;
  text: string;
}

const HAN = /[\u3400-\u9fff]/;
const TRAD = new Map<string, string>();
for (let i = 0; i + 1 < TRAD_SIMP_PAIRS.length; i += 2) if (TRAD_SIMP_PAIRS[i] !== TRAD_SIMP_PAIRS[i + 1]) TRAD.set(TRAD_SIMP_PAIRS[i], TRAD_SIMP_PAIRS[i + 1]);
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Characters the table gives as the simplified form of another, which traditional text writes otherwise. */
const SIMP_ONLY = new Set([...TRAD.values()].filter((c) => !TRAD.has(c) && cnToTw(c) !== c));
/**
 * Characters written alike in both scripts in common use although the table maps a rare traditional
 * variant onto them: 台 (平台, 台北), 斗 (漏斗).
 */
const BOTH = new Set(['台', '斗']);

/** The traditional characters in `s` (for a simplified workbook). */
export function traditionalIn(s: string): string[] {
  return [...s].filter((c) => HAN.test(c) && !BOTH.has(c) && TRAD.has(c));
}

/** The simplified characters in `s` (for a traditional workbook). */
export function simplifiedIn(s: string): string[] {
  return [...s].filter((c) => HAN.test(c) && !BOTH.has(c) && SIMP_ONLY.has(c));
}

type Key = 'en' | 'zh' | 'zhHant';
const keyOf = (lang: Lang): Key => (lang === 'en' ? 'en' : lang === 'zh' ? 'zh' : 'zhHant');

/** Every label the product writes in `lang`: sheet titles, headers, list items, stages, Settings, Dashboard. */
function labels(key: Key): Set<string> {
  const out = new Set<string>();
  const lang: Lang = key === 'en' ? 'en' : key === 'zh' ? 'zh' : 'zh-Hant';
  for (const s of TABLES) {
    out.add(s.sheet[key] ?? s.sheet.zh);
    for (const c of s.columns) out.add(c.header[key] ?? c.header.zh);
  }
  for (const l of LISTS) for (const it of l.items) out.add(it.label[key] ?? it.label.zh);
  for (let st = 0; st <= 8; st++) out.add(stageLabel(st as never, key));
  for (const s of SETTING_ROWS) {
    out.add(s.description[key] ?? s.description.zh);
    if (typeof s.value === 'object') out.add(s.value[key] ?? s.value.zh);
  }
  const layout = dashboardLayout(lang);
  for (const c of layout.cells) if (c.text) out.add(c.text);
  for (const ch of layout.charts) out.add(ch.title);
  return out;
}

/** Texts that carry no language: numbers, dates, codes, acronyms, e-mail addresses, IDs, formulas' error values. */
const NEUTRAL = [/^[#\d.,%\s:\-–—/+×()¥$€£]+$/, /^[A-Z]{2,4}$/, /^[A-Z]{1,3}\d{3,}$/, /^[^\s@]+@[^\s@]+$/, /^[a-z][a-z0-9_]*$/, /^(en|zh|zh-Hant)$/, /^#[A-Z/0!?]+$/, /^[A-Z]$/];

/**
 * The texts of `seen` that are not in `lang`: a label of another language, Chinese in an English
 * workbook, traditional characters in a simplified one, simplified characters in a traditional one.
 * `names` are proper names allowed anywhere (the Team's people, the customers).
 */
export function languageProblems(lang: Lang, seen: Seen[], names: Iterable<string> = []): string[] {
  const key = keyOf(lang);
  const mine = labels(key);
  const others = new Set<string>();
  for (const k of (['en', 'zh', 'zhHant'] as const).filter((x) => x !== key)) for (const s of labels(k)) if (!mine.has(s)) others.add(s);
  const allowed = new Set([...names].map((n) => n.trim()));
  const out: string[] = [];
  for (const { where, text: raw } of seen) {
    const text = raw.trim();
    if (!text || allowed.has(text) || NEUTRAL.some((re) => re.test(text))) continue;
    const at = `${where} “${text.length > 80 ? text.slice(0, 80) + '…' : text}”`;
    if (others.has(text)) out.push(`${at}: a label of another language`);
    else if (lang === 'en' && HAN.test(text)) out.push(`${at}: Chinese in the English workbook`);
    else if (lang === 'zh' && traditionalIn(text).length) out.push(`${at}: traditional characters ${traditionalIn(text).join('')}`);
    else if (lang === 'zh-Hant' && simplifiedIn(text).length) out.push(`${at}: simplified characters ${simplifiedIn(text).join('')}`);
    else if (lang !== 'en' && !HAN.test(text) && /[a-z]{3,}/i.test(text) && !/^[A-Z0-9 ._-]+$/.test(text)) out.push(`${at}: English in a Chinese workbook`);
  }
  return out;
}

/**
 * The check both hosts' fakes make on everything set-up wrote: enough texts seen, none of another
 * language, and the check not blind (another language's workbook fails it).
 */
export function expectOneLanguage(lang: Lang, seen: Seen[]): void {
  expect(seen.length).toBeGreaterThan(300);
  const found = languageProblems(lang, seen);
  expect(found.slice(0, 30), `${found.length} texts of another language`).toEqual([]);
  const other: Lang = lang === 'en' ? 'zh' : lang === 'zh' ? 'zh-Hant' : 'zh';
  expect(languageProblems(other, seen).length).toBeGreaterThan(50);
}

/** People, a note and a customer with names of each language (proper names: allowed in every workbook). */
export const PEOPLE: Record<Lang, string[]> = { en: ['Li Na', 'Zhang Wei'], zh: ['李娜', '张伟'], 'zh-Hant': ['李娜', '張偉'] };
export const NOTE: Record<Lang, string> = { en: 'Met at the fair', zh: '在展会上认识', 'zh-Hant': '在展會上認識' };
export const CUSTOMER: Record<Lang, [string, string]> = { en: ['Huawei Technologies', 'Huawei Technologies Co'], zh: ['华为技术有限公司', '华为技术股份有限公司'], 'zh-Hant': ['華為技術有限公司', '華為技術股份有限公司'] };
