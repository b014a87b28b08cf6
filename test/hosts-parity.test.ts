/**
 * Cross-host parity of the catalogue: the BUILT Apps Script project (dist/apps-script/Code.js, loaded
 * in node:vm the way Apps Script loads it — a fresh global with nothing but a SpreadsheetApp stub) and
 * the BUILT Excel functions (dist/excel-addin/functions.js, with CustomFunctions and Office.context
 * stubs) are called through each host's own surface with the same inputs — dates as `Date` objects
 * for Sheets and as serial numbers for Excel, a single cell as a value in Sheets and as a 1×1 matrix
 * in Excel, omitted optionals left out in Sheets and `null` in Excel — and must give the same answers:
 * `#VALUE! reason` text in Sheets ↔ CustomFunctions.Error(#VALUE!, reason) in Excel, and a thrown
 * error ↔ a thrown error with the same message. In English, Simplified and Traditional Chinese.
 *
 * And in several time zones: Sheets hands a date cell to a custom function as midnight of that day in
 * the *spreadsheet's* time zone, while the script's Dates are in its own zone (appsscript.json's, here
 * the process's): the matrix below puts spreadsheets in UTC−8, UTC, UTC+8 and UTC+10, each with a
 * script (and Excel) process in another zone.
 */
import fc from 'fast-check';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ymdToSerial } from '../core/cell';
import { CATALOGUE } from '../core/functions/catalogue';
import { callFunction } from '../core/functions/run';
import { CallError, CellError, type FunctionSpec } from '../core/functions/spec';
import type { Lang } from '../core/i18n';
import { formatDate } from './apps-script/fake/services';
import { instantOf } from './apps-script/fake/zone';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CODE_JS = join(ROOT, 'dist', 'apps-script', 'Code.js');
const FUNCTIONS_JS = join(ROOT, 'dist', 'excel-addin', 'functions.js');
const FUNCTIONS_JSON = join(ROOT, 'dist', 'excel-addin', 'functions.json');

/** A calendar day in host-neutral inputs: a `Date` in Sheets, a serial number in Excel. */
class Day {
  constructor(
    readonly y: number,
    readonly m: number,
    readonly d: number,
  ) {}
}

/** A blank cell in host-neutral inputs: `''` in Sheets, `null` or `''` in Excel. */
const BLANK = Symbol('blank');

type Neutral = string | number | boolean | Day | typeof BLANK;
type NeutralArg = Neutral[][] | undefined;

/** What a call gave, the same whatever the host. */
type Answer = { thrown: string } | { value: unknown };

// ---------------------------------------------------------------------------------------------
// Sheets: Code.js in a fresh context, as Apps Script runs it.

class SheetsHost {
  readonly global: vm.Context;
  localeReads = 0;
  private readonly VmDate: DateConstructor;

  constructor(
    code: string,
    locale: string,
    /** The spreadsheet's time zone (File › Settings): a date cell is midnight of its day there. */
    private readonly zone = 'Asia/Shanghai',
  ) {
    const self = this;
    this.global = vm.createContext({
      SpreadsheetApp: {
        getActiveSpreadsheet: () => ({
          getSpreadsheetLocale: () => {
            self.localeReads++;
            return locale;
          },
          getSpreadsheetTimeZone: () => zone,
        }),
      },
      Utilities: { formatDate },
    });
    vm.runInContext(code, this.global, { filename: 'Code.js' });
    this.VmDate = vm.runInContext('Date', this.global);
  }

  private cell(v: Neutral): unknown {
    if (v === BLANK) return '';
    if (v instanceof Day) return new this.VmDate(instantOf(this.zone, v.y, v.m, v.d));
    return v;
  }

