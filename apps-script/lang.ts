/** Which language the Sheets host speaks: menus follow the user, the workbook follows its Settings. */
import { langFromLocale, type Lang } from '../core/i18n';
import { readList } from '../core/schema/lists';
import { tableFromGrid, records } from '../core/schema/read';
import { SETTINGS } from '../core/schema/tables';

/** The user's language (their Google account's locale); English when it cannot be read. */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** The acting user's e-mail ('' when Google does not disclose it, e.g. outside the user's domain). */
export function actorEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/**
 * The workbook's language: the Settings table's `language` row when the workbook is set up,
 * otherwise the spreadsheet's locale (File › Settings), otherwise the user's language.
 */
export function workbookLang(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  const range = ss.getRangeByName(SETTINGS.name);
  if (range) {
    const rows = records(tableFromGrid(SETTINGS, range.getValues()));
    const row = rows.find((r) => String(r.key).trim() === 'language');
    const code = row ? readList('language', row.value) : undefined;
    if (code === 'en' || code === 'zh' || code === 'zh-Hant') return code;
  }
  const locale = ss.getSpreadsheetLocale();
  return locale ? langFromLocale(locale) : userLang();
}

/** Today as `YYYY-MM-DD` in the spreadsheet's time zone (core reads no clock; the host hands it in). */
export function today(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone(), 'yyyy-MM-dd');
}
