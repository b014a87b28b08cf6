/**
 * The preview's spreadsheet engine: HyperFormula with every catalogue function registered as a
 * plugin generated from CATALOGUE. The plugin only translates: HyperFormula values → grids,
 * `callFunction` → HyperFormula values, `CellError`/`CallError` → `#VALUE!` with the reason.
 * Array results declare their size up front through core's `resultSize`.
 */
import {
  ArraySize,
  CellError as HfCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type FunctionArgument,
  type ImplementedFunctions,
} from 'hyperformula';
import type { Lang } from '../core/i18n';
import { CATALOGUE } from '../core/functions/catalogue';
import { callFunction, resultSize } from '../core/functions/run';
import { CallError, CellError, type Dim, type FunctionSpec, type Out } from '../core/functions/spec';

/** The language catalogue functions answer in (labels, error reasons): the preview's Settings. */
let engineLang: Lang = 'en';

export function setEngineLanguage(lang: Lang): void {
  engineLang = lang;
}

export function engineLanguage(): Lang {
  return engineLang;
}

/** A HyperFormula cell value as core reads cells: blank → null, typed numbers → numbers, errors → their text. */
export function fromEngineValue(v: unknown): unknown {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof HfCellError) return v.message ? `${errorText(v.type)} ${v.message}` : errorText(v.type);
  if (typeof v === 'object' && v !== null && 'val' in v && typeof (v as { val: unknown }).val === 'number') {
    return (v as { val: number }).val; // a RichNumber (date, percent, currency)
  }
  return v;
}

function errorText(type: ErrorType): string {
  switch (type) {
    case ErrorType.DIV_BY_ZERO:
      return '#DIV/0!';
    case ErrorType.NA:
      return '#N/A';
    case ErrorType.NAME:
      return '#NAME?';
    case ErrorType.NUM:
      return '#NUM!';
    case ErrorType.REF:
      return '#REF!';
    case ErrorType.VALUE:
      return '#VALUE!';
    default:
      return '#' + String(type) + '!';
  }
}

/** A function argument as handed to `callFunction`: a range → grid; a single value → the value. */
export function toArg(v: unknown): unknown {
  if (v === undefined) return undefined;
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(fromEngineValue));
  return fromEngineValue(v);
}

function toEngineCell(v: Out): unknown {
  if (v instanceof CellError) return new HfCellError(ErrorType.VALUE, v.reason);
  return v;
}

/** Runs one catalogue function on HyperFormula arguments and gives a HyperFormula value back. */
export function evaluate(spec: FunctionSpec, args: unknown[], lang: Lang): unknown {
  let result: Out | Out[][];
  try {
    result = callFunction(spec, args.map(toArg), { lang });
  } catch (e) {
    const message = e instanceof CallError || e instanceof Error ? e.message : String(e);
    return new HfCellError(ErrorType.VALUE, message);
  }
  if (!Array.isArray(result)) return toEngineCell(result);
  if (result.length === 1 && result[0].length === 1) return toEngineCell(result[0][0]);
  if (result.length === 0 || result[0].length === 0) return '';
  return SimpleRangeValue.onlyValues(result.map((row) => row.map(toEngineCell)) as never);
}

function parameters(spec: FunctionSpec): FunctionArgument[] {
  // Every argument is taken as it comes (range or value); core's `callFunction` shapes and checks it,
  // so the messages are the same in every host.
  return spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true }));
}

/** The plugin class for a list of catalogue functions (by default, the whole catalogue). */
export function catalogPlugin(catalogue: readonly FunctionSpec[] = CATALOGUE): {
  plugin: typeof FunctionPlugin & { implementedFunctions: ImplementedFunctions };
  translations: Record<string, Record<string, string>>;
} {
  class CataloguePlugin extends FunctionPlugin {}
  const implemented: ImplementedFunctions = {};
  const names: Record<string, string> = {};
  const proto = CataloguePlugin.prototype as unknown as Record<string, unknown>;
  for (const spec of catalogue) {
    const method = `ka_${spec.name}`;
    const sizeMethod = `ka_${spec.name}_size`;
    implemented[spec.name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      parameters: parameters(spec),
      vectorizationForbidden: true,
    };
    names[spec.name] = spec.name;
    proto[method] = function (this: any, ast: any, state: any) {
      return this.runFunction(ast.args, state, this.metadata(spec.name), (...args: unknown[]) => evaluate(spec, args, engineLang));
    };
    proto[sizeMethod] = function (this: any, ast: any, state: any) {
      const dims: (Dim | undefined)[] = spec.params.map((_, i) => {
        const a = ast.args[i];
        if (!a || a.type === 'EMPTY') return undefined;
        const s: ArraySize = this.arraySizeForAst(a, state);
        return { rows: s.height, cols: s.width };
      });
      let d: Dim;
      try {
        d = resultSize(spec, dims);
      } catch {
        return ArraySize.scalar();
      }
      if (!(d.rows >= 1 && d.cols >= 1)) return ArraySize.scalar();
      return new ArraySize(d.cols, d.rows);
    };
  }
  (CataloguePlugin as any).implementedFunctions = implemented;
  return { plugin: CataloguePlugin as any, translations: { enGB: names } };
}

let registered = false;

/** Registers the catalogue with HyperFormula (once per page / process). */
export function registerCatalogue(): void {
  if (registered) return;
  const { plugin, translations } = catalogPlugin();
  HyperFormula.registerFunctionPlugin(plugin as any, translations);
  registered = true;
}

/**
 * Recomputes every formula that calls a catalogue function (after the language changed: their
 * labels and messages change, their arguments do not, so the engine would not recompute them).
 * Formulas are entered again in one batch. (HyperFormula's `rebuildAndRecalculate` is no use here:
 * it re-reads spilled array results as constants.)
 */
export function recomputeCatalogue(hf: HyperFormula, catalogue: readonly FunctionSpec[] = CATALOGUE): number {
  const names = catalogue.map((f) => f.name).join('|');
  const calls = new RegExp(`(^|[^A-Z0-9_.])(${names})\\s*\\(`, 'i');
  const cells: { sheet: number; row: number; col: number; formula: string }[] = [];
  for (const name of hf.getSheetNames()) {
    const sheet = hf.getSheetId(name)!;
    hf.getSheetFormulas(sheet).forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === 'string' && calls.test(f)) cells.push({ sheet, row: r, col: c, formula: f });
      }),
    );
  }
  if (!cells.length) return 0;
  hf.batch(() => {
    for (const x of cells) hf.setCellContents({ sheet: x.sheet, row: x.row, col: x.col }, [[null]]);
    for (const x of cells) hf.setCellContents({ sheet: x.sheet, row: x.row, col: x.col }, [[x.formula]]);
  });
  return cells.length;
}

/** The engine settings of the preview: dates as day serials from 1899-12-30, ISO date text read as dates. */
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  dateFormats: ['YYYY-MM-DD', 'YYYY/MM/DD', 'DD/MM/YYYY'],
  nullDate: { year: 1899, month: 12, day: 30 },
  maxRows: 100000,
  useArrayArithmetic: false,
};

/** A HyperFormula instance with the catalogue registered. */
export function createEngine(sheets: Record<string, unknown[][]> = {}, lang: Lang = engineLang): HyperFormula {
  registerCatalogue();
  setEngineLanguage(lang);
  return HyperFormula.buildFromSheets(sheets as never, ENGINE_CONFIG);
}
