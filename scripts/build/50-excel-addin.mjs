// dist/excel-addin: the task pane (the shared runtime's page: taskpane.html + taskpane.js with the
// shared forms + forms.css), icons, help page and manifest.xml. The manifest is excel-addin/manifest.template.xml
// with a ribbon menu per command group from core's command list (scripts/excel-manifest.mjs), and its
// base URL https://localhost:3000 replaced by KA_BASE_URL when set (e.g. https://addin.example.com).
// functions.js / functions.json come from step 20.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, DIST, importTs, ROOT, write } from '../lib.mjs';
import { stripDocsPlugin } from '../strip-docs.mjs';
import { commandManifest } from '../excel-manifest.mjs';
import { icons } from '../excel-icons.mjs';

export const DEV_BASE_URL = 'https://localhost:3000';

/** The base URL the manifest points at: KA_BASE_URL (https, no query/fragment) or the dev server. */
export function baseUrl(env = process.env) {
  const raw = (env.KA_BASE_URL ?? '').trim();
  if (!raw) return DEV_BASE_URL;
  let u;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`KA_BASE_URL is not a URL: "${raw}" (expected e.g. https://addin.example.com)`);
  }
  if (u.protocol !== 'https:' || u.search || u.hash || /["<>&\s]/.test(raw)) {
    throw new Error(`KA_BASE_URL must be an https URL without query, fragment or quotes: "${raw}"`);
  }
  return u.href.replace(/\/+$/, '');
}

/** manifest.xml with every occurrence of the development base URL replaced by `base`. */
export function manifestFor(xml, base) {
  return xml.split(DEV_BASE_URL).join(base);
}

/** The manifest for the development base URL: the template with the commands of core's list. */
export async function devManifest() {
  const { commandsByGroup } = await importTs('core/commands/groups.ts');
  const { commandAction } = await importTs('excel-addin/commands.ts');
  return commandManifest(readFileSync(join(ROOT, 'excel-addin', 'manifest.template.xml'), 'utf8'), commandsByGroup(), commandAction);
}

/** Writes the task pane, icons, help page and manifest (for `base`) into `out`. */
export async function buildExcelAddin(out, base = baseUrl()) {
  await bundle({ entryPoints: [join(ROOT, 'excel-addin/taskpane.ts')], outfile: join(out, 'taskpane.js'), format: 'iife', platform: 'browser', plugins: [stripDocsPlugin()] });
  await bundle({ entryPoints: [join(ROOT, 'ui/forms.css')], outfile: join(out, 'forms.css'), loader: { '.css': 'css' } });
  for (const f of ['taskpane.html', 'taskpane.css', 'help.html']) copyFileSync(join(ROOT, 'excel-addin', f), join(out, f));
  for (const i of icons()) write(join(out, 'assets', i.file), i.data);
  writeFileSync(join(out, 'manifest.xml'), manifestFor(await devManifest(), base));
}

export default async function () {
  const base = baseUrl();
  await buildExcelAddin(join(DIST, 'excel-addin'), base);
  console.log(`  excel: dist/excel-addin/manifest.xml for ${base}${base === DEV_BASE_URL ? ' (set KA_BASE_URL for production)' : ''}`);
}
