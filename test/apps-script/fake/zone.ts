/**
 * Wall-clock time in an IANA time zone (or a fixed offset such as `GMT+08:00`), for the fake: Sheets
 * keeps dates as wall-clock values in the spreadsheet's time zone (File › Settings › Time zone) and hands
 * them to scripts as the instant that wall-clock time is in that zone
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheettimezone,
 * https://developers.google.com/sheets/api/guides/formats#about_date_time_values).
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formats.get(tz);
  if (!f) {
    const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
    // A fixed offset: Etc/GMT has the sign reversed and whole hours only; minutes are not needed here.
    const zone = m ? (Number(m[2]) === 0 ? 'UTC' : `Etc/GMT${m[1] === '+' ? '-' : '+'}${Number(m[2])}`) : tz;
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(tz, f);
  }
  return f;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time of `instant` (ms) in `tz`. */
export function wallClock(instant: number, tz: string): WallClock {
  const parts = formatter(tz).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** How far `tz` is ahead of UTC at `instant`, in ms. */
export function zoneOffset(instant: number, tz: string): number {
  const w = wallClock(instant, tz);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant whose wall-clock time in `tz` is the given one (the earlier one in a DST overlap). */
export function instantOf(tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = asUtc - zoneOffset(asUtc, tz);
  t = asUtc - zoneOffset(t, tz);
  return t;
}
