/**
 * Number formats of the Dashboard as patterns both spreadsheets read (Sheets and Excel share the
 * syntax): money in the workbook's currency (Settings `currency`, default ¥) with thousands
 * separated and no cents, every percentage as `0%`.
 */
import type { DashboardFormat } from './types';

/** The currency set-up writes into Settings. */
export const DEFAULT_CURRENCY = '¥';

/** The pattern of a Dashboard format (`null`: leave the cell as the spreadsheet shows text). */
export function formatPattern(kind: DashboardFormat, currency: string = DEFAULT_CURRENCY): string | null {
  switch (kind) {
    case 'money':
      return currency ? `"${currency.replace(/"/g, '')}"#,##0` : '#,##0';
    case 'percent':
      return '0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm';
    case 'stamp':
      return 'mm-dd hh:mm';
    case 'integer':
      return '#,##0';
    case 'number':
      return '#,##0.0';
    default:
      return null;
  }
}
