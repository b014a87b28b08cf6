/**
 * Where an execution's Spreadsheet-service calls went, sheet by sheet (for the set-up figures of
 * `npm run bench` and the set-up tests): a call on a sheet, range, range list or protection goes to
 * its sheet; a name (`setNamedRange`) and a copied format (`copyFormatToRange`) to the sheet of their
 * target; `insertSheet` to the sheet it makes; a builder's calls (and a rule's `copy`) to the sheet
 * whose call comes next — the one the rule or chart is for; the rest (names read, toasts, flush) to
 * `workbook`. Sheets are named by the table whose named range is on them, `dashboard`, or `workbook`.
 */
import { TABLES } from '../../../core/schema/tables';
import type { TableId } from '../../../core/schema/types';
import type { Runtime } from './runtime';
import { counting, newCallCounts, Protection, Range, RangeList, Sheet, type CallCounts } from './spreadsheet';

/**
 * The tables of the workbook when issue 11 was filed: the 2,413 calls of its first set-up (base
 * commit b6eab82) were theirs and the Dashboard's, so their share of today's set-up is the
 * like-for-like figure.
 */
export const ISSUE_11_TABLES: readonly TableId[] = ['customers', 'team', 'opportunities', 'assessments', 'benchmarks', 'forecasts', 'projects', 'quotas', 'activities', 'complaints', 'settings', 'audit'];

/** Issue 11's first set-up before its set-up work: 2,413 calls. */
export const ISSUE_11_BEFORE = 2413;

export interface SheetCalls {
  all: CallCounts;
  /** Calls by table id, `dashboard` or `workbook`. */
  bySheet: Record<string, number>;
}

const BUILDING = /Builder\.|^SpreadsheetApp\.new|^(DataValidation|ConditionalFormatRule)\.copy$/;

/** Runs `fn` as the runtime's execution(s) and counts its calls, by sheet. */
export function callsBySheet(rt: Runtime, fn: () => unknown): SheetCalls {
  rt.calls = newCallCounts();
  const byName = new Map<string, number>();
  let pending = 0;
  const charge = (sheet: string) => {
    byName.set(sheet, (byName.get(sheet) ?? 0) + 1 + pending);
    pending = 0;
  };
  const l = (what: string, args: unknown[], self?: unknown) => {
    if (BUILDING.test(what)) pending++;
    else if (what === 'Range.copyFormatToRange' && args[0] instanceof Sheet) charge(args[0].name);
    else if (what === 'Spreadsheet.setNamedRange' && args[1] instanceof Range) charge(args[1].sheet.name);
    else if (what === 'Spreadsheet.insertSheet') charge(String(args[0]));
    else if (self instanceof Sheet) charge(self.name);
    else if (self instanceof Range || self instanceof RangeList || self instanceof Protection) charge(self.sheet.name);
    else charge('');
  };
  counting.listeners.push(l);
  try {
    fn();
  } finally {
    counting.listeners.splice(counting.listeners.indexOf(l), 1);
  }
  if (pending) byName.set('', (byName.get('') ?? 0) + pending);
  // Sheet titles → table ids (read after the run: not counted).
  const idOf = new Map<string, string>();
  for (const spec of TABLES) {
    const r = rt.ss.getRangeByName(spec.name);
    if (r) idOf.set(r.getSheet().getName(), spec.id);
  }
  const dash = rt.ss.getRangeByName('KA_Dashboard');
  if (dash) idOf.set(dash.getSheet().getName(), 'dashboard');
  const bySheet: Record<string, number> = {};
  for (const [name, k] of byName) {
    const id = idOf.get(name) ?? 'workbook';
    bySheet[id] = (bySheet[id] ?? 0) + k;
  }
  return { all: rt.calls, bySheet };
}

/** The like-for-like figure: the calls of issue 11's tables, the Dashboard and the workbook-wide ones. */
export function issue11Share(bySheet: Record<string, number>): { tables: number; all: number } {
  const tables = ISSUE_11_TABLES.reduce((n, id) => n + (bySheet[id] ?? 0), 0);
  return { tables, all: tables + (bySheet.dashboard ?? 0) + (bySheet.workbook ?? 0) };
}
