/**
 * Loads every special widget; each registers itself with `../widget-registry.ts` (what a field, a
 * form's extra sections or a fresh form's defaults look like). Imported once, by mount.ts.
 */
import './assessment';
import './customer-check';
import './forecast';
import './owner-default';
import './import';
import './record';
import './accounts';
import './finance';
import './opportunity-update';
