/**
 * What commands, form data and views look up in the tables they were given: people and the hierarchy,
 * customers and opportunities by ID, settings, stage probabilities, new IDs.
 */
import { normText, serialToIso, toDateSerial, toNumber, toText, type Cell } from '../cell';
import type { Lang } from '../i18n';
import { DEFAULT_PROBABILITIES, parseStage, readProbabilities, stageLabel, type Stage } from '../model/stage';
import { DEFAULT_THRESHOLD } from '../model/assessment';
import { readList } from '../schema/lists';
import { column, tableFromGrid } from '../schema/read';
import { SETTING_ROWS, settingDefault, tableSpec } from '../schema/tables';
import type { TableData, TableId, Workbook } from '../schema/types';

/** The table `id` as given, or an empty one laid out as the schema (for a table the host did not read). */
export function table(wb: Workbook, id: TableId): TableData {
  return wb[id] ?? tableFromGrid(tableSpec(id), []);
}

export function cellOf(t: TableData, row: number, key: string): Cell {
  const j = t.col[key];
  return j === undefined || j < 0 ? '' : t.rows[row]?.[j] ?? '';
}

export function textOf(t: TableData, row: number, key: string): string {
  return toText(cellOf(t, row, key));
}

/** Row of the first data row whose `key` column equals `value` (trimmed, any case); -1 when none. */
export function findRow(t: TableData, key: string, value: string): number {
  const j = t.col[key];
  if (j === undefined || j < 0) return -1;
  const want = normText(value);
  if (want === '') return -1;
  for (let i = 0; i < t.rows.length; i++) if (normText(t.rows[i][j]) === want) return i;
  return -1;
}

export interface Person {
  row: number;
  name: string;
  manager: string;
  email: string;
  role: string;
  region: string;
}

export function people(wb: Workbook): Person[] {
  const t = table(wb, 'team');
  const out: Person[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const name = textOf(t, i, 'person');
    if (name === '') continue;
    out.push({
      row: i,
      name,
      manager: textOf(t, i, 'manager'),
      email: textOf(t, i, 'email'),
      role: textOf(t, i, 'role'),
      region: textOf(t, i, 'region'),
    });
  }
  return out;
}

/** The Team person named `name` (trimmed, any case) or with that e-mail; `null` when none. */
export function findPerson(wb: Workbook, name: unknown): Person | null {
  const want = normText(name);
  if (want === '') return null;
  const ps = people(wb);
  return ps.find((p) => normText(p.name) === want) ?? ps.find((p) => p.email !== '' && normText(p.email) === want) ?? null;
}

/**
 * Is `boss` a superior of `person` anywhere up the chain? (A person is not their own superior; a cycle
 * in the Team sheet stops the walk.)
 */
export function isSuperior(wb: Workbook, boss: string, person: string): boolean {
  const ps = people(wb);
  const byName = new Map(ps.map((p) => [normText(p.name), p]));
  const target = normText(boss);
  const seen = new Set<string>();
  let cur = byName.get(normText(person));
  while (cur) {
    const up = normText(cur.manager);
    if (up === '' || seen.has(up)) return false;
    if (up === target) return true;
    seen.add(up);
    cur = byName.get(up);
  }
  return false;
}

/** Everyone below `boss` (any depth), in Team order. */
export function subordinates(wb: Workbook, boss: string): Person[] {
  return people(wb).filter((p) => isSuperior(wb, boss, p.name));
}

/** A setting's cell by key (Settings `key` / `value`); `''` when absent. */
export function setting(wb: Workbook, key: string): Cell {
  const t = wb.settings;
  const spec = SETTING_ROWS.find((s) => s.key === key);
  const fallback = spec ? settingDefault(spec) : '';
  if (!t) return fallback;
  const row = findRow(t, 'key', key);
  return row < 0 ? fallback : cellOf(t, row, 'value');
}

export function settingNumber(wb: Workbook, key: string, fallback: number): number {
  const n = toNumber(setting(wb, key));
  return n === null || n === undefined ? fallback : n;
}

export function threshold(wb: Workbook): number {
  return settingNumber(wb, 'assessment_threshold', DEFAULT_THRESHOLD);
}

/** The forecast period from Settings as `YYYY-MM-DD` (`''` when unset or unreadable). */
export function period(wb: Workbook): { from: string; to: string } {
  const iso = (v: Cell) => {
    const d = toDateSerial(v);
    return d === null || d === undefined ? '' : serialToIso(d);
  };
  return { from: iso(setting(wb, 'period_from')), to: iso(setting(wb, 'period_to')) };
}

/** Win probability by stage (index 0 = Lost … 8) from the Funnel benchmarks; defaults when absent. */
export function probabilities(wb: Workbook): { probs: number[]; badStage?: number } {
  const t = wb.benchmarks;
  if (!t || t.rows.length === 0) return { probs: [...DEFAULT_PROBABILITIES] };
  const byStage: Cell[] = new Array(8).fill('');
  let found = 0;
  for (let i = 0; i < t.rows.length; i++) {
    const s = parseStage(cellOf(t, i, 'stage'));
    if (s && s >= 1 && s <= 8) {
      byStage[s - 1] = cellOf(t, i, 'probability');
      found++;
    }
  }
  if (found === 0) return { probs: [...DEFAULT_PROBABILITIES] };
  const r = readProbabilities(byStage);
  if (Array.isArray(r)) return { probs: r };
  return { probs: [...DEFAULT_PROBABILITIES], badStage: r.badAt };
}

/** The stage label a command writes: `03 全面掌握客户组织关系`, `03 Map the customer organisation`, `丢单`. */
export function stageText(stage: Stage, lang: Lang): string {
  return stageLabel(stage, lang === 'zh-Hant' ? 'zhHant' : lang);
}

/** The next ID `PREFIX00001` after the highest such ID in `key`. */
export function nextId(t: TableData, key: string, prefix: string): string {
  let max = 0;
  const re = new RegExp(`^${prefix}(\\d+)$`, 'i');
  for (const v of column(t, key)) {
    const m = re.exec(toText(v));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return prefix + String(max + 1).padStart(5, '0');
}

/** `now` (ISO) as the text written into a date-time cell: `2026-11-22 17:56:16`. */
export function stamp(now: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)/.exec(now);
  return m ? `${m[1]} ${m[2]}` : now;
}

/** The calendar date of `now` (ISO): `2026-11-22`. */
export function today(now: string): string {
  return now.slice(0, 10);
}

/** A yes/no cell of a row as a boolean (`null` when blank or unreadable). */
export function yes(t: TableData, row: number, key: string): boolean | null {
  const c = readList('yesno', cellOf(t, row, key));
  return c === 'yes' ? true : c === 'no' ? false : null;
}
