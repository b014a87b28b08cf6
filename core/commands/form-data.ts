/**
 * What the forms need, built from the tables: people, customers, opportunities, drop-down lists in the
 * workbook's language, stages with their probabilities, the assessment threshold, the period, and the
 * pickers a rule limits (`choices`: only whom the acting person may choose, with the figure concerned).
 * And what an update form starts from: `recordValues`, the record's current values by field, for any
 * command that declares its `record` (CommandSpec.record).
 */
import { isBlank, normText, toDateSerial, toNumber, toText, toYesNo, serialToIso, type Cell } from '../cell';
import { fill, t, type L10n, type Lang } from '../i18n';
import { LOST, parseStage, STAGE_NAMES, STAGES } from '../model/stage';
import { QUESTION_COUNT } from '../model/assessment';
import { LISTS, listItems, readList } from '../schema/lists';
import type { TableData, TableId, Workbook } from '../schema/types';
import { forecastSetup, latestRevisions, latestSubmissions } from './forecast-data';
import { formatNumber, formatPlain } from './format';
import { COMMANDS } from './index';
import type { Choice, ChoiceRule, CommandSpec, FieldSpec, FormData } from './types';
import { FINANCE_KEYS, financeSummary } from './customer-finance-fields';
import { stepsFor } from './decide-review';
import { readReviews } from './review-data';
import { reviewState, STEP_LABEL } from '../model/review';
import { cellOf, findPerson, isSuperior, people, period, probabilities, table, textOf, threshold, type Person } from './workbook';

/** The stage labels of the forms: the Funnel benchmarks' names when given, else the method's. */
function stages(wb: Workbook, lang: Lang): FormData['stages'] {
  const { probs } = probabilities(wb);
  const names = new Map<number, string>();
  const b = wb.benchmarks;
  if (b) for (let i = 0; i < b.rows.length; i++) {
    const s = parseStage(cellOf(b, i, 'stage'));
    const n = textOf(b, i, 'stage_name');
    if (s && n) names.set(s, n);
  }
  const label = (s: number) => `0${s} ${names.get(s) ?? t(STAGE_NAMES[s], lang)}`;
  return [...STAGES.map((s) => ({ stage: s as number, label: label(s), probability: probs[s] })), { stage: 0, label: t(STAGE_NAMES[0], lang), probability: 0 }];
}

/** A customer's financial ratios as one line in `lang` (`''` when none can be computed). */
function customerFinance(cust: TableData, i: number, lang: Lang): string {
  const figures: Record<string, number> = {};
  for (const k of FINANCE_KEYS) {
    const n = toNumber(cellOf(cust, i, k));
    if (typeof n === 'number') figures[k] = n;
  }
  const s = financeSummary(figures);
  return s ? t(s, lang) : '';
}

/** What Update opportunity shows of an opportunity besides the above (issue 9). */
function updateValues(opps: ReturnType<typeof table>, i: number): Pick<FormData['opportunities'][number], 'confirmed' | 'nextStep' | 'nextStepDate' | 'lostReason'> {
  const next = toDateSerial(cellOf(opps, i, 'next_step_date'));
  const yes = readList('yesno', cellOf(opps, i, 'confirmed'));
  return {
    confirmed: yes === 'yes' ? true : yes === 'no' ? false : null,
    nextStep: textOf(opps, i, 'next_step'),
    nextStepDate: typeof next === 'number' ? serialToIso(next) : '',
    lostReason: readList('lostReason', cellOf(opps, i, 'lost_reason')) ?? '',
  };
}

/** The tables `formData` reads: every host reads exactly these before building the forms' data. */
export const FORM_DATA_READS: readonly TableId[] = ['team', 'customers', 'opportunities', 'benchmarks', 'settings', 'forecasts'];

/**
 * Tables `formData` also reads when the workbook has them (Order reviews, for the reviews waiting for
 * the user): a workbook set up before them still opens its forms.
 */
export const FORM_DATA_ALSO_READS: readonly TableId[] = ['reviews'];

