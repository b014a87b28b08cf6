// dist/preview/: the local preview page (`npm start` serves it with preview/serve.mjs): index.html,
// app.js (the demo workbook, HyperFormula with the catalogue, the grid and the shared forms),
// app.css and forms.css (the shared forms' styles), export-xlsx.js (the .xlsx writer, loaded on demand).
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, DIST, ROOT, write } from '../lib.mjs';

/** Builds the preview page into `out` (the browser tests build their own copy in a temporary folder). */
export async function buildPreview(out) {
  mkdirSync(out, { recursive: true });
  await bundle({ entryPoints: [join(ROOT, 'preview/app.ts')], outfile: join(out, 'app.js'), format: 'iife', platform: 'browser' });
  // The .xlsx writer (ExcelJS) in a bundle of its own, loaded by the page on the first export.
  await bundle({ entryPoints: [join(ROOT, 'preview/export-entry.ts')], outfile: join(out, 'export-xlsx.js'), format: 'iife', platform: 'browser' });
  copyFileSync(join(ROOT, 'preview/static/index.html'), join(out, 'index.html'));
  copyFileSync(join(ROOT, 'preview/static/app.css'), join(out, 'app.css'));
  write(join(out, 'forms.css'), readFileSync(join(ROOT, 'ui/forms.css'), 'utf8'));
  return statSync(join(out, 'app.js')).size;
}

export default async function () {
  const size = await buildPreview(join(DIST, 'preview'));
  console.log(`  preview: dist/preview/app.js ${(size / 1024).toFixed(0)} KB`);
}
