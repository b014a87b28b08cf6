// `npm run build`: runs every step in scripts/build/ in the order of their file names.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT } from './lib.mjs';

rmSync(DIST, { recursive: true, force: true });
// While this file is there a build is under way (the bench waits for it to go); a step run by itself
// (a test runs step 20) leaves none.
export const BUILDING = join(DIST, '.building');
mkdirSync(DIST, { recursive: true });
writeFileSync(BUILDING, String(process.pid));
const dir = join(ROOT, 'scripts', 'build');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  const started = Date.now();
  const step = await import(pathToFileURL(join(dir, file)).href);
  await step.default();
  console.log(`build: ${file} (${Date.now() - started} ms)`);
}
rmSync(join(DIST, '.tmp'), { recursive: true, force: true });
rmSync(BUILDING, { force: true });
