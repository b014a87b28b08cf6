/**
 * The `.xlsx` writer of the preview (bundled alone as export-xlsx.js, loaded on the first export):
 * ExcelJS writes the model export-xlsx.ts builds — sheets, Excel tables with their headers, widths,
 * number formats, validation, frozen header rows, values.
 */
// The browser build without polyfills (the preview runs in current browsers).
import ExcelJSModule from 'exceljs/dist/exceljs.bare.min.js';
import type * as ExcelJSTypes from 'exceljs';
import type { XlsxModel, XlsxValue } from './export-xlsx';

const ExcelJS = ExcelJSModule as unknown as typeof ExcelJSTypes;

/** Pixels (the plan's widths) → Excel's column width in characters. */
const chars = (px: number) => Math.max(6, Math.round(px / 7));

function cellValue(v: XlsxValue): ExcelJSTypes.CellValue {
  if (v === null) return null;
  if (typeof v === 'object' && 'error' in v) return { error: v.error as ExcelJSTypes.CellErrorValue['error'] };
  // Day serials from 1899-12-30, as in Sheets, Excel and the engine.
  if (typeof v === 'object' && 'date' in v) return new Date(Math.round((v.date - 25569) * 86400000));
  return v;
}

async function write(model: XlsxModel): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.creator;
  wb.created = new Date();
  for (const s of model.sheets) {
    const ws = wb.addWorksheet(s.title, { state: s.hidden ? 'hidden' : 'visible', views: s.frozenRows ? [{ state: 'frozen', ySplit: s.frozenRows }] : [] });
    s.columns.forEach((c, j) => {
      const col = ws.getColumn(j + 1);
      col.width = chars(c.width);
      if (c.numFmt) col.numFmt = c.numFmt;
    });
    const [header, ...data] = s.rows;
    if (s.table && header) {
      const names = header.map((h, j) => (typeof h === 'string' && h.trim() ? h : `Column${j + 1}`));
      ws.addTable({
        name: s.table.name,
        ref: 'A1',
        headerRow: true,
        totalsRow: false,
        style: { theme: 'TableStyleLight9', showRowStripes: true },
        columns: names.map((name) => ({ name, filterButton: true })),
        // An Excel table needs a data row: an empty table gets one blank row.
        rows: (data.length ? data : [header.map(() => null)]).map((r) => r.map(cellValue)),
      });
    } else {
      for (const r of s.rows) ws.addRow(r.map(cellValue));
    }
    // Range validation (one rule over a column) is ExcelJS's `dataValidations`, which its typings omit.
    const rules = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJSTypes.DataValidation): void } }).dataValidations;
    const last = Math.max(2, s.rows.length + 500);
    s.columns.forEach((c, j) => {
      const v = c.validation;
      if (!v) return;
      const letter = ws.getColumn(j + 1).letter;
      const range = `${letter}2:${letter}${last}`;
      const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const, error: v.message.slice(0, 255) };
      if (v.kind === 'list') rules.add(range, { type: 'list', formulae: [v.ref], ...common });
      else if (v.kind === 'number') rules.add(range, { type: 'decimal', operator: v.max !== undefined ? 'between' : 'greaterThanOrEqual', formulae: v.max !== undefined ? [v.min ?? -1e15, v.max] : [v.min ?? -1e15], ...common });
      else rules.add(range, { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))], ...common });
    });
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** A cell of a read `.xlsx` as the import takes it: dates as `YYYY-MM-DD` (with the time when it has one). */
function readValue(v: ExcelJSTypes.CellValue): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return readValue((v as { result?: ExcelJSTypes.CellValue }).result ?? null);
    if ('hyperlink' in v) return String((v as { text?: unknown }).text ?? v.hyperlink);
    if ('error' in v) return String(v.error);
    return '';
  }
  return v;
}

/** Every worksheet of an `.xlsx` file: its name and values (the import's source; the file is not changed). */
async function read(data: ArrayBuffer): Promise<{ name: string; values: (string | number | boolean)[][] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  return wb.worksheets.map((ws) => {
    const values: (string | number | boolean)[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const out: (string | number | boolean)[] = [];
      for (let c = 1; c <= width; c++) out.push(readValue(row.getCell(c).value));
      values.push(out);
    }
    return { name: ws.name, values };
  });
}

(window as unknown as { kaXlsx: unknown }).kaXlsx = { write, read };
