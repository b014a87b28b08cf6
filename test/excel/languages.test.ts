/**
 * Every language all the way in Excel (issue 12, item 2): a workbook set up in en / zh / zh-Hant holds
 * no cell of another language — sheet titles, headers, list values (the hidden lists sheet), drop-down
 * alerts, stage names, Settings, the Dashboard's texts, chart titles (test/language-check.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/i18n';
import { setUpWorkbook } from '../../excel-addin/setup';
import { languageProblems, type Seen } from '../language-check';
import type { FakeExcel } from './fake/excel';
import { installFake } from './helpers';

/** Every text the workbook holds, with its place. */
export function excelTexts(xl: FakeExcel, skip: readonly unknown[] = []): Seen[] {
  const out: Seen[] = [];
  const add = (where: string, v: unknown) => {
    if (typeof v === 'string') out.push({ where, text: v });
  };
  for (const s of xl.model.sheets) {
    if (skip.includes(s)) continue;
    add(`sheet title ${s.name}`, s.name);
    for (const [k, c] of s.cells) {
      const where = `${s.name}!${k}`;
      if (c.formula === undefined) add(where, c.value);
      const alert = c.validationAlert as { message?: string; title?: string } | undefined;
      add(`${where} drop-down alert`, alert?.message);
      add(`${where} drop-down alert title`, alert?.title);
    }
    for (const ch of s.charts) add(`${s.name} chart ${ch.name}`, ch.title);
  }
  for (const n of xl.model.names) add(`name ${n.name} comment`, n.comment);
  return out;
}

describe.each(['en', 'zh', 'zh-Hant'] as const)('a workbook set up in %s', (lang) => {
  it('holds no cell of another language', async () => {
    const { xl, run } = installFake();
    const before = xl.model.sheets.slice(); // the new workbook's own empty sheet, named by Excel
    await setUpWorkbook(run, lang, '2026-11-22');
    const seen = excelTexts(xl, before);
    expect(seen.length).toBeGreaterThan(300);
    const found = languageProblems(lang, seen);
    expect(found.slice(0, 30), `${found.length} texts of another language`).toEqual([]);
    const other: Lang = lang === 'en' ? 'zh' : lang === 'zh' ? 'zh-Hant' : 'zh';
    expect(languageProblems(other, seen).length).toBeGreaterThan(50);
  });
});
