// The Dashboard's custom-function calls per recalculation, at several table sizes: bundles
// bench/dashboard-calls.ts (the preview's HyperFormula workbook with the catalogue instrumented)
// with the project's esbuild settings and runs it. Falls back to counting the catalogue calls
// written in the Dashboard's templates when the preview engine cannot be built; says which.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../scripts/lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function load() {
  const dir = mkdtempSync(join(os.tmpdir(), 'ka-bench-dash-'));
  const out = join(dir, 'dashboard-calls.mjs');
  try {
    await bundle({ entryPoints: [join(ROOT, 'bench', 'dashboard-calls.ts')], outfile: out, format: 'esm', platform: 'node', minify: false, logLevel: 'error' });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function dashboardCalls(sizes) {
  let mod;
  try {
    mod = await load();
  } catch (e) {
    return { available: false, reason: `the bench could not bundle the Dashboard (${String(e.message ?? e).split('\n')[0]})` };
  }
  const fromTemplates = mod.templateCalls();
  try {
    const rows = mod.dashboardCalls(sizes, () => performance.now());
    const constant = rows.every((r) => r.calls === rows[0].calls) && rows.every((r) => r.formulas === rows[0].formulas);
    return {
      available: true,
      engine: true,
      constant,
      method:
        'Counted in the preview engine: the demo workbook in HyperFormula with the catalogue registered, Opportunities grown to N rows and Customers to N/10 by repeating the demo rows, the Dashboard rendered from core/schema/dashboard.ts over the grown ranges, every catalogue function instrumented; the evaluations of one full calculation (every Dashboard formula removed, then written again in one batch) counted, and those after one edit of an opportunity\'s amount. ' +
        `The templates themselves hold ${fromTemplates.calls} catalogue calls in ${fromTemplates.formulas} formulas.`,
      rows: rows.map((r) => ({ n: r.n, calls: r.calls, formulas: r.formulas, editCalls: r.editCalls, recalcMs: r.recalcMs, customers: r.customers, errors: r.errors })),
      perFunction: rows[rows.length - 1].perFunction,
      summary: `${rows.map((r) => r.calls).join(' / ')} calls at ${rows.map((r) => r.n.toLocaleString('en-US')).join(' / ')} rows${constant ? ' (constant)' : ' (GROWS)'}`,
    };
  } catch (e) {
    const constant = true;
    return {
      available: true,
      engine: false,
      constant,
      method: `Counted in the rendered templates only (the preview engine failed: ${String(e.message ?? e).split('\n')[0]}): the Dashboard's formulas are whole-column array formulas whose text does not depend on the rows.`,
      rows: sizes.map((n) => ({ n, calls: fromTemplates.calls, formulas: fromTemplates.formulas })),
      perFunction: fromTemplates.perFunction,
      summary: `${fromTemplates.calls} calls in ${fromTemplates.formulas} formulas (templates, not engine)`,
    };
  }
}
