/**
 * A fixed set of values the method names (a buying role, an attitude, an action's status), each with
 * its code, its label in each language and other spellings. The schema makes its drop-down lists from
 * these, and the functions read cells with `itemReader`, so a value is spelt in one place.
 */
import { memoText, normText } from '../cell';
import type { L10n } from '../i18n';

export interface Item {
  code: string;
  label: L10n;
  aliases?: string[];
}

/** A reader of cells: the item's code for its code, any language's label or an alias (trimmed, any case, full-width folded); `null` when blank, `undefined` otherwise. */
export function itemReader(items: readonly Item[]): (v: unknown) => string | null | undefined {
  const m = new Map<string, string>();
  for (const it of items) for (const s of [it.code, it.label.en, it.label.zh, it.label.zhHant, ...(it.aliases ?? [])]) if (s) m.set(normText(s), it.code);
  const text = memoText((s: string): string | null | undefined => {
    const k = normText(s);
    return k === '' ? null : m.get(k);
  });
  return (v) => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string') return text(v);
    if (typeof v === 'number' || typeof v === 'boolean') return m.get(normText(v));
    return undefined;
  };
}

/** The English labels of `items`, for "expects one of …" messages. */
export function itemLabels(items: readonly Item[], l: keyof L10n = 'en'): string {
  return items.map((i) => (l === 'zhHant' ? i.label.zhHant ?? i.label.zh : i.label[l])).join(l === 'en' ? ', ' : '、');
}
