/**
 * The forecast roll-up (销售预测, domain.md §4). Each opportunity is counted once, for its primary
 * owner: amount × the win probability of its stage when its expected close date is in the forecast
 * period (lost ones and those outside the period give 0). The forecast then rolls up the hierarchy
 * level by level: a person's team forecast is their own forecast plus what each direct report
 * submits — the report's team forecast, or the superior's revision (adjustment) of it.
 * Opportunities whose owner is not in the team are collected as "(unassigned)", never dropped.
 *
 * The roll-up is bottom-up in an explicit order (leaves first), so deep hierarchies cost no
 * recursion, and opportunities are read in one pass without allocating per row.
 */
import { normText, serialToIso } from '../cell';
import { fill, type L10n } from '../i18n';
import { DEFAULT_PROBABILITIES, LOST, type Stage } from './stage';

/** A failure of the roll-up's input, in every language (the catalogue turns it into a call error). */
export class ForecastError extends Error {
  constructor(readonly reason: L10n) {
    super(reason.en);
    this.name = 'ForecastError';
  }
}

export const UNASSIGNED: L10n = { en: '(unassigned)', zh: '(未分配)', zhHant: '(未分配)' };

const MSG = {
  duplicate: {
    en: 'team: {person} is listed twice (rows {first} and {second}); expects each person once',
    zh: 'team:{person} 出现了两次(第 {first} 行和第 {second} 行);每人只应列一次',
    zhHant: 'team:{person} 出現了兩次(第 {first} 列和第 {second} 列);每人只應列一次',
  },
  noPerson: {
    en: 'team row {row}: the person is blank but the manager is {manager}; expects a person',
    zh: 'team 第 {row} 行:人员为空,但上级为 {manager};应填写人员',
    zhHant: 'team 第 {row} 列:人員為空,但上級為 {manager};應填寫人員',
  },
  unknownManager: {
    en: 'team row {row}: the manager {manager} of {person} is not in the team; expects a person listed in the team (the top has a blank manager)',
    zh: 'team 第 {row} 行:{person} 的上级 {manager} 不在团队中;上级应是团队中列出的人员(最高层的上级为空)',
    zhHant: 'team 第 {row} 列:{person} 的上級 {manager} 不在團隊中;上級應是團隊中列出的人員(最高層的上級為空)',
  },
  cycle: {
    en: 'team: the hierarchy has a cycle: {cycle}; expects everyone to lead up to a person with a blank manager',
    zh: 'team:层级中有循环:{cycle};每个人都应能向上追溯到上级为空的人员',
    zhHant: 'team:層級中有循環:{cycle};每個人都應能向上追溯到上級為空的人員',
  },
  unknownAdjusted: {
    en: 'adjustments row {row}: {person} is not in the team; expects a person listed in the team',
    zh: 'adjustments 第 {row} 行:{person} 不在团队中;应为团队中列出的人员',
    zhHant: 'adjustments 第 {row} 列:{person} 不在團隊中;應為團隊中列出的人員',
  },
  adjustedTwice: {
    en: 'adjustments: {person} is adjusted twice (rows {first} and {second}); expects one adjustment per person',
    zh: 'adjustments:{person} 被调整了两次(第 {first} 行和第 {second} 行);每人只应调整一次',
    zhHant: 'adjustments:{person} 被調整了兩次(第 {first} 列和第 {second} 列);每人只應調整一次',
  },
  adjustmentNoPerson: {
    en: 'adjustments row {row}: the amount {amount} has no person; expects a person from the team',
    zh: 'adjustments 第 {row} 行:金额 {amount} 没有对应人员;应填写团队中的人员',
    zhHant: 'adjustments 第 {row} 列:金額 {amount} 沒有對應人員;應填寫團隊中的人員',
  },
  period: {
    en: 'from {from} is after to {to}; expects from ≤ to',
    zh: '起始日期 from {from} 晚于截止日期 to {to};应 from ≤ to',
    zhHant: '起始日期 from {from} 晚於截止日期 to {to};應 from ≤ to',
  },
} satisfies Record<string, L10n>;

/** One row of the team: a person and their manager (`null` at the top). */
export interface TeamMember {
  person: string;
  manager: string | null;
}

/** The hierarchy, checked and ordered for the roll-up. */
export interface Team {
  /** Members in team order (`null` where the team has a blank row). */
  readonly rows: readonly (TeamMember | null)[];
  /** Row (0-based, in `rows`) of each person's manager; -1 at the top or for a blank row. */
  readonly parent: Int32Array;
  /** Rows of members, leaves first: every person comes after all of their reports. */
  readonly order: Int32Array;
  /** The row of a person (compared trimmed and case-insensitively), or -1. */
  indexOf(name: unknown): number;
}

