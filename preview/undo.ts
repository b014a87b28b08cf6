/**
 * Undo and redo of the user's steps in the preview (Ctrl+Z / Ctrl+Y): a cell edit, a form save, a sort.
 * Each step records the cells it may change — their content as entered, before and after — and undo
 * writes the "before" back in one engine batch (redo the "after").
 *
 * Why not HyperFormula's own undo stack: one step of the user is several engine operations (the save,
 * then the Dashboard's formulas re-entered when a table grew, then the catalogue recomputed when the
 * language changed), and those follow from the data. So only the data is recorded here; after an undo
 * the page lets the Dashboard and the language follow again, as after any edit.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';

/** A block of cells: rows × cols from (row, col) of a sheet. */
export interface CellRange {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Step {
  label: string;
  ranges: CellRange[];
  before: RawCellContent[][][];
  after: RawCellContent[][][];
}

/** Most steps kept. */
export const HISTORY_LIMIT = 100;

function same(a: RawCellContent[][][], b: RawCellContent[][][]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class History {
  private done: Step[] = [];
  private undone: Step[] = [];

  /** `changed` runs after an undo or redo wrote its cells (the page refreshes the Dashboard, the grid, the forms, the saved copy). */
  constructor(
    private readonly hf: HyperFormula,
    private readonly changed: (label: string) => void = () => undefined,
  ) {}

  private read(r: CellRange): RawCellContent[][] {
    if (r.rows <= 0 || r.cols <= 0) return [];
    return this.hf.getRangeSerialized({ start: { sheet: r.sheet, row: r.row, col: r.col }, end: { sheet: r.sheet, row: r.row + r.rows - 1, col: r.col + r.cols - 1 } }) as RawCellContent[][];
  }

  /**
   * Runs `action`, which may change the cells of `ranges` (and, as a consequence, others the page
   * derives again), and records it as one step when it changed any of them.
   */
  record<T>(label: string, ranges: CellRange[], action: () => T): T {
    const before = ranges.map((r) => this.read(r));
    const result = action();
    const after = ranges.map((r) => this.read(r));
    if (!same(before, after)) {
      this.done.push({ label, ranges, before, after });
      if (this.done.length > HISTORY_LIMIT) this.done.shift();
      this.undone = [];
    }
    return result;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The label of the step Undo would take back, or null. */
  get next(): string | null {
    return this.done.length ? this.done[this.done.length - 1].label : null;
  }

  private write(step: Step, contents: RawCellContent[][][]): void {
    this.hf.batch(() => {
      step.ranges.forEach((r, i) => {
        if (contents[i].length) this.hf.setCellContents({ sheet: r.sheet, row: r.row, col: r.col }, contents[i]);
      });
    });
  }

  undo(): boolean {
    const step = this.done.pop();
    if (!step) return false;
    this.write(step, step.before);
    this.undone.push(step);
    this.changed(step.label);
    return true;
  }

  redo(): boolean {
    const step = this.undone.pop();
    if (!step) return false;
    this.write(step, step.after);
    this.done.push(step);
    this.changed(step.label);
    return true;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
