/** Round trips through any sheet layout: columns in any order, headers in any language, user columns between. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../cell';
import { record, rowFor, tableFromGrid } from './read';
import { TABLES } from './tables';

describe('rowFor → tableFromGrid → record', () => {
  it('gives back every value of every table, whatever the layout', () => {
    const table = fc.constantFrom(...TABLES);
    fc.assert(
      fc.property(
        table.chain((spec) =>
          fc.record({
            spec: fc.constant(spec),
            order: fc.shuffledSubarray(spec.columns.map((_, i) => i), { minLength: spec.columns.length, maxLength: spec.columns.length }),
            langs: fc.array(fc.constantFrom('en', 'zh', 'zhHant', 'key'), { minLength: spec.columns.length, maxLength: spec.columns.length }),
            extra: fc.array(fc.constantFrom('My notes', 'Flag', '备注2'), { maxLength: 3 }),
            values: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom('=1+1', '+x', '@y', '-z', '  padded ')), { minLength: spec.columns.length, maxLength: spec.columns.length }),
          }),
        ),
        ({ spec, order, langs, extra, values }) => {
          const header: string[] = order.map((i, j) => {
            const c = spec.columns[i];
            const l = langs[j];
            return l === 'key' ? c.key : l === 'zhHant' ? (c.header.zhHant ?? c.header.zh) : c.header[l as 'en' | 'zh'];
          });
          header.splice(1, 0, ...extra);
          const empty = tableFromGrid(spec, [header]);
          const rec: Record<string, unknown> = {};
          spec.columns.forEach((c, i) => (rec[c.key] = values[i]));
          const row = rowFor(empty, rec);
          expect(row).toHaveLength(header.length);
          for (const v of row) if (typeof v === 'string') expect(looksLikeFormula(v)).toBe(false);
          // the host writes the row; a leading apostrophe only marks text and reads back without it
          const back = tableFromGrid(spec, [header, row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v))]);
          const got = record(back, 0);
          for (const c of spec.columns) expect(got[c.key]).toEqual(rec[c.key] === '' ? '' : rec[c.key]);
          // the user's own columns stay blank
          extra.forEach((_, k) => expect(row[1 + k]).toBe(''));
        },
      ),
      { numRuns: 300 },
    );
  });
});
