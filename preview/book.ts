/**
 * The preview's workbook: the demo tables and a Dashboard sheet in one HyperFormula engine. Builds
 * the sheets from core's set-up plan (titles, headers, formats) and the Dashboard from core's
 * layout (`dashboard.ts`). When a table grows or shrinks, the Dashboard is laid out again so that its
 * formulas cover every row — the preview's equivalent of a named range that grows with its table.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { normText, serialToIso, toDateSerial, toNumber, type Cell } from '../core/cell';
import { parseStage } from '../core/model/stage';
import { t, type Lang } from '../core/i18n';
import { DASHBOARD_SHEET, dashboardCounts, dashboardSettings, type DashboardFormat, type Look } from '../core/schema/dashboard';
import { readList, settingsLanguage } from '../core/schema/lists';
import { RULE_COLOURS, setupPlan, tablePlan, type NumberFormatKind, type TablePlan } from '../core/schema/setup';
import { tableSpec, TABLES } from '../core/schema/tables';
import type { TableId, Workbook } from '../core/schema/types';
import { PreviewDashboard } from './dashboard';
import { DEMO_TODAY, generateDemo, type DemoOptions } from './demo-data';
import { createEngine, engineLanguage, recomputeCatalogue, setEngineLanguage } from './engine';
import { EngineWorkbook } from './workbook';

export interface SheetInfo {
  id: number;
  title: string;
  /** The table on this sheet; `null` for the Dashboard. */
  table: TableId | null;
}

export interface DisplayCell {
  text: string;
  /** Error reason, for a tooltip. */
  error?: string;
  align: 'left' | 'right' | 'center';
  style?: 'good' | 'watch' | 'bad';
  formula: boolean;
  /** The Dashboard's look of the cell (title, key figure, header …). */
  look?: Look;
  /** Columns the cell spans (a merged key figure); 0 for a cell another one covers. */
  span?: number;
}

