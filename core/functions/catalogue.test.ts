import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { callFunction, resultSize, toGrid } from './run';
import { CellError } from './spec';

describe('catalogue', () => {
  it('has unique upper-case names and complete bilingual help', () => {
    const names = CATALOGUE.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of CATALOGUE) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.help.en.length).toBeGreaterThan(10);
      expect(f.help.zh.length).toBeGreaterThan(4);
      expect(f.examples.length).toBeGreaterThan(0);
      for (const p of f.params) {
        expect(p.help.en, `${f.name}.${p.name}`).not.toBe('');
        expect(p.help.zh, `${f.name}.${p.name}`).not.toBe('');
      }
      const optionalSeen = f.params.findIndex((p) => p.optional);
      if (optionalSeen >= 0) expect(f.params.slice(optionalSeen).every((p) => p.optional), `${f.name}: optional params last`).toBe(true);
    }
  });

  for (const f of CATALOGUE) {
    f.examples.forEach((ex, i) => {
      it(`${f.name} worked example ${i + 1}: ${ex.formula}`, () => {
        const r = callFunction(f, ex.args, { lang: 'en' });
        expect(r).toEqual(ex.result);
        if (Array.isArray(r)) {
          const dims = ex.args.map((a) => (a === undefined ? undefined : { rows: toGrid(a).length, cols: toGrid(a)[0].length }));
          expect(resultSize(f, dims)).toEqual({ rows: r.length, cols: r[0].length });
          for (const row of r) for (const v of row) expect(v).not.toBeInstanceOf(CellError);
        }
      });
    });
  }
});
