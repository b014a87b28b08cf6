/**
 * Prospecting in the demo's current period (domain.md §8: 8 new names and introductions to 3 new
 * ideal customers a day): each account manager logs the names and introductions of most working
 * days, some on target and most a little below it, so that the Dashboard's activity pace reads like a
 * real team's.
 */
import { serialToIso, toDateSerial } from '../../core/cell';
import { listLabel } from '../../core/schema/lists';
import type { DemoArea } from './types';

export const prospectingArea: DemoArea = {
  name: 'prospecting',
  generate(base, rng) {
    const { lang, people, period, today } = base;
    const first = toDateSerial(period.from) as number;
    const last = Math.min(toDateSerial(period.to) as number, (toDateSerial(today) as number) - 1);
    const newName = listLabel('activityType', 'new_name', lang);
    const intro = listLabel('activityType', 'introduction', lang);
    const rows: Record<string, unknown>[] = [];
    const ams = people.filter((p) => p.role === 'account_manager');
    const drive = new Map(ams.map((p) => [p.name, 0.55 + rng.next() * 0.55]));
    for (let d = first; d <= last; d++) {
      const weekday = new Date((d - 25569) * 86400000).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const date = serialToIso(d);
      for (const p of ams) {
        const k = drive.get(p.name)!;
        if (rng.chance(0.85)) rows.push({ date, person: p.name, type: newName, customer_id: '', opportunity: '', new_names: Math.max(1, Math.round(8 * k + rng.normal() * 1.5)), introductions: 0, notes: '', follow_up: '' });
        if (rng.chance(0.7)) rows.push({ date, person: p.name, type: intro, customer_id: '', opportunity: '', new_names: 0, introductions: Math.max(1, Math.round(3 * k + rng.normal())), notes: '', follow_up: '' });
      }
    }
    return { activities: rows };
  },
};
