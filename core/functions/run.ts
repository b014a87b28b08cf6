/**
 * The one place where catalogue functions meet cell values: arguments are shaped and coerced
 * here, bad rows become error cells here, and calls that cannot be computed fail here with a
 * message naming the argument, what it got and what it expects. Hosts call `callFunction` (or, to
 * pause a long call, `callSteps`) and only translate `CellError` / `CallError` into their own error values.
 */
import { isBlank, showCell, toDateSerial, toNumber, toText, toYesNo } from '../cell';
import { fill, t, type L10n } from '../i18n';
import { parseStage, readProbabilities } from '../model/stage';
import { drain, STEP, type Steps } from '../steps';
import { MSG } from './messages';
import {
  CallError,
  CellError,
  RowError,
  type CallArgs,
  type Ctx,
  type Dim,
  type ElemType,
  type FunctionSpec,
  type Out,
  type ParamSpec,
} from './spec';

export type Grid = unknown[][];

/** Marks a value that could not be read as its type. */
export const BAD: unique symbol = Symbol('bad');

/**
 * A host argument as a grid: ranges are grids already, a single cell (Sheets passes a value) is 1×1.
 * An empty array (no cells at all) reads as one blank cell, so every grid has at least one cell and
 * every result at least one row.
 */
export function toGrid(raw: unknown): Grid {
  if (Array.isArray(raw)) {
    if (raw.length === 0 || (Array.isArray(raw[0]) && raw[0].length === 0)) return [['']];
    return Array.isArray(raw[0]) ? (raw as Grid) : [raw];
  }
  return [[raw]];
}

function dimOf(g: Grid): Dim {
  return { rows: g.length, cols: g.length ? g[0].length : 0 };
}

function isOmitted(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (Array.isArray(raw)) {
    const g = toGrid(raw);
    return g.length === 1 && g[0].length === 1 && isBlank(g[0][0]);
  }
  return isBlank(raw);
}

/** How each type is read: the value, `null` when blank, `BAD` when unreadable. Picked once per argument. */
const READERS: Record<ElemType, (v: unknown) => unknown> = {
  number(v) {
    if (typeof v === 'number') return v - v === 0 ? v : BAD; // finite
    const n = toNumber(v);
    return n === undefined ? BAD : n;
  },
  yesno(v) {
    const b = toYesNo(v);
    return b === undefined ? BAD : b;
  },
  stage(v) {
    const s = parseStage(v);
    return s === undefined ? BAD : s;
  },
  date(v) {
    const d = toDateSerial(v);
    return d === undefined ? BAD : d;
  },
  text(v) {
    return isBlank(v) ? null : typeof v === 'boolean' ? BAD : toText(v);
  },
  any(v) {
    return isBlank(v) ? null : v;
  },
};

/** A cell read as `type`: the value, `null` when blank, `BAD` when unreadable. */
export function readAs(type: ElemType | undefined, v: unknown): unknown {
  return READERS[type ?? 'any'](v);
}

const EXPECT: Record<ElemType, L10n> = {
  any: MSG.expectText,
  text: MSG.expectText,
  number: MSG.expectNumber,
  date: MSG.expectDate,
  yesno: MSG.expectYesNo,
  stage: MSG.expectStage,
};

/** "arg: got X, expects Y" for a value that is not of its type. */
export function badValue(type: ElemType, arg: string, v: unknown, ctx: Ctx): string {
  return t(fill(EXPECT[type], { arg, got: showCell(v, ctx.lang) }), ctx.lang);
}

/**
 * For fold bodies: a cell of row `row` (1-based, within `arg`) read as `type`; a bad value fails the
 * call naming the row and the value. Blank is `null`.
 */
export function need(type: ElemType, v: unknown, arg: string, row: number, ctx: Ctx): any {
  const r = readAs(type, v);
  if (r === BAD) {
    const reason = badValue(type, arg, v, ctx);
    throw new CallError(t(fill(MSG.inRow, { row, arg, reason }), ctx.lang));
  }
  return r;
}

