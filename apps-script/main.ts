/**
 * The Apps Script entry: it only exposes what Apps Script must see as globals. The build bundles
 * this module as `KA` and appends one top-level `function` stub per export, per command of core's list
 * (`kaForm_<command>`, which the menu calls; see form-globals.ts) and per catalogue function (with
 * its `@customfunction` JSDoc), so nothing runs at load time.
 */
export { customFunction } from './custom-functions';
export { kaCommand } from './commands';
export { onInstall, onOpen } from './menu';
export { setUpWorkbook as kaSetUp, refreshDashboard as kaRefreshDashboard } from './setup';
export { showHelp as kaHelp } from './sidebar';
export { kaLoad, kaSubmit, kaView } from './server';
export { kaImportSources, kaReadSource } from './import-source';
export { onEdit } from './history';
