/**
 * The Territories table as commands read it: its rules (for TERRITORY_OF's model), and the rule a new
 * customer's region and industry fall in.
 */
import { toNumber } from '../cell';
import { territoryMatcher, type TerritoryRule } from '../model/territory';
import type { Workbook } from '../schema/types';
import { cellOf, table, textOf } from './workbook';

/** The rules of the Territories table (rows with a blank territory are not rules yet; a bad priority counts as blank). */
export function territoryRules(wb: Workbook): TerritoryRule[] {
  const t = table(wb, 'territories');
  const out: TerritoryRule[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const territory = textOf(t, i, 'territory');
    if (territory === '') continue;
    const p = toNumber(cellOf(t, i, 'priority'));
    out.push({ territory, region: textOf(t, i, 'region'), industry: textOf(t, i, 'industry'), manager: textOf(t, i, 'account_manager'), priority: p === undefined ? null : p, row: i });
  }
  return out;
}

/** The first rule matching a customer's region and industry, or `null`. */
export function territoryOf(wb: Workbook, region: string | null, industry: string | null): TerritoryRule | null {
  return territoryMatcher(territoryRules(wb))(region ?? '', industry ?? '');
}