/** A block's cells in reading order (a column, a row or a block alike). */
export function cells(g: unknown): unknown[] {
  const grid = toGrid(g);
  if (grid.length === 0) return [];
  if (grid[0].length === 1) return grid.map((r) => r[0]);
  if (grid.length === 1) return grid[0];
  const out: unknown[] = [];
  for (const r of grid) for (const v of r) out.push(v);
  return out;
}

/** Fails the call unless `a` (named `aName`) has as many cells as `b`. */
export function sameLength(a: readonly unknown[], aName: string, b: readonly unknown[], bName: string, ctx: Ctx): void {
  if (a.length !== b.length) fail(MSG.rowsMismatch, { arg: bName, rows: b.length, expected: a.length, other: aName }, ctx);
}

function fail(l: L10n, values: Record<string, string | number>, ctx: Ctx): never {
  throw new CallError(t(fill(l, values), ctx.lang));
}

function readCall(p: ParamSpec, raw: unknown, ctx: Ctx): unknown {
  // A skipped optional argument arrives as null (Excel) or as a blank value (Sheets), the same as a
  // single blank cell: both mean "not given", whatever the parameter's shape.
  if (isOmitted(raw) && (p.optional || (p.shape !== 'table' && p.shape !== 'rows' && p.shape !== 'each'))) {
    if (!p.optional) fail(MSG.required, { arg: p.name }, ctx);
    if (p.default === undefined && p.shape !== 'scalar' && p.shape !== 'vector8') return undefined;
    return p.default ?? null;
  }
  if (raw === undefined || raw === null) {
    if (!p.optional) fail(MSG.required, { arg: p.name }, ctx);
    return undefined;
  }
  const g = toGrid(raw);
  const d = dimOf(g);
  switch (p.shape) {
    case 'scalar': {
      if (d.rows !== 1 || d.cols !== 1) fail(MSG.scalar, { arg: p.name, rows: d.rows, cols: d.cols }, ctx);
      const v = readAs(p.type, g[0][0]);
      if (v === BAD) throw new CallError(badValue(p.type ?? 'any', p.name, g[0][0], ctx));
      return v;
    }
    case 'vector8':
    case 'probabilities': {
      const flat = d.rows === 1 ? g[0] : d.cols === 1 ? g.map((r) => r[0]) : null;
      if (!flat || flat.length !== 8) fail(MSG.vector8, { arg: p.name, rows: d.rows, cols: d.cols }, ctx);
      if (p.shape === 'vector8') return flat;
      const probs = readProbabilities(flat);
      if (!Array.isArray(probs)) fail(MSG.probability, { arg: p.name, pos: probs.badAt, got: showCell(flat[probs.badAt - 1], ctx.lang) }, ctx);
      return probs;
    }
    case 'table':
    case 'rows':
      if (p.width && (p.shape === 'rows' ? d.cols !== p.width : d.cols < p.width)) {
        fail(p.shape === 'rows' ? MSG.width : MSG.minWidth, { arg: p.name, cols: d.cols, width: p.width }, ctx);
      }
      return g;
    default:
      return g;
  }
}

function guard(v: Out): Out {
  if (typeof v === 'number') return v - v === 0 ? v : new CellError('not a finite number');
  return v === undefined || v === null ? '' : v;
}

function blankRow(width: number): Out[] {
  const r: Out[] = new Array(width);
  for (let i = 0; i < width; i++) r[i] = '';
  return r;
}

function errorRow(width: number, e: CellError): Out[] {
  const r: Out[] = new Array(width);
  for (let i = 0; i < width; i++) r[i] = e;
  return r;
}

function asCellError(e: unknown, ctx: Ctx): CellError {
  if (e instanceof RowError) return new CellError(t(e.reason, ctx.lang));
  throw e;
}

/**
 * Calls a catalogue function with host arguments (grids or single values; omitted optionals as
 * `undefined`/`null`). Returns a grid, or a single value for scalar folds. Throws `CallError` only.
 * The stepped call (`callSteps`) drained: the same work, without pausing.
 */
export function callFunction(spec: FunctionSpec, rawArgs: readonly unknown[], ctx: Ctx): Out | Out[][] {
  return drain(callSteps(spec, rawArgs, ctx));
}

