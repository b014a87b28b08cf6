/**
 * The opportunity history as the commands and hosts write it (issue 9): one row per changed tracked
 * field — when, opportunity, field, before, after, by, source — labelled in the workbook's language and
 * read back in any. `reconcileHistory` is what every host runs after a direct edit and before a snapshot.
 */
import { serialToIso, toDateSerial, toDateTimeSerial, toNumber, toText, type Cell } from '../cell';
import { fill, type L10n, type Lang } from '../i18n';
import { latestValues, TRACKED_FIELDS, unrecordedChanges, valueKey, type Change, type HistoryEntry, type OpportunityNow, type TrackedField } from '../model/history';
import { parseStage, WON } from '../model/stage';
import { listLabel, readList } from '../schema/lists';
import type { TableData, TableId, Workbook } from '../schema/types';
import { MH } from './history-messages';
import { wonBlocked } from './review-data';
import { appendWrite, updateWrite } from './result';
import type { CommandCtx, Write } from './types';
import { cellOf, findPerson, isSuperior, stageText, stamp, table, textOf } from './workbook';

/** Where a history row came from (list `historySource`). */
export type HistorySource = 'form' | 'edit' | 'import' | 'unverified';

/** The Opportunities column of each tracked field. */
export const TRACKED_COLUMN: Readonly<Record<TrackedField, string>> = { stage: 'stage', amount: 'amount', close: 'close', owner: 'owner', confirmed: 'confirmed' };

/** A tracked value as the history writes it: the stage label, a number, `YYYY-MM-DD`, the yes/no label. */
export function historyValue(field: TrackedField, v: unknown, lang: Lang): Cell {
  switch (field) {
    case 'stage': {
      const s = parseStage(v);
      return s === null || s === undefined ? toText(v) : stageText(s, lang);
    }
    case 'amount': {
      const n = toNumber(v);
      return n === null || n === undefined ? toText(v) : n;
    }
    case 'close': {
      const d = toDateSerial(v);
      return d === null || d === undefined ? toText(v) : serialToIso(d);
    }
    case 'confirmed': {
      const k = valueKey('confirmed', v);
      return k === 'yes' || k === 'no' ? listLabel('yesno', k, lang) : toText(v);
    }
    case 'owner':
      return toText(v);
  }
}

/** The history rows (as records by column key) of `changes`. */
export function historyRecords(changes: readonly Change[], ctx: CommandCtx, source: HistorySource, by: string = ctx.actor): Record<string, unknown>[] {
  const when = stamp(ctx.now);
  return changes.map((c) => ({
    when,
    opportunity: c.opportunity,
    field: listLabel('historyField', c.field, ctx.lang),
    before: historyValue(c.field, c.before, ctx.lang),
    after: historyValue(c.field, c.after, ctx.lang),
    by,
    source: listLabel('historySource', source, ctx.lang),
  }));
}

/** The append of `changes` to the history (null when there are none). */
export function historyWrite(wb: Workbook, changes: readonly Change[], ctx: CommandCtx, source: HistorySource, by?: string): Write | null {
  if (changes.length === 0) return null;
  return appendWrite(table(wb, 'history'), historyRecords(changes, ctx, source, by));
}

/** The rows of the history table as core reads them (rows of an unknown field are left out). */
export function historyEntries(t: TableData): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  const jo = t.col.opportunity, jf = t.col.field, ja = t.col.after, jw = t.col.when;
  if (jo === undefined || jo < 0 || jf === undefined || jf < 0) return out;
  for (const row of t.rows) {
    const field = readList('historyField', row[jf]);
    if (!field) continue;
    const when = jw >= 0 ? toDateTimeSerial(row[jw]) : null;
    out.push({ opportunity: toText(row[jo]), field: field as TrackedField, after: ja >= 0 ? row[ja] : '', when: when ?? null });
  }
  return out;
}

/** The opportunities as their rows hold them now. */
export function opportunitiesNow(opps: TableData, rows?: readonly number[]): OpportunityNow[] {
  const out: OpportunityNow[] = [];
  const each = (i: number) => {
    const id = textOf(opps, i, 'id');
    if (id === '') return;
    const values: OpportunityNow['values'] = {};
    for (const f of TRACKED_FIELDS) values[f] = cellOf(opps, i, TRACKED_COLUMN[f]);
    out.push({ id, row: i, values });
  };
  if (rows) for (const i of rows) each(i);
  else for (let i = 0; i < opps.rows.length; i++) each(i);
  return out;
}

/**
 * The changes of the opportunities no history row records yet (typed, pasted, imported without a
 * form), `only` limiting it to some opportunity IDs.
 */
export function pendingChanges(wb: Workbook, only?: readonly string[]): Change[] {
  const opps = table(wb, 'opportunities');
  const latest = latestValues(historyEntries(table(wb, 'history')));
  let now = opportunitiesNow(opps);
  if (only) {
    const keep = new Set(only.map((x) => x.trim().toLowerCase()));
    now = now.filter((o) => keep.has(o.id.trim().toLowerCase()));
  }
  return unrecordedChanges(now, latest);
}