function sheetRef(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** A workbook kept across reloads (preview/persist.ts): its language and every sheet's content as entered. */
export interface SavedSheets {
  lang: Lang;
  /** Sheet title → rows of raw content (`getAllSheetsSerialized`: formulas as `=…`, text as typed). */
  sheets: Record<string, unknown[][]>;
}

export interface BookOptions extends DemoOptions {
  /** Rebuild this saved workbook instead of generating the demo. */
  restore?: SavedSheets;
}

export class PreviewBook {
  readonly hf: HyperFormula;
  readonly wb: EngineWorkbook;
  readonly lang: Lang;
  readonly today: string;
  readonly plans: Map<TableId, TablePlan>;
  readonly dashboardSheet: number;
  private counts = new Map<TableId, number>();
  readonly dashboard: PreviewDashboard;

  constructor(options: BookOptions = {}) {
    const restore = options.restore;
    const demo = restore ? null : generateDemo(options);
    this.lang = restore ? restore.lang : demo!.lang;
    this.today = demo ? demo.today : options.today ?? DEMO_TODAY;
    setEngineLanguage(this.lang);
    const plan = setupPlan(this.lang, this.today);
    this.plans = new Map(plan.tables.map((p) => [p.id, p]));
    const dashTitle = t(DASHBOARD_SHEET, this.lang);
    let sheets: Record<string, unknown[][]> = {};
    if (restore) sheets = restore.sheets;
    else {
      sheets[dashTitle] = [[]];
      for (const p of plan.tables) sheets[p.sheet] = [p.columns.map((c) => c.header), ...demo!.rows[p.id].map((r) => r.map((v) => (v === '' ? null : v)))];
    }
    this.hf = createEngine(sheets, this.lang);
    this.wb = new EngineWorkbook(this.hf);
    for (const p of plan.tables) this.wb.register(tableSpec(p.id), this.hf.getSheetId(p.sheet)!);
    this.dashboardSheet = this.hf.getSheetId(dashTitle)!;
    this.dashboard = new PreviewDashboard(
      { hf: this.hf, sheet: this.dashboardSheet, today: this.today, read: (id) => this.wb.read(id), title: (id) => this.title(id) },
      this.lang,
    );
    this.writeDashboard();
    // The engine's own undo stack is not the page's (preview/undo.ts keeps the user's steps).
    this.hf.clearUndoStack();
  }

  /** Every sheet's content as entered (for keeping the workbook across reloads). */
  snapshot(): SavedSheets {
    return { lang: this.lang, sheets: this.hf.getAllSheetsSerialized() as Record<string, unknown[][]> };
  }

  sheets(): SheetInfo[] {
    const out: SheetInfo[] = [{ id: this.dashboardSheet, title: this.hf.getSheetName(this.dashboardSheet)!, table: null }];
    for (const spec of TABLES) {
      const e = this.wb.entry(spec.id);
      if (e) out.push({ id: e.sheet, title: this.hf.getSheetName(e.sheet)!, table: spec.id });
    }
    return out;
  }

  /** The sheet title of a table (for A1 references). */
  private title(id: TableId): string {
    return this.hf.getSheetName(this.wb.entry(id)!.sheet)!;
  }

  /** Lays the Dashboard out for the tables' current rows and enters what changed. */
  writeDashboard(): void {
    const tables: Workbook = {};
    for (const spec of TABLES) if (this.wb.entry(spec.id)) tables[spec.id] = this.wb.read(spec.id);
    for (const [id, t] of Object.entries(tables)) this.counts.set(id as TableId, t!.rows.length);
    this.dashboard.write(this.settingsLanguage(), dashboardCounts(tables), dashboardSettings(tables.settings));
  }

  /** Renders the dashboard again when a table's row count changed (after a save or an edit). */
  refreshIfResized(): boolean {
    for (const spec of TABLES) {
      if (!this.wb.entry(spec.id)) continue;
      if (this.wb.dataRows(spec.id) !== this.counts.get(spec.id)) {
        this.writeDashboard();
        return true;
      }
    }
    return false;
  }

  dimensions(sheet: number): { rows: number; cols: number } {
    const d = this.hf.getSheetDimensions(sheet);
    return { rows: d.height, cols: d.width };
  }

  /** Column widths and formats of a sheet. */
  columns(sheet: number): { width: number; format: NumberFormatKind }[] {
    const info = this.sheets().find((s) => s.id === sheet);
    const dims = this.dimensions(sheet);
    const out: { width: number; format: NumberFormatKind }[] = [];
    const plan = info?.table ? this.plans.get(info.table) : undefined;
    const n = Math.max(dims.cols, plan?.columns.length ?? 0);
    const widths = this.dashboard.layout.widths;
    for (let i = 0; i < Math.max(n, plan ? 0 : widths.length); i++) {
      if (plan) out.push({ width: plan.columns[i]?.width ?? 100, format: plan.columns[i]?.format ?? 'text' });
      else out.push({ width: widths[i] ?? 92, format: 'number' });
    }
    return out;
  }

  /** What a cell shows: formatted value, alignment, conditional style. */
  display(sheet: number, row: number, col: number, format: NumberFormatKind): DisplayCell {
    const addr = { sheet, row, col };
    const v = this.hf.getCellValue(addr);
    const formula = this.hf.doesCellHaveFormula(addr);
    const dash = sheet === this.dashboardSheet;
    const extra: Pick<DisplayCell, 'look' | 'span'> = dash ? { look: this.dashboard.look(row, col), span: this.dashboard.span(row, col) } : {};
    if (v instanceof DetailedCellError) return { text: v.value, error: v.message || v.value, align: 'left', formula, ...extra };
    if (v === null) return { text: '', align: 'left', formula, ...extra };
    if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', align: 'center', formula, ...extra };
    if (typeof v === 'number') {
      let fmt: DashboardFormat | 'decimal1';
      if (dash) {
        fmt = this.dashboard.format(row, col)?.format ?? 'number';
        if (fmt === 'number') fmt = 'decimal1'; // the Dashboard's averages: one decimal
      }
      else {
        const type = this.hf.getCellValueDetailedType(addr);
        fmt = row === 0 ? 'text' : type === 'NUMBER_DATE' ? 'date' : type === 'NUMBER_PERCENT' && format !== 'money' ? 'percent' : format;
      }
      return { text: formatNumber(v, fmt, this.lang, dash ? this.dashboard.layout.currency : ''), align: 'right', formula, ...extra };
    }
    const text = String(v);
    let style: DisplayCell['style'];
    if (dash) {
      style = this.dashboard.style(row, col, text);
      return { text, align: 'left', style, formula, ...extra };
    } else {
      const info = this.sheets().find((s) => s.id === sheet);
      const plan = info?.table ? this.plans.get(info.table) : undefined;
      const key = plan?.columns[col]?.key;
      for (const r of plan?.rules ?? []) if (r.column === key && r.equals.includes(text)) style = r.style;
    }
    return { text, align: 'left', style, formula };
  }

  /** The cell as the formula bar shows it: a formula, or the value (text stored with a leading apostrophe shows it). */
  source(sheet: number, row: number, col: number): string {
    const v = this.hf.getCellSerialized({ sheet, row, col });
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') {
      const type = this.hf.getCellValueDetailedType({ sheet, row, col });
      if (type === 'NUMBER_DATE') return serialToIso(v);
    }
    return String(v);
  }

  /**
   * Why a typed value does not fit its column (the validation set-up gives the column in Sheets and
   * Excel: list, Team person, number, date, e-mail), in `lang`; `null` when it fits. Blanks, formulas,
   * header rows and cells outside the tables are not checked.
   */
  invalid(sheet: number, row: number, col: number, input: string, lang: Lang): string | null {
    const info = this.sheets().find((s) => s.id === sheet);
    if (!info?.table || row === 0 || input.trim() === '' || input.startsWith('=')) return null;
    const table = this.wb.read(info.table);
    const key = Object.keys(table.col).find((k) => table.col[k] === col);
    if (!key) return null;
    const spec = tableSpec(info.table);
    const colPlan = tablePlan(spec, lang).columns.find((c) => c.key === key);
    const v = colPlan?.validation;
    if (!v) return null;
    const text = input.trim();
    switch (v.kind) {
      case 'list': {
        const c = spec.columns.find((x) => x.key === key)!;
        const ok = c.type === 'stage' ? parseStage(text) !== undefined && parseStage(text) !== null : readList(c.list ?? 'yesno', text) !== undefined;
        return ok ? null : v.message;
      }
      case 'team': {
        const team = this.wb.read('team');
        const names = new Set(team.rows.map((r) => normText(r[team.col.person])));
        return names.has(normText(text)) ? null : v.message;
      }
      case 'number': {
        const n = toNumber(text);
        return n === undefined || n === null || (v.min !== undefined && n < v.min) || (v.max !== undefined && n > v.max) ? v.message : null;
      }
      case 'date':
        return toDateSerial(text) === undefined ? v.message : null;
      case 'email':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? null : v.message;
      default:
        return null;
    }
  }

  /** Typed text as the column's value (as a spreadsheet reads `1,250,000` or `2026年3月31日` in a number or date column). */
  private typed(sheet: number, row: number, col: number, input: string): Cell {
    const info = this.sheets().find((s) => s.id === sheet);
    if (!info?.table || row === 0 || input.startsWith('=') || input.startsWith("'")) return input;
    const table = this.wb.read(info.table);
    const key = Object.keys(table.col).find((k) => table.col[k] === col);
    const type = key ? tableSpec(info.table).columns.find((c) => c.key === key)?.type : undefined;
    if (type === 'number' || type === 'money' || type === 'percent') {
      const n = toNumber(input);
      return typeof n === 'number' ? n : input;
    }
    if (type === 'date') {
      const d = toDateSerial(input);
      return typeof d === 'number' ? serialToIso(d) : input;
    }
    return input;
  }

  /** A user's edit of one cell, as typed (formulas are formulas: this is a spreadsheet); refused with the reason when it does not fit its column. */
  edit(sheet: number, row: number, col: number, input: string, lang: Lang = engineLanguage()): string | null {
    const refused = this.invalid(sheet, row, col, input, lang);
    if (refused) return refused;
    const v: Cell = input === '' ? null : this.typed(sheet, row, col, input);
    this.hf.setCellContents({ sheet, row, col }, [[v as never]]);
    this.refreshIfResized();
    this.syncLanguage();
    return null;
  }

  /** The workbook language as its Settings table says (key `language`: a code or any language's label). */
  settingsLanguage(): Lang {
    return settingsLanguage(this.wb.read('settings')) ?? this.lang;
  }

  /** The language catalogue functions answer in (labels and messages). */
  functionLanguage(): Lang {
    return engineLanguage();
  }

  /**
   * Makes the catalogue answer in the Settings language (after an edit or a save changed it);
   * recalculates when it changed. Returns whether it did.
   */
  syncLanguage(): boolean {
    const lang = this.settingsLanguage();
    if (lang === engineLanguage()) return false;
    setEngineLanguage(lang);
    recomputeCatalogue(this.hf);
    this.writeDashboard();
    return true;
  }

  /** Sets the workbook language in Settings (as a user would) and lets the catalogue follow it. */
  setWorkbookLanguage(lang: Lang): void {
    const settings = this.wb.read('settings');
    let row = settings.rows.findIndex((r) => String(r[settings.col.key] ?? '').trim() === 'language');
    const e = this.wb.entry('settings')!;
    if (row < 0) {
      row = settings.rows.length;
      this.hf.setCellContents({ sheet: e.sheet, row: row + 1, col: settings.col.key }, [['language']]);
    }
    this.hf.setCellContents({ sheet: e.sheet, row: row + 1, col: settings.col.value }, [[lang]]);
    this.syncLanguage();
  }
}

/** A number as the cell's format shows it; `currency` before money (the Dashboard's Settings currency). */
export function formatNumber(v: number, fmt: DashboardFormat | 'decimal1', lang: Lang, currency = ''): string {
  const locale = lang === 'en' ? 'en-US' : lang === 'zh-Hant' ? 'zh-TW' : 'zh-CN';
  const time = (x: number) => new Date(Math.round((x % 1) * 86400000)).toISOString().slice(11, 16);
  switch (fmt) {
    case 'date':
      return serialToIso(v);
    case 'datetime':
      return serialToIso(v) + ' ' + time(v);
    case 'stamp':
      return serialToIso(v).slice(5) + ' ' + time(v);
    case 'percent':
      return (v * 100).toLocaleString(locale, { maximumFractionDigits: 0 }) + '%';
    case 'money':
      return (v < 0 ? '-' : '') + currency + Math.abs(v).toLocaleString(locale, { maximumFractionDigits: 0 });
    case 'integer':
      return v.toLocaleString(locale, { maximumFractionDigits: 0 });
    case 'decimal1':
      return v.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    default:
      return Number.isInteger(v) ? String(v) : v.toLocaleString(locale, { maximumFractionDigits: 2, useGrouping: false });
  }
}

export { RULE_COLOURS };
