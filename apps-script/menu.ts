/**
 * The add-on menu (Extensions › Key accounts / 大客户): set up the workbook, each form, refresh the
 * dashboard, help — labelled in the user's language. onOpen runs in AuthMode.NONE for an add-on not
 * yet used in the document, so it touches nothing but the menu and the user's locale.
 */
import { COMMANDS } from '../core/commands/index';
import type { CommandName } from '../core/commands/types';
import { t } from '../core/i18n';
import { userLang } from './lang';
import { S } from './strings';

/** The global function each form's menu item calls (exported by main.ts). */
export const FORM_FUNCTIONS: Readonly<Record<CommandName, string>> = {
  newCustomer: 'kaFormNewCustomer',
  updateCustomer: 'kaFormUpdateCustomer',
  newOpportunity: 'kaFormNewOpportunity',
  assessOpportunity: 'kaFormAssessOpportunity',
  submitForecast: 'kaFormSubmitForecast',
  reviseForecast: 'kaFormReviseForecast',
  changeOwner: 'kaFormChangeOwner',
  newProject: 'kaFormNewProject',
  logActivity: 'kaFormLogActivity',
  logComplaint: 'kaFormLogComplaint',
};

export function onOpen(_e?: unknown): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const forms = ui.createMenu(t(S.forms, lang));
  for (const name of Object.keys(COMMANDS) as CommandName[]) forms.addItem(t(COMMANDS[name].title, lang), FORM_FUNCTIONS[name]);
  ui.createAddonMenu()
    .addItem(t(S.setup, lang), 'kaSetUp')
    .addSeparator()
    .addSubMenu(forms)
    .addSeparator()
    .addItem(t(S.refresh, lang), 'kaRefreshDashboard')
    .addItem(t(S.help, lang), 'kaHelp')
    .addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}
