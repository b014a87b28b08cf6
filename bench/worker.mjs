// One measurement in its own process, so that its peak memory is its own:
//   node --expose-gc bench/worker.mjs <json>
// with {case, n, impl: 'ours'|'floor'|'hf'|'lookup', code, minMs, minReps, maxReps, warmup}.
// Prints one JSON line: times (ms, after warm-up), memory, and whether the result agreed.
//
// Memory: `process.resourceUsage().maxRSS` is the kernel's peak resident size of this process.
// `baseMB` is that peak once the data is generated (and garbage-collected), `peakMB` after all
// runs; `deltaMB` = peakMB − baseMB is what the calls themselves added at their peak.
import { CASES } from './cases.mjs';
import { loadAppsScript, realmDate } from './host.mjs';

const job = JSON.parse(process.argv[2]);
const spec = CASES.find((c) => c.id === job.case);
if (!spec) throw new Error(`unknown case ${job.case}`);

const gc = globalThis.gc ?? (() => {});
const maxRssMB = () => process.resourceUsage().maxRSS / 1024;
const now = () => performance.now();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Sheets stops a custom function after 30 s: one call longer than this ends the measurement. */
const SHEETS_LIMIT_MS = 30_000;
/** A call longer than this gets no further warm-up, and three timed runs at most. */
const SLOW_MS = 8_000;
let overLimit = false;

/**
 * Warm-up, then timed runs until `minMs` have passed and at least `minReps` runs (at most `maxReps`).
 * Slow calls (> 8 s) shorten this to three timed runs; a call over Sheets' 30 s stops it at once.
 */
function measure(run, before) {
  let last;
  let minReps = job.minReps;
  let maxReps = job.maxReps;
  const times = [];
  for (let i = 0; i < job.warmup; i++) {
    before?.();
    const t0 = now();
    last = run();
    const t = now() - t0;
    if (t > SHEETS_LIMIT_MS) {
      overLimit = true;
      return { times: [t], last };
    }
    if (t > SLOW_MS) {
      minReps = Math.min(minReps, 3);
      maxReps = Math.min(maxReps, 3);
      break;
    }
  }
  const started = now();
  while (times.length < minReps || (now() - started < job.minMs && times.length < maxReps)) {
    before?.();
    gc();
    const t0 = now();
    last = run();
    const t = now() - t0;
    times.push(t);
    if (t > SHEETS_LIMIT_MS) {
      overLimit = true;
      break;
    }
    if (t > SLOW_MS) {
      minReps = Math.min(minReps, 3);
      maxReps = Math.min(maxReps, 3);
    }
  }
  return { times, last };
}

function out(result) {
  process.stdout.write(JSON.stringify({ case: job.case, n: job.n, impl: job.impl, ...(overLimit ? { overLimit } : {}), ...result }) + '\n');
}

const sandbox = loadAppsScript(job.code);
const fn = sandbox[spec.fn];
if (job.impl !== 'floor' && typeof fn !== 'function') {
  out({ available: false });
  process.exit(0);
}
const data = spec.make(job.n, realmDate(sandbox));
gc();
const baseMB = maxRssMB();
const mem = () => {
  const peakMB = maxRssMB();
  return { baseMB, peakMB, deltaMB: peakMB - baseMB };
};

process.on('uncaughtException', (e) => {
  // a call that failed: report it (shortened) instead of dying with a stack trace
  out({ available: true, error: String(e?.message ?? e).replace(/\s+/g, ' ').slice(0, 300) });
  process.exit(2);
});

if (job.impl === 'ours') {
  const args = spec.args(data);
  const { times, last } = measure(() => fn(...args));
  const m = mem();
  const check = spec.compare ? spec.compare(last, spec.floor(data)) : null;
  out({ available: true, times, median: median(times), ...m, check, quality: spec.quality?.(data, last) });
} else if (job.impl === 'floor') {
  const { times } = measure(() => spec.floor(data));
  out({ available: true, times, median: median(times), ...mem() });
} else if (job.impl === 'lookup') {
  // Per lookup once indexed, through the host: the same call with Q names and with 1 name;
  // (T(Q) − T(1)) / (Q − 1) is one lookup with the index built, T(1) the index build + 1 lookup.
  const Q = job.queries;
  const { query } = data;
  const many = [];
  for (let i = 0; i < Q; i++) many.push([i % 2 ? query : data.existing[(i * 7919) % data.existing.length][0]]);
  const one = measure(() => fn([[query]], data.existing));
  const q = measure(() => fn(many, data.existing));
  const m = mem();
  const t1 = median(one.times);
  const tq = median(q.times);
  out({ available: true, queries: Q, oneMs: t1, manyMs: tq, times: q.times, median: Math.max(0, (tq - t1) / (Q - 1)), ...m, quality: spec.quality?.(data, one.last) });
} else if (job.impl === 'index') {
  // Once indexed, through core's own index (core/model/customer-match.ts, bundled by run.mjs):
  // the index build timed by itself, then 200 lookups of other writings of known companies.
  const model = await import(job.model);
  if (typeof model.buildCustomerIndex !== 'function') {
    out({ available: false, reason: 'core/model/customer-match.ts exports no buildCustomerIndex' });
    process.exit(0);
  }
  const build = measure(() => model.buildCustomerIndex(data.names));
  const index = build.last;
  const Q = data.queries.length;
  const look = measure(() => {
    const found = new Array(Q);
    for (let i = 0; i < Q; i++) found[i] = index.search(data.queries[i], { limit: 1 })[0];
    return found;
  });
  const m = mem();
  const right = look.last.filter((f, i) => f && data.truth[f.row] === data.queryIds[i]).length;
  out({ available: true, times: look.times.map((t) => t / Q), median: median(look.times) / Q, buildMs: median(build.times), queries: Q, ...m, quality: `${right} of ${Q} lookups found the right company` });
} else if (job.impl === 'hf') {
  const { formulaEngine } = await import('./formulas.mjs');
  const engine = formulaEngine(spec, data);
  gc();
  const hfBaseMB = maxRssMB();
  const { times, last } = measure(() => engine.compute(), () => engine.clear());
  const peakMB = maxRssMB();
  const ours = fn(...spec.args(data));
  const check = spec.hf.compare(ours, last);
  out({ available: true, times, median: median(times), baseMB: hfBaseMB, peakMB, deltaMB: peakMB - hfBaseMB, check, formula: spec.hf.formula });
} else throw new Error(`unknown impl ${job.impl}`);
