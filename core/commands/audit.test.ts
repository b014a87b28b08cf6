/**
 * The audit log as sentences of the workbook's language (issue 12, item 2): the form's title, the
 * table's sheet title, each field's header with before → after, values as the workbook shows them —
 * for every command, in every language; never JSON, never an internal name.
 */
import { describe, expect, it } from 'vitest';
import { t, LANGS, type Lang } from '../i18n';
import { TABLES, tableSpec } from '../schema/tables';
import { auditSentence, fieldMeta } from './audit';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from './fixtures';
import { formatValue } from './format';
import { COMMANDS, COMMAND_NAMES, runCommand } from './index';
import { auditOf, auditRowsOf, SAVES, savesWorkbook } from './test-helpers';

const wb = (lang: Lang) => testWorkbook(demoRecords(), lang);
/** Every column key of the schema and every field key: none may show through as the name of a field. */
const INTERNAL = new Set<string>([...TABLES.flatMap((s) => s.columns.map((c) => c.key)), ...COMMAND_NAMES.flatMap((n) => COMMANDS[n].fields.map((f) => f.key)), ...COMMAND_NAMES, ...TABLES.map((s) => s.id)]);

describe.each(LANGS)('the audit row of every command in %s', (lang) => {
  it.each(COMMAND_NAMES)('%s: form title, sheet title and the change in words', (name) => {
    const save = SAVES[name];
    expect(save, `an accepted input of ${name} in SAVES`).toBeDefined();
    const book = savesWorkbook(name, lang);
    const r = runCommand(name, book, save.input, ctxOf(save.actor, lang));
    const rows = auditRowsOf(r, book);
    expect(rows.length).toBeGreaterThan(0);
    // (re-assigning a territory writes one row for the territory and one per customer moved)
    const sheets = new Set((r.ok ? r.writes : []).filter((w) => w.table !== 'audit').map((w) => t(tableSpec(w.table).sheet, lang)));
    for (const a of rows) {
    expect(a.command).toBe(t(COMMANDS[name].title, lang));
    expect(sheets.has(a.table), a.table).toBe(true);
    expect(a.change.length).toBeGreaterThan(5);
    let named = 0;
    for (const text of [a.change, a.before, a.after]) {
      expect(text).not.toMatch(/[{}"]|\\u|^\[/); // no JSON
      // each "Header:" names a field by its header in this language, never by its key
      for (const m of text.matchAll(/(?:^|[;—] ?)([^;:—]+?) ?:/g)) {
        const label = m[1].trim().replace(/^[A-Z]\d{5} /, '');
        named++;
        expect(INTERNAL.has(label), `${label} in “${text}”`).toBe(false);
        expect(/[\u4e00-\u9fff]/.test(label), `${label}: a header of the workbook's language`).toBe(lang !== 'en');
      }
    }
    expect(named).toBeGreaterThan(1);
    // the sentence's ending and separator are the language's
    expect(a.change.endsWith(lang === 'en' ? '.' : '。')).toBe(true);
    }
  });
});

describe('sentences', () => {
  it('an update: header, before → after, amounts with separators, in each language', () => {
    for (const [lang, want] of [
      ['en', 'Annual gross profit: 1,000,000 → 3,165,700.'],
      ['zh', '年度毛利:1,000,000 → 3,165,700。'],
      ['zh-Hant', '年度毛利:1,000,000 → 3,165,700。'],
    ] as const) {
      const w = applyWrites(wb(lang), [{ kind: 'update', table: 'customers', row: 0, values: wb(lang).customers!.rows[0].map((v, j) => (j === wb(lang).customers!.col.value ? 1000000 : v)) }]);
      const r = runCommand('updateCustomer', w, { id: 'C00001', value: '3165700' }, ctxOf('Chen', lang));
      expect(auditOf(r, w).change).toBe(want);
    }
  });

  it('a new record lists its filled fields; dates, percentages and yes/no as the workbook shows them', () => {
    const s = auditSentence({ command: 'newOpportunity', table: 'opportunities', rowId: 'O1', before: null, after: { id: 'O1', amount: 1250000, close: 46174, confirmed: 'no', notes: '' } }, 'zh-Hant', COMMANDS.newOpportunity);
    expect(s).toBe('新增記錄 — 商機編號:O1;金額:1,250,000;預計成交日期:2026-06-01;確認計入預測:否。');
    expect(formatValue(0.125, 'percent', 'en')).toBe('12.5%');
    expect(formatValue(new Date(Date.UTC(2026, 4, 17, 12)), 'date', 'en')).toBe('2026-05-17');
    expect(formatValue('', 'money', 'zh')).toBe('(空)');
    expect(formatValue('是', 'yesno', 'en')).toBe('Yes');
    expect(formatValue('vip', 'list', 'zh', 'classification')).toBe('VIP客户');
    expect(formatValue('Long story', 'longtext', 'zh-Hant')).toBe('「Long story」');
  });

  it('other rows changed along are named by their ID; a field only the form has is named by its label', () => {
    const s = auditSentence({ command: 'changeOwner', table: 'opportunities', rowId: 'O1', before: { owner: 'Chen' }, after: { owner: 'Liu', reason: 'Moves' } }, 'en', COMMANDS.changeOwner);
    expect(s).toBe('Primary owner: Chen → Liu; Reason: “Moves”.');
    const f = auditSentence({ command: 'submitForecast', table: 'forecasts', rowId: 'F1', before: { O00001: { confirmed: '' } }, after: { id: 'F1', amount: 500000, confirmed: { O00001: { confirmed: 'Yes' } } } }, 'en', COMMANDS.submitForecast);
    expect(f).toBe('New record — Submission ID: F1; Submitted figure: 500,000; O00001 Confirmed for forecast: (blank) → Yes.');
  });

  it('every field of every command has a header or label to be named by', () => {
    for (const n of COMMAND_NAMES) for (const f of COMMANDS[n].fields) for (const s of TABLES) expect(fieldMeta(s.id, f.key, COMMANDS[n]), `${n}.${f.key}`).not.toBeNull();
  });
});
