/**
 * Property-based tests over the WHOLE catalogue (functions added later are covered too): whatever
 * shapes and cell values arrive, a function returns values or throws CallError — never another
 * exception, never NaN / undefined / null in its output — and grids have the size resultSize() says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n';
import { CATALOGUE } from './catalogue';
import { MSG } from './messages';
import { callFunction, resultSize, toGrid } from './run';
import { CallError, CellError, type Dim, type FunctionSpec, type ParamSpec } from './spec';

const FULL_WIDTH = (s: string) => s.replace(/[0-9.,%-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Every kind of value a host may hand over, and some it should never but might. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0
  fc.integer({ min: -1000, max: 100000 }),
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 10000000 }).map((n) => n.toLocaleString('en-US')), // "1,200"
  fc.integer({ min: 0, max: 99999 }).map((n) => FULL_WIDTH(String(n))), // "１２００"
  fc.integer({ min: -50, max: 150 }).map((n) => `${n}%`),
  fc.date({ min: new Date(1890, 0, 1), max: new Date(2200, 0, 1) }),
  fc.constant(new Date(NaN)),
  fc.integer({ min: 40000, max: 50000 }), // date serials
  fc.constantFrom('2026-03-31', '2026/3/31', '2026年3月31日', '2026-02-30'),
  fc.boolean(),
  fc.constantFrom(null, undefined, '', '   '),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('丢单', 'lost', '03 全面掌握客户组织关系', 'Stage 6', '08', '是', '否', '√', '×', 'y', 'n', '无法判断', 'unknown', '张三', '王总', '(未分配)', '=SUM(A1)', '+1', '中國電信股份有限公司'),
);

const NAMES = ['A', 'B', 'C', 'a ', '张三', '王总'];

/** Plausible values for a parameter of `type` (so that calls get past validation and compute). */
function tameValue(type: ParamSpec['type']): fc.Arbitrary<unknown> {
  const blank = fc.constantFrom('', null);
  switch (type) {
    case 'number':
      return fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.double({ min: -1, max: 2, noNaN: true }), fc.constantFrom('1,200', '１２００', '70%', '0'), blank);
    case 'stage':
      return fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom('03', 'Stage 6', '丢单', 'lost', '08 就所有条款达成协议'), blank);
    case 'date':
      return fc.oneof(fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }), fc.integer({ min: 43000, max: 48000 }), fc.constantFrom('2026-03-31', '2026/1/1'), blank);
    case 'yesno':
      return fc.oneof(fc.constantFrom(1, 0, '是', '否', 'y', 'N', '√', '×', true, false), blank);
    case 'text':
      return fc.oneof(fc.constantFrom(...NAMES), blank);
    default:
      return fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom(...NAMES), fc.constantFrom('50%', '1,200', 'unknown'), blank);
  }
}

type Shape = 'cell' | 'row' | 'column' | 'block' | 'empty' | 'omitted' | 'fit';

function grid(rows: number, cols: number, value: fc.Arbitrary<unknown> = cellValue): fc.Arbitrary<unknown[][]> {
  return fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

/** An argument for `p`: any shape, or one that fits the parameter (so calls get past shape checks). */
function argFor(p: ParamSpec, n: number, fitOnly: boolean): fc.Arbitrary<unknown> {
  // Plausible cells, or plausible with the odd wild one, or wild cells only.
  const value = fc.oneof(
    { weight: 2, arbitrary: tameValue(p.type) },
    { weight: 1, arbitrary: fc.oneof({ weight: 20, arbitrary: tameValue(p.type) }, { weight: 1, arbitrary: cellValue }) },
    { weight: 1, arbitrary: cellValue },
  );
  const fit: fc.Arbitrary<unknown> = fc.constant(null).chain(() => {
    switch (p.shape) {
      case 'scalar':
        return value;
      case 'vector8':
      case 'probabilities':
        return fc.oneof(grid(8, 1, value), grid(1, 8, value), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }).map((xs) => xs.map((x) => [x])));
      case 'rows':
      case 'table': {
        const w = Math.max(1, p.width ?? 1);
        return fc.oneof(grid(n, w, value), grid(n, w + (p.shape === 'table' ? 1 : 0), value));
      }
      default:
        return fc.oneof(grid(n, 1, value), value);
    }
  });
  if (fitOnly) return p.optional ? fc.oneof({ weight: 4, arbitrary: fit }, { weight: 1, arbitrary: fc.constant(undefined) }) : fit;
  const shape = fc.constantFrom<Shape>('cell', 'row', 'column', 'block', 'empty', 'omitted', 'fit', 'fit', 'fit');
  return shape.chain((s): fc.Arbitrary<unknown> => {
    switch (s) {
      case 'cell':
        return cellValue;
      case 'row':
        return fc.integer({ min: 1, max: 25 }).chain((c) => grid(1, c));
      case 'column':
        return fc.integer({ min: 1, max: 12 }).chain((r) => grid(r, 1));
      case 'block':
        return fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 22 })).chain(([r, c]) => grid(r, c));
      case 'empty':
        return fc.constantFrom([], [[]], [['']]);
      case 'omitted':
        return fc.constantFrom(undefined, null);
      default:
        return fit;
    }
  });
}

