/**
 * The Dashboard sheet in Sheets: core's layout (`core/schema/dashboard`) written with few
 * Spreadsheet-service calls. The used block is read once (values and formulas); when the layout's
 * stamp there is the same as core's, only the rows whose content differs are written again, one
 * `setValues` per run of rows, and a re-run with nothing to change writes nothing; otherwise (a new
 * sheet, another language or currency, a table that outgrew its room) the whole block is written in
 * one `setValues`, then its formats (one call per number format and per font/fill property, through
 * range lists), merges, widths, notes, conditional formats and charts. The sheet is found by the
 * named range `KA_Dashboard` (its A1), so the user may rename or move it.
 */
import { safeCellText } from '../core/cell';
import { t, type Lang } from '../core/i18n';
import {
  DASHBOARD_SHEET,
  DASHBOARD_SIZED_BY,
  dashboardCounts,
  dashboardLayout,
  dashboardOutgrown,
  dashboardSettings,
  LOOKS,
  renderCell,
  columnLetters,
  settingLookup,
  type DashboardLayout,
  type LayoutChart,
  type Rect,
  type Resolver,
  type TableCounts,
} from '../core/schema/dashboard';
import { RULE_COLOURS } from '../core/schema/setup';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { TableId } from '../core/schema/types';
import { ColourRules, equalsFormula } from './rules';
import { blockRangeName, columnRangeName, readTable } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DASHBOARD_NAME = 'KA_Dashboard';

/** Tables whose named ranges are bounded (Funnel benchmarks: exactly the 8 stages) need no cutting. */
const FIXED: ReadonlySet<string> = new Set(['benchmarks']);

/**
 * Sheets names of the catalogue functions and the tables' named ranges. A table's named range runs
 * to the sheet's last row, so a catalogue function handed it would answer one row per sheet row:
 * it is cut to the table's rows (`ARRAY_CONSTRAIN`, the row count from the Dashboard's lane).
 */
export const SHEETS_RESOLVER: Resolver = {
  fn: (name) => name,
  ref: (p, rowsCell) => {
    if (p.kind === 'setting') {
      const s = tableSpec('settings');
      return settingLookup(p.key, columnRangeName(s, 'value'), columnRangeName(s, 'key'));
    }
    const spec = tableSpec(p.table as TableId);
    if (p.kind === 'range') return columnRangeName(spec, p.column);
    const name = p.last ? blockRangeName(spec, p.column, p.last) : columnRangeName(spec, p.column);
    if (FIXED.has(p.table) || !rowsCell) return name;
    return `ARRAY_CONSTRAIN(${name},MAX(1,${rowsCell}),COLUMNS(${name}))`;
  },
  today: () => 'TODAY()',
  take: (f, rows, cols) => `ARRAY_CONSTRAIN(${f},${rows},${cols})`,
  array: (f) => `ARRAYFORMULA(${f})`,
};

/** What a layout cell holds in Sheets: a formula, or its text (never read as a formula). */
function cellContent(layout: DashboardLayout, c: DashboardLayout['cells'][number]): string {
  return c.formula === undefined ? safeCellText(c.text ?? '') : renderCell(layout, c, SHEETS_RESOLVER);
}

function dashboardSheet(ss: Spreadsheet, lang: Lang): { sheet: Sheet; created: boolean } {
  const range = ss.getRangeByName(DASHBOARD_NAME);
  if (range) return { sheet: range.getSheet(), created: false };
  const title = t(DASHBOARD_SHEET, lang);
  let sheet = ss.getSheetByName(title);
  let created = false;
  if (!sheet || sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) {
    let name = title;
    for (let i = 2; ss.getSheetByName(name); i++) name = `${title} (${i})`;
    sheet = ss.insertSheet(name, 0);
    created = true;
  }
  ss.setNamedRange(DASHBOARD_NAME, sheet.getRange('A1'));
  return { sheet, created };
}

/**
 * What the layout is sized by, read from the sheets: the Team and Settings tables (the chart's people,
 * the currency and the category rule), and for the others the sheet's last row below the header.
 */
export function readLayoutInput(ss: Spreadsheet): { counts: TableCounts; settings: Record<string, string> } {
  const team = readTable(ss, tableSpec('team'));
  const settings = readTable(ss, tableSpec('settings'));
  const counts: TableCounts = { ...dashboardCounts({ ...(team ? { team: team.data } : {}), ...(settings ? { settings: settings.data } : {}) }) };
  for (const spec of TABLES) {
    if (spec.id === 'team' || spec.id === 'settings') continue;
    const r = ss.getRangeByName(spec.name);
    if (r) counts[spec.id] = Math.max(0, r.getSheet().getLastRow() - r.getRow());
  }
  return { counts, settings: dashboardSettings(settings?.data) };
}