const key = (s: unknown): string => normText(s);

/**
 * Checks the hierarchy (each person once, every manager in the team, no cycle) and orders it
 * bottom-up. Throws `ForecastError` naming the people at fault. Row numbers in messages are 1-based.
 */
export function buildTeam(rows: readonly (TeamMember | null)[]): Team {
  const n = rows.length;
  const byKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const m = rows[i];
    if (!m) continue;
    if (m.person === '') throw new ForecastError(fill(MSG.noPerson, { row: i + 1, manager: m.manager ?? '' }));
    const k = key(m.person);
    const first = byKey.get(k);
    if (first !== undefined) throw new ForecastError(fill(MSG.duplicate, { person: m.person.trim(), first: first + 1, second: i + 1 }));
    byKey.set(k, i);
  }
  const parent = new Int32Array(n).fill(-1);
  const pending = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const m = rows[i];
    if (!m || m.manager === null || m.manager === '') continue;
    const p = byKey.get(key(m.manager));
    if (p === undefined) throw new ForecastError(fill(MSG.unknownManager, { row: i + 1, manager: m.manager, person: m.person }));
    parent[i] = p;
    pending[p]++;
  }
  // Kahn's order: leaves first; a person is ready when all their reports are done.
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (rows[i] && pending[i] === 0) order[tail++] = i;
  while (head < tail) {
    const p = parent[order[head++]];
    if (p >= 0 && --pending[p] === 0) order[tail++] = p;
  }
  const members = rows.reduce((c, m) => c + (m ? 1 : 0), 0);
  if (tail < members) throw new ForecastError(fill(MSG.cycle, { cycle: describeCycle(rows, parent, pending) }));
  const memo = new Map<unknown, number>();
  return {
    rows,
    parent,
    order: order.subarray(0, tail),
    indexOf(name: unknown): number {
      let i = memo.get(name);
      if (i === undefined) {
        i = byKey.get(key(name)) ?? -1;
        memo.set(name, i);
      }
      return i;
    },
  };
}

/** "A → B → C → A" for one cycle among the members left unordered (pending > 0). */
function describeCycle(rows: readonly (TeamMember | null)[], parent: Int32Array, pending: Int32Array): string {
  let start = 0;
  while (pending[start] === 0 || !rows[start]) start++;
  // Walk up from a stuck member until a row repeats: that row is on the cycle.
  const seen = new Uint8Array(rows.length);
  let i = start;
  while (!seen[i]) {
    seen[i] = 1;
    i = parent[i];
  }
  const names = [rows[i]!.person];
  for (let j = parent[i]; j !== i; j = parent[j]) names.push(rows[j]!.person);
  names.push(rows[i]!.person);
  return names.join(' → ');
}

/** The forecast period, inclusive day serials; `null` = open on that side. */
export interface Period {
  from: number | null;
  to: number | null;
}

/** Fails when the period is empty the wrong way round. */
export function checkPeriod(p: Period): void {
  if (p.from !== null && p.to !== null && p.from > p.to) {
    throw new ForecastError(fill(MSG.period, { from: serialToIso(p.from), to: serialToIso(p.to) }));
  }
}

/**
 * Whether an opportunity counts: not lost, and its close date inside the period. With a bound set,
 * an opportunity without a close date cannot be placed in the period and does not count.
 */
export function counts(stage: Stage, close: number | null, p: Period): boolean {
  if (stage === LOST) return false;
  if (p.from !== null && (close === null || close < p.from)) return false;
  if (p.to !== null && (close === null || close > p.to)) return false;
  return true;
}

/** Own forecasts being summed, one slot per team row plus the last slot for "(unassigned)". */
export interface ForecastTotals {
  own: Float64Array;
  counted: Float64Array;
}

export function emptyForecastTotals(team: Team): ForecastTotals {
  return { own: new Float64Array(team.rows.length + 1), counted: new Float64Array(team.rows.length + 1) };
}

/**
 * Adds one opportunity for the owner at `ownerRow` (-1 = unassigned). Lost or out-of-period
 * opportunities add nothing. `probabilities` is indexed by stage (0 = Lost).
 */
export function addOpportunity(
  totals: ForecastTotals,
  ownerRow: number,
  amount: number,
  stage: Stage,
  close: number | null,
  period: Period,
  probabilities: readonly number[],
): void {
  if (!counts(stage, close, period)) return;
  const slot = ownerRow < 0 ? totals.own.length - 1 : ownerRow;
  totals.own[slot] += amount * probabilities[stage];
  totals.counted[slot] += 1;
}