/**
 * A worked example with its rows resampled (aligned arguments keep the same rows), a few cells
 * replaced by arbitrary values and some optional arguments left out: deep paths of every function.
 */
function mutatedExample(f: FunctionSpec): fc.Arbitrary<unknown[]> {
  return fc.constantFrom(...f.examples).chain((ex) => {
    const isVector = (i: number) => f.params[i]?.shape === 'vector8' || f.params[i]?.shape === 'probabilities';
    const heights = ex.args.map((a, i) => (Array.isArray(a) && !isVector(i) ? toGrid(a).length : 1));
    const maxRows = Math.max(1, ...heights);
    return fc
      .tuple(
        fc.array(fc.nat({ max: maxRows - 1 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), cellValue), { maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: f.params.length, maxLength: f.params.length }),
      )
      .map(([picks, edits, keep]) => {
        const args: unknown[] = ex.args.map((a, i) => {
          if (a === undefined || (f.params[i]?.optional && keep[i] === 0)) return undefined;
          if (!Array.isArray(a)) return a;
          const g = toGrid(a);
          return maxRows > 1 && heights[i] === maxRows ? picks.map((r) => [...g[r]]) : g.map((r) => [...r]);
        });
        for (const [ai, ri, ci, v] of edits) {
          const i = ai % args.length;
          const a = args[i];
          if (Array.isArray(a)) {
            const row = (a as unknown[][])[ri % a.length];
            if (row.length) row[ci % row.length] = v;
          } else args[i] = v;
        }
        return args;
      });
  });
}

/** Arguments for a call of `f`: arbitrary shapes, fitting shapes, or a mutated worked example. */
function callArgs(f: FunctionSpec): fc.Arbitrary<unknown[]> {
  const byShape = (fitOnly: boolean) => fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...f.params.map((p) => argFor(p, n, fitOnly))));
  const arbs = [
    { weight: 1, arbitrary: byShape(false) },
    { weight: 1, arbitrary: byShape(true) },
  ];
  if (f.examples.length) arbs.push({ weight: 2, arbitrary: mutatedExample(f) });
  return fc.oneof(...arbs);
}

function dimsOf(args: unknown[]): (Dim | undefined)[] {
  return args.map((a) => {
    if (a === undefined || a === null) return undefined;
    const g = toGrid(a);
    return { rows: g.length, cols: g.length ? g[0].length : 0 };
  });
}

/** The fixed words of the "internal error" message: a CallError carrying them hides a bug. */
const internal = [MSG.internal.en, MSG.internal.zh].map((m) =>
  m
    .split(/\{\w+\}/)
    .map((w) => w.trim())
    .reduce((a, b) => (b.length > a.length ? b : a), ''),
);

function checkCall(f: FunctionSpec, args: unknown[], lang: Lang): void {
  let r: unknown;
  try {
    r = callFunction(f, args, { lang });
  } catch (e) {
    expect(e, `${f.name} threw something other than CallError: ${String(e)}`).toBeInstanceOf(CallError);
    const m = (e as CallError).message;
    expect(m.length).toBeGreaterThan(0);
    for (const w of internal) expect(m, `${f.name}: ${m}`).not.toContain(w);
    return;
  }
  const check = (v: unknown) => {
    if (v instanceof CellError) {
      expect(typeof v.reason).toBe('string');
      expect(v.reason.length).toBeGreaterThan(0);
      return;
    }
    expect(['string', 'number', 'boolean'], `${f.name} gave ${String(v)}`).toContain(typeof v);
    if (typeof v === 'number') expect(Number.isFinite(v), `${f.name} gave ${v}`).toBe(true);
  };
  if (Array.isArray(r)) {
    expect(f.kind === 'fold' && f.result === 'scalar', `${f.name} is a scalar fold but gave a grid`).toBe(false);
    const rows = r as unknown[][];
    const size = resultSize(f, dimsOf(args));
    expect({ rows: rows.length, cols: rows[0]?.length ?? 0 }, `${f.name} result size`).toEqual(size);
    for (const row of rows) {
      expect(Array.isArray(row)).toBe(true);
      expect(row.length).toBe(size.cols);
      for (const v of row) check(v);
    }
  } else {
    expect(f.kind === 'fold' && f.result === 'scalar', `${f.name} gave a single value`).toBe(true);
    check(r);
  }
}

describe('every catalogue function, on arbitrary shapes and values', () => {
  for (const f of CATALOGUE) {
    it(`${f.name} returns values or throws CallError, of the announced size`, () => {
      const call = callArgs(f);
      fc.assert(
        fc.property(call, fc.constantFrom<Lang>('en', 'zh', 'zh-Hant'), (args, lang) => {
          checkCall(f, args, lang);
        }),
        { numRuns: 300 },
      );
    });
  }
});