/**
 * `callFunction` in steps: the same work and result, with a yield every `STEP` rows (or cells) and
 * inside the bodies written in steps (`prepareSteps`, `foldSteps`). A host that must stay responsive
 * runs the steps in time slices; a failure is thrown (as `CallError`) from the step where it happens.
 */
export function* callSteps(spec: FunctionSpec, rawArgs: readonly unknown[], ctx: Ctx): Steps<Out | Out[][]> {
  try {
    return yield* dispatch(spec, rawArgs, ctx);
  } catch (e) {
    if (e instanceof CallError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new CallError(t(fill(MSG.internal, { fn: spec.name, message }), ctx.lang));
  }
}

function* dispatch(spec: FunctionSpec, rawArgs: readonly unknown[], ctx: Ctx): Steps<Out | Out[][]> {
  const call: CallArgs = {};
  spec.params.forEach((p, i) => {
    call[p.name] = readCall(p, rawArgs[i], ctx);
  });
  if (spec.kind === 'fold') {
    const r = spec.foldSteps ? yield* spec.foldSteps(call, ctx) : spec.fold!(call, ctx);
    if (Array.isArray(r)) {
      // In place: the grid is the call's own, and a million-row copy would double the garbage.
      for (const row of r) for (let i = 0; i < row.length; i++) row[i] = guard(row[i]);
      return r;
    }
    return guard(r);
  }
  const prepared = spec.prepareSteps ? yield* spec.prepareSteps(call, ctx) : spec.prepare ? spec.prepare(call, ctx) : undefined;
  if (spec.kind === 'rows') return yield* runRows(spec, call, prepared, ctx);
  return yield* runEach(spec, call, prepared, ctx);
}

type RowsFn = Extract<FunctionSpec, { kind: 'rows' }>;
type EachFn = Extract<FunctionSpec, { kind: 'each' }>;

/** What a `rows` call works through, chunk by chunk. */
interface RowsRun {
  spec: RowsFn;
  p: ParamSpec;
  g: Grid;
  read: (v: unknown) => unknown;
  buf: unknown[];
  out: Out[][];
  call: CallArgs;
  prepared: unknown;
  ctx: Ctx;
}

function* runRows(spec: RowsFn, call: CallArgs, prepared: unknown, ctx: Ctx): Steps<Out[][]> {
  const p = spec.params.find((q) => q.shape === 'rows')!;
  const g = call[p.name] as Grid;
  const run: RowsRun = { spec, p, g, read: READERS[p.type ?? 'any'], buf: [], out: new Array(g.length), call, prepared, ctx };
  // The loop itself is a plain function (`rowsChunk`): one generator resume per STEP rows.
  for (let r = 0; r < g.length; r += STEP) {
    if (r) yield;
    rowsChunk(run, r, Math.min(g.length, r + STEP));
  }
  return run.out;
}

function rowsChunk(run: RowsRun, from: number, to: number): void {
  const { spec, p, g, read, buf, out, call, prepared, ctx } = run;
  const width = spec.width;
  const type = p.type;
  for (let r = from; r < to; r++) {
    const row = g[r];
    let blank = true;
    let bad: CellError | null = null;
    if (buf.length !== row.length) buf.length = row.length;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      const v = read(raw);
      if (v === BAD) {
        if (!bad) bad = new CellError(badValue(type ?? 'any', row.length > 1 ? `${p.name} #${c + 1}` : p.name, raw, ctx));
        blank = false;
      } else if (v !== null) blank = false;
      buf[c] = v;
    }
    if (blank) out[r] = blankRow(width);
    else if (bad) out[r] = errorRow(width, bad);
    else {
      try {
        const res = spec.row(buf, call, ctx, prepared);
        for (let i = 0; i < res.length; i++) {
          const x = res[i];
          if (typeof x !== 'string') res[i] = guard(x);
        }
        out[r] = res;
      } catch (e) {
        out[r] = errorRow(width, asCellError(e, ctx));
      }
    }
  }
}

/** What an `each` call works through, chunk by chunk. */
interface EachRun {
  spec: EachFn;
  ps: ParamSpec[];
  grids: (Grid | undefined)[];
  readers: ((v: unknown) => unknown)[];
  single: boolean[];
  /** Whether some `each` argument is larger than one cell (else every argument is repeated). */
  shaped: boolean;
  cols: number;
  vals: unknown[];
  out: Out[][];
  call: CallArgs;
  prepared: unknown;
  ctx: Ctx;
}

