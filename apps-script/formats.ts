/** Sheets number-format patterns for core's format kinds (`text` gets none: such cells stay automatic). */
import type { NumberFormatKind } from '../core/schema/setup';

export const NUMBER_FORMATS: Record<NumberFormatKind, string | null> = {
  money: '#,##0.00',
  percent: '0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '0',
  number: '#,##0.##',
  text: null,
};
