// dist/ui/forms.js (IIFE, global `KAForms` with mountForms) and dist/ui/forms.css: the shared forms
// that the Apps Script sidebar, the Excel task pane and the preview inline. Prints their sizes against
// the budget of a sidebar / task pane page: 150 KB until issue 9, whose Update opportunity form and
// history brought it to about 160 KB; 175 KB now. The forms bundle every command's `run` body and the
// model behind it: splitting the command specs (fields, titles) from their bodies would win it back.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle, DIST, ROOT } from '../lib.mjs';

const BUDGET = 175 * 1024;

export default async function () {
  const out = join(DIST, 'ui');
  await bundle({
    entryPoints: [join(ROOT, 'ui/index.ts')],
    outfile: join(out, 'forms.js'),
    format: 'iife',
    globalName: 'KAForms',
    platform: 'browser',
  });
  await bundle({ entryPoints: [join(ROOT, 'ui/forms.css')], outfile: join(out, 'forms.css'), loader: { '.css': 'css' } });
  const sizes = ['forms.js', 'forms.css'].map((f) => {
    const p = join(out, f);
    return { f, bytes: statSync(p).size, gz: gzipSync(readFileSync(p)).length };
  });
  const total = sizes.reduce((s, x) => s + x.bytes, 0);
  for (const s of sizes) console.log(`  ui: dist/ui/${s.f} ${(s.bytes / 1024).toFixed(1)} KB (gzip ${(s.gz / 1024).toFixed(1)} KB)`);
  console.log(`  ui: forms inlined in a page ≈ ${(total / 1024).toFixed(1)} KB of the ${BUDGET / 1024} KB budget`);
  if (total > BUDGET) throw new Error(`ui: forms.js + forms.css = ${total} bytes, over the ${BUDGET}-byte budget of a sidebar page`);
}
