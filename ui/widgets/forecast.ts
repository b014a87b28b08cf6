/**
 * Forecast: the acting person's own opportunities closing in the period (core's forecast view: only
 * the primary owner's, so nothing is counted twice) with confirm boxes set as the sheet has them and
 * the live weighted total; for a superior, the team's roll-up per subordinate with a
 * revise-with-reason form (the reviseForecast command) opened in place.
 */
import type { ForecastView, ForecastViewLine, ForecastViewOpportunity } from '../../core/commands/views';
import type { CommandSpec, FieldSpec, FormData } from '../../core/commands/types';
import { fill, t, type Lang } from '../../core/i18n';
import { clipped, el, replace, uid } from '../dom';
import { fieldRow, type FieldView } from '../fields';
import { newFormState, type FormEnv, type FormState, type WidgetCtx } from '../form-types';
import { registerWidget } from '../widget-registry';
import type { FormHost } from '../host';
import { S } from '../strings';

export function formatAmount(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString(lang === 'en' ? 'en-US' : lang === 'zh-Hant' ? 'zh-TW' : 'zh-CN', { maximumFractionDigits: 2 });
}

const percent = (p: number) => `${Math.round(p * 100)}%`;

/** The view for one FormData (re-read after every save, since a save makes new FormData). */
const views = new WeakMap<FormData, Promise<ForecastView>>();
export function forecastViewOf(host: FormHost, data: FormData): Promise<ForecastView> {
  let p = views.get(data);
  if (!p) {
    p = host.view('forecast', {}).then(readView);
    views.set(data, p);
  }
  return p;
}

