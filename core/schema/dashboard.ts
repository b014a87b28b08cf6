/**
 * The Dashboard sheet as host-neutral data: labelled blocks at fixed anchor cells, each holding LIVE
 * array formulas of the catalogue over whole table columns (never one formula per data row).
 *
 * Formulas are templates with placeholders every host resolves (`renderFormula`):
 * - `{fn:NAME}` — a catalogue function: Sheets `NAME`, Excel `KA.NAME`, the preview `NAME`;
 * - `{ref:table.column}` — a whole data column of a table (Sheets: a named range per column,
 *   Excel: a structured reference `KA_Opportunities[Stage]`, the preview: an A1 range);
 * - `{ref:table.first:last}` — the adjacent columns first … last of a table, as one block;
 * - `{ref:settings.KEY}` — the value cell of a setting (see `SETTING_ROWS`; `settingLookup` gives a
 *   formula that finds it by key wherever the user moved the row).
 * A cell with `array: true` holds a built-in expression that must be entered as an array formula
 * (Sheets / the preview: wrap in `ARRAYFORMULA(…)`; Excel: dynamic arrays spill by themselves).
 * Catalogue functions spill in every host without a wrapper.
 */
import { t, type L10n, type Lang } from '../i18n';
import { HEALTH_LABELS } from '../model/funnel';
import { TIER_LABELS } from '../model/tier';
import { TABLES, SETTING_ROWS } from './tables';
import type { FormatRule, NumberFormatKind } from './setup';

export interface DashboardCell {
  /** A1 address of the formula's top-left cell on the Dashboard sheet. */
  at: string;
  /** Formula template without the leading `=`. */
  formula: string;
  array?: boolean;
}

export interface DashboardBlock {
  id: string;
  title: L10n;
  /** A1 address of the title; the column headers go on the next row, formulas start the row after. */
  anchor: string;
  headers: L10n[];
  /** Number format of each result column (aligned with `headers`). */
  formats: NumberFormatKind[];
  cells: DashboardCell[];
  /** Conditional formats inside the block: `column` is the 0-based column within the block. */
  rules?: (Omit<FormatRule, 'column'> & { column: number })[];
  /**
   * Rows × columns the block's results occupy, when fixed (the funnel: 8 × 5). Without it the block
   * is as wide as its headers and grows downward with its table.
   */
  size?: { rows: number; cols: number };
  note?: L10n;
}

export const DASHBOARD_SHEET: L10n = { en: 'Dashboard', zh: '仪表板', zhHant: '儀表板' };
export const DASHBOARD_TITLE: L10n = { en: 'Key-account dashboard', zh: '大客户管理仪表板', zhHant: '大客戶管理儀表板' };

const HEALTH_HEADERS: L10n[] = [
  { en: 'Stage', zh: '阶段', zhHant: '階段' },
  { en: 'Current', zh: '当前', zhHant: '當前' },
  { en: 'Benchmark', zh: '基准', zhHant: '基準' },
  { en: 'Ratio', zh: '比率', zhHant: '比率' },
  { en: 'Status', zh: '状态', zhHant: '狀態' },
];

const every = (l: L10n) => [l.en, l.zh, ...(l.zhHant && l.zhHant !== l.zh ? [l.zhHant] : [])];

/** Health status colours, from the labels FUNNEL_HEALTH writes in every language. */
const HEALTH_RULES: DashboardBlock['rules'] = [
  { column: 4, equals: every(HEALTH_LABELS.excellent), style: 'good' },
  { column: 4, equals: every(HEALTH_LABELS.good), style: 'watch' },
  { column: 4, equals: every(HEALTH_LABELS.warning), style: 'bad' },
];

/** Tier colours: VIP green, BZ (negative growth) red. */
const TIER_RULES: DashboardBlock['rules'] = [
  { column: 1, equals: every(TIER_LABELS.VIP), style: 'good' },
  { column: 1, equals: every(TIER_LABELS.MGC), style: 'watch' },
  { column: 1, equals: every(TIER_LABELS.BZ), style: 'bad' },
];

