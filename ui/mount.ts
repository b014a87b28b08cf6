/**
 * The forms panel: a header with the language switch (简 / 繁 / EN), then either the form picker or
 * one form. Works with any list of CommandSpecs (index.ts passes core's COMMANDS).
 */
import { commandsByGroup } from '../core/commands/groups';
import type { CommandName, CommandSpec, FormData } from '../core/commands/types';
import { fill, langFromLocale, t, type L10n, type Lang } from '../core/i18n';
import { clipped, CLIP_BANNER, el, replace } from './dom';
import { newFormState, renderForm, type FormEnv, type FormState } from './form';
import './widgets/index';
import type { FormHost } from './host';
import { S } from './strings';

export interface MountOptions {
  /** Show only this form (no picker). */
  form?: CommandName;
  /** The language to start in (default: the workbook's, FormData.lang). */
  lang?: Lang;
  /** Show the 简 / 繁 / EN switch (default true); a page with its own language control turns it off. */
  languageSwitch?: boolean;
}

export interface Mounted {
  /** Switches the language (as the 简 / 繁 / EN buttons do). */
  setLang(lang: Lang): void;
  /** Opens a form, or the picker with null (ignored when mounted with a single `form`). */
  show(form: CommandName | null): void;
  /** Re-reads FormData from the host and renders again. */
  reload(): Promise<unknown>;
  /** Resolves once the first load has finished (rendered or failed). */
  ready: Promise<void>;
  destroy(): void;
}

const SWITCH: { lang: Lang; text: string; name: L10n }[] = [
  { lang: 'zh', text: '简', name: { en: 'Simplified Chinese', zh: '简体中文', zhHant: '簡體中文' } },
  { lang: 'zh-Hant', text: '繁', name: { en: 'Traditional Chinese', zh: '繁体中文', zhHant: '繁體中文' } },
  { lang: 'en', text: 'EN', name: { en: 'English', zh: '英文', zhHant: '英文' } },
];

