/**
 * The Apps Script entry: it only exposes what Apps Script must see as globals. The build bundles
 * this module as `KA` and appends one top-level `function` stub per export (and per catalogue
 * function, with its `@customfunction` JSDoc), so nothing runs at load time.
 */
import { openForm } from './sidebar';

export { customFunction } from './custom-functions';
export { onInstall, onOpen } from './menu';
export { setUpWorkbook as kaSetUp, refreshDashboard as kaRefreshDashboard } from './setup';
export { showHelp as kaHelp } from './sidebar';
export { kaLoad, kaSubmit, kaView } from './server';

// One global per form, as menu items call functions by name (see FORM_FUNCTIONS in menu.ts).
export const kaFormNewCustomer = () => openForm('newCustomer');
export const kaFormUpdateCustomer = () => openForm('updateCustomer');
export const kaFormNewOpportunity = () => openForm('newOpportunity');
export const kaFormAssessOpportunity = () => openForm('assessOpportunity');
export const kaFormSubmitForecast = () => openForm('submitForecast');
export const kaFormReviseForecast = () => openForm('reviseForecast');
export const kaFormChangeOwner = () => openForm('changeOwner');
export const kaFormNewProject = () => openForm('newProject');
export const kaFormLogActivity = () => openForm('logActivity');
export const kaFormLogComplaint = () => openForm('logComplaint');