/**
 * Per Quotas row: the person's open opportunities (not won, not lost) closing in the current period.
 * A catalogue function, because SUMIFS does not expand inside ARRAYFORMULA in Sheets.
 */
const PIPELINE_IN_PERIOD = '{fn:OPEN_PIPELINE}({ref:quotas.person},{ref:opportunities.owner:close},{ref:settings.period_from},{ref:settings.period_to})';

export const DASHBOARD: readonly DashboardBlock[] = [
  {
    id: 'funnel_count',
    title: { en: 'Funnel health by count', zh: '漏斗健康度(按数量)', zhHant: '漏斗健康度(按數量)' },
    anchor: 'A3',
    headers: HEALTH_HEADERS,
    formats: ['integer', 'integer', 'integer', 'percent', 'text'],
    cells: [{ at: 'A5', formula: '{fn:FUNNEL_HEALTH}({ref:opportunities.stage},{ref:benchmarks.hist_count})' }],
    rules: HEALTH_RULES,
    size: { rows: 8, cols: 5 },
  },
  {
    id: 'funnel_amount',
    title: { en: 'Funnel health by amount', zh: '漏斗健康度(按金额)', zhHant: '漏斗健康度(按金額)' },
    anchor: 'G3',
    headers: HEALTH_HEADERS,
    formats: ['integer', 'money', 'money', 'percent', 'text'],
    cells: [
      { at: 'G5', formula: '{fn:FUNNEL_HEALTH}({ref:opportunities.stage},{ref:benchmarks.hist_amount},{ref:opportunities.amount})' },
    ],
    rules: HEALTH_RULES,
    size: { rows: 8, cols: 5 },
  },
  {
    id: 'pipeline',
    title: { en: 'Weighted pipeline', zh: '加权销售管道', zhHant: '加權銷售管道' },
    anchor: 'M3',
    headers: [
      { en: 'Weighted pipeline', zh: '加权金额', zhHant: '加權金額' },
      { en: 'Period from', zh: '预测期起', zhHant: '預測期起' },
      { en: 'Period to', zh: '预测期止', zhHant: '預測期止' },
    ],
    formats: ['money', 'date', 'date'],
    cells: [
      { at: 'M5', formula: '{fn:WEIGHTED_PIPELINE}({ref:opportunities.amount},{ref:opportunities.stage},{ref:benchmarks.probability})' },
      { at: 'N5', formula: '{ref:settings.period_from}' },
      { at: 'O5', formula: '{ref:settings.period_to}' },
    ],
    size: { rows: 1, cols: 3 },
    note: {
      en: 'All open opportunities × the win probability of their stage (Funnel benchmarks).',
      zh: '所有商机金额 × 所处阶段的赢单概率(漏斗基准)。',
      zhHant: '所有商機金額 × 所處階段的贏單概率(漏斗基準)。',
    },
  },
  {
    id: 'forecast',
    title: { en: 'Forecast roll-up, current period', zh: '本期销售预测汇总', zhHant: '本期銷售預測匯總' },
    anchor: 'A15',
    headers: [
      { en: 'Person', zh: '姓名', zhHant: '姓名' },
      { en: 'Manager', zh: '上级', zhHant: '上級' },
      { en: 'Own forecast', zh: '本人预测', zhHant: '本人預測' },
      { en: 'Team forecast', zh: '团队预测', zhHant: '團隊預測' },
      { en: 'Revision', zh: '修正', zhHant: '修正' },
      { en: 'Submitted upward', zh: '上报金额', zhHant: '上報金額' },
      { en: 'Opportunities counted', zh: '计入商机数', zhHant: '計入商機數' },
    ],
    formats: ['text', 'text', 'money', 'money', 'money', 'money', 'integer'],
    cells: [
      {
        at: 'A17',
        formula:
          '{fn:FORECAST_ROLLUP}({ref:team.person:manager},{ref:opportunities.owner:close},{ref:settings.period_from},{ref:settings.period_to},"",{ref:benchmarks.probability})',
      },
    ],
    note: {
      en: 'Amount × win probability of opportunities closing in the period, per primary owner, rolled up the Team hierarchy.',
      zh: '预测期内预计成交商机的金额 × 赢单概率,按主要负责人计算,并沿销售团队层级汇总。',
      zhHant: '預測期內預計成交商機的金額 × 贏單概率,按主要負責人計算,並沿銷售團隊層級匯總。',
    },
  },
  {
    id: 'quota',
    title: { en: 'Quota attainment and coverage', zh: '销售指标完成率与覆盖率', zhHant: '銷售指標完成率與覆蓋率' },
    anchor: 'I15',
    headers: [
      { en: 'Person', zh: '姓名', zhHant: '姓名' },
      { en: 'Quota', zh: '销售指标', zhHant: '銷售指標' },
      { en: 'Closed', zh: '已完成', zhHant: '已完成' },
      { en: 'Open pipeline in period', zh: '本期在途金额', zhHant: '本期在途金額' },
      { en: 'Attainment', zh: '完成率', zhHant: '完成率' },
      { en: 'Coverage', zh: '覆盖率', zhHant: '覆蓋率' },
    ],
    formats: ['text', 'money', 'money', 'money', 'percent', 'percent'],
    cells: [
      { at: 'I17', formula: '{ref:quotas.person}', array: true },
      { at: 'J17', formula: '{ref:quotas.quota}', array: true },
      { at: 'K17', formula: '{ref:quotas.actual}', array: true },
      { at: 'L17', formula: PIPELINE_IN_PERIOD },
      { at: 'M17', formula: '{fn:QUOTA_ATTAINMENT}({ref:quotas.actual},{ref:quotas.quota})' },
      { at: 'N17', formula: `{fn:PIPELINE_COVERAGE}(${PIPELINE_IN_PERIOD},{ref:quotas.quota},{ref:quotas.actual})` },
    ],
    note: {
      en: 'Open pipeline: amounts of the person\'s opportunities closing in the current period, won and lost ones left out.',
      zh: '在途金额:本人在当前预测期内预计成交、尚未赢单或丢单的商机金额。',
      zhHant: '在途金額:本人在當前預測期內預計成交、尚未贏單或丟單的商機金額。',
    },
  },
  {
    id: 'tiers',
    title: { en: 'Customer tiers (suggested)', zh: '客户分类(建议)', zhHant: '客戶分類(建議)' },
    anchor: 'P15',
    headers: [
      { en: 'Customer', zh: '客户', zhHant: '客戶' },
      { en: 'Suggested tier', zh: '建议分类', zhHant: '建議分類' },
    ],
    formats: ['text', 'text'],
    rules: TIER_RULES,
    cells: [
      { at: 'P17', formula: '{ref:customers.name}', array: true },
      {
        at: 'Q17',
        formula: '{fn:CUSTOMER_TIER}({ref:customers.value},{ref:customers.growth},{ref:settings.vip_share},{ref:settings.growth_threshold})',
      },
    ],
  },
  {
    id: 'duplicates',
    title: { en: 'Likely duplicate customers', zh: '疑似重复客户', zhHant: '疑似重複客戶' },
    anchor: 'S15',
    headers: [
      { en: 'Customer', zh: '客户', zhHant: '客戶' },
      { en: 'Duplicate group', zh: '重复组', zhHant: '重複組' },
    ],
    formats: ['text', 'text'],
    cells: [
      { at: 'S17', formula: '{ref:customers.name}', array: true },
      { at: 'T17', formula: '{fn:DUPLICATE_GROUPS}({ref:customers.name},{ref:settings.duplicate_threshold})' },
    ],
  },
];

