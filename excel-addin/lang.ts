/**
 * The workbook's language in Excel, as in Sheets: the Settings table's `language` row when the workbook
 * is set up, otherwise Excel's editing language (handed in by the pane).
 */
import type { Lang } from '../core/i18n';
import { readList } from '../core/schema/lists';
import { records } from '../core/schema/read';
import type { TableData } from '../core/schema/types';

export function settingsLang(settings: TableData | undefined): Lang | null {
  if (!settings) return null;
  const row = records(settings).find((r) => String(r.key).trim() === 'language');
  const code = row ? readList('language', row.value) : undefined;
  return code === 'en' || code === 'zh' || code === 'zh-Hant' ? code : null;
}
