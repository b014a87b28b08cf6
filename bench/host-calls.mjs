// The add-in's host calls: Spreadsheet-service calls in Sheets (the Apps Script fake counts every call
// the built Code.js makes) and context.sync()s in Excel (the Excel fake), for a first set-up, a re-run
// of set-up with nothing to do, loading the forms and each form's save. Bundles bench/host-calls.ts
// (with the fakes from test/) and prints the figures. `npm run bench` runs it after the catalogue bench.
//
//   node bench/host-calls.mjs                       after `npm run build`
//   options: --sheets-dist DIR (another built dist/apps-script, e.g. of an older commit)
//            --out FILE (the tables as markdown)   --json FILE (the raw figures)
//            --import-only (only the 5,000-row import)   --import-rows N (its size, default 5000)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../scripts/lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = { sheetsDist: join(ROOT, 'dist', 'apps-script'), out: null, json: null, importOnly: false, importRows: 5000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sheets-dist') o.sheetsDist = resolve(argv[++i]);
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--import-only') o.importOnly = true;
    else if (a === '--import-rows') o.importRows = Number(argv[++i]);
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

export function report(sheets, excel, tables = null, issue = null) {
  const kinds = (c) => [n(c.total), n(c.read), n(c.write), n(c.builder), n(c.other)];
  const lines = [];
  lines.push('### Google Sheets: Spreadsheet-service calls (Apps Script fake, built Code.js)', '');
  lines.push(
    table(
      ['what', 'calls', 'reads', 'writes', 'builders', 'other', 'of which the Dashboard'],
      [
        [`first set-up (${tables ?? 'every'} tables + Dashboard)`, ...kinds(sheets.first.all), n(sheets.first.dashboard)],
        ['set-up again, nothing to do', ...kinds(sheets.rerun.all), n(sheets.rerun.dashboard)],
        ['open a form (kaLoad)', ...kinds(sheets.load), '–'],
        ...sheets.saves.map((s) => [`save: ${s.command}${s.ok ? '' : ' (REFUSED)'}`, ...kinds(s.calls), '–']),
      ],
    ),
  );
  if (sheets.first.bySheet) lines.push('', ...bySheetReport(sheets.first.bySheet, issue));
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

/**
 * Where a first set-up's calls went, by sheet, and the like-for-like figure against issue 11's 2,413
 * (`share`: the calls of the tables there were then, with the whole of today's larger Dashboard and
 * every workbook-wide call; test/apps-script/fake/by-sheet.ts).
 */
export function bySheetReport(bySheet, issue) {
  const tables = Object.entries(bySheet).filter(([k]) => k !== 'dashboard' && k !== 'workbook').sort((a, b) => b[1] - a[1]);
  const per = tables.map(([, v]) => v).sort((a, b) => a - b);
  const median = per.length ? per[Math.floor((per.length - 1) / 2)] : 0;
  const sum = per.reduce((a, b) => a + b, 0);
  const lines = [
    `First set-up by sheet (a builder's calls go to the sheet its rule or chart is for): ${per.length} tables ${n(sum)} calls — median ${n(median)} a table, most ${tables[0] ? `${n(tables[0][1])} (${tables[0][0]})` : '–'}, fewest ${n(per[0] ?? 0)}; Dashboard ${n(bySheet.dashboard ?? 0)}; workbook-wide ${n(bySheet.workbook ?? 0)}.`,
  ];
  if (issue) {
    lines.push(
      '',
      `Like for like with issue 11's ${n(issue.before)} calls (its ${issue.tables.length} tables and the Dashboard): the same ${issue.tables.length} tables now take ${n(issue.share.tables)} calls; with today's whole Dashboard and every workbook-wide call, ${n(issue.share.all)} — **${(issue.before / issue.share.all).toFixed(1)}× fewer** (target: 5×).`,
    );
  }
  return lines;
}

/** The import's figures as markdown. */
export function importReport(f) {
  const ms = (x) => `${Math.round(x).toLocaleString('en-US')} ms`;
  const lines = [`### Import of a ${n(f.rows)}-row customer list (${n(f.added)} new customers; the rest duplicates within the list)`, ''];
  lines.push(
    table(
      ['what', 'Sheets calls', 'reads', 'writes', 'of which Range.getValues / setValues', 'time in the fake'],
      [
        ['read the source (kaReadSource)', n(f.sheets.read.total), n(f.sheets.read.read), n(f.sheets.read.write), `${f.sheets.read.by['Range.getValues'] ?? 0} / ${f.sheets.read.by['Range.setValues'] ?? 0}`, ms(f.sheets.readMs)],
        [`import (kaSubmit importCustomers)${f.sheets.ok ? '' : ' (REFUSED)'}`, n(f.sheets.submit.total), n(f.sheets.submit.read), n(f.sheets.submit.write), `${f.sheets.submit.by['Range.getValues'] ?? 0} / ${f.sheets.submit.by['Range.setValues'] ?? 0}`, ms(f.sheets.submitMs)],
      ],
    ),
  );
  lines.push('', `Excel: reading the source ${n(f.excel.readSyncs)} syncs (in pages), the import ${n(f.excel.submitSyncs)} syncs${f.excel.ok ? '' : ' (REFUSED)'}. Core alone (plan, uniqueness check of every row against the register and the list, rows and audit): ${ms(f.coreMs)} (median of 5).`);
  return lines.join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const mod = await load();
  const figures = await mod.importFigures(o.sheetsDist, o.importRows);
  const imp = importReport(figures);
  if (o.importOnly) {
    process.stdout.write(`\n## Host calls\n\n${imp}\n`);
    if (o.json) writeFileSync(o.json, JSON.stringify({ import: figures }, null, 2));
    return;
  }
  const sheets = mod.sheetsFigures(o.sheetsDist);
  const excel = await mod.excelFigures();
  const issue = { before: mod.ISSUE_11_BEFORE, tables: mod.ISSUE_11_TABLES, share: mod.issue11Share(sheets.first.bySheet) };
  const text = `${report(sheets, excel, mod.TABLE_COUNT, issue)}\n\n${imp}`;
  process.stdout.write(`\n## Host calls\n\n${text}\n`);
  if (o.out) writeFileSync(o.out, `## Host calls\n\n${text}\n`);
  if (o.json) writeFileSync(o.json, JSON.stringify({ sheets, excel, import: figures }, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
