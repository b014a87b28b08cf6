// `npm run bench` (after the build): the catalogue's speed against the bare-loop floor and against
// the same result with spreadsheet formulas in HyperFormula, the sizes of what ships, and the
// Dashboard's custom-function calls per recalculation. Writes bench/RESULTS.md.
//
//   node bench/run.mjs            full run (sizes 1,000 … 1,000,000), writes bench/RESULTS.md
//   node bench/run.mjs --quick    small sizes, few repetitions; writes nothing unless --out is given
//   options: --out FILE   --json FILE (raw measurements)   --only NAME[,NAME]   --no-hf   --no-dashboard   --no-excel
//            --code FILE --label TEXT (measure another Apps Script bundle, e.g. one built from a branch)
//
// Every measurement runs in its own child process (node --expose-gc bench/worker.mjs) so that its
// peak memory is its own and one case's garbage does not slow the next.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../scripts/lib.mjs';
import { gzipSync } from 'node:zlib';
import { CASES, HF_MAX, QUICK_SIZES, SIZES } from './cases.mjs';
import { dashboardCalls } from './dashboard.mjs';
import { excelSlices, SLICE_JOBS, SLICE_TARGET_MS, sliceLine } from './excel-slices.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

function parseArgs(argv) {
  const o = { quick: false, out: null, json: null, only: null, hf: true, dashboard: true, excel: true, code: null, label: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--only') o.only = argv[++i].split(',');
    else if (a === '--no-hf') o.hf = false;
    else if (a === '--no-dashboard') o.dashboard = false;
    else if (a === '--no-excel') o.excel = false;
    else if (a === '--code') o.code = argv[++i];
    else if (a === '--label') o.label = argv[++i];
    else throw new Error(`bench: unknown option ${a}`);
  }
  if (!o.quick && !o.out && !o.code) o.out = join(ROOT, 'bench', 'RESULTS.md');
  return o;
}

/** Repetition policy per size: warm-up runs, then timed runs until minMs and minReps are reached. */
function policy(n, impl, quick) {
  if (quick) return { warmup: 1, minReps: 2, maxReps: 3, minMs: 0 };
  // HyperFormula at 100,000 rows takes many seconds per calculation: no separate warm-up there (one
  // calculation evaluates up to 100,000 formulas, which warms the engine's code by itself).
  if (impl === 'hf') return n >= 100_000 ? { warmup: 0, minReps: 3, maxReps: 3, minMs: 0 } : { warmup: 1, minReps: 5, maxReps: 9, minMs: 500 };
  if (n >= 1_000_000) return { warmup: 1, minReps: 3, maxReps: 7, minMs: 2000 };
  if (n >= 100_000) return { warmup: 2, minReps: 5, maxReps: 15, minMs: 1000 };
  return { warmup: 3, minReps: 7, maxReps: 41, minMs: 400 };
}

/** Runs one measurement in a child process; returns its JSON line (or the failure). */
export function runWorker(job) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(ROOT, 'bench', 'worker.mjs'), JSON.stringify(job)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  });
  const line = (r.stdout ?? '').trim().split('\n').pop();
  if (r.status !== 0 || !line) {
    return { ...job, available: true, error: `${r.signal ?? 'exit ' + r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}` };
  }
  return JSON.parse(line);
}

// ---- formatting --------------------------------------------------------------------------------

const ms = (x) => (x === undefined || x === null ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const ratio = (x) => (x === undefined || x === null || !Number.isFinite(x) ? '–' : x >= 10 ? x.toFixed(0) + '×' : x.toFixed(2) + '×');
const rows = (n) => n.toLocaleString('en-US');
const mb = (x) => (x === undefined ? '–' : x.toFixed(0));
const kb = (b) => (b / 1024).toFixed(1) + ' KB';

function table(head, body) {
  const cell = (c) => String(c).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

// ---- the parts -------------------------------------------------------------------------------

function machine() {
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'core', 'apps-script', 'excel-addin', 'scripts', 'ui'], { cwd: ROOT, encoding: 'utf8' }).trim();
    if (dirty) commit += ' + uncommitted changes';
  } catch {}
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? '?',
    cores: cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    versions: { hyperformula: pkg('hyperformula'), esbuild: pkg('esbuild'), typescript: pkg('typescript'), vitest: pkg('vitest') },
    commit,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

