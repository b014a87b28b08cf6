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

/** Warm-up, then timed runs until `minMs` have passed and at least `minReps` runs (at most `maxReps`). */
function measure(run, before) {
  let last;
  for (let i = 0; i < job.warmup; i++) {
    before?.();
    last = run();
  }
  const times = [];
  const started = now();
  while (times.length < job.minReps || (now() - started < job.minMs && times.length < job.maxReps)) {
    before?.();
    gc();
    const t0 = now();
    last = run();
    times.push(now() - t0);
  }
  return { times, last };
}

function out(result) {
  process.stdout.write(JSON.stringify({ case: job.case, n: job.n, impl: job.impl, ...result }) + '\n');
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
