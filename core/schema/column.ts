/** The two one-line declarations every schema file uses: a column, and an item of a drop-down list. */
import type { L10n } from '../i18n';
import type { ColumnSpec, ColumnType, ListSpec } from './types';

/** A column: key, type, header in English, Simplified and Traditional Chinese, and its options. */
export const c = (key: string, type: ColumnType, en: string, zh: string, zhHant: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  type,
  header: { en, zh, zhHant },
  ...more,
});

/** An item of a list: its code, its label in each language, and other spellings read back as it. */
export const L = (code: string, en: string, zh: string, zhHant?: string, aliases?: string[]): ListSpec['items'][number] => ({
  code,
  label: { en, zh, zhHant } as L10n,
  ...(aliases ? { aliases } : {}),
});
