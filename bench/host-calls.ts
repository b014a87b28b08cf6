/**
 * Bench only (bundled by bench/host-calls.mjs, never shipped): how many host calls the add-in makes —
 * Spreadsheet-service calls in Sheets (the Apps Script fake counts every call the built Code.js makes,
 * test/apps-script/fake/spreadsheet.ts `CallCounts`), `context.sync()`s in Excel (the Excel fake) — for a
 * first set-up, a re-run of set-up with nothing to do, loading the forms, and each form's save.
 *
 * Sheets: the built project in the fake runtime, a Chinese workbook; the Dashboard's part of set-up is
 * what follows set-up's "Building the dashboard…" toast (the last step). The workbook for the saves is
 * set up, then given the demo team, customers and opportunities (typed in by the bench, not counted).
 * Excel: excel-addin/setup.ts and the task pane's adapter against the Excel fake, the same data.
 * The import of a 5,000-row customer list (`importFigures`): reading the source and the import's save in
 * each host, and core's own time.
 */
import { demoRecords, gridOf, testWorkbook } from '../core/commands/fixtures';
import { runCommand } from '../core/commands/index';
import { TABLES } from '../core/schema/tables';

/** How many tables set-up lays out (the figures' label). */
export const TABLE_COUNT = TABLES.length;
import { customerList } from '../test/import-list';
import type { CommandName } from '../core/commands/types';
import type { Cell } from '../core/cell';
import type { TableId } from '../core/schema/types';
import { tableSpec } from '../core/schema/tables';
import { userActorStore } from '../excel-addin/actor';
import { CORE_FORMS } from '../excel-addin/core-forms';
import { ExcelFormHost } from '../excel-addin/excel-adapter';
import type { ExcelRun } from '../excel-addin/excel-run';
import { setUpWorkbook } from '../excel-addin/setup';
import { Runtime } from '../test/apps-script/fake/runtime';
import { callsBySheet, type SheetCalls } from '../test/apps-script/fake/by-sheet';
import { counting, newCallCounts, type CallCounts } from '../test/apps-script/fake/spreadsheet';
export { ISSUE_11_BEFORE, ISSUE_11_TABLES, issue11Share } from '../test/apps-script/fake/by-sheet';
import { FakeExcel, FakeStorage } from '../test/excel/fake/excel';
import { enter } from '../test/excel/fake/model';

/** Each form's save, in an order that works on the demo data: who saves it, and its input. */
export const SAVES: { command: CommandName; as: string; input: Record<string, unknown> }[] = [
  { command: 'newCustomer', as: 'Chen', input: { name: 'Globex 环球贸易', account_manager: 'Chen', region: 'North', phone: '13800138000', tier: 'MGC' } },
  { command: 'updateCustomer', as: 'Chen', input: { id: 'C00001', region: 'East', notes: 'moved HQ' } },
  { command: 'newOpportunity', as: 'Chen', input: { customer_id: 'C00001', name: 'Data centre', owner: 'Chen', stage: 2, amount: '300,000', close: '2026-06-20' } },
  { command: 'assessOpportunity', as: 'Chen', input: { opportunity: 'O00001', answers: Array.from({ length: 20 }, (_, i) => i % 3 !== 0) } },
  { command: 'logActivity', as: 'Chen', input: { type: 'visit', customer_id: 'C00001', notes: 'met the CIO' } },
  { command: 'logComplaint', as: 'Chen', input: { customer_id: 'C00001', description: 'late delivery', status: 'received' } },
  { command: 'newProject', as: 'Chen', input: { customer_id: 'C00001', name: 'Backbone tender', sales_method: 'bid' } },
  { command: 'submitForecast', as: 'Chen', input: { opportunities: ['O00001'] } },
  { command: 'reviseForecast', as: 'Li', input: { person: 'Chen', amount: '900000', reason: 'customer budget cut' } },
  { command: 'changeOwner', as: 'Li', input: { opportunity: 'O00002', owner: 'Liu', reason: 'workload' } },
];

const DEMO: TableId[] = ['team', 'customers', 'opportunities'];
const email = (person: string) => `${person.toLowerCase()}@example.com`;

/** A set-up's calls, the Dashboard's share, and where they went (`test/apps-script/fake/by-sheet.ts`). */
export interface SetupCalls extends SheetCalls {
  dashboard: number;
}

export interface SheetsFigures {
  first: SetupCalls;
  rerun: SetupCalls;
  load: CallCounts;
  saves: { command: CommandName; ok: boolean; calls: CallCounts }[];
}