  /** Sheets passes a single cell as its value and a range as a 2-D array; an omitted argument is absent. */
  call(name: string, args: NeutralArg[]): Answer {
    let n = args.length;
    while (n > 0 && args[n - 1] === undefined) n--;
    const host = args.slice(0, n).map((a) => {
      if (a === undefined) return '';
      if (a.length === 1 && a[0].length === 1) return this.cell(a[0][0]);
      return a.map((r) => r.map((v) => this.cell(v)));
    });
    const fn = this.global[name] as (...a: unknown[]) => unknown;
    try {
      return { value: fromSheets(fn(...host)) };
    } catch (e) {
      return { thrown: String((e as Error).message) };
    }
  }
}

function fromSheetsCell(v: unknown): unknown {
  return typeof v === 'string' && v.startsWith('#VALUE! ') ? { error: v.slice('#VALUE! '.length) } : v;
}

function fromSheets(r: unknown): unknown {
  return Array.isArray(r) ? r.map((row: unknown[]) => row.map(fromSheetsCell)) : fromSheetsCell(r);
}

// ---------------------------------------------------------------------------------------------
// Excel: functions.js with CustomFunctions and Office stubs.

class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const ERROR_CODE = { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' };

class ExcelHost {
  readonly functions = new Map<string, (...a: unknown[]) => unknown>();
  private blankAsNull = false;

  constructor(code: string, contentLanguage: string) {
    const context = vm.createContext({
      CustomFunctions: {
        associate: (id: string, fn: (...a: unknown[]) => unknown) => {
          if (this.functions.has(id)) throw new Error(`associated twice: ${id}`);
          this.functions.set(id, fn);
        },
        Error: ExcelError,
        ErrorCode: ERROR_CODE,
      },
      Office: { context: { contentLanguage, displayLanguage: contentLanguage } },
    });
    vm.runInContext(code, context, { filename: 'functions.js' });
  }

  private cell(v: Neutral): unknown {
    if (v === BLANK) return this.blankAsNull ? null : '';
    if (v instanceof Day) return ymdToSerial(v.y, v.m, v.d);
    return v;
  }

  /** Excel passes every declared parameter: ranges as 2-D arrays (scalars as values), omitted ones as null. */
  call(spec: FunctionSpec, args: NeutralArg[], blankAsNull: boolean): Answer {
    this.blankAsNull = blankAsNull;
    const host = spec.params.map((p, i) => {
      const a = args[i];
      if (a === undefined) return null;
      if (p.shape === 'scalar' && a.length === 1 && a[0].length === 1) return this.cell(a[0][0]);
      return a.map((r) => r.map((v) => this.cell(v)));
    });
    const fn = this.functions.get(spec.name)!;
    try {
      return { value: fromExcel(fn(...host)) };
    } catch (e) {
      expect(e, `${spec.name} threw something other than CustomFunctions.Error`).toBeInstanceOf(ExcelError);
      expect((e as ExcelError).code).toBe('#VALUE!');
      return { thrown: String((e as Error).message) };
    }
  }
}

function fromExcelCell(v: unknown): unknown {
  if (v instanceof ExcelError) {
    expect(v.code).toBe('#VALUE!');
    return { error: v.message };
  }
  return v;
}

function fromExcel(r: unknown): unknown {
  return Array.isArray(r) ? r.map((row: unknown[]) => row.map(fromExcelCell)) : fromExcelCell(r);
}

// ---------------------------------------------------------------------------------------------
// Inputs: every worked example (with its text dates also given as real dates), and generated calls.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function neutralCell(v: unknown, dates: boolean): Neutral {
  if (v === '' || v === null || v === undefined) return BLANK;
  if (dates && typeof v === 'string') {
    const m = ISO.exec(v);
    if (m) return new Day(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return v as Neutral;
}

function neutralArg(a: unknown, dates: boolean): NeutralArg {
  if (a === undefined) return undefined;
  if (!Array.isArray(a)) return [[neutralCell(a, dates)]];
  const g = Array.isArray(a[0]) ? (a as unknown[][]) : [a];
  return g.map((r) => r.map((v) => neutralCell(v, dates)));
}

const day: fc.Arbitrary<Day> = fc
  .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => new Day(y, m, d));

/**
 * Values a cell can hold in both hosts (no NaN, no undefined). Real dates are given only where the
 * worked example has a date: a date cell in a number column is a `Date` in Sheets but a plain number
 * in Excel, which no function can tell apart from an amount.
 */
const hostValue: fc.Arbitrary<Neutral> = fc.oneof(
  fc.integer({ min: -1000, max: 200000 }),
  fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 10 }),
  fc.constantFrom('1,200', '１２００', '70%', '85%', '-5', '0'),
  fc.constantFrom('2026-03-31', '2026/3/31', '2026年3月31日', '2026-02-30'),
  fc.boolean(),
  fc.constant(BLANK),
  fc.constantFrom('丢单', 'lost', '03 全面掌握客户组织关系', 'Stage 6', '08', '是', '否', 'y', '无法判断', 'unknown', '张三', 'Wang', 'Li', 'junk', '=SUM(A1)', '中國電信'),
);

