/**
 * The set-up plan: what every host does to make (or repair) the workbook, as plain data. A host walks
 * the plan and calls its own API (Sheets: sheets, named ranges, data validation, number formats,
 * conditional format rules; Excel: worksheets, tables, validation, formats). Set-up is idempotent:
 * `reconcile` tells which schema columns an existing sheet lacks; they are appended after the user's
 * columns, nothing is renamed, deleted or moved, no data row is touched.
 */
import { normText, type Cell } from '../cell';
import { t, type L10n, type Lang } from '../i18n';
import { DEFAULT_PROBABILITIES, STAGE_NAMES, stageLabel, STAGES } from '../model/stage';
import { listLabel, listLabels } from './lists';
import { OBJECTION_SEEDS } from './objection-seeds';
import { SETTING_ROWS, TABLES } from './tables';
import { GUARD_NOTE, GUARD_TITLE, GUARDED_TABLES } from './history';
import { rowFor } from './read';
import type { ColumnSpec, ColumnType, TableData, TableId, TableSpec } from './types';

/**
 * A column's number format. `text`: plain text (`@`) — what is written or typed into a text column is
 * kept exactly as given (a phone `0571…` keeps its zero, `TRUE` or `2026-03-31` stay text); `general`:
 * the spreadsheet's automatic format, for a column of mixed values (Settings' values: numbers, dates, text).
 */
export type NumberFormatKind = 'money' | 'percent' | 'date' | 'datetime' | 'integer' | 'number' | 'text' | 'general';

/**
 * A column's validation:
 * - `list`: one of `values` (a drop-down, labels in the plan's language);
 * - `team`: a value of Team's `person` column (a drop-down from that range: Sheets
 *   `requireValueInRange`, Excel a list source pointing at the column);
 * - `number` (`min`, optional), `date`, `email`: reject other input with `message`.
 */
export type Validation =
  | { kind: 'list'; values: string[]; message: string }
  | { kind: 'team'; table: 'team'; column: 'person'; message: string }
  | { kind: 'number'; min?: number; max?: number; message: string }
  | { kind: 'date'; message: string }
  | { kind: 'email'; message: string };

/** A conditional format as data: cells of `column` whose text equals one of `equals` get `style`. */
export interface FormatRule {
  column: string;
  equals: string[];
  style: 'good' | 'watch' | 'bad';
}

/** Colours the hosts use for the three styles (fill, font). */
export const RULE_COLOURS: Record<FormatRule['style'], { fill: string; font: string }> = {
  good: { fill: '#d9ead3', font: '#274e13' },
  watch: { fill: '#fff2cc', font: '#7f6000' },
  bad: { fill: '#f4cccc', font: '#990000' },
};

export interface ColumnPlan {
  key: string;
  header: string;
  format: NumberFormatKind;
  width: number;
  required: boolean;
  validation?: Validation;
}

export interface TablePlan {
  id: TableId;
  name: string;
  sheet: string;
  columns: ColumnPlan[];
  rules: FormatRule[];
  /** Rows set-up writes into an empty table (Benchmarks: stages 1–8; Settings: the defaults). */
  initialRows: Cell[][];
  /** Rows kept frozen at the top (the header). */
  frozenRows: number;
  /** An append-only record: the note a host shows so that a direct edit is deliberate (issue 9). */
  guard?: { title: string; note: string };
}

export interface SetupPlan {
  lang: Lang;
  tables: TablePlan[];
}

function formatOf(type: ColumnType, integer?: boolean, mixed?: boolean): NumberFormatKind {
  if (mixed) return 'general';
  if (integer) return 'integer';
  switch (type) {
    case 'money':
      return 'money';
    case 'percent':
      return 'percent';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'number':
      return 'number';
    default:
      return 'text';
  }
}

