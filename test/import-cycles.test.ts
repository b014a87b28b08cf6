/**
 * No import circles anywhere in the shipped code (core, ui, the hosts, the preview): imports run one way,
 * hosts → ui → core, and inside each a base never imports its extensions. Type-only imports count too,
 * since they tie the modules as tightly for a reader.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const DIRS = ['core', 'ui', 'apps-script', 'excel-addin', 'preview'];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm)) {
    const spec = m[1] ?? m[2];
    const base = resolve(dirname(file), spec);
    for (const cand of [base + '.ts', join(base, 'index.ts'), base]) {
      try {
        if (statSync(cand).isFile()) {
          out.push(cand);
          break;
        }
      } catch {
        /* next candidate */
      }
    }
  }
  return out;
}

/** Every cycle found by a depth-first walk, each as the list of files around it. */
function cycles(all: string[]): string[][] {
  const graph = new Map(all.map((f) => [f, importsOf(f).filter((x) => /\.ts$/.test(x))]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push(stack.slice(stack.indexOf(g)).concat(g));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of all) if (!state.has(f)) visit(f);
  return found;
}

describe('imports', () => {
  it('run in no circle', () => {
    const all = DIRS.flatMap((d) => files(join(ROOT, d)));
    expect(all.length).toBeGreaterThan(50);
    expect(cycles(all).map((c) => c.map((f) => relative(ROOT, f)).join(' → '))).toEqual([]);
  });

  it('the check finds a circle when there is one (a type-only import included)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ka-cycles-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
    writeFileSync(join(dir, 'b.ts'), "import type { C } from './c/index';\nexport const b = 1;\n");
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'c', 'index.ts'), "import './../a';\nexport type C = number;\n");
    writeFileSync(join(dir, 'd.ts'), "import { a } from './a';\nexport const d = a;\n");
    const found = cycles(['a.ts', 'b.ts', 'c/index.ts', 'd.ts'].map((f) => join(dir, f)));
    expect(found.map((c) => c.map((f) => relative(dir, f)))).toEqual([['a.ts', 'b.ts', join('c', 'index.ts'), 'a.ts']]);
  });
});
