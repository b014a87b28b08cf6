// @vitest-environment jsdom
/** Bounded text in the forms: the count near the limit, refusal past it, and long text cut in banners and lists with the full text on hover. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from '../core/commands/fixtures';
import { formData } from '../core/commands/form-data';
import { runCommand } from '../core/commands/index';
import type { CommandResult } from '../core/commands/types';
import { runView } from '../core/commands/views';
import type { Workbook } from '../core/schema/types';
import { clipText } from './dom';
import type { FormHost } from './host';
import { mountForms } from './index';

class Host implements FormHost {
  wb: Workbook = testWorkbook(demoRecords());
  submits = 0;
  async load() {
    return formData(this.wb, 'Chen', 'en');
  }
  async view(name: 'forecast', input: Record<string, unknown>) {
    return runView(name, this.wb, 'Chen', 'en', input);
  }
  async submit(command: Parameters<FormHost['submit']>[0], input: Record<string, unknown>): Promise<CommandResult> {
    this.submits++;
    const r = runCommand(command, this.wb, input, ctxOf('Chen', 'en'));
    if (r.ok) this.wb = applyWrites(this.wb, r.writes);
    return r;
  }
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
async function mount(host: FormHost, form: 'newCustomer' | 'newOpportunity' | 'logComplaint') {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const m = mountForms(root, host, { form });
  await m.ready;
  await settle();
  return root;
}
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const control = <T extends HTMLElement>(root: ParentNode, key: string, sel = 'input,textarea') => root.querySelector(`form [data-field="${key}"]`)!.querySelector(sel) as T;

afterEach(() => document.body.replaceChildren());

describe('bounded text in the forms', () => {
  it('shows the count near the limit and refuses a 5,000-character name before sending, with the limit stated', async () => {
    const host = new Host();
    const root = await mount(host, 'newCustomer');
    const name = control<HTMLInputElement>(root, 'name');
    const count = root.querySelector('[data-field="name"] .ka-count') as HTMLElement;
    type(name, 'Short name');
    expect(count.hidden).toBe(true);
    type(name, 'x'.repeat(170));
    expect(count.hidden).toBe(false);
    expect(count.textContent).toBe('170 / 200');
    type(name, '华'.repeat(5000));
    expect(count.classList.contains('ka-over')).toBe(true);
    expect(name.hasAttribute('maxlength')).toBe(false); // nothing typed or pasted is cut silently
    (root.querySelector('form') as HTMLFormElement).requestSubmit();
    await settle();
    expect(host.submits).toBe(0);
    expect(root.querySelector('[data-field="name"] .ka-error')!.textContent).toBe('Too long: 5,000 characters; this field takes at most 200.');
  });

  it('the command refuses it too when a form is bypassed', () => {
    const r = runCommand('newCustomer', testWorkbook(demoRecords()), { name: 'a'.repeat(201), account_manager: 'Liu' }, ctxOf('Chen'));
    expect(r.ok).toBe(false);
  });

  it('cuts a long name in the success banner, with the full text as its tooltip', async () => {
    const host = new Host();
    const root = await mount(host, 'newCustomer');
    const long = ('Very Long Name Industrial Holdings '.repeat(6)).slice(0, 200);
    type(control<HTMLInputElement>(root, 'name'), long);
    (control<HTMLSelectElement>(root, 'account_manager', 'select')).value = 'Liu';
    control<HTMLSelectElement>(root, 'account_manager', 'select').dispatchEvent(new Event('change', { bubbles: true }));
    (root.querySelector('form') as HTMLFormElement).requestSubmit();
    await settle();
    const p = root.querySelector('.ka-status-ok p') as HTMLElement;
    expect(p.textContent).toHaveLength(160);
    expect(p.textContent!.endsWith('…')).toBe(true);
    expect(p.getAttribute('title')).toMatch(/^Customer C\d+ Very Long Name .* saved; account manager Liu\.$/);
    const longer = 'Ж'.repeat(300);
    expect(clipText(longer, 240)).toHaveLength(240);
    expect(clipText(longer, 240).endsWith('…')).toBe(true);
  });

  it('cuts long customer names in a picker’s list, full name on hover', async () => {
    const host = new Host();
    const name = 'Extremely Long Customer Name Trading and Manufacturing Company of the Greater Bay Area Ltd';
    host.wb = applyWrites(host.wb, (runCommand('newCustomer', host.wb, { name, account_manager: 'Liu' }, ctxOf('Chen')) as unknown as { writes: never[] }).writes);
    const root = await mount(host, 'newOpportunity');
    const option = [...control<HTMLSelectElement>(root, 'customer_id', 'select').options].find((o) => o.title.startsWith(name))!;
    expect(option).toBeTruthy();
    expect(option.textContent!.length).toBeLessThanOrEqual(80);
    expect(option.textContent!.endsWith('…')).toBe(true);
    expect(option.title).toContain(name);
  });
});
