/**
 * One command's form, rendered from its CommandSpec.fields. Validation is the command's: the form
 * sends the input, and shows each returned reason beside its field (or above the form when it names
 * no field). Only blank required fields are caught before sending, to save a round trip.
 */
import type { CommandResult, CommandSpec, FieldError, FieldSpec } from '../core/commands/types';
import { fill, t, type L10n } from '../core/i18n';
import { clipped, CLIP_BANNER, el, replace, uid } from './dom';
import { isEmptyValue, renderSimpleField, type FieldView } from './fields';
import type { FormEnv, FormView, WidgetCtx } from './form-types';
import { S } from './strings';
import { fieldChanged, formDefaults, formExtras, specialField } from './widget-registry';

export { newFormState, type FormEnv, type FormState, type FormView, type WidgetCtx } from './form-types';

export function renderForm(spec: CommandSpec, env: FormEnv): FormView {
  const { data, lang, state } = env;
  for (const [k, v] of Object.entries(formDefaults(spec, data))) if (!(k in state.values)) state.values[k] = v;
  const formId = uid('form');
  const status = el('div', { class: 'ka-status', role: 'status', 'aria-live': 'polite', tabindex: -1 });
  const ctx: WidgetCtx = {
    data,
    lang,
    values: state.values,
    host: env.host,
    command: spec,
    state,
    env,
    changed(key: string) {
      if (state.success) {
        state.success = null;
        replace(status);
        status.className = 'ka-status';
      }
      fieldChanged(key, ctx);
    },
  };

  const fields: FieldView[] = [];
  for (const f of effectiveFields(spec.fields, state.values)) {
    const v = specialField(f, ctx);
    if (v === 'skip') continue;
    if (Array.isArray(v)) fields.push(...v);
    else fields.push(v ?? renderSimpleField(f, ctx));
  }

  const button = el('button', { type: 'submit', class: 'ka-primary' }, t(state.busy ? S.saving : S.save, lang));
  button.disabled = state.busy;
  const form = el(
    'form',
    { class: `ka-form ka-form-${spec.name}`, id: formId, novalidate: true, 'aria-labelledby': formId + '-title' },
    el('h2', { id: formId + '-title', class: 'ka-form-title' }, t(spec.title, lang)),
    status,
    ...fields.map((f) => f.node),
    el('div', { class: 'ka-actions' }, button),
  );
  const node = el('div', { class: 'ka-form-wrap' }, form, ...formExtras(spec, ctx));

  // Errors and messages from the last submission.
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const formLevel: string[] = [];
  const perField = new Map<FieldView, string[]>();
  for (const e of state.errors) {
    const f = byKey.get(e.field);
    if (f) perField.set(f, [...(perField.get(f) ?? []), t(e.message, lang)]);
    else formLevel.push(t(e.message, lang));
  }
  // A field with several reasons (e.g. two unknown IDs) shows them all.
  for (const [f, messages] of perField) f.setError(messages.join(' '));
  const invalid = perField.size;
  if (state.errors.length || state.failure) {
    status.className = 'ka-status ka-status-error';
    const head = state.failure
      ? t(fill(S.submitFailed, { reason: state.failure }), lang)
      : invalid > 0
        ? t(fill(S.fixErrors, { count: invalid }), lang)
        : t(S.notSaved, lang);
    replace(status, clipped('p', {}, head, CLIP_BANNER), formLevel.length ? el('ul', {}, ...formLevel.map((m) => clipped('li', {}, m, CLIP_BANNER))) : null);
  } else if (state.success) {
    status.className = 'ka-status ka-status-ok';
    replace(status, clipped('p', {}, t(state.success, lang), CLIP_BANNER));
  }

  const view: FormView = {
    node,
    form,
    fields,
    focusFirst() {
      const bad = state.errors.map((e) => byKey.get(e.field)).find(Boolean);
      if (bad && invalid) bad.focus();
      else status.focus();
    },
    async submit() {
      if (state.busy) return;
      const missing = requiredErrors(effectiveFields(spec.fields, state.values), state.values, fields);
      const own: FieldError[] = [];
      for (const f of fields) {
        const m = f.validate?.();
        if (m) own.push({ field: f.key, message: m });
      }
      state.success = null;
      state.failure = null;
      state.warnings = undefined;
      // A widget's own check (still loading, too long) stops the save here. A blank required field does
      // not: the command is asked, so that every field's reason shows at once, not one round at a time.
      if (own.length) {
        state.errors = [...own, ...missing.filter((m) => !own.some((o) => o.field === m.field))];
        env.rerender();
        return;
      }
      state.busy = true;
      button.disabled = true;
      replace(button, t(S.saving, lang));
      let result: CommandResult;
      try {
        result = await env.host.submit(spec.name, { ...state.values });
      } catch (e) {
        state.busy = false;
        state.errors = [];
        state.failure = e instanceof Error ? e.message : String(e);
        env.rerender();
        return;
      }
      state.busy = false;
      if (result.ok) {
        state.values = {};
        state.errors = [];
        state.success = result.message;
        await env.reload();
      } else {
        // The form's words for a blank required field (they name it), and the command's other reasons.
        state.errors = [...missing, ...result.errors.filter((e) => !missing.some((m) => m.field === e.field))];
        state.warnings = result.warnings;
        env.rerender();
      }
    },
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void view.submit();
  });
  // Enter in a one-line input submits (also where the browser would not, e.g. with a select focused).
  form.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter' || ev.isComposing || ev.shiftKey || ev.ctrlKey || ev.altKey || ev.metaKey) return;
    const target = ev.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON' || target.tagName === 'A') return;
    if (target.closest('[data-no-enter-submit]')) return;
    ev.preventDefault();
    void view.submit();
  });
  return view;
}

/** The fields with `required` as it stands now: a `requiredUnless` field is required while its other field is blank. */
function effectiveFields(specs: FieldSpec[], values: Record<string, unknown>): FieldSpec[] {
  return specs.map((f) => (f.requiredUnless && !f.required && isEmptyValue(values[f.requiredUnless]) ? { ...f, required: true } : f));
}

/** Blank required fields, as the command itself would report them (it checks again). */
function requiredErrors(specs: FieldSpec[], values: Record<string, unknown>, shown: FieldView[]): FieldError[] {
  const rendered = new Set(shown.map((f) => f.key));
  const out: FieldError[] = [];
  for (const f of specs) {
    if (!f.required || !rendered.has(f.key)) continue;
    if (f.type === 'yesno' || f.type === 'answers' || f.type === 'opportunities') continue; // unticked is an answer
    if (isEmptyValue(values[f.key])) out.push({ field: f.key, message: perLang(S.requiredMissing, f.label) });
  }
  return out;
}

/** `template` with `{field}` filled by `field` in each language. */
function perLang(template: L10n, field: L10n): L10n {
  return {
    en: fill(template, { field: field.en }).en,
    zh: fill(template, { field: field.zh }).zh,
    zhHant: fill(template, { field: field.zhHant ?? field.zh }).zhHant,
  };
}
