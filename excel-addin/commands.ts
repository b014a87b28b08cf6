/**
 * The ribbon's ExecuteFunction handlers, associated with the shared runtime (`Office.actions.associate`):
 * `command_<name>` shows the task pane with that command's form — or, for a command without a form
 * (`immediate`), runs it at once and reports in the pane — and `setUpWorkbook` runs set-up. The names
 * are the `FunctionName`s the build writes into manifest.xml from the same command list
 * (scripts/excel-manifest.mjs; a test checks both agree). The page associates them at the top level of
 * its script, before anything else can fail (taskpane.ts); every handler calls `event.completed()`,
 * whatever happens.
 */
import type { CommandName, CommandSpec } from '../core/commands/types';
import { fill, type L10n } from '../core/i18n';

export const SETUP_ACTION = 'setUpWorkbook';
export const commandAction = (name: CommandName | string) => 'command_' + name;

export interface RibbonDeps {
  actions: { associate(name: string, handler: (event: { completed(): void }) => unknown): void };
  showPane(): Promise<void>;
  showForm(name: CommandName): void | Promise<void>;
  /** Runs a command without a form (input `{}`), as a save would; its message or its reasons. */
  run(name: CommandName): Promise<{ ok: boolean; message: L10n }>;
  setUp(): Promise<{ message: L10n }>;
  /** Shows a message in the pane (set-up's result, or why it failed). */
  notify(message: L10n, kind: 'ok' | 'error'): void;
}

const FAILED: L10n = {
  en: '{what} stopped: {reason}. Nothing you entered was changed; try again after fixing this.',
  zh: '{what}中止:{reason}。已录入的数据未被改动;处理后请重试。',
  zhHant: '{what}中止:{reason}。已錄入的資料未被改動;處理後請重試。',
};
const SETUP: L10n = { en: 'Set-up', zh: '设置', zhHant: '設定' };

function failed(what: L10n, e: unknown): L10n {
  const reason = e instanceof Error ? e.message : String(e);
  return { en: fill(FAILED, { what: what.en, reason }).en, zh: fill(FAILED, { what: what.zh, reason }).zh, zhHant: fill(FAILED, { what: what.zhHant ?? what.zh, reason }).zhHant };
}

export const SETUP_LABEL: L10n = { en: 'Set up the workbook', zh: '设置工作簿', zhHant: '設定活頁簿' };

/** Set-up's outcome in the pane: its report, or why it stopped (never thrown). */
export async function runSetUp(deps: Pick<RibbonDeps, 'setUp' | 'notify'>): Promise<void> {
  try {
    const r = await deps.setUp();
    deps.notify(r.message, 'ok');
  } catch (e) {
    deps.notify(failed(SETUP, e), 'error');
  }
}

export function registerRibbon(commands: readonly Pick<CommandSpec, 'name' | 'title' | 'immediate'>[], deps: RibbonDeps): string[] {
  const names: string[] = [];
  for (const c of commands) {
    const action = commandAction(c.name);
    deps.actions.associate(action, async (event) => {
      try {
        await deps.showPane().catch(() => undefined);
        if (!c.immediate) await deps.showForm(c.name);
        else {
          const r = await deps.run(c.name);
          deps.notify(r.message, r.ok ? 'ok' : 'error');
        }
      } catch (e) {
        deps.notify(failed(c.title, e), 'error');
      } finally {
        event.completed();
      }
    });
    names.push(action);
  }
  deps.actions.associate(SETUP_ACTION, async (event) => {
    try {
      await deps.showPane().catch(() => undefined);
      await runSetUp(deps);
    } finally {
      event.completed();
    }
  });
  names.push(SETUP_ACTION);
  return names;
}