export function formData(wb: Workbook, actor: string, lang: Lang): FormData {
  const cust = table(wb, 'customers');
  const opps = table(wb, 'opportunities');
  const customers: FormData['customers'] = [];
  for (let i = 0; i < cust.rows.length; i++) {
    const id = textOf(cust, i, 'id');
    const name = textOf(cust, i, 'name');
    if (id === '' && name === '') continue;
    const finance = customerFinance(cust, i, lang);
    customers.push({ id, name, manager: textOf(cust, i, 'account_manager'), tier: textOf(cust, i, 'tier'), ...(finance ? { finance } : {}) });
  }
  const opportunities: FormData['opportunities'] = [];
  for (let i = 0; i < opps.rows.length; i++) {
    const id = textOf(opps, i, 'id');
    if (id === '') continue;
    const st = parseStage(cellOf(opps, i, 'stage'));
    const amount = toNumber(cellOf(opps, i, 'amount'));
    const close = toDateSerial(cellOf(opps, i, 'close'));
    opportunities.push({
      id,
      name: textOf(opps, i, 'name'),
      customerId: textOf(opps, i, 'customer_id'),
      customer: textOf(opps, i, 'customer'),
      owner: textOf(opps, i, 'owner'),
      stage: st === undefined ? null : st,
      amount: typeof amount === 'number' ? amount : null,
      close: typeof close === 'number' ? serialToIso(close) : '',
      ...updateValues(opps, i),
    });
  }
  const lists: FormData['lists'] = {};
  for (const l of LISTS) lists[l.id] = listItems(l.id, lang);
  const me = findPerson(wb, actor);
  return {
    lang,
    actor: me?.name ?? null,
    people: people(wb).map((p) => ({ name: p.name, email: p.email, manager: p.manager, role: p.role, region: p.region })),
    customers,
    opportunities,
    lists,
    stages: stages(wb, lang),
    threshold: threshold(wb),
    period: period(wb),
    choices: choicesOf(wb, me, lang, opportunities),
  };
}

const T = {
  submitted: { en: 'submitted {amount}', zh: '已提交 {amount}', zhHant: '已提交 {amount}' },
  revised: { en: 'revised to {amount}', zh: '已修正为 {amount}', zhHant: '已修正為 {amount}' },
  notSubmitted: { en: 'not submitted yet', zh: '尚未提交', zhHant: '尚未提交' },
  pipeline: { en: '{count} open · {amount}', zh: '{count} 个进行中 · {amount}', zhHant: '{count} 個進行中 · {amount}' },
  you: { en: 'you', zh: '本人', zhHant: '本人' },
  owner: { en: 'owner {owner}', zh: '负责人 {owner}', zhHant: '負責人 {owner}' },
  waits: { en: 'waits for you: {what}', zh: '待您:{what}', zhHant: '待您:{what}' },
} satisfies Record<string, L10n>;

/** Every picker a rule limits, by `command.field`, for the acting person `me`. */
function choicesOf(wb: Workbook, me: Person | null, lang: Lang, opps: FormData['opportunities']): FormData['choices'] {
  const out: FormData['choices'] = {};
  const cache = new Map<ChoiceRule, Choice[]>();
  for (const spec of Object.values(COMMANDS) as CommandSpec[]) {
    for (const f of spec.fields) {
      if (!f.choices) continue;
      let c = cache.get(f.choices);
      if (!c) cache.set(f.choices, (c = me ? choose(wb, me, lang, f.choices, opps) : []));
      out[`${spec.name}.${f.key}`] = c;
    }
  }
  return out;
}

function choose(wb: Workbook, me: Person, lang: Lang, rule: ChoiceRule, opps: FormData['opportunities']): Choice[] {
  const below = people(wb).filter((p) => isSuperior(wb, me.name, p.name));
  if (rule === 'reports') {
    // Each report with the figure a revision starts from: their latest submission (and a superior's revision).
    const s = forecastSetup(wb);
    const subs = 'error' in s ? null : latestSubmissions(wb, s);
    const revs = 'error' in s ? null : latestRevisions(wb, s);
    return below.map((p) => {
      const sub = subs?.get(normText(p.name));
      const rev = revs?.get(normText(p.name));
      const parts = [sub ? t(fill(T.submitted, { amount: formatNumber(sub.amount) }), lang) : t(T.notSubmitted, lang)];
      if (rev && rev.by && normText(rev.by) !== normText(p.name)) parts.push(t(fill(T.revised, { amount: formatNumber(rev.amount) }), lang));
      return { value: p.name, label: p.name, detail: parts.join(' · ') };
    });
  }
  if (rule === 'team') {
    // Who may own the opportunity: the acting person and their team, with the open pipeline each carries.
    const load = new Map<string, { count: number; amount: number }>();
    for (const o of opps) {
      if (o.stage === null || o.stage === LOST || o.stage === 8) continue;
      const k = normText(o.owner);
      const l = load.get(k) ?? { count: 0, amount: 0 };
      l.count++;
      l.amount += o.amount ?? 0;
      load.set(k, l);
    }
    return [me, ...below].map((p) => {
      const l = load.get(normText(p.name)) ?? { count: 0, amount: 0 };
      const fig = t(fill(T.pipeline, { count: l.count, amount: formatNumber(l.amount) }), lang);
      return { value: p.name, label: p === me ? `${p.name} (${t(T.you, lang)})` : p.name, detail: fig };
    });
  }
  if (rule === 'pendingReviews') {
    // The reviews this person may sign now, each with its opportunity and what it waits for from them.
    if (!wb.reviews) return [];
    // Each review's rows once (a form load reads every review).
    const byId = new Map<string, ReturnType<typeof readReviews>>();
    for (const e of readReviews(wb.reviews)) {
      const rows = byId.get(e.id);
      if (rows) rows.push(e);
      else byId.set(e.id, [e]);
    }
    const out: Choice[] = [];
    for (const [id, rows] of byId) {
      const s = reviewState(id, rows);
      if (!s) continue;
      const steps = stepsFor(wb, s, me);
      if (!steps.length) continue;
      const o = opps.find((x) => normText(x.id) === normText(s.opportunity));
      const what = steps.map((st) => t(STEP_LABEL[st], lang)).join(lang === 'en' ? ', ' : '、');
      out.push({ value: s.id, label: o ? `${s.id} · ${o.name}${o.customer ? ` — ${o.customer}` : ''}` : `${s.id} · ${s.opportunity}`, detail: t(fill(T.waits, { what }), lang) });
    }
    return out;
  }
  // teamOpportunities: only opportunities owned by someone below (a superior changes their owner).
  const mine = new Set(below.map((p) => normText(p.name)));
  return opps
    .filter((o) => mine.has(normText(o.owner)))
    .map((o) => ({ value: o.id, label: o.customer ? `${o.name} — ${o.customer}` : o.name, detail: t(fill(T.owner, { owner: o.owner }), lang) }));
}

