/**
 * Opening the forms: one sidebar page (dist/apps-script/Sidebar.html, the shared forms bundled with
 * the google.script.run host) per form, told which form to show by a trusted, fixed marker.
 */
import { COMMANDS } from '../core/commands/index';
import type { CommandName } from '../core/commands/types';
import { fill, t } from '../core/i18n';
import { tableSpec } from '../core/schema/tables';
import { userLang } from './lang';
import { escapeHtml, HELP_PAGES, helpLang } from './help-page';
import { S } from './strings';

export { escapeHtml };

/** Shows the sidebar of form `command` (or tells the user to set the workbook up first). */
export function openForm(command: CommandName): void {
  const lang = userLang();
  const spec = COMMANDS[command];
  if (!spec) throw new Error(t(fill(S.unknownForm, { name: String(command) }), lang));
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const missing = [...spec.reads, 'audit' as const].map(tableSpec).find((s) => !ss.getRangeByName(s.name));
  if (missing) {
    SpreadsheetApp.getUi().alert(t(fill(S.notSetUp, { name: missing.name }), lang));
    return;
  }
  // `command` is one of COMMANDS' keys (checked above), never user text.
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle(t(spec.title, lang))
    .append(`<div id="ka-boot" data-form="${escapeHtml(command)}" hidden></div>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu: Help — what the add-on does and the spreadsheet functions, in the user's language (a page made at build time: help-page.ts). */
export function showHelp(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile(HELP_PAGES[helpLang(lang)]).setWidth(640).setHeight(520);
  SpreadsheetApp.getUi().showModelessDialog(html, t(S.helpTitle, lang));
}
