/**
 * Every language all the way in Sheets (issue 12, item 2): a spreadsheet set up in en / zh / zh-Hant
 * holds no cell of another language — sheet titles, headers, list values, drop-down lists and their
 * help, stage names, Settings, the Dashboard's texts, notes and chart titles (test/language-check.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../core/i18n';
import { languageProblems, type Seen } from '../language-check';
import { ensureBuilt, runtime } from './helpers';
import type { Runtime } from './fake/runtime';

beforeAll(() => ensureBuilt(['Code.js', 'appsscript.json']));

const LOCALE: Record<Lang, string> = { en: 'en_US', zh: 'zh_CN', 'zh-Hant': 'zh_TW' };

/** Every text the spreadsheet holds, with its place (but for the sheets in `skip`: those the user had). */
export function sheetsTexts(rt: Runtime, skip: readonly unknown[] = []): Seen[] {
  const out: Seen[] = [];
  const add = (where: string, v: unknown) => {
    if (typeof v === 'string') out.push({ where, text: v });
  };
  for (const s of rt.ss.sheets) {
    if (skip.includes(s)) continue;
    add(`sheet title ${s.name}`, s.name);
    for (const [k, d] of s.cells) {
      const where = `${s.name}!${k}`;
      if (d.formula === undefined) add(where, d.value);
      add(`${where} note`, d.note);
      if (d.validation) {
        for (const v of d.validation.values) {
          if (Array.isArray(v)) v.forEach((x, i) => add(`${where} drop-down item ${i + 1}`, x));
          else add(`${where} validation`, v);
        }
        add(`${where} validation help`, d.validation.helpText ?? undefined);
      }
    }
    for (const c of s.charts) for (const [k, v] of Object.entries(c.options)) if (/title/i.test(k)) add(`${s.name} chart ${k}`, v);
  }
  return out;
}

describe.each(['en', 'zh', 'zh-Hant'] as const)('a spreadsheet set up in %s', (lang) => {
  it('holds no cell of another language', () => {
    const rt = runtime({ locale: LOCALE[lang], userLocale: LOCALE[lang] });
    const before = rt.ss.sheets.slice(); // the new spreadsheet's own empty sheet, named by Sheets
    rt.run('kaSetUp');
    const seen = sheetsTexts(rt, before);
    expect(seen.length).toBeGreaterThan(300);
    const found = languageProblems(lang, seen);
    expect(found.slice(0, 30), `${found.length} texts of another language`).toEqual([]);
    // and the check is not blind: another language's workbook fails it
    const other: Lang = lang === 'en' ? 'zh' : lang === 'zh' ? 'zh-Hant' : 'zh';
    expect(languageProblems(other, seen).length).toBeGreaterThan(50);
  });
});
