/**
 * Where the special widgets register themselves (each file of `widgets/` calls `registerWidget` when
 * loaded; `widgets/index.ts` loads them all). The form asks the registry — it never imports a widget,
 * and a widget that embeds a form renders it through `ctx.env.renderForm`, so no import runs in a circle.
 */
import type { CommandSpec, FieldSpec, FormData } from '../core/commands/types';
import type { FieldView } from './fields';
import type { WidgetCtx } from './form-types';

export interface Widget {
  /** A special rendering of a field, `'skip'` when another control renders it, or null to pass. */
  field?(spec: FieldSpec, ctx: WidgetCtx): FieldView | FieldView[] | 'skip' | null;
  /** Sections shown after a form (outside it: they may hold forms of their own). */
  extras?(spec: CommandSpec, ctx: WidgetCtx): HTMLElement[];
  /** Values a fresh form starts with (only where a blank would not already mean the same). */
  defaults?(spec: CommandSpec, data: FormData): Record<string, unknown>;
  /** Told when a control changed `values[key]` (e.g. the record an update form is about). */
  changed?(key: string, ctx: WidgetCtx): void;
}

const WIDGETS: Widget[] = [];

export function registerWidget(w: Widget): void {
  WIDGETS.push(w);
}

/** The first widget's rendering of `spec`, or null for the plain control. */
export function specialField(spec: FieldSpec, ctx: WidgetCtx): FieldView | FieldView[] | 'skip' | null {
  for (const w of WIDGETS) {
    const v = w.field?.(spec, ctx);
    if (v) return v;
  }
  return null;
}

export function formExtras(spec: CommandSpec, ctx: WidgetCtx): HTMLElement[] {
  return WIDGETS.flatMap((w) => w.extras?.(spec, ctx) ?? []);
}

export function formDefaults(spec: CommandSpec, data: FormData): Record<string, unknown> {
  return Object.assign({}, ...WIDGETS.map((w) => w.defaults?.(spec, data) ?? {}));
}

export function fieldChanged(key: string, ctx: WidgetCtx): void {
  for (const w of WIDGETS) w.changed?.(key, ctx);
}
