/**
 * Adopting a list (issue 12, item 1): the parts of an import that need no workbook — the source's
 * header row and data rows, stage names, and the uniqueness check of a whole list against the register
 * and within itself (one index over both, so 5,000 names cost 5,000 lookups, not 5,000 × 5,000).
 */
import { isBlank, normText, toHalfWidth, type Cell } from '../cell';
import { buildCustomerIndex, type MatchKind } from './customer-match';
import { toSimplified } from './hanzi';
import { parseStage, STAGE_NAMES, type Stage } from './stage';

/** A source as read by the host: its header row and data rows, with the sheet row of each. */
export interface SourceRows {
  headers: Cell[];
  /** Non-blank data rows, each as wide as the header row. */
  rows: Cell[][];
  /** 1-based row number in the source of each data row (for messages: "row 17"). */
  at: number[];
}

/**
 * The header row (the first row holding anything) and the non-blank rows under it. `firstRow` is the
 * source row number of `values[0]` (a range may start below row 1).
 */
export function sourceRows(values: readonly (readonly Cell[])[], firstRow = 1): SourceRows {
  let h = 0;
  while (h < values.length && (values[h] ?? []).every(isBlank)) h++;
  if (h >= values.length) return { headers: [], rows: [], at: [] };
  const header = [...(values[h] ?? [])];
  // Trailing blank header cells with no data under them are not columns.
  let width = header.length;
  const filled = (j: number) => !isBlank(header[j]) || values.some((r, i) => i > h && !isBlank(r?.[j]));
  while (width > 0 && !filled(width - 1)) width--;
  const rows: Cell[][] = [];
  const at: number[] = [];
  for (let i = h + 1; i < values.length; i++) {
    const r = values[i] ?? [];
    const row: Cell[] = [];
    for (let j = 0; j < width; j++) row.push(r[j] ?? '');
    if (row.every(isBlank)) continue;
    rows.push(row);
    at.push(firstRow + i);
  }
  return { headers: header.slice(0, width), rows, at };
}

const stageNames = new Map<string, Stage>();
STAGE_NAMES.forEach((n, s) => {
  for (const text of [n.en, n.zh, n.zhHant ?? n.zh]) stageNames.set(stageNameKey(text), s as Stage);
});
function stageNameKey(s: string): string {
  return toSimplified(toHalfWidth(s)).toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

/**
 * A stage from a cell as lists write it: a number (`3`, `03`, `Stage 3`, `03 全面掌握…`) or the
 * stage's name alone in any language (`全面掌握客户组织关系`, `Commercial negotiation`, `商務談判`);
 * `null` when blank, `undefined` when unreadable.
 */
export function readStage(v: unknown): Stage | null | undefined {
  const s = parseStage(v);
  if (s !== undefined) return s;
  if (typeof v !== 'string') return undefined;
  return stageNames.get(stageNameKey(v));
}

/** An existing record a listed row is like. */
export interface ListMatch {
  /** In the register: its 0-based data row; in the list: the index of the earlier listed row. */
  row: number;
  inList: boolean;
  name: string;
  similarity: number;
  kind: MatchKind;
}

/**
 * The uniqueness check of each listed name against the register and against the rows listed before it
 * (a name listed twice is a duplicate of its first listing). Returns, per listed name, its matches:
 * the register's first (best first), then the earlier listed rows.
 */
export function checkListNames(register: readonly unknown[], list: readonly unknown[], threshold: number, limit = 5): ListMatch[][] {
  const n = register.length;
  const index = buildCustomerIndex([...register, ...list]);
  return list.map((name, i) => {
    if (isBlank(name)) return [];
    // Enough candidates that later listed rows taking places do not crowd out the earlier ones.
    const found = index.check(name, { threshold, limit: limit * 4 + 1 });
    const reg: ListMatch[] = [];
    const listed: ListMatch[] = [];
    for (const m of found) {
      if (m.row < n) reg.push({ row: m.row, inList: false, name: m.name, similarity: m.similarity, kind: m.kind });
      else if (m.row - n < i) listed.push({ row: m.row - n, inList: true, name: m.name, similarity: m.similarity, kind: m.kind });
    }
    return [...reg.slice(0, limit), ...listed.slice(0, limit)];
  });
}

/** The key by which two opportunities are the same: the customer and the name (widths, case, spaces, scripts folded). */
export function opportunityKey(customerId: string, name: unknown): string {
  return `${normText(customerId)}\u0000${toSimplified(normText(name)).replace(/\s+/g, '')}`;
}
