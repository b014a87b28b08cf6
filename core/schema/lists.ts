/**
 * Drop-down lists of the workbook: each area declares its own beside its tables (`customers.ts`, …);
 * this file gathers them and reads them. A list cell stores the label of the workbook's language; a
 * code or any language's label is read back (`readList`). Chinese wording follows the method texts
 * (../shared/seeds).
 */
import { normText } from '../cell';
import { t, type L10n, type Lang } from '../i18n';
import { ACCOUNTS_LISTS } from './accounts';
import { ACTIVITIES_LISTS } from './activities';
import { CUSTOMERS_LISTS } from './customers';
import { FORECAST_LISTS } from './forecast';
import { FUNNEL_LISTS } from './funnel';
import { MANAGEMENT_LISTS } from './management';
import { SYSTEM_LISTS } from './system';
import { TEAM_LISTS } from './team';
import { HISTORY_LISTS } from './history';
import { settingCell } from './read';
import type { ListSpec, TableData } from './types';

export const LISTS: readonly ListSpec[] = [
  ...CUSTOMERS_LISTS,
  ...MANAGEMENT_LISTS,
  ...FUNNEL_LISTS,
  ...FORECAST_LISTS,
  ...ACCOUNTS_LISTS,
  ...ACTIVITIES_LISTS,
  ...SYSTEM_LISTS,
  ...TEAM_LISTS,
  ...HISTORY_LISTS,
];

const BY_ID = new Map(LISTS.map((l) => [l.id, l]));

/** Normalised text (code or any language's label) → code, per list. */
const LOOKUP = new Map(
  LISTS.map((l) => {
    const m = new Map<string, string>();
    for (const it of l.items) {
      for (const s of [it.code, it.label.en, it.label.zh, it.label.zhHant, ...(it.aliases ?? [])]) if (s) m.set(normText(s), it.code);
    }
    return [l.id, m];
  }),
);

/** The list `id`; throws for an unknown id (a programming error, never user input). */
export function listSpec(id: string): ListSpec {
  const l = BY_ID.get(id);
  if (!l) throw new Error(`unknown list ${id}`);
  return l;
}

export function hasList(id: string): boolean {
  return BY_ID.has(id);
}

/**
 * The code of a list cell: a code or any language's label (trimmed, any case, full-width folded).
 * `null` when blank, `undefined` when the text is not an item of the list. A yes/no list also
 * reads every yes/no spelling of `cell.ts` (`TRUE`, `1`, `√`, `否` …).
 */
export function readList(listId: string, cell: unknown): string | null | undefined {
  const m = LOOKUP.get(listId);
  if (!m) throw new Error(`unknown list ${listId}`);
  if (cell === null || cell === undefined) return null;
  if (listId === 'yesno' && typeof cell === 'boolean') return cell ? 'yes' : 'no';
  const s = normText(cell);
  if (s === '') return null;
  const code = m.get(s);
  if (code !== undefined) return code;
  if (listId === 'yesno') {
    if (['1', 'true', 'y', '有', '√', '✓', '✔'].includes(s)) return 'yes';
    if (['0', 'false', 'n', '无', '無', '×', '✗', '✘'].includes(s)) return 'no';
  }
  return undefined;
}

/** The label of `code` in `lang` (the code itself when unknown). */
export function listLabel(listId: string, code: string, lang: Lang): string {
  const it = listSpec(listId).items.find((i) => i.code === code);
  return it ? t(it.label, lang) : code;
}

/** The drop-down values of a list in `lang`, in list order. */
export function listLabels(listId: string, lang: Lang): string[] {
  return listSpec(listId).items.map((i) => t(i.label, lang));
}

/** The items of a list as `{code, label}` in `lang` (for the forms). */
export function listItems(listId: string, lang: Lang): { code: string; label: string }[] {
  return listSpec(listId).items.map((i) => ({ code: i.code, label: t(i.label, lang) }));
}

/** The workbook's language as its Settings table says (key `language`: a code or any language's label), or `null`. */
export function settingsLanguage(settings: TableData | undefined): Lang | null {
  const code = readList('language', settingCell(settings, 'language'));
  return code === 'en' || code === 'zh' || code === 'zh-Hant' ? code : null;
}

/**
 * Where a host keeps the drop-down lists as cells (Excel's hidden sheet; found by its name, never by
 * title): the sheet's title, the note on its named block, and each list's heading — the header of the
 * first column that uses it, so even the hidden sheet speaks the workbook's language.
 */
export const LISTS_SHEET: L10n = { en: 'Drop-down lists', zh: '下拉列表', zhHant: '下拉清單' };
export const LISTS_NOTE: L10n = { en: 'Key-account workbook: drop-down lists', zh: '大客户工作簿:下拉列表', zhHant: '大客戶工作簿:下拉清單' };
