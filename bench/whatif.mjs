// What would close the speed gap: builds a private copy of the Apps Script bundle with the cell-reading
// fast paths proposed in bench/README.md applied on the fly to core's sources (nothing in core/ is
// changed), then runs the same cases against it:
//
//   node bench/whatif.mjs [--quick] [--only NAME,…]   → bench/WHATIF.md (generated)
//
// The proposals (see README.md § "What would close it"; DEEPER adds 6–8):
//  1. core/cell.ts `toHalfWidth`: return the string itself when it holds no full-width character,
//     instead of rebuilding it character by character on every call;
//  2. core/cell.ts `toYesNo`: look the raw text up in a map of the accepted spellings first
//     (是 / 否 / 1 / 0 / y / n / yes / no / TRUE / FALSE …); normalise only when that misses;
//  3. core/model/stage.ts `parseStage`: remember the stage of each distinct text (a stage column
//     holds a handful of distinct labels), at most 1,024 of them.
// If core's sources changed so that a patch no longer applies, this script says so and stops.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { bundle } from '../scripts/lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const PATCHES = {
  'core/cell.ts': [
    [
      'export function toHalfWidth(s: string): string {\n',
      'export function toHalfWidth(s: string): string {\n  let k = 0;\n  for (; k < s.length; k++) {\n    const c = s.charCodeAt(k);\n    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;\n  }\n  if (k === s.length) return s;\n',
    ],
    [
      "export function toYesNo(v: unknown): boolean | null | undefined {\n",
      "const YESNO_FAST = new Map<string, boolean | null>([['', null], ...[...YES].flatMap((s) => [s, s.toUpperCase(), s[0].toUpperCase() + s.slice(1)]).map((s) => [s, true] as [string, boolean]), ...[...NO].flatMap((s) => [s, s.toUpperCase(), s[0].toUpperCase() + s.slice(1)]).map((s) => [s, false] as [string, boolean])]);\nexport function toYesNo(v: unknown): boolean | null | undefined {\n  if (typeof v === 'string') {\n    const hit = YESNO_FAST.get(v);\n    if (hit !== undefined) return hit;\n  }\n",
    ],
  ],
  'core/model/stage.ts': [
    [
      'export function parseStage(v: unknown): Stage | null | undefined {\n',
      'const STAGE_MEMO = new Map<string, Stage | null | undefined>();\nexport function parseStage(v: unknown): Stage | null | undefined {\n  if (typeof v === \'string\') {\n    if (STAGE_MEMO.has(v)) return STAGE_MEMO.get(v);\n    const r = parseStageText(v);\n    if (STAGE_MEMO.size < 1024) STAGE_MEMO.set(v, r);\n    return r;\n  }\n  return parseStageText(v);\n}\nfunction parseStageText(v: unknown): Stage | null | undefined {\n',
    ],
  ],
};

/** Proposals 6–8 of README.md, on top of 1–3: no grid copy in the Sheets wrapper, numbers first in
 * ColumnReader, OPP_SCORE counting directly. */
export const DEEPER = {
  ...PATCHES,
  'apps-script/custom-functions.ts': [
    [
      'return Array.isArray(r) ? r.map((row) => row.map(toSheets)) : toSheets(r);',
      'if (!Array.isArray(r)) return toSheets(r);\n    for (const row of r) for (let i = 0; i < row.length; i++) if (row[i] instanceof CellError) row[i] = toSheets(row[i]);\n    return r;',
    ],
  ],
  'core/functions/reader.ts': [
    [
      '  read(v: unknown, row: number): any {\n',
      "  read(v: unknown, row: number): any {\n    if (typeof v === 'number' && this.type === 'number' && Number.isFinite(v)) return v;\n",
    ],
  ],
  'core/functions/assessment.ts': [
    [
      '  row(values) {\n    return [assess(values).total];\n  },',
      '  row(values) {\n    let n = 0;\n    for (let i = 0; i < values.length; i++) if (values[i] === true) n++;\n    return [n];\n  },',
    ],
  ],
};

