/**
 * The forecast of the workbook's tables (domain.md §4) through the forecast model (`rollupForecast`):
 * only opportunities their primary owner confirmed count, within the current period, at the win
 * probabilities of the Funnel benchmarks; a superior's latest revision of a subordinate (Forecast
 * submissions, kind "revision", same period, made after the subordinate's latest submission) replaces
 * that subordinate's team figure in the roll-up.
 */
import { normText, toDateSerial, toNumber } from '../cell';
import { fill, type L10n } from '../i18n';
import { ForecastError, rollupForecast, type Adjustment, type Forecast, type ForecastOpportunity, type TeamMember } from '../model/forecast';
import { parseStage } from '../model/stage';
import { readList } from '../schema/lists';
import type { Workbook } from '../schema/types';
import { M } from './messages';
import { cellOf, people, period, probabilities, table, textOf, yes } from './workbook';

export interface ForecastSetup {
  from: string;
  to: string;
  fromSerial: number;
  toSerial: number;
  probs: number[];
}

/** The period and probabilities, or the reason the forecast cannot be made. */
export function forecastSetup(wb: Workbook, override?: { from?: unknown; to?: unknown }): ForecastSetup | { error: L10n } {
  const p = period(wb);
  const from = override?.from ? toDateSerial(override.from) : p.from ? toDateSerial(p.from) : null;
  const to = override?.to ? toDateSerial(override.to) : p.to ? toDateSerial(p.to) : null;
  if (from === null || from === undefined || to === null || to === undefined) return { error: M.noPeriod };
  const iso = (s: number) => new Date((s - 25569) * 86400000).toISOString().slice(0, 10);
  if (from > to) return { error: fill(M.periodOrder, { from: iso(from), to: iso(to) }) };
  const pr = probabilities(wb);
  if (pr.badStage !== undefined) return { error: fill(M.badBenchmarks, { stage: pr.badStage }) };
  return { from: iso(from), to: iso(to), fromSerial: from, toSerial: to, probs: pr.probs };
}

/**
 * The revision in force per person for the period: the latest one appended after the person's own
 * latest submission (a new submission by the person supersedes an earlier revision of them).
 */
export function latestRevisions(wb: Workbook, s: ForecastSetup): Map<string, { row: number; amount: number; by: string }> {
  const f = table(wb, 'forecasts');
  const out = new Map<string, { row: number; amount: number; by: string }>();
  for (let i = 0; i < f.rows.length; i++) {
    const kind = readList('forecastKind', cellOf(f, i, 'kind'));
    if (kind !== 'revision' && kind !== 'submission') continue;
    if (toDateSerial(cellOf(f, i, 'period_from')) !== s.fromSerial || toDateSerial(cellOf(f, i, 'period_to')) !== s.toSerial) continue;
    const person = normText(textOf(f, i, 'person'));
    if (kind === 'submission') {
      out.delete(person);
      continue;
    }
    const amount = toNumber(cellOf(f, i, 'amount'));
    if (typeof amount !== 'number') continue;
    out.set(person, { row: i, amount, by: textOf(f, i, 'by') });
  }
  return out;
}

/** Latest submission per person for the period. */
export function latestSubmissions(wb: Workbook, s: ForecastSetup): Map<string, { when: string; amount: number; to: string }> {
  const f = table(wb, 'forecasts');
  const out = new Map<string, { when: string; amount: number; to: string }>();
  for (let i = 0; i < f.rows.length; i++) {
    if (readList('forecastKind', cellOf(f, i, 'kind')) !== 'submission') continue;
    if (toDateSerial(cellOf(f, i, 'period_from')) !== s.fromSerial || toDateSerial(cellOf(f, i, 'period_to')) !== s.toSerial) continue;
    const amount = toNumber(cellOf(f, i, 'amount'));
    if (typeof amount !== 'number') continue;
    out.set(normText(textOf(f, i, 'person')), { when: textOf(f, i, 'when'), amount, to: textOf(f, i, 'to') });
  }
  return out;
}

/**
 * The roll-up of the confirmed opportunities. `confirm` overrides the Confirmed cell of some
 * opportunity rows (the submission being made); `revise` adds or replaces one revision.
 */
export function computeForecast(
  wb: Workbook,
  s: ForecastSetup,
  opts: { confirm?: Map<number, boolean>; revise?: Adjustment } = {},
): Forecast | { error: L10n } {
  const team = people(wb);
  const members: TeamMember[] = team.map((p) => ({ person: p.name, manager: p.manager === '' ? null : p.manager }));
  const opps = table(wb, 'opportunities');
  const list: ForecastOpportunity[] = [];
  for (let i = 0; i < opps.rows.length; i++) {
    const confirmed = opts.confirm?.has(i) ? opts.confirm.get(i)! : yes(opps, i, 'confirmed') === true;
    if (!confirmed) continue;
    const stage = parseStage(cellOf(opps, i, 'stage'));
    const amount = toNumber(cellOf(opps, i, 'amount'));
    const close = toDateSerial(cellOf(opps, i, 'close'));
    if (stage === undefined || stage === null) continue;
    list.push({
      owner: textOf(opps, i, 'owner') || null,
      amount: typeof amount === 'number' ? amount : 0,
      stage,
      close: typeof close === 'number' ? close : null,
    });
  }
  const known = new Set(team.map((p) => normText(p.name)));
  const adj = new Map<string, Adjustment>();
  for (const [k, r] of latestRevisions(wb, s)) if (known.has(k)) adj.set(k, { person: team.find((p) => normText(p.name) === k)!.name, amount: r.amount });
  if (opts.revise) adj.set(normText(opts.revise.person), opts.revise);
  try {
    return rollupForecast(members, list, { period: { from: s.fromSerial, to: s.toSerial }, adjustments: [...adj.values()], probabilities: s.probs });
  } catch (e) {
    if (e instanceof ForecastError) {
      const r = e.reason;
      return {
        error: {
          en: fill(M.hierarchy, { reason: r.en }).en,
          zh: fill(M.hierarchy, { reason: r.zh }).zh,
          zhHant: fill(M.hierarchy, { reason: r.zhHant ?? r.zh }).zhHant,
        },
      };
    }
    throw e;
  }
}

/** The line of `person` in a roll-up. */
export function lineOf(f: Forecast, person: string) {
  const k = normText(person);
  return f.lines.find((l) => l && normText(l.person) === k) ?? null;
}