/** What a host does after a direct edit: the writes, and the owner edits it put back. */
export interface Reconciled {
  writes: Write[];
  /** Owner cells put back to the recorded owner (the editor may not change them). */
  undone: { opportunity: string; owner: string; attempted: string }[];
  /** Stages typed as 08 (won) put back: an order review is required and not approved (issue 14). */
  wonRefused: { opportunity: string; stage: string; reason: L10n }[];
}

/**
 * What a host writes after a direct edit (and before a snapshot): a history row per change no form
 * recorded. `editor` is the person who edited where the host can tell (Sheets' onEdit with a known
 * user), else null. A changed primary owner is a rule of its own (only a superior of the owner may
 * change it, domain.md §4): with a known editor who may not, the cell is put back to the recorded
 * owner and nothing is recorded; with an unknown editor it is recorded with source "Edit (unverified)"
 * for the Dashboard's changes to review. Other fields are recorded with source "Edit".
 * Reads `opportunities`, `history` (all of its rows) and `team`.
 */
export function reconcileHistory(wb: Workbook, ctx: CommandCtx, editor: string | null = null): Reconciled {
  const changes = pendingChanges(wb);
  const opps = table(wb, 'opportunities');
  const person = editor ? findPerson(wb, editor) : null;
  const by = person?.name ?? editor ?? '';
  const writes: Write[] = [];
  const undone: Reconciled['undone'] = [];
  const wonRefused: Reconciled['wonRefused'] = [];
  const edits: Change[] = [];
  const unverified: Change[] = [];
  for (const c of changes) {
    // Won typed into the sheet, while the order review the amount requires is not approved: the same
    // rule as Update opportunity's. A known editor's cell is put back; an unknown one's is recorded for review.
    if (c.field === 'stage' && parseStage(c.after) === WON && parseStage(c.before) !== WON && c.row !== undefined) {
      const amount = toNumber(cellOf(opps, c.row, 'amount'));
      const reason = wonBlocked(wb, c.opportunity, typeof amount === 'number' ? amount : null);
      if (reason) {
        const back = toText(c.before);
        // (no recorded stage to put back — an opportunity the history does not know yet: for review)
        if (editor === null || back === '') unverified.push(c);
        else {
          writes.push(updateWrite(opps, c.row, { stage: back }));
          wonRefused.push({ opportunity: c.opportunity, stage: back, reason });
        }
        continue;
      }
    }
    if (c.field !== 'owner' || valueKey('owner', c.before) === '') {
      edits.push(c);
      continue;
    }
    if (editor === null) {
      unverified.push(c);
      continue;
    }
    const before = toText(c.before);
    if (person && isSuperior(wb, person.name, before)) edits.push(c);
    else if (c.row !== undefined) {
      writes.push(updateWrite(opps, c.row, { owner: before }));
      undone.push({ opportunity: c.opportunity, owner: before, attempted: toText(c.after) });
    }
  }
  const a = historyWrite(wb, edits, ctx, 'edit', by);
  const b = historyWrite(wb, unverified, ctx, 'unverified', '');
  if (a) writes.push(a);
  if (b) writes.push(b);
  return { writes, undone, wonRefused };
}

/** The message a host shows for owner edits it put back (and stages put back from won). */
export function undoneMessage(undone: Reconciled['undone'], wonRefused: Reconciled['wonRefused'] = []): L10n | null {
  const parts: L10n[] = [];
  if (undone.length) parts.push(fill(MH.ownerEditUndone, { list: undone.map((u) => `${u.opportunity}: ${u.owner}`).join(', ') }));
  for (const w of wonRefused) {
    const m = fill(MH.wonEditUndone, { id: w.opportunity, stage: w.stage });
    parts.push({ en: m.en.replace('{reason}', w.reason.en), zh: m.zh.replace('{reason}', w.reason.zh), zhHant: (m.zhHant ?? m.zh).replace('{reason}', w.reason.zhHant ?? w.reason.zh) });
  }
  if (!parts.length) return null;
  return { en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join(''), zhHant: parts.map((p) => p.zhHant ?? p.zh).join('') };
}

/** The tables `reconcileHistory` reads. */
export const RECONCILE_READS: readonly TableId[] = ['opportunities', 'history', 'team'];

/**
 * Tables `reconcileHistory` also reads when the workbook has them: the order reviews and Settings of the
 * stage-08 rule (a workbook set up before them still has its direct edits recorded).
 */
export const RECONCILE_ALSO_READS: readonly TableId[] = ['reviews', 'settings'];

/** The changes between an opportunity's cells `before` and the values a form writes (`after`), for the tracked fields among them. */
export function formChanges(id: string, before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  const out: Change[] = [];
  for (const f of TRACKED_FIELDS) {
    const col = TRACKED_COLUMN[f];
    if (!(col in after)) continue;
    if (valueKey(f, before[col]) !== valueKey(f, after[col])) out.push({ opportunity: id, field: f, before: before[col] ?? '', after: after[col] });
  }
  return out;
}
