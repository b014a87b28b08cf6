/**
 * Excel's function surface agrees with the catalogue, function by function: functions.json (and the
 * Chinese functions.zh-CN.json) from custom-functions-metadata, and the associations made by the built
 * functions.js (run in node:vm with a CustomFunctions stub) — ids, parameter names, optionality,
 * dimensionality — and every worked example computes through the built bundle as in core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/functions/catalogue';
import { callFunction } from '../../core/functions/run';
import { CallError, CellError } from '../../core/functions/spec';
import { evaluate, loadCustomFunctions, StubError, UNRESPONSIVE_MS, type CustomFunction } from './fake/custom-functions';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist', 'excel-addin');

interface MetaParam { name: string; optional?: boolean; dimensionality?: string; description: string }
interface MetaFn { id: string; name: string; description: string; parameters: MetaParam[]; result: { dimensionality?: string } }

let meta: { functions: MetaFn[]; allowCustomDataForDataTypeAny?: boolean };
let zh: { functions: MetaFn[] };
let zhTW: { functions: MetaFn[] };
let associated: Map<string, CustomFunction>;

beforeAll(async () => {
  // Build step 20 is what is under test: run it (it writes dist/excel-addin/functions.*).
  const step = await import(join(ROOT, 'scripts/build/20-excel-functions.mjs'));
  await step.default();
  meta = JSON.parse(readFileSync(join(OUT, 'functions.json'), 'utf8'));
  zh = JSON.parse(readFileSync(join(OUT, 'functions.zh-CN.json'), 'utf8'));
  zhTW = JSON.parse(readFileSync(join(OUT, 'functions.zh-TW.json'), 'utf8'));
  associated = loadCustomFunctions(readFileSync(join(OUT, 'functions.js'), 'utf8'), 'en-US');
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

/**
 * Company names for the large calls: a city, a trade name of three or four characters, an industry and
 * a legal form; every tenth another writing of an earlier one (the place in brackets). Deterministic.
 */
function companyNames(n: number, seed = 7): string[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
  const cities = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京'];
  const industries = ['科技', '制造', '物流', '能源', '医药', '电子', '贸易', '材料'];
  const forms = ['有限公司', '股份有限公司', '集团有限公司'];
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const trade = () => {
    let t = '';
    for (let i = 0, len = 3 + Math.floor(rnd() * 2); i < len; i++) t += String.fromCharCode(0x4e00 + Math.floor(rnd() * 3000));
    return t;
  };
  const made: { city: string; trade: string; ind: string; form: string }[] = [];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 9) {
      const p = made[Math.floor(rnd() * made.length)];
      out.push(`${p.trade}${p.ind}（${p.city}）${p.form}`);
    } else {
      const p = { city: pick(cities), trade: trade(), ind: pick(industries), form: pick(forms) };
      made.push(p);
      out.push(`${p.city}${p.trade}${p.ind}${p.form}`);
    }
  }
  return out;
}

/** A result as core gives it, from what Excel's cell got (`CustomFunctions.Error` → `CellError`). */
function fromExcel(r: unknown): unknown {
  const back = (v: unknown) => (v instanceof StubError ? new CellError(v.message ?? '') : v);
  return Array.isArray(r) ? (r as unknown[][]).map((row) => row.map(back)) : back(r);
}

const spec = (name: string) => CATALOGUE.find((f) => f.name === name)!;

/**
 * Issue 11, item 7: Excel on the desktop restarts an add-in that blocks for five seconds, so a long call
 * must give the runtime back its event loop while it computes (test/excel/fake/custom-functions.ts models
 * the rule). Asserted: the event loop turned during the call (a synchronous call: 0 turns), the call
 * was not restarted, and the cell gets exactly what core's synchronous callFunction gives. Never a time.
 */
