/**
 * The forecast as a team submits and revises it in the demo's current period, so that the
 * Dashboard's forecast section, its band and its chart mean something on first open:
 * - most account managers have submitted their confirmed forecast in the last ten days; a team
 *   leader revised some of them (with a reason), and one account manager submitted again after the
 *   revision; a few have not submitted (Missing);
 * - team leaders submitted what their team counts upward, regional managers theirs, and the sales
 *   director revised one region; the director has not submitted yet (the top reviews);
 * - a few opportunities carry a forecast category set by hand (a stage-05 deal the owner commits to,
 *   a stage-07 one held back to best case, one omitted);
 * - Quotas' "closed to date" now means business closed outside the workbook (won opportunities are
 *   counted from the Opportunities table): a few account managers have some, the rest none.
 */
import { serialToIso, toDateSerial } from '../../core/cell';
import { listLabel } from '../../core/schema/lists';
import { DEFAULT_PROBABILITIES } from '../../core/model/stage';
import type { DemoArea, DemoBase, Person } from './types';
import type { Rng } from '../random';

const REASONS = {
  en: ['Customer budget moved to next quarter', 'Bid evaluation delayed', 'Two deals likely to slip', 'Commit confirmed with the customer'],
  zh: ['客户预算推迟到下季度', '评标推迟', '两个商机可能延期', '已与客户确认成交'],
  zhHant: ['客戶預算推遲到下季度', '評標推遲', '兩個商機可能延期', '已與客戶確認成交'],
};

function stampOf(day: string, rng: Rng): string {
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  return `${day} ${p(rng.int(8, 19))}:${p(rng.int(0, 59))}:${p(rng.int(0, 59))}`;
}

export const forecastArea: DemoArea = {
  name: 'forecast',
  generate(base: DemoBase, rng: Rng) {
    const { lang, people, period, today } = base;
    const opps = base.records.opportunities ?? [];
    const from = toDateSerial(period.from) as number;
    const to = toDateSerial(period.to) as number;
    const day = (back: number) => serialToIso((toDateSerial(today) as number) - back);
    const yes = listLabel('yesno', 'yes', lang);
    const submission = listLabel('forecastKind', 'submission', lang);
    const revision = listLabel('forecastKind', 'revision', lang);
    const reasons = lang === 'en' ? REASONS.en : lang === 'zh-Hant' ? REASONS.zhHant : REASONS.zh;

    // Forecast categories set by hand on a few open opportunities of the period.
    base.opportunities.forEach((o, i) => {
      const close = toDateSerial(o.close) as number;
      if (close < from || close > to || o.stage < 1 || o.stage > 7 || !rng.chance(0.12)) return;
      const code = o.stage === 5 ? 'commit' : o.stage === 7 ? 'best_case' : o.stage <= 2 ? 'omitted' : null;
      if (code) opps[i].forecast_category = listLabel('forecastCategory', code, lang);
    });

    // Each person's own confirmed forecast, as the Submit form computes it.
    const own = new Map<string, number>();
    base.opportunities.forEach((o, i) => {
      const close = toDateSerial(o.close) as number;
      if (close < from || close > to || o.stage === 0 || opps[i].confirmed !== yes) return;
      own.set(o.owner.name, (own.get(o.owner.name) ?? 0) + o.amount * DEFAULT_PROBABILITIES[o.stage]);
    });
    const reportsOf = (p: Person) => people.filter((x) => x.manager === p.name);
    const rows: Record<string, unknown>[] = [];
    const counted = new Map<string, number>();
    const already = new Set((base.records.forecasts ?? []).map((r) => String(r.person)));
    for (const r of base.records.forecasts ?? []) counted.set(String(r.person), Number(r.amount));
    let n = (base.records.forecasts ?? []).length;
    const add = (rec: Record<string, unknown>) => {
      rows.push({ id: 'F' + String(++n).padStart(5, '0'), period_from: period.from, period_to: period.to, opportunities: '', reason: '', ...rec });
    };
    const round = (x: number) => Math.round(x / 1000) * 1000;

    // Account managers: most submitted; some revised by their leader; one submitted again.
    let resubmitted = false;
    for (const am of people.filter((p) => p.role === 'account_manager')) {
      if (already.has(am.name)) continue;
      if (!rng.chance(0.8)) continue; // Missing
      const mine = round(own.get(am.name) ?? 0);
      const when = day(rng.int(6, 10));
      add({ when: stampOf(when, rng), kind: submission, person: am.name, by: am.name, to: am.manager, own: mine, team: mine, amount: mine });
      counted.set(am.name, mine);
      if (rng.chance(0.3)) {
        const revised = round(mine * (0.75 + rng.next() * 0.2));
        add({ when: stampOf(day(rng.int(4, 5)), rng), kind: revision, person: am.name, by: am.manager, to: am.manager, own: mine, team: mine, amount: revised, reason: rng.pick(reasons) });
        counted.set(am.name, revised);
        if (!resubmitted && rng.chance(0.5)) {
          resubmitted = true;
          const again = round(mine * 1.05);
          add({ when: stampOf(day(3), rng), kind: submission, person: am.name, by: am.name, to: am.manager, own: again, team: again, amount: again, reason: '' });
          counted.set(am.name, again);
        }
      }
    }
    // Team leaders submit what their team counts upward (with their own); regional managers likewise.
    const submitUp = (role: Person['role'], back: number, chance: number) => {
      for (const lead of people.filter((p) => p.role === role)) {
        if (!rng.chance(chance)) continue;
        const team = round((own.get(lead.name) ?? 0) + reportsOf(lead).reduce((s, x) => s + (counted.get(x.name) ?? 0), 0));
        add({ when: stampOf(day(back), rng), kind: submission, person: lead.name, by: lead.name, to: lead.manager, own: round(own.get(lead.name) ?? 0), team, amount: team });
        counted.set(lead.name, team);
      }
    };
    submitUp('team_lead', 2, 0.85);
    submitUp('regional', 1, 0.7);
    // The director revises one region downward.
    const director = people.find((p) => p.role === 'director');
    const region = people.find((p) => p.role === 'regional' && counted.has(p.name));
    if (director && region) {
      const amount = round(counted.get(region.name)! * 0.9);
      add({ when: stampOf(day(0), rng), kind: revision, person: region.name, by: director.name, to: director.name, own: '', team: counted.get(region.name), amount, reason: rng.pick(reasons) });
    }

    // Quotas: "closed to date" is business closed outside the workbook (won opportunities are counted from Opportunities).
    for (const q of base.records.quotas ?? []) {
      const p = people.find((x) => x.name === q.person);
      q.actual = p?.role === 'account_manager' && rng.chance(0.15) ? round(200000 + rng.next() * 600000) : '';
    }
    return { forecasts: rows };
  },
};
