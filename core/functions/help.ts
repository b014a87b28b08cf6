/**
 * Help texts derived from the catalogue for every host surface: one bilingual line for Sheets'
 * autocomplete (which shows a single language), and per-language texts for Excel's metadata.
 */
import type { L10n } from '../i18n';
import type { Example, FunctionSpec, ParamSpec } from './spec';

function showResult(r: unknown): string {
  if (Array.isArray(r)) {
    const rows = r as unknown[][];
    if (rows.length === 1 && rows[0].length === 1) return showResult(rows[0][0]);
    return '{' + rows.map((row) => row.map((v) => showResult(v)).join(', ')).join('; ') + '}';
  }
  if (typeof r === 'string') return r === '' ? '""' : r;
  return String(r);
}

/** "=OPP_SCORE(B2:U2) → 12 (12 of the 20 answers are yes)", with `prefix` before the name (Excel: `KA.`). */
export function exampleLine(e: Example, lang: keyof L10n, prefix = ''): string {
  const formula = prefix ? e.formula.replace(/^=/, '=' + prefix) : e.formula;
  return `${formula} → ${showResult(e.result)} (${(lang === 'zhHant' ? e.explain.zhHant ?? e.explain.zh : e.explain[lang]) ?? ''})`;
}

/** The function's description in one language (Traditional Chinese falls back to Simplified), with its first worked example. */
export function describe(f: FunctionSpec, lang: 'en' | 'zh' | 'zhHant', prefix = ''): string {
  const ex = f.examples[0];
  const label = lang === 'en' ? 'Example: ' : lang === 'zhHant' ? '範例:' : '示例:';
  const help = lang === 'zhHant' ? f.help.zhHant ?? f.help.zh : f.help[lang];
  return `${help}${ex ? ' ' + label + exampleLine(ex, lang, prefix) : ''}`;
}

/** A parameter's help in one language (Traditional Chinese falls back to Simplified). */
export function paramHelp(p: ParamSpec, lang: 'en' | 'zh' | 'zhHant'): string {
  return lang === 'zhHant' ? p.help.zhHant ?? p.help.zh : p.help[lang];
}

/** Both languages in one line, for surfaces that show one text whatever the user's language. */
export function bilingual(l: L10n): string {
  return `${l.en} / ${l.zh}`;
}

export function paramLine(p: ParamSpec): string {
  return bilingual(p.help);
}
