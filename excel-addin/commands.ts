/**
 * The ribbon's ExecuteFunction handlers, associated with the shared runtime (`Office.actions.associate`):
 * `openForm_<command>` shows the task pane with that form, `setUpWorkbook` runs set-up and reports in
 * the pane. The names are the `FunctionName`s of manifest.xml (a test checks both agree).
 */
import type { CommandName } from '../core/commands/types';
import type { L10n } from '../core/i18n';

export const SETUP_ACTION = 'setUpWorkbook';
export const formAction = (name: CommandName) => 'openForm_' + name;

export interface RibbonDeps {
  actions: { associate(name: string, handler: (event: { completed(): void }) => unknown): void };
  showPane(): Promise<void>;
  showForm(name: CommandName): void;
  setUp(): Promise<{ message: L10n }>;
  /** Shows a message in the pane (set-up's result, or why it failed). */
  notify(message: L10n, kind: 'ok' | 'error'): void;
}

const SETUP_FAILED: L10n = {
  en: 'Set-up stopped: {reason}. Nothing you entered was changed; run Set up again after fixing this.',
  zh: '设置中止:{reason}。已录入的数据未被改动;处理后请重新运行"设置工作簿"。',
  zhHant: '設定中止:{reason}。已錄入的資料未被改動;處理後請重新執行「設定活頁簿」。',
};

export function registerRibbon(commands: readonly CommandName[], deps: RibbonDeps): string[] {
  const names: string[] = [];
  for (const name of commands) {
    const action = formAction(name);
    deps.actions.associate(action, async (event) => {
      try {
        await deps.showPane();
        deps.showForm(name);
      } finally {
        event.completed();
      }
    });
    names.push(action);
  }
  deps.actions.associate(SETUP_ACTION, async (event) => {
    try {
      await deps.showPane().catch(() => undefined);
      const r = await deps.setUp();
      deps.notify(r.message, 'ok');
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      deps.notify({ en: SETUP_FAILED.en.replace('{reason}', reason), zh: SETUP_FAILED.zh.replace('{reason}', reason), zhHant: SETUP_FAILED.zhHant!.replace('{reason}', reason) }, 'error');
    } finally {
      event.completed();
    }
  });
  names.push(SETUP_ACTION);
  return names;
}