/** The view as sent by the host (it may have crossed google.script.run), checked for the parts used. */
function readView(v: unknown): ForecastView {
  const o = (v && typeof v === 'object' ? v : {}) as Partial<ForecastView>;
  const own = Array.isArray(o.own) ? o.own.filter((x): x is ForecastViewOpportunity => !!x && typeof x.id === 'string') : [];
  const team = Array.isArray(o.team) ? o.team.filter((x): x is ForecastViewLine => !!x && typeof x.person === 'string') : [];
  return {
    person: String(o.person ?? ''),
    manager: String(o.manager ?? ''),
    period: o.period ?? { from: '', to: '' },
    own,
    ownForecast: Number(o.ownForecast ?? 0),
    teamForecast: Number(o.teamForecast ?? 0),
    team,
  };
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function opportunitiesField(spec: FieldSpec, ctx: WidgetCtx): FieldView {
  const { lang, data, values, host } = ctx;
  const titleId = uid('opps');
  const body = el('div', { class: 'ka-opps-body' }, el('p', { class: 'ka-note' }, t(S.loading, lang)));
  const total = el('p', { class: 'ka-score', 'aria-live': 'polite', hidden: true });
  const group = el(
    'div',
    { role: 'group', class: 'ka-forecast', 'aria-labelledby': titleId },
    el('p', { id: titleId, class: 'ka-label' }, t(spec.label, lang)),
    el('p', { class: 'ka-note' }, t(fill(S.period, { from: data.period.from, to: data.period.to }), lang)),
    body,
    total,
  );
  const view = fieldRow(spec, lang, titleId, group, group, true);
  let ready = false;

  const show = (v: ForecastView) => {
    const own = v.own;
    // What the sheet says is confirmed, until the user ticks otherwise.
    const chosen = new Set(Array.isArray(values[spec.key]) ? (values[spec.key] as unknown[]).map(String) : own.filter((o) => o.confirmed).map((o) => o.id));
    const sync = () => {
      values[spec.key] = own.filter((o) => chosen.has(o.id)).map((o) => o.id);
    };
    const update = () => {
      const picked = own.filter((o) => chosen.has(o.id));
      const sum = picked.reduce((s, o) => s + (o.forecast ?? 0), 0);
      replace(total, t(fill(S.confirmedTotal, { count: picked.length, amount: formatAmount(sum, lang) }), lang));
    };
    sync();
    ready = true;
    if (own.length === 0) {
      replace(body, el('p', { class: 'ka-note' }, t(S.noOwnOpps, lang)));
      return;
    }
    const stageLabel = (n: number) => data.stages.find((s) => s.stage === n)?.label ?? String(n);
    const items = own.map((o) => {
      const id = uid('opp');
      const cb = el('input', { type: 'checkbox', id, value: o.id });
      cb.checked = chosen.has(o.id);
      cb.addEventListener('change', () => {
        if (cb.checked) chosen.add(o.id);
        else chosen.delete(o.id);
        sync();
        update();
        ctx.changed(spec.key);
      });
      const meta = [o.customer, stageLabel(o.stage), t(fill(S.weighted, { amount: formatAmount(o.amount, lang), p: percent(o.probability) }), lang), t(fill(S.closeOn, { date: o.close }), lang)]
        .filter(Boolean)
        .join(' · ');
      return el('li', {}, el('label', { for: id, class: 'ka-check' }, cb, ' ', el('span', {}, clipped('span', { class: 'ka-opp-name' }, o.name), el('span', { class: 'ka-meta' }, meta))));
    });
    replace(body, el('ul', { class: 'ka-opps' }, ...items));
    total.hidden = false;
    update();
  };

  if (!data.actor) replace(body, el('p', { class: 'ka-warn' }, t(S.unknownActor, lang)));
  else
    forecastViewOf(host, data).then(show, (e: unknown) =>
      replace(body, el('p', { class: 'ka-warn', role: 'alert' }, t(fill(S.viewFailed, { reason: reason(e) }), lang))),
    );

  // Unticked boxes un-confirm opportunities: never submit before the list is known.
  return { ...view, validate: () => (ready ? null : data.actor ? S.notReady : S.unknownActor) };
}

/** Which revision is open, and what was typed in it, per forecast form (kept across re-renders). */
const revising = new WeakMap<FormState, { open: string | null; sub: FormState }>();

/** The roll-up section shown after the forecast form, for a superior. */
export function teamRollup(ctx: WidgetCtx): HTMLElement {
  const { lang, data, env, host } = ctx;
  const section = el('section', { class: 'ka-rollup' });
  if (!data.actor) return section;
  const revise = env.commands.get('reviseForecast');
  let r = revising.get(ctx.state);
  if (!r) revising.set(ctx.state, (r = { open: null, sub: newFormState() }));
  const keep = r;
  const sub = keep.sub;
  let v: ForecastView | null = null;

  const render = (focusForm = false) => {
    if (!v || v.team.length === 0) return replace(section);
    const headId = uid('rollup');
    const rows = v.team.map((line) => {
      const btn = revise
        ? el('button', { type: 'button', class: 'ka-link', 'aria-expanded': String(keep.open === line.person) }, t(S.revise, lang), el('span', { class: 'ka-sr' }, ' ' + line.person))
        : null;
      btn?.addEventListener('click', () => {
        keep.open = keep.open === line.person ? null : line.person;
        Object.assign(sub, newFormState());
        const who = revise?.fields.find((f) => f.type === 'person');
        if (keep.open && who) sub.values[who.key] = line.person;
        render(keep.open !== null);
      });
      const status = line.submitted ? t(fill(S.submittedOn, { amount: formatAmount(line.submitted.amount, lang), when: line.submitted.when }), lang) : t(S.notSubmitted, lang);
      return el(
        'tr',
        {},
        el('td', { class: `ka-depth-${Math.min(3, Math.max(1, line.depth))}` }, clipped('span', { class: 'ka-opp-name' }, line.person), el('span', { class: 'ka-meta' }, status)),
        el('td', { class: 'ka-num' }, formatAmount(line.forecast, lang), line.adjustment !== null ? el('span', { class: 'ka-meta' }, t(S.revised, lang)) : null),
        el('td', { class: 'ka-act' }, btn),
      );
    });
    replace(
      section,
      el('h3', { id: headId }, t(S.teamRollup, lang)),
      el(
        'table',
        { class: 'ka-table ka-rollup-table', 'aria-labelledby': headId },
        el(
          'thead',
          {},
          el('tr', {}, el('th', { scope: 'col' }, t(S.person, lang)), el('th', { scope: 'col', class: 'ka-num' }, t(S.forecast, lang)), el('th', { scope: 'col', class: 'ka-act' }, el('span', { class: 'ka-sr' }, t(S.revise, lang)))),
        ),
        el('tbody', {}, ...rows),
      ),
      el('p', { class: 'ka-note' }, t(fill(S.teamTotal, { amount: formatAmount(v.teamForecast, lang) }), lang)),
      keep.open && revise ? reviseForm(revise, ctx, sub, keep.open, render) : null,
    );
    if (focusForm) (section.querySelector('.ka-form-reviseForecast [data-field="amount"] input, .ka-form-reviseForecast input') as HTMLElement | null)?.focus();
  };

  forecastViewOf(host, data).then(
    (x) => {
      v = x;
      render();
    },
    () => replace(section), // the form above already says why
  );
  return section;
}

function reviseForm(spec: CommandSpec, ctx: WidgetCtx, state: FormState, person: string, rerender: () => void): HTMLElement {
  const env: FormEnv = {
    ...ctx.env,
    state,
    rerender,
    // A saved revision changes the roll-up: show its message on the forecast form and read everything again.
    reload: async () => {
      ctx.state.success = state.success;
      ctx.state.errors = [];
      revising.delete(ctx.state);
      await ctx.env.reload();
    },
  };
  const view = ctx.env.renderForm({ ...spec, title: fill(S.reviseFor, { person }) }, env);
  view.node.classList.add('ka-subform');
  return view.node;
}

registerWidget({
  field: (spec, ctx) => (spec.type === 'opportunities' ? opportunitiesField(spec, ctx) : null),
  extras: (spec, ctx) => (spec.name === 'submitForecast' ? [teamRollup(ctx)] : []),
});