/** A worked example with rows resampled (aligned arguments alike), a few cells replaced, optionals dropped. */
function generated(spec: FunctionSpec): fc.Arbitrary<NeutralArg[]> {
  return fc.constantFrom(...spec.examples).chain((ex) => {
    const base = ex.args.map((a) => neutralArg(a, true));
    const vector = (i: number) => spec.params[i]?.shape === 'vector8' || spec.params[i]?.shape === 'probabilities';
    const heights = base.map((a, i) => (a && !vector(i) ? a.length : 1));
    const maxRows = Math.max(1, ...heights);
    return fc
      .tuple(
        fc.array(fc.nat({ max: maxRows - 1 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), hostValue, fc.option(day)), { maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: spec.params.length, maxLength: spec.params.length }),
      )
      .map(([picks, edits, keep]) => {
        const args: NeutralArg[] = spec.params.map((p, i) => {
          const a = base[i];
          if (!a || (p.optional && keep[i] === 0)) return undefined;
          return maxRows > 1 && heights[i] === maxRows ? picks.map((r) => [...a[r]]) : a.map((r) => [...r]);
        });
        for (const [ai, ri, ci, v, d] of edits) {
          const a = args[ai % args.length];
          if (!a) continue;
          const row = a[ri % a.length];
          const c = ci % row.length;
          row[c] = row[c] instanceof Day && d ? d : v;
        }
        return args;
      });
  });
}

interface Case {
  label: string;
  args: NeutralArg[];
  /** The documented result, for worked examples. */
  expected?: unknown;
  /** The example's own arguments, to compute the answer with core directly in the workbook's language. */
  raw?: unknown[];
}

/** The core's answer in `lang`, in the hosts' common form. */
function coreAnswer(spec: FunctionSpec, args: unknown[], lang: Lang): Answer {
  const cell = (v: unknown) => (v instanceof CellError ? { error: v.reason } : v);
  try {
    const r = callFunction(spec, args, { lang });
    return { value: Array.isArray(r) ? r.map((row) => row.map(cell)) : cell(r) };
  } catch (e) {
    expect(e).toBeInstanceOf(CallError);
    return { thrown: (e as Error).message };
  }
}

