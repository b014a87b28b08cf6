/**
 * The Import forms' sources in Excel (issue 12, item 1): the worksheets a list may come from, and the
 * values of one (its used range, or a range of it), read — never written — in pages of rows so that no
 * response comes near Excel on the web's 5 MB cap
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The import itself is an ordinary save (the adapter's `submit`): one Excel.run, one write sync.
 */
import { isRangeA1, MAX_SOURCE_CELLS, SOURCE_MESSAGES } from '../core/model/import-source';
import { fill, t, type L10n, type Lang } from '../core/i18n';
import type { ImportSource, SourceValues } from '../ui/host';
import type { ExcelRun } from './excel-run';

/** Cells per read sync (a few hundred kB of values). */
export const SOURCE_PAGE_CELLS = 40000;
const S = SOURCE_MESSAGES;

/** Every worksheet with its used size, in tab order (one sync). */
export function importSources(run: ExcelRun): Promise<ImportSource[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load('rowCount, columnCount'));
    await ctx.sync();
    return sheets.items.map((s, i) => ({ name: s.name, rows: used[i].isNullObject ? 0 : used[i].rowCount, columns: used[i].isNullObject ? 0 : used[i].columnCount }));
  });
}

/** The values of worksheet `name` (its used range, or `range`), header row first. */
export function readSource(run: ExcelRun, lang: () => Lang, name: string, range?: string): Promise<SourceValues> {
  const fail = (m: L10n, values: Record<string, string | number>) => new Error(t(fill(m, values), lang()));
  const a1 = (range ?? '').trim();
  if (a1 && !isRangeA1(a1)) return Promise.reject(fail(S.badRange, { range: a1, name }));
  return run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    await ctx.sync();
    if (sheet.isNullObject) throw fail(S.noSheet, { name });
    const r = a1 ? sheet.getRange(a1) : sheet.getUsedRangeOrNullObject(true);
    r.load('rowIndex, columnIndex, rowCount, columnCount');
    await ctx.sync();
    if (r.isNullObject) return { name: sheet.name, values: [], firstRow: 1 };
    const cells = r.rowCount * r.columnCount;
    if (cells > MAX_SOURCE_CELLS) throw fail(S.tooBig, { cells: cells.toLocaleString('en-US'), max: MAX_SOURCE_CELLS.toLocaleString('en-US') });
    const per = Math.max(1, Math.floor(SOURCE_PAGE_CELLS / Math.max(1, r.columnCount)));
    const values: unknown[][] = [];
    for (let at = 0; at < r.rowCount; at += per) {
      const page = sheet.getRangeByIndexes(r.rowIndex + at, r.columnIndex, Math.min(per, r.rowCount - at), r.columnCount).load('values');
      await ctx.sync();
      values.push(...page.values);
    }
    return { name: a1 ? `${sheet.name}!${a1.toUpperCase()}` : sheet.name, values, firstRow: r.rowIndex + 1 };
  });
}
