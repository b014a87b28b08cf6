/**
 * The user's local time as every host hands it to core (`ctx.now`): ISO with the offset of the zone
 * the page runs in, `2026-12-02T05:47:00+08:00` — core writes dates and times as that local date and
 * time. (`toISOString()` would be UTC: in Beijing a save at 05:47 on 2 December would be logged as
 * 21:47 on 1 December, and "Registered on" be a day off.) Pure: the Date is handed in.
 */
export function localIso(d: Date): string {
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const a = Math.abs(off);
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}${sign}${p(Math.floor(a / 60))}:${p(a % 60)}`;
}

/** The local calendar day of `d`, `YYYY-MM-DD`. */
export function localDate(d: Date): string {
  return localIso(d).slice(0, 10);
}