function casesFor(spec: FunctionSpec): Case[] {
  const cases: Case[] = [];
  spec.examples.forEach((ex, i) => {
    cases.push({ label: `example ${i + 1}`, args: ex.args.map((a) => neutralArg(a, false)), expected: ex.result, raw: ex.args });
    cases.push({ label: `example ${i + 1} with real dates`, args: ex.args.map((a) => neutralArg(a, true)), expected: ex.result });
  });
  // Shapes that must fail or compute the same way: a bad cell in every argument, a wrong width, a blank call.
  cases.push({ label: 'every argument a junk cell', args: spec.params.map(() => [['junk']]) });
  cases.push({ label: 'every argument a blank 2×2 block', args: spec.params.map(() => [[BLANK, BLANK], [BLANK, BLANK]]) });
  // A date where a number is expected: Sheets hands a Date, Excel the serial; both must read the day number.
  // (Where text is expected the hosts cannot agree: Excel hands a date in a text position as a bare serial.)
  if (spec.params.some((p) => p.type === 'number') && spec.examples.length) {
    const base = spec.examples[0].args.map((a) => neutralArg(a, false));
    const args = spec.params.map((p, i) => (p.type === 'number' ? [[new Day(2026, 3, 31)]] : base[i]));
    cases.push({ label: 'a date cell in every number argument', args });
  }
  fc.sample(generated(spec), { numRuns: 60, seed: 20260331 }).forEach((args, i) => cases.push({ label: `generated ${i + 1}`, args }));
  return cases;
}

// ---------------------------------------------------------------------------------------------

const LANGS = [
  { lang: 'en', sheets: 'en_US', excel: 'en-US' },
  { lang: 'zh', sheets: 'zh_CN', excel: 'zh-CN' },
  { lang: 'zh-Hant', sheets: 'zh_TW', excel: 'zh-TW' },
] as const;

let code = '';
let excelCode = '';

beforeAll(() => {
  if (!existsSync(CODE_JS) || !existsSync(FUNCTIONS_JS) || !existsSync(FUNCTIONS_JSON)) {
    execSync('node scripts/build.mjs', { cwd: ROOT, stdio: 'pipe' });
  }
  code = readFileSync(CODE_JS, 'utf8');
  excelCode = readFileSync(FUNCTIONS_JS, 'utf8');
});

describe('the built hosts expose the whole catalogue', () => {
  it('Code.js loads with no Google service touched, and has a global per catalogue function', () => {
    const sheets = new SheetsHost(code, 'en_US');
    expect(sheets.localeReads).toBe(0);
    for (const f of CATALOGUE) expect(typeof sheets.global[f.name], `global ${f.name}`).toBe('function');
  });

  it('every catalogue global carries @customfunction JSDoc with a description and each argument documented', () => {
    const blocks = new Map<string, { doc: string; params: string[] }>();
    const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+(\w+)\s*\(([^)]*)\)/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      blocks.set(m[2], { doc: m[1], params: m[3].split(',').map((s) => s.trim()).filter(Boolean) });
    }
    const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const f of CATALOGUE) {
      const b = blocks.get(f.name);
      expect(b, `JSDoc of ${f.name}`).toBeDefined();
      const lines = b!.doc.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim());
      expect(lines, `${f.name}: @customfunction`).toContain('@customfunction');
      const description = lines.filter((l) => l && !l.startsWith('@')).join(' ');
      expect(description, `${f.name}: English description`).toContain(oneLine(f.help.en).slice(0, 40));
      expect(description, `${f.name}: Chinese description`).toContain(oneLine(f.help.zh).slice(0, 20));
      expect(b!.params, `${f.name}: signature`).toEqual(f.params.map((p) => p.name));
      const paramLines = lines.filter((l) => l.startsWith('@param'));
      expect(paramLines, `${f.name}: one @param per argument`).toHaveLength(f.params.length);
      f.params.forEach((p, i) => {
        const m = /^@param\s+\{[^}]+\}\s+(\[?)(\w+)\]?\s+(.+)$/.exec(paramLines[i]);
        expect(m, `${f.name}: @param ${p.name} is well formed: ${paramLines[i]}`).not.toBeNull();
        expect(m![2]).toBe(p.name);
        expect(m![1] === '[', `${f.name}: ${p.name} optional as declared`).toBe(!!p.optional);
        expect(m![3], `${f.name}: ${p.name} English help`).toContain(oneLine(p.help.en).replace(/\*\//g, '* /').slice(0, 30));
        expect(m![3], `${f.name}: ${p.name} Chinese help`).toContain(oneLine(p.help.zh).slice(0, 10));
      });
    }
    for (const [name, b] of blocks) {
      if (!CATALOGUE.some((f) => f.name === name)) expect(b.doc, `${name} is not a catalogue function`).not.toContain('@customfunction');
    }
  });

  it('functions.js associates every catalogue function once, and functions.json declares them with their parameters', () => {
    const excel = new ExcelHost(excelCode, 'en-US');
    expect([...excel.functions.keys()].sort()).toEqual(CATALOGUE.map((f) => f.name).sort());
    const meta = JSON.parse(readFileSync(FUNCTIONS_JSON, 'utf8')) as { functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[] };
    for (const f of CATALOGUE) {
      const m = meta.functions.find((x) => x.id === f.name);
      expect(m, `functions.json ${f.name}`).toBeDefined();
      expect(m!.name).toBe(f.name);
      expect(m!.parameters.map((p) => p.name)).toEqual(f.params.map((p) => p.name));
      expect(m!.parameters.map((p) => !!p.optional)).toEqual(f.params.map((p) => !!p.optional));
    }
  });
});

