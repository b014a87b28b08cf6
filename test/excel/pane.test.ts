// @vitest-environment jsdom
/** The ribbon handlers (ExecuteFunction on the shared runtime) and the "I am" picker of the task pane. */
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../core/commands/index';
import type { CommandName } from '../../core/commands/types';
import type { L10n } from '../../core/i18n';
import { mountActorPicker } from '../../excel-addin/actor-picker';
import { ACTOR_KEY, forgetDocumentActor, userActorStore } from '../../excel-addin/actor';
import { CORE_FORMS } from '../../excel-addin/core-forms';
import { ExcelFormHost } from '../../excel-addin/excel-adapter';
import { registerRibbon } from '../../excel-addin/commands';
import { setUpWorkbook } from '../../excel-addin/setup';
import { FakeSettings, FakeStorage } from './fake/excel';
import { installFake } from './helpers';

function ribbon(setUp: () => Promise<{ message: L10n }>, commands = Object.values(COMMANDS) as { name: CommandName; title: L10n; immediate?: boolean }[]) {
  const handlers = new Map<string, (e: { completed(): void }) => unknown>();
  const calls: string[] = [];
  const notes: [L10n, string][] = [];
  registerRibbon(commands, {
    actions: { associate: (name, fn) => void handlers.set(name, fn) },
    showPane: async () => void calls.push('pane'),
    showForm: (name) => void calls.push('form:' + name),
    run: async (name) => {
      calls.push('run:' + name);
      return name === ('refused' as CommandName) ? { ok: false, message: { en: 'no', zh: '否' } } : { ok: true, message: { en: 'done', zh: '完成' } };
    },
    setUp,
    notify: (m, kind) => void notes.push([m, kind]),
  });
  const press = async (name: string) => {
    const completed = vi.fn();
    await handlers.get(name)!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  };
  return { handlers, calls, notes, press };
}

describe('ribbon handlers', () => {
  it('open the task pane on the chosen form', async () => {
    const r = ribbon(async () => ({ message: { en: '', zh: '' } }));
    await r.press('command_assessOpportunity');
    expect(r.calls).toEqual(['pane', 'form:assessOpportunity']);
  });

  it('run a command without a form at once and report its message, or why it was refused', async () => {
    const title = { en: 'T', zh: 'T' };
    const r = ribbon(async () => ({ message: { en: '', zh: '' } }), [
      { name: 'snap' as CommandName, title, immediate: true },
      { name: 'refused' as CommandName, title, immediate: true },
    ]);
    await r.press('command_snap');
    await r.press('command_refused');
    expect(r.calls).toEqual(['pane', 'run:snap', 'pane', 'run:refused']);
    expect(r.notes).toEqual([
      [{ en: 'done', zh: '完成' }, 'ok'],
      [{ en: 'no', zh: '否' }, 'error'],
    ]);
  });

  it('run set-up on the workbook and report in the pane; a failure is reported, not thrown', async () => {
    const { xl, run } = installFake();
    const r = ribbon(() => setUpWorkbook(run, 'zh', '2026-05-17'));
    await r.press('setUpWorkbook');
    expect(xl.model.table('KA_Customers')).toBeTruthy();
    expect(r.notes[0][1]).toBe('ok');
    expect(r.notes[0][0].zh).toMatch(/设置完成/);
    const bad = ribbon(async () => {
      throw new Error('The workbook is protected');
    });
    await bad.press('setUpWorkbook');
    expect(bad.notes[0][1]).toBe('error');
    expect(bad.notes[0][0].en).toContain('The workbook is protected');
    expect(bad.notes[0][0].zh).toContain('设置中止');
  });
});

describe('actor picker', () => {
  const people = ['Wang', '<img src=x onerror=alert(1)>', 'Chen'].map((name) => ({ name, email: '', manager: '', role: '', region: '' }));

  it('lists Team people as text, remembers the choice for this user (not in the document)', async () => {
    const storage = new FakeStorage();
    const settings = new FakeSettings();
    const store = userActorStore(storage, 'p/', 'https://x.example/KA.xlsx');
    const root = document.createElement('div');
    const changed: string[] = [];
    const picker = mountActorPicker(root, store, (p) => changed.push(p));
    picker.render({ people }, 'zh');
    expect(root.querySelector('label')!.textContent).toBe('我是');
    const select = root.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['— 请选择您的姓名 —', 'Wang', '<img src=x onerror=alert(1)>', 'Chen']);
    expect(root.querySelector('img')).toBeNull();
    select.value = 'Chen';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(changed).toEqual(['Chen']));
    expect(store.get()).toBe('Chen');
    expect(storage.getItem('p/' + ACTOR_KEY + ':https://x.example/KA.xlsx')).toBe('Chen');
    expect(settings.saves).toBe(0);
    picker.render({ people, actor: 'Chen' }, 'en');
    expect(root.querySelector('select')!.value).toBe('Chen');
  });

  it('asks again when the remembered person left the Team (core finds nobody), and says when the Team is empty', () => {
    const store = userActorStore(new FakeStorage(), undefined, '');
    void store.set('Zhou');
    const root = document.createElement('div');
    const picker = mountActorPicker(root, store, () => {});
    picker.render({ people, actor: null }, 'en');
    expect(root.querySelector('[role=alert]')!.textContent).toContain('"Zhou" is not in the Team sheet');
    expect(root.querySelector('select')!.value).toBe('');
    expect(store.get()).toBe(''); // forgotten: a save now asks who is acting
    picker.render({ people: [] }, 'zh');
    expect(root.textContent).toContain('销售团队表中还没有人员');
  });
});

describe('who is acting belongs to the user, not the document (item 4)', () => {
  it('two co-authors of one workbook each act as themselves, in the audit log and in the permission checks', async () => {
    const { xl, run, settings } = installFake();
    await setUpWorkbook(run, 'en', '2026-05-17');
    // Both open the same workbook (the same document settings), each in their own browser.
    const team = xl.model.table('KA_Team')!;
    xl.model.addRows(team, [['Li', '', '', '', '', '', ''], ['Chen', 'Li', '', '', '', '', '']]);
    const doc = 'https://contoso.example/KA.xlsx';
    const li = userActorStore(new FakeStorage(), 'p/', doc);
    const chen = userActorStore(new FakeStorage(), 'p/', doc);
    const hostOf = (actor: typeof li) => new ExcelFormHost({ run, actor, core: CORE_FORMS, lang: () => 'en', now: () => '2026-05-17T09:30:00+08:00' });
    await li.set('Li');
    await chen.set('Chen');
    expect(settings.saves).toBe(0); // nothing of it in the document
    expect((await hostOf(li).load()).actor).toBe('Li');
    expect((await hostOf(chen).load()).actor).toBe('Chen');
    const r = await hostOf(li).submit('logActivity', { type: 'visit', notes: 'x' });
    expect(r.ok).toBe(true);
    const audit = xl.model.table('KA_Audit')!;
    const who = xl.model.headers(audit).indexOf('Who');
    expect(audit.sheet.cell(audit.r + audit.rows, audit.c + who)?.value).toBe('Li');
  });

  it('forgets the person an earlier version kept in the document settings', () => {
    const settings = new FakeSettings();
    settings.set(ACTOR_KEY, 'Wang');
    settings.saveAsync();
    forgetDocumentActor(settings);
    expect(settings.get(ACTOR_KEY)).toBeNull();
    expect(settings.saves).toBe(2);
    forgetDocumentActor(settings);
    expect(settings.saves).toBe(2);
  });
});
