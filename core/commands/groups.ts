/**
 * The command groups, in menu order: every host lists its forms from here — the Sheets add-on menu
 * (one submenu per group), the Excel ribbon (one menu per group, generated into manifest.xml) and the
 * forms' picker (one section per group). A new command only names its `group`.
 */
import type { L10n } from '../i18n';
import { COMMANDS } from './index';
import type { CommandGroup, CommandSpec } from './types';

export const COMMAND_GROUPS: readonly { id: CommandGroup; title: L10n }[] = [
  { id: 'customers', title: { en: 'Customers', zh: '客户', zhHant: '客戶' } },
  { id: 'opportunities', title: { en: 'Opportunities', zh: '商机', zhHant: '商機' } },
  { id: 'forecast', title: { en: 'Forecast', zh: '销售预测', zhHant: '銷售預測' } },
  { id: 'accounts', title: { en: 'Key accounts', zh: '大客户', zhHant: '大客戶' } },
  { id: 'team', title: { en: 'Sales team', zh: '销售团队', zhHant: '銷售團隊' } },
  { id: 'activities', title: { en: 'Activities', zh: '日常活动', zhHant: '日常活動' } },
];

/** The groups that hold a command, each with its commands in registry order. */
export function commandsByGroup(commands: readonly CommandSpec[] = Object.values(COMMANDS)): { id: CommandGroup; title: L10n; commands: CommandSpec[] }[] {
  return COMMAND_GROUPS.map((g) => ({ ...g, commands: commands.filter((c) => c.group === g.id) })).filter((g) => g.commands.length > 0);
}
