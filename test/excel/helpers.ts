/** Shared set-up of the Excel tests: a fresh fake installed as the global `Excel`, and model readers. */
import { userActorStore, type ActorStore } from '../../excel-addin/actor';
import type { ExcelRun } from '../../excel-addin/excel-run';
import { FakeExcel, FakeSettings, FakeStorage } from './fake/excel';
import type { TableModel } from './fake/model';

export function installFake(): { xl: FakeExcel; run: ExcelRun; settings: FakeSettings; storage: FakeStorage; actor: ActorStore } {
  const xl = new FakeExcel();
  const settings = new FakeSettings();
  const storage = new FakeStorage();
  (globalThis as Record<string, unknown>).Excel = xl;
  return { xl, run: xl.run as unknown as ExcelRun, settings, storage, actor: userActorStore(storage, 'partition/', 'https://contoso.example/KA.xlsx') };
}

export function table(xl: FakeExcel, name: string): TableModel {
  const t = xl.model.table(name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** Header and data rows of a table as values. */
export function tableValues(xl: FakeExcel, name: string): { headers: string[]; rows: unknown[][] } {
  const t = table(xl, name);
  const rows: unknown[][] = [];
  for (let i = 0; i < t.rows; i++) {
    const row: unknown[] = [];
    for (let j = 0; j < t.cols; j++) row.push(t.sheet.cell(t.r + 1 + i, t.c + j)?.value ?? '');
    rows.push(row);
  }
  return { headers: xl.model.headers(t), rows };
}

/** Everything the workbook holds, as comparable data. */
export function snapshot(xl: FakeExcel): unknown {
  const m = xl.model;
  return {
    sheets: m.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      frozen: s.frozenRows,
      cells: [...s.cells.entries()].filter(([, c]) => Object.keys(c).length > 1 || c.value !== '').sort(([a], [b]) => a.localeCompare(b)),
      condFormats: s.condFormats.map((c) => ({ ...c, id: 0 })),
      charts: s.charts,
      widths: [...s.columnWidths.entries()].sort(),
    })),
    tables: m.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
    names: m.names.map((n) => ({ ...n, sheet: n.sheet?.name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
