/**
 * The types the forms and their widgets share (a leaf module: form.ts, mount.ts and every widget import
 * it, and it imports none of them).
 */
import type { CommandName, CommandSpec, FieldError } from '../core/commands/types';
import type { FormData } from '../core/commands/types';
import type { L10n, Lang } from '../core/i18n';
import type { FieldView, FormCtx } from './fields';
import type { FormHost } from './host';

/** What a form remembers between renders (a language switch re-renders it). */
export interface FormState {
  values: Record<string, unknown>;
  errors: FieldError[];
  /** The last success message (cleared by the next edit). */
  success: L10n | null;
  /** A host failure (exception) text, shown as is. */
  failure: string | null;
  /** The command's `warnings` from the last rejection (e.g. likely duplicate customers). */
  warnings: unknown;
  busy: boolean;
}

export function newFormState(): FormState {
  return { values: {}, errors: [], success: null, failure: null, warnings: undefined, busy: false };
}

export interface FormEnv {
  host: FormHost;
  data: FormData;
  lang: Lang;
  state: FormState;
  /** Re-reads FormData from the host (after a save) and renders again. */
  reload(): Promise<void>;
  /** Renders again from the state (no host call). */
  rerender(): void;
  /** Every command's spec by name (a form may embed another, e.g. the forecast's revision). */
  commands: ReadonlyMap<string, CommandSpec>;
  /** Renders a form (a widget embeds another form through this, never by importing form.ts). */
  renderForm(spec: CommandSpec, env: FormEnv): FormView;
  /** Opens another form with values filled in (a record's form from a link). */
  open?(form: CommandName, values: Record<string, unknown>): void;
}

/** Context the special widgets get: the form's context plus the host and the command. */
export interface WidgetCtx extends FormCtx {
  host: FormHost;
  command: CommandSpec;
  state: FormState;
  env: FormEnv;
}

export interface FormView {
  /** The <form> and, after it, any sections of its own (e.g. the team roll-up with its revise forms). */
  node: HTMLElement;
  form: HTMLFormElement;
  fields: FieldView[];
  /** Puts the focus where the user should look: the first invalid field, or the message. */
  focusFirst(): void;
  submit(): Promise<void>;
}