/** A placeholder of a template, parsed. */
export type Placeholder =
  | { kind: 'fn'; name: string }
  | { kind: 'ref'; table: string; column: string; last?: string }
  | { kind: 'setting'; key: string };

const PLACEHOLDER = /\{(fn|ref):([A-Za-z0-9_.:]+)\}/g;

/** Every placeholder of a template, in order. */
export function placeholders(template: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) out.push(parsePlaceholder(m[1], m[2]));
  return out;
}

function parsePlaceholder(kind: string, body: string): Placeholder {
  if (kind === 'fn') return { kind: 'fn', name: body };
  const dot = body.indexOf('.');
  const table = body.slice(0, dot);
  const rest = body.slice(dot + 1);
  const [column, last] = rest.split(':');
  if (table === 'settings' && column !== 'key' && column !== 'value' && column !== 'description') return { kind: 'setting', key: column };
  return last ? { kind: 'ref', table, column, last } : { kind: 'ref', table, column };
}

export interface Resolver {
  /** `FUNNEL_HEALTH` → `KA.FUNNEL_HEALTH` in Excel. */
  fn(name: string): string;
  /** A whole data column (`last` blank) or the adjacent columns `column` … `last` of `table`; or a setting's value cell. */
  ref(p: Exclude<Placeholder, { kind: 'fn' }>): string;
}

