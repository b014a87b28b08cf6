/**
 * Dashboard formula templates: formulas written once for every host, with placeholders each host
 * resolves (templates have no leading `=`):
 *
 * | placeholder | means | Sheets | Excel | preview |
 * |---|---|---|---|---|
 * | `{fn:NAME}` | a catalogue function | `NAME` | `KA.NAME` | `NAME` |
 * | `{ref:table.col}`, `{ref:table.first:last}` | the table's data rows of a column / of adjacent columns (what a catalogue function is handed) | the named range cut to the table's rows | structured reference | A1 range of the data rows |
 * | `{range:table.col}` | a column as a real range (for `COUNTIF`, `COUNTA`, `SUMIFS`: functions that take ranges only) | named range | structured reference | A1 range |
 * | `{ref:settings.KEY}` | the value cell of a setting | look-up by key | look-up by key | the cell |
 * | `{rows:table}` | how many data rows the table has (a cell of the calculation lane) | | | |
 * | `{out:section.col}`, `{out:section}` | rows a section reserves on the Dashboard, one column or the whole block | A1 | A1 | A1 |
 * | `{fig:id}` | the value cell of a key figure | A1 | A1 | A1 |
 * | `{today}` | today | `TODAY()` | `TODAY()` | the preview's fixed day |
 *
 * `{rows:…}`, `{out:…}` and `{fig:…}` are resolved by the layout (`layout.ts`): they are Dashboard cells.
 */

import type { L10n } from '../../i18n';

/** A placeholder of a template, parsed. */
export type Placeholder =
  | { kind: 'fn'; name: string }
  | { kind: 'ref'; table: string; column: string; last?: string }
  | { kind: 'range'; table: string; column: string }
  | { kind: 'setting'; key: string }
  | { kind: 'rows'; table: string }
  | { kind: 'out'; section: string; column?: number }
  | { kind: 'fig'; id: string }
  | { kind: 'today' };

const PLACEHOLDER = /\{(fn|ref|range|rows|out|fig):([A-Za-z0-9_.:]+)\}|\{(today)\}/g;

function parse(kind: string, body: string): Placeholder {
  if (kind === 'today') return { kind: 'today' };
  if (kind === 'fn') return { kind: 'fn', name: body };
  if (kind === 'rows') return { kind: 'rows', table: body };
  if (kind === 'fig') return { kind: 'fig', id: body };
  const dot = body.indexOf('.');
  if (kind === 'out') {
    if (dot < 0) return { kind: 'out', section: body };
    return { kind: 'out', section: body.slice(0, dot), column: Number(body.slice(dot + 1)) };
  }
  const table = body.slice(0, dot);
  const [column, last] = body.slice(dot + 1).split(':');
  if (kind === 'range') return { kind: 'range', table, column };
  if (table === 'settings' && column !== 'key' && column !== 'value' && column !== 'description') return { kind: 'setting', key: column };
  return last ? { kind: 'ref', table, column, last } : { kind: 'ref', table, column };
}

/** Every placeholder of a template, in order. */
export function placeholders(template: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) out.push(m[3] ? parse('today', '') : parse(m[1], m[2]));
  return out;
}

/** The template with each placeholder replaced by what `f` gives for it. */
export function substitute(template: string, f: (p: Placeholder) => string): string {
  return template.replace(PLACEHOLDER, (_m, kind: string | undefined, body: string | undefined, today: string | undefined) => f(today ? { kind: 'today' } : parse(kind!, body!)));
}

/** What a host knows how to write: its names for functions, table columns and settings. */
export interface Resolver {
  /** `FUNNEL_HEALTH` → `KA.FUNNEL_HEALTH` in Excel. */
  fn(name: string): string;
  /**
   * A table's data column or block (`ref`, handed to catalogue functions; `rowsCell` is the Dashboard
   * cell counting the table's rows, for a host whose ranges run past them), a column as a range
   * (`range`), or a setting's value cell.
   */
  ref(p: Extract<Placeholder, { kind: 'ref' | 'range' | 'setting' }>, rowsCell: string): string;
  /** Today's date as a formula. */
  today(): string;
  /** A formula showing at most `rows` rows (a template's number or a cell) and `cols` columns of `formula`'s result. */
  take(formula: string, rows: string, cols: number): string;
  /** A built-in expression over arrays, as the host evaluates it element by element (Sheets: `ARRAYFORMULA`). */
  array(formula: string): string;
}

/**
 * A formula finding a setting's value by its key, for hosts that resolve `{ref:settings.KEY}` this
 * way: `valueRange` / `keyRange` are the resolved Settings `value` and `key` columns.
 */
export function settingLookup(key: string, valueRange: string, keyRange: string): string {
  return `INDEX(${valueRange},MATCH("${key}",${keyRange},0))`;
}

/** Every language's text of a label, each once (what a cell may hold, whichever language wrote it). */
export function every(l: L10n): string[] {
  return [...new Set([l.en, l.zh, l.zhHant ?? l.zh])];
}

/** An array of 1 where a cell of `range` holds one of `texts`, else 0 (booleans made numbers before comparing). */
export function isOneOf(range: string, texts: readonly string[]): string {
  return `((0${texts.map((x) => `+(${range}=${quote(x)})`).join('')})>0)*1`;
}

/** A text as a formula's string literal. */
export function quote(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

/** `B3` → {col: 1, row: 2} (0-based). */
export function parseA1(a1: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad A1 address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) - 1 };
}

/** 0-based column → `A`, `B`, … `AA` (the one home of column letters). */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column/row → `B3`. */
export function toA1(col: number, row: number): string {
  return columnLetters(col) + (row + 1);
}

/** An absolute A1 range (`$B$3:$D$9`, or `$B$3` for one cell). */
export function absRange(row: number, col: number, rows = 1, cols = 1): string {
  const a = `$${columnLetters(col)}$${row + 1}`;
  if (rows === 1 && cols === 1) return a;
  return `${a}:$${columnLetters(col + cols - 1)}$${row + rows}`;
}
