/**
 * Stepped work: a long computation written once as a generator that `yield`s after every bounded
 * amount of work and returns its result. Core has no clock: it only says where a host may pause. A
 * host that must stay responsive (Excel's custom functions: the desktop restarts an add-in that blocks
 * for over 5 s) drives the steps in time slices; every other caller drains them at once with `drain`,
 * the same result with a yield costing one generator resume per `STEP` items.
 */

/** A stepped computation of a `T`: it yields nothing (a pause point) and returns the result. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Items (rows, names, keys, pairs) worked through between two yields. At the slowest item of the
 * catalogue (a CUSTOMER_MATCH lookup, ~0.1 ms) a step is ~0.1 s; at the fastest (a row of OPP_SCORE,
 * ~0.5 µs) the yield is one resume in 1,024 rows.
 */
export const STEP = 1024;

/** Runs `steps` to the end without pausing: the synchronous form of a stepped computation. */
export function drain<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}