/**
 * Runs `fn` as one execution and counts its calls; `dashboard`: the calls from the start of the
 * dashboard step (set-up's "Building the dashboard…" toast; in a build without it, the dashboard's first
 * call: looking up its named range `KA_Dashboard`) to the end, less set-up's closing flush and toast.
 */
function measure(rt: Runtime, fn: () => unknown): SetupCalls {
  let at = -1;
  let lookup = -1;
  let total = 0;
  const l = (what: string, args: unknown[]) => {
    total++;
    if (at < 0 && what === 'Spreadsheet.toast' && /dashboard|仪表板/i.test(String(args[0]))) at = total - 1;
    if (lookup < 0 && what === 'Spreadsheet.getRangeByName' && args[0] === 'KA_Dashboard') lookup = total - 1;
  };
  counting.listeners.push(l);
  let calls: SheetCalls;
  try {
    calls = callsBySheet(rt, fn);
  } finally {
    counting.listeners.splice(counting.listeners.indexOf(l), 1);
  }
  // Flush and the closing toast are set-up's, not the dashboard's.
  const closing = (calls.all.by['SpreadsheetApp.flush'] ?? 0) + 1;
  const from = at >= 0 ? at : lookup;
  return { ...calls, dashboard: from < 0 ? 0 : calls.all.total - from - closing };
}

/** Types `rows` into table `id` of the fake spreadsheet below its header (a user's typing: not counted). */
function typeRows(rt: Runtime, id: TableId, rows: Cell[][]) {
  const range = rt.ss.getRangeByName(tableSpec(id).name)!;
  const sheet = range.getSheet();
  sheet.getRange(range.getRow() + 1, range.getColumn(), rows.length, rows[0].length).setValues(rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v))));
}

export function sheetsFigures(dir?: string): SheetsFigures {
  const rt = new Runtime({ dir, locale: 'zh_CN', userLocale: 'zh_CN', email: email('Chen') });
  const first = measure(rt, () => rt.run('kaSetUp'));
  const rerun = measure(rt, () => rt.run('kaSetUp'));
  const demo = demoRecords();
  for (const id of DEMO) typeRows(rt, id, gridOf(id, demo[id]!, 'zh').slice(1));
  // The forecast period of the demo data (set-up put in the current quarter).
  const settings = rt.ss.getRangeByName(tableSpec('settings').name)!;
  const keys = settings.getSheet().getRange(settings.getRow() + 1, settings.getColumn(), 20, 1).getValues();
  keys.forEach(([k], i) => {
    if (k === 'period_from' || k === 'period_to') settings.getSheet().getRange(settings.getRow() + 1 + i, settings.getColumn() + 1).setValue(k === 'period_from' ? '2026-04-01' : '2026-06-30');
  });
  rt.calls = newCallCounts();
  rt.client('kaLoad');
  const load = rt.calls;
  const saves = SAVES.map((s) => {
    rt.session.email = email(s.as);
    rt.calls = newCallCounts();
    const r = rt.client('kaSubmit', s.command, s.input);
    return { command: s.command, ok: r.ok && !!(r.value as { ok?: boolean } | null)?.ok, calls: rt.calls };
  });
  return { first, rerun, load, saves };
}

export interface ExcelFigures {
  first: { syncs: number; changed: number };
  rerun: { syncs: number; changed: number };
  load: number;
  saves: { command: CommandName; ok: boolean; syncs: number }[];
}

export async function excelFigures(): Promise<ExcelFigures> {
  const xl = new FakeExcel();
  (globalThis as Record<string, unknown>).Excel = xl;
  const run = xl.run as unknown as ExcelRun;
  const last = () => ({ syncs: xl.runs.at(-1)!, changed: xl.changes.at(-1)!.filter(Boolean).length });
  await setUpWorkbook(run, 'zh', '2026-05-17');
  const first = last();
  await setUpWorkbook(run, 'zh', '2026-05-17');
  const rerun = last();
  const demo = demoRecords();
  for (const id of DEMO) {
    const t = xl.model.table(tableSpec(id).name)!;
    const rows = gridOf(id, demo[id]!, 'zh').slice(1);
    rows.slice(0, 1).forEach((row) => row.forEach((v, j) => enter(t.sheet.ensure(t.r + 1, t.c + j), v as string)));
    if (rows.length > 1) xl.model.addRows(t, rows.slice(1).map((r) => r.map((v) => (v === null || v === undefined ? '' : v))));
  }
  const actor = userActorStore(new FakeStorage(), 'bench/', 'bench.xlsx');
  const host = new ExcelFormHost({ run, actor, core: CORE_FORMS, lang: () => 'zh', now: () => '2026-05-17T09:30:00+08:00' });
  await actor.set('Chen');
  await host.load();
  const load = xl.runs.at(-1)!;
  const saves = [];
  for (const s of SAVES) {
    await actor.set(s.as);
    const r = await host.submit(s.command, s.input);
    saves.push({ command: s.command, ok: r.ok, syncs: xl.runs.at(-1)! });
  }
  return { first, rerun, load, saves };
}

