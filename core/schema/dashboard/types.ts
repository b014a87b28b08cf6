/**
 * What an area declares on the Dashboard — sections, key figures and charts — as plain data. Each area
 * declares its own in `core/schema/dashboard/<area>.ts`; `index.ts` gathers them; `layout.ts` places
 * them. A host never lists a section: it renders the layout.
 */
import type { L10n, Lang } from '../../i18n';
import type { FormatRule, NumberFormatKind } from '../setup';
import type { TableId } from '../types';

/** A number format of a Dashboard cell: set-up's kinds, and `stamp` (a submission's time, `mm-dd hh:mm`). */
export type DashboardFormat = NumberFormatKind | 'stamp';

/**
 * How many result rows a section reserves below its headers:
 * - `{ rows }`: a fixed number (the funnel: 8 stages);
 * - `{ per: table }`: one per data row of that table (`share` of them for a list of exceptions, such
 *   as the customers that have a duplicate), plus `extra` (the `(unassigned)` row), at least `min`.
 *   The layout adds room to grow; a result longer than the room is cut and the row under the
 *   section says so until the Dashboard is refreshed (set-up, the menu, or a save that outgrew it).
 */
export type Extent =
  /** `list`: a list of any length shown in at most `rows` rows (the rest cut: the first ones are what matters). */
  | { rows: number; list?: boolean }
  | { per: TableId; extra?: number; share?: number; min?: number }
  /** Exactly as many rows as a count the host gives (`TableCounts`, e.g. `leaders`): a chart's data, no room to spare. */
  | { count: string; min?: number };

/** What a formula may depend on besides the tables: the workbook's language and Settings values the host read. */
export interface LayoutEnv {
  lang: Lang;
  /** Settings values by key, as the host read them (missing: not read, take the default). */
  settings: Readonly<Record<string, string>>;
}

/** A template, or one made from the workbook's language and Settings (e.g. the forecast-category rule). */
export type Template = string | ((env: LayoutEnv) => string);

export interface SectionColumn {
  header: L10n;
  format: DashboardFormat;
}

/** A formula of a section, in its first result row at column `col` (0-based within the section). */
export interface SectionCell {
  col: number;
  /** Row within the result rows (default 0: the first; a spill fills the rows below). */
  row?: number;
  /** Template without `=` (see `template.ts`). */
  formula?: Template;
  /** A text instead of a formula (a row label of a fixed section). */
  text?: L10n;
  /** A built-in expression over arrays (Sheets / the preview: inside `ARRAYFORMULA`). */
  array?: boolean;
}

/** A conditional colour inside a section: cells of `column` whose text is one of `equals`. */
export type SectionRule = Omit<FormatRule, 'column'> & { column: number };

export interface DashboardSection {
  id: string;
  /** Reading order on the sheet, lower first (areas space theirs by tens; ties keep declaration order). */
  order: number;
  title: L10n;
  /** Shown on the title (a cell note / tooltip): what the figures mean. */
  note?: L10n;
  columns: SectionColumn[];
  cells: SectionCell[];
  extent: Extent;
  rules?: SectionRule[];
  /**
   * A calculation the key figures and charts read rather than a list to look at: placed in the
   * calculation lane to the right of the sections, under its title like any section.
   */
  lane?: boolean;
  /**
   * A totals line under the rows of a section sized by a table (`extent.per`), in the row that says
   * when the list is cut: `label` left of the first of `columns`, each of `columns` the sum of its
   * numbers (a blank, text or error cell counts 0), in its column's format.
   */
  totals?: { label: L10n; columns: number[] };
}

/** A figure of the band at the top: its label, the value, and a line under it. */
export interface KeyFigure {
  id: string;
  order: number;
  label: L10n;
  formula: Template;
  array?: boolean;
  format: DashboardFormat;
  /** A fixed text, or a formula (with its own format). */
  detail?: { text: L10n } | { formula: Template; array?: boolean; format: DashboardFormat };
  /** Columns the figure takes (2 for money, 1 for a percentage or a count). */
  span: 1 | 2;
}

/**
 * A native chart of a section's block: categories from one column, one series per column in
 * `series` (named by the headers). `funnel`: one series, drawn as a funnel (Excel's funnel chart;
 * Sheets has none — a stacked bar chart whose first, invisible series `spacer` centres the bars).
 */
export interface DashboardChart {
  id: string;
  order: number;
  kind: 'funnel' | 'columns';
  title: L10n;
  section: string;
  categories: number;
  series: number[];
  spacer?: number;
}

/** The declarations of one area, as its file exports them. */
export interface DashboardArea {
  sections?: readonly DashboardSection[];
  figures?: readonly KeyFigure[];
  charts?: readonly DashboardChart[];
}