/** The Apps Script bundle with the patches applied; throws naming the patch that no longer applies. */
export async function buildPatched(outDir, patches = PATCHES) {
  mkdirSync(outDir, { recursive: true });
  const tmp = join(outDir, 'bundle.js');
  await bundle({
    entryPoints: [join(ROOT, 'apps-script/main.ts')],
    outfile: tmp,
    format: 'iife',
    globalName: 'KA',
    platform: 'neutral',
    plugins: [
      {
        name: 'whatif',
        setup(b) {
          b.onLoad({ filter: /[\\/](core[\\/](cell|model[\\/]stage|functions[\\/](reader|assessment))|apps-script[\\/]custom-functions)\.ts$/ }, (args) => {
            const rel = args.path.slice(ROOT.length + 1).split('\\').join('/');
            let text = readFileSync(args.path, 'utf8');
            for (const [from, to] of patches[rel] ?? []) {
              if (!text.includes(from)) throw new Error(`whatif: the patch for ${rel} no longer applies (looked for ${JSON.stringify(from.trim())})`);
              text = text.replace(from, to);
            }
            return { contents: text, loader: 'ts' };
          });
        },
      },
    ],
  });
  // The same global stubs the build writes (without JSDoc: only the calls matter here).
  const { CATALOGUE } = await import(pathToFileURL(join(outDir, 'catalogue.mjs')).href).catch(async () => {
    await bundle({ entryPoints: [join(ROOT, 'core/functions/catalogue.ts')], outfile: join(outDir, 'catalogue.mjs'), format: 'esm', platform: 'neutral', minify: false });
    return import(pathToFileURL(join(outDir, 'catalogue.mjs')).href);
  });
  const stubs = CATALOGUE.map((f) => `function ${f.name}() {\n  return KA.customFunction('${f.name}', Array.prototype.slice.call(arguments));\n}`);
  const code = join(outDir, 'Code.js');
  writeFileSync(code, `${readFileSync(tmp, 'utf8')}\n${stubs.join('\n')}\n`);
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const work = mkdtempSync(join(os.tmpdir(), 'ka-whatif-'));
  const quick = args.includes('--quick');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : 'OPP_SCORE,WEIGHTED_PIPELINE,FUNNEL_HEALTH,FORECAST_ROLLUP';
  // Both bundles from the same sources of the working tree: as they are, and with the patches.
  const variants = [
    { key: 'asis', label: 'as is', code: await buildPatched(join(work, 'asis'), {}) },
    { key: 'patched', label: 'with the fast paths', code: await buildPatched(join(work, 'patched')) },
    { key: 'deeper', label: 'with proposals 1–3 and 6–8', code: await buildPatched(join(work, 'deeper'), DEEPER) },
  ];
  const reports = {};
  for (const v of variants) {
    const json = join(work, `${v.key}.json`);
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'run.mjs'), '--code', v.code, '--label', v.label, '--only', only, '--no-hf', '--no-dashboard', '--json', json, ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
    if (r.status !== 0) {
      process.exitCode = 1;
      console.error(`whatif: the run ${v.label} failed`);
    }
    reports[v.key] = JSON.parse(readFileSync(json, 'utf8'));
  }
  const ms = (x) => (x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const rows = reports.asis.results.map((a) => {
    const p = reports.patched.results.find((x) => x.case === a.case && x.n === a.n);
    const d = reports.deeper.results.find((x) => x.case === a.case && x.n === a.n);
    const floor = a.floor?.median;
    const agree = [a, p, d].every((x) => x?.ours?.check === null || x?.ours?.check === undefined) ? 'all agree with floor' : `**disagree**: ${a.ours?.check ?? ''} ${p?.ours?.check ?? ''} ${d?.ours?.check ?? ''}`;
    const x = (v, w) => (v && w ? (v / w).toFixed(v / w >= 10 ? 0 : 2) + '×' : '–');
    return `| ${a.case} | ${a.n.toLocaleString('en-US')} | ${ms(a.ours?.median)} | ${ms(p?.ours?.median)} | ${ms(d?.ours?.median)} | ${ms(floor)} | ${x(a.ours?.median, d?.ours?.median)} | ${x(p?.ours?.median, floor)} | ${x(d?.ours?.median, floor)} | ${agree} |`;
  });
  const m = reports.asis.machine;
  const text = [
    '# What would close the gap — measured',
    '',
    `Generated by \`node bench/whatif.mjs\`${quick ? ' --quick' : ''} — do not edit by hand. Both bundles are built from the same working tree (commit ${m.commit}); the second has proposals 1–3 of [README.md](README.md) applied in memory (\`core/cell.ts\`, \`core/model/stage.ts\`), the third also 6–8 (\`apps-script/custom-functions.ts\`, \`core/functions/reader.ts\`, \`core/functions/assessment.ts\`). Median ms per call through the bundle in node:vm, as in RESULTS.md; the floor is the same bare loop. ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${m.load} (others at work: noisy).`,
    '',
    '| case | rows | as is ms | 1–3 ms | 1–3 + 6–8 ms | floor ms | speed-up (as is ÷ 1–3 + 6–8) | 1–3 ÷ floor | 1–3 + 6–8 ÷ floor | results |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  const out = quick ? join(work, 'WHATIF.md') : join(ROOT, 'bench', 'WHATIF.md');
  writeFileSync(out, text);
  console.log(`whatif: wrote ${out}`);
}
