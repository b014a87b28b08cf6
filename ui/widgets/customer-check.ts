/**
 * New customer: the uniqueness check (客户惟一性) as the name is typed. Core's matcher is built once
 * over the register in FormData and searched (debounced) on every edit; likely duplicates are listed
 * with their account manager and similarity, and saving one needs the explicit "this is a different
 * company" box (`confirmDifferent`, which the command checks again).
 */
import type { FieldSpec, FormData } from '../../core/commands/types';
import { fill, t, type Lang } from '../../core/i18n';
import { buildCustomerIndex, DEFAULT_MATCH_THRESHOLD, type MatchKind } from '../../core/model/customer-match';
import { clipped, el, replace, uid } from '../dom';
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
  /** The existing customer's ID ('' when the source did not say). */
  id: string;
  name: string;
  manager: string;
  /** 0–1, or null when the source did not say. */
  similarity: number | null;
  /** `same` (a likely duplicate), `branch` (the name is its branch) or `possible` (below the threshold). */
  kind: MatchKind;
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
    .check(name, { threshold: DEFAULT_MATCH_THRESHOLD, limit: DUP_LIMIT + 1 })
    .filter((m) => exceptId === null || data.customers[m.row]?.id !== exceptId)
    .slice(0, DUP_LIMIT)
    .map((m) => ({ id: data.customers[m.row]?.id ?? '', name: data.customers[m.row]?.name ?? m.name, manager: data.customers[m.row]?.manager ?? '', similarity: m.similarity, kind: m.kind }));
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
      id: typeof o.id === 'string' ? o.id : '',
      name: o.name,
      manager: typeof o.manager === 'string' ? o.manager : '',
      similarity: typeof o.similarity === 'number' ? o.similarity : null,
      kind: o.kind === 'branch' || o.kind === 'possible' ? o.kind : 'same',
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
    // Only a likely duplicate or a branch needs the confirmation; a possible match is for the user to judge.
    confirmRow.hidden = !dups.some((d) => d.kind !== 'possible') && values[CONFIRM_KEY] !== true;
    if (checking) return replace(panel, el('p', { class: 'ka-note' }, t(S.dupChecking, lang)));
    if (String(values[spec.key] ?? '').trim() === '') return replace(panel);
    // Update customer, name as the register holds it (the form started from the record): nothing new to check.
    if (unchangedName()) return replace(panel);
    if (dups.length === 0) return replace(panel, el('p', { class: 'ka-note ka-ok' }, t(S.dupNone, lang)));
    const open = opener(ctx);
    const sections: HTMLElement[] = [];
    for (const [kind, title, cls] of [['same', S.dupFound, 'ka-warn'], ['branch', S.dupBranch, 'ka-warn'], ['possible', S.dupPossible, 'ka-note ka-possible']] as const) {
      const these = dups.filter((d) => d.kind === kind);
      if (!these.length) continue;
      sections.push(el('p', { class: cls }, t(fill(title, { count: these.length }), lang)), dupTable(these, lang, open));
    }
    replace(panel, ...sections);
  };

  function unchangedName(): boolean {
    if (ctx.command.name !== 'updateCustomer' || typeof values.id !== 'string') return false;
    const id = values.id.trim().toLowerCase();
    const current = data.customers.find((c) => c.id.toLowerCase() === id);
    return !!current && current.name.trim() === String(values[spec.key] ?? '').trim();
  }

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

/**
 * How an existing customer is opened from the list: its Update-customer form with its ID (where the
 * panel can switch forms), and its row in the sheet (where the host can show it); null when neither.
 */
function opener(ctx: WidgetCtx): ((d: Duplicate) => void) | null {
  const { env, host } = ctx;
  if (!env.open && !host.reveal) return null;
  return (d) => {
    void host.reveal?.('customers', d.id);
    env.open?.('updateCustomer', { id: d.id });
  };
}

function dupTable(dups: Duplicate[], lang: Lang, open: ((d: Duplicate) => void) | null): HTMLElement {
  return el(
    'table',
    { class: 'ka-table ka-dup-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, t(S.dupName, lang)),
        el('th', { scope: 'col', class: 'ka-dup-id' }, t(S.dupId, lang)),
        el('th', { scope: 'col' }, t(S.dupManager, lang)),
        el('th', { scope: 'col', class: 'ka-num' }, t(S.dupSimilarity, lang)),
      ),
    ),
    el(
      'tbody',
      {},
      ...dups.map((d) =>
        el(
          'tr',
          { 'data-kind': d.kind, 'data-id': d.id },
          el('td', {}, clipped('span', {}, d.name)),
          el(
            'td',
            { class: 'ka-dup-id' },
            open && d.id
              ? el('button', { type: 'button', class: 'ka-link ka-open', title: t(fill(S.dupOpenTitle, { id: d.id, name: d.name }), lang), onclick: () => open(d) }, d.id)
              : d.id || '—',
          ),
          el('td', {}, d.manager || '—'),
          el('td', { class: 'ka-num' }, d.similarity === null ? '—' : `${Math.round(d.similarity * 100)}%`),
        ),
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
