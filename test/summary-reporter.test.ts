/**
 * The closing line of a test run (scripts/summary-reporter.ts) tells the truth: a suite that failed
 * before its tests ran — one that throws at import, one whose beforeAll fails (as the browser suites do
 * without a browser) — counts as failed, not as 0 failed. Runs vitest on small fixture suites in a
 * child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The summary line of a vitest run over `files`. */
function summary(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ka-reporter-'));
  dirs.push(dir);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(
    join(dir, 'vitest.config.mjs'),
    `export default { test: { include: ['*.test.mjs'], reporters: [${JSON.stringify(join(ROOT, 'scripts', 'summary-reporter.ts'))}] } };\n`,
  );
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.config.mjs'], { cwd: dir, encoding: 'utf8', timeout: 120000 });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('vitest: '));
  if (!line) throw new Error(`no summary line:\n${r.stdout}\n${r.stderr}`);
  return line.trim();
}

const OK = `import { it, expect } from 'vitest';\nit('passes', () => expect(1).toBe(1));\n`;

describe('the summary line', () => {
  it('counts a suite that throws at import, and one whose beforeAll fails, as failed', () => {
    expect(
      summary({
        'ok.test.mjs': OK,
        'import.test.mjs': `import { it } from 'vitest';\nthrow new Error('boom at import');\nit('never runs', () => {});\n`,
        'hook.test.mjs': `import { beforeAll, describe, it } from 'vitest';\nbeforeAll(() => { throw new Error('no browser'); });\ndescribe('pane', () => { it('a', () => {}); it('b', () => {}); });\n`,
      }),
    ).toBe('vitest: 1 passed, 2 failed, 2 skipped');
  }, 120000);

  it('counts a failed test once, not again for its suite; all green says 0 failed', () => {
    expect(summary({ 'ok.test.mjs': OK, 'bad.test.mjs': `import { it, expect } from 'vitest';\nit('fails', () => expect(1).toBe(2));\n` })).toBe('vitest: 1 passed, 1 failed, 0 skipped');
    expect(summary({ 'ok.test.mjs': OK })).toBe('vitest: 1 passed, 0 failed, 0 skipped');
  }, 120000);
});