const MSG = {
  list: { en: 'Choose a value from the list.', zh: '请从列表中选择。', zhHant: '請從清單中選擇。' },
  team: { en: 'Choose a person of the Team sheet.', zh: '请选择销售团队表中的人员。', zhHant: '請選擇銷售團隊表中的人員。' },
  number: { en: 'Enter a number.', zh: '请输入数字。', zhHant: '請輸入數字。' },
  count: { en: 'Enter a whole number of 0 or more.', zh: '请输入不小于0的整数。', zhHant: '請輸入不小於0的整數。' },
  amount: { en: 'Enter an amount of 0 or more.', zh: '请输入不小于0的金额。', zhHant: '請輸入不小於0的金額。' },
  percent: { en: 'Enter a percentage, e.g. 70%.', zh: '请输入百分比,如 70%。', zhHant: '請輸入百分比,如 70%。' },
  date: { en: 'Enter a date, e.g. 2026-03-31.', zh: '请输入日期,如 2026-03-31。', zhHant: '請輸入日期,如 2026-03-31。' },
  email: { en: 'Enter an e-mail address.', zh: '请输入电子邮件地址。', zhHant: '請輸入電子郵件地址。' },
} satisfies Record<string, L10n>;

/** The drop-down values of a stage column: `01 …` to `08 …` and Lost, in `lang`. */
export function stageValues(lang: Lang): string[] {
  const l = lang === 'zh-Hant' ? 'zhHant' : lang;
  return [...STAGES.map((s) => stageLabel(s, l)), stageLabel(0, l)];
}

function validationOf(c: ColumnSpec, lang: Lang): Validation | undefined {
  switch (c.type) {
    case 'list':
    case 'yesno':
      return { kind: 'list', values: listLabels(c.list ?? 'yesno', lang), message: t(MSG.list, lang) };
    case 'stage':
      return { kind: 'list', values: stageValues(lang), message: t(MSG.list, lang) };
    case 'person':
      return { kind: 'team', table: 'team', column: 'person', message: t(MSG.team, lang) };
    case 'money':
      return { kind: 'number', min: 0, message: t(MSG.amount, lang) };
    case 'number':
      return c.integer ? { kind: 'number', min: 0, message: t(MSG.count, lang) } : { kind: 'number', message: t(MSG.number, lang) };
    case 'percent':
      return { kind: 'number', message: t(MSG.percent, lang) };
    case 'date':
      return { kind: 'date', message: t(MSG.date, lang) };
    case 'email':
      return { kind: 'email', message: t(MSG.email, lang) };
    default:
      return undefined;
  }
}

const both = (l: L10n) => [l.en, l.zh, ...(l.zhHant ? [l.zhHant] : [])];

/** Conditional formats per table (the dashboard's are in `dashboard.ts`). */
function rulesOf(id: TableId): FormatRule[] {
  switch (id) {
    case 'assessments':
      return [
        { column: 'verdict', equals: both({ en: 'High value', zh: '高价值', zhHant: '高價值' }), style: 'good' },
        { column: 'verdict', equals: both({ en: 'Low value', zh: '低价值', zhHant: '低價值' }), style: 'bad' },
      ];
    case 'complaints': {
      const lab = (code: string) => ['en', 'zh', 'zh-Hant'].map((l) => listLabel('complaintStatus', code, l as Lang));
      return [
        { column: 'status', equals: lab('received'), style: 'bad' },
        { column: 'status', equals: lab('investigating'), style: 'watch' },
        { column: 'status', equals: lab('resolved'), style: 'good' },
      ];
    }
    default:
      return [];
  }
}

function initialRowsOf(spec: TableSpec, lang: Lang, today?: string): Cell[][] {
  if (spec.id === 'benchmarks') {
    return STAGES.map((s) => [s, t(STAGE_NAMES[s], lang), DEFAULT_PROBABILITIES[s], '', '']);
  }
  if (spec.id === 'settings') {
    const period = today ? quarterOf(today) : null;
    return SETTING_ROWS.map((s) => {
      let v: Cell = typeof s.value === 'object' ? t(s.value, lang) : s.value;
      if (s.key === 'language') v = lang;
      else if (s.key === 'period_from' && period) v = period.from;
      else if (s.key === 'period_to' && period) v = period.to;
      else if (s.list && typeof v === 'string') v = listLabel(s.list, v, lang);
      return [s.key, v, t(s.description, lang)];
    });
  }
  if (spec.id === 'objections') {
    // The playbook's text stays out of the forms' bundle: only set-up needs it.
    return OBJECTION_SEEDS.map((o) => [t(o.objection, lang), t(o.answer, lang)]);
  }
  return [];
}

