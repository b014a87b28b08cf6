/**
 * Languages the product speaks. Every text a user reads is an `L10n`: English and Simplified Chinese
 * always, Traditional Chinese where it was cheap to give (otherwise Simplified is shown).
 */
export type Lang = 'en' | 'zh' | 'zh-Hant';

export interface L10n {
  en: string;
  zh: string;
  zhHant?: string;
}

export const LANGS: readonly Lang[] = ['en', 'zh', 'zh-Hant'];

/** The text of `l` in `lang`. */
export function t(l: L10n, lang: Lang): string {
  if (lang === 'en') return l.en;
  if (lang === 'zh-Hant') return l.zhHant ?? l.zh;
  return l.zh;
}

/** Fills `{name}` placeholders of every language of `l`. */
export function fill(l: L10n, values: Record<string, string | number>): L10n {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
  return { en: sub(l.en), zh: sub(l.zh), zhHant: l.zhHant === undefined ? undefined : sub(l.zhHant) };
}

/**
 * The product language for a host locale tag such as `zh_CN`, `zh-TW`, `zh-Hant-HK`, `en-US`.
 * Chinese locales speak Chinese (Traditional for TW/HK/MO/Hant), everything else English.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const s = String(locale ?? '').toLowerCase().replace(/_/g, '-');
  if (!s.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(s) ? 'zh-Hant' : 'zh';
}
