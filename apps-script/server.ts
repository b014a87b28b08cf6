/**
 * The functions a sidebar calls through google.script.run. Each reads the tables it needs by their
 * named ranges, calls core, and (for a save) writes every row of the accepted command while holding
 * the document lock; a save that cannot get the lock in time writes nothing and says to retry.
 * Results are plain data (a Date anywhere in a google.script.run result would reach the page as null).
 */
import { serialToIso, dateToSerial } from '../core/cell';
import { COMMANDS, runCommand } from '../core/commands/index';
import { formData, FORM_DATA_ALSO_READS, FORM_DATA_READS } from '../core/commands/form-data';
import type { CommandName, CommandResult, FormData, ViewName } from '../core/commands/types';
import { runView, VIEW_READS } from '../core/commands/views';
import { fill, t, type Lang } from '../core/i18n';
import { tableSpec } from '../core/schema/tables';
import type { TableId, Workbook } from '../core/schema/types';
import { refitDashboard } from './dashboard';
import { nowIn, sheetDates, type SheetDates } from './dates';
import { actorEmail as actor, userLang, workbookLang } from './lang';
import { S } from './strings';
import { applyWrites, readForAppend, readPresent, readTable, type SheetTable } from './tables';

/** How long a save waits for another save to finish before it gives up (ms). */
export const LOCK_WAIT_MS = 10000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

class NotSetUp extends Error {
  constructor(readonly table: string) {
    super(t(fill(S.notSetUp, { name: table }), userLang()));
  }
}

function read(
  ss: Spreadsheet,
  ids: readonly TableId[],
  into: Partial<Record<TableId, SheetTable>> = {},
  how: typeof readTable = readTable,
  dates?: SheetDates | null,
) {
  for (const id of ids) {
    if (into[id]) continue;
    const spec = tableSpec(id);
    const t = how(ss, spec, dates);
    if (!t) throw new NotSetUp(spec.name);
    into[id] = t;
  }
  return into;
}

function workbook(tables: Partial<Record<TableId, SheetTable>>): Workbook {
  const wb: Workbook = {};
  for (const id of Object.keys(tables) as TableId[]) wb[id] = tables[id]!.data;
  return wb;
}



/** A value the page can receive: dates become `YYYY-MM-DD`, undefined and functions are left out. */
export function toClient(v: unknown): unknown {
  if (v instanceof Date) return serialToIso(dateToSerial(v));
  if (Array.isArray(v)) return v.map(toClient);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined && typeof x !== 'function') o[k] = toClient(x);
    }
    return o;
  }
  return v;
}

function formError(message: { en: string; zh: string; zhHant?: string }): CommandResult {
  return { ok: false, errors: [{ field: '', message }] };
}

/** FormHost.load: the lists and settings of the forms. */
export function kaLoad(): FormData {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang: Lang = workbookLang(ss);
  const dates = sheetDates(ss);
  // Order reviews read when there: a workbook set up before them still opens its forms.
  const tables = readPresent(ss, FORM_DATA_ALSO_READS, dates, read(ss, FORM_DATA_READS, {}, readTable, dates));
  return toClient(formData(workbook(tables), actor(), lang)) as FormData;
}

/** FormHost.view: read-only data for a form (the forecast roll-up). */
export function kaView(name: ViewName, input: Record<string, unknown>): unknown {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = workbookLang(ss);
  const reads = (VIEW_READS as Record<string, readonly TableId[] | undefined>)[name];
  if (!reads || !Object.prototype.hasOwnProperty.call(VIEW_READS, name)) throw new Error(t(fill(S.unknownView, { name: String(name) }), userLang()));
  const tables = read(ss, reads, {}, readTable, sheetDates(ss));
  return toClient(runView(name, workbook(tables), actor(), lang, input && typeof input === 'object' ? input : {}));
}

/**
 * FormHost.submit: runs the command and writes all of its rows, or none. The tables are read after
 * the lock is taken, so a save that waited sees the rows of the save before it.
 */
export function kaSubmit(command: CommandName, input: Record<string, unknown>): CommandResult {
  if (!Object.prototype.hasOwnProperty.call(COMMANDS, command)) return formError(fill(S.unknownForm, { name: String(command) }));
  if (!input || typeof input !== 'object' || Array.isArray(input)) return formError(S.badInput);
  const spec = COMMANDS[command];
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const who = actor();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return formError(S.busy);
  try {
    const lang = workbookLang(ss);
    const dates = sheetDates(ss);
    let tables: Partial<Record<TableId, SheetTable>>;
    try {
      tables = read(ss, spec.reads, {}, readTable, dates);
      read(ss, ['audit', ...(spec.appends ?? [])], tables, readForAppend);
    } catch (e) {
      if (e instanceof NotSetUp) return formError(fill(S.notSetUp, { name: e.table }));
      throw e;
    }
    const result = runCommand(command, workbook(tables), input, { actor: who, now: nowIn(ss), lang });
    if (!result.ok) return toClient(result) as CommandResult;
    const targets = [...new Set(result.writes.map((w) => w.table))];
    try {
      read(ss, targets, tables, readForAppend);
    } catch (e) {
      if (e instanceof NotSetUp) return formError(fill(S.notSetUp, { name: e.table }));
      throw e;
    }
    applyWrites(tables, result.writes, dates);
    // A table that grew past the rows the Dashboard keeps for it: the Dashboard is laid out again.
    const counts: Partial<Record<TableId, number>> = {};
    for (const w of result.writes) if (w.kind === 'append' && w.table !== 'audit') counts[w.table] = (counts[w.table] ?? tables[w.table]!.appendAt - tables[w.table]!.top - 1) + w.rows.length;
    refitDashboard(ss, lang, counts);
    SpreadsheetApp.flush();
    return toClient({ ok: true, writes: [], message: result.message, id: result.id }) as CommandResult;
  } finally {
    lock.releaseLock();
  }
}
