/**
 * One control per FieldSpec. Every control keeps the form's value map up to date (so a language
 * switch re-renders without losing what was typed), has a <label>, and shows its own error beside it
 * (aria-invalid + aria-describedby).
 */
import { normText } from '../core/cell';
import type { Choice, CommandSpec, FieldSpec, FormData } from '../core/commands/types';
import { fill, t, type L10n, type Lang } from '../core/i18n';
import { hasList, listLabel } from '../core/schema/lists';
import { fieldMaxLength, textLength } from '../core/commands/text-limits';
import { M } from '../core/commands/messages';
import { clipText, CLIP_LIST, el, replace, uid } from './dom';
import { S } from './strings';

export interface FormCtx {
  data: FormData;
  lang: Lang;
  /** The input being built: field key → value as the command receives it. */
  values: Record<string, unknown>;
  /** Called after a control changed `values[key]`. */
  changed(key: string): void;
  /** The command whose form this is (its pickers may be limited by a rule: `FormData.choices`). */
  command?: CommandSpec;
}

/** The choices a rule leaves for this field (`FormData.choices`), or null when no rule limits it. */
export function ruleChoices(spec: FieldSpec, ctx: FormCtx): Choice[] | null {
  if (!spec.choices || !ctx.command) return null;
  return ctx.data.choices?.[`${ctx.command.name}.${spec.key}`] ?? null;
}

/** Why a limited picker is empty, in words. */
function noChoiceWhy(spec: FieldSpec, lang: Lang): string {
  const why = spec.choices === 'teamOpportunities' ? S.noTeamOpportunities : spec.choices === 'pendingReviews' ? S.noPendingReviews : S.noReports;
  return t(fill(S.noChoice, { why: t(why, lang) }), lang);
}

export interface FieldView {
  key: string;
  node: HTMLElement;
  focus(): void;
  setError(message: string | null): void;
  /** A check of the widget's own before the form is sent (e.g. its data is still loading). */
  validate?(): L10n | null;
}

/** Whether a value counts as not filled in (for the client-side required check). */
export function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined || v === false) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/**
 * The row around a control: label (with the required mark), optional help, the control, and the
 * error line. `describe` is the element that gets aria-describedby/aria-invalid.
 */
export function fieldRow(
  spec: FieldSpec,
  lang: Lang,
  controlId: string,
  control: HTMLElement,
  describe: HTMLElement = control,
  group = false,
): FieldView {
  const errId = uid('err');
  const helpId = spec.help ? uid('help') : null;
  const err = el('p', { class: 'ka-error', id: errId, role: 'alert', hidden: true });
  const label = group
    ? null
    : el('label', { for: controlId, class: 'ka-label' }, t(spec.label, lang), spec.required ? requiredMark(lang) : null);
  const help = spec.help && helpId ? el('p', { class: 'ka-help', id: helpId }, t(spec.help, lang)) : null;
  describe.setAttribute('aria-describedby', [helpId, errId].filter(Boolean).join(' '));
  if (spec.required) describe.setAttribute('aria-required', 'true');
  const node = el('div', { class: `ka-field ka-field-${spec.type}`, 'data-field': spec.key }, label, control, help, err);
  return {
    key: spec.key,
    node,
    focus: () => {
      const f = (describe.matches('input,select,textarea,button') ? describe : describe.querySelector('input,select,textarea,button')) as HTMLElement | null;
      f?.focus();
    },
    setError(message) {
      replace(err, message ?? '');
      err.hidden = message === null;
      if (message === null) describe.removeAttribute('aria-invalid');
      else describe.setAttribute('aria-invalid', 'true');
      node.classList.toggle('ka-invalid', message !== null);
    },
  };
}

export function requiredMark(lang: Lang): HTMLElement {
  return el('span', { class: 'ka-req', title: t(S.required, lang) }, ' *', el('span', { class: 'ka-sr' }, ` (${t(S.required, lang)})`));
}

const INPUT_TYPE: Partial<Record<FieldSpec['type'], { type: string; inputmode?: string; autocomplete?: string }>> = {
  text: { type: 'text' },
  email: { type: 'email', inputmode: 'email', autocomplete: 'email' },
  number: { type: 'text', inputmode: 'decimal' },
  money: { type: 'text', inputmode: 'decimal' },
  percent: { type: 'text', inputmode: 'decimal' },
  date: { type: 'date' },
};

