/**
 * The Import forms' sources in Sheets (issue 12, item 1): the sheets a list may come from, and the
 * values of one of them (or of a range of it) — read with one `getValues`, never written. The import
 * itself is an ordinary save (`kaSubmit`): the list's values come back with the form's input, so a
 * 5,000-row import reads the source once, here, and writes in one `setValues` per table.
 */
import { fill, t, type L10n } from '../core/i18n';
import { convertDates, sheetDates } from './dates';
import { userLang } from './lang';
import { toClient } from './server';

/** The most cells one read hands the sidebar (20,000 rows of 25 columns; far below Sheets' 10 million). */
export const MAX_SOURCE_CELLS = 500000;

const S = {
  noSheet: { en: 'There is no sheet named “{name}”.', zh: '没有名为“{name}”的工作表。', zhHant: '沒有名為「{name}」的工作表。' },
  badRange: {
    en: '“{range}” is not a range of {name}; expects a range such as A1:F500.',
    zh: '“{range}”不是工作表 {name} 的区域;应如 A1:F500。',
    zhHant: '「{range}」不是工作表 {name} 的範圍;應如 A1:F500。',
  },
  tooBig: {
    en: 'The range holds {cells} cells; one import reads at most {max}. Pick a smaller range.',
    zh: '该区域有 {cells} 个单元格;一次导入最多读取 {max} 个。请选择较小的区域。',
    zhHant: '該範圍有 {cells} 個儲存格;一次匯入最多讀取 {max} 個。請選擇較小的範圍。',
  },
} satisfies Record<string, L10n>;

const fail = (m: L10n, values: Record<string, string | number>) => new Error(t(fill(m, values), userLang()));

/** FormHost.importSources: every sheet with its used size (the order of the tabs). */
export function kaImportSources(): { name: string; rows: number; columns: number }[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss.getSheets().map((s) => ({ name: s.getName(), rows: s.getLastRow(), columns: s.getLastColumn() }));
}

/** FormHost.readSource: the values of sheet `name` (its used range, or `range`), header row first. */
export function kaReadSource(name: string, range?: string | null): { name: string; values: unknown[][]; firstRow: number } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(String(name ?? ''));
  if (!sheet) throw fail(S.noSheet, { name: String(name) });
  let r: GoogleAppsScript.Spreadsheet.Range;
  const a1 = typeof range === 'string' ? range.trim() : '';
  if (a1) {
    if (!/^\$?[A-Za-z]{1,3}\$?\d*(:\$?[A-Za-z]{1,3}\$?\d*)?$/.test(a1)) throw fail(S.badRange, { range: a1, name: sheet.getName() });
    try {
      r = sheet.getRange(a1);
    } catch {
      throw fail(S.badRange, { range: a1, name: sheet.getName() });
    }
  } else r = sheet.getDataRange();
  const cells = r.getNumRows() * r.getNumColumns();
  if (cells > MAX_SOURCE_CELLS) throw fail(S.tooBig, { cells: cells.toLocaleString('en-US'), max: MAX_SOURCE_CELLS.toLocaleString('en-US') });
  const dates = sheetDates(ss);
  const raw = r.getValues();
  const values = dates ? convertDates(raw, dates.fromSheet) : raw;
  // The data range starts at A1; a range given says where it starts.
  return { name: a1 ? `${String(name)}!${a1.toUpperCase()}` : String(name), values: toClient(values) as unknown[][], firstRow: a1 ? r.getRow() : 1 };
}
