/**
 * The Apps Script entry: it only exposes what Apps Script must see as globals. The build bundles
 * this module as `KA` and appends one top-level `function` stub per export (and per catalogue
 * function, with its `@customfunction` JSDoc), so nothing runs at load time.
 */
export { customFunction } from './custom-functions';
