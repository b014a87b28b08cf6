/**
 * The Dashboard sheet in Excel: core's layout (`core/schema/dashboard`) with `=KA.*` formulas over
 * the tables' structured references, in a few syncs: find the sheet and its used range, read its
 * block once, write. When the layout's stamp on the sheet is core's, only the rows whose content
 * differs are written again (nothing at all when nothing differs); otherwise the block is written
 * as a whole with its formats, merges, widths, conditional formats and the charts (a funnel chart
 * where Excel has one, else a bar chart; a clustered column chart of forecast against quota).
 * Excel grows dynamic arrays by itself; every growing list is bounded to its rows by core's layout.
 */
import { safeCellText } from '../core/cell';
import { t, type Lang } from '../core/i18n';
import {
  columnLetters,
  DASHBOARD_NOTE,
  DASHBOARD_SHEET,
  dashboardLayout,
  LOOKS,
  renderCell,
  settingLookup,
  type DashboardLayout,
  type LayoutChart,
  type Rect,
  type Resolver,
  type TableCounts,
} from '../core/schema/dashboard';
import { RULE_COLOURS } from '../core/schema/setup';
import { tableSpec } from '../core/schema/tables';
import type { TableId } from '../core/schema/types';
import { freeSheetName, structuredColumn } from './excel-run';

export const DASHBOARD_NAME = 'KA_Dashboard';
/** Our charts are named `KA_<chart id>`. */
export const CHART_PREFIX = 'KA_';

export interface ExcelDashboardInput {
  lang: Lang;
  counts: TableCounts;
  /** The Settings the layout reads (`dashboardSettings`). */
  settings: Record<string, string>;
  /** The header a table's column has in the workbook (structured references name it). */
  headerOf(table: TableId, key: string): string;
  /** Sheet names already taken (a new Dashboard sheet gets a free one). */
  taken: readonly string[];
}

export interface ExcelDashboardReport {
  dashboard: 'created' | 'completed' | 'kept';
  /** The funnel chart added this time: a funnel, a bar chart where Excel has no funnel, or none. */
  chart?: 'funnel' | 'bar' | 'none';
}

/** Excel's names for the catalogue functions and the tables' structured references. */
export function excelResolver(headerOf: ExcelDashboardInput['headerOf']): Resolver {
  const col = (table: TableId, key: string) => structuredColumn(headerOf(table, key));
  return {
    fn: (name) => 'KA.' + name,
    ref: (p) => {
      if (p.kind === 'setting') {
        const name = tableSpec('settings').name;
        return settingLookup(p.key, name + col('settings', 'value'), name + col('settings', 'key'));
      }
      const name = tableSpec(p.table as TableId).name;
      if (p.kind === 'range' || !p.last) return name + col(p.table as TableId, p.column);
      return `${name}[${col(p.table as TableId, p.column)}:${col(p.table as TableId, p.last)}]`;
    },
    today: () => 'TODAY()',
    // TAKE needs Excel 2024 / 365; LET, INDEX and SEQUENCE give the same rows in Excel 2021 too.
    take: (f, rows, cols) => `LET(ka_r,${f},INDEX(ka_r,SEQUENCE(MIN(ROWS(ka_r),${rows})),SEQUENCE(1,MIN(COLUMNS(ka_r),${cols}))))`,
    array: (f) => f,
  };
}

