/**
 * Excel's side of the catalogue: one `CustomFunctions.associate` per catalogue function, under the
 * ids that functions.json declares. A cell error is `#VALUE!` carrying its reason; a failed call
 * throws the same error with the message.
 */
import { CATALOGUE } from '../core/functions/catalogue';
import { callFunction, renderErrors } from '../core/functions/run';
import { CallError, CellError, type FunctionSpec, type Out } from '../core/functions/spec';
import { langFromLocale, type Lang } from '../core/i18n';

function workbookLang(): Lang {
  try {
    return langFromLocale(Office.context.contentLanguage || Office.context.displayLanguage);
  } catch {
    return 'en';
  }
}

function toExcel(e: CellError): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.reason);
}

/** The function Excel calls for `spec`: it gets the declared parameters (omitted ones as null). */
export function excelFunction(spec: FunctionSpec): (...args: unknown[]) => unknown {
  const n = spec.params.length;
  return function (...args: unknown[]) {
    try {
      const r = callFunction(spec, args.slice(0, n), { lang: workbookLang() });
      return renderErrors(r, toExcel);
    } catch (e) {
      const message = e instanceof CallError ? e.message : String(e);
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
    }
  };
}

export function associateAll(): void {
  for (const spec of CATALOGUE) CustomFunctions.associate(spec.name, excelFunction(spec));
}
