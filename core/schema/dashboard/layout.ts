/**
 * Places the areas' declarations on the Dashboard sheet — the same layout in every host:
 *
 * ```
 * row 1      title                                   │ calculation lane (column L →):
 * row 2      forecast period                         │   table row counts, layout stamp,
 * rows 3–8   key figures: two lines of cards          │   the calculations the key figures
 *            (label / value / detail), 10 columns     │   and charts read, each under its
 * rows 10–25 the charts, side by side                 │   title, stacked downward
 * rows 27 →  the sections, in reading order, packed   │
 *            left to right in lines of 10 columns     │
 * ```
 *
 * **No spill ever meets a filled cell.** A spreadsheet array result that would run into a filled cell
 * is an error (#REF! in Sheets, #SPILL! in Excel), so lists that grow with a table cannot simply be
 * stacked. Every section reserves its rows: a fixed number, or one per row of its table plus room to
 * grow (`reserve`), and every formula of a growing section is bounded to those rows by the host
 * (`Resolver.take`: `ARRAY_CONSTRAIN` / `TAKE`). The next section starts below the reserved rows, so
 * results can neither collide nor overlap, whatever the tables hold. When a table outgrows its
 * room the list is cut — never wrong, never an error — and the row under it says so; the layout's
 * stamp (the reserved rows of every section) tells a host when to lay the Dashboard out again
 * (set-up, Refresh the dashboard, or a save whose rows outgrew the room).
 *
 * Formulas may refer to other parts of the Dashboard: `{out:section.col}` is that column of the
 * section's reserved rows, `{out:section}` its whole block, `{rows:table}` a lane cell counting the
 * table's data rows. The layout resolves them to absolute A1 ranges; hosts resolve the rest.
 */
import { t, type L10n, type Lang } from '../../i18n';
import { TABLES } from '../tables';
import type { TableId } from '../types';
import { DEFAULT_CURRENCY, formatPattern } from './format';
import { absRange, placeholders, quote, substitute, type Placeholder, type Resolver } from './template';
import type { DashboardArea, DashboardChart, DashboardFormat, DashboardSection, KeyFigure, LayoutEnv, Template } from './types';

/** Visible columns (A–J): wide enough for a manager's screen (1366 px with the preview's sidebar). */
export const GRID_COLUMNS = 10;
/** Column widths in pixels: names in A, figures in B–J. */
export const FIRST_WIDTH = 150;
export const COLUMN_WIDTH = 92;
/** The calculation lane starts here (L), after a narrow gap column (K). */
export const LANE_COLUMN = GRID_COLUMNS + 1;
export const GAP_WIDTH = 24;
/** Rows a chart is tall. */
export const CHART_ROWS = 16;

/** How a cell looks (fonts and fills, the same in every host: `LOOKS`). */
export type Look = 'title' | 'subtitle' | 'label' | 'figure' | 'detail' | 'section' | 'header' | 'lane' | 'warning';

export const LOOKS: Record<Look, { bold?: boolean; size?: number; color: string; background?: string; italic?: boolean }> = {
  title: { bold: true, size: 16, color: '#1f3864' },
  subtitle: { color: '#59636e' },
  label: { size: 9, color: '#4a5a70', background: '#eef3fa' },
  figure: { bold: true, size: 16, color: '#1f3864', background: '#eef3fa' },
  detail: { size: 9, color: '#59636e', background: '#eef3fa' },
  section: { bold: true, size: 12, color: '#1f3864' },
  header: { bold: true, color: '#1f2328', background: '#dfe6f0' },
  lane: { italic: true, color: '#59636e' },
  warning: { italic: true, color: '#990000' },
};

export const DASHBOARD_SHEET: L10n = { en: 'Dashboard', zh: '仪表板', zhHant: '儀表板' };
export const DASHBOARD_TITLE: L10n = { en: 'Key-account dashboard', zh: '大客户管理仪表板', zhHant: '大客戶管理儀表板' };
/** The note on the name a host finds the Dashboard by (Excel's named item comment). */
export const DASHBOARD_NOTE: L10n = { en: 'Key-account workbook: dashboard', zh: '大客户工作簿:仪表板', zhHant: '大客戶工作簿:儀表板' };