/** The template with every placeholder resolved by the host's resolver (no leading `=`). */
export function renderFormula(template: string, r: Resolver): string {
  return template.replace(PLACEHOLDER, (_, kind: string, body: string) => {
    const p = parsePlaceholder(kind, body);
    return p.kind === 'fn' ? r.fn(p.name) : r.ref(p);
  });
}

/**
 * A formula finding a setting's value by its key, for hosts that resolve `{ref:settings.KEY}` this
 * way: `valueRange` / `keyRange` are the resolved Settings `value` and `key` columns.
 */
export function settingLookup(key: string, valueRange: string, keyRange: string): string {
  return `INDEX(${valueRange},MATCH("${key}",${keyRange},0))`;
}

/** Does every placeholder of every dashboard formula name an existing table column / setting? (listed when not) */
export function dashboardProblems(): string[] {
  const out: string[] = [];
  for (const b of DASHBOARD) {
    for (const cell of b.cells) {
      for (const p of placeholders(cell.formula)) {
        if (p.kind === 'fn') continue;
        if (p.kind === 'setting') {
          if (!SETTING_ROWS.some((s) => s.key === p.key)) out.push(`${b.id}: unknown setting ${p.key}`);
          continue;
        }
        const spec = TABLES.find((s) => s.id === p.table);
        if (!spec) {
          out.push(`${b.id}: unknown table ${p.table}`);
          continue;
        }
        const i = spec.columns.findIndex((c) => c.key === p.column);
        if (i < 0) out.push(`${b.id}: ${p.table} has no column ${p.column}`);
        if (p.last !== undefined) {
          const j = spec.columns.findIndex((c) => c.key === p.last);
          if (j < i) out.push(`${b.id}: ${p.table}.${p.column}:${p.last} is not a left-to-right block`);
        }
      }
    }
  }
  return out;
}

/** The block titles and headers in `lang` (what a host writes as plain text). */
export function dashboardLabels(lang: Lang): { at: string; text: string }[] {
  const out: { at: string; text: string }[] = [{ at: 'A1', text: t(DASHBOARD_TITLE, lang) }];
  for (const b of DASHBOARD) {
    out.push({ at: b.anchor, text: t(b.title, lang) });
    const { col, row } = parseA1(b.anchor);
    b.headers.forEach((h, i) => out.push({ at: toA1(col + i, row + 1), text: t(h, lang) }));
  }
  return out;
}

/** `B3` → {col: 1, row: 2} (0-based). */
export function parseA1(a1: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad A1 address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) - 1 };
}

/** 0-based column/row → `B3`. */
export function toA1(col: number, row: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s + (row + 1);
}
