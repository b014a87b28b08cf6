/**
 * Sheets' side of the catalogue: each generated global `NAME(...)` forwards here. Sheets shows an
 * error cell as the text `#VALUE! reason`, and a failed call as the thrown message.
 */
import { CATALOGUE } from '../core/functions/catalogue';
import { callFunction, renderErrors } from '../core/functions/run';
import { CallError, CellError, type Out } from '../core/functions/spec';
import { langFromLocale, type Lang } from '../core/i18n';
import { convertDates, sheetDates, type SheetDates } from './dates';

const BY_NAME = new Map(CATALOGUE.map((f) => [f.name, f]));

let lang: Lang | undefined;
let dates: SheetDates | null | undefined;

/** The workbook's language, read once per execution (only when a function runs, never at load). */
function workbookLang(): Lang {
  if (lang === undefined) {
    try {
      lang = langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
    } catch {
      lang = 'en';
    }
  }
  return lang;
}

/** Date cells arrive in the spreadsheet's time zone: read once per execution which zone that is. */
function datesOf(): SheetDates | null {
  if (dates === undefined) dates = sheetDates();
  return dates;
}

function toSheets(e: CellError): string {
  return `#VALUE! ${e.reason}`;
}

export function customFunction(name: string, args: unknown[]): unknown {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`Unknown function ${name}`);
  try {
    const d = datesOf();
    const r = callFunction(spec, d ? args.map((a) => convertDates(a, d.fromSheet)) : args, { lang: workbookLang() });
    return renderErrors(r, toSheets);
  } catch (e) {
    throw new Error(e instanceof CallError ? e.message : String(e));
  }
}
