/**
 * The catalogue's documentation is kept out of the hosts' runtime bundles (scripts/strip-docs.mjs):
 * every spec file of core/functions/ still parses and loses exactly its help, explain and examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a build script without types
import { stripDocs, stripRun } from '../scripts/strip-docs.mjs';

const DIR = join(__dirname, '..', 'core', 'functions');
const COMMANDS_DIR = join(__dirname, '..', 'core', 'commands');

describe('stripDocs', () => {
  it('blanks help, explain and examples values, keeping strings, regexes, comments and other keys', () => {
    const src = [
      "const re = /[{'\"]/g; // a regex with brackets and quotes: help: { not a key }",
      "export const F = { name: 'F', help: { en: 'a } b', zh: `c ${'{'} d` }, params: [{ name: 'x', help: { en: \"it's\" }, sample: 'A1' }],",
      "  examples: [{ formula: '=F(1)', args: [[[1]]], result: 2, explain: { en: '[x]' } }], body: (x: number) => x / 2 / 1 };",
      'const shared = { help: SHARED };',
    ].join('\n');
    const out = stripDocs(src) as string;
    expect(out).toContain("const re = /[{'\"]/g; // a regex with brackets and quotes: help: { not a key }");
    expect(out).toContain("help: void 0, params: [{ name: 'x', help: void 0, sample: 'A1' }]");
    expect(out).toContain('examples: [], body: (x: number) => x / 2 / 1 }');
    expect(out).toContain('help: SHARED');
    expect(out).not.toContain('a } b');
    expect(out.split('\n')).toHaveLength(src.split('\n').length);
  });

  it('leaves every spec file of core/functions parseable, and its help and examples gone', () => {
    let files = 0;
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const src = readFileSync(join(DIR, f), 'utf8');
      const out = stripDocs(src) as string;
      expect(() => transformSync(out, { loader: 'ts' }), f).not.toThrow();
      expect(out.split('\n').length, f).toBe(src.split('\n').length);
      if (/\bexamples:\s*\[\s*\{/.test(src)) {
        files++;
        expect(out, f).not.toMatch(/\bexamples:\s*\[\s*\{/);
        expect(out, f).not.toMatch(/\bhelp:\s*\{/);
      }
    }
    expect(files).toBeGreaterThan(5);
  });
});

describe('stripRun', () => {
  it('blanks a spec’s run method, and leaves calls and other methods alone', () => {
    const src = [
      'export const c: CommandSpec = {',
      "  name: 'c', fields: [{ key: 'x' }],",
      '  run(wb, input, ctx): CommandResult {',
      "    if (wb) { return spec.run(wb, input, ctx); }",
      "    const s = '}';",
      '    return run(x);',
      '  },',
      '  tip: { en: "t" },',
      "  other: { run: (wb, input, ctx) => runImport('customers', wb, input, ctx), b: 1 },",
      "  third: { run: async (a: number): Promise<void> => { await go(a); } },",
      '};',
      'function f() { return run(1); }',
    ].join('\n');
    const out = stripRun(src) as string;
    expect(out).toContain('run: void 0');
    expect(out).not.toContain('spec.run(wb');
    expect(out).toContain('tip: { en: "t" }');
    expect(out).toContain('other: { run: void 0, b: 1 }');
    expect(out).toContain('third: { run: void 0 }');
    expect(out).not.toContain('runImport');
    expect(out).toContain('function f() { return run(1); }');
    expect(out.split('\n')).toHaveLength(src.split('\n').length);
    expect(() => transformSync(out, { loader: 'ts' })).not.toThrow();
  });

  it('leaves every command file of core/commands parseable and without a run body', () => {
    let specs = 0;
    for (const f of readdirSync(COMMANDS_DIR).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const src = readFileSync(join(COMMANDS_DIR, f), 'utf8');
      const out = stripRun(src) as string;
      expect(() => transformSync(out, { loader: 'ts' }), f).not.toThrow();
      if (/^\s{2}run(\(wb, input, ctx\)|: \()/m.test(src)) {
        specs++;
        expect(out, f).not.toMatch(/^\s{2}run(\(wb, input, ctx\)|: \()/m);
        expect(out, f).toContain('run: void 0');
      }
    }
    expect(specs).toBeGreaterThan(8);
  });
});
