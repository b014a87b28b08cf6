/**
 * A fake of Excel's custom-functions runtime for the BUILT functions.js: the bundle runs in node:vm
 * with `CustomFunctions` (associate, Error, ErrorCode), `Office.context` languages and the runtime's
 * timers (`setTimeout`, `clearTimeout` — a shared runtime is a browser page), and `evaluate` calls a
 * function the way Excel evaluates a cell, modelling the desktop's rule for an add-in that blocks:
 *
 *   "Application blocking - A prolonged unresponsiveness threshold of five seconds. … When this occurs,
 *   the Office application automatically restarts all the active add-ins" (Microsoft, Resource limits
 *   and performance optimization for Office Add-ins; see README.md).
 *
 * While a call is pending a heartbeat (`setImmediate`, one per turn of the event loop) measures the
 * longest stretch without a turn — from the call to the first beat, between beats, from the last beat
 * to the result — and the evaluation fails with `AddinRestarted` when one exceeds five seconds, as the
 * desktop would restart the add-in. Deterministic assertions are on `turns` (how many times the event
 * loop turned during the call) and the value, never on the time.
 */
import vm from 'node:vm';

/** Excel on the desktop restarts an add-in unresponsive for longer than this (ms). */
export const UNRESPONSIVE_MS = 5000;

/** What `CustomFunctions.Error` is in the fake: a code and a message. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ERROR_CODE = { invalidValue: '#VALUE!', notAvailable: '#N/A' };

/** The desktop restarted the add-in: a call kept the runtime from its event loop for too long. */
export class AddinRestarted extends Error {
  constructor(
    readonly blockedMs: number,
    limitMs = UNRESPONSIVE_MS,
  ) {
    super(`Excel restarted the add-in: a custom function kept the runtime busy for ${Math.round(blockedMs)} ms without a turn of its event loop (limit ${limitMs} ms)`);
    this.name = 'AddinRestarted';
  }
}

export type CustomFunction = (...args: unknown[]) => unknown;

/** Runs the built functions.js as Excel's runtime would; returns what it associated, by id. */
export function loadCustomFunctions(code: string, contentLanguage = 'en-US'): Map<string, CustomFunction> {
  const associated = new Map<string, CustomFunction>();
  const sandbox = {
    CustomFunctions: {
      associate(id: string, fn: CustomFunction) {
        if (associated.has(id)) throw new Error(`associated twice: ${id}`);
        associated.set(id, fn);
      },
      Error: StubError,
      ErrorCode: ERROR_CODE,
    },
    Office: { context: { contentLanguage, displayLanguage: contentLanguage } },
    setTimeout,
    clearTimeout,
  };
  vm.runInNewContext(code, sandbox, { filename: 'functions.js' });
  return associated;
}

export interface Evaluation {
  /** What the cell gets: the value returned, or what a returned Promise resolved to. */
  value?: unknown;
  /** What the call threw, or what its Promise rejected with. */
  error?: unknown;
  /** Whether the function returned a Promise. */
  async: boolean;
  /** Turns of the event loop while the call was pending (0 for a synchronous call). */
  turns: number;
  /** The longest stretch without a turn (ms): for information; never asserted on. */
  longestBlockMs: number;
}

/**
 * Evaluates `fn(...args)` as Excel does a cell; rejects with `AddinRestarted` when the call kept the
 * runtime from its event loop for over five seconds at a stretch (`limitMs`: another limit, to test the
 * fake itself without waiting five seconds).
 */
export async function evaluate(fn: CustomFunction, args: unknown[], limitMs = UNRESPONSIVE_MS): Promise<Evaluation> {
  let turns = 0;
  let longest = 0;
  let last = performance.now();
  let pending = true;
  const beat = () => {
    if (!pending) return;
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    turns++;
    setImmediate(beat);
  };
  const settle = (r: Omit<Evaluation, 'turns' | 'longestBlockMs'>): Evaluation => {
    pending = false;
    longest = Math.max(longest, performance.now() - last);
    if (longest > limitMs) throw new AddinRestarted(longest, limitMs);
    return { ...r, turns, longestBlockMs: longest };
  };
  let returned: unknown;
  try {
    returned = fn(...args);
  } catch (error) {
    return settle({ error, async: false });
  }
  if (!returned || typeof (returned as { then?: unknown }).then !== 'function') return settle({ value: returned, async: false });
  setImmediate(beat);
  try {
    const value = await (returned as Promise<unknown>);
    return settle({ value, async: true });
  } catch (error) {
    return settle({ error, async: true });
  }
}
