/**
 * New customer: the uniqueness check (客户惟一性) as the name is typed. Core's matcher is built once
 * over the register in FormData and searched (debounced) on every edit; likely duplicates are listed
 * with their account manager and similarity, and saving one needs the explicit "this is a different
 * company" box (`confirmDifferent`, which the command checks again).
 */
import type { FieldSpec, FormData } from '../../core/commands/types';
import { fill, t, type Lang } from '../../core/i18n';
import { buildCustomerIndex, DEFAULT_MATCH_THRESHOLD } from '../../core/model/customer-match';
import { el, replace, uid } from '../dom';
import { renderSimpleField, type FieldView } from '../fields';
import type { WidgetCtx } from '../form-types';
import { registerWidget } from '../widget-registry';
import { S } from '../strings';

export const CONFIRM_KEY = 'confirmDifferent';
/** Pause after the last keystroke before the register is searched. */
export const DEBOUNCE_MS = 200;
/** Most duplicates listed. */
export const DUP_LIMIT = 5;

export interface Duplicate {
  name: string;
  manager: string;
  /** 0–1, or null when the source did not say. */
  similarity: number | null;
}

type Index = ReturnType<typeof buildCustomerIndex>;
const indexes = new WeakMap<FormData, Index>();

/** The matcher over the register, built once per FormData. */
function indexFor(data: FormData): Index {
  let idx = indexes.get(data);
  if (!idx) {
    idx = buildCustomerIndex(data.customers.map((c) => c.name));
    indexes.set(data, idx);
  }
  return idx;
}

/**
 * Likely duplicates of `name` in the register (best first), leaving out the customer `exceptId`
 * (Update customer renaming itself). The threshold is the matcher's default, as the command's
 * unless the workbook's Settings change it (FormData does not carry that setting).
 */
export function findDuplicates(data: FormData, name: string, exceptId: string | null = null): Duplicate[] {
  if (name.trim() === '' || data.customers.length === 0) return [];
  return indexFor(data)
    .search(name, { threshold: DEFAULT_MATCH_THRESHOLD, limit: DUP_LIMIT + 1 })
    .filter((m) => exceptId === null || data.customers[m.row]?.id !== exceptId)
    .slice(0, DUP_LIMIT)
    .map((m) => ({ name: data.customers[m.row]?.name ?? m.name, manager: data.customers[m.row]?.manager ?? '', similarity: m.similarity }));
}

/** The command's `warnings` read as duplicates, whatever fields it chose to name them. */
export function duplicatesFromWarnings(warnings: unknown): Duplicate[] {
  const list = Array.isArray(warnings) ? warnings : warnings && typeof warnings === 'object' && Array.isArray((warnings as { duplicates?: unknown }).duplicates) ? (warnings as { duplicates: unknown[] }).duplicates : [];
  const out: Duplicate[] = [];
  for (const w of list) {
    if (!w || typeof w !== 'object') continue;
    const o = w as Record<string, unknown>;
    if (typeof o.name !== 'string') continue;
    out.push({
      name: o.name,
      manager: typeof o.manager === 'string' ? o.manager : '',
      similarity: typeof o.similarity === 'number' ? o.similarity : null,
    });
  }
  return out;
}

/** Is `spec` the customer-name field of the New-customer / Update-customer form? */
export function isNameField(spec: FieldSpec, all: readonly FieldSpec[]): boolean {
  const named = all.find((f) => f.key === 'name') ?? all.find((f) => f.type === 'text');
  return named === spec;
}

/** The name field with its live duplicate list, and the confirm box (rendered beside it). */
export function customerNameFields(spec: FieldSpec, ctx: WidgetCtx): FieldView[] {
  const { lang, values, data, state } = ctx;
  const nameView = renderSimpleField(spec, ctx);
  const input = nameView.node.querySelector('input') as HTMLInputElement;
  const panel = el('div', { class: 'ka-dups', role: 'status', 'aria-live': 'polite' });
  nameView.node.appendChild(panel);
  input.setAttribute('aria-controls', panel.id = uid('dups'));

  const confirmSpec: FieldSpec = ctx.command.fields.find((f) => f.key === CONFIRM_KEY) ?? {
    key: CONFIRM_KEY,
    type: 'yesno',
    label: S.confirmDifferent,
  };
  const confirmView = renderSimpleField({ ...confirmSpec, type: 'yesno' }, ctx);
  const confirmRow = confirmView.node;

  // Warnings the command returned win until the name is edited again.
  let shown: Duplicate[] = duplicatesFromWarnings(state.warnings);
  const fromServer = shown.length > 0;
  const render = (dups: Duplicate[], checking = false) => {
    shown = dups;
    confirmRow.hidden = dups.length === 0 && values[CONFIRM_KEY] !== true;
    if (checking) return replace(panel, el('p', { class: 'ka-note' }, t(S.dupChecking, lang)));
    if (String(values[spec.key] ?? '').trim() === '') return replace(panel);
    if (dups.length === 0) return replace(panel, el('p', { class: 'ka-note ka-ok' }, t(S.dupNone, lang)));
    replace(panel, el('p', { class: 'ka-warn' }, t(fill(S.dupFound, { count: dups.length }), lang)), dupTable(dups, lang));
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const except = ctx.command.name === 'updateCustomer' && typeof values.id === 'string' ? values.id : null;
    render(findDuplicates(data, String(values[spec.key] ?? ''), except));
  };
  input.addEventListener('input', () => {
    if (timer !== undefined) clearTimeout(timer);
    if (values[CONFIRM_KEY] === true) {
      // A new name needs a new confirmation.
      values[CONFIRM_KEY] = false;
      (confirmRow.querySelector('input') as HTMLInputElement).checked = false;
    }
    timer = setTimeout(check, DEBOUNCE_MS);
  });
  if (fromServer) render(shown);
  else if (String(values[spec.key] ?? '').trim() !== '') check();
  else render([]);
  return [nameView, confirmView];
}

function dupTable(dups: Duplicate[], lang: Lang): HTMLElement {
  return el(
    'table',
    { class: 'ka-table ka-dup-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t(S.dupName, lang)), el('th', { scope: 'col' }, t(S.dupManager, lang)), el('th', { scope: 'col', class: 'ka-num' }, t(S.dupSimilarity, lang)))),
    el(
      'tbody',
      {},
      ...dups.map((d) =>
        el('tr', {}, el('td', {}, d.name), el('td', {}, d.manager || '—'), el('td', { class: 'ka-num' }, d.similarity === null ? '—' : `${Math.round(d.similarity * 100)}%`)),
      ),
    ),
  );
}

registerWidget({
  field(spec, ctx) {
    if (ctx.command.name !== 'newCustomer' && ctx.command.name !== 'updateCustomer') return null;
    if (spec.key === CONFIRM_KEY) return 'skip';
    return isNameField(spec, ctx.command.fields) ? customerNameFields(spec, ctx) : null;
  },
});
