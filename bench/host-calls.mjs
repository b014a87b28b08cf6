// The add-in's host calls: Spreadsheet-service calls in Sheets (the Apps Script fake counts every call
// the built Code.js makes) and context.sync()s in Excel (the Excel fake), for a first set-up, a re-run
// of set-up with nothing to do, loading the forms and each form's save. Bundles bench/host-calls.ts
// (with the fakes from test/) and prints the figures. `npm run bench` runs it after the catalogue bench.
//
//   node bench/host-calls.mjs                       after `npm run build`
//   options: --sheets-dist DIR (another built dist/apps-script, e.g. of an older commit)
//            --out FILE (the tables as markdown)   --json FILE (the raw figures)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../scripts/lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = { sheetsDist: join(ROOT, 'dist', 'apps-script'), out: null, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sheets-dist') o.sheetsDist = resolve(argv[++i]);
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--json') o.json = argv[++i];
    else throw new Error(`host-calls: unknown option ${a}`);
  }
  return o;
}

async function load() {
  const dir = mkdtempSync(join(os.tmpdir(), 'ka-bench-calls-'));
  const out = join(dir, 'host-calls.mjs');
  try {
    await bundle({
      entryPoints: [join(ROOT, 'bench', 'host-calls.ts')],
      outfile: out,
      format: 'esm',
      platform: 'node',
      minify: false,
      logLevel: 'error',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const n = (x) => x.toLocaleString('en-US');

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function report(sheets, excel) {
  const kinds = (c) => [n(c.total), n(c.read), n(c.write), n(c.builder), n(c.other)];
  const lines = [];
  lines.push('### Google Sheets: Spreadsheet-service calls (Apps Script fake, built Code.js)', '');
  lines.push(
    table(
      ['what', 'calls', 'reads', 'writes', 'builders', 'other', 'of which the Dashboard'],
      [
        ['first set-up (12 tables + Dashboard)', ...kinds(sheets.first.all), n(sheets.first.dashboard)],
        ['set-up again, nothing to do', ...kinds(sheets.rerun.all), n(sheets.rerun.dashboard)],
        ['open a form (kaLoad)', ...kinds(sheets.load), '–'],
        ...sheets.saves.map((s) => [`save: ${s.command}${s.ok ? '' : ' (REFUSED)'}`, ...kinds(s.calls), '–']),
      ],
    ),
  );
  lines.push('', '### Excel: context.sync() calls (Excel fake)', '');
  lines.push(
    table(
      ['what', 'syncs', 'syncs that changed the workbook'],
      [
        ['first set-up', n(excel.first.syncs), n(excel.first.changed)],
        ['set-up again, nothing to do', n(excel.rerun.syncs), n(excel.rerun.changed)],
        ['open a form (load)', n(excel.load), '0'],
        ...excel.saves.map((s) => [`save: ${s.command}${s.ok ? '' : ' (REFUSED)'}`, n(s.syncs), s.ok ? '1' : '0']),
      ],
    ),
  );
  return lines.join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const mod = await load();
  const sheets = mod.sheetsFigures(o.sheetsDist);
  const excel = await mod.excelFigures();
  const text = report(sheets, excel);
  process.stdout.write(`\n## Host calls\n\n${text}\n`);
  if (o.out) writeFileSync(o.out, `## Host calls\n\n${text}\n`);
  if (o.json) writeFileSync(o.json, JSON.stringify({ sheets, excel }, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