/** A superior's revision: what `person` submits upward instead of their team forecast. */
export interface Adjustment {
  person: string;
  amount: number;
}

/** Adjusted amount per team row (NaN = not adjusted). Fails on unknown or twice-adjusted people. */
export function readAdjustments(team: Team, adjustments: readonly (Adjustment | null)[]): Float64Array {
  const out = new Float64Array(team.rows.length).fill(NaN);
  const at = new Int32Array(team.rows.length).fill(-1);
  for (let r = 0; r < adjustments.length; r++) {
    const a = adjustments[r];
    if (!a) continue;
    if (a.person === '') throw new ForecastError(fill(MSG.adjustmentNoPerson, { row: r + 1, amount: a.amount }));
    const i = team.indexOf(a.person);
    if (i < 0) throw new ForecastError(fill(MSG.unknownAdjusted, { row: r + 1, person: a.person }));
    if (at[i] >= 0) throw new ForecastError(fill(MSG.adjustedTwice, { person: a.person, first: at[i] + 1, second: r + 1 }));
    at[i] = r;
    out[i] = a.amount;
  }
  return out;
}

export interface ForecastLine {
  person: string;
  manager: string;
  /** The person's own confirmed forecast. */
  own: number;
  /** Own + what each direct report submits. */
  team: number;
  /** The superior's revision of this person's team forecast, or `null`. */
  adjustment: number | null;
  /** What goes up to the manager: the adjustment if any, else the team forecast. */
  submitted: number;
  /** How many of the person's own opportunities are forecast (in the period, not lost). */
  counted: number;
}

export interface Forecast {
  /** One line per team row, in team order (`null` for a blank team row). */
  lines: (ForecastLine | null)[];
  /** Opportunities whose owner is not in the team. */
  unassigned: { own: number; counted: number };
}

/**
 * Each person's figure with their whole team below them: `own[i]` (per team row) plus the totals of
 * their direct reports, leaves first (no recursion). Blank team rows keep their own figure.
 */
export function teamTotals(team: Team, own: ArrayLike<number>): Float64Array {
  const n = team.rows.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = own[i];
  for (let k = 0; k < team.order.length; k++) {
    const i = team.order[k];
    const p = team.parent[i];
    if (p >= 0) out[p] += out[i];
  }
  return out;
}

/** Rolls own forecasts up the hierarchy, leaves first (no recursion). */
export function rollUp(team: Team, totals: ForecastTotals, adjusted: Float64Array): Forecast {
  const n = team.rows.length;
  const teamSum = new Float64Array(n);
  for (let i = 0; i < n; i++) teamSum[i] = totals.own[i];
  for (let k = 0; k < team.order.length; k++) {
    const i = team.order[k];
    const p = team.parent[i];
    if (p >= 0) teamSum[p] += Number.isNaN(adjusted[i]) ? teamSum[i] : adjusted[i];
  }
  const lines: (ForecastLine | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const m = team.rows[i];
    if (!m) {
      lines[i] = null;
      continue;
    }
    const adj = Number.isNaN(adjusted[i]) ? null : adjusted[i];
    lines[i] = {
      person: m.person,
      manager: m.manager ?? '',
      own: totals.own[i],
      team: teamSum[i],
      adjustment: adj,
      submitted: adj ?? teamSum[i],
      counted: totals.counted[i],
    };
  }
  return { lines, unassigned: { own: totals.own[n], counted: totals.counted[n] } };
}

/** An opportunity as the roll-up reads it. Rows with a blank stage are not forecast. */
export interface ForecastOpportunity {
  owner: string | null;
  amount: number | null;
  stage: Stage | null;
  /** Expected close date as a day serial. */
  close: number | null;
}

export interface ForecastOptions {
  period?: Period;
  adjustments?: readonly (Adjustment | null)[];
  /** Win probability by stage, index 0 (Lost) to 8. */
  probabilities?: readonly number[];
}

/** The whole roll-up on typed data (for forms and views). Throws `ForecastError`. */
export function rollupForecast(
  members: readonly (TeamMember | null)[],
  opportunities: readonly ForecastOpportunity[],
  options: ForecastOptions = {},
): Forecast {
  const period = options.period ?? { from: null, to: null };
  checkPeriod(period);
  const team = buildTeam(members);
  const adjusted = readAdjustments(team, options.adjustments ?? []);
  const probs = options.probabilities ?? DEFAULT_PROBABILITIES;
  const totals = emptyForecastTotals(team);
  for (const o of opportunities) {
    if (o.stage === null) continue;
    addOpportunity(totals, o.owner === null ? -1 : team.indexOf(o.owner), o.amount ?? 0, o.stage, o.close, period, probs);
  }
  return rollUp(team, totals, adjusted);
}
