// The spreadsheet-formula side of a case: the case's data and formulas in a HyperFormula engine
// (licence 'gpl-v3'). `compute()` writes the formulas (the engine evaluates them) and reads their
// values; `clear()` removes them again, so that the next `compute()` is a fresh calculation.
import { HyperFormula } from 'hyperformula';

export function formulaEngine(spec, data) {
  const sheets = spec.hf.sheets(data);
  const place = spec.hf.place(data);
  if (!sheets[place.sheet]) sheets[place.sheet] = [];
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 2_000_000, maxColumns: 100 });
  const sheet = hf.getSheetId(place.sheet);
  const at = { sheet, row: place.row, col: place.col };
  const blank = place.cells.map((r) => r.map(() => null));
  const range = { start: at, end: { sheet, row: place.row + place.cells.length - 1, col: place.col + place.cells[0].length - 1 } };
  return {
    hf,
    compute() {
      hf.setCellContents(at, place.cells);
      return hf.getRangeValues(range);
    },
    clear() {
      hf.setCellContents(at, blank);
    },
  };
}
