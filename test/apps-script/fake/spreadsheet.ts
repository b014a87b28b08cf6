/**
 * An in-memory Google Spreadsheet with the parts of SpreadsheetApp the add-on uses, modelled on
 * Google's reference documentation:
 * - `Range.setValues` throws when the data's shape differs from the range's (same wording as Sheets);
 *   ranges outside the sheet throw; `getValues` returns `''` for blanks, numbers, booleans, `Date`s.
 * - Strings written with setValue(s) are read like typed input (documented: "the value is
 *   interpreted as if typed"): `=…` is a formula, numbers and dates are parsed, a leading
 *   apostrophe keeps the rest as text (the apostrophe is not part of the value), and `+x` / `-x`
 *   that are not numbers become formulas (`#NAME?`), as typing them does. A cell formatted as
 *   plain text (`@`) keeps what it is given.
 * - Formulas are stored, not computed: their value is `''` unless the runtime is given an evaluator.
 * - Named ranges follow inserted and deleted rows/columns; a deleted sheet leaves its named ranges
 *   broken (`getRangeByName` → null) until they are set again.
 * - Inserted rows take the formats and data validation of the row above (as the Sheets UI does —
 *   an assumption, the reference does not say).
 */
import { a1ToR1c1, parseA1, quoteSheet, r1c1ToA1, toA1 } from './a1';
import { isDate, type Realm } from './realm';
import { instantOf, wallClock } from './zone';

type Value = string | number | boolean | Date;

interface CellData {
  value?: Value;
  formula?: string;
  format?: string;
  validation?: DataValidation;
  note?: string;
  style?: Record<string, unknown>;
}

export interface Hooks {
  emit(event: string, detail?: unknown): void;
  evaluate?: (formula: string, sheet: Sheet, row: number, col: number) => unknown;
}

const NUM = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUM_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A string as Sheets reads typed input, in a spreadsheet whose time zone is `zone` (a date is that
 * calendar day's midnight there: https://developers.google.com/sheets/api/guides/formats#about_date_time_values).
 */
export function parseEntered(s: string, format: string | undefined, zone = 'Asia/Shanghai'): { value: Value; formula?: string } {
  if (format === '@') return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { value: '', formula: s };
  const t = s.trim();
  if (NUM.test(t)) return { value: Number(t) };
  if (NUM_THOUSANDS.test(t)) return { value: Number(t.replace(/,/g, '')) };
  const pct = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100 };
  const cur = /^([+-]?)\$(\d+(?:\.\d*)?)$/.exec(t);
  if (cur) return { value: Number(cur[1] + cur[2]) };
  if (/^true$/i.test(t)) return { value: true };
  if (/^false$/i.test(t)) return { value: false };
  const d = DATE.exec(t);
  if (d) {
    const check = new Date(Date.UTC(+d[1], +d[2] - 1, +d[3]));
    if (check.getUTCMonth() === +d[2] - 1 && check.getUTCDate() === +d[3])
      return { value: new Date(instantOf(zone, +d[1], +d[2], +d[3], +(d[4] ?? 0), +(d[5] ?? 0), +(d[6] ?? 0))) };
  }
  if ((t.startsWith('+') || t.startsWith('-')) && t.length > 1) return { value: '#NAME?', formula: '=' + t };
  return { value: s };
}

// ---------------------------------------------------------------------------------------------
// Data validation

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CHECKBOX: 'CHECKBOX',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_AFTER: 'DATE_AFTER',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

export class DataValidation {
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
  ) {}
  getCriteriaType() {
    return this.criteria;
  }
  getCriteriaValues() {
    return this.values.slice();
  }
  getAllowInvalid() {
    return this.allowInvalid;
  }
  getHelpText() {
    return this.helpText;
  }
  copy() {
    const b = new DataValidationBuilder();
    b.criteria = this.criteria;
    b.values = this.values.slice();
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }
}