/**
 * Spreadsheet zone × the zone of the process (the script's Dates, Excel's local time): UTC−8, UTC, UTC+8
 * and UTC+10 each as the spreadsheet's zone, with the process elsewhere.
 */
const ZONES = [
  { sheet: 'America/Los_Angeles', process: 'Asia/Shanghai' },
  { sheet: 'UTC', process: 'Australia/Brisbane' },
  { sheet: 'Asia/Shanghai', process: 'America/Los_Angeles' },
  { sheet: 'Australia/Brisbane', process: 'UTC' },
] as const;

/** UTC offset (minutes, east positive) of `zone` on 1 January 2026, from Intl: to check the process really runs there. */
function offsetOf(zone: string): number {
  const t = Date.UTC(2026, 0, 1, 12);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(t));
  const g = (k: string) => Number(parts.find((p) => p.type === k)!.value);
  return (Date.UTC(g('year'), g('month') - 1, g('day'), g('hour') % 24, g('minute')) - t) / 60000;
}

describe.each(ZONES)('Sheets and Excel give the same answers — spreadsheet in $sheet, script and Excel in $process', ({ sheet: zone, process: processZone }) => {
  let tz: string | undefined;
  beforeAll(() => {
    tz = process.env.TZ;
    process.env.TZ = processZone;
    expect(0 - new Date(2026, 0, 1, 12).getTimezoneOffset() + 0, `the process runs in ${processZone}`).toBe(offsetOf(processZone) + 0);
  });
  afterAll(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });
  for (const { lang, sheets: locale, excel: content } of LANGS) {
    describe(`in a ${lang} workbook`, () => {
      let sheets: SheetsHost;
      let excel: ExcelHost;
      beforeAll(() => {
        sheets = new SheetsHost(code, locale, zone);
        excel = new ExcelHost(excelCode, content);
      });

      for (const spec of CATALOGUE) {
        it(spec.name, () => {
          const cases = casesFor(spec);
          let computed = 0;
          cases.forEach((c, i) => {
            const s = sheets.call(spec.name, c.args);
            const e = excel.call(spec, c.args, i % 2 === 1);
            expect(e, `${spec.name} ${c.label}: Excel vs Sheets`).toEqual(s);
            if (c.expected !== undefined && lang === 'en') expect(s, `${spec.name} ${c.label}`).toEqual({ value: c.expected });
            // The workbook's language reaches the core: labels and messages as core gives them in that language.
            if (c.raw) expect(s, `${spec.name} ${c.label} in ${lang}`).toEqual(coreAnswer(spec, c.raw, lang));
            if ('value' in s) computed++;
          });
          // The generated calls must mostly compute, or the comparison says little.
          expect(computed, `${spec.name}: calls that computed`).toBeGreaterThan(cases.length / 4);
        });
      }
    });
  }
});
