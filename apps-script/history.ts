/**
 * The opportunity history in Sheets (issue 9): the add-on's `onEdit` simple trigger records every
 * direct edit of a tracked Opportunities column (stage, amount, close date, owner, confirmation) that
 * no form recorded — a typed cell or a pasted block, rows matched by ID — through core's
 * `reconcileHistory`. A simple trigger runs in AuthMode.LIMITED: it may read and write this document
 * and nothing that needs further authorization; Sheets may or may not tell who is editing (`e.user`).
 * When it does, an owner changed by someone who may not change it is put back at once, with a toast
 * saying why; when it does not, the change is recorded "Edit (unverified)" for the Dashboard's
 * changes to review. Edits made by scripts (the forms) do not fire onEdit: they write their own rows.
 */
import { reconcileHistory, RECONCILE_ALSO_READS, RECONCILE_READS, TRACKED_COLUMN, undoneMessage } from '../core/commands/history';
import { AUTO_SNAPSHOT_READS, dueSnapshot, snapshotDue } from '../core/commands/take-snapshot';
import { t } from '../core/i18n';
import { TRACKED_FIELDS } from '../core/model/history';
import { OPPORTUNITIES, tableSpec } from '../core/schema/tables';
import { tableFromGrid } from '../core/schema/read';
import type { Cell } from '../core/cell';
import type { TableId, Workbook } from '../core/schema/types';
import { nowIn, sheetDates } from './dates';
import { workbookLang } from './lang';
import { applyWrites, readForAppend, readPresent, readTable, type SheetTable } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long the trigger waits for a save in progress (a simple trigger has 30 seconds in all). */
const EDIT_LOCK_MS = 5000;

interface EditEvent {
  authMode?: unknown;
  range?: GoogleAppsScript.Spreadsheet.Range;
  source?: Spreadsheet;
  user?: { getEmail?: () => string };
}

/** Does the edited range cross a tracked column of the Opportunities table? */
function touchesTracked(ss: Spreadsheet, range: GoogleAppsScript.Spreadsheet.Range): boolean {
  const opps = ss.getRangeByName(OPPORTUNITIES.name);
  if (!opps || opps.getSheet().getSheetId() !== range.getSheet().getSheetId()) return false;
  if (range.getLastRow() <= opps.getRow()) return false;
  const header = opps.getSheet().getRange(opps.getRow(), opps.getColumn(), 1, opps.getNumColumns()).getValues()[0];
  const wanted = new Set(TRACKED_FIELDS.map((f) => TRACKED_COLUMN[f]));
  const data = readHeader(header);
  for (const key of wanted) {
    const j = data[key];
    if (j === undefined || j < 0) continue;
    const col = opps.getColumn() + j;
    if (col >= range.getColumn() && col <= range.getLastColumn()) return true;
  }
  return false;
}

/** The Opportunities columns by key, matched as every read matches a header (any language, any order). */
function readHeader(header: unknown[]): Record<string, number> {
  return tableFromGrid(OPPORTUNITIES, [header as Cell[]]).col;
}

/** Who is editing, where Sheets says (an empty e-mail is "cannot tell"). */
function editorOf(e: EditEvent): string | null {
  try {
    const email = e.user && typeof e.user.getEmail === 'function' ? e.user.getEmail() : '';
    return email ? email : null;
  } catch {
    return null;
  }
}

/**
 * Records what no form recorded (and puts back owners the editor may not change); returns the message
 * to show, or null. Also run before each funnel snapshot.
 */
export function recordDirectEdits(ss: Spreadsheet, editor: string | null): string | null {
  const dates = sheetDates(ss);
  const tables: Partial<Record<TableId, SheetTable>> = {};
  for (const id of RECONCILE_READS) {
    const tbl = readTable(ss, tableSpec(id), dates);
    if (!tbl) return null; // not set up (or an older workbook without the history): nothing to record into
    tables[id] = tbl;
  }
  readPresent(ss, RECONCILE_ALSO_READS, dates, tables);
  const wb: Workbook = {};
  for (const id of Object.keys(tables) as TableId[]) wb[id] = tables[id]!.data;
  const lang = workbookLang(ss);
  const r = reconcileHistory(wb, { actor: editor ?? '', now: nowIn(ss), lang }, editor);
  if (r.writes.length === 0) return null;
  applyWrites(tables, r.writes, dates);
  const m = undoneMessage(r.undone, r.wonRefused);
  return m ? t(m, lang) : null;
}

/**
 * The automatic funnel snapshot (issue 9): after recording any direct edit, Take funnel snapshot's rows
 * when the last snapshot is older than Settings' interval. Run from onOpen (in AuthMode.LIMITED: this
 * document only, which `spreadsheets.currentonly` already grants) and from Refresh the dashboard.
 * Returns the message to show, or null when nothing was due. Never throws (opening must not fail).
 */
export function autoSnapshot(ss: Spreadsheet, editor: string | null): string | null {
  try {
    // Whether one is due: two reads (the snapshots' dates, Settings' interval) when none is.
    const dates = sheetDates(ss);
    const snaps = readTable(ss, tableSpec('snapshots'), dates);
    const settings = readTable(ss, tableSpec('settings'), dates);
    if (!snaps || !settings) return null;
    if (!snapshotDue({ snapshots: snaps.data, settings: settings.data }, nowIn(ss).slice(0, 10))) return null;
  } catch {
    return null;
  }
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(EDIT_LOCK_MS)) return null;
  try {
    recordDirectEdits(ss, editor);
    const dates = sheetDates(ss);
    const tables: Partial<Record<TableId, SheetTable>> = {};
    for (const id of AUTO_SNAPSHOT_READS) {
      const tbl = readTable(ss, tableSpec(id), dates);
      if (!tbl) return null;
      tables[id] = tbl;
    }
    const audit = readForAppend(ss, tableSpec('audit'));
    if (!audit) return null;
    tables.audit = audit;
    const wb: Workbook = {};
    for (const id of Object.keys(tables) as TableId[]) wb[id] = tables[id]!.data;
    const lang = workbookLang(ss);
    const r = dueSnapshot(wb, { actor: editor ?? '', now: nowIn(ss), lang });
    if (!r || !r.ok) return null;
    applyWrites(tables, r.writes, dates);
    return t(r.message, lang);
  } catch {
    return null;
  } finally {
    lock.releaseLock();
  }
}

/** The simple trigger: a user changed cells. */
export function onEdit(e?: EditEvent): void {
  if (!e || !e.range || e.authMode === 'NONE') return;
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  if (!touchesTracked(ss, e.range)) return;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(EDIT_LOCK_MS)) return; // a save is running; the next edit or snapshot records this one
  try {
    const message = recordDirectEdits(ss, editorOf(e));
    if (message) ss.toast(message, '', 10);
  } finally {
    lock.releaseLock();
  }
}

/**
 * Warning-only protection of an append-only record's sheet (set-up): an editor who types there is asked
 * to confirm first; scripts (the forms) write as before. Kept when the sheet already has a protection.
 */
export function guardSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, note: string): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length) return;
  sheet.protect().setDescription(note).setWarningOnly(true);
}
