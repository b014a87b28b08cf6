/** Shared set-up of the Apps Script tests: the built project (built once if missing) in a fresh fake runtime. */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_APPS_SCRIPT, Runtime, type RuntimeOptions } from './fake/runtime';
import type { Spreadsheet } from './fake/spreadsheet';

export const ROOT = join(DIST_APPS_SCRIPT, '..', '..');

/** Builds the project when dist/apps-script lacks a file the tests load. */
export function ensureBuilt(files = ['Code.js', 'appsscript.json', 'Sidebar.html']) {
  if (files.every((f) => existsSync(join(DIST_APPS_SCRIPT, f)))) return;
  execSync('node scripts/build.mjs', { cwd: ROOT, stdio: 'inherit' });
}

export function runtime(opts: RuntimeOptions = {}): Runtime {
  return new Runtime(opts);
}

const described = new WeakMap<object, string>();
function describeRule(rule: { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null }): string {
  let s = described.get(rule);
  if (s === undefined) {
    const values = rule.values.map((v) => (typeof v === 'object' && v && 'getA1Notation' in v ? (v as { getA1Notation(): string }).getA1Notation() : v));
    s = JSON.stringify([rule.criteria, values, rule.allowInvalid, rule.helpText]);
    described.set(rule, s);
  }
  return s;
}

/** Everything set-up may change, as plain data (for "a second run changes nothing"). */
export function snapshot(ss: Spreadsheet) {
  return {
    sheets: ss.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      maxRows: s.maxRows,
      maxCols: s.maxCols,
      frozen: s.frozenRows,
      // One line per cell, in row-major order, as one string: quick to compare however many cells.
      cells: [...s.cells.entries()]
        .map(([k, d]) => {
          const [r, c] = k.split(',').map(Number);
          const line = JSON.stringify([
            d.value instanceof Date ? d.value.toISOString() : d.value,
            d.formula,
            d.format,
            d.validation ? describeRule(d.validation) : undefined,
            d.note,
            d.style ?? {},
          ]);
          return { r, c, line };
        })
        .sort((a, b) => a.r - b.r || a.c - b.c)
        .map((x) => `${x.r},${x.c} ${x.line}`)
        .join('\n'),
      rules: s.condRules.map((r) => [r.state.criteria, r.state.values, r.state.background, r.state.fontColor, r.state.ranges.map((x) => x.getA1Notation())]),
      charts: s.charts.map((c) => [c.type, c.ranges.map((r) => r.getA1Notation()), c.options, c.position]),
      merges: s.merges.map((m) => JSON.stringify(m)).sort(),
      widths: [...s.widths.entries()].sort((a, b) => a[0] - b[0]),
    })),
    named: ss.named.map((n) => [n.name, ss.describeNamed(n.name)]).sort(),
  };
}
