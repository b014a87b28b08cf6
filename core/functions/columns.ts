/**
 * What the per-row folds over several parallel columns share (DEAL_MARGIN, CUSTOMER_FINANCE): each
 * argument a column of the same rows, read cell by cell; a bad cell is its row's error, not the call's.
 */
import { BAD, badValue, readAs, sameLength, type Grid } from './run';
import { CellError, type Ctx, type ParamSpec } from './spec';

/** A column parameter (`table`, width 1). */
export function columnParam(name: string, sample: string, en: string, zh: string, zhHant: string, optional = false): ParamSpec {
  return { name, shape: 'table', width: 1, sample, ...(optional ? { optional: true } : {}), help: { en, zh, zhHant } };
}

/**
 * The numbers of row `r` of each given column (`null` blank or column omitted), or the CellError of the
 * first unreadable cell.
 */
export function numbersOf(cols: readonly (Grid | undefined)[], names: readonly string[], r: number, ctx: Ctx, out: (number | null)[]): CellError | null {
  for (let i = 0; i < cols.length; i++) {
    const g = cols[i];
    if (!g) {
      out[i] = null;
      continue;
    }
    const raw = g[r][0];
    if (typeof raw === 'number' && raw - raw === 0) {
      out[i] = raw;
      continue;
    }
    const v = readAs('number', raw);
    if (v === BAD) return new CellError(badValue('number', names[i], raw, ctx));
    out[i] = v as number | null;
  }
  return null;
}

/** Fails the call unless every given column has as many rows as the first. */
export function sameRows(cols: readonly (Grid | undefined)[], names: readonly string[], ctx: Ctx): void {
  for (let i = 1; i < cols.length; i++) if (cols[i]) sameLength(cols[0]!, names[0], cols[i]!, names[i], ctx);
}
