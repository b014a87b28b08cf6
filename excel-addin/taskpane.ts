/**
 * The shared runtime's page script (taskpane.html loads office.js, then functions.js, then this):
 * mounts the shared forms on the Excel adapter, the "I am" picker, and the ribbon's handlers.
 */
import { COMMANDS } from '../core/commands/index';
import { langFromLocale, t, type L10n, type Lang } from '../core/i18n';
import { mountForms } from '../ui/index';
import { mountActorPicker } from './actor-picker';
import { registerRibbon } from './commands';
import { CORE_FORMS } from './core-forms';
import { ExcelFormHost } from './excel-adapter';
import type { ExcelRun } from './excel-run';
import { setUpWorkbook } from './setup';

/** Excel's editing (content) language, else its UI language (the workbook's until its Settings say otherwise). */
function excelLang(): Lang {
  return langFromLocale(Office.context.contentLanguage || Office.context.displayLanguage);
}

function today(): string {
  const d = new Date();
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

Office.onReady(() => {
  const run = Excel.run as unknown as ExcelRun;
  const settings = Office.context.document.settings;
  const host = new ExcelFormHost({ run, settings, core: CORE_FORMS, lang: excelLang, now: () => new Date().toISOString() });
  let lang = excelLang();
  const status = document.getElementById('status')!;
  const notify = (message: L10n, kind: 'ok' | 'error') => {
    status.textContent = t(message, lang);
    status.className = 'ka-pane-status ka-pane-status-' + kind;
  };
  // The forms start in FormData's language (the workbook's) and have their own language switch.
  const forms = mountForms(document.getElementById('app')!, host);
  const picker = mountActorPicker(document.getElementById('actor')!, settings, () => void refresh());
  async function refresh(): Promise<void> {
    await forms.reload();
    try {
      const data = await host.load();
      lang = data.lang;
      picker.render(data, lang);
    } catch {
      picker.render({ people: [] }, lang);
    }
  }
  void forms.ready.then(() => refresh());
  registerRibbon(Object.values(COMMANDS), {
    actions: Office.actions,
    showPane: () => Office.addin.showAsTaskpane(),
    showForm: (name) => forms.show(name),
    run: async (name) => {
      const r = await host.submit(name, {});
      await refresh();
      return r.ok ? { ok: true, message: r.message } : { ok: false, message: r.errors[0]?.message ?? { en: '', zh: '' } };
    },
    setUp: async () => {
      lang = await host.workbookLang();
      const report = await setUpWorkbook(run, lang, today());
      await refresh();
      return report;
    },
    notify,
  });
});
