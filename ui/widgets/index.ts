/** Which fields and forms get a special widget instead of the plain control. */
import type { CommandSpec, FieldSpec, FormData } from '../../core/commands/types';
import type { FieldView } from '../fields';
import type { WidgetCtx } from '../form';
import { answersField } from './assessment';
import { CONFIRM_KEY, customerNameFields, isNameField } from './customer-check';
import { opportunitiesField, teamRollup } from './forecast';

/** A special rendering of `spec`, `'skip'` when another widget renders it, or null for the plain control. */
export function specialField(spec: FieldSpec, ctx: WidgetCtx): FieldView | FieldView[] | 'skip' | null {
  if (spec.type === 'answers') return answersField(spec, ctx);
  if (spec.type === 'opportunities') return opportunitiesField(spec, ctx);
  if (ctx.command.name === 'newCustomer' || ctx.command.name === 'updateCustomer') {
    if (spec.key === CONFIRM_KEY) return 'skip';
    if (isNameField(spec, ctx.command.fields)) return customerNameFields(spec, ctx);
  }
  return null;
}

/** Sections shown after a form (outside it: they hold forms of their own). */
export function formExtras(spec: CommandSpec, ctx: WidgetCtx): HTMLElement[] {
  if (spec.name === 'submitForecast') return [teamRollup(ctx)];
  return [];
}

/** Values a fresh form starts with (only where a blank would not already mean the same). */
export function formDefaults(spec: CommandSpec, data: FormData): Record<string, unknown> {
  // The primary owner of a new opportunity is usually the person registering it.
  if (spec.name === 'newOpportunity' && data.actor && spec.fields.some((f) => f.key === 'owner' && f.type === 'person')) return { owner: data.actor };
  return {};
}