/** The 5,000-row import (issue 12, item 1): what it costs in each host and in core. */
export interface ImportFigures {
  rows: number;
  added: number;
  sheets: { read: CallCounts; readMs: number; submit: CallCounts; submitMs: number; ok: boolean };
  excel: { readSyncs: number; submitSyncs: number; ok: boolean };
  /** Core alone (importPlan + the writes): the median of 5 runs, ms. */
  coreMs: number;
}

export async function importFigures(dir?: string, n = 5000): Promise<ImportFigures> {
  const list = customerList(n);
  // Sheets: a set-up Chinese workbook with the demo team and customers, the list in a sheet of its own.
  const rt = new Runtime({ dir, locale: 'zh_CN', userLocale: 'zh_CN', email: email('Chen') });
  rt.run('kaSetUp');
  const demo = demoRecords();
  for (const id of DEMO) typeRows(rt, id, gridOf(id, demo[id]!, 'zh').slice(1));
  const own = rt.ss.insertSheet('我的客户');
  if (list.length > own.getMaxRows()) own.insertRowsAfter(own.getMaxRows(), list.length - own.getMaxRows());
  own.getRange(1, 1, list.length, list[0].length).setValues(list);
  rt.calls = newCallCounts();
  let t0 = performance.now();
  const read = rt.client('kaReadSource', '我的客户', null);
  const readMs = performance.now() - t0;
  const readCalls = rt.calls;
  if (!read.ok) throw new Error(read.error);
  const src = read.value as { values: unknown[][]; name: string };
  rt.calls = newCallCounts();
  t0 = performance.now();
  const sub = rt.client('kaSubmit', 'importCustomers', { values: src.values, source: src.name });
  const submitMs = performance.now() - t0;
  const result = sub.ok ? (sub.value as { ok: boolean; message?: { en: string } }) : null;
  const sheets = { read: readCalls, readMs, submit: rt.calls, submitMs, ok: !!result?.ok };
  // Excel: the same list in a worksheet, read by the task pane's adapter, imported in one Excel.run.
  const xl = new FakeExcel();
  xl.trackChanges = false;
  (globalThis as Record<string, unknown>).Excel = xl;
  const run = xl.run as unknown as ExcelRun;
  await setUpWorkbook(run, 'zh', '2026-05-17');
  const team = xl.model.table(tableSpec('team').name)!;
  const teamRows = gridOf('team', demo.team!, 'zh').slice(1);
  teamRows.slice(0, 1).forEach((row) => row.forEach((v, j) => enter(team.sheet.ensure(team.r + 1, team.c + j), v as string)));
  xl.model.addRows(team, teamRows.slice(1).map((r) => r.map((v) => (v === null || v === undefined ? '' : v))));
  const sheet = xl.model.addSheet('我的客户');
  list.forEach((r, i) => r.forEach((v, j) => enter(sheet.ensure(i, j), String(v))));
  const actor = userActorStore(new FakeStorage(), 'bench/', 'bench.xlsx');
  await actor.set('Chen');
  const host = new ExcelFormHost({ run, actor, core: CORE_FORMS, lang: () => 'zh', now: () => '2026-05-17T09:30:00+08:00' });
  const xsrc = await host.readSource('我的客户');
  const readSyncs = xl.runs.at(-1)!;
  const xr = await host.submit('importCustomers', { values: xsrc.values, source: xsrc.name });
  const excel = { readSyncs, submitSyncs: xl.runs.at(-1)!, ok: xr.ok };
  // Core alone, on the same register.
  const wb = testWorkbook(demo, 'zh');
  const times: number[] = [];
  let added = 0;
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const r = runCommand('importCustomers', wb, { values: list }, { actor: 'chen@example.com', now: '2026-05-17T09:30:00+08:00', lang: 'zh' });
    times.push(performance.now() - s);
    if (r.ok) added = (r.writes[0] as { rows: unknown[] }).rows.length;
  }
  times.sort((a, b) => a - b);
  return { rows: n, added, sheets, excel, coreMs: times[2] };
}
