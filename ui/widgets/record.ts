/**
 * Update forms start from the record (core's `record` view, for any command that declares its
 * `record`): choosing the customer of "Update customer", typing a complaint's ID, choosing the
 * opportunity to re-assess fills every other field with what the sheet holds now, so the user changes
 * only what is new. A form opened on a record (e.g. from the uniqueness warning) loads it at once.
 */
import type { CommandSpec } from '../../core/commands/types';
import { fill, t } from '../../core/i18n';
import { el } from '../dom';
import type { FormState, WidgetCtx } from '../form-types';
import { S } from '../strings';
import { registerWidget } from '../widget-registry';

/**
 * Per form state: the record the fields were last filled from, the one being loaded, and the fields the
 * user changed since the record was chosen (a fill arriving late never overwrites what they typed).
 */
interface Loading {
  id: string;
  pending: string | null;
  timer: ReturnType<typeof setTimeout> | null;
  touched: Set<string>;
}
const loaded = new WeakMap<FormState, Loading>();
const loadingOf = (state: FormState): Loading => {
  let k = loaded.get(state);
  if (!k) loaded.set(state, (k = { id: '', pending: null, timer: null, touched: new Set() }));
  return k;
};

const idOf = (ctx: WidgetCtx, spec: CommandSpec) => String(ctx.state.values[spec.record!.field] ?? '').trim();

function load(ctx: WidgetCtx, spec: CommandSpec): void {
  const src = spec.record!;
  const id = idOf(ctx, spec);
  const keep = loadingOf(ctx.state);
  if (id === '' || id === keep.id || id === keep.pending) return;
  keep.pending = id;
  ctx.host.view('record', { command: spec.name, id }).then(
    (v) => {
      // A later choice wins; a form saved or left meanwhile is not refilled.
      if (keep.pending !== id || idOf(ctx, spec) !== id) return;
      keep.pending = null;
      keep.id = id;
      const values = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
      if (Object.keys(values).length === 0) return; // not found: the command says so on save
      for (const f of spec.fields) {
        if (f.key === src.field || src.skip?.includes(f.key) || keep.touched.has(f.key)) continue;
        if (f.key in values) ctx.state.values[f.key] = values[f.key];
        else if (f.type !== 'yesno') delete ctx.state.values[f.key]; // blank in the record
      }
      ctx.state.errors = [];
      ctx.state.warnings = undefined;
      loadedNote.set(ctx.state, id);
      ctx.env.rerender();
    },
    () => {
      if (keep.pending === id) keep.pending = null; // the form still works without it
    },
  );
}

/** The record the last fill came from, for the note under the form's title. */
const loadedNote = new WeakMap<FormState, string>();

registerWidget({
  changed(key, ctx) {
    const spec = ctx.command;
    if (!spec.record) return;
    const keep = loadingOf(ctx.state);
    if (key !== spec.record.field) {
      keep.touched.add(key);
      return;
    }
    keep.touched.clear();
    if (keep.timer) clearTimeout(keep.timer);
    // A picked record loads at once; a typed ID once the typing pauses.
    const field = spec.fields.find((f) => f.key === key);
    if (field?.type === 'text') keep.timer = setTimeout(() => load(ctx, spec), 400);
    else load(ctx, spec);
  },
  extras(spec, ctx) {
    if (!spec.record) return [];
    if (idOf(ctx, spec) === '') loadingOf(ctx.state).id = ''; // saved or cleared: the same record loads again when chosen
    load(ctx, spec); // a form opened on a record
    const id = loadedNote.get(ctx.state);
    if (!id || id !== idOf(ctx, spec)) return [];
    return [el('p', { class: 'ka-note', 'data-record-loaded': id }, t(fill(S.recordLoaded, { id }), ctx.lang))];
  },
});
