// The spreadsheet-formula side of a case: the case's data and formulas in a HyperFormula engine
// (licence 'gpl-v3'). `compute()` writes the formulas (the engine evaluates them) and reads the
// values of the last block written; `clear()` removes them again, so that the next `compute()` is a
// fresh calculation. A case's `place` gives one block of formulas, or several (helper columns first).
import { HyperFormula } from 'hyperformula';

export function formulaEngine(spec, data) {
  const sheets = spec.hf.sheets(data);
  const placed = spec.hf.place(data);
  const blocks = Array.isArray(placed) ? placed : [placed];
  for (const b of blocks) if (!sheets[b.sheet]) sheets[b.sheet] = [];
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 2_000_000, maxColumns: 100 });
  const at = blocks.map((b) => ({ sheet: hf.getSheetId(b.sheet), row: b.row, col: b.col }));
  const blank = blocks.map((b) => b.cells.map((r) => r.map(() => null)));
  const last = blocks[blocks.length - 1];
  const lastAt = at[at.length - 1];
  const range = { start: lastAt, end: { sheet: lastAt.sheet, row: last.row + last.cells.length - 1, col: last.col + last.cells[0].length - 1 } };
  return {
    hf,
    compute() {
      hf.batch(() => blocks.forEach((b, i) => hf.setCellContents(at[i], b.cells)));
      return hf.getRangeValues(range);
    },
    clear() {
      hf.batch(() => blocks.forEach((_, i) => hf.setCellContents(at[i], blank[i])));
    },
  };
}
