/**
 * Every language all the way in the preview (issue 12, item 2): the demo workbook built in 简体, 繁體 and
 * English has every sheet title, header, list value, stage name and Dashboard label in that language.
 * A cell of another language fails the test — allowed are proper names (people, companies, brands),
 * IDs, e-mail addresses and Settings keys. For 简体 / 繁體 each cell is converted to the other script
 * with OpenCC: a simplified cell that changes under traditional → simplified held traditional characters.
 */
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../core/i18n';
import { LISTS } from '../../core/schema/lists';
import { TABLES } from '../../core/schema/tables';
import { dashboardLayout } from '../../core/schema/dashboard';
import { stageLabel } from '../../core/model/stage';
import { openPreview, shot, startPreview, type Preview } from './harness';

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview();
});
afterAll(async () => {
  await preview?.close();
});

interface Dumped {
  title: string;
  table: string | null;
  keys: Record<number, string>;
  values: string[][];
}

/** Columns that hold proper names, IDs, codes or addresses: not checked. */
const PROPER: Record<string, string[]> = {
  customers: ['id', 'name', 'account_manager', 'contact', 'phone', 'email'],
  team: ['person', 'manager', 'email'],
  opportunities: ['id', 'customer_id', 'customer', 'owner'],
  assessments: ['opportunity', 'competitor', 'assessor'],
  forecasts: ['id', 'person', 'by', 'to', 'opportunities'],
  projects: ['id', 'customer_id', 'opportunity', 'owner', 'agents', 'competitors'],
  quotas: ['person'],
  activities: ['person', 'customer_id', 'opportunity'],
  complaints: ['id', 'customer_id', 'handler'],
  settings: ['key'],
  audit: ['who', 'row_id'],
  history: ['opportunity', 'by'],
};
/** Columns whose text starts with a company's short name (`上海华信 Cloud migration`): checked after it. */
const AFTER_NAME: Record<string, string[]> = { opportunities: ['name'], projects: ['name'] };

const HAN = /[\u3400-\u9fff]/;
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** Characters written alike in both scripts in common use (台 in 平台 and 台北, 斗 in 漏斗). */
const BOTH = new Set(['台', '斗']);
/** The characters of `s` that only the other script writes (character by character: no phrase rules). */
const foreign = (s: string, to: (c: string) => string) => [...s].filter((c) => HAN.test(c) && !BOTH.has(c) && to(c) !== c);
/** Acronyms written the same in every language (VIP, MGC, BZ, ERP). */
const ACRONYM = /^[A-Z]{2,4}$/;

/** Every label the product writes, per language (headers, sheet titles, list items, stages, Dashboard). */
function labels(lang: 'en' | 'zh' | 'zhHant'): Set<string> {
  const out = new Set<string>();
  for (const s of TABLES) {
    out.add(s.sheet[lang] ?? s.sheet.zh);
    for (const c of s.columns) out.add(c.header[lang] ?? c.header.zh);
  }
  for (const l of LISTS) for (const it of l.items) out.add(it.label[lang] ?? it.label.zh);
  for (let st = 0; st <= 8; st++) out.add(stageLabel(st as never, lang));
  const layout = dashboardLayout(lang === 'en' ? 'en' : lang === 'zh' ? 'zh' : 'zh-Hant');
  for (const c of layout.cells) if (c.text) out.add(c.text);
  for (const ch of layout.charts) out.add(ch.title);
  return out;
}

function problems(lang: Lang, sheets: Dumped[]): string[] {
  const mine = labels(lang === 'en' ? 'en' : lang === 'zh' ? 'zh' : 'zhHant');
  const others = new Set<string>();
  for (const l of (['en', 'zh', 'zhHant'] as const).filter((x) => x !== (lang === 'en' ? 'en' : lang === 'zh' ? 'zh' : 'zhHant'))) for (const s of labels(l)) if (!mine.has(s)) others.add(s);
  // Proper names seen anywhere in the workbook (a Dashboard block lists people and customers).
  const names = new Set<string>();
  for (const s of sheets) {
    if (!s.table) continue;
    for (const [j, k] of Object.entries(s.keys)) if (PROPER[s.table]?.includes(k)) for (const r of s.values.slice(1)) if (r[Number(j)]) names.add(r[Number(j)]);
  }
  // Opportunity names as the Dashboard lists them (the stuck ones): checked in their own sheet, after the company's name.
  const listed = new Set<string>();
  for (const s of sheets) {
    if (!s.table) continue;
    for (const [j, k] of Object.entries(s.keys)) if (AFTER_NAME[s.table]?.includes(k)) for (const r of s.values.slice(1)) if (r[Number(j)]) listed.add(r[Number(j)].trim());
  }
  const out: string[] = [];
  for (const s of sheets) {
    s.values.forEach((row, r) =>
      row.forEach((cell, c) => {
        const text = cell.trim();
        if (!text || names.has(text) || ACRONYM.test(text) || /^[#\d.,%\s:\-–—/+×()]+$/.test(text)) return;
        if (!s.table && listed.has(text)) return;
        const key = s.table ? s.keys[c] : undefined;
        if (s.table && r > 0 && key && PROPER[s.table]?.includes(key)) return;
        if (s.table === 'settings' && r > 0 && row[0] === 'language') return; // the language code
        let checked = text;
        if (s.table && r > 0 && key && AFTER_NAME[s.table]?.includes(key)) checked = text.replace(/^\S+\s/, '');
        const where = `${s.title}!R${r + 1}C${c + 1} “${text}”`;
        if (others.has(checked)) out.push(`${where}: a label of another language`);
        else if (lang === 'en' && HAN.test(checked)) out.push(`${where}: Chinese in the English workbook`);
        else if (lang === 'zh' && foreign(checked, twToCn).length) out.push(`${where}: traditional characters ${foreign(checked, twToCn).join('')}`);
        else if (lang === 'zh-Hant' && foreign(checked, cnToTw).length) out.push(`${where}: simplified characters ${foreign(checked, cnToTw).join('')}`);
      }),
    );
  }
  return out;
}

describe.each(['en', 'zh', 'zh-Hant'] as const)('the demo workbook in %s', (lang) => {
  it('has every sheet, header, list value, stage and Dashboard label in that language', async () => {
    const w = await openPreview(preview, `?lang=${lang}`);
    const { page } = w;
    expect(await page.evaluate(() => (window as any).kaPreview.lang())).toBe(lang);
    const sheets = (await page.evaluate(() => (window as any).kaPreview.dump())) as Dumped[];
    expect(sheets.length).toBe(TABLES.length + 1);
    const found = problems(lang, sheets);
    expect(found.slice(0, 25), `${found.length} cells of another language`).toEqual([]);
    // the page and the sidebar speak it too
    const title = await page.locator('#forms .ka-title').textContent();
    expect(title).toBe(lang === 'en' ? 'Key-account forms' : lang === 'zh' ? '大客户表单' : '大客戶表單');
    await shot(page, `preview-${lang}.png`);
    expect(w.errors).toEqual([]);
    await page.close();
  });
});