/** A plain control for the simple field types; composite ones (answers, opportunities) live in widgets/. */
export function renderSimpleField(spec: FieldSpec, ctx: FormCtx): FieldView {
  const id = uid(spec.key);
  const { lang, values, data } = ctx;
  const set = (v: unknown) => {
    values[spec.key] = v;
    ctx.changed(spec.key);
  };

  switch (spec.type) {
    case 'longtext': {
      const ta = el('textarea', { id, name: spec.key, rows: 3 });
      ta.value = String(values[spec.key] ?? '');
      ta.addEventListener('input', () => set(ta.value));
      return withLengthLimit(fieldRow(spec, lang, id, ta), spec, ta, lang);
    }
    case 'yesno': {
      const cb = el('input', { id, name: spec.key, type: 'checkbox' });
      cb.checked = values[spec.key] === true;
      cb.addEventListener('change', () => set(cb.checked));
      const label = el('label', { for: id, class: 'ka-check' }, cb, ' ', t(spec.label, lang), spec.required ? requiredMark(lang) : null);
      const view = fieldRow(spec, lang, id, label, cb, true);
      return view;
    }
    case 'stage':
      return selectField(spec, ctx, id, data.stages.map((s) => ({ value: String(s.stage), label: s.label })), (v) => (v === '' ? '' : Number(v)));
    case 'list':
      // Items come labelled in the workbook's language; a list core knows is relabelled in the form's.
      return selectField(
        spec,
        ctx,
        id,
        (data.lists[spec.list ?? ''] ?? []).map((i) => ({ value: i.code, label: relabel(spec.list ?? '', i, lang) })),
      );
    case 'person': {
      // Only whom the acting person may choose, each with the figure concerned, where a rule says so.
      const limited = ruleChoices(spec, ctx);
      if (limited) return limitedField(selectField(spec, ctx, id, limited.map((c) => ({ value: c.value, label: c.detail ? `${c.label} · ${c.detail}` : c.label }))), spec, limited, lang);
      return selectField(spec, ctx, id, data.people.map((p) => ({ value: p.name, label: p.role ? `${p.name} · ${p.role}` : p.name })));
    }
    case 'customer':
      return pickerField(spec, ctx, id, data.customers.map((c) => ({ value: c.id, label: c.name, extra: c.id })));
    case 'opportunity': {
      const limited = ruleChoices(spec, ctx);
      if (limited) return limitedField(pickerField(spec, ctx, id, limited.map((c) => ({ value: c.value, label: c.detail ? `${c.label} · ${c.detail}` : c.label, extra: c.value }))), spec, limited, lang);
      return pickerField(
        spec,
        ctx,
        id,
        data.opportunities.map((o) => ({ value: o.id, label: o.customer ? `${o.name} — ${o.customer}` : o.name, extra: o.id })),
      );
    }
    default: {
      // A text field a rule limits (the reviews waiting for the user) is a drop-down of what it leaves.
      const limited = ruleChoices(spec, ctx);
      if (limited) return limitedField(selectField(spec, ctx, id, limited.map((c) => ({ value: c.value, label: c.detail ? `${c.label} · ${c.detail}` : c.label }))), spec, limited, lang);
      const kind = INPUT_TYPE[spec.type] ?? { type: 'text' };
      const input = el('input', { id, name: spec.key, type: kind.type, inputmode: kind.inputmode, autocomplete: kind.autocomplete ?? 'off' });
      input.value = String(values[spec.key] ?? '');
      input.addEventListener('input', () => set(input.value));
      input.addEventListener('change', () => set(input.value));
      const view = fieldRow(spec, lang, id, input);
      return spec.type === 'text' || spec.type === 'email' ? withLengthLimit(view, spec, input, lang) : view;
    }
  }
}

/**
 * The field's length limit (core's, the same `runCommand` checks): a count appears once the text
 * nears it ("4,100 / 5,000"), turns into the error past it, and the form is not sent while a field is
 * too long. No `maxlength` attribute: a pasted text cut silently would lose what the user wrote.
 */
export function withLengthLimit(view: FieldView, spec: FieldSpec, control: HTMLInputElement | HTMLTextAreaElement, lang: Lang): FieldView {
  const max = fieldMaxLength(spec);
  if (max === null) return view;
  const count = el('p', { class: 'ka-count', 'aria-live': 'polite', hidden: true });
  control.insertAdjacentElement('afterend', count);
  const tooLong = (): L10n | null => {
    const n = textLength(control.value.trim());
    return n > max ? fill(M.tooLong, { length: n.toLocaleString('en-US'), max: max.toLocaleString('en-US') }) : null;
  };
  const update = () => {
    const n = textLength(control.value.trim());
    count.hidden = n < max * 0.8;
    replace(count, `${n.toLocaleString('en-US')} / ${max.toLocaleString('en-US')}`);
    count.classList.toggle('ka-over', n > max);
  };
  control.addEventListener('input', update);
  update();
  const own = view.validate;
  return { ...view, validate: () => own?.() ?? tooLong() };
}

