// dist/ui/forms.js (IIFE, global `KAForms` with mountForms) and dist/ui/forms.css: the shared forms
// with every command's run body (what the Excel task pane and the preview bundle). Prints their sizes;
// the 150 KB budget is enforced on the page that ships with the forms inlined, the Sheets sidebar
// (40-apps-script-ui.mjs, which leaves the run bodies to the server).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle, DIST, ROOT } from '../lib.mjs';

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
  console.log(`  ui: forms with the commands' bodies ≈ ${(total / 1024).toFixed(1)} KB`);
}
