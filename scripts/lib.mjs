// Shared helpers of the build steps (Node only; nothing here ships).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

/** esbuild with the project's settings: UTF-8 output (Chinese stays Chinese), ES2020, minified. */
export async function bundle(options) {
  const result = await build({
    bundle: true,
    charset: 'utf8',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });
  if (result.errors.length) throw new Error(`esbuild failed for ${options.entryPoints}`);
  return result;
}

/** Imports a TypeScript module (bundled to a temporary ESM file) so that build steps can read the catalogue. */
export async function importTs(entry) {
  const out = join(DIST, '.tmp', entry.replace(/[\\/]/g, '_').replace(/\.ts$/, '.mjs'));
  await bundle({ entryPoints: [join(ROOT, entry)], outfile: out, format: 'esm', platform: 'neutral', minify: false });
  return import(pathToFileURL(out).href + '?t=' + Date.now());
}

export function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
