// The Apps Script host as the benchmark sees it: the built dist/apps-script/Code.js run in one
// node:vm global scope, the way Apps Script loads a project. Catalogue functions are then the
// generated top-level stubs `NAME(...)` on that scope, called with grids as Sheets passes them.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** Loads the bundle with no service but the spreadsheet's locale (a Chinese workbook by default). */
export function loadAppsScript(codePath, locale = 'zh_CN') {
  const sandbox = {
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) },
  };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(codePath, 'utf8'), sandbox, { filename: 'Code.js' });
  return sandbox;
}

/** The sandbox's own `Date` (Apps Script hands dates made in its realm: `instanceof Date` holds there). */
export function realmDate(sandbox) {
  return vm.runInContext('Date', sandbox);
}
