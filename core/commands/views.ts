/**
 * Read-only views for the forms. `forecastView`: what the Forecast form shows a person — their own
 * opportunities that can be confirmed this period and, for a superior, the roll-up per subordinate
 * (own, team, revision, submitted figure and their latest submission), through `rollupForecast`.
 */
import { normText, toDateSerial, toNumber, serialToIso } from '../cell';
import { t, type Lang } from '../i18n';
import { LOST, parseStage } from '../model/stage';
import type { TableId, Workbook } from '../schema/types';
import { importPlanView } from './import-rows';
import { computeForecast, forecastSetup, latestRevisions, latestSubmissions, lineOf } from './forecast-data';
import { M } from './messages';
import { fill } from '../i18n';
import type { ViewName } from './types';
import { recordValues, RECORD_READS } from './form-data';
import { contactView, followUpsView, objectionsView, prospectView } from './account-views';
import { cellOf, findPerson, isSuperior, people, table, textOf, yes } from './workbook';

export interface ForecastViewOpportunity {
  id: string;
  name: string;
  customer: string;
  amount: number;
  stage: number;
  close: string;
  probability: number;
  /** amount × probability */
  forecast: number;
  confirmed: boolean;
}

export interface ForecastViewLine {
  person: string;
  manager: string;
  /** Levels below the viewer: 1 = direct report. */
  depth: number;
  own: number;
  team: number;
  /** The latest revision by a superior this period, or null. */
  adjustment: number | null;
  /** What this person contributes upward: the revision, else the team figure. */
  forecast: number;
  /** Their latest submission this period. */
  submitted: { when: string; amount: number } | null;
}

export interface ForecastView {
  person: string;
  manager: string;
  period: { from: string; to: string };
  /** The viewer's own opportunities closing in the period (not lost). */
  own: ForecastViewOpportunity[];
  /** Σ forecast of the confirmed ones. */
  ownForecast: number;
  /** Own + the team below (with revisions): what Submit would send. */
  teamForecast: number;
  /** Everyone below the viewer, in Team order (empty for someone with no reports). */
  team: ForecastViewLine[];
}

/** Throws an `Error` whose message is in `lang` when the view cannot be made (unknown person, no period, broken hierarchy). */
export function forecastView(wb: Workbook, actor: string, lang: Lang, input: Record<string, unknown> = {}): ForecastView {
  const me = findPerson(wb, input.person ? input.person : actor);
  if (!me) throw new Error(t(fill(M.unknownActor, { actor: String(input.person ?? actor) }), lang));
  // Only oneself or someone below may be viewed.
  if (input.person && findPerson(wb, actor)?.name !== me.name && !isSuperior(wb, findPerson(wb, actor)?.name ?? actor, me.name)) {
    throw new Error(t(fill(M.notSuperiorRevise, { person: me.name }), lang));
  }
  const s = forecastSetup(wb, { from: input.from, to: input.to });
  if ('error' in s) throw new Error(t(s.error, lang));
  const f = computeForecast(wb, s);
  if ('error' in f) throw new Error(t(f.error, lang));

  const opps = table(wb, 'opportunities');
  const own: ForecastViewOpportunity[] = [];
  for (let i = 0; i < opps.rows.length; i++) {
    if (normText(textOf(opps, i, 'owner')) !== normText(me.name)) continue;
    const stage = parseStage(cellOf(opps, i, 'stage'));
    const close = toDateSerial(cellOf(opps, i, 'close'));
    if (stage === null || stage === undefined || stage === LOST) continue;
    if (typeof close !== 'number' || close < s.fromSerial || close > s.toSerial) continue;
    const amount = toNumber(cellOf(opps, i, 'amount'));
    const a = typeof amount === 'number' ? amount : 0;
    own.push({
      id: textOf(opps, i, 'id'),
      name: textOf(opps, i, 'name'),
      customer: textOf(opps, i, 'customer'),
      amount: a,
      stage,
      close: serialToIso(close),
      probability: s.probs[stage],
      forecast: a * s.probs[stage],
      confirmed: yes(opps, i, 'confirmed') === true,
    });
  }
  const revisions = latestRevisions(wb, s);
  const submissions = latestSubmissions(wb, s);
  const everyone = people(wb);
  const depthOf = (name: string): number => {
    let d = 0;
    let cur = everyone.find((p) => p.name === name);
    const seen = new Set<string>();
    while (cur && normText(cur.name) !== normText(me.name) && !seen.has(cur.name)) {
      seen.add(cur.name);
      d++;
      const up = normText(cur.manager);
      cur = everyone.find((p) => normText(p.name) === up);
    }
    return d;
  };
  const team: ForecastViewLine[] = [];
  for (const p of everyone) {
    if (!isSuperior(wb, me.name, p.name)) continue;
    const l = lineOf(f, p.name);
    if (!l) continue;
    const rev = revisions.get(normText(p.name));
    const sub = submissions.get(normText(p.name));
    team.push({
      person: p.name,
      manager: p.manager,
      depth: depthOf(p.name),
      own: l.own,
      team: l.team,
      adjustment: rev ? rev.amount : null,
      forecast: l.submitted,
      submitted: sub ? { when: sub.when, amount: sub.amount } : null,
    });
  }
  const mine = lineOf(f, me.name);
  return {
    person: me.name,
    manager: me.manager,
    period: { from: s.from, to: s.to },
    own,
    ownForecast: mine ? mine.own : 0,
    teamForecast: mine ? mine.team : 0,
    team,
  };
}

/** The tables a view reads. */
export const VIEW_READS: Record<ViewName, readonly TableId[]> = {
  forecast: ['team', 'opportunities', 'settings', 'benchmarks', 'forecasts'],
  importPlan: ['customers', 'team', 'opportunities', 'settings'],
  record: RECORD_READS,
  // Issue 13: the forms' own views (account-views.ts).
  contact: ['contacts'],
  followUps: ['activities'],
  prospect: ['customers'],
  objections: ['objections'],
};

/** A view by name (what `FormHost.view` asks for). */
export function runView(name: ViewName, wb: Workbook, actor: string, lang: Lang, input: Record<string, unknown> = {}): unknown {
  if (name === 'forecast') return forecastView(wb, actor, lang, input);
  if (name === 'importPlan') return importPlanView(wb, input, { actor, lang, now: typeof input.now === 'string' ? input.now : '' });
  // What an update form starts from: `{command, id}` → the record's current values by field.
  if (name === 'record') return recordValues(wb, String(input.command ?? ''), input.id);
  if (name === 'contact') return contactView(wb, input);
  if (name === 'followUps') return followUpsView(wb, input);
  if (name === 'prospect') return prospectView(wb, lang, input);
  if (name === 'objections') return objectionsView(wb, input);
  throw new Error(`unknown view ${String(name)}`);
}
