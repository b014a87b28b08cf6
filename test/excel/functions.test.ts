/**
 * Excel's function surface agrees with the catalogue, function by function: functions.json (and the
 * Chinese functions.zh-CN.json) from custom-functions-metadata, and the associations made by the built
 * functions.js (run in node:vm with a CustomFunctions stub) — ids, parameter names, optionality,
 * dimensionality — and every worked example computes through the built bundle as in core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/functions/catalogue';
import { CellError } from '../../core/functions/spec';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist', 'excel-addin');

interface MetaParam { name: string; optional?: boolean; dimensionality?: string; description: string }
interface MetaFn { id: string; name: string; description: string; parameters: MetaParam[]; result: { dimensionality?: string } }

class StubError {
  constructor(readonly code: string, readonly message?: string) {}
}

let meta: { functions: MetaFn[]; allowCustomDataForDataTypeAny?: boolean };
let zh: { functions: MetaFn[] };
let zhTW: { functions: MetaFn[] };
let associated: Map<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  // Build step 20 is what is under test: run it (it writes dist/excel-addin/functions.*).
  const step = await import(join(ROOT, 'scripts/build/20-excel-functions.mjs'));
  await step.default();
  meta = JSON.parse(readFileSync(join(OUT, 'functions.json'), 'utf8'));
  zh = JSON.parse(readFileSync(join(OUT, 'functions.zh-CN.json'), 'utf8'));
  zhTW = JSON.parse(readFileSync(join(OUT, 'functions.zh-TW.json'), 'utf8'));
  associated = new Map();
  const sandbox = {
    CustomFunctions: {
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        if (associated.has(id)) throw new Error(`associated twice: ${id}`);
        associated.set(id, fn);
      },
      Error: StubError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    },
    Office: { context: { contentLanguage: 'en-US', displayLanguage: 'en-US' } },
  };
  vm.runInNewContext(readFileSync(join(OUT, 'functions.js'), 'utf8'), sandbox, { filename: 'functions.js' });
}, 120000);

describe('Excel functions: functions.json, functions.js and the catalogue agree', () => {
  it('declare and associate exactly the catalogue, in order', () => {
    const names = CATALOGUE.map((f) => f.name);
    expect(meta.functions.map((f) => f.id)).toEqual(names);
    expect(zh.functions.map((f) => f.id)).toEqual(names);
    expect(zhTW.functions.map((f) => f.id)).toEqual(names);
    expect([...associated.keys()]).toEqual(names);
  });

  for (const f of CATALOGUE) {
    it(`${f.name}: parameters, optionality, dimensionality, descriptions, examples`, () => {
      const m = meta.functions.find((x) => x.id === f.name)!;
      const z = zh.functions.find((x) => x.id === f.name)!;
      expect(m.name).toBe(f.name);
      expect(m.parameters.map((p) => p.name)).toEqual(f.params.map((p) => p.name));
      expect(m.parameters.map((p) => !!p.optional)).toEqual(f.params.map((p) => !!p.optional));
      expect(m.parameters.map((p) => p.dimensionality ?? 'scalar')).toEqual(f.params.map((p) => (p.shape === 'scalar' ? 'scalar' : 'matrix')));
      const scalar = f.kind === 'fold' && f.result === 'scalar';
      expect(m.result.dimensionality ?? 'scalar').toBe(scalar ? 'scalar' : 'matrix');
      // The Chinese metadata: same shape, Chinese text.
      expect(z.parameters.map((p) => [p.name, !!p.optional, p.dimensionality ?? 'scalar'])).toEqual(m.parameters.map((p) => [p.name, !!p.optional, p.dimensionality ?? 'scalar']));
      expect(z.description).toMatch(/[\u4e00-\u9fff]/);
      // Traditional Chinese help for zh-TW users, from the same catalogue.
      const tw = zhTW.functions.find((x) => x.id === f.name)!;
      expect(tw.description.startsWith(f.help.zhHant ?? f.help.zh)).toBe(true);
      expect(tw.parameters.map((p) => p.description)).toEqual(f.params.map((p) => p.help.zhHant ?? p.help.zh));
      expect(m.description).toContain(f.help.en.slice(0, 20));

      // Every worked example through the built bundle, as Excel calls it (omitted → null, scalars unwrapped).
      const fn = associated.get(f.name)!;
      for (const ex of f.examples) {
        const args = f.params.map((p, i) => {
          const a = ex.args[i];
          if (a === undefined) return null;
          if (p.shape === 'scalar' && Array.isArray(a)) return (a as unknown[][])[0][0];
          return a;
        });
        const back = (v: unknown) => (v instanceof StubError ? new CellError(v.message ?? '') : v);
        const r = fn(...args);
        const got = Array.isArray(r) ? (r as unknown[][]).map((row) => row.map(back)) : back(r);
        expect(got, ex.formula).toEqual(ex.result);
      }
    });
  }
});

/**
 * How Excel hands a cell to an `any` parameter: a cell holding an Excel data type (here a formatted
 * number, and an entity with a basic value) arrives as the data type's object when the metadata says
 * `allowCustomDataForDataTypeAny: true`, else as its basic value
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-data-types-concepts).
 */
function asExcelPasses(cell: { type: string; basicValue: unknown } & Record<string, unknown>): unknown {
  return meta.allowCustomDataForDataTypeAny ? cell : cell.basicValue;
}

describe('Excel data types in cells (item 6)', () => {
  it('functions.json does not ask for data-type objects, so a data-type cell computes as its basic value', () => {
    expect(meta.allowCustomDataForDataTypeAny).toBe(false);
    const amount = asExcelPasses({ type: 'FormattedNumber', basicValue: 1200, numberFormat: '#,##0' });
    const stage = asExcelPasses({ type: 'Entity', basicValue: '08', text: '08', properties: {} });
    const r = associated.get('WEIGHTED_PIPELINE')!([[amount]], [[stage]], null);
    expect(r).toBe(1200);
  });
});
