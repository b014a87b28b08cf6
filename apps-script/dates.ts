/**
 * Dates between the spreadsheet and core. Sheets keeps a date as a wall-clock time in the
 * *spreadsheet's* time zone and hands it to a script (custom functions, `getValues`) as the instant that
 * wall-clock time is in that zone; core reads a `Date` by its calendar day in the script's own zone (the
 * JavaScript zone, appsscript.json's `timeZone`). When the two zones differ, 2026-04-01 in a Tokyo or
 * Sydney spreadsheet would read as 03-31 in a Shanghai script — so the host re-reads every date as the
 * same wall-clock time in the script's zone before core sees it, and writes dates back the other way.
 * (Dates core writes are `YYYY-MM-DD` text, which Sheets reads in the spreadsheet's zone by itself.)
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetDates {
  /** A Date as Sheets handed it → the same wall-clock time as a Date of the script's zone. */
  fromSheet(d: Date): Date;
  /** A Date of the script's zone → the instant Sheets stores for that wall-clock time. */
  toSheet(d: Date): Date;
}

const WALL = "yyyy-MM-dd'T'HH:mm:ss";
const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** The converter for a spreadsheet in time zone `tz` (formatDate: Utilities.formatDate). */
export function datesFor(tz: string, formatDate: (d: Date, tz: string, pattern: string) => string): SheetDates {
  const from = new Map<number, Date>();
  const wall = (d: Date): number[] => {
    const m = WALL_RE.exec(formatDate(d, tz, WALL));
    return m ? m.slice(1).map(Number) : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
  };
  return {
    fromSheet(d) {
      const ms = d.getTime();
      if (ms !== ms) return d;
      let out = from.get(ms);
      if (!out) {
        const [y, mo, da, h, mi, s] = wall(d);
        out = new Date(y, mo - 1, da, h, mi, s, ((ms % 1000) + 1000) % 1000);
        if (out.getTime() === ms) out = d;
        if (from.size < 20000) from.set(ms, out);
      }
      return out;
    },
    toSheet(d) {
      const ms = d.getTime();
      if (ms !== ms) return d;
      // The wall-clock time wanted, as if it were UTC; then the instant whose time in `tz` is that.
      const want = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
      const offset = (t: number) => {
        const [y, mo, da, h, mi, s] = wall(new Date(t));
        return Date.UTC(y, mo - 1, da, h, mi, s) - Math.floor(t / 1000) * 1000;
      };
      let t = want - offset(want);
      t = want - offset(t);
      return t === ms ? d : new Date(t);
    },
  };
}

/**
 * The converter of the active spreadsheet, or null when its zone cannot be read (nothing is converted
 * then). Custom functions may call it: reading the spreadsheet's time zone is a read-only call.
 */
export function sheetDates(ss?: Spreadsheet | null): SheetDates | null {
  try {
    const sheet = ss ?? SpreadsheetApp.getActiveSpreadsheet();
    const tz = sheet.getSpreadsheetTimeZone();
    if (!tz || typeof Utilities === 'undefined') return null;
    return datesFor(tz, (d, z, p) => Utilities.formatDate(d, z, p));
  } catch {
    return null;
  }
}

/** `v` with every Date converted by `f`; arrays (rows of cells) are copied only where a Date changed. */
export function convertDates<T>(v: T, f: (d: Date) => Date): T {
  if (v instanceof Date) return f(v) as T;
  if (!Array.isArray(v)) return v;
  let out: unknown[] | null = null;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    const y = x instanceof Date || Array.isArray(x) ? convertDates(x, f) : x;
    if (y !== x) {
      if (!out) out = v.slice();
      out[i] = y;
    }
  }
  return (out ?? v) as T;
}

/** Now as ISO text with the spreadsheet's offset (`2026-11-23T01:56:16+08:00`): what core is handed as `now`. */
export function nowIn(ss: Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone(), "yyyy-MM-dd'T'HH:mm:ssXXX");
}