/** The tables `recordValues` reads: every table a command's record comes from, and the Team (people's names). */
export const RECORD_READS: readonly TableId[] = [...new Set<TableId>(['team', ...(Object.values(COMMANDS) as CommandSpec[]).flatMap((c) => (c.record ? [c.record.table] : []))])];

/** A cell as the form's control holds it for a field of `type` (what the command reads back the same). */
function formValue(wb: Workbook, f: FieldSpec, v: Cell): unknown {
  if (isBlank(v)) return undefined;
  switch (f.type) {
    case 'money':
    case 'number':
    case 'percent':
    case 'date':
      return formatPlain(v, f.type);
    case 'yesno':
      return toYesNo(v) === true;
    case 'stage': {
      const st = parseStage(v);
      return st === null || st === undefined ? undefined : st;
    }
    case 'list': {
      const code = f.list ? readList(f.list, v) : undefined;
      return typeof code === 'string' ? code : toText(v);
    }
    case 'person':
      return findPerson(wb, v)?.name ?? toText(v);
    default:
      return toText(v);
  }
}

/** The row of `t` the record source names for `id` (the last one when `latest`), or -1. */
function sourceRow(t: TableData, by: string, id: string, latest: boolean, only: Record<string, string> = {}): number {
  const want = normText(id);
  let found = -1;
  for (let i = 0; i < t.rows.length; i++) {
    if (normText(cellOf(t, i, by)) !== want) continue;
    if (Object.entries(only).some(([k, v]) => normText(cellOf(t, i, k)) !== normText(v))) continue;
    found = i;
    if (!latest) break;
  }
  return found;
}

/**
 * What the update form of `command` starts from when its record field names `id`: the record's current
 * values by field key, as the form's controls hold them (amounts `3,165,700`, dates ISO, list codes,
 * stage numbers, yes/no as booleans, the 20 answers of an assessment). `{}` when the command edits no
 * record or the record is not found (the command then says so on save).
 */
export function recordValues(wb: Workbook, command: string, id: unknown): Record<string, unknown> {
  const spec = (COMMANDS as Record<string, CommandSpec | undefined>)[command];
  const src = spec && Object.prototype.hasOwnProperty.call(COMMANDS, command) ? spec.record : undefined;
  if (!spec || !src || isBlank(id)) return {};
  const t = wb[src.table];
  if (!t) return {};
  const row = sourceRow(t, src.by ?? 'id', toText(id), src.latest === true, src.only);
  if (row < 0) return {};
  const out: Record<string, unknown> = {};
  for (const f of spec.fields) {
    if (f.key === src.field || src.skip?.includes(f.key)) continue;
    if (f.type === 'answers') {
      if (t.col.q1 === undefined || t.col.q1 < 0) continue;
      out[f.key] = Array.from({ length: QUESTION_COUNT }, (_, i) => toYesNo(cellOf(t, row, `q${i + 1}`)) === true);
      continue;
    }
    const j = t.col[f.key];
    if (j === undefined || j < 0) continue;
    const v = formValue(wb, f, cellOf(t, row, f.key));
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}
