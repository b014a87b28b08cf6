/**
 * Excel's side of the catalogue: one `CustomFunctions.associate` per catalogue function, under the
 * ids that functions.json declares. A cell error is `#VALUE!` carrying its reason; a failed call
 * throws the same error with the message.
 *
 * A call runs core's stepped form (`callSteps`) in time slices: steps until `SLICE_MS` have passed,
 * then a turn of the runtime's event loop (`setTimeout(…, 0)`) before the next slice, so that a call
 * over a million rows never blocks the runtime — Excel on the desktop restarts an add-in that does not
 * respond for five seconds, and in the shared runtime the task pane waits on the same thread. A call
 * done within its first slice returns its value at once; a longer one returns a Promise of it.
 */
import { CATALOGUE } from '../core/functions/catalogue';
import { callSteps, renderErrors } from '../core/functions/run';
import { CallError, CellError, type FunctionSpec, type Out } from '../core/functions/spec';
import { langFromLocale, type Lang } from '../core/i18n';
import type { Steps } from '../core/steps';

/** How long a call computes before it lets the runtime's event loop turn (ms). */
export const SLICE_MS = 150;

function workbookLang(): Lang {
  try {
    return langFromLocale(Office.context.contentLanguage || Office.context.displayLanguage);
  } catch {
    return 'en';
  }
}

function toExcel(e: CellError): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.reason);
}

function failure(e: unknown): CustomFunctions.Error {
  const message = e instanceof CallError ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** Runs steps until the call is done or `SLICE_MS` have passed. */
function slice(steps: Steps<Out | Out[][]>): IteratorResult<void, Out | Out[][]> {
  const until = Date.now() + SLICE_MS;
  for (;;) {
    const r = steps.next();
    if (r.done || Date.now() >= until) return r;
  }
}

/** One turn of the event loop: what Excel and the task pane need to stay responsive. */
function turn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function finish(steps: Steps<Out | Out[][]>): Promise<unknown> {
  for (;;) {
    await turn();
    let r: IteratorResult<void, Out | Out[][]>;
    try {
      r = slice(steps);
    } catch (e) {
      throw failure(e);
    }
    if (r.done) return renderErrors(r.value, toExcel);
  }
}

/** The function Excel calls for `spec`: it gets the declared parameters (omitted ones as null). */
export function excelFunction(spec: FunctionSpec): (...args: unknown[]) => unknown {
  const n = spec.params.length;
  return function (...args: unknown[]) {
    let steps: Steps<Out | Out[][]>;
    try {
      steps = callSteps(spec, args.slice(0, n), { lang: workbookLang() });
      const r = slice(steps);
      if (r.done) return renderErrors(r.value, toExcel);
    } catch (e) {
      throw failure(e);
    }
    return finish(steps);
  };
}

export function associateAll(): void {
  for (const spec of CATALOGUE) CustomFunctions.associate(spec.name, excelFunction(spec));
}
