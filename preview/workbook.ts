/**
 * The workbook inside the engine: one sheet per schema table (header row, then data rows), found by
 * the table's name (`KA_…`), never by sheet title — the preview's equivalent of a named range. Reads
 * tables the way every host does (columns located by header), and applies a command's writes all at
 * once, or none.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { dateToSerial, type Cell } from '../core/cell';
import type { Write } from '../core/commands/types';
import { tableFromGrid } from '../core/schema/read';
import type { TableData, TableId, TableSpec } from '../core/schema/types';
import { fromEngineValue } from './engine';

export interface SheetEntry {
  /** The engine's sheet id (stable when the sheet is renamed). */
  sheet: number;
  spec: TableSpec;
}

export class EngineWorkbook {
  /** Table name (`KA_…`) → its sheet. */
  private readonly byName = new Map<string, SheetEntry>();

  constructor(readonly hf: HyperFormula) {}

  /** Registers `spec` as living on `sheet` (row 0 = headers). */
  register(spec: TableSpec, sheet: number): void {
    this.byName.set(spec.name, { sheet, spec });
  }

  find(name: string): SheetEntry | undefined {
    return this.byName.get(name);
  }

  entry(id: TableId): SheetEntry | undefined {
    for (const e of this.byName.values()) if (e.spec.id === id) return e;
    return undefined;
  }

  tables(): SheetEntry[] {
    return [...this.byName.values()];
  }

  /** Reads a table as every host does (core's `tableFromGrid`: columns by header, trailing blank rows dropped). */
  read(id: TableId): TableData {
    const e = this.entry(id);
    if (!e) throw new Error(`table ${id} is not in the workbook`);
    const values = this.hf.getSheetValues(e.sheet).map((r) => r.map(fromEngineValue) as Cell[]);
    return tableFromGrid(e.spec, values);
  }

  /** Number of data rows (trailing blank rows not counted). */
  dataRows(id: TableId): number {
    return this.read(id).rows.length;
  }

  /**
   * Applies every write of an accepted command in one engine batch (one recalculation, one undo
   * step). If any write cannot be applied nothing stays written.
   */
  apply(writes: readonly Write[]): void {
    // Check everything first: every table known, every update row inside its table.
    const counts = new Map<TableId, number>();
    for (const w of writes) {
      const e = this.entry(w.table);
      if (!e) throw new Error(`table ${w.table} is not in the workbook`);
      if (!counts.has(w.table)) counts.set(w.table, this.dataRows(w.table));
      if (w.kind === 'update' && (w.row < 0 || w.row >= counts.get(w.table)! || !Number.isInteger(w.row))) {
        throw new Error(`row ${w.row} is not a data row of ${w.table}`);
      }
    }
    // …and that the engine accepts every target range (size limits, no array formula in the way).
    const plan: { sheet: number; row: number; contents: RawCellContent[][] }[] = [];
    const at = new Map(counts);
    for (const w of writes) {
      const e = this.entry(w.table)!;
      if (w.kind === 'append') {
        if (!w.rows.length) continue;
        const start = at.get(w.table)!;
        plan.push({ sheet: e.sheet, row: start + 1, contents: w.rows.map((r) => r.map(toEngineContent)) });
        at.set(w.table, start + w.rows.length);
      } else {
        plan.push({ sheet: e.sheet, row: w.row + 1, contents: [w.values.map(toEngineContent)] });
      }
    }
    for (const p of plan) {
      const width = Math.max(1, ...p.contents.map((r) => r.length));
      const range = { start: { sheet: p.sheet, row: p.row, col: 0 }, end: { sheet: p.sheet, row: p.row + p.contents.length - 1, col: width - 1 } };
      if (!this.hf.isItPossibleToSetCellContents(range)) throw new Error(`cannot write rows ${p.row + 1}–${p.row + p.contents.length} of sheet ${p.sheet}`);
    }
    this.hf.batch(() => {
      for (const p of plan) this.hf.setCellContents({ sheet: p.sheet, row: p.row, col: 0 }, p.contents);
    });
  }
}

/** A cell value as written into the engine. Text is written as given: commands already made formula-looking text safe. */
export function toEngineContent(v: Cell): RawCellContent {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dateToSerial(v);
  return v;
}
