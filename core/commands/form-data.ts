/**
 * What the forms need, built from the tables: people, customers, opportunities, drop-down lists in the
 * workbook's language, stages with their probabilities, the assessment threshold and the period.
 */
import { toDateSerial, toNumber, serialToIso } from '../cell';
import { t, type Lang } from '../i18n';
import { parseStage, STAGE_NAMES, STAGES } from '../model/stage';
import { LISTS, listItems, readList } from '../schema/lists';
import type { TableId, Workbook } from '../schema/types';
import type { FormData } from './types';
import { cellOf, findPerson, people, period, probabilities, table, textOf, threshold } from './workbook';

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
export const FORM_DATA_READS: readonly TableId[] = ['team', 'customers', 'opportunities', 'benchmarks', 'settings'];

export function formData(wb: Workbook, actor: string, lang: Lang): FormData {
  const cust = table(wb, 'customers');
  const opps = table(wb, 'opportunities');
  const customers: FormData['customers'] = [];
  for (let i = 0; i < cust.rows.length; i++) {
    const id = textOf(cust, i, 'id');
    const name = textOf(cust, i, 'name');
    if (id === '' && name === '') continue;
    customers.push({ id, name, manager: textOf(cust, i, 'account_manager'), tier: textOf(cust, i, 'tier') });
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
  return {
    lang,
    actor: findPerson(wb, actor)?.name ?? null,
    people: people(wb).map((p) => ({ name: p.name, email: p.email, manager: p.manager, role: p.role, region: p.region })),
    customers,
    opportunities,
    lists,
    stages: stages(wb, lang),
    threshold: threshold(wb),
    period: period(wb),
  };
}