const TEXT = {
  period: { en: 'Forecast period', zh: '预测期', zhHant: '預測期' },
  lane: { en: 'Calculations for the key figures and charts (kept by set-up)', zh: '关键指标和图表的计算区(由设置维护)', zhHant: '關鍵指標和圖表的計算區(由設定維護)' },
  rows: { en: 'Rows of {table}', zh: '{table}行数', zhHant: '{table}列數' },
  stamp: { en: 'Layout', zh: '布局', zhHant: '版面' },
  cut: {
    en: 'More rows than there is room for here: run Refresh the dashboard (or set-up) to show them all.',
    zh: '行数超出此处预留的空间:请运行“刷新仪表板”(或设置)以显示全部。',
    zhHant: '列數超出此處預留的空間:請執行「重新整理儀表板」(或設定)以顯示全部。',
  },
} satisfies Record<string, L10n>;

/** A cell the layout sets: a text, or a formula template (hosts render it with `renderCell`). */
export interface LayoutCell {
  row: number;
  col: number;
  text?: string;
  formula?: string;
  array?: boolean;
  /** Bound the result to `rows` (a number or a cell, as formula text) × `cols`. */
  take?: { rows: string; cols: number };
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface LayoutChart {
  id: string;
  kind: DashboardChart['kind'];
  title: string;
  /** Where it floats (cells it covers). */
  at: Rect;
  /** The header row and the reserved rows of the categories column. */
  categories: Rect;
  /** One per series, header row included (the series' name). */
  series: Rect[];
  /** The funnel's invisible centring series (Sheets). */
  spacer?: Rect;
  /** Number of data rows under the header (the reserved rows). */
  rows: number;
}

/** A placed section: where its title, headers and results are. */
export interface PlacedSection {
  id: string;
  title: Rect;
  /** The result rows it reserves (below the header row). */
  body: Rect;
  lane: boolean;
}

export interface DashboardLayout {
  lang: Lang;
  currency: string;
  /** Rows × columns the layout covers (everything it writes lies inside). */
  size: { rows: number; cols: number };
  /** Width in pixels of every column of `size.cols`. */
  widths: number[];
  cells: LayoutCell[];
  /** Number formats: the kind, and its pattern in the workbook's currency (`null`: text, left alone). */
  formats: (Rect & { format: DashboardFormat; pattern: string | null })[];
  looks: (Rect & { look: Look })[];
  /** Cells merged across (a figure card's two columns), one row each. */
  merges: Rect[];
  rules: (Rect & { equals: string[]; style: 'good' | 'watch' | 'bad' })[];
  notes: { row: number; col: number; text: string }[];
  charts: LayoutChart[];
  sections: PlacedSection[];
  /** The lane cell counting each table's rows (`{rows:table}`), absolute A1. */
  rowsCells: Partial<Record<TableId, string>>;
  /** What the layout depends on (reserved rows, language): a host lays the Dashboard out again when it changes. */
  stamp: string;
  /** Where the stamp is written. */
  stampAt: { row: number; col: number };
}

/**
 * Data rows a table holds, as the host counted them (a missing table counts 0), and the counts some
 * sections are sized by (`leaders`: the people the forecast chart shows — see `dashboardCounts`).
 */
export type TableCounts = Partial<Record<TableId | 'leaders', number>>;

/** Result rows a section reserves for `counts`: its fixed rows, or its table's rows with room to grow. */
export function reserve(s: DashboardSection, counts: TableCounts): number {
  const e = s.extent;
  if ('rows' in e) return e.rows;
  if ('count' in e) return Math.max(e.min ?? 1, counts[e.count as keyof TableCounts] ?? 0);
  // Room to grow: a fifth more (at least 5 rows), in tens, at least 20 rows — so that a workbook's
  // first rows, and most saves, never make the Dashboard lay itself out again.
  const n = Math.ceil((counts[e.per] ?? 0) * (e.share ?? 1)) + (e.extra ?? 0);
  const room = n + Math.max(5, Math.ceil(n * 0.2));
  return Math.max(e.min ?? 20, Math.ceil(room / 10) * 10);
}

const byOrder = <T extends { order: number }>(xs: readonly T[]): T[] =>
  xs.map((x, i) => ({ x, i })).sort((a, b) => a.x.order - b.x.order || a.i - b.i).map((e) => e.x);

/** A template as text, for the workbook's language and Settings. */
export function templateText(tpl: Template | undefined, env: LayoutEnv): string {
  return tpl === undefined ? '' : typeof tpl === 'string' ? tpl : tpl(env);
}

/** Tables whose rows a template reads (for the row-count cells). */
function tablesOf(template: string): string[] {
  const out: string[] = [];
  for (const p of placeholders(template)) if (p.kind === 'ref' || p.kind === 'rows') out.push(p.table);
  return out;
}

/**
 * The Dashboard for the areas' declarations, the workbook's language, its tables' sizes and the
 * Settings values the host read (`currency`, `forecast_category_rule`, …).
 */
export function layoutDashboard(areas: readonly DashboardArea[], lang: Lang, counts: TableCounts, settings: Readonly<Record<string, string>> = {}): DashboardLayout {
  const currency = settings.currency?.trim() || DEFAULT_CURRENCY;
  const env: LayoutEnv = { lang, settings };
  const tx = (tpl: Template | undefined) => templateText(tpl, env);
  const sections = byOrder(areas.flatMap((a) => a.sections ?? []));
  const figures = byOrder(areas.flatMap((a) => a.figures ?? []));
  const charts = byOrder(areas.flatMap((a) => a.charts ?? []));
  const L: DashboardLayout = {
    lang,
    currency,
    size: { rows: 0, cols: 0 },
    widths: [],
    cells: [],
    formats: [],
    looks: [],
    merges: [],
    rules: [],
    notes: [],
    charts: [],
    sections: [],
    rowsCells: {},
    stamp: '',
    stampAt: { row: 0, col: 0 },
  };
  const text = (row: number, col: number, s: string) => L.cells.push({ row, col, text: s });
  const look = (r: Rect, l: Look) => L.looks.push({ ...r, look: l });
  const format = (r: Rect, f: DashboardFormat) => L.formats.push({ ...r, format: f, pattern: formatPattern(f, currency) });

  // Title and period.
  text(0, 0, t(DASHBOARD_TITLE, lang));
  look({ row: 0, col: 0, rows: 1, cols: 1 }, 'title');
  text(1, 0, t(TEXT.period, lang));
  L.cells.push({ row: 1, col: 1, formula: '{ref:settings.period_from}' }, { row: 1, col: 2, formula: '{ref:settings.period_to}' });
  format({ row: 1, col: 1, rows: 1, cols: 2 }, 'date');
  look({ row: 1, col: 0, rows: 1, cols: 3 }, 'subtitle');

  // The calculation lane: its title, a row count per table the formulas read, the stamp, then its sections.
  const all = [
    ...sections.flatMap((s) => s.cells.map((c) => tx(c.formula))),
    ...figures.map((f) => tx(f.formula) + ' ' + (f.detail && 'formula' in f.detail ? tx(f.detail.formula) : '')),
  ];
  const tables = TABLES.filter((s) => all.some((f) => tablesOf(f).includes(s.id)));
  let laneRow = 0;
  text(laneRow, LANE_COLUMN, t(TEXT.lane, lang));
  look({ row: laneRow, col: LANE_COLUMN, rows: 1, cols: 1 }, 'lane');
  laneRow++;
  for (const spec of tables) {
    text(laneRow, LANE_COLUMN, t(TEXT.rows, lang).replace('{table}', t(spec.sheet, lang)));
    look({ row: laneRow, col: LANE_COLUMN, rows: 1, cols: 1 }, 'lane');
    const key = spec.columns[0].key;
    L.cells.push({ row: laneRow, col: LANE_COLUMN + 1, formula: `MAX(IF({range:${spec.id}.${key}}<>"",SEQUENCE(ROWS({range:${spec.id}.${key}})),0))`, array: true });
    format({ row: laneRow, col: LANE_COLUMN + 1, rows: 1, cols: 1 }, 'integer');
    L.rowsCells[spec.id] = absRange(laneRow, LANE_COLUMN + 1);
    laneRow++;
  }
  text(laneRow, LANE_COLUMN, t(TEXT.stamp, lang));
  look({ row: laneRow, col: LANE_COLUMN, rows: 1, cols: 1 }, 'lane');
  L.stampAt = { row: laneRow, col: LANE_COLUMN + 1 };
  laneRow += 2;

  // Where every section goes (positions first: formulas may refer to any section).
  const reserved = new Map(sections.map((s) => [s.id, reserve(s, counts)]));
  const bandLines = packFigures(figures);
  const bandRows = bandLines.length * 3;
  const chartTop = 2 + bandRows + (bandRows ? 1 : 0);
  const chartRows = charts.length ? CHART_ROWS : 0;
  let row = chartTop + chartRows + (chartRows ? 1 : 0);
  let col = 0;
  let lineHeight = 0;
  const cut = (s: DashboardSection) => ('per' in s.extent && !s.lane ? 1 : 0);
  for (const s of sections) {
    const height = 2 + reserved.get(s.id)! + cut(s);
    if (s.lane) {
      place(s, laneRow, LANE_COLUMN);
      laneRow += height + 1;
      continue;
    }
    const width = Math.min(GRID_COLUMNS, s.columns.length);
    if (col > 0 && col + width > GRID_COLUMNS) {
      row += lineHeight + 1;
      col = 0;
      lineHeight = 0;
    }
    place(s, row, col);
    col += width + (width < GRID_COLUMNS ? 0 : 0);
    lineHeight = Math.max(lineHeight, height);
  }
  function place(s: DashboardSection, r: number, c: number) {
    const n = reserved.get(s.id)!;
    L.sections.push({ id: s.id, title: { row: r, col: c, rows: 1, cols: s.columns.length }, body: { row: r + 2, col: c, rows: n, cols: s.columns.length }, lane: !!s.lane });
  }
  const placed = new Map(L.sections.map((p) => [p.id, p]));
  const out = (p: Extract<Placeholder, { kind: 'out' }>): string => {
    const s = placed.get(p.section);
    if (!s) throw new Error(`dashboard: no section ${p.section}`);
    if (p.column === undefined) return absRange(s.body.row, s.body.col, s.body.rows, s.body.cols);
    if (!(p.column >= 0 && p.column < s.body.cols)) throw new Error(`dashboard: section ${p.section} has no column ${p.column}`);
    return absRange(s.body.row, s.body.col + p.column, s.body.rows, 1);
  };
  // Figures' value cells, for {fig:…}: lines of cards from row 2, three rows each.
  const figureAt = new Map<string, string>();
  bandLines.forEach((line, li) => {
    let c = 0;
    for (const f of line) {
      figureAt.set(f.id, absRange(2 + li * 3 + 1, c));
      c += f.span;
    }
  });
  const resolveLayout = (template: string): string =>
    substitute(template, (p) => {
      if (p.kind === 'out') return out(p);
      if (p.kind === 'fig') {
        const at = figureAt.get(p.id);
        if (!at) throw new Error(`dashboard: no key figure ${p.id}`);
        return at;
      }
      if (p.kind === 'rows') {
        const at = L.rowsCells[p.table as TableId];
        if (!at) throw new Error(`dashboard: no row count of ${p.table}`);
        return at;
      }
      return original(p);
    });

  // The sections: title, headers, formulas, formats, rules, the row that says when a list is cut.
  for (const s of sections) {
    const p = placed.get(s.id)!;
    const r = p.title.row;
    const c = p.title.col;
    const n = p.body.rows;
    text(r, c, t(s.title, lang));
    look({ row: r, col: c, rows: 1, cols: s.lane ? 1 : s.columns.length }, s.lane ? 'lane' : 'section');
    if (s.note) L.notes.push({ row: r, col: c, text: t(s.note, lang) });
    s.columns.forEach((h, i) => {
      text(r + 1, c + i, t(h.header, lang));
      format({ row: r + 2, col: c + i, rows: n, cols: 1 }, h.format);
    });
    look({ row: r + 1, col: c, rows: 1, cols: s.columns.length }, 'header');
    for (const cell of s.cells) {
      const at = r + 2 + (cell.row ?? 0);
      if (cell.text) {
        text(at, c + cell.col, t(cell.text, lang));
        continue;
      }
      const next = s.cells.filter((x) => (x.row ?? 0) === (cell.row ?? 0) && x.col > cell.col).reduce((m, x) => Math.min(m, x.col), s.columns.length);
      // A literal bound: an engine sizes the spill before computing it (HyperFormula, Excel).
      const grows = !('rows' in s.extent) || s.extent.list === true;
      const rows = String(n - (cell.row ?? 0));
      L.cells.push({ row: at, col: c + cell.col, formula: resolveLayout(tx(cell.formula)), array: cell.array, ...(grows ? { take: { rows, cols: next - cell.col } } : {}) });
    }
    for (const rule of s.rules ?? []) L.rules.push({ row: r + 2, col: c + rule.column, rows: n, cols: 1, equals: rule.equals, style: rule.style });
    if ('per' in s.extent && !s.lane) {
      const e = s.extent;
      const need = e.share !== undefined ? `{rows:${e.per}}*${e.share}` : `{rows:${e.per}}`;
      L.cells.push({ row: r + 2 + n, col: c, formula: resolveLayout(`IF(${need}+${e.extra ?? 0}>${n},${quote(t(TEXT.cut, lang))},"")`) });
      look({ row: r + 2 + n, col: c, rows: 1, cols: 1 }, 'warning');
      if (s.totals) {
        // The totals share that row, to the right of the warning.
        const first = Math.min(...s.totals.columns);
        if (!(first >= 2)) throw new Error(`dashboard: section ${s.id}'s totals need two columns left of them (the warning, the label)`);
        text(r + 2 + n, c + first - 1, t(s.totals.label, lang));
        look({ row: r + 2 + n, col: c + first - 1, rows: 1, cols: 1 }, 'header');
        for (const col of s.totals.columns) {
          L.cells.push({ row: r + 2 + n, col: c + col, formula: resolveLayout(`SUMPRODUCT(IFERROR(--{out:${s.id}.${col}},0))`), array: true });
          format({ row: r + 2 + n, col: c + col, rows: 1, cols: 1 }, s.columns[col].format);
          look({ row: r + 2 + n, col: c + col, rows: 1, cols: 1 }, 'header');
        }
      }
    }
  }

  // The key figures: lines of cards, each label / value / detail; a two-column card is merged across.
  bandLines.forEach((line, li) => {
    let c = 0;
    const r = 2 + li * 3;
    for (const f of line) {
      text(r, c, t(f.label, lang));
      L.cells.push({ row: r + 1, col: c, formula: resolveLayout(tx(f.formula)), array: f.array });
      format({ row: r + 1, col: c, rows: 1, cols: 1 }, f.format);
      const d = f.detail;
      if (d && 'text' in d) text(r + 2, c, t(d.text, lang));
      else if (d) {
        L.cells.push({ row: r + 2, col: c, formula: resolveLayout(tx(d.formula)), array: d.array });
        format({ row: r + 2, col: c, rows: 1, cols: 1 }, d.format);
      }
      look({ row: r, col: c, rows: 1, cols: f.span }, 'label');
      look({ row: r + 1, col: c, rows: 1, cols: f.span }, 'figure');
      look({ row: r + 2, col: c, rows: 1, cols: f.span }, 'detail');
      if (f.span > 1) for (let k = 0; k < 3; k++) L.merges.push({ row: r + k, col: c, rows: 1, cols: f.span });
      c += f.span;
    }
    // The rest of the line keeps the band's colour.
    if (c < GRID_COLUMNS) look({ row: r, col: c, rows: 3, cols: GRID_COLUMNS - c }, 'detail');
  });

  // The charts, side by side under the band, over their sections' blocks.
  charts.forEach((ch, i) => {
    const p = placed.get(ch.section);
    if (!p) throw new Error(`dashboard: chart ${ch.id} reads no section ${ch.section}`);
    const w = Math.floor(GRID_COLUMNS / charts.length);
    const colAt = (k: number): Rect => ({ row: p.body.row - 1, col: p.body.col + k, rows: p.body.rows + 1, cols: 1 });
    L.charts.push({
      id: ch.id,
      kind: ch.kind,
      title: t(ch.title, lang),
      at: { row: chartTop, col: i * w, rows: CHART_ROWS, cols: i === charts.length - 1 ? GRID_COLUMNS - i * w : w },
      categories: colAt(ch.categories),
      series: ch.series.map(colAt),
      ...(ch.spacer !== undefined ? { spacer: colAt(ch.spacer) } : {}),
      rows: p.body.rows,
    });
  });

  // Extent, widths, stamp.
  let rows = row + lineHeight + 1;
  let cols = GRID_COLUMNS;
  for (const c of L.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  for (const s of L.sections) {
    rows = Math.max(rows, s.body.row + s.body.rows + 1);
    cols = Math.max(cols, s.body.col + s.body.cols);
  }
  cols = Math.max(cols, LANE_COLUMN + 2);
  L.size = { rows, cols };
  L.widths = Array.from({ length: cols }, (_, i) => (i === 0 ? FIRST_WIDTH : i === GRID_COLUMNS ? GAP_WIDTH : COLUMN_WIDTH));
  const rule = (settings.forecast_category_rule ?? '').replace(/\s+/g, ' ').trim();
  L.stamp = `v1 ${lang} ${currency} [${rule}] ${L.sections.map((s) => `${s.id}@${s.body.row},${s.body.col}+${s.body.rows}`).join(' ')}`;
  text(L.stampAt.row, L.stampAt.col, L.stamp);
  return L;
}

/** Placeholders the layout leaves to the host, written back as they were. */
function original(p: Placeholder): string {
  switch (p.kind) {
    case 'fn':
      return `{fn:${p.name}}`;
    case 'ref':
      return `{ref:${p.table}.${p.column}${p.last ? ':' + p.last : ''}}`;
    case 'range':
      return `{range:${p.table}.${p.column}}`;
    case 'setting':
      return `{ref:settings.${p.key}}`;
    case 'today':
      return '{today}';
    default:
      throw new Error(`dashboard: unresolved ${p.kind}`);
  }
}

/** Figures in lines of `GRID_COLUMNS` columns, in order. */
function packFigures(figures: readonly KeyFigure[]): KeyFigure[][] {
  const lines: KeyFigure[][] = [];
  let line: KeyFigure[] = [];
  let used = 0;
  for (const f of figures) {
    if (used + f.span > GRID_COLUMNS) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push(f);
    used += f.span;
  }
  if (line.length) lines.push(line);
  return lines;
}

/**
 * A layout cell as the host writes it: its text as it is, or `=` and the formula with every
 * placeholder resolved by the host, wrapped as the cell asks (array expression, bounded rows).
 */
export function renderCell(layout: DashboardLayout, cell: LayoutCell, r: Resolver): string {
  if (cell.formula === undefined) return cell.text ?? '';
  let f = substitute(cell.formula, (p) => {
    switch (p.kind) {
      case 'fn':
        return r.fn(p.name);
      case 'today':
        return r.today();
      case 'ref':
      case 'range':
      case 'setting': {
        const rowsCell = p.kind === 'setting' ? '' : layout.rowsCells[p.table as TableId] ?? '';
        return r.ref(p, rowsCell);
      }
      default:
        throw new Error(`dashboard: unresolved placeholder ${p.kind}`);
    }
  });
  if (cell.array) f = r.array(f);
  if (cell.take) f = r.take(f, cell.take.rows, cell.take.cols);
  return '=' + f;
}

/** Every cell of the layout as a grid of what the host writes (texts and `=` formulas; `''` elsewhere). */
export function layoutGrid(layout: DashboardLayout, r: Resolver): string[][] {
  const g = Array.from({ length: layout.size.rows }, () => new Array<string>(layout.size.cols).fill(''));
  for (const c of layout.cells) g[c.row][c.col] = renderCell(layout, c, r);
  return g;
}

/**
 * Whether tables now holding `counts` rows outgrow the room the layout of `stamp` reserved (a
 * section would need more rows than it has): the host then lays the Dashboard out again. Tables
 * not in `counts` are taken as they were.
 */
export function outgrown(areas: readonly DashboardArea[], stamp: unknown, counts: TableCounts): boolean {
  if (typeof stamp !== 'string' || !stamp.startsWith('v1 ')) return true;
  const had = new Map<string, number>();
  for (const m of stamp.matchAll(/(\S+)@\d+,\d+\+(\d+)/g)) had.set(m[1], Number(m[2]));
  for (const s of areas.flatMap((a) => a.sections ?? [])) {
    const key = 'per' in s.extent ? s.extent.per : 'count' in s.extent ? s.extent.count : null;
    if (key === null || counts[key as keyof TableCounts] === undefined) continue;
    const now = had.get(s.id);
    if (now === undefined || reserve(s, counts) > now) return true;
  }
  return false;
}
