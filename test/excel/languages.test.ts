/**
 * Every language all the way in Excel (issue 12, item 2): a workbook set up in en / zh / zh-Hant holds
 * no cell of another language — sheet titles, headers, list values (the hidden lists sheet), drop-down
 * alerts, stage names, Settings, the Dashboard's texts, chart titles (test/language-check.ts).
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../core/commands/index';
import { t, type Lang } from '../../core/i18n';
import { tableSpec } from '../../core/schema/tables';
import { CORE_FORMS } from '../../excel-addin/core-forms';
import { ExcelFormHost } from '../../excel-addin/excel-adapter';
import { setUpWorkbook } from '../../excel-addin/setup';
import { CUSTOMER, expectOneLanguage, languageProblems, NOTE, PEOPLE, type Seen } from '../language-check';
import type { FakeExcel } from './fake/excel';
import { installFake, table, tableValues } from './helpers';

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
    expectOneLanguage(lang, seen);
  });
});


describe.each(['en', 'zh', 'zh-Hant'] as const)('the audit log of a workbook in %s', (lang) => {
  it('reads as sentences of the workbook’s language: form, sheet, each header with before → after', async () => {
    const { xl, run, actor } = installFake();
    const before = xl.model.sheets.slice();
    await setUpWorkbook(run, lang, '2026-05-17');
    const [boss, me] = PEOPLE[lang];
    const team = table(xl, 'KA_Team');
    xl.model.addRows(team, [[boss, '', 'li.na@example.com', '', ''], [me, boss, 'zhang.wei@example.com', '', '']].map((r) => r.concat(Array(team.cols - r.length).fill(''))));
    await actor.set(me);
    const host = new ExcelFormHost({ run, actor, core: CORE_FORMS, lang: () => lang, now: () => '2026-05-17T09:30:00+08:00' });
    const [name, renamed] = CUSTOMER[lang];
    const saved = await host.submit('newCustomer', { name, account_manager: me, value: '125万', notes: NOTE[lang] });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    const updated = await host.submit('updateCustomer', { id: 'C00001', name: renamed, value: '3165700', confirmDifferent: true });
    expect(updated.ok, JSON.stringify(updated)).toBe(true);
    const spec = tableSpec('audit');
    const tv = tableValues(xl, spec.name);
    const col = (key: string) => tv.headers.indexOf(t(spec.columns.find((c) => c.key === key)!.header, lang));
    const rows = tv.rows.filter((r) => r.some((v) => v !== ''));
    expect(rows).toHaveLength(2);
    const h = (key: string) => t(tableSpec('customers').columns.find((c) => c.key === key)!.header, lang);
    const [colon, sep, end] = lang === 'en' ? [': ', '; ', '.'] : [':', ';', '。'];
    expect(rows[1][col('command')]).toBe(t(COMMANDS.updateCustomer.title, lang));
    expect(rows[1][col('table')]).toBe(t(tableSpec('customers').sheet, lang));
    expect(rows[1][col('change')]).toBe(`${h('name')}${colon}${name} → ${renamed}${sep}${h('value')}${colon}1,250,000 → 3,165,700${end}`);
    expect(String(rows[0][col('change')])).toContain(`${h('value')}${colon}1,250,000`);
    const found = languageProblems(lang, excelTexts(xl, before), [...PEOPLE[lang], name, renamed, 'zhang.wei@example.com', 'li.na@example.com']);
    expect(found).toEqual([]);
  });
});
