/**
 * The sidebar page's script (bundled with the shared forms into dist/apps-script/Sidebar.html): a
 * FormHost over `google.script.run`, and the mount of the form the menu asked for. The server puts
 * the form's name into the page as `<div id="ka-boot" data-form="…">` (see sidebar.ts).
 */
import type { CommandName, CommandResult, FormData, ViewName } from '../core/commands/types';
import type { FormHost, ImportSource, SourceValues } from '../ui/host';
import { mountForms } from '../ui/index';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [server: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

/** Calls the server function `name` through google.script.run as a promise. */
export function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String((e as { message?: string })?.message ?? e))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`server function ${name} is missing`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

export const sheetsHost: FormHost = {
  load: () => callServer<FormData>('kaLoad'),
  view: (name: ViewName, input: Record<string, unknown>) => callServer<unknown>('kaView', name, input),
  submit: (command: CommandName, input: Record<string, unknown>) => callServer<CommandResult>('kaSubmit', command, input),
  close: () => google.script.host.close(),
  importSources: () => callServer<ImportSource[]>('kaImportSources'),
  readSource: (sheet: string, range?: string) => callServer<SourceValues>('kaReadSource', sheet, range ?? null),
};

function boot() {
  const data = document.getElementById('ka-boot');
  const form = (data?.getAttribute('data-form') || undefined) as CommandName | undefined;
  const root = document.getElementById('ka-root') ?? document.body.appendChild(document.createElement('div'));
  mountForms(root, sheetsHost, form ? { form } : {});
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
