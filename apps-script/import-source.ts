/**
 * The Import forms' sources in Sheets (issue 12, item 1): the sheets a list may come from, and the
 * values of one of them (or of a range of it) — read with one `getValues`, never written. The import
 * itself is an ordinary save (`kaSubmit`): the list's values come back with the form's input, so a
 * 5,000-row import reads the source once, here, and writes in one `setValues` per table.
 */
import { isRangeA1, MAX_SOURCE_CELLS, SOURCE_MESSAGES } from '../core/model/import-source';
import { fill, t, type L10n } from '../core/i18n';
import { convertDates, sheetDates } from './dates';
import { userLang } from './lang';
import { toClient } from './server';

const S = SOURCE_MESSAGES;

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
    if (!isRangeA1(a1)) throw fail(S.badRange, { range: a1, name: sheet.getName() });
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
