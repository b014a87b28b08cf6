/**
 * The Dashboard sheet of the preview: core's layout (`core/schema/dashboard`) entered into the
 * HyperFormula engine with absolute A1 ranges over each table's current data rows (laid out again
 * when a table's row count changes — the preview's equivalent of ranges that grow with their
 * tables), and what the page needs to show it: each cell's number format, look, merge and
 * conditional colour, and the charts with their data read from the engine.
 */
import type { HyperFormula } from 'hyperformula';
import { looksLikeFormula, toDateSerial, toNumber } from '../core/cell';
import type { Lang } from '../core/i18n';
import {
  dashboardLayout,
  renderCell,
  toA1,
  type DashboardFormat,
  type DashboardLayout,
  type LayoutChart,
  type Look,
  type Rect,
  type Resolver,
  type TableCounts,
} from '../core/schema/dashboard';
import { SETTING_ROWS } from '../core/schema/tables';
import type { TableData, TableId } from '../core/schema/types';
import { fromEngineValue } from './engine';

/** What the dashboard reads of the workbook: the tables (as read now) and where they are. */
export interface DashboardSource {
  hf: HyperFormula;
  /** The Dashboard's sheet id. */
  sheet: number;
  /** The preview's fixed "today", `YYYY-MM-DD`. */
  today: string;
  read(id: TableId): TableData;
  title(id: TableId): string;
}

const quoteSheet = (title: string) => `'${title.replace(/'/g, "''")}'`;
const abs = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/** One series of a chart as the page draws it. */
export interface ChartData {
  chart: LayoutChart;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

export class PreviewDashboard {
  layout: DashboardLayout;
  /** What each dashboard cell was last given (the engine normalises formula text, so compare with this). */
  private written = new Map<string, string>();
  private reads = new Map<TableId, TableData>();
  private formatAt = new Map<string, { format: DashboardFormat; pattern: string | null }>();
  private lookAt = new Map<string, Look>();
  private spanAt = new Map<string, number>();
  private coveredAt = new Set<string>();
  private rulesAt = new Map<string, { equals: string[]; style: 'good' | 'watch' | 'bad' }[]>();

  constructor(private readonly src: DashboardSource, lang: Lang) {
    this.layout = dashboardLayout(lang, {});
  }

  private read(id: TableId): TableData {
    let t = this.reads.get(id);
    if (!t) this.reads.set(id, (t = this.src.read(id)));
    return t;
  }

