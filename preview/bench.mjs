// `node preview/bench.mjs [--runs N]`: how long the preview takes for what a user waits on — building
// the demo workbook in the engine (demo data + every dashboard formula computed), a cell edit that the
// dashboard depends on, a save through the FormHost (read tables → core → write → recalc), and a
// language switch. Medians of N runs (default 5), each on a fresh workbook where it changes one.
// Node, not a browser: the page adds its rendering of the rows in view (a few ms).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, ROOT } from '../scripts/lib.mjs';

/** A TypeScript module of the repository, bundled for Node (packages stay external). */
async function load(entry) {
  // inside the repository, so that Node finds the packages; node_modules/.cache is nobody's source
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const out = join(mkdtempSync(join(ROOT, 'node_modules', '.cache', 'ka-preview-bench-')), entry.replace(/[\\/]/g, '_').replace(/\.ts$/, '.mjs'));
  await bundle({ entryPoints: [join(ROOT, entry)], outfile: out, format: 'esm', platform: 'node', packages: 'external', minify: false });
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dirname(out), { recursive: true, force: true });
  }
}

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
// One bundle, so that the engine module (and its language) is shared by all three.
const { PreviewBook, previewHost, generateDemo } = await load('preview/bench-entry.ts');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const timeAsync = async (f) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

const rows = [];
const measure = async (what, f) => {
  const xs = [];
  for (let i = 0; i < runs; i++) xs.push(await f(i));
  rows.push([what, median(xs), Math.min(...xs), Math.max(...xs)]);
};

await measure('generate the demo data (seeded)', () => time(() => generateDemo()));
await measure('build the workbook in the engine (all formulas computed)', () => time(() => new PreviewBook()));

const book = new PreviewBook({ lang: 'en' });
const team = book.wb.read('team');
const actor = String(team.rows.find((r) => r[team.col.role] === 'Account manager')[team.col.person]);
const host = previewHost(book, { actor: () => actor, lang: () => 'en', onSaved() {}, now: () => '2026-11-16T09:00:00.000Z' });
const opps = book.wb.entry('opportunities').sheet;
const oppCols = book.wb.read('opportunities').col;

await measure('edit an opportunity amount (dashboard recalculates)', (i) => time(() => book.edit(opps, 2 + i, oppCols.amount, String(100000 + i))));
await measure('edit an opportunity stage', (i) => time(() => book.edit(opps, 2 + i, oppCols.stage, i % 2 ? '03' : '05')));
await measure('form data for the sidebar (load)', () => timeAsync(() => host.load()));
await measure('save: new customer (+ re-sized customer formulas)', (i) => timeAsync(() => host.submit('newCustomer', { name: `Bench Widgets ${i} Ltd.`, account_manager: actor })));
await measure('save: new opportunity', (i) => timeAsync(() => host.submit('newOpportunity', { customer_id: 'C00001', name: `Bench ${i}`, stage: 2, amount: 50000, close: '2026-12-01' })));
await measure('save: complaint (no dashboard formula reads it)', () => timeAsync(() => host.submit('logComplaint', { customer_id: 'C00002', description: 'late' })));
await measure('save: rejected (nothing written)', () => timeAsync(() => host.submit('newOpportunity', { customer_id: 'C00001', amount: 'x' })));
await measure('switch the workbook language (catalogue formulas again)', (i) => time(() => book.setWorkbookLanguage(i % 2 ? 'en' : 'zh')));

const ms = (x) => x.toFixed(0).padStart(6);
console.log(`preview bench, ${runs} runs each, ms (median / min / max), node ${process.version}`);
for (const [what, med, min, max] of rows) console.log(`${ms(med)} ${ms(min)} ${ms(max)}  ${what}`);
