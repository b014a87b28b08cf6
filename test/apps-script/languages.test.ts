/**
 * Every language all the way in Sheets (issue 12, item 2): a spreadsheet set up in en / zh / zh-Hant
 * holds no cell of another language — sheet titles, headers, list values, drop-down lists and their
 * help, stage names, Settings, the Dashboard's texts, notes and chart titles (test/language-check.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../core/commands/index';
import { t, type Lang } from '../../core/i18n';
import { records, tableFromGrid } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import { CUSTOMER, expectOneLanguage, languageProblems, NOTE, PEOPLE, type Seen } from '../language-check';
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
    expectOneLanguage(lang, seen);
  });
});


describe.each(['en', 'zh', 'zh-Hant'] as const)('the audit log of a spreadsheet in %s', (lang) => {
  it('reads as sentences of the workbook’s language: form, sheet, each header with before → after', () => {
    const rt = runtime({ email: 'zhang.wei@example.com', locale: LOCALE[lang], userLocale: LOCALE[lang] });
    const before = rt.ss.sheets.slice();
    rt.run('kaSetUp');
    const [boss, me] = PEOPLE[lang];
    rt.ss.getRangeByName('KA_Team')!.getSheet().getRange('A2:C3').setValues([
      [boss, '', 'li.na@example.com'],
      [me, boss, 'zhang.wei@example.com'],
    ]);
    const [name, renamed] = CUSTOMER[lang];
    const saved = rt.client('kaSubmit', 'newCustomer', { name, account_manager: me, value: '125万', notes: NOTE[lang] });
    expect(saved.ok && (saved.value as { ok: boolean }).ok).toBe(true);
    const updated = rt.client('kaSubmit', 'updateCustomer', { id: 'C00001', name: renamed, value: '3165700', confirmDifferent: true });
    expect(updated.ok && (updated.value as { ok: boolean }).ok, JSON.stringify(updated)).toBe(true);
    const audit = records(tableFromGrid(tableSpec('audit'), rt.ss.getRangeByName('KA_Audit')!.getValues()));
    expect(audit).toHaveLength(2);
    const h = (key: string) => t(tableSpec('customers').columns.find((c) => c.key === key)!.header, lang);
    const [colon, sep, end] = lang === 'en' ? [': ', '; ', '.'] : [':', ';', '。'];
    expect(audit[1]).toMatchObject({ command: t(COMMANDS.updateCustomer.title, lang), table: t(tableSpec('customers').sheet, lang), row_id: 'C00001' });
    expect(audit[1].change).toBe(`${h('name')}${colon}${name} → ${renamed}${sep}${h('value')}${colon}1,250,000 → 3,165,700${end}`);
    expect(audit[0].command).toBe(t(COMMANDS.newCustomer.title, lang));
    expect(String(audit[0].change)).toContain(`${h('value')}${colon}1,250,000`);
    // and the whole spreadsheet, audit rows included, is still in one language
    const found = languageProblems(lang, sheetsTexts(rt, before), [...PEOPLE[lang], name, renamed, 'zhang.wei@example.com', 'li.na@example.com']);
    expect(found).toEqual([]);
  });
});