describe('a long custom-function call stays responsive (issue 11, item 7)', () => {
  it('CUSTOMER_MATCH of 100 names against 40,000 existing names: a Promise, the event loop turns while the index is built, core\'s result', async () => {
    const existing = companyNames(40_000);
    const names = Array.from({ length: 100 }, (_, i) => [existing[(i * 661) % existing.length].replace(/有限公司$/, '')]);
    names[50] = [true as unknown as string]; // a bad row: its cells are errors, as before
    const args = [names, existing.map((x) => [x]), 0.9];
    const ev = await evaluate(associated.get('CUSTOMER_MATCH')!, args);
    expect(ev.error).toBeUndefined();
    expect(ev.async).toBe(true);
    expect(ev.turns).toBeGreaterThanOrEqual(2);
    const core = callFunction(spec('CUSTOMER_MATCH'), args, { lang: 'en' });
    expect(fromExcel(ev.value)).toEqual(core);
    expect((core as unknown[][])[50][0]).toBeInstanceOf(CellError);
    expect((core as unknown[][]).filter((r) => typeof r[2] === 'number').length).toBeGreaterThan(80);
  }, 60_000);

  it('DUPLICATE_GROUPS over 20,000 names: the event loop turns while the groups are made, core\'s result', async () => {
    const names = companyNames(20_000, 11).map((x) => [x]);
    const ev = await evaluate(associated.get('DUPLICATE_GROUPS')!, [names, null]);
    expect(ev.error).toBeUndefined();
    expect(ev.async).toBe(true);
    expect(ev.turns).toBeGreaterThanOrEqual(2);
    const core = callFunction(spec('DUPLICATE_GROUPS'), [names, null], { lang: 'en' });
    expect(fromExcel(ev.value)).toEqual(core);
    expect((core as unknown[][]).filter((r) => r[0] !== '').length).toBeGreaterThan(1_500);
  }, 60_000);

  it('CUSTOMER_KEY (cell by cell) over 60,000 names: the event loop turns between rows, core\'s result', async () => {
    const names = companyNames(60_000, 5).map((x) => [x]);
    const ev = await evaluate(associated.get('CUSTOMER_KEY')!, [names]);
    expect(ev.async).toBe(true);
    expect(ev.turns).toBeGreaterThanOrEqual(2);
    expect(fromExcel(ev.value)).toEqual(callFunction(spec('CUSTOMER_KEY'), [names], { lang: 'en' }));
  }, 60_000);

  it('a failing call still throws CustomFunctions.Error with core\'s message, at once', async () => {
    const existing = companyNames(5_000).map((x) => [x]);
    const ev = await evaluate(associated.get('CUSTOMER_MATCH')!, [[['华为']], existing, 3]);
    expect(ev.async).toBe(false);
    expect(ev.error).toBeInstanceOf(StubError);
    expect((ev.error as StubError).code).toBe('#VALUE!');
    let message = '';
    try {
      callFunction(spec('CUSTOMER_MATCH'), [[['华为']], existing, 3], { lang: 'en' });
    } catch (e) {
      message = (e as CallError).message;
    }
    expect(message).toMatch(/threshold/);
    expect((ev.error as StubError).message).toBe(message);
  });

  it('a call failing after its first slice rejects with CustomFunctions.Error and core\'s message (DUPLICATE_GROUPS, a TRUE in row 15,000)', async () => {
    const names: unknown[][] = companyNames(20_000, 3).map((x) => [x]);
    names[14_999] = [true];
    const ev = await evaluate(associated.get('DUPLICATE_GROUPS')!, [names, null]);
    let message = '';
    try {
      callFunction(spec('DUPLICATE_GROUPS'), [names, null], { lang: 'en' });
    } catch (e) {
      message = (e as CallError).message;
    }
    expect(message).toMatch(/15000/);
    expect(ev.error).toBeInstanceOf(StubError);
    expect((ev.error as StubError).code).toBe('#VALUE!');
    expect((ev.error as StubError).message).toBe(message);
  });

  it('the fake fails a call that blocks the runtime too long (as the desktop restarts the add-in; here a 100 ms limit)', async () => {
    const busy = (ms: number) => () => {
      const until = Date.now() + ms;
      while (Date.now() < until);
      return 1;
    };
    await expect(evaluate(busy(400), [], 100)).rejects.toThrow(/restarted the add-in/);
    const slices = () => new Promise((resolve) => setTimeout(() => setTimeout(() => resolve(busy(10)()), 0), 0));
    await expect(evaluate(slices, [])).resolves.toMatchObject({ value: 1, async: true });
    expect(UNRESPONSIVE_MS).toBe(5000);
  });
});
