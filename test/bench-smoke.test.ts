/**
 * The benchmark harness checks itself (no timing assertions): on small generated data, each case's
 * bare-loop floor and the spreadsheet-formula version give the same result as the catalogue function
 * called through the built Apps Script bundle; the quick run completes and writes its report.
 * Needs `npm run build` first (`npm test` builds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ES modules of the bench (no type declarations)
import { CASES, gridDiff, groupQuality } from '../bench/cases.mjs';
// @ts-expect-error — plain ES modules of the bench
import { formulaEngine } from '../bench/formulas.mjs';
// @ts-expect-error — plain ES modules of the bench
import { loadAppsScript, realmDate } from '../bench/host.mjs';
// @ts-expect-error — plain ES modules of the bench
import * as D from '../bench/data.mjs';
import { CATALOGUE } from '../core/functions/catalogue';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CODE = join(ROOT, 'dist', 'apps-script', 'Code.js');

describe('bench harness', () => {
  it('has the built Apps Script bundle to measure', () => {
    expect(existsSync(CODE), 'dist/apps-script/Code.js is missing: run `npm run build` first').toBe(true);
  });

  const sandbox = existsSync(CODE) ? loadAppsScript(CODE) : null;
  const inCatalogue = new Set(CATALOGUE.map((f) => f.name));

  it('finds exactly the catalogue functions as global stubs of the bundle', () => {
    for (const c of CASES) expect(typeof sandbox?.[c.fn] === 'function', c.fn).toBe(inCatalogue.has(c.fn));
  });

  for (const c of CASES) {
    const available = inCatalogue.has(c.fn);
    describe(c.id, () => {
      if (!available) {
        it(`reports ${c.fn} as not available (it is not in the catalogue)`, () => {
          expect(sandbox?.[c.fn]).toBeUndefined();
        });
        return;
      }
      const data = c.make(300, sandbox ? realmDate(sandbox) : Date);
      const ours = sandbox![c.fn](...c.args(data));

      if (c.compare) {
        it('the bare-loop floor gives the same result as the catalogue', () => {
          expect(c.compare(ours, c.floor(data))).toBeNull();
        });
        it('the comparison can fail: a changed result is caught', () => {
          const floor = c.floor(data);
          const broken = Array.isArray(floor) ? floor.map((r: unknown[]) => [...r]) : floor;
          if (Array.isArray(broken)) {
            // the column a case names (`breakColumn`), else the first figure of the usual results
            const col = c.breakColumn ?? c.breakText ?? (c.id === 'OPP_SCORE' ? 0 : 2);
            // a case without figures (`breakText`: e.g. TERRITORY_OF's names) has a text changed instead
            const row = broken.findIndex((r: unknown[]) => (c.breakText !== undefined ? typeof r[col] === 'string' && r[col] !== '' : typeof r[col] === 'number'));
            broken[row][col] = c.breakText !== undefined ? `${broken[row][col]}?` : (broken[row][col] as number) + 1;
            expect(c.compare(ours, broken)).not.toBeNull();
          } else expect(c.compare(ours, (broken as number) + 1)).not.toBeNull();
        });
      }
      if (c.hf) {
        it('the spreadsheet formulas in HyperFormula give the same result', () => {
          const engine = formulaEngine(c, data);
          const got = engine.compute();
          expect(c.hf.compare(ours, got)).toBeNull();
          engine.clear();
          expect(c.hf.compare(ours, engine.compute())).toBeNull(); // a second calculation after clearing
        });
      }
      if (c.id === 'DUPLICATE_GROUPS') {
        it('every exact duplicate the floor finds is grouped together by the catalogue', () => {
          const floor = c.floor(data);
          const byKey = new Map<string, unknown>();
          floor.forEach((r: string[], i: number) => {
            if (r[0] === '') return;
            if (byKey.has(r[0])) expect(ours[i][0]).toBe(byKey.get(r[0]));
            else byKey.set(r[0], ours[i][0]);
          });
          expect(groupQuality(data.truth, ours)).toMatch(/^recall /);
        });
      }
      if (c.id === 'CUSTOMER_MATCH') {
        it('gives one row of 3 cells whose row number points at the name it shows', () => {
          expect(ours).toHaveLength(1);
          const [name, similarity, row] = ours[0];
          if (row === '') expect([name, similarity]).toEqual(['', '']);
          else {
            expect(Number.isInteger(row) && row >= 1 && row <= data.existing.length).toBe(true);
            expect(name).toBe(data.existing[row - 1][0]);
            expect(similarity).toBeGreaterThan(0);
            expect(similarity).toBeLessThanOrEqual(1);
          }
          expect(c.quality(data, ours)).toMatch(/^(found the right company|wrong: )/);
        });
      }
    });
  }

  it('gridDiff reports the first difference and accepts float noise', () => {
    expect(gridDiff([[1, 'a']], [[1 + 1e-12, 'a']])).toBeNull();
    expect(gridDiff([[1, 'a']], [[1, 'b']])).toMatch(/row 1 col 2/);
    expect(gridDiff([[1]], [[1], [2]])).toMatch(/rows/);
  });

  it('generates the same data from the same seed, and the forecast team is five levels deep', () => {
    expect(D.answers(50)).toEqual(D.answers(50));
    expect(D.companies(100).names).toEqual(D.companies(100).names);
    const f = D.forecast(4000);
    expect(f.team.length).toBe(100);
    expect(f.levels).toBe(5);
    expect(f.adjustments.length).toBeGreaterThan(0);
  });

  it('the quick run completes, every measurement agrees, and it writes its report', () => {
    const dir = mkdtempSync(join(os.tmpdir(), 'ka-bench-test-'));
    const out = join(dir, 'RESULTS.md');
    const json = join(dir, 'results.json');
    // every case at two small sizes, each measurement its own process: minutes on a busy machine
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'run.mjs'), '--quick', '--out', out, '--json', json], { encoding: 'utf8', timeout: 480_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    for (const row of report.results) {
      for (const impl of ['ours', 'floor', 'hf', 'lookup']) {
        const m = row[impl];
        if (!m) continue;
        expect(m.error, `${row.case} ${row.n} ${impl}`).toBeUndefined();
        expect(m.check ?? null, `${row.case} ${row.n} ${impl}`).toBeNull();
        if (m.available) expect(m.median).toBeGreaterThanOrEqual(0);
      }
      expect(row.ours.available).toBe(inCatalogue.has(CASES.find((c: { id: string }) => c.id === row.case).fn));
    }
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('## Targets');
    expect(md).toContain('## What ships');
    expect(md).toContain('Code.js');
    expect(md).toContain('## The Dashboard');
    rmSync(dir, { recursive: true, force: true });
  }, 500_000);

  it('the host-call bench prints Sheets calls and Excel syncs for set-up, a re-run and every form’s save', () => {
    const dir = mkdtempSync(join(os.tmpdir(), 'ka-bench-calls-test-'));
    const json = join(dir, 'calls.json');
    // (The import's list made small here: the bench's own run imports 5,000 rows.)
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'host-calls.mjs'), '--json', json, '--import-rows', '200'], { encoding: 'utf8', timeout: 170_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('## Host calls');
    const { sheets, excel, import: imp } = JSON.parse(readFileSync(json, 'utf8'));
    expect(imp.rows).toBe(200);
    expect([imp.sheets.ok, imp.excel.ok]).toEqual([true, true]);
    expect(imp.sheets.read.by['Range.getValues']).toBe(1);
    expect(sheets.first.all.total).toBeGreaterThan(sheets.first.dashboard);
    expect(sheets.rerun.all.write).toBe(0);
    expect(sheets.saves.map((s: { ok: boolean }) => s.ok)).toEqual(sheets.saves.map(() => true));
    expect(excel.saves.map((s: { ok: boolean }) => s.ok)).toEqual(excel.saves.map(() => true));
    expect(excel.rerun.changed).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});