  /** The preview's names: absolute A1 ranges of the tables' data rows, the setting's value cell, its fixed today. */
  private resolver(): Resolver {
    const [y, m, d] = this.src.today.split('-').map(Number);
    return {
      fn: (name) => name,
      ref: (p) => {
        if (p.kind === 'setting') {
          const settings = this.read('settings');
          let row = settings.rows.findIndex((r) => String(r[settings.col.key]).trim() === p.key);
          if (row < 0) row = SETTING_ROWS.findIndex((s) => s.key === p.key);
          return `${quoteSheet(this.src.title('settings'))}!${abs(toA1(settings.col.value, row + 1))}`;
        }
        const id = p.table as TableId;
        const table = this.read(id);
        const first = table.col[p.column];
        const last = p.kind === 'ref' && p.last ? table.col[p.last] : first;
        const rows = Math.max(1, table.rows.length);
        return `${quoteSheet(this.src.title(id))}!${abs(toA1(first, 1))}:${abs(toA1(last, rows))}`;
      },
      today: () => `DATE(${y},${m},${d})`,
      take: (f, rows, cols) => `ARRAY_CONSTRAIN(${f},${rows},${cols})`,
      // HyperFormula refuses a bare range as a formula's result ("Cell range not allowed"), even in
      // ARRAYFORMULA; an element-wise IF gives the same cells.
      array: (f) => (/^(?:'[^']*(?:''[^']*)*'!)?\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?$/.test(f) ? `ARRAYFORMULA(IF(${f}="","",${f}))` : `ARRAYFORMULA(${f})`),
    };
  }

  /**
   * Lays the Dashboard out for the tables as they are and enters what changed (a cell the new
   * layout leaves blank is cleared). Returns whether anything was entered.
   */
  write(lang: Lang, counts: TableCounts, settings: Record<string, string> = {}): boolean {
    this.reads.clear();
    this.layout = dashboardLayout(lang, counts, settings);
    const r = this.resolver();
    const cells = new Map<string, { row: number; col: number; value: string }>();
    for (const c of this.layout.cells) cells.set(`${c.row}:${c.col}`, { row: c.row, col: c.col, value: renderCell(this.layout, c, r) });
    this.index();
    const gone = [...this.written.keys()].filter((k) => !cells.has(k));
    const changed = [...cells.values()].filter((c) => this.written.get(`${c.row}:${c.col}`) !== c.value);
    for (const k of gone) this.written.delete(k);
    for (const c of changed) this.written.set(`${c.row}:${c.col}`, c.value);
    this.reads.clear();
    if (!changed.length && !gone.length) return false;
    const hf = this.src.hf;
    const sheet = this.src.sheet;
    hf.batch(() => {
      // Clear first: a previous, longer array result must not block the new one.
      for (const k of gone) {
        const [row, col] = k.split(':').map(Number);
        hf.setCellContents({ sheet, row, col }, [[null]]);
      }
      for (const c of changed) hf.setCellContents({ sheet, row: c.row, col: c.col }, [[null]]);
      // Texts as they are (a text that would read as a formula or a number keeps a leading apostrophe).
      for (const c of changed) hf.setCellContents({ sheet, row: c.row, col: c.col }, [[c.value.startsWith('=') ? c.value : c.value === '' ? null : asText(c.value)]]);
    });
    return true;
  }

  /** Per cell: its format, look, merge and colour rules (the layout's rectangles, indexed once). */
  private index(): void {
    const each = (r: Rect, f: (k: string) => void) => {
      for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) f(`${r.row + i}:${r.col + j}`);
    };
    this.formatAt.clear();
    this.lookAt.clear();
    this.spanAt.clear();
    this.coveredAt.clear();
    this.rulesAt.clear();
    for (const f of this.layout.formats) each(f, (k) => this.formatAt.set(k, { format: f.format, pattern: f.pattern }));
    for (const l of this.layout.looks) each(l, (k) => this.lookAt.set(k, l.look));
    for (const m of this.layout.merges) {
      this.spanAt.set(`${m.row}:${m.col}`, m.cols);
      for (let j = 1; j < m.cols; j++) this.coveredAt.add(`${m.row}:${m.col + j}`);
    }
    for (const r of this.layout.rules) each(r, (k) => this.rulesAt.set(k, [...(this.rulesAt.get(k) ?? []), { equals: r.equals, style: r.style }]));
  }

  format(row: number, col: number): { format: DashboardFormat; pattern: string | null } | undefined {
    return this.formatAt.get(`${row}:${col}`);
  }

  look(row: number, col: number): Look | undefined {
    return this.lookAt.get(`${row}:${col}`);
  }

  /** Columns a merged cell spans (1 when not merged; 0 for a cell inside another's merge). */
  span(row: number, col: number): number {
    const k = `${row}:${col}`;
    return this.coveredAt.has(k) ? 0 : this.spanAt.get(k) ?? 1;
  }

  style(row: number, col: number, text: string): 'good' | 'watch' | 'bad' | undefined {
    let out: 'good' | 'watch' | 'bad' | undefined;
    for (const r of this.rulesAt.get(`${row}:${col}`) ?? []) if (r.equals.includes(text)) out = r.style;
    return out;
  }

  /** The charts with the values the engine holds now (blank categories left out). */
  charts(): ChartData[] {
    const hf = this.src.hf;
    const sheet = this.src.sheet;
    const at = (row: number, col: number) => fromEngineValue(hf.getCellValue({ sheet, row, col }));
    return this.layout.charts.map((chart) => {
      const c = chart.categories;
      const keep: number[] = [];
      const categories: string[] = [];
      for (let i = 1; i < c.rows; i++) {
        const v = at(c.row + i, c.col);
        if (v === null || v === '') continue;
        keep.push(i);
        categories.push(typeof v === 'number' ? String(v) : String(v));
      }
      const series = chart.series.map((s) => ({
        name: String(at(s.row, s.col) ?? ''),
        values: keep.map((i) => {
          const v = at(s.row + i, s.col);
          return typeof v === 'number' && Number.isFinite(v) ? v : null;
        }),
      }));
      return { chart, categories, series };
    });
  }
}

/** A label as the engine keeps it as text: an apostrophe only where it would read as a formula or a number. */
function asText(s: string): string {
  return looksLikeFormula(s) || toNumber(s) !== undefined || toDateSerial(s) !== undefined ? "'" + s : s;
}