const a1 = (r: Rect) => `${columnLetters(r.col)}${r.row + 1}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;

export interface DashboardInput {
  /** What sizes the layout (`dashboardCounts`), when the caller has read the tables (set-up); otherwise read here. */
  counts?: TableCounts;
  /** The Settings the layout reads (`dashboardSettings`), when the caller has read them. */
  settings?: Record<string, string>;
  /** Write the whole layout again (formats, charts too) even when the stamp says nothing changed. */
  force?: boolean;
  /** The colour rules of this execution (set-up's, shared with its tables' rules). */
  colours?: ColourRules;
}

export interface DashboardResult {
  sheet: Sheet;
  created: boolean;
  /** Whether the layout was written as a whole (new, or laid out again). */
  laidOut: boolean;
  /** Rows whose content was written again. */
  rowsWritten: number;
}

/** Writes (or repairs) the Dashboard; a re-run with nothing to change writes nothing. */
export function buildDashboard(ss: Spreadsheet, lang: Lang, input: DashboardInput = {}): DashboardResult {
  const { sheet, created } = dashboardSheet(ss, lang);
  const read = input.counts && input.settings ? null : readLayoutInput(ss);
  const layout = dashboardLayout(lang, input.counts ?? read!.counts, input.settings ?? read!.settings);
  const { rows, cols } = layout.size;
  // Room for the layout, then the used block read once.
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  const R = Math.max(rows, sheet.getLastRow());
  const C = Math.max(cols, sheet.getLastColumn());
  const block = sheet.getRange(1, 1, R, C);
  const values = block.getValues();
  const formulas = block.getFormulas();

  const want: string[][] = Array.from({ length: R }, () => new Array<string>(C).fill(''));
  for (const c of layout.cells) want[c.row][c.col] = cellContent(layout, c);

  const stamp = values[layout.stampAt.row]?.[layout.stampAt.col];
  const laidOut = created || !!input.force || stamp !== layout.stamp;
  let rowsWritten = 0;
  if (laidOut) {
    block.setValues(want);
    rowsWritten = R;
    formatAll(ss, sheet, layout, R, C, input.colours ?? new ColourRules());
  } else {
    // Same layout: rewrite the runs of rows where a formula or a text differs (a spilled value in a
    // cell the layout leaves blank is the result of a formula above it, not a difference).
    const differs = (r: number) => {
      for (let c = 0; c < C; c++) {
        const w = want[r][c];
        if (w.startsWith('=')) {
          if (formulas[r][c] !== w) return true;
        } else if (w !== '') {
          if (formulas[r][c] !== '' || String(values[r][c]) !== (w.startsWith("'") ? w.slice(1) : w)) return true;
        } else if (formulas[r][c] !== '') return true;
      }
      return false;
    };
    for (let r = 0; r < R; ) {
      if (!differs(r)) {
        r++;
        continue;
      }
      let end = r + 1;
      while (end < R && differs(end)) end++;
      sheet.getRange(r + 1, 1, end - r, C).setValues(want.slice(r, end));
      rowsWritten += end - r;
      r = end;
    }
  }
  ensureCharts(sheet, layout, laidOut);
  return { sheet, created, laidOut, rowsWritten };
}

/** Formats, fonts, fills, merges, widths, notes and conditional formats of a layout written anew. */
function formatAll(ss: Spreadsheet, sheet: Sheet, layout: DashboardLayout, R: number, C: number, colours: ColourRules): void {
  const block = sheet.getRange(1, 1, R, C);
  block.breakApart();
  block.clearFormat();
  // One range list per number format.
  const group = <K extends string | number | boolean>(pairs: [Rect, K | undefined][]) => {
    const m = new Map<K, string[]>();
    for (const [r, v] of pairs) if (v !== undefined) m.set(v, [...(m.get(v) ?? []), a1(r)]);
    return m;
  };
  for (const [pattern, ranges] of group(layout.formats.map((f) => [f, f.pattern ?? undefined] as [Rect, string | undefined]))) sheet.getRangeList(ranges).setNumberFormat(pattern);
  // Fonts and fills: one grid per property over the whole block (Sheets' defaults elsewhere), one call each.
  const looks = lookGrids(layout, R, C);
  if (looks.bold) block.setFontWeights(looks.weights);
  if (looks.italic) block.setFontStyles(looks.styles);
  if (looks.sized) block.setFontSizes(looks.sizes);
  if (looks.coloured) block.setFontColors(looks.colors);
  if (looks.filled) block.setBackgrounds(looks.fills);
  // The merged cells' ranges got in one call (a range list's ranges), then merged: `mergeAcross` merges
  // each row of a range on its own, so a card's rows (the same columns, one under the other) take one call.
  const merges = stackMerges(layout.merges);
  if (merges.length) for (const r of sheet.getRangeList(merges.map(a1)).getRanges()) r.mergeAcross();
  // Column widths, in runs of equal widths.
  for (let i = 0; i < layout.widths.length; ) {
    let j = i + 1;
    while (j < layout.widths.length && layout.widths[j] === layout.widths[i]) j++;
    sheet.setColumnWidths(i + 1, j - i, layout.widths[i]);
    i = j;
  }
  const notes: string[][] = Array.from({ length: R }, () => new Array<string>(C).fill(''));
  for (const n of layout.notes) notes[n.row][n.col] = n.text;
  block.setNotes(notes);
  // Conditional formats: the Dashboard's own, replacing those of an earlier layout; rules of other sheets' ranges stay.
  // One custom-formula rule per style over all its blocks: a formula with a relative reference to the
  // first range's top-left cell is applied to every cell of every range at the same offset
  // (https://support.google.com/docs/answer/78413 — "Use custom formulas"), so `=OR(B5="…",…)`
  // tests each cell itself wherever it lies; its texts are the union of the blocks' texts.
  const byStyle = new Map<string, { rects: Rect[]; equals: string[] }>();
  for (const r of layout.rules) {
    let g = byStyle.get(r.style);
    if (!g) byStyle.set(r.style, (g = { rects: [], equals: [] }));
    if (!g.rects.some((x) => x.row === r.row && x.col === r.col && x.rows === r.rows && x.cols === r.cols)) g.rects.push(r);
    for (const e of r.equals) if (!g.equals.includes(e)) g.equals.push(e);
  }
  // A text one block colours in one style and another block in another keeps the rules per block.
  const styleOf = new Map<string, Set<string>>();
  for (const r of layout.rules) for (const e of r.equals) styleOf.set(e, new Set([...(styleOf.get(e) ?? []), r.style]));
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const rule = (style: string, rects: Rect[], equals: string[]) => {
    const first = rects[0];
    const ranges = rects.length === 1 ? [sheet.getRange(a1(first))] : sheet.getRangeList(rects.map(a1)).getRanges();
    ours.push(colours.rule(style as keyof typeof RULE_COLOURS, equalsFormula(columnLetters(first.col) + (first.row + 1), equals), ranges));
  };
  for (const [style, g] of byStyle) {
    if (g.equals.every((e) => styleOf.get(e)!.size === 1)) rule(style, g.rects, g.equals);
    else for (const r of layout.rules.filter((x) => x.style === style)) rule(style, [r], [...r.equals]);
  }
  sheet.setConditionalFormatRules(ours);
  if (sheet.getFrozenRows() !== 0) sheet.setFrozenRows(0);
  void ss;
}

/** Sheets' default font size (pt) and colour. */
const DEFAULT_SIZE = 10;
const DEFAULT_COLOR = '#000000';

/**
 * The layout's fonts and fills as one grid per property over the block's R×C cells (later looks
 * win where they overlap; elsewhere Sheets' defaults — normal type, 10 pt, black, and no fill: null,
 * which `setBackgrounds` takes as "reset"), and whether any cell needs each property.
 */
export function lookGrids(layout: DashboardLayout, R: number, C: number) {
  const grid = <T>(v: T) => Array.from({ length: R }, () => new Array<T>(C).fill(v));
  const out = {
    weights: grid<'bold' | 'normal'>('normal'),
    styles: grid<'italic' | 'normal'>('normal'),
    sizes: grid<number>(DEFAULT_SIZE),
    colors: grid<string>(DEFAULT_COLOR),
    fills: grid<string | null>(null),
    bold: false,
    italic: false,
    sized: false,
    coloured: false,
    filled: false,
  };
  for (const l of layout.looks) {
    const s = LOOKS[l.look];
    for (let r = l.row; r < Math.min(R, l.row + l.rows); r++)
      for (let c = l.col; c < Math.min(C, l.col + l.cols); c++) {
        if (s.bold) (out.weights[r][c] = 'bold'), (out.bold = true);
        if (s.italic) (out.styles[r][c] = 'italic'), (out.italic = true);
        if (s.size !== undefined) (out.sizes[r][c] = s.size), (out.sized = true);
        if (s.color) (out.colors[r][c] = s.color), (out.coloured = true);
        if (s.background) (out.fills[r][c] = s.background), (out.filled = true);
      }
  }
  return out;
}

/**
 * The layout's one-row merges (`merges`: each merged across its columns) stacked: rows one under the
 * other over the same columns become one block, which `Range.mergeAcross` merges row by row
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#mergeAcross()).
 */
export function stackMerges(merges: readonly Rect[]): Rect[] {
  const sorted = [...merges].sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  const out: Rect[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === m.col && last.cols === m.cols && last.row + last.rows === m.row && m.rows === 1) last.rows++;
    else out.push({ ...m });
  }
  return out;
}

/** Pixel position of a layout cell from the layout's column widths (rows at Sheets' 21 px). */
const ROW_PX = 21;
function size(layout: DashboardLayout, at: Rect): { width: number; height: number } {
  let width = 0;
  for (let c = at.col; c < at.col + at.cols; c++) width += layout.widths[c] ?? 100;
  return { width: width - 8, height: at.rows * ROW_PX - 8 };
}

/** The chart's data ranges: categories first (Sheets' domain), then each series, header row included. */
function chartRanges(sheet: Sheet, ch: LayoutChart): GoogleAppsScript.Spreadsheet.Range[] {
  const rects = [ch.categories, ...(ch.kind === 'funnel' && ch.spacer ? [ch.spacer] : []), ...ch.series];
  return rects.length === 1 ? [sheet.getRange(a1(rects[0]))] : sheet.getRangeList(rects.map(a1)).getRanges();
}

/**
 * The charts: the layout's, anchored over their cells. A chart is the Dashboard's when its data
 * lies on the Dashboard; when the layout is written anew those are replaced, otherwise a missing
 * one is added. Sheets has no funnel chart: a stacked bar chart whose first, invisible series
 * centres the stage bars stands in for it.
 */
function ensureCharts(sheet: Sheet, layout: DashboardLayout, laidOut: boolean): void {
  const existing = sheet.getCharts();
  const ours = existing.filter((c) => c.getRanges().length > 0 && c.getRanges().every((r) => r.getSheet().getSheetId() === sheet.getSheetId()));
  const first = (c: GoogleAppsScript.Spreadsheet.EmbeddedChart) => c.getRanges()[0]?.getA1Notation();
  if (laidOut) for (const c of ours) sheet.removeChart(c);
  for (const ch of layout.charts) {
    const want = a1(ch.categories);
    if (!laidOut && ours.some((c) => first(c) === want)) continue;
    const { width, height } = size(layout, ch.at);
    let b = sheet.newChart().setPosition(ch.at.row + 1, ch.at.col + 1, 4, 4).setNumHeaders(1);
    for (const r of chartRanges(sheet, ch)) b = b.addRange(r);
    b = b
      .setOption('title', ch.title)
      .setOption('width', width)
      .setOption('height', height)
      .setOption('legend', { position: ch.kind === 'funnel' ? 'none' : 'bottom' });
    if (ch.kind === 'funnel') {
      b = b
        .setChartType(Charts.ChartType.BAR)
        .setOption('isStacked', true)
        .setOption('series', { 0: { color: 'transparent', visibleInLegend: false, enableInteractivity: false }, 1: { color: '#1f6fb2', dataLabel: 'value' } });
    } else {
      b = b.setChartType(Charts.ChartType.COLUMN).setOption('colors', ['#9aa9bd', '#1f6fb2', '#f0a030', '#2e8b57']);
    }
    sheet.insertChart(b.build());
  }
}

/**
 * After a save: lays the Dashboard out again when the tables it appended to now hold more rows than
 * the Dashboard reserved for them (`counts`: their data rows after the save). Reads one cell (the
 * layout's stamp) unless it must lay out.
 */
export function refitDashboard(ss: Spreadsheet, lang: Lang, counts: TableCounts): boolean {
  if (!Object.keys(counts).some((k) => DASHBOARD_SIZED_BY.has(k))) return false;
  const range = ss.getRangeByName(DASHBOARD_NAME);
  if (!range) return false;
  const at = dashboardLayout(lang).stampAt;
  const stamp = range.getSheet().getRange(at.row + 1, at.col + 1).getValue();
  if (!dashboardOutgrown(stamp, counts)) return false;
  buildDashboard(ss, lang);
  return true;
}
