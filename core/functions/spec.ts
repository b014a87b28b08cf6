/**
 * How a catalogue function is declared. Each function is declared once — name, bilingual help,
 * typed parameters, result shape, body — and every host surface (Apps Script globals with
 * `@customfunction` JSDoc, Excel's functions.json and associations, the preview engine's plugin)
 * is generated from these declarations. Coercion and the error policy live in `run.ts`, so a body
 * is only its arithmetic.
 *
 * A body that may run long on a large input (over ~1 s at a million rows) is written in steps instead
 * (`prepareSteps`, `foldSteps`: a generator that yields every bounded amount of work, see
 * `core/steps.ts`), so that Excel can pause it; every other caller drains it. A spec has one form or
 * the other, never both.
 */
import type { Lang, L10n } from '../i18n';
import type { Steps } from '../steps';

/** What a cell of a result may hold. `CellError` becomes `#VALUE!` with its reason in each host. */
export type Out = string | number | boolean | CellError;

export class CellError {
  constructor(readonly reason: string) {}
}

/** A call that cannot be computed at all (wrong shape, bad option, a bad row in a fold). */
export class CallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallError';
  }
}

/** Thrown by a row body: only this row's cells become errors; the reason is in every language. */
export class RowError extends Error {
  constructor(readonly reason: L10n) {
    super(reason.en);
    this.name = 'RowError';
  }
}

/**
 * How a cell is read (see `cell.ts`):
 * - `any`: as it is; `number`, `text`, `date` (day serial), `yesno`, `stage` (0 = Lost, 1–8).
 */
export type ElemType = 'any' | 'number' | 'text' | 'date' | 'yesno' | 'stage';

/**
 * The shape of a parameter:
 * - `each`: one value per cell; the function maps cell by cell (arguments of shape `each` must have
 *   the same shape, or be a single cell, which is repeated);
 * - `rows`: a block read row by row, `width` columns exactly (`width` 0: any width);
 * - `table`: a block handed to the body as it is (rows of raw cells), at least `width` columns;
 * - `scalar`: one cell; `vector8`: eight cells in a row or a column (raw);
 * - `probabilities`: eight win probabilities for stages 1–8 (a row or a column), read as fractions.
 */
export type Shape = 'each' | 'rows' | 'table' | 'scalar' | 'vector8' | 'probabilities';

export interface ParamSpec {
  name: string;
  help: L10n;
  shape: Shape;
  type?: ElemType;
  optional?: boolean;
  /** Value of an omitted optional scalar. */
  default?: number | string | boolean;
  width?: number;
  /** Sheets autocomplete shows this as the argument's example, e.g. `B2:U`. */
  sample: string;
}

export interface Example {
  /** The formula as a user types it in Sheets (Excel adds `KA.`). */
  formula: string;
  /** The values the formula's arguments hold, as grids (`undefined` = omitted). */
  args: unknown[];
  /** The result, as grid (or a single value). */
  result: unknown;
  explain: L10n;
}

export interface Dim {
  rows: number;
  cols: number;
}

export interface Ctx {
  lang: Lang;
}

/** The coerced call-level arguments, by parameter name. */
export type CallArgs = Record<string, any>;

interface Base {
  name: string;
  help: L10n;
  params: ParamSpec[];
  examples: Example[];
}

/**
 * What a `rows` or `each` function computes once per call before its rows (an index, a lookup):
 * `prepare`, or `prepareSteps` when that may run long. Neither when there is nothing to prepare.
 */
export type Prepare<P> =
  | { prepare?(call: CallArgs, ctx: Ctx): P; prepareSteps?: never }
  | { prepareSteps(call: CallArgs, ctx: Ctx): Steps<P>; prepare?: never };

/** Maps cell by cell over its `each` parameters; result has their shape. */
export type EachSpec<P = unknown> = Base &
  Prepare<P> & {
    kind: 'each';
    cell(values: any[], call: CallArgs, ctx: Ctx, prepared: P): Out;
  };

/** Reads its `rows` parameter row by row; each row gives `width` result cells. */
export type RowsSpec<P = unknown> = Base &
  Prepare<P> & {
    kind: 'rows';
    width: number;
    row(values: any[], call: CallArgs, ctx: Ctx, prepared: P): Out[];
  };

/** A fold's body: `fold`, or `foldSteps` when it may run long. */
export type FoldBody =
  | { fold(args: CallArgs, ctx: Ctx): Out | Out[][]; foldSteps?: never }
  | { foldSteps(args: CallArgs, ctx: Ctx): Steps<Out | Out[][]>; fold?: never };

/** Folds whole blocks into a result of a size known from its arguments' sizes. */
export type FoldSpec = Base &
  FoldBody & {
    kind: 'fold';
    /** `scalar` results are one value in every host; `matrix` results are grids. */
    result: 'scalar' | 'matrix';
    size(dims: (Dim | undefined)[]): Dim;
  };

export type FunctionSpec = EachSpec<any> | RowsSpec<any> | FoldSpec;
