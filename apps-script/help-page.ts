/**
 * Help › the page of the add-on's functions, made at build time from the catalogue — one HTML file
 * per language (`Help_en.html` …) beside Code.js — so that the functions' descriptions and worked
 * examples are not part of the script Apps Script loads for every execution. The menu item shows
 * the user's page (`sidebar.ts`). Every text is escaped: nothing here is markup but the frame.
 */
import type { FunctionSpec } from '../core/functions/spec';
import { t, type Lang } from '../core/i18n';
import { S } from './strings';

type HelpLang = 'en' | 'zh' | 'zhHant';

/** The Help page's file name (without `.html`) per language of the catalogue's texts. */
export const HELP_PAGES: Record<HelpLang, string> = { en: 'Help_en', zh: 'Help_zh', zhHant: 'Help_zhHant' };

/** The catalogue's language of a user's language. */
export function helpLang(lang: Lang): HelpLang {
  return lang === 'en' ? 'en' : lang === 'zh-Hant' ? 'zhHant' : 'zh';
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The whole page for `lang`: what to do first, then each function with its description and first example. */
export function helpPage(catalogue: readonly FunctionSpec[], lang: HelpLang, describe: (f: FunctionSpec, l: HelpLang) => string): string {
  const ui: Lang = lang === 'en' ? 'en' : lang === 'zhHant' ? 'zh-Hant' : 'zh';
  const items = catalogue.map((f) => `<li><b>${escapeHtml(f.name)}</b> — ${escapeHtml(describe(f, lang))}</li>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><base target="_top"></head><body><div style="font:13px/1.5 Arial,sans-serif"><p>${escapeHtml(t(S.helpIntro, ui))}</p><ul>${items}</ul></div></body></html>\n`;
}
