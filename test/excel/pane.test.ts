// @vitest-environment jsdom
/** The ribbon handlers (ExecuteFunction on the shared runtime) and the "I am" picker of the task pane. */
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../core/commands/index';
import type { CommandName } from '../../core/commands/types';
import type { L10n } from '../../core/i18n';
import { mountActorPicker } from '../../excel-addin/actor-picker';
import { ACTOR_SETTING } from '../../excel-addin/actor';
import { registerRibbon } from '../../excel-addin/commands';
import { setUpWorkbook } from '../../excel-addin/setup';
import { FakeSettings } from './fake/excel';
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

  it('lists Team people as text, remembers the choice in the document settings', async () => {
    const settings = new FakeSettings();
    const root = document.createElement('div');
    const changed: string[] = [];
    const picker = mountActorPicker(root, settings, (p) => changed.push(p));
    picker.render({ people }, 'zh');
    expect(root.querySelector('label')!.textContent).toBe('我是');
    const select = root.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['— 请选择您的姓名 —', 'Wang', '<img src=x onerror=alert(1)>', 'Chen']);
    expect(root.querySelector('img')).toBeNull();
    select.value = 'Chen';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(changed).toEqual(['Chen']));
    expect(settings.saved.get(ACTOR_SETTING)).toBe('Chen');
    picker.render({ people }, 'en');
    expect(root.querySelector('select')!.value).toBe('Chen');
  });

  it('says when the remembered person left the Team, and when the Team is empty', () => {
    const settings = new FakeSettings();
    settings.set(ACTOR_SETTING, 'Zhou');
    const root = document.createElement('div');
    const picker = mountActorPicker(root, settings, () => {});
    picker.render({ people }, 'en');
    expect(root.querySelector('[role=alert]')!.textContent).toContain('"Zhou" is not in the Team sheet');
    expect(root.querySelector('select')!.value).toBe('');
    picker.render({ people: [] }, 'zh');
    expect(root.textContent).toContain('销售团队表中还没有人员');
  });
});
