/**
 * Stands in for Microsoft's office.js in the browser test of the built task pane: the Excel fake as
 * `Excel`, `Office` (onReady, document settings, partition key, ribbon actions, startup behaviour,
 * showAsTaskpane) and `CustomFunctions`. A workbook with a Team table of the demo people is there before
 * the pane starts (as a user's would be).
 *
 * Modelled: a ribbon press finds only the handlers `Office.actions.associate` registered by then — one
 * that arrives before is dropped, as the first click on a cold shared runtime is (office-js #5176, #3378:
 * https://github.com/OfficeDev/office-js/issues/5176); `Office.onReady` may be held back by the test
 * (`window.__kaHoldReady = true` before the page loads, then `__ka.releaseReady()`), to press the ribbon
 * while the pane is still starting; `Office.addin.setStartupBehavior` is recorded
 * (https://learn.microsoft.com/en-us/javascript/api/office/office.addin#office-office-addin-setstartupbehavior-member(1)).
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
let startup = 'None';
let release: () => void = () => {};
const held = new Promise<void>((resolve) => {
  release = resolve;
  if (!w.__kaHoldReady) resolve();
});
w.Office = {
  onReady(cb: () => void) {
    return held.then(() => new Promise((resolve) => setTimeout(() => resolve(cb()), 0)));
  },
  context: {
    contentLanguage: 'en-US',
    displayLanguage: 'en-US',
    partitionKey: 'fake-partition/',
    document: { settings, url: 'https://contoso.example/sites/sales/KA.xlsx' },
  },
  actions: { associate: (name: string, fn: (e: { completed(): void }) => unknown) => actions.set(name, fn) },
  addin: {
    showAsTaskpane: async () => void shown++,
    setStartupBehavior: async (b: string) => void (startup = b),
  },
  StartupBehavior: { none: 'None', load: 'Load' },
};
/** The test's handle. */
w.__ka = {
  xl,
  settings,
  functions: () => [...functions.keys()],
  actions: () => [...actions.keys()],
  shown: () => shown,
  startup: () => startup,
  releaseReady: () => release(),
  /** Presses a ribbon button: 'dropped' when no handler is associated for it yet, else whether it completed. */
  async press(name: string) {
    const handler = actions.get(name);
    if (!handler) return 'dropped';
    let done = false;
    await handler({ completed: () => (done = true) });
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