/** Every .js and .html file in dist/ (not .tmp), raw and gzipped; HTML also with the local files it loads. */
export function shippedSizes(dist = DIST) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.tmp' && e.name !== 'node_modules') walk(p);
      } else if (/\.(js|html)$/.test(e.name)) files.push(p);
    }
  };
  if (existsSync(dist)) walk(dist);
  return files.sort().map((p) => {
    const buf = readFileSync(p);
    const rel = relative(dist, p).split('\\').join('/');
    const item = { path: rel, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    if (p.endsWith('.html')) {
      // scripts and styles the page loads from beside it (what the sidebar / task pane really costs)
      const html = buf.toString('utf8');
      let raw = buf.length;
      let gz = item.gzip;
      const loads = [];
      for (const m of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"/g)) {
        if (/^(https?:)?\/\//.test(m[1])) continue;
        const f = join(dirname(p), m[1].split(/[?#]/)[0]);
        if (existsSync(f) && statSync(f).isFile()) {
          const b = readFileSync(f);
          raw += b.length;
          gz += gzipSync(b, { level: 9 }).length;
          loads.push(m[1]);
        }
      }
      if (loads.length) Object.assign(item, { withLoads: { raw, gzip: gz, loads } });
    }
    // Limits apply to what reaches users (the Apps Script project, the Excel add-in), not to the local preview.
    const shipped = /^(apps-script|excel-addin)\//.test(rel);
    item.shipped = shipped;
    item.limit = !shipped ? null : /(^|\/)(Code|functions)\.js$/.test(rel) ? 250 * 1024 : rel.endsWith('.html') ? 150 * 1024 : null;
    return item;
  });
}

// ---- main --------------------------------------------------------------------------------------

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const built = opt.code ?? join(DIST, 'apps-script', 'Code.js');
  // Others may be running `npm run build` (which wipes dist/ first): wait up to 2 minutes for a
  // finished build (Code.js there and no dist/.building, which the build writes first and removes at
  // its end; a build step a test runs alone leaves none).
  const ready = () => existsSync(built) && (opt.code || !existsSync(join(DIST, '.building')));
  for (let waited = 0; !ready() && waited < 120; waited++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  if (!existsSync(built)) throw new Error('bench: dist/apps-script/Code.js is missing — run `npm run build` first (npm run bench does).');
  // A private copy: another `npm run build` may wipe dist/ while we measure.
  const work = mkdtempSync(join(os.tmpdir(), 'ka-bench-'));
  const code = join(work, 'Code.js');
  copyFileSync(built, code);
  const sizes = shippedSizes();
  // core's customer index, for CUSTOMER_MATCH once indexed (the same sources the bundle was built from)
  let model = null;
  try {
    model = pathToFileURL(join(work, 'customer-match.mjs')).href;
    await bundle({ entryPoints: [join(ROOT, 'core', 'model', 'customer-match.ts')], outfile: fileURLToPath(model), format: 'esm', platform: 'neutral', minify: false, logLevel: 'error' });
  } catch {
    model = null;
  }

  const sizesFor = (c) => (opt.quick ? c.quickSizes ?? QUICK_SIZES : c.sizes);
  const cases = CASES.filter((c) => !opt.only || opt.only.some((o) => c.id.startsWith(o)));
  const results = [];
  const log = (s) => process.stdout.write(s + '\n');
  log(`bench: ${opt.quick ? 'quick' : 'full'} run, ${cases.length} cases, Apps Script bundle ${kb(statSync(code).size)}`);

  for (const c of cases) {
    let tooSlow = null;
    for (const n of sizesFor(c)) {
      if (tooSlow) {
        results.push({ case: c.id, fn: c.fn, n, skipped: tooSlow });
        log(`  ${c.id.padEnd(24)} ${rows(n).padStart(9)} skipped: ${tooSlow}`);
        continue;
      }
      const impls = ['ours', 'floor'];
      if (c.hf && opt.hf && n <= (c.hf.maxRows ?? HF_MAX)) impls.push('hf');
      if (c.id === 'CUSTOMER_MATCH') impls.push(...(n <= 100_000 ? ['lookup'] : []), 'index');
      const row = { case: c.id, fn: c.fn, n };
      for (const impl of impls) {
        if (impl !== 'ours' && row.ours && row.ours.available === false) break;
        const job = { case: c.id, n, impl, code, model, ...policy(n, impl, opt.quick), queries: opt.quick ? 20 : 500 };
        const r = runWorker(job);
        delete r.times;
        row[impl] = r;
        if (r.available === false) break;
        log(`  ${c.id.padEnd(24)} ${rows(n).padStart(9)} ${impl.padEnd(6)} ${r.error ? 'ERROR ' + r.error : `${ms(r.median).padStart(8)} ms  peak ${mb(r.peakMB)} MB${r.check ? '  MISMATCH ' + r.check : ''}`}`);
      }
      if (row.ours?.overLimit) tooSlow = `at ${rows(n)} rows one call already took over Sheets' 30 s limit`;
      if (row.ours?.available === false) log(`  ${c.id.padEnd(24)} ${rows(n).padStart(9)} not available (${c.fn} is not in the catalogue)`);
      results.push(row);
    }
  }

  let dashboard = { available: false, reason: 'not asked for (--no-dashboard)' };
  if (opt.dashboard) {
    try {
      dashboard = await dashboardCalls(opt.quick ? [100, 1_000] : [1_000, 10_000, 100_000]);
    } catch (e) {
      dashboard = { available: false, reason: e instanceof Error ? e.message : String(e) };
    }
    log(`  dashboard: ${dashboard.available ? dashboard.summary : 'not available — ' + dashboard.reason}`);
  }

  // Excel's long calls in time slices (bench/excel-slices.mjs), the cases asked for (--only)
  let excel = [];
  if (opt.excel) {
    const jobs = SLICE_JOBS.filter((j) => !opt.only || opt.only.some((o) => j.case.startsWith(o))).map((j) => ({ ...j, n: opt.quick ? 2_000 : j.n }));
    excel = excelSlices(jobs);
    for (const r of excel) log(`  ${sliceLine(r)}`);
  }

  rmSync(work, { recursive: true, force: true });
  const report = { machine: machine(), label: opt.label, bundle: opt.code ? opt.code : 'dist/apps-script/Code.js', quick: opt.quick, seconds: (Date.now() - started) / 1000, results, sizes, dashboard, excel };
  if (opt.json) writeFileSync(opt.json, JSON.stringify(report, null, 2));
  if (opt.out) {
    mkdirSync(dirname(opt.out), { recursive: true });
    writeFileSync(opt.out, render(report));
    log(`bench: wrote ${relative(process.cwd(), opt.out)} in ${report.seconds.toFixed(0)} s`);
  }
  const bad = [...results.filter((r) => ['ours', 'floor', 'hf', 'lookup', 'index'].some((k) => r[k]?.error || r[k]?.check)), ...excel.filter((r) => r.error)];
  if (bad.length) {
    log(`bench: ${bad.length} measurement(s) failed or disagreed — see above`);
    process.exitCode = 1;
  }
  return report;
}

// ---- RESULTS.md -------------------------------------------------------------------------------

/** Growth of the median from the previous size (ten times the rows). */
function growth(results, row, impl = 'ours') {
  const prev = results.find((r) => r.case === row.case && r.n * 10 === row.n);
  const a = prev?.[impl]?.median;
  const b = row[impl]?.median;
  return a && b ? b / a : undefined;
}

export function targets(report) {
  const out = [];
  const { results } = report;
  const biggest = (id, limit = Infinity) => results.filter((r) => r.case === id && r.n <= limit && r.ours?.median !== undefined).sort((a, b) => b.n - a.n)[0];
  const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**missed**');
  for (const c of CASES) {
    const any = results.find((r) => r.case === c.id);
    if (!any) continue;
    if (any.ours?.available === false) {
      out.push([c.id, 'all targets', `not available: ${c.fn} is not in the catalogue yet`, 'not measured']);
      continue;
    }
    if (!c.matching) {
      const top = biggest(c.id);
      if (top && top.floor?.median) {
        const x = top.ours.median / top.floor.median;
        out.push([c.id, `≤ 2× the bare loop at ${rows(top.n)} rows`, `${ratio(x)} (${ms(top.ours.median)} ms vs ${ms(top.floor.median)} ms)`, verdict(x <= 2) + (x > 2 ? ` by ${ratio(x / 2)}` : '')]);
      }
      const at = results.filter((r) => r.case === c.id && r.hf?.median !== undefined && r.ours?.median !== undefined).sort((a, b) => b.n - a.n)[0];
      if (c.hf && at) {
        const x = at.hf.median / at.ours.median;
        const what = c.hf.lowerBound ? 'formulas (a lower bound: part of the result only)' : 'formulas';
        out.push([c.id, `≥ 20× faster than ${what} at ${rows(at.n)} rows${at.n < HF_MAX ? ' (the largest size run with formulas)' : ''}`, `${ratio(x)} (HyperFormula ${ms(at.hf.median)} ms)`, verdict(x >= 20) + (x < 20 ? ` by ${ratio(20 / x)}` : '')]);
      } else if (!c.hf) out.push([c.id, '≥ 20× faster than formulas', 'no formula equivalent (see README)', 'n/a']);
    }
    const mine = results.filter((r) => r.case === c.id);
    const slow = mine.find((r) => r.ours?.overLimit || r.skipped);
    const worstCall = mine.reduce((a, r) => Math.max(a, r.ours?.median ?? 0), 0);
    out.push([c.id, "every call inside Sheets' 30 s limit", slow ? `over it from ${rows(slow.n)} rows` : `slowest call ${ms(worstCall)} ms (at ${rows(mine[mine.length - 1].n)} rows)`, verdict(!slow)]);
    const gs = mine.map((r) => [r.n, growth(results, r)]).filter(([, g]) => g !== undefined);
    if (gs.length) {
      const worst = gs.reduce((a, b) => (b[1] > a[1] ? b : a));
      out.push([c.id, 'linear: 10× rows ≤ 12× time', `worst ${ratio(worst[1])} (to ${rows(worst[0])})`, verdict(worst[1] <= 12)]);
    }
    if (c.id === 'CUSTOMER_MATCH') {
      const r = results.find((x) => x.case === c.id && x.n === 100_000);
      const v = r?.index?.median;
      const h = r?.lookup?.median;
      out.push([c.id, '≤ 5 ms per lookup against 100,000 names, once indexed', v === undefined ? '–' : `${ms(v)} ms through core's index (built in ${ms(r.index.buildMs)} ms); through the host ${r.lookup && r.lookup.manyMs <= r.lookup.oneMs ? 'lost in noise' : ms(h) + ' ms'}, and a whole host call (index + 1 lookup) ${ms(r.ours?.median)} ms`, verdict(v === undefined ? undefined : v <= 5)]);
    }
    if (c.id === 'DUPLICATE_GROUPS') {
      const r = results.find((x) => x.case === c.id && x.n === 100_000);
      const v = r?.ours?.median;
      out.push([c.id, '≤ 3 s at 100,000 names', v === undefined ? '–' : `${ms(v)} ms`, verdict(v === undefined ? undefined : v <= 3000)]);
    }
  }
  for (const s of report.sizes) {
    if (!s.limit) continue;
    const size = s.withLoads ? s.withLoads.raw : s.raw;
    out.push([s.path, `≤ ${s.limit / 1024} KB minified`, kb(size) + (s.withLoads ? ' (with what it loads)' : ''), verdict(size <= s.limit)]);
  }
  for (const r of report.excel ?? []) {
    if (r.available === false || r.error) continue;
    out.push([
      `${r.case} (Excel, ${rows(r.n)} names)`,
      `longest time without yielding ≤ ${SLICE_TARGET_MS / 1000} s (Excel desktop restarts an add-in unresponsive for over 5 s)`,
      `longest slice ${ms(r.longestMs)} ms of ${r.slices} slices; ${ms(r.totalMs)} ms in all`,
      verdict(r.longestMs <= SLICE_TARGET_MS),
    ]);
  }
  if (report.dashboard?.available) {
    out.push(['Dashboard', 'custom-function calls per recalculation do not grow with rows', report.dashboard.summary, verdict(report.dashboard.constant)]);
  }
  return out;
}

export function render(report) {
  const m = report.machine;
  const L = [];
  L.push('# Benchmark results');
  L.push('');
  if (report.label) L.push(`**${report.label}** — bundle measured: \`${report.bundle}\`, not dist/.`, '');
  L.push(`Generated by \`${report.label ? `node bench/run.mjs --code … --label ${report.label}` : 'npm run bench'}\`${report.quick ? ' --quick (smoke run: small sizes, few repetitions)' : ''} — do not edit by hand; re-run the command. How it measures and what the misses mean: [README.md](README.md).`);
  L.push('');
  L.push('## Machine');
  L.push('');
  L.push(`- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memory}; ${m.os}; load average at the end ${m.load} (others were working on this machine: figures are noisy)`);
  L.push(`- Node ${m.node}; hyperformula ${m.versions.hyperformula}, esbuild ${m.versions.esbuild}, typescript ${m.versions.typescript}, vitest ${m.versions.vitest}`);
  L.push(`- commit ${m.commit}; whole run ${report.seconds.toFixed(0)} s`);
  L.push('');
  L.push('## Targets');
  L.push('');
  L.push(table(['what', 'target', 'measured', 'verdict'], targets(report)));
  L.push('');
  L.push('## The catalogue, case by case');
  L.push('');
  L.push('Median milliseconds per call after warm-up, through the built `dist/apps-script/Code.js` in `node:vm` (the global `NAME(...)` stubs, a Chinese workbook). *floor* = one bare loop over the same arrays giving the same result; *formulas* = the same result with the spreadsheet\'s own formulas in HyperFormula (checked equal before timing). *growth* = time ÷ time at a tenth of the rows. *peak* = the child process\'s peak RSS; *Δ* = what the calls added to it over the generated data.');
  L.push('');
  for (const c of CASES) {
    const rs = report.results.filter((r) => r.case === c.id);
    if (!rs.length) continue;
    L.push(`### ${c.id}`);
    L.push('');
    L.push(`${c.about}.${c.hf ? ` Formulas: ${c.hf.formula}.` : ''}`);
    L.push('');
    if (rs[0].ours?.available === false) {
      L.push(`Not available: \`${c.fn}\` is not in the catalogue (core/functions/catalogue.ts) of this build.`);
      L.push('');
      continue;
    }
    const body = rs.map((r) => {
      if (r.skipped) return [rows(r.n), 'not run', '', '', '', '', '', '', '', r.skipped];
      const o = r.ours ?? {};
      const f = r.floor ?? {};
      const h = r.hf;
      const cell = (x) => (x?.error ? 'error' : x?.overLimit ? `**> 30 s** (${ms(x.median)})` : ms(x?.median));
      const agree = [o.error ? `error: ${o.error}` : o.check ? `**differs from floor**: ${o.check}` : c.compare ? 'agrees with floor' : '', h?.check ? `**differs from formulas**: ${h.check}` : h?.median !== undefined ? c.hf.agrees ?? 'agrees with formulas' : '', o.quality ?? '', r.lookup?.quality && !o.quality ? r.lookup.quality : '']
        .filter(Boolean)
        .join('; ');
      return [
        rows(r.n),
        cell(o),
        cell(f),
        ratio(o.median / f.median),
        h ? cell(h) : '–',
        h?.median ? ratio(h.median / o.median) : '–',
        ratio(growth(report.results, r)),
        `${mb(o.peakMB)} (Δ ${mb(o.deltaMB)})`,
        h?.peakMB ? `${mb(h.peakMB)} (Δ ${mb(h.deltaMB)})` : '–',
        agree,
      ];
    });
    L.push(table(['rows', 'ours ms', 'floor ms', 'ours ÷ floor', 'formulas ms', 'formulas ÷ ours', 'growth', 'peak MB ours', 'peak MB formulas', 'results'], body));
    const lk = rs.filter((r) => (r.lookup && r.lookup.median !== undefined) || (r.index && r.index.median !== undefined));
    if (lk.length) {
      const q = lk.find((r) => r.lookup?.queries)?.lookup.queries;
      L.push('');
      L.push(`Once indexed. *Core's index*: \`buildCustomerIndex(existing)\` timed by itself, then 200 lookups \`search(name, {limit: 1})\` of other writings of known companies (median per lookup). *Through the host*: the same CUSTOMER_MATCH call with ${q} names and with 1 name; per lookup = (T(${q}) − T(1)) ÷ ${q - 1} (noisy: a difference of two large times).`);
      L.push('');
      L.push(
        table(
          ['existing names', 'index build ms', 'per lookup ms (core index)', 'lookups right', 'host T(1) ms = index + 1 lookup', `host T(${q}) ms`, 'per lookup ms (host)', 'peak MB (Δ) core index'],
          lk.map((r) => [rows(r.n), ms(r.index?.buildMs), ms(r.index?.median), r.index?.quality ?? r.index?.error ?? '–', ms(r.lookup?.oneMs), ms(r.lookup?.manyMs), r.lookup && r.lookup.manyMs <= r.lookup.oneMs ? 'lost in noise' : ms(r.lookup?.median), r.index?.peakMB ? `${mb(r.index.peakMB)} (Δ ${mb(r.index.deltaMB)})` : '–']),
        ),
      );
    }
    L.push('');
  }
  if (report.excel?.length) {
    L.push('## Excel: long calls in time slices');
    L.push('');
    L.push(
      'One call each through the built `dist/excel-addin/functions.js` in `node:vm` (`bench/excel-slices.mjs`): core\'s steps run until 150 ms have passed, then the call waits for a turn of the event loop (`setTimeout` 0) and goes on. A *slice* is the time between two turns (the sandbox\'s `setTimeout` records each pause and resume); *total* includes the pauses. Excel on the desktop restarts an add-in unresponsive for over 5 s.',
    );
    L.push('');
    L.push(
      table(
        ['function', 'names', 'total ms', 'slices', 'longest slice ms', 'result'],
        report.excel.map((r) => (r.available === false || r.error ? [r.case ?? '–', r.n ? rows(r.n) : '–', r.error ?? r.reason ?? 'not available', '', '', ''] : [r.case, rows(r.n), ms(r.totalMs), String(r.slices), ms(r.longestMs), r.quality ?? ''])),
      ),
    );
    L.push('');
  }
  L.push('## What ships');
  L.push('');
  L.push(
    report.sizes.length
      ? table(
          ['file in dist/', 'ships to users', 'raw', 'gzip', 'with the local files it loads (raw / gzip)', 'limit'],
          report.sizes.map((s) => [s.path, s.shipped ? 'yes' : 'no (local preview / build helper)', kb(s.raw), kb(s.gzip), s.withLoads ? `${kb(s.withLoads.raw)} / ${kb(s.withLoads.gzip)} (${s.withLoads.loads.join(', ')})` : '–', s.limit ? `${s.limit / 1024} KB` : '–']),
        )
      : 'dist/ is empty: run `npm run build`.',
  );
  L.push('');
  L.push('## The Dashboard');
  L.push('');
  const d = report.dashboard;
  if (d?.available) {
    L.push(d.method);
    L.push('');
    L.push(
      table(
        ['Opportunities rows', 'Customers rows', 'custom-function calls, full calculation', 'calls after editing one amount', 'catalogue formulas on the Dashboard', 'full calculation ms (HyperFormula)', 'error cells on the Dashboard'],
        d.rows.map((r) => [rows(r.n), r.customers ? rows(r.customers) : '–', String(r.calls), r.editCalls ?? '–', String(r.formulas), r.recalcMs ? ms(r.recalcMs) : '–', r.errors?.length ? r.errors.join('; ') : 'none']),
      ),
    );
    if (d.perFunction) {
      L.push('');
      L.push(`Calls by function: ${Object.entries(d.perFunction).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
    }
  } else L.push(`Not measured: ${d?.reason ?? 'unknown'}.`);
  L.push('');
  return L.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