export class DataValidationBuilder {
  criteria: string | null = null;
  values: unknown[] = [];
  allowInvalid = true;
  helpText: string | null = null;
  private set(c: string, values: unknown[]) {
    this.criteria = c;
    this.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true) {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Exception: The list of values must not be empty.');
    if (values.some((v) => typeof v !== 'string')) throw new Error('Exception: The parameters (number[]) don\'t match the method signature for DataValidationBuilder.requireValueInList.');
    return this.set(DataValidationCriteria.VALUE_IN_LIST, [values.slice(), showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true) {
    if (!(range instanceof Range)) throw new Error('Exception: The parameters don\'t match the method signature for DataValidationBuilder.requireValueInRange.');
    return this.set(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  requireCheckbox() {
    return this.set(DataValidationCriteria.CHECKBOX, []);
  }
  requireDate() {
    return this.set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireNumberBetween(a: number, b: number) {
    return this.set(DataValidationCriteria.NUMBER_BETWEEN, [a, b]);
  }
  requireNumberGreaterThan(n: number) {
    return this.set(DataValidationCriteria.NUMBER_GREATER_THAN, [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this.set(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  requireTextIsEmail() {
    return this.set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireFormulaSatisfied(formula: string) {
    return this.set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  setAllowInvalid(b: boolean) {
    this.allowInvalid = !!b;
    return this;
  }
  setHelpText(s: string) {
    this.helpText = String(s);
    return this;
  }
  getCriteriaType() {
    return this.criteria;
  }
  getCriteriaValues() {
    return this.values.slice();
  }
  build() {
    if (!this.criteria) throw new Error('Exception: You must set a criteria before building the data validation rule.');
    return new DataValidation(this.criteria, this.values.slice(), this.allowInvalid, this.helpText);
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats

export const BooleanCriteria = {
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
} as const;

interface CondState {
  criteria: string | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: Range[];
}

export class BooleanCondition {
  constructor(private s: CondState) {}
  getCriteriaType() {
    return this.s.criteria;
  }
  getCriteriaValues() {
    return this.s.values.slice();
  }
  getBackground() {
    return this.s.background;
  }
  getFontColor() {
    return this.s.fontColor;
  }
  getBold() {
    return this.s.bold;
  }
}

export class ConditionalFormatRule {
  constructor(readonly state: CondState) {}
  getBooleanCondition() {
    return new BooleanCondition(this.state);
  }
  getGradientCondition() {
    return null;
  }
  getRanges() {
    return this.state.ranges.slice();
  }
  copy() {
    const b = new ConditionalFormatRuleBuilder();
    Object.assign(b.state, { ...this.state, values: this.state.values.slice(), ranges: this.state.ranges.slice() });
    return b;
  }
}

export class ConditionalFormatRuleBuilder {
  state: CondState = { criteria: null, values: [], background: null, fontColor: null, bold: null, ranges: [] };
  private when(c: string, values: unknown[]) {
    this.state.criteria = c;
    this.state.values = values;
    return this;
  }
  whenTextEqualTo(s: string) {
    return this.when(BooleanCriteria.TEXT_EQUAL_TO, [s]);
  }
  whenTextContains(s: string) {
    return this.when(BooleanCriteria.TEXT_CONTAINS, [s]);
  }
  whenTextStartsWith(s: string) {
    return this.when(BooleanCriteria.TEXT_STARTS_WITH, [s]);
  }
  whenNumberGreaterThan(n: number) {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN, [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  whenNumberLessThan(n: number) {
    return this.when(BooleanCriteria.NUMBER_LESS_THAN, [n]);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this.when(BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  whenNumberBetween(a: number, b: number) {
    return this.when(BooleanCriteria.NUMBER_BETWEEN, [a, b]);
  }
  whenNumberEqualTo(n: number) {
    return this.when(BooleanCriteria.NUMBER_EQUAL_TO, [n]);
  }
  whenFormulaSatisfied(f: string) {
    if (typeof f !== 'string' || !f.startsWith('=')) throw new Error('Exception: Invalid formula: formulas must start with "=".');
    return this.when(BooleanCriteria.CUSTOM_FORMULA, [f]);
  }
  whenCellEmpty() {
    return this.when(BooleanCriteria.CELL_EMPTY, []);
  }
  whenCellNotEmpty() {
    return this.when(BooleanCriteria.CELL_NOT_EMPTY, []);
  }
  setBackground(c: string | null) {
    this.state.background = c;
    return this;
  }
  setFontColor(c: string | null) {
    this.state.fontColor = c;
    return this;
  }
  setBold(b: boolean) {
    this.state.bold = b;
    return this;
  }
  setRanges(ranges: Range[]) {
    if (!Array.isArray(ranges) || ranges.some((r) => !(r instanceof Range))) throw new Error('Exception: setRanges takes an array of ranges.');
    this.state.ranges = ranges.slice();
    return this;
  }
  getRanges() {
    return this.state.ranges.slice();
  }
  build() {
    if (!this.state.criteria) throw new Error('Exception: A conditional format rule needs a condition.');
    if (this.state.ranges.length === 0) throw new Error('Exception: A conditional format rule needs at least one range.');
    return new ConditionalFormatRule({ ...this.state, values: this.state.values.slice(), ranges: this.state.ranges.slice() });
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

let chartSeq = 0;

export class EmbeddedChartBuilder {
  type: string | null = null;
  ranges: Range[] = [];
  options: Record<string, unknown> = {};
  position = { row: 1, col: 1, x: 0, y: 0 };
  id: number | null = null;
  constructor(private sheet: Sheet) {}
  setChartType(t: string) {
    if (!Object.values(ChartType).includes(t as never)) throw new Error(`Exception: Invalid chart type ${t}`);
    this.type = t;
    return this;
  }
  asBarChart() {
    return this.setChartType(ChartType.BAR);
  }
  asColumnChart() {
    return this.setChartType(ChartType.COLUMN);
  }
  getChartType() {
    return this.type;
  }
  addRange(r: Range) {
    if (!(r instanceof Range)) throw new Error('Exception: addRange takes a Range.');
    this.ranges.push(r);
    return this;
  }
  clearRanges() {
    this.ranges = [];
    return this;
  }
  getRanges() {
    return this.ranges.slice();
  }
  setOption(k: string, v: unknown) {
    this.options[k] = v;
    return this;
  }
  setNumHeaders(n: number) {
    this.options.__numHeaders = n;
    return this;
  }
  setPosition(row: number, col: number, x: number, y: number) {
    this.position = { row, col, x, y };
    return this;
  }
  build() {
    if (!this.type) throw new Error('Exception: The chart type must be set.');
    if (this.ranges.length === 0) throw new Error('Exception: A chart needs at least one range.');
    return new EmbeddedChart(this.sheet, this.id ?? ++chartSeq, this.type, this.ranges.slice(), { ...this.options }, { ...this.position });
  }
}

export class EmbeddedChart {
  constructor(
    readonly sheet: Sheet,
    readonly id: number,
    readonly type: string,
    readonly ranges: Range[],
    readonly options: Record<string, unknown>,
    readonly position: { row: number; col: number; x: number; y: number },
  ) {}
  getChartId() {
    return this.id;
  }
  getRanges() {
    return this.ranges.slice();
  }
  getOptions() {
    return { get: (k: string) => this.options[k] ?? null };
  }
  getContainerInfo() {
    return {
      getAnchorRow: () => this.position.row,
      getAnchorColumn: () => this.position.col,
      getOffsetX: () => this.position.x,
      getOffsetY: () => this.position.y,
    };
  }
  modify() {
    const b = new EmbeddedChartBuilder(this.sheet);
    b.type = this.type;
    b.ranges = this.ranges.slice();
    b.options = { ...this.options };
    b.position = { ...this.position };
    b.id = this.id;
    return b;
  }
}

// ---------------------------------------------------------------------------------------------
// Named ranges

export class NamedRange {
  constructor(
    readonly ss: Spreadsheet,
    public name: string,
    public ref: { sheet: Sheet; row: number; col: number; row2: number | null; col2: number | null } | null,
  ) {}
  getName() {
    return this.name;
  }
  setName(n: string) {
    this.ss.checkRangeName(n);
    this.name = n;
    return this;
  }
  getRange() {
    if (!this.ref || this.ref.sheet.deleted) throw new Error('Exception: Range not found');
    const r = this.ref;
    return new Range(r.sheet, r.row, r.col, r.row2, r.col2);
  }
  setRange(range: Range) {
    if (!(range instanceof Range)) throw this.ss.realm.error('The parameters don\'t match the method signature for SpreadsheetApp.NamedRange.setRange.');
    this.ref = { sheet: range.sheet, row: range.row, col: range.col, row2: range.row2Spec, col2: range.col2Spec };
    return this;
  }
  remove() {
    this.ss.named = this.ss.named.filter((n) => n !== this);
  }
}

// ---------------------------------------------------------------------------------------------
// Range

export class Range {
  constructor(
    readonly sheet: Sheet,
    readonly row: number,
    readonly col: number,
    /** null = open-ended to the sheet's last row */
    readonly row2Spec: number | null,
    readonly col2Spec: number | null,
  ) {}
  get row2() {
    return this.row2Spec ?? this.sheet.maxRows;
  }
  get col2() {
    return this.col2Spec ?? this.sheet.maxCols;
  }
  private get realm() {
    return this.sheet.ss.realm;
  }
  private cells(fn: (r: number, c: number) => unknown): unknown[][] {
    const out: unknown[][] = [];
    for (let r = this.row; r <= this.row2; r++) {
      const line: unknown[] = [];
      for (let c = this.col; c <= this.col2; c++) line.push(fn(r, c));
      out.push(line);
    }
    return this.realm.adopt(out);
  }
  private checkShape(values: unknown, what: string) {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row)))
      throw this.realm.error(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${what}.`);
    const rows = values as unknown[][];
    if (rows.length !== this.getNumRows())
      throw this.realm.error(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.getNumRows()}.`);
    for (const row of rows)
      if (row.length !== this.getNumColumns())
        throw this.realm.error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.getNumColumns()}.`);
    return rows;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getLastRow() {
    return this.row2;
  }
  getLastColumn() {
    return this.col2;
  }
  getNumRows() {
    return this.row2 - this.row + 1;
  }
  getNumColumns() {
    return this.col2 - this.col + 1;
  }
  getSheet() {
    return this.sheet;
  }
  getGridId() {
    return this.sheet.id;
  }
  getA1Notation() {
    return toA1(this.row, this.col, this.row2Spec, this.col2Spec);
  }
  getCell(r: number, c: number) {
    if (r < 1 || c < 1 || r > this.getNumRows() || c > this.getNumColumns()) throw this.realm.error('Cell reference out of range');
    return new Range(this.sheet, this.row + r - 1, this.col + c - 1, this.row + r - 1, this.col + c - 1);
  }
  offset(dr: number, dc: number, nr?: number, nc?: number) {
    return this.sheet.getRange(this.row + dr, this.col + dc, nr ?? this.getNumRows(), nc ?? this.getNumColumns());
  }
  getValues(): any[][] {
    this.sheet.ss.hooks.emit('read', this);
    this.sheet.ss.count('getValues');
    this.sheet.ss.count(`cellsRead:${this.sheet.name}`, this.getNumRows() * this.getNumColumns());
    return this.cells((r, c) => this.sheet.valueAt(r, c));
  }
  getValue() {
    return this.realm.adopt(this.sheet.valueAt(this.row, this.col));
  }
  getDisplayValues() {
    return this.cells((r, c) => this.sheet.displayAt(r, c));
  }
  getDisplayValue() {
    return this.sheet.displayAt(this.row, this.col);
  }
  setValues(values: unknown[][]) {
    const rows = this.checkShape(values, 'setValues');
    this.sheet.ss.count('setValues');
    this.sheet.ss.hooks.emit('write', this);
    rows.forEach((line, i) => line.forEach((v, j) => this.sheet.enter(this.row + i, this.col + j, v)));
    return this;
  }
  setValue(v: unknown) {
    this.sheet.ss.count('setValue');
    for (let r = this.row; r <= this.row2; r++) for (let c = this.col; c <= this.col2; c++) this.sheet.enter(r, c, v);
    return this;
  }
  getFormulas() {
    return this.cells((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }
  getFormula() {
    return this.sheet.cell(this.row, this.col)?.formula ?? '';
  }
  getFormulasR1C1() {
    return this.cells((r, c) => {
      const f = this.sheet.cell(r, c)?.formula;
      return f ? a1ToR1c1(f, r, c) : '';
    });
  }
  getFormulaR1C1() {
    const f = this.getFormula();
    return f ? a1ToR1c1(f, this.row, this.col) : '';
  }
  setFormula(f: string) {
    for (let r = this.row; r <= this.row2; r++) for (let c = this.col; c <= this.col2; c++) this.sheet.setFormulaAt(r, c, f);
    return this;
  }
  setFormulas(fs: string[][]) {
    const rows = this.checkShape(fs, 'setFormulas');
    rows.forEach((line, i) => line.forEach((f, j) => this.sheet.setFormulaAt(this.row + i, this.col + j, String(f))));
    return this;
  }
  setFormulaR1C1(f: string) {
    for (let r = this.row; r <= this.row2; r++) for (let c = this.col; c <= this.col2; c++) this.sheet.setFormulaAt(r, c, r1c1ToA1(f, r, c));
    return this;
  }
  setFormulasR1C1(fs: string[][]) {
    const rows = this.checkShape(fs, 'setFormulasR1C1');
    rows.forEach((line, i) => line.forEach((f, j) => this.sheet.setFormulaAt(this.row + i, this.col + j, r1c1ToA1(String(f), this.row + i, this.col + j))));
    return this;
  }
  isBlank() {
    for (let r = this.row; r <= this.row2; r++) for (let c = this.col; c <= this.col2; c++) if (this.sheet.hasContent(r, c)) return false;
    return true;
  }
  clearContent() {
    for (let r = this.row; r <= this.row2; r++)
      for (let c = this.col; c <= this.col2; c++) {
        const d = this.sheet.cell(r, c);
        if (d) {
          delete d.value;
          delete d.formula;
        }
      }
    return this;
  }
  clear() {
    for (let r = this.row; r <= this.row2; r++) for (let c = this.col; c <= this.col2; c++) this.sheet.cells.delete(`${r},${c}`);
    return this;
  }
  private each(fn: (d: CellData, r: number, c: number) => void) {
    for (let r = this.row; r <= this.row2; r++) for (let c = this.col; c <= this.col2; c++) fn(this.sheet.cellW(r, c), r, c);
    return this;
  }
  setNumberFormat(f: string) {
    return this.each((d) => (d.format = String(f)));
  }
  setNumberFormats(fs: string[][]) {
    const rows = this.checkShape(fs, 'setNumberFormats');
    return this.each((d, r, c) => (d.format = String(rows[r - this.row][c - this.col])));
  }
  getNumberFormat() {
    return this.sheet.cell(this.row, this.col)?.format ?? 'General';
  }
  getNumberFormats() {
    return this.cells((r, c) => this.sheet.cell(r, c)?.format ?? 'General');
  }
  setDataValidation(rule: DataValidation | null) {
    if (rule !== null && !(rule instanceof DataValidation)) throw this.realm.error('The parameters don\'t match the method signature for SpreadsheetApp.Range.setDataValidation.');
    return this.each((d) => {
      if (rule) d.validation = rule;
      else delete d.validation;
    });
  }
  setDataValidations(rules: (DataValidation | null)[][]) {
    const rows = this.checkShape(rules, 'setDataValidations');
    return this.each((d, r, c) => {
      const rule = rows[r - this.row][c - this.col];
      if (rule) d.validation = rule as DataValidation;
      else delete d.validation;
    });
  }
  clearDataValidations() {
    return this.setDataValidation(null);
  }
  getDataValidation() {
    return this.sheet.cell(this.row, this.col)?.validation ?? null;
  }
  getDataValidations() {
    const out: (DataValidation | null)[][] = [];
    for (let r = this.row; r <= this.row2; r++) {
      const line: (DataValidation | null)[] = [];
      for (let c = this.col; c <= this.col2; c++) line.push(this.sheet.cell(r, c)?.validation ?? null);
      out.push(line);
    }
    return this.realm.Array.from(out, (l) => this.realm.Array.from(l));
  }
  private style(k: string, v: unknown) {
    return this.each((d) => {
      d.style = { ...d.style, [k]: v };
    });
  }
  private styleOf(k: string) {
    return this.sheet.cell(this.row, this.col)?.style?.[k] ?? null;
  }
  /** One style property per cell from a grid of the range's shape; null resets the cell's (Sheets' default). */
  private styles(k: string, grid: unknown, what: string) {
    const rows = this.checkShape(grid, what);
    return this.each((d, r, c) => {
      const v = rows[r - this.row][c - this.col];
      if (v === null || v === undefined) {
        if (d.style) {
          const { [k]: _, ...rest } = d.style;
          d.style = rest;
        }
      } else d.style = { ...d.style, [k]: v };
    });
  }
  setBackgrounds(grid: (string | null)[][]) {
    return this.styles('background', grid, 'setBackgrounds');
  }
  setFontWeights(grid: (string | null)[][]) {
    return this.styles('fontWeight', grid, 'setFontWeights');
  }
  setFontStyles(grid: (string | null)[][]) {
    return this.styles('fontStyle', grid, 'setFontStyles');
  }
  setFontSizes(grid: (number | null)[][]) {
    return this.styles('fontSize', grid, 'setFontSizes');
  }
  setFontColors(grid: (string | null)[][]) {
    return this.styles('fontColor', grid, 'setFontColors');
  }
  setBackground(c: string | null) {
    return this.style('background', c);
  }
  getBackground() {
    return (this.styleOf('background') as string) ?? '#ffffff';
  }
  setFontWeight(w: string | null) {
    return this.style('fontWeight', w);
  }
  getFontWeight() {
    return (this.styleOf('fontWeight') as string) ?? 'normal';
  }
  setFontColor(c: string | null) {
    return this.style('fontColor', c);
  }
  setFontSize(n: number) {
    return this.style('fontSize', n);
  }
  setHorizontalAlignment(a: string | null) {
    return this.style('horizontalAlignment', a);
  }
  setVerticalAlignment(a: string | null) {
    return this.style('verticalAlignment', a);
  }
  setWrap(b: boolean) {
    return this.style('wrap', b);
  }
  setNote(n: string | null) {
    return this.each((d) => {
      if (n) d.note = String(n);
      else delete d.note;
    });
  }
  setNotes(notes: (string | null)[][]) {
    const rows = this.checkShape(notes, 'setNotes');
    this.sheet.ss.count('setNotes');
    return this.each((d, r, c) => {
      const n = rows[r - this.row][c - this.col];
      if (n) d.note = String(n);
      else delete d.note;
    });
  }
  getNotes() {
    return this.cells((r, c) => this.sheet.cell(r, c)?.note ?? '');
  }
  setFontStyle(s: string | null) {
    return this.style('fontStyle', s);
  }
  getFontStyle() {
    return (this.styleOf('fontStyle') as string) ?? 'normal';
  }
  getFontSize() {
    return (this.styleOf('fontSize') as number) ?? 10;
  }
  getFontColor() {
    return (this.styleOf('fontColor') as string) ?? '#000000';
  }
  /** Clears the formatting (number formats, fonts, fills) and keeps values, notes and validation. */
  clearFormat() {
    this.sheet.ss.count('clearFormat');
    for (let r = this.row; r <= this.row2; r++)
      for (let c = this.col; c <= this.col2; c++) {
        const d = this.sheet.cell(r, c);
        if (d) {
          delete d.format;
          delete d.style;
        }
      }
    return this;
  }
  /**
   * Copies the range's formatting (number formats, fonts, fills) and data validation — not values or
   * notes — to rows `row`…`rowEnd`, columns `column`…`columnEnd` of `sheet` (a Sheet or its id, of
   * the same spreadsheet); a larger target repeats the source, a smaller one truncates it. (Google's
   * reference says "formatting only"; the Sheets API's PASTE_FORMAT, the same paste, takes data
   * validation with it, so the fake does too.)
   */
  copyFormatToRange(sheet: Sheet | number, column: number, columnEnd: number, row: number, rowEnd: number) {
    const target = typeof sheet === 'number' ? this.sheet.ss.sheets.find((x) => x.id === sheet) : sheet;
    if (!(target instanceof Sheet) || target.ss !== this.sheet.ss) throw this.realm.error('Target range and source range must be on the same spreadsheet.');
    const n = [column, columnEnd, row, rowEnd];
    if (!n.every((x) => Number.isInteger(x) && x >= 1) || columnEnd < column || rowEnd < row) throw this.realm.error("The parameters don't match the method signature for SpreadsheetApp.Range.copyFormatToRange.");
    if (rowEnd > target.maxRows || columnEnd > target.maxCols) throw this.realm.error('The coordinates of the target range are outside the dimensions of the sheet.');
    const rows = this.row2 - this.row + 1;
    const cols = this.col2 - this.col + 1;
    type Format = { format?: string; style?: Record<string, unknown>; validation?: DataValidation };
    const src: Format[][] = [];
    for (let i = 0; i < rows; i++) {
      const line: Format[] = [];
      for (let j = 0; j < cols; j++) {
        const d = this.sheet.cell(this.row + i, this.col + j);
        line.push({ format: d?.format, style: d?.style ? { ...d.style } : undefined, validation: d?.validation });
      }
      src.push(line);
    }
    for (let r = row; r <= rowEnd; r++)
      for (let c = column; c <= columnEnd; c++) {
        const f = src[(r - row) % rows][(c - column) % cols];
        const d = target.cellW(r, c);
        if (f.format === undefined) delete d.format;
        else d.format = f.format;
        if (f.style === undefined) delete d.style;
        else d.style = { ...f.style };
        if (f.validation === undefined) delete d.validation;
        else d.validation = f.validation;
      }
    return this;
  }
  /** Merges each row of the range across its columns (refused over part of an existing merge). */
  mergeAcross() {
    this.sheet.ss.count('mergeAcross');
    this.sheet.checkWhole(this);
    for (let r = this.row; r <= this.row2; r++) if (this.col2 > this.col) this.sheet.merges.push({ r, c: this.col, rows: 1, cols: this.col2 - this.col + 1 });
    return this;
  }
  merge() {
    this.sheet.ss.count('merge');
    this.sheet.checkWhole(this);
    this.sheet.merges.push({ r: this.row, c: this.col, rows: this.row2 - this.row + 1, cols: this.col2 - this.col + 1 });
    return this;
  }
  /** Splits every merge inside the range (a merge reaching outside it is refused, as in Sheets). */
  breakApart() {
    this.sheet.ss.count('breakApart');
    this.sheet.checkWhole(this);
    this.sheet.merges = this.sheet.merges.filter((m) => !(m.r >= this.row && m.r + m.rows - 1 <= this.row2 && m.c >= this.col && m.c + m.cols - 1 <= this.col2));
    return this;
  }
  getMergedRanges() {
    const inside = this.sheet.merges.filter((m) => m.r <= this.row2 && m.r + m.rows - 1 >= this.row && m.c <= this.col2 && m.c + m.cols - 1 >= this.col);
    return this.realm.Array.from(inside.map((m) => new Range(this.sheet, m.r, m.c, m.r + m.rows - 1, m.c + m.cols - 1)));
  }
  isPartOfMerge() {
    return this.getMergedRanges().length > 0;
  }
  getNote() {
    return this.sheet.cell(this.row, this.col)?.note ?? '';
  }
  activate() {
    this.sheet.ss.active = this.sheet;
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet

/**
 * A sheet's protection (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * `Sheet.protect()` adds one; warning-only protection lets every editor edit after a warning, so it
 * never stops a script's writes (the fake models no full protection: the add-on sets none).
 */
export class Protection {
  description = '';
  warningOnly = false;
  constructor(readonly sheet: Sheet) {}
  setDescription(d: string) {
    this.description = String(d);
    return this;
  }
  getDescription() {
    return this.description;
  }
  setWarningOnly(w: boolean) {
    this.warningOnly = !!w;
    return this;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  getProtectionType() {
    return 'SHEET';
  }
  remove() {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

/** `SpreadsheetApp.ProtectionType`. */
export const ProtectionType = { SHEET: 'SHEET', RANGE: 'RANGE' } as const;

export class Sheet {
  protections: Protection[] = [];
  readonly id: number;
  cells = new Map<string, CellData>();
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  widths = new Map<number, number>();
  condRules: ConditionalFormatRule[] = [];
  charts: EmbeddedChart[] = [];
  /** Merged cells (1-based top-left, size). */
  merges: { r: number; c: number; rows: number; cols: number }[] = [];
  tabColor: string | null = null;
  hidden = false;
  deleted = false;
  constructor(
    readonly ss: Spreadsheet,
    public name: string,
  ) {
    this.id = ss.sheetSeq++ === 0 ? 0 : 1000000 + ss.sheetSeq * 7919;
  }
  cell(r: number, c: number): CellData | undefined {
    return this.cells.get(`${r},${c}`);
  }
  cellW(r: number, c: number): CellData {
    const k = `${r},${c}`;
    let d = this.cells.get(k);
    if (!d) this.cells.set(k, (d = {}));
    return d;
  }
  hasContent(r: number, c: number) {
    const d = this.cell(r, c);
    return !!d && (d.formula !== undefined || (d.value !== undefined && d.value !== ''));
  }
  valueAt(r: number, c: number): Value {
    const d = this.cell(r, c);
    if (!d) return '';
    if (d.formula !== undefined) {
      const ev = this.ss.hooks.evaluate;
      return ev ? (ev(d.formula, this, r, c) as Value) : (d.value ?? '');
    }
    return d.value ?? '';
  }
  displayAt(r: number, c: number): string {
    const v = this.valueAt(r, c);
    const f = this.cell(r, c)?.format ?? '';
    if (isDate(v)) {
      const p = (n: number) => String(n).padStart(2, '0');
      const w = wallClock(v.getTime(), this.ss.timeZone);
      return `${w.year}-${p(w.month)}-${p(w.day)}`;
    }
    if (typeof v === 'number' && f.includes('%')) return `${Math.round(v * 100)}%`;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }
  /** Writes a value the way setValue(s) does. */
  enter(r: number, c: number, raw: unknown) {
    const d = this.cellW(r, c);
    delete d.formula;
    if (raw === null || raw === undefined || raw === '') {
      delete d.value;
      return;
    }
    if (typeof raw === 'string') {
      const p = parseEntered(raw, d.format, this.ss.timeZone);
      d.value = p.value;
      if (p.formula !== undefined) d.formula = p.formula;
      return;
    }
    if (typeof raw === 'number' || typeof raw === 'boolean') {
      if (typeof raw === 'number' && !Number.isFinite(raw)) {
        d.value = '#NUM!';
        return;
      }
      d.value = raw;
      return;
    }
    if (isDate(raw)) {
      d.value = new Date((raw as Date).getTime());
      return;
    }
    // Objects become their string form, as Apps Script does.
    d.value = String(raw);
  }
  setFormulaAt(r: number, c: number, f: string) {
    const d = this.cellW(r, c);
    if (!f) {
      delete d.formula;
      delete d.value;
      return;
    }
    d.formula = f.startsWith('=') ? f : '=' + f;
    d.value = '';
  }
  // --- the Sheet API
  getName() {
    return this.name;
  }
  setName(n: string) {
    this.ss.checkSheetName(n, this);
    this.name = n;
    return this;
  }
  getSheetName() {
    return this.name;
  }
  getSheetId() {
    return this.id;
  }
  getIndex() {
    return this.ss.sheets.indexOf(this) + 1;
  }
  getParent() {
    return this.ss;
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxCols;
  }
  getLastRow() {
    let last = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      if (r > last && this.hasContent(r, c)) last = r;
    }
    return last;
  }
  getLastColumn() {
    let last = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      if (c > last && this.hasContent(r, c)) last = c;
    }
    return last;
  }
  getRange(a: string | number, col?: number, numRows = 1, numCols = 1): Range {
    let r: Range;
    if (typeof a === 'string') {
      let ref;
      try {
        ref = parseA1(a);
      } catch {
        throw this.ss.realm.error('Range not found');
      }
      if (ref.sheet !== undefined && ref.sheet !== this.name) throw this.ss.realm.error('Range not found');
      r = new Range(this, ref.row, ref.col, ref.row2, ref.col2);
    } else {
      if (typeof a !== 'number' || typeof col !== 'number') throw this.ss.realm.error('The parameters don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
      if (numRows < 1) throw this.ss.realm.error('The number of rows in the range must be at least 1.');
      if (numCols < 1) throw this.ss.realm.error('The number of columns in the range must be at least 1.');
      r = new Range(this, a, col, a + numRows - 1, col + numCols - 1);
    }
    if (r.row < 1 || r.col < 1 || r.row2 > this.maxRows || r.col2 > this.maxCols)
      throw this.ss.realm.error('The coordinates of the range are outside the dimensions of the sheet.');
    return r;
  }
  getDataRange() {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getRangeList(a1s: string[]) {
    if (!Array.isArray(a1s) || a1s.length === 0 || a1s.some((a) => typeof a !== 'string'))
      throw this.ss.realm.error('The parameters don\'t match the method signature for SpreadsheetApp.Sheet.getRangeList.');
    this.ss.count('getRangeList');
    return new RangeList(this, a1s.map((a) => this.getRange(a)));
  }
  private shiftRows(from: number, by: number) {
    const moved = new Map<string, CellData>();
    for (const [k, d] of this.cells) {
      const [r, c] = k.split(',').map(Number);
      if (r >= from) {
        if (by < 0 && r < from - by) continue;
        moved.set(`${r + by},${c}`, d);
      } else moved.set(k, d);
    }
    this.cells = moved;
  }
  private shiftCols(from: number, by: number) {
    const moved = new Map<string, CellData>();
    for (const [k, d] of this.cells) {
      const [r, c] = k.split(',').map(Number);
      if (c >= from) {
        if (by < 0 && c < from - by) continue;
        moved.set(`${r},${c + by}`, d);
      } else moved.set(k, d);
    }
    this.cells = moved;
  }
  insertRowsAfter(after: number, n: number) {
    if (after < 1 || after > this.maxRows || n < 1) throw this.ss.realm.error('Those rows are out of bounds.');
    this.shiftRows(after + 1, n);
    // New rows inherit formats and data validation of the row above.
    for (let c = 1; c <= this.maxCols; c++) {
      const above = this.cell(after, c);
      if (!above || (above.format === undefined && !above.validation)) continue;
      for (let i = 1; i <= n; i++) {
        const d = this.cellW(after + i, c);
        if (above.format !== undefined) d.format = above.format;
        if (above.validation) d.validation = above.validation;
      }
    }
    this.maxRows += n;
    this.ss.adjustNamed(this, 'row', after, n);
    return this;
  }
  insertRowAfter(after: number) {
    return this.insertRowsAfter(after, 1);
  }
  insertRowsBefore(before: number, n: number) {
    if (before === 1) {
      this.shiftRows(1, n);
      this.maxRows += n;
      this.ss.adjustNamed(this, 'row', 0, n);
      return this;
    }
    return this.insertRowsAfter(before - 1, n);
  }
  deleteRows(pos: number, n: number) {
    if (pos < 1 || pos + n - 1 > this.maxRows) throw this.ss.realm.error('Those rows are out of bounds.');
    if (n >= this.maxRows) throw this.ss.realm.error('You can\'t delete all the rows on the sheet.');
    this.shiftRows(pos + n, -n);
    this.maxRows -= n;
    this.ss.adjustNamed(this, 'row', pos - 1, -n);
    return this;
  }
  deleteRow(pos: number) {
    return this.deleteRows(pos, 1);
  }
  insertColumnsAfter(after: number, n: number) {
    if (after < 1 || after > this.maxCols || n < 1) throw this.ss.realm.error('Those columns are out of bounds.');
    this.shiftCols(after + 1, n);
    this.maxCols += n;
    this.ss.adjustNamed(this, 'col', after, n);
    return this;
  }
  insertColumnsBefore(before: number, n: number) {
    if (before === 1) {
      this.shiftCols(1, n);
      this.maxCols += n;
      this.ss.adjustNamed(this, 'col', 0, n);
      return this;
    }
    return this.insertColumnsAfter(before - 1, n);
  }
  deleteColumns(pos: number, n: number) {
    if (pos < 1 || pos + n - 1 > this.maxCols) throw this.ss.realm.error('Those columns are out of bounds.');
    this.shiftCols(pos + n, -n);
    this.maxCols -= n;
    this.ss.adjustNamed(this, 'col', pos - 1, -n);
    return this;
  }
  appendRow(values: unknown[]) {
    if (!Array.isArray(values)) throw this.ss.realm.error('The parameters don\'t match the method signature for SpreadsheetApp.Sheet.appendRow.');
    this.ss.count('appendRow');
    const r = this.getLastRow() + 1;
    if (r > this.maxRows) this.insertRowsAfter(this.maxRows, 1);
    if (values.length > this.maxCols) this.insertColumnsAfter(this.maxCols, values.length - this.maxCols);
    values.forEach((v, j) => this.enter(r, j + 1, v));
    return this;
  }
  setFrozenRows(n: number) {
    if (n < 0 || n > this.maxRows) throw this.ss.realm.error('Invalid frozen rows.');
    this.frozenRows = n;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  /** Protects the whole sheet (Sheets allows one sheet protection: a second `protect()` returns it). */
  protect() {
    const have = this.protections[0];
    if (have) return have;
    const p = new Protection(this);
    this.protections.push(p);
    return p;
  }
  getProtections(type: string) {
    if (type !== ProtectionType.SHEET && type !== ProtectionType.RANGE) throw this.ss.realm.error('Invalid argument: type');
    return type === ProtectionType.SHEET ? this.realmArray(this.protections) : this.realmArray([]);
  }
  private realmArray<T>(xs: T[]): T[] {
    return this.ss.realm.adopt(xs.slice());
  }
  setFrozenColumns(n: number) {
    this.frozenCols = n;
  }
  getFrozenColumns() {
    return this.frozenCols;
  }
  setColumnWidth(c: number, w: number) {
    this.widths.set(c, w);
    return this;
  }
  setColumnWidths(c: number, n: number, w: number) {
    for (let i = 0; i < n; i++) this.widths.set(c + i, w);
    return this;
  }
  getColumnWidth(c: number) {
    return this.widths.get(c) ?? 100;
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]) {
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof ConditionalFormatRule))) throw this.ss.realm.error('setConditionalFormatRules takes an array of rules.');
    this.condRules = rules.slice();
  }
  getConditionalFormatRules() {
    return this.ss.realm.Array.from(this.condRules);
  }
  clearConditionalFormatRules() {
    this.condRules = [];
  }
  newChart() {
    return new EmbeddedChartBuilder(this);
  }
  insertChart(chart: EmbeddedChart) {
    if (!(chart instanceof EmbeddedChart)) throw this.ss.realm.error('insertChart takes an EmbeddedChart.');
    this.charts.push(chart);
  }
  updateChart(chart: EmbeddedChart) {
    const i = this.charts.findIndex((c) => c.id === chart.id);
    if (i < 0) throw this.ss.realm.error('The chart does not exist on this sheet.');
    this.charts[i] = chart;
  }
  removeChart(chart: EmbeddedChart) {
    this.charts = this.charts.filter((c) => c.id !== chart.id);
  }
  getCharts() {
    return this.ss.realm.Array.from(this.charts);
  }
  setTabColor(c: string | null) {
    this.tabColor = c;
    return this;
  }
  getTabColor() {
    return this.tabColor;
  }
  activate() {
    this.ss.active = this;
    return this;
  }
  hideSheet() {
    this.hidden = true;
    return this;
  }
  showSheet() {
    this.hidden = false;
    return this;
  }
  isSheetHidden() {
    return this.hidden;
  }
  clear() {
    this.cells.clear();
    return this;
  }
  getNamedRanges() {
    return this.ss.realm.Array.from(this.ss.named.filter((n) => n.ref?.sheet === this));
  }
  /** Sheets refuses to merge or unmerge part of a merged range. */
  checkWhole(range: Range) {
    for (const m of this.merges) {
      const overlaps = m.r <= range.row2 && m.r + m.rows - 1 >= range.row && m.c <= range.col2 && m.c + m.cols - 1 >= range.col;
      const inside = m.r >= range.row && m.r + m.rows - 1 <= range.row2 && m.c >= range.col && m.c + m.cols - 1 <= range.col2;
      if (overlaps && !inside) throw this.ss.realm.error('You must select all cells in a merged range to merge or unmerge them.');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// RangeList (https://developers.google.com/apps-script/reference/spreadsheet/range-list): one call
// that applies the same change to several ranges of a sheet.

export class RangeList {
  constructor(
    readonly sheet: Sheet,
    readonly ranges: Range[],
  ) {}
  private all(what: string, f: (r: Range) => void) {
    this.sheet.ss.count(`RangeList.${what}`);
    for (const r of this.ranges) f(r);
    return this;
  }
  getRanges() {
    return this.sheet.ss.realm.Array.from(this.ranges);
  }
  setNumberFormat(f: string) {
    return this.all('setNumberFormat', (r) => r.setNumberFormat(f));
  }
  setFontWeight(w: string | null) {
    return this.all('setFontWeight', (r) => r.setFontWeight(w));
  }
  setFontStyle(s: string | null) {
    return this.all('setFontStyle', (r) => r.setFontStyle(s));
  }
  setFontSize(n: number) {
    return this.all('setFontSize', (r) => r.setFontSize(n));
  }
  setFontColor(c: string | null) {
    return this.all('setFontColor', (r) => r.setFontColor(c));
  }
  setBackground(c: string | null) {
    return this.all('setBackground', (r) => r.setBackground(c));
  }
  clearFormat() {
    return this.all('clearFormat', (r) => r.clearFormat());
  }
  setValue(v: unknown) {
    return this.all('setValue', (r) => r.setValue(v));
  }
  clearDataValidations() {
    return this.all('clearDataValidations', (r) => r.clearDataValidations());
  }
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet

export class Spreadsheet {
  sheets: Sheet[] = [];
  named: NamedRange[] = [];
  active: Sheet;
  locale = 'en_US';
  timeZone = 'Asia/Shanghai';
  toasts: { message: string; title: string; timeout: number }[] = [];
  counters: Record<string, number> = {};
  sheetSeq = 0;
  constructor(
    readonly realm: Realm,
    readonly hooks: Hooks,
    public name = 'Untitled spreadsheet',
    readonly id = 'fake-spreadsheet-id',
  ) {
    this.active = this.addSheet('Sheet1');
  }
  count(what: string, n = 1) {
    this.counters[what] = (this.counters[what] ?? 0) + n;
  }
  private addSheet(name: string, index?: number) {
    const s = new Sheet(this, name);
    if (index === undefined || index >= this.sheets.length) this.sheets.push(s);
    else this.sheets.splice(Math.max(0, index), 0, s);
    return s;
  }
  checkSheetName(n: string, self?: Sheet) {
    if (typeof n !== 'string' || n.trim() === '') throw this.realm.error('Sheet names must not be blank.');
    if (n.length > 100) throw this.realm.error('The sheet name is too long.');
    if (this.sheets.some((s) => s !== self && s.name.toLowerCase() === n.toLowerCase()))
      throw this.realm.error(`A sheet with the name "${n}" already exists. Please enter another name.`);
  }
  checkRangeName(n: string) {
    const bad =
      typeof n !== 'string' ||
      !/^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(n) ||
      n.length > 250 ||
      /^(true|false)$/i.test(n) ||
      /^[A-Za-z]{1,3}\d+$/.test(n) ||
      /^R\d*C\d*$/i.test(n);
    if (bad) throw this.realm.error(`Named ranges must contain only letters, numbers and underscores, must not start with a number, and must not look like a cell reference: "${n}".`);
  }
  /** Moves named ranges of `sheet` for rows/columns inserted after `after` (n > 0) or deleted after it (n < 0). */
  adjustNamed(sheet: Sheet, dim: 'row' | 'col', after: number, n: number) {
    for (const nr of this.named) {
      const ref = nr.ref;
      if (!ref || ref.sheet !== sheet) continue;
      const lo = dim === 'row' ? 'row' : 'col';
      const hi = dim === 'row' ? 'row2' : 'col2';
      const a = ref[lo];
      const b = ref[hi];
      if (n > 0) {
        if (after < a) {
          ref[lo] = a + n;
          if (b !== null) ref[hi] = b + n;
        } else if (b !== null && after < b) ref[hi] = b + n;
      } else {
        const delFrom = after + 1;
        const delTo = after - n;
        ref[lo] = a > delTo ? a + n : a >= delFrom ? delFrom : a;
        if (b !== null) ref[hi] = b > delTo ? b + n : b >= delFrom ? delFrom - 1 : b;
        if (b !== null && (ref[hi] as number) < ref[lo]) nr.ref = null;
      }
    }
  }
  // --- the Spreadsheet API
  getId() {
    return this.id;
  }
  getName() {
    return this.name;
  }
  rename(n: string) {
    this.name = n;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetLocale() {
    return this.locale;
  }
  setSpreadsheetLocale(l: string) {
    this.locale = l;
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(tz: string) {
    this.timeZone = tz;
  }
  getSheets() {
    return this.realm.Array.from(this.sheets);
  }
  getNumSheets() {
    return this.sheets.length;
  }
  getSheetByName(n: string) {
    return this.sheets.find((s) => s.name === n) ?? null;
  }
  getSheetById(id: number) {
    return this.sheets.find((s) => s.id === id) ?? null;
  }
  insertSheet(name?: string | number, index?: number) {
    if (typeof name === 'number') {
      index = name;
      name = undefined;
    }
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name === `Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.checkSheetName(n);
    const s = this.addSheet(n, index);
    this.active = s;
    return s;
  }
  deleteSheet(sheet: Sheet) {
    if (this.sheets.length === 1) throw this.realm.error('You can\'t remove all the sheets in a document.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[0];
  }
  getActiveSheet() {
    return this.active;
  }
  setActiveSheet(s: Sheet) {
    this.active = s;
    return s;
  }
  getSheetNames() {
    return this.sheets.map((s) => s.name);
  }
  getRange(a1: string) {
    const ref = parseA1(a1);
    const sheet = ref.sheet === undefined ? this.active : this.getSheetByName(ref.sheet);
    if (!sheet) throw this.realm.error('Range not found');
    return sheet.getRange(a1.slice(a1.lastIndexOf('!') + 1));
  }
  getRangeByName(name: string) {
    const nr = this.named.find((n) => n.name === name);
    if (!nr || !nr.ref || nr.ref.sheet.deleted) return null;
    return nr.getRange();
  }
  /**
   * Names a range. Google's reference promises only that: re-pointing an existing name is
   * NamedRange.setRange's job (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setnamedrangename,-range,
   * https://developers.google.com/apps-script/reference/spreadsheet/named-range#setrangerange), so the fake
   * refuses a name that exists — also one left broken (#REF!) by a deleted sheet, which Sheets keeps.
   */
  setNamedRange(name: string, range: Range) {
    this.checkRangeName(name);
    if (!(range instanceof Range)) throw this.realm.error('The parameters don\'t match the method signature for SpreadsheetApp.Spreadsheet.setNamedRange.');
    if (this.named.some((n) => n.name === name)) throw this.realm.error(`Exception: A named range called "${name}" already exists in this spreadsheet.`);
    this.named.push(new NamedRange(this, name, { sheet: range.sheet, row: range.row, col: range.col, row2: range.row2Spec, col2: range.col2Spec }));
  }
  getNamedRanges() {
    return this.realm.Array.from(this.named);
  }
  removeNamedRange(name: string) {
    const before = this.named.length;
    this.named = this.named.filter((n) => n.name !== name);
    if (this.named.length === before) throw this.realm.error(`Named range ${name} not found.`);
  }
  toast(message: unknown, title?: unknown, timeout?: number) {
    this.toasts.push({ message: String(message), title: title === undefined ? '' : String(title), timeout: timeout ?? 5 });
  }
  getActiveRange() {
    return this.active.getRange(1, 1);
  }
  /** Test helper: where a named range points, as `'Sheet'!A1:B2`, or `#REF!`. */
  describeNamed(name: string): string | null {
    const nr = this.named.find((n) => n.name === name);
    if (!nr) return null;
    if (!nr.ref || nr.ref.sheet.deleted) return '#REF!';
    const r = nr.ref;
    return `${quoteSheet(r.sheet.name)}!${toA1(r.row, r.col, r.row2, r.col2)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Call counting: every Spreadsheet-service call a script makes

/**
 * The Spreadsheet-service calls of the running executions, by kind: `read` (get…/is…), `write`
 * (set…/insert…/delete…/clear…/remove…/…: what changes the document), `builder` (new…, the methods
 * of rule and chart builders and a rule's `copy`, which touch no document), `other` (toast, flush, getUi). Each call is a
 * round trip from the script to the service (Google's best-practice guide:
 * https://developers.google.com/apps-script/guides/support/best-practices, "Minimize calls to other
 * services", "Use batch operations"); calls the fake makes inside a call are not counted, nor calls a
 * test makes outside an execution.
 */
export interface CallCounts {
  total: number;
  read: number;
  write: number;
  builder: number;
  other: number;
  /** `Class.method` → count. */
  by: Record<string, number>;
}

export function newCallCounts(): CallCounts {
  return { total: 0, read: 0, write: 0, builder: 0, other: 0, by: {} };
}

/** Where calls are counted while an execution runs (the runtime sets it); null outside executions. */
export const counting: {
  into: CallCounts | null;
  depth: number;
  listeners: ((what: string, args: unknown[], self?: unknown) => void)[];
  /** Refuses a call from the script before it runs (the runtime's custom-function mode: read only). */
  guard: ((cls: string, method: string, kind: CallKind) => void) | null;
} = {
  into: null,
  depth: 0,
  listeners: [],
  guard: null,
};

export type CallKind = 'read' | 'write' | 'builder' | 'other';

const WRITE = /^(set|insert|delete|clear|remove|append|update|hide|show|activate|rename|copy|move|merge|sort|auto|trim|check|uncheck|break|add|protect)/;

export function kindOf(cls: string, method: string): CallKind {
  // A rule's copy is a builder (Rule.copy → its builder): it touches no document.
  if (cls.endsWith('Builder') || method.startsWith('new') || (method === 'copy' && (cls === 'DataValidation' || cls === 'ConditionalFormatRule'))) return 'builder';
  if (/^(get|is|has)/.test(method)) return 'read';
  if (method === 'toast' || method === 'flush' || method === 'getUi') return 'other';
  if (WRITE.test(method)) return 'write';
  return 'other';
}

/** Counts one call `cls.method` if it comes from the script (not from inside another counted call). */
export function countCall(cls: string, method: string, args: unknown[], self?: unknown) {
  const into = counting.into;
  if (!into || counting.depth > 0) return;
  into.total++;
  into[kindOf(cls, method)]++;
  const key = `${cls}.${method}`;
  into.by[key] = (into.by[key] ?? 0) + 1;
  for (const l of counting.listeners) l(key, args, self);
}

/** Wraps `fn` so that a call of it is counted as `cls.method` (calls it makes in turn are not). */
export function counted<F extends (...a: any[]) => any>(cls: string, method: string, fn: F): F {
  return function (this: unknown, ...args: unknown[]) {
    if (counting.depth === 0 && counting.guard) counting.guard(cls, method, kindOf(cls, method));
    countCall(cls, method, args, this);
    counting.depth++;
    try {
      return fn.apply(this, args);
    } finally {
      counting.depth--;
    }
  } as F;
}

/** Helpers of the fake itself, never called by a script. */
const INTERNAL = new Set([
  'constructor', 'count', 'addSheet', 'checkSheetName', 'checkRangeName', 'adjustNamed', 'describeNamed',
  'cell', 'cellW', 'hasContent', 'valueAt', 'displayAt', 'enter', 'setFormulaAt', 'shiftRows', 'shiftCols',
  'cells', 'checkShape', 'each', 'style', 'styles', 'styleOf', 'set', 'when', 'zoneOffset',
]);

function instrument(cls: { prototype: object }, clsName: string) {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (INTERNAL.has(name)) continue;
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    if (typeof d.value !== 'function') continue;
    Object.defineProperty(proto, name, { ...d, value: counted(clsName, name, d.value) });
  }
}

for (const [cls, name] of [
  [Spreadsheet, 'Spreadsheet'], [Sheet, 'Sheet'], [Range, 'Range'], [RangeList, 'RangeList'], [NamedRange, 'NamedRange'],
  [DataValidation, 'DataValidation'], [DataValidationBuilder, 'DataValidationBuilder'], [BooleanCondition, 'BooleanCondition'],
  [ConditionalFormatRule, 'ConditionalFormatRule'], [ConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder'],
  [EmbeddedChartBuilder, 'EmbeddedChartBuilder'], [EmbeddedChart, 'EmbeddedChart'], [Protection, 'Protection'],
] as const)
  instrument(cls, name);
