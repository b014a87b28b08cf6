/**
 * The opportunity history (issue 9): which changes of the tracked fields no form recorded. The history
 * keeps, per opportunity and field, the value each change left (`after`); an opportunity whose cell now
 * holds something else was changed directly (a typed stage, a pasted block). Rows are matched by ID,
 * never by position, so a sort that moved rows records nothing. Values are compared as the readers read
 * them (`03 …` and `3` are the same stage, `¥1,200` and 1200 the same amount), so reconciling twice adds
 * nothing.
 */
import { normText, toDateSerial, toNumber, toYesNo } from '../cell';
import { parseStage } from './stage';

/** The fields whose changes the history keeps, in the order their rows are written. */
export type TrackedField = 'stage' | 'amount' | 'close' | 'owner' | 'confirmed';
export const TRACKED_FIELDS: readonly TrackedField[] = ['stage', 'amount', 'close', 'owner', 'confirmed'];

/** A row of the history as core reads it (`when` as a date-time serial; `null` when blank or unreadable). */
export interface HistoryEntry {
  opportunity: string;
  field: TrackedField;
  after: unknown;
  when: number | null;
}

/** A change to record: the value before (the last recorded one, `''` when none) and after (the cell now). */
export interface Change {
  opportunity: string;
  field: TrackedField;
  before: unknown;
  after: unknown;
  /** The data row it was found in (when the opportunity said). */
  row?: number;
}

/** An opportunity as its row holds it now: its ID and the cells of the tracked fields. */
export interface OpportunityNow {
  id: string;
  /** Its 0-based data row (for a host that puts a cell back). */
  row?: number;
  values: Partial<Record<TrackedField, unknown>>;
}

/**
 * The value of a tracked field as compared: `''` for blank, a canonical text otherwise; text the
 * field's reader cannot read is compared as normalised text (so a typo is recorded once, not again).
 */
export function valueKey(field: TrackedField, v: unknown): string {
  switch (field) {
    case 'stage': {
      const s = parseStage(v);
      return s === null ? '' : s === undefined ? 'text:' + normText(v) : String(s);
    }
    case 'amount': {
      const n = toNumber(v);
      return n === null ? '' : n === undefined ? 'text:' + normText(v) : String(Math.round(n * 1e6) / 1e6);
    }
    case 'close': {
      const d = toDateSerial(v);
      return d === null ? '' : d === undefined ? 'text:' + normText(v) : String(d);
    }
    case 'confirmed': {
      const y = toYesNo(v);
      return y === null ? '' : y === undefined ? 'text:' + normText(v) : y ? 'yes' : 'no';
    }
    case 'owner':
      return normText(v);
  }
}

/** The key history rows are grouped by: the opportunity ID as the readers match it (trimmed, any case). */
export function opportunityKey(id: unknown): string {
  return normText(id);
}

export type LatestValues = Map<string, Partial<Record<TrackedField, unknown>>>;

/**
 * The last recorded `after` per opportunity and field: the last such row of the table. The history is
 * append-only, so its order is the order of the changes; the times are not compared, since co-authors'
 * clocks (and Excel's local stamps in their time zones) need not agree.
 */
export function latestValues(entries: Iterable<HistoryEntry>): LatestValues {
  const out: LatestValues = new Map();
  for (const e of entries) {
    const k = opportunityKey(e.opportunity);
    if (k === '') continue;
    let rec = out.get(k);
    if (!rec) out.set(k, (rec = {}));
    rec[e.field] = e.after;
  }
  return out;
}

/**
 * Every change no form recorded: per opportunity (the first row of an ID; later duplicates are left
 * alone) and tracked field, the cell now against the last recorded value. A field never recorded and
 * blank now is no change.
 */
export function unrecordedChanges(opportunities: Iterable<OpportunityNow>, latest: LatestValues, fields: readonly TrackedField[] = TRACKED_FIELDS): Change[] {
  const out: Change[] = [];
  const seen = new Set<string>();
  for (const o of opportunities) {
    const k = opportunityKey(o.id);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    const rec = latest.get(k);
    for (const f of fields) {
      const now = o.values[f];
      const was = rec && f in rec ? rec[f] : '';
      if (valueKey(f, now) !== valueKey(f, was)) out.push({ opportunity: o.id, field: f, before: was ?? '', after: now ?? '', ...(o.row === undefined ? {} : { row: o.row }) });
    }
  }
  return out;
}
