/**
 * Stands in for Microsoft's office.js in the browser test of the built task pane: the Excel fake as
 * `Excel`, `Office` (onReady, document settings, ribbon actions, showAsTaskpane) and `CustomFunctions`.
 * A workbook with a Team table of the demo people is there before the pane starts (as a user's would be).
 */
import { demoRecords, gridOf } from '../../../core/commands/fixtures';
import { FakeExcel, FakeSettings } from './excel';
import { enter } from './model';

const xl = new FakeExcel();
const settings = new FakeSettings();
const actions = new Map<string, (e: { completed(): void }) => unknown>();
const functions = new Map<string, unknown>();

const team = gridOf('team', demoRecords().team!);
const sheet = xl.model.addSheet('Team');
team.forEach((row, r) => row.forEach((v, c) => enter(sheet.ensure(r, c), v as string)));
xl.model.renameTable(xl.model.addTable(sheet, { r: 0, c: 0, rows: team.length, cols: team[0].length }, true), 'KA_Team');

class CFError {
  constructor(readonly code: string, readonly message?: string) {}
}

const w = window as unknown as Record<string, unknown>;
w.Excel = xl;
w.CustomFunctions = { associate: (id: string, fn: unknown) => functions.set(id, fn), Error: CFError, ErrorCode: { invalidValue: '#VALUE!' } };
let shown = 0;
w.Office = {
  onReady(cb: () => void) {
    return new Promise((resolve) => setTimeout(() => resolve(cb()), 0));
  },
  context: { contentLanguage: 'en-US', displayLanguage: 'en-US', document: { settings } },
  actions: { associate: (name: string, fn: (e: { completed(): void }) => unknown) => actions.set(name, fn) },
  addin: { showAsTaskpane: async () => void shown++ },
};
/** The test's handle. */
w.__ka = {
  xl,
  settings,
  functions: () => [...functions.keys()],
  actions: () => [...actions.keys()],
  shown: () => shown,
  async press(name: string) {
    let done = false;
    await actions.get(name)!({ completed: () => (done = true) });
    return done;
  },
  cell(table: string, row: number, key: string) {
    const t = xl.model.table(table)!;
    const j = xl.model.headers(t).indexOf(key);
    const c = t.sheet.cell(t.r + 1 + row, t.c + j);
    return { value: c?.value ?? '', formula: c?.formula ?? null };
  },
  rows: (table: string) => xl.model.table(table)!.rows,
};
