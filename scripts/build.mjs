// `npm run build`: runs every step in scripts/build/ in the order of their file names.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT } from './lib.mjs';

rmSync(DIST, { recursive: true, force: true });
const dir = join(ROOT, 'scripts', 'build');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  const started = Date.now();
  const step = await import(pathToFileURL(join(dir, file)).href);
  await step.default();
  console.log(`build: ${file} (${Date.now() - started} ms)`);
}
rmSync(join(DIST, '.tmp'), { recursive: true, force: true });
