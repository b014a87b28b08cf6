/**
 * Export of the whole preview workbook as a real `.xlsx`: every sheet with its values (the Dashboard's
 * results too), each table as an Excel table named as in the hosts (`KA_Customers` …) with its headers,
 * column widths and number formats, and the validation set-up gives its columns (drop-down lists from a
 * hidden Lists sheet, Team people, numbers, dates). The page builds a plain model here; the writing is
 * done by ExcelJS in a bundle of its own (export-entry.ts → export-xlsx.js), loaded only when the user
 * exports, so the page does not carry it.
 */
import { DetailedCellError } from 'hyperformula';
import { t, type L10n, type Lang } from '../core/i18n';
import { toA1 } from '../core/schema/dashboard';
import type { NumberFormatKind } from '../core/schema/setup';
import { TABLES } from '../core/schema/tables';
import type { PreviewBook } from './book';

export type XlsxValue = string | number | boolean | null | { error: string } | { date: number };

export type XlsxValidation = { kind: 'list'; ref: string; message: string } | { kind: 'number'; min?: number; max?: number; message: string } | { kind: 'date'; message: string };

export interface XlsxSheet {
  title: string;
  /** The Excel table over the sheet's header and data rows (absent for the Dashboard). */
  table?: { name: string };
  hidden?: boolean;
  columns: { width: number; numFmt?: string; validation?: XlsxValidation }[];
  rows: XlsxValue[][];
  /** Header rows kept frozen. */
  frozenRows: number;
}

export interface XlsxModel {
  sheets: XlsxSheet[];
  creator: string;
}

const LISTS_SHEET: L10n = { en: 'Lists', zh: '下拉列表', zhHant: '下拉清單' };

const NUM_FMT: Partial<Record<NumberFormatKind, string>> = {
  money: '#,##0',
  percent: '0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '0',
};

function quoted(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** The whole workbook as the writer's model. */
export function workbookModel(book: PreviewBook, lang: Lang): XlsxModel {
  const hf = book.hf;
  const sheets: XlsxSheet[] = [];
  const listsTitle = t(LISTS_SHEET, lang);
  const listColumns: string[][] = [];
  const listRef = new Map<string, string>();
  const refOfList = (values: string[]): string => {
    const k = JSON.stringify(values);
    let ref = listRef.get(k);
    if (!ref) {
      const col = listColumns.length;
      listColumns.push(values);
      ref = `${quoted(listsTitle)}!$${toA1(col, 0).replace(/\d+$/, '')}$1:$${toA1(col, 0).replace(/\d+$/, '')}$${values.length}`;
      listRef.set(k, ref);
    }
    return ref;
  };
  const valueOf = (sheet: number, row: number, col: number, v: unknown): XlsxValue => {
    if (v instanceof DetailedCellError) return { error: v.value };
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') {
      const type = hf.getCellValueDetailedType({ sheet, row, col });
      return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' ? { date: v } : v;
    }
    if (typeof v === 'boolean' || typeof v === 'string') return v;
    return String(v);
  };
  const teamPlan = book.plans.get('team');
  for (const info of book.sheets()) {
    const values = hf.getSheetValues(info.id);
    const rows = values.map((r, i) => r.map((v, j) => valueOf(info.id, i, j, v)));
    if (!info.table) {
      sheets.push({ title: info.title, columns: book.columns(info.id).map((c) => ({ width: c.width })), rows, frozenRows: 0 });
      continue;
    }
    const plan = book.plans.get(info.table)!;
    const table = book.wb.read(info.table);
    const dataRows = table.rows.length;
    const columns = plan.columns.map((c) => {
      let validation: XlsxValidation | undefined;
      const v = c.validation;
      if (v?.kind === 'list') validation = { kind: 'list', ref: refOfList(v.values), message: v.message };
      else if (v?.kind === 'team' && teamPlan) {
        const team = book.wb.read('team');
        const col = toA1(team.col.person, 0).replace(/\d+$/, '');
        validation = { kind: 'list', ref: `${quoted(teamPlan.sheet)}!$${col}$2:$${col}$${Math.max(2, team.rows.length + 1)}`, message: v.message };
      } else if (v?.kind === 'number') validation = { kind: 'number', min: v.min, max: v.max, message: v.message };
      else if (v?.kind === 'date') validation = { kind: 'date', message: v.message };
      return { width: c.width, numFmt: NUM_FMT[c.format], validation };
    });
    // The table holds the header row and the data rows, in the schema's columns.
    const width = plan.columns.length;
    const body = rows.slice(0, dataRows + 1).map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
    sheets.push({ title: info.title, table: { name: plan.name }, columns, rows: body, frozenRows: plan.frozenRows });
  }
  const height = Math.max(1, ...listColumns.map((l) => l.length));
  sheets.push({
    title: listsTitle,
    hidden: true,
    columns: listColumns.map(() => ({ width: 160 })),
    rows: Array.from({ length: height }, (_, i) => listColumns.map((l) => l[i] ?? null)),
    frozenRows: 0,
  });
  return { sheets, creator: 'Key-account workbook preview' };
}

/** The names of the tables an export holds, in set-up order (for tests and the page's message). */
export const TABLE_NAMES = TABLES.map((s) => s.name);

declare global {
  interface Window {
    kaXlsx?: { write(model: XlsxModel): Promise<ArrayBuffer>; read(data: ArrayBuffer): Promise<{ name: string; values: (string | number | boolean)[][] }[]> };
  }
}

let loading: Promise<void> | null = null;

/** Loads the writer's bundle (ExcelJS, which also reads a file for the Import forms) once, from beside the page. */
export function loadWriter(): Promise<void> {
  if (window.kaXlsx) return Promise.resolve();
  loading ??= new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = 'export-xlsx.js';
    s.onload = () => resolve();
    s.onerror = () => {
      loading = null;
      reject(new Error('export-xlsx.js could not be loaded'));
    };
    document.head.append(s);
  });
  return loading;
}

/** Writes the workbook as `.xlsx` and hands it to the browser as a download named `file`. */
export async function exportXlsx(book: PreviewBook, lang: Lang, file: string): Promise<number> {
  await loadWriter();
  const data = await window.kaXlsx!.write(workbookModel(book, lang));
  const url = URL.createObjectURL(new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return data.byteLength;
}