/** A limited picker with nothing to offer says why, in place of an empty list. */
function limitedField(view: FieldView, spec: FieldSpec, choices: Choice[], lang: Lang): FieldView {
  if (choices.length) return view;
  view.node.querySelector('.ka-picker, select')?.setAttribute('hidden', '');
  view.node.insertBefore(el('p', { class: 'ka-warn', 'data-no-choice': '' }, noChoiceWhy(spec, lang)), view.node.querySelector('.ka-error'));
  return view;
}

function relabel(listId: string, item: { code: string; label: string }, lang: Lang): string {
  if (!hasList(listId)) return item.label;
  const l = listLabel(listId, item.code, lang);
  return l === item.code ? item.label : l;
}

interface Option {
  value: string;
  label: string;
  extra?: string;
}

function selectField(spec: FieldSpec, ctx: FormCtx, id: string, options: Option[], parse: (v: string) => unknown = (v) => v): FieldView {
  const sel = el('select', { id, name: spec.key });
  fillSelect(sel, options, ctx.lang, String(ctx.values[spec.key] ?? ''));
  sel.addEventListener('change', () => {
    ctx.values[spec.key] = parse(sel.value);
    ctx.changed(spec.key);
  });
  return fieldRow(spec, ctx.lang, id, sel);
}

function fillSelect(sel: HTMLSelectElement, options: Option[], lang: Lang, current: string): void {
  replace(
    sel,
    el('option', { value: '' }, t(S.choose, lang)),
    ...options.map((o) => {
      const shown = clipText(o.label, CLIP_LIST);
      return el('option', { value: o.value, title: shown === o.label ? null : o.label }, shown);
    }),
  );
  sel.value = options.some((o) => o.value === current) ? current : '';
}

/** How many items a picker lists at once (the register may hold thousands). */
export const PICKER_LIMIT = 100;

/**
 * A searchable drop-down for customers and opportunities: a filter box (by name or ID, any width
 * or case) above a select listing the first PICKER_LIMIT matches.
 */
function pickerField(spec: FieldSpec, ctx: FormCtx, id: string, options: Option[]): FieldView {
  const { lang } = ctx;
  const filter = el('input', {
    type: 'search',
    class: 'ka-filter',
    autocomplete: 'off',
    placeholder: t(S.searchHint, lang),
    'aria-label': t(fill(S.search, { field: t(spec.label, lang) }), lang),
  });
  const sel = el('select', { id, name: spec.key });
  const note = el('p', { class: 'ka-note', 'aria-live': 'polite' });
  const keys = options.map((o) => normText(o.label + ' ' + (o.extra ?? '')));
  const render = () => {
    const q = normText(filter.value);
    const current = String(ctx.values[spec.key] ?? '');
    const shown: Option[] = [];
    let total = 0;
    for (let i = 0; i < options.length; i++) {
      if (q && !keys[i].includes(q)) continue;
      total++;
      if (shown.length < PICKER_LIMIT) shown.push(options[i]);
    }
    const cur = options.find((o) => o.value === current);
    if (cur && !shown.includes(cur)) shown.unshift(cur);
    fillSelect(sel, shown.map((o) => ({ ...o, label: o.extra && o.extra !== o.label ? `${o.label} (${o.extra})` : o.label })), lang, current);
    if (total === 0) replace(note, t(S.noMatch, lang));
    else if (total > PICKER_LIMIT) replace(note, t(fill(S.matches, { shown: PICKER_LIMIT, total }), lang));
    else replace(note, '');
  };
  filter.addEventListener('input', () => {
    render();
    // One match left: take it, so that typing a name is enough.
    if (sel.options.length === 2 && sel.value === '') {
      sel.value = sel.options[1].value;
      ctx.values[spec.key] = sel.value;
      ctx.changed(spec.key);
    }
  });
  sel.addEventListener('change', () => {
    ctx.values[spec.key] = sel.value;
    ctx.changed(spec.key);
  });
  render();
  const box = el('div', { class: 'ka-picker' }, filter, sel, note);
  return fieldRow(spec, lang, id, box, sel);
}
