// The Excel host's long calls in time slices (issue 11, item 7): the BUILT dist/excel-addin/functions.js
// run in node:vm as Excel's runtime would (CustomFunctions stub, a Chinese workbook, the runtime's
// setTimeout), one call per child process. A call runs core's steps until 150 ms have passed, then
// waits for a turn of the event loop (setTimeout 0) and goes on; the sandbox's setTimeout records each
// pause and each resume, so a slice is the time from the call (or a resume) to the next pause (or the
// result). Printed: total time, number of slices, the longest slice. Target: the longest time without
// yielding ≤ 1 s — Excel on the desktop restarts an add-in unresponsive for over 5 s (Microsoft, "Resource
// limits and performance optimization for Office Add-ins", Application blocking).
//
//   node bench/excel-slices.mjs                     CUSTOMER_MATCH at 1,000,000 names, DUPLICATE_GROUPS at 100,000 (after npm run build)
//   node bench/excel-slices.mjs --quick             the same at 2,000 names (the smoke size)
//   node bench/excel-slices.mjs --case ID --n N     one measurement, one JSON line (what the runs above spawn)
//   --functions FILE                                another built functions.js (e.g. of an older commit)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { CASES } from './cases.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FUNCTIONS_AT = process.argv.indexOf('--functions');
const FUNCTIONS_JS = FUNCTIONS_AT > 0 ? process.argv[FUNCTIONS_AT + 1] : join(ROOT, 'dist', 'excel-addin', 'functions.js');

/** The target: no slice (time without a turn of the event loop) longer than this. */
export const SLICE_TARGET_MS = 1000;

/** The measured calls: the slowest of the catalogue at their largest bench size. */
export const SLICE_JOBS = [
  { case: 'CUSTOMER_MATCH', n: 1_000_000, args: (d) => [[[d.query]], d.existing, null] },
  { case: 'DUPLICATE_GROUPS', n: 100_000, args: (d) => [d.names, null] },
];

/**
 * Standard globals handed to the bundle as parameters: in node:vm a global lookup goes through the
 * context's interceptors, many times slower than in a browser (Excel's runtime), so without this the vm
 * would time itself (as bench/README.md says of the Apps Script bundle, which does the same in its build).
 */
const GLOBALS = ['Math', 'Number', 'Date', 'Map', 'Set', 'WeakMap', 'Array', 'String', 'Object', 'JSON', 'Symbol', 'RegExp', 'Error', 'TypeError', 'RangeError', 'Promise', 'Reflect', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'Int32Array', 'Float64Array', 'isFinite', 'isNaN', 'parseInt', 'parseFloat'];

class StubError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

/** One call through the built functions.js, its slices recorded. */
async function measureOne(job) {
  const spec = CASES.find((c) => c.id === job.case);
  const j = SLICE_JOBS.find((x) => x.case === job.case);
  let marks = null;
  const associated = new Map();
  const sandbox = {
    CustomFunctions: { associate: (id, fn) => associated.set(id, fn), Error: StubError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } },
    Office: { context: { contentLanguage: 'zh-CN', displayLanguage: 'zh-CN' } },
    setTimeout: (fn, ms) => {
      marks?.push(['pause', performance.now()]);
      return setTimeout(() => {
        marks?.push(['resume', performance.now()]);
        fn();
      }, ms);
    },
    clearTimeout,
  };
  const wrapped = `(function (${GLOBALS.join(', ')}) {\n${readFileSync(FUNCTIONS_JS, 'utf8')}\n})(${GLOBALS.join(', ')});`;
  vm.runInNewContext(wrapped, sandbox, { filename: 'functions.js' });
  const fn = associated.get(spec.fn);
  if (!fn) return { case: job.case, n: job.n, available: false };
  const call = async (d) => {
    marks = [];
    const t0 = performance.now();
    const value = await fn(...j.args(d));
    const t1 = performance.now();
    const m = marks;
    marks = null;
    let from = t0;
    const slices = [];
    for (const [what, at] of m) {
      if (what === 'pause') slices.push(at - from);
      else from = at;
    }
    slices.push(t1 - from);
    return { value, totalMs: t1 - t0, slices: slices.length, longestMs: Math.max(...slices), workMs: slices.reduce((a, b) => a + b, 0) };
  };
  // warm-up on a small input (the JIT), then the measured call
  await call(spec.make(Math.min(job.n, 10_000)));
  const data = spec.make(job.n);
  globalThis.gc?.();
  const r = await call(data);
  const quality = spec.quality?.(data, r.value.map?.((row) => row.map((v) => (v instanceof StubError ? `#VALUE! ${v.message}` : v))) ?? r.value);
  return { case: job.case, n: job.n, available: true, totalMs: r.totalMs, workMs: r.workMs, slices: r.slices, longestMs: r.longestMs, quality };
}

/** Each job in its own child process (its data and garbage its own); returns the measurements. */
export function excelSlices(jobs = SLICE_JOBS) {
  if (!existsSync(FUNCTIONS_JS)) return [{ available: false, reason: 'dist/excel-addin/functions.js is missing: run `npm run build` first' }];
  return jobs.map((job) => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), '--case', job.case, '--n', String(job.n), '--functions', FUNCTIONS_JS], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      timeout: 15 * 60 * 1000,
    });
    const line = (r.stdout ?? '').trim().split('\n').pop();
    if (r.status !== 0 || !line) return { case: job.case, n: job.n, available: true, error: `${r.signal ?? 'exit ' + r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}` };
    return JSON.parse(line);
  });
}

/** One line per measurement, for the console. */
export function sliceLine(r) {
  if (r.available === false) return `excel slices: not available — ${r.reason ?? r.case + ' is not in the catalogue'}`;
  if (r.error) return `excel slices: ${r.case} ${r.n.toLocaleString('en-US')} ERROR ${r.error}`;
  return `excel slices: ${r.case} ${r.n.toLocaleString('en-US')} names: ${(r.totalMs / 1000).toFixed(2)} s in ${r.slices} slices, longest ${r.longestMs.toFixed(0)} ms (target ≤ ${SLICE_TARGET_MS} ms)${r.quality ? '; ' + r.quality : ''}`;
}

const self = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (self) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--case');
  if (at >= 0) {
    const n = Number(argv[argv.indexOf('--n') + 1]);
    process.stdout.write(JSON.stringify(await measureOne({ case: argv[at + 1], n })) + '\n');
  } else {
    const quick = argv.includes('--quick');
    for (const r of excelSlices(SLICE_JOBS.map((j) => ({ ...j, n: quick ? 2_000 : j.n })))) process.stdout.write(sliceLine(r) + '\n');
  }
}
