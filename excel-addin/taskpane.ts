/**
 * The shared runtime's page script (taskpane.html loads office.js, then functions.js, then this).
 *
 * The ribbon's handlers are associated first, at the top level of the script (as Microsoft's samples
 * do: https://learn.microsoft.com/en-us/office/dev/add-ins/develop/create-addin-commands), so that a
 * press arriving before the pane is ready — or after mounting the forms failed — still runs: each
 * handler waits for the pane. After set-up the add-in asks to load with the document
 * (`Office.addin.setStartupBehavior(load)`,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/run-code-on-document-open), so the runtime
 * is there before the first ribbon click (a cold runtime drops it: office-js #5176, #3378). Then, on
 * Office.onReady: the shared forms on the Excel adapter, the "I am" picker, and a Set-up button in the
 * pane. Core is handed the user's local time with its offset.
 */
import { COMMANDS } from '../core/commands/index';
import type { CommandName } from '../core/commands/types';
import { langFromLocale, t, type L10n, type Lang } from '../core/i18n';
import { el, replace } from '../ui/dom';
import { mountForms, type Mounted } from '../ui/index';
import { localDate, localIso } from '../ui/local-time';
import { forgetDocumentActor, userActorStore } from './actor';
import { mountActorPicker, type ActorPicker } from './actor-picker';
import { registerRibbon, runSetUp, SETUP_LABEL, type RibbonDeps } from './commands';
import { CORE_FORMS } from './core-forms';
import { ExcelFormHost } from './excel-adapter';
import type { ExcelRun } from './excel-run';
import { setUpWorkbook } from './setup';
import { autoSnapshot, watchOpportunities } from './history';

const FORMS_FAILED: L10n = {
  en: 'The forms could not start ({reason}); set-up and the ribbon still work. Reload the add-in to try again.',
  zh: '表单无法启动({reason});设置和功能区命令仍可使用。请重新加载加载项后重试。',
  zhHant: '表單無法啟動({reason});設定和功能區命令仍可使用。請重新載入增益集後重試。',
};

/** Excel's editing (content) language, else its UI language (the workbook's until its Settings say otherwise). */
function excelLang(): Lang {
  return langFromLocale(Office.context.contentLanguage || Office.context.displayLanguage);
}

interface Pane {
  host: ExcelFormHost;
  forms: Mounted | null;
  lang: Lang;
  notify(message: L10n, kind: 'ok' | 'error'): void;
  refresh(): Promise<void>;
  setUp(): Promise<{ message: L10n }>;
}

function startPane(): Pane {
  const run = Excel.run as unknown as ExcelRun;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  const actor = userActorStore(storage, Office.context.partitionKey, Office.context.document?.url ?? '');
  forgetDocumentActor(Office.context.document?.settings);
  const host = new ExcelFormHost({ run, actor, core: CORE_FORMS, lang: excelLang, now: () => localIso(new Date()) });
  // Direct edits of the Opportunities table are kept in its history (issue 9), once the table exists.
  let watching = false;
  const watch = () => {
    if (watching) return;
    watching = true; // one handler only: two would record each change twice
    void watchOpportunities({ run, lang: excelLang, now: () => localIso(new Date()) })
      .then((ok) => (watching = ok))
      .catch(() => (watching = false));
  };
  watch();
  // The funnel snapshot when one is due (the add-in loads with the workbook once set up).
  void autoSnapshot({ run, lang: excelLang, now: () => localIso(new Date()) })
    .then((m) => m && pane.notify(m, 'ok'))
    .catch(() => undefined);
  const status = document.getElementById('status');
  const pane: Pane = {
    host,
    forms: null,
    lang: excelLang(),
    notify(message, kind) {
      if (!status) return;
      status.textContent = t(message, pane.lang);
      status.className = 'ka-pane-status ka-pane-status-' + kind;
    },
    async refresh() {
      await pane.forms?.reload();
      try {
        const data = await host.load();
        pane.lang = data.lang;
        picker?.render(data, pane.lang);
      } catch {
        picker?.render({ people: [] }, pane.lang);
      }
      renderToolbar();
    },
    async setUp() {
      pane.lang = await host.workbookLang();
      const report = await setUpWorkbook(run, pane.lang, localDate(new Date()));
      watch();
      // From now on the runtime loads with the document: the ribbon works on the first click.
      await Promise.resolve(Office.addin.setStartupBehavior(Office.StartupBehavior.load)).catch(() => undefined);
      await pane.refresh();
      return report;
    },
  };
  const toolbar = document.getElementById('toolbar');
  const renderToolbar = () => {
    if (!toolbar) return;
    const button = el('button', { type: 'button', id: 'ka-setup', class: 'ka-pane-setup' }, t(SETUP_LABEL, pane.lang));
    button.addEventListener('click', () => {
      button.disabled = true;
      void runSetUp(pane).finally(() => (button.disabled = false));
    });
    replace(toolbar, button);
  };
  renderToolbar();
  let picker: ActorPicker | null = null;
  try {
    // The forms start in FormData's language (the workbook's) and have their own language switch.
    pane.forms = mountForms(document.getElementById('app')!, host);
    picker = mountActorPicker(document.getElementById('actor')!, actor, () => void pane.refresh());
    void pane.forms.ready.then(() => pane.refresh());
  } catch (e) {
    pane.forms = null;
    const reason = e instanceof Error ? e.message : String(e);
    pane.notify({ en: FORMS_FAILED.en.replace('{reason}', reason), zh: FORMS_FAILED.zh.replace('{reason}', reason), zhHant: FORMS_FAILED.zhHant!.replace('{reason}', reason) }, 'error');
  }
  return pane;
}

const ready: Promise<Pane> = new Promise((resolve) => {
  void Office.onReady(() => resolve(startPane()));
});

const deps: RibbonDeps = {
  actions: Office.actions,
  showPane: () => Office.addin.showAsTaskpane(),
  showForm: async (name: CommandName) => {
    const pane = await ready;
    if (pane.forms) pane.forms.show(name);
    else pane.notify({ en: 'The forms are not available; reload the add-in.', zh: '表单不可用,请重新加载加载项。', zhHant: '表單不可用,請重新載入增益集。' }, 'error');
  },
  run: async (name) => {
    const pane = await ready;
    const r = await pane.host.submit(name, {});
    await pane.refresh();
    return r.ok ? { ok: true, message: r.message } : { ok: false, message: r.errors[0]?.message ?? { en: '', zh: '' } };
  },
  setUp: async () => (await ready).setUp(),
  notify: (message, kind) => void ready.then((pane) => pane.notify(message, kind)),
};

// At the top level, before anything that could fail: every ribbon button has its handler at once.
registerRibbon(Object.values(COMMANDS), deps);
