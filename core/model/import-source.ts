/**
 * What a host checks before it reads the list to import (a sheet, or a range of it): the range's
 * form, the most cells one import reads, and the messages — one home for both hosts
 * (apps-script/import-source.ts, excel-addin/import-source.ts), which only read and report.
 */
import type { L10n } from '../i18n';

/** The most cells one import reads (20,000 rows of 25 columns; far below Sheets' 10 million cells). */
export const MAX_SOURCE_CELLS = 500000;

/** An A1 range (`A1:F500`, `B:D`, `$A$2:$C`) or a single cell, without a sheet name. */
export function isRangeA1(a1: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d*(:\$?[A-Za-z]{1,3}\$?\d*)?$/.test(a1);
}

export const SOURCE_MESSAGES = {
  noSheet: { en: 'There is no sheet named “{name}”.', zh: '没有名为“{name}”的工作表。', zhHant: '沒有名為「{name}」的工作表。' },
  badRange: {
    en: '“{range}” is not a range of {name}; expects a range such as A1:F500.',
    zh: '“{range}”不是工作表 {name} 的区域;应如 A1:F500。',
    zhHant: '「{range}」不是工作表 {name} 的範圍;應如 A1:F500。',
  },
  tooBig: {
    en: 'The range holds {cells} cells; one import reads at most {max}. Pick a smaller range.',
    zh: '该区域有 {cells} 个单元格;一次导入最多读取 {max} 个。请选择较小的区域。',
    zhHant: '該範圍有 {cells} 個儲存格;一次匯入最多讀取 {max} 個。請選擇較小的範圍。',
  },
} satisfies Record<string, L10n>;