function* runEach(spec: EachFn, call: CallArgs, prepared: unknown, ctx: Ctx): Steps<Out[][]> {
  const ps = spec.params.filter((q) => q.shape === 'each');
  const grids = ps.map((q) => call[q.name] as Grid | undefined);
  let ref = -1;
  grids.forEach((g, i) => {
    if (!g) return;
    const d = dimOf(g);
    if (d.rows === 1 && d.cols === 1) return;
    if (ref < 0) ref = i;
    else {
      const rd = dimOf(grids[ref]!);
      if (d.rows !== rd.rows || d.cols !== rd.cols) {
        fail(MSG.shapeMismatch, { arg: ps[i].name, rows: d.rows, cols: d.cols, other: ps[ref].name, orows: rd.rows, ocols: rd.cols }, ctx);
      }
    }
  });
  const shape = ref >= 0 ? dimOf(grids[ref]!) : { rows: 1, cols: 1 };
  const run: EachRun = {
    spec,
    ps,
    grids,
    readers: ps.map((q) => READERS[q.type ?? 'any']),
    single: grids.map((g) => !g || (g.length === 1 && g[0].length === 1)),
    shaped: ref >= 0,
    cols: shape.cols,
    vals: new Array(ps.length),
    out: new Array(shape.rows),
    call,
    prepared,
    ctx,
  };
  // About STEP cells between two yields.
  const per = Math.max(1, Math.floor(STEP / Math.max(1, shape.cols)));
  for (let r = 0; r < shape.rows; r += per) {
    if (r) yield;
    eachChunk(run, r, Math.min(shape.rows, r + per));
  }
  return run.out;
}

function eachChunk(run: EachRun, from: number, to: number): void {
  const { spec, ps, grids, readers, single, shaped, cols, vals, out, call, prepared, ctx } = run;
  const n = ps.length;
  for (let r = from; r < to; r++) {
    const row: Out[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let blank = true;
      let bad: CellError | null = null;
      for (let i = 0; i < n; i++) {
        const g = grids[i];
        const raw = g ? (single[i] ? g[0][0] : g[r][c]) : undefined;
        const v = readers[i](raw);
        if (v === BAD) {
          if (!bad) bad = new CellError(badValue(ps[i].type ?? 'any', ps[i].name, raw, ctx));
        } else if (v !== null && (!shaped || !single[i])) blank = false;
        vals[i] = v === BAD ? null : v;
      }
      if (bad) row[c] = bad;
      else if (blank) row[c] = '';
      else {
        try {
          row[c] = guard(spec.cell(vals, call, ctx, prepared));
        } catch (e) {
          row[c] = asCellError(e, ctx);
        }
      }
    }
    out[r] = row;
  }
}

/**
 * A result with its error cells turned into the host's error value, in place (a result grid is the
 * call's own; copying a million rows would double the work). Hosts call this on what `callFunction` gave.
 */
export function renderErrors(r: Out | Out[][], render: (e: CellError) => unknown): unknown {
  if (!Array.isArray(r)) return r instanceof CellError ? render(r) : r;
  const grid = r as unknown[][];
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v instanceof CellError) row[j] = render(v);
    }
  }
  return grid;
}

/** The size of a call's result from its arguments' sizes (the preview engine needs it up front). */
export function resultSize(spec: FunctionSpec, dims: (Dim | undefined)[]): Dim {
  if (spec.kind === 'fold') return spec.size(dims);
  if (spec.kind === 'rows') {
    const i = spec.params.findIndex((q) => q.shape === 'rows');
    return { rows: dims[i]?.rows ?? 1, cols: spec.width };
  }
  let shape: Dim = { rows: 1, cols: 1 };
  spec.params.forEach((q, i) => {
    const d = dims[i];
    if (q.shape === 'each' && d && (d.rows > 1 || d.cols > 1) && shape.rows === 1 && shape.cols === 1) shape = d;
  });
  return shape;
}