export function mountWith(root: HTMLElement, host: FormHost, commands: readonly CommandSpec[], options: MountOptions = {}): Mounted {
  const byName = new Map<string, CommandSpec>(commands.map((c) => [c.name, c]));
  if (options.form && !byName.has(options.form)) throw new Error(`unknown form ${options.form}`);
  let data: FormData | null = null;
  let lang: Lang | null = options.lang ?? null;
  let current: CommandName | null = options.form ?? null;
  let loadError: string | null = null;
  const states = new Map<string, FormState>();
  const stateOf = (name: string) => {
    let s = states.get(name);
    if (!s) states.set(name, (s = newFormState()));
    return s;
  };

  root.classList.add('ka-forms');
  // Before the workbook's language is known (loading, or failed): the page's or the browser's.
  const doc = root.ownerDocument;
  const langNow = (): Lang => lang ?? data?.lang ?? langFromLocale(doc.documentElement.lang || doc.defaultView?.navigator.language);

  // The message of a command run straight from the picker (one without a form).
  const pickerStatus = el('div', { class: 'ka-status', role: 'status', 'aria-live': 'polite' });
  const runNow = async (c: CommandSpec) => {
    const L = langNow();
    pickerStatus.className = 'ka-status';
    replace(pickerStatus, el('p', {}, t(S.saving, L)));
    try {
      const r = await host.submit(c.name, {});
      pickerStatus.className = 'ka-status ' + (r.ok ? 'ka-status-ok' : 'ka-status-error');
      replace(pickerStatus, ...(r.ok ? [clipped('p', {}, t(r.message, L), CLIP_BANNER)] : r.errors.map((e) => clipped('p', {}, t(e.message, L), CLIP_BANNER))));
      if (r.ok) await reload();
    } catch (e) {
      pickerStatus.className = 'ka-status ka-status-error';
      replace(pickerStatus, el('p', {}, t(fill(S.submitFailed, { reason: e instanceof Error ? e.message : String(e) }), L)));
    }
  };

  const render = (focus: 'form' | 'picker' | 'keep' = 'keep'): ReturnType<typeof renderForm> | null => {
    const L = langNow();
    root.setAttribute('lang', L === 'en' ? 'en' : L === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans');
    const header = el(
      'header',
      { class: 'ka-head' },
      current && !options.form
        ? el('button', { type: 'button', class: 'ka-link ka-back', onclick: () => show(null) }, t(S.back, L))
        : options.form
          ? null
          : el('h1', { class: 'ka-title' }, t(S.appTitle, L)),
      options.languageSwitch === false
        ? null
        : el(
        'div',
        { class: 'ka-lang', role: 'group', 'aria-label': t(S.language, L) },
        ...SWITCH.map((s) =>
          el('button', { type: 'button', 'aria-pressed': String(s.lang === L), title: t(s.name, L), 'aria-label': t(s.name, L), 'data-lang': s.lang, onclick: () => setLang(s.lang) }, s.text),
        ),
      ),
      host.close ? el('button', { type: 'button', class: 'ka-link ka-close', 'aria-label': t(S.close, L), onclick: () => host.close?.() }, '×') : null,
    );
    let body: HTMLElement;
    let view: ReturnType<typeof renderForm> | null = null;
    if (loadError !== null) body = el('p', { class: 'ka-status ka-status-error', role: 'alert' }, t(fill(S.loadFailed, { reason: loadError }), L));
    else if (!data) body = el('p', { class: 'ka-note', role: 'status' }, t(S.loading, L));
    else if (current) {
      const spec = byName.get(current) as CommandSpec;
      const env: FormEnv = {
        host,
        data,
        lang: L,
        state: stateOf(current),
        commands: byName,
        renderForm,
        reload: async () => {
          (await reload())?.focusFirst();
        },
        rerender: () => {
          render()?.focusFirst();
        },
        // Opening a record (e.g. the uniqueness warning's link) switches forms even where the panel
        // was opened on one form only (the Sheets menu): the menu opens the first form again.
        open: (form, values) => {
          if (!byName.has(form)) return;
          const s = stateOf(form);
          s.values = { ...values };
          s.errors = [];
          s.success = null;
          s.warnings = undefined;
          current = form;
          render('form');
        },
      };
      view = renderForm(spec, env);
      body = view.node;
    } else {
      const groups = commandsByGroup(commands);
      body = el(
        'nav',
        { class: 'ka-picker-nav', 'aria-label': t(S.chooseForm, L) },
        el('h2', { class: 'ka-form-title' }, t(S.chooseForm, L)),
        pickerStatus,
        ...groups.map((g) =>
          el(
            'section',
            { class: 'ka-menu-group', 'aria-label': t(g.title, L) },
            el('h3', { class: 'ka-menu-title' }, t(g.title, L)),
            el(
              'ul',
              { class: 'ka-menu' },
              ...g.commands.map((c) =>
                el('li', {}, el('button', { type: 'button', 'data-form': c.name, title: t(c.tip, L), onclick: () => (c.immediate ? void runNow(c) : show(c.name)) }, t(c.title, L))),
              ),
            ),
          ),
        ),
      );
    }
    replace(root, header, el('main', { class: 'ka-body' }, body));
    if (focus === 'form' && view) (view.form.querySelector('input,select,textarea') as HTMLElement | null)?.focus();
    if (focus === 'picker') (root.querySelector(current ? '.ka-back' : '.ka-menu button') as HTMLElement | null)?.focus();
    return view;
  };

  const reload = async () => {
    try {
      data = await host.load();
      loadError = null;
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
    }
    return render();
  };

  const show = (form: CommandName | null) => {
    if (options.form) return;
    if (form !== null && !byName.has(form)) throw new Error(`unknown form ${form}`);
    const from = current;
    current = form;
    render(form ? 'form' : 'picker');
    if (!form && from) (root.querySelector(`[data-form="${from}"]`) as HTMLElement | null)?.focus();
  };

  const setLang = (l: Lang) => {
    lang = l;
    const active = root.ownerDocument.activeElement;
    const wasSwitch = active instanceof HTMLElement && active.dataset.lang !== undefined;
    render();
    if (wasSwitch) (root.querySelector(`[data-lang="${l}"]`) as HTMLElement | null)?.focus();
  };

  render();
  const ready = reload().then(() => undefined);
  return {
    setLang,
    show,
    reload,
    ready,
    destroy: () => replace(root),
  };
}