const address = (r: Rect) => `${columnLetters(r.col)}${r.row + 1}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;

/**
 * Writes (or repairs) the Dashboard inside the caller's `Excel.run`: four syncs to find, read and
 * write it (three for a new sheet), one more when the funnel chart is added.
 */
export async function writeDashboard(ctx: Excel.RequestContext, input: ExcelDashboardInput): Promise<ExcelDashboardReport> {
  const wb = ctx.workbook;
  const layout = dashboardLayout(input.lang, input.counts, input.settings);
  const resolver = excelResolver(input.headerOf);
  const name = wb.names.getItemOrNullObject(DASHBOARD_NAME);
  await ctx.sync();

  let sheet: Excel.Worksheet;
  let created = false;
  let used: Excel.Range | null = null;
  if (name.isNullObject) {
    sheet = wb.worksheets.add(freeSheetName(t(DASHBOARD_SHEET, input.lang), input.taken));
    wb.names.add(DASHBOARD_NAME, sheet.getRange('A1'), t(DASHBOARD_NOTE, input.lang));
    created = true;
  } else {
    sheet = name.getRange().worksheet;
    used = sheet.getUsedRangeOrNullObject(true).load('rowIndex, columnIndex, rowCount, columnCount');
  }
  const charts = sheet.charts.load('items/name');
  await ctx.sync();

  const R = Math.max(layout.size.rows, used && !used.isNullObject ? used.rowIndex + used.rowCount : 0);
  const C = Math.max(layout.size.cols, used && !used.isNullObject ? used.columnIndex + used.columnCount : 0);
  const block = sheet.getRangeByIndexes(0, 0, R, C);
  let now: unknown[][] | null = null;
  if (!created) {
    block.load('formulas');
    await ctx.sync();
    now = block.formulas as unknown[][];
  }

  const want: string[][] = Array.from({ length: R }, () => new Array<string>(C).fill(''));
  for (const c of layout.cells) want[c.row][c.col] = c.formula === undefined ? safeCellText(c.text ?? '') : renderCell(layout, c, resolver);
  const laidOut = created || now === null || String(now[layout.stampAt.row]?.[layout.stampAt.col] ?? '') !== layout.stamp;
  let changed = laidOut;
  if (laidOut) {
    block.unmerge();
    block.conditionalFormats.clearAll();
    block.formulas = want;
    formatAll(sheet, layout, block);
  } else {
    const same = (w: string, h: unknown) => (w.startsWith("'") ? w.slice(1) : w) === String(h ?? '');
    const differs = (r: number) => want[r].some((w, c) => !same(w, now![r][c]) && !(w === '' && !String(now![r][c] ?? '').startsWith('=')));
    for (let r = 0; r < R; ) {
      if (!differs(r)) {
        r++;
        continue;
      }
      let end = r + 1;
      while (end < R && differs(end)) end++;
      sheet.getRangeByIndexes(r, 0, end - r, C).formulas = want.slice(r, end);
      changed = true;
      r = end;
    }
  }
  // Charts: ours are named KA_…; replaced when the layout is written anew, added when missing. The
  // clustered columns go with the writes; the funnel after them, on its own: it needs a recent Excel
  // (else a bar chart stands in), and a workbook that takes no chart at all is still fully set up.
  const ours = charts.items.filter((c) => c.name.startsWith(CHART_PREFIX));
  if (laidOut) for (const c of ours) c.delete();
  const missing = layout.charts.filter((ch) => laidOut || !ours.some((c) => c.name === CHART_PREFIX + ch.id));
  for (const ch of missing) if (ch.kind !== 'funnel') addChart(sheet, ch, Excel.ChartType.columnClustered);
  await ctx.sync();

  const report: ExcelDashboardReport = { dashboard: created ? 'created' : changed || missing.length ? 'completed' : 'kept' };
  for (const ch of missing.filter((c) => c.kind === 'funnel')) {
    report.chart = 'none';
    for (const type of [Excel.ChartType.funnel, Excel.ChartType.barClustered]) {
      try {
        addChart(sheet, ch, type);
        await ctx.sync();
        report.chart = type === Excel.ChartType.funnel ? 'funnel' : 'bar';
        break;
      } catch {
        // the next chart type
      }
    }
  }
  return report;
}

/** Number formats, fonts, fills, merges, widths and conditional formats of the layout. */
function formatAll(sheet: Excel.Worksheet, layout: DashboardLayout, block: Excel.Range): void {
  block.format.font.bold = false;
  block.format.font.italic = false;
  for (const f of layout.formats) {
    if (!f.pattern) continue;
    sheet.getRangeByIndexes(f.row, f.col, f.rows, f.cols).numberFormat = Array.from({ length: f.rows }, () => new Array<string>(f.cols).fill(f.pattern!));
  }
  for (const l of layout.looks) {
    const s = LOOKS[l.look];
    const r = sheet.getRangeByIndexes(l.row, l.col, l.rows, l.cols);
    if (s.bold) r.format.font.bold = true;
    if (s.italic) r.format.font.italic = true;
    if (s.size) r.format.font.size = s.size;
    r.format.font.color = s.color;
    if (s.background) r.format.fill.color = s.background;
  }
  for (const m of layout.merges) sheet.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(true);
  layout.widths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * 0.75)));
  for (const r of layout.rules) {
    const cf = sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    const first = `$${columnLetters(r.col)}${r.row + 1}`;
    cf.custom.rule.formula = `=OR(${r.equals.map((e) => `${first}="${e.replace(/"/g, '""')}"`).join(',')})`;
    cf.custom.format.fill.color = RULE_COLOURS[r.style].fill;
    cf.custom.format.font.color = RULE_COLOURS[r.style].font;
  }
}

/** A chart of the layout: its block (categories and series adjacent, header row included) floated over its cells. */
function addChart(sheet: Excel.Worksheet, ch: LayoutChart, type: Excel.ChartType): void {
  const cols = [ch.categories, ...ch.series];
  const left = Math.min(...cols.map((r) => r.col));
  const right = Math.max(...cols.map((r) => r.col));
  const source = sheet.getRange(address({ row: ch.categories.row, col: left, rows: ch.categories.rows, cols: right - left + 1 }));
  const chart = sheet.charts.add(type, source, Excel.ChartSeriesBy.columns);
  chart.name = CHART_PREFIX + ch.id;
  chart.title.text = ch.title;
  chart.legend.visible = ch.kind !== 'funnel';
  chart.setPosition(`${columnLetters(ch.at.col)}${ch.at.row + 1}`, `${columnLetters(ch.at.col + ch.at.cols - 1)}${ch.at.row + ch.at.rows}`);
}
