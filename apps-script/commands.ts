/**
 * What a command's menu item does: open its form in the sidebar, or — for a command without a form
 * (`immediate`, e.g. a funnel snapshot) — run it at once and say what it did in a toast (or why not,
 * in an alert). The saving itself is `kaSubmit`'s: the same lock, reads and writes as a form's save.
 */
import { COMMANDS } from '../core/commands/index';
import type { CommandName } from '../core/commands/types';
import { fill, t } from '../core/i18n';
import { userLang } from './lang';
import { kaSubmit } from './server';
import { openForm } from './sidebar';
import { S } from './strings';

export function kaCommand(name: CommandName): void {
  const spec = COMMANDS[name];
  if (!spec) throw new Error(t(fill(S.unknownForm, { name: String(name) }), userLang()));
  if (!spec.immediate) return openForm(name);
  const lang = userLang();
  const r = kaSubmit(name, {});
  if (r.ok) SpreadsheetApp.getActiveSpreadsheet().toast(t(r.message, lang), t(spec.title, lang), 8);
  else SpreadsheetApp.getUi().alert(t(spec.title, lang), r.errors.map((e) => t(e.message, lang)).join('\n'), SpreadsheetApp.getUi().ButtonSet.OK);
}
