/**
 * The add-on menu (Extensions › Key accounts / 大客户): set up the workbook, one submenu per command
 * group with its forms (from core's command list), refresh the dashboard, help — labelled in the
 * user's language. onOpen runs in AuthMode.NONE for an add-on not yet used in the document, so it
 * touches nothing but the menu and the user's locale.
 */
import { commandsByGroup } from '../core/commands/groups';
import { t } from '../core/i18n';
import { formGlobal } from './form-globals';
import { autoSnapshot } from './history';
import { userLang } from './lang';
import { S } from './strings';

export function onOpen(e?: { authMode?: unknown; user?: { getEmail?: () => string } }): void {
  buildMenu();
  // Where the add-on is enabled (AuthMode.LIMITED), the funnel snapshot when one is due (issue 9).
  if (e && e.authMode !== undefined && e.authMode !== 'NONE' && e.authMode !== ScriptApp.AuthMode.NONE) {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const message = autoSnapshot(ss, null);
    if (message) ss.toast(message, '', 8);
  }
}

function buildMenu(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu().addItem(t(S.setup, lang), 'kaSetUp').addSeparator();
  for (const g of commandsByGroup()) {
    const sub = ui.createMenu(t(g.title, lang));
    for (const c of g.commands) sub.addItem(t(c.title, lang), formGlobal(c.name));
    menu.addSubMenu(sub);
  }
  menu.addSeparator().addItem(t(S.refresh, lang), 'kaRefreshDashboard').addItem(t(S.help, lang), 'kaHelp').addToUi();
}

export function onInstall(_e?: unknown): void {
  buildMenu();
}