/** The calendar quarter containing `YYYY-MM-DD` as `YYYY-MM-DD` bounds. */
export function quarterOf(today: string): { from: string; to: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!m) return null;
  const y = Number(m[1]);
  const q = Math.floor((Number(m[2]) - 1) / 3);
  const first = q * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(y, last, 0)).getUTCDate();
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  return { from: `${y}-${p(first)}-01`, to: `${y}-${p(last)}-${p(lastDay)}` };
}

export function tablePlan(spec: TableSpec, lang: Lang, today?: string): TablePlan {
  return {
    id: spec.id,
    name: spec.name,
    sheet: t(spec.sheet, lang),
    columns: spec.columns.map((c) => ({
      key: c.key,
      header: t(c.header, lang),
      format: formatOf(c.type, c.integer, c.mixed),
      width: c.width ?? 100,
      required: !!c.required,
      validation: validationOf(c, lang),
    })),
    rules: rulesOf(spec.id),
    initialRows: initialRowsOf(spec, lang, today),
    frozenRows: 1,
    ...(GUARDED_TABLES.includes(spec.id) ? { guard: { title: t(GUARD_TITLE, lang), note: t(GUARD_NOTE, lang) } } : {}),
  };
}

/**
 * The whole set-up in `lang`. `today` (`YYYY-MM-DD`, handed in by the host) sets the default
 * forecast period to its quarter; without it the period is left blank for the user.
 */
export function setupPlan(lang: Lang, today?: string): SetupPlan {
  return { lang, tables: TABLES.map((s) => tablePlan(s, lang, today)) };
}

/**
 * The starting rows set-up adds to `table` (as read), in its column layout: all of `plan.initialRows`
 * into a table without data; into Settings, the rows of keys it lacks (a setting a newer version
 * brought); nothing otherwise. Running set-up again adds nothing.
 */
export function rowsToAdd(plan: TablePlan, table: TableData): Cell[][] {
  if (!plan.initialRows.length) return [];
  const asRow = (r: Cell[]) => rowFor(table, Object.fromEntries(plan.columns.map((c, i) => [c.key, r[i]])));
  if (!table.rows.length) return plan.initialRows.map(asRow);
  if (plan.id !== 'settings') return [];
  const k = table.col.key;
  const have = new Set(table.rows.map((r) => normText(k >= 0 ? r[k] : '')));
  return plan.initialRows.filter((r) => !have.has(normText(r[0]))).map(asRow);
}

export interface Reconciliation {
  /** Schema columns the sheet lacks, in schema order. */
  missing: string[];
  /** Their headers in the requested language, to append. */
  headers: string[];
  /** 0-based column where the first missing header goes: right after the last non-blank header. */
  at: number;
}

/**
 * What set-up must add to an existing sheet whose header row is `existingHeaderRow`: the schema
 * columns no header names (in any language). The user's own columns, order and data are kept.
 */
export function reconcile(spec: TableSpec, existingHeaderRow: readonly Cell[], lang: Lang = 'en'): Reconciliation {
  const names = new Set(existingHeaderRow.map(normText).filter((s) => s !== ''));
  const missing = spec.columns.filter((c) => {
    const accept = [c.header.en, c.header.zh, c.header.zhHant, c.key].filter((s): s is string => !!s).map(normText);
    return !accept.some((a) => names.has(a));
  });
  let at = existingHeaderRow.length;
  while (at > 0 && normText(existingHeaderRow[at - 1]) === '') at--;
  return { missing: missing.map((c) => c.key), headers: missing.map((c) => t(c.header, lang)), at };
}
