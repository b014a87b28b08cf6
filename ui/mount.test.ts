// @vitest-environment jsdom
/**
 * The generic renderer against hand-written specs (the real commands are exercised in index.test.ts):
 * every field type gets a labelled control, values reach the host, reasons land beside their fields.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandResult, CommandSpec, FormData } from '../core/commands/types';
import type { FormHost } from './host';
import { mountWith } from './mount';


const HOSTILE = '<img src=x onerror=alert(1)>';

function data(over: Partial<FormData> = {}): FormData {
  return {
    lang: 'en',
    actor: 'Li Lei',
    people: [
      { name: 'Li Lei', email: 'li@example.com', manager: 'Wang Fang', role: 'Account manager', region: 'East' },
      { name: HOSTILE, email: 'x@example.com', manager: 'Wang Fang', role: 'Account manager', region: 'East' },
    ],
    customers: [
      { id: 'C001', name: '华为技术有限公司', manager: 'Li Lei', tier: 'VIP' },
      { id: 'C002', name: HOSTILE, manager: 'Li Lei', tier: '' },
    ],
    opportunities: [{ id: 'O001', name: 'Core network', customerId: 'C001', customer: '华为技术有限公司', owner: 'Li Lei', stage: 3, amount: 120000, close: '2026-12-01' }],
    lists: { salesMethod: [{ code: 'bid', label: 'Bid' }, { code: 'batch', label: 'Batch order' }] },
    stages: [1, 2, 3].map((s) => ({ stage: s, label: `0${s} stage`, probability: s / 10 })),
    threshold: 10,
    period: { from: '2026-10-01', to: '2026-12-31' },
    choices: {},
    ...over,
  };
}

const ALL: CommandSpec = {
  name: 'newOpportunity',
  title: { en: 'Everything', zh: '全部' },
  group: 'opportunities',
  tip: { en: 'All field types', zh: '所有字段类型' },
  reads: [],
  run: () => ({ ok: false, errors: [] }),
  fields: [
    { key: 'name', type: 'text', label: { en: 'Name', zh: '名称' }, required: true },
    { key: 'notes', type: 'longtext', label: { en: 'Notes', zh: '备注' } },
    { key: 'email', type: 'email', label: { en: 'E-mail', zh: '邮箱' } },
    { key: 'count', type: 'number', label: { en: 'Count', zh: '数量' } },
    { key: 'amount', type: 'money', label: { en: 'Amount', zh: '金额' }, help: { en: 'in CNY', zh: '人民币' } },
    { key: 'share', type: 'percent', label: { en: 'Share', zh: '份额' } },
    { key: 'close', type: 'date', label: { en: 'Close', zh: '成交日期' } },
    { key: 'split', type: 'yesno', label: { en: 'Split into lots', zh: '是否分包' } },
    { key: 'stage', type: 'stage', label: { en: 'Stage', zh: '阶段' } },
    { key: 'method', type: 'list', list: 'salesMethod', label: { en: 'Sales method', zh: '销售方式' } },
    { key: 'owner', type: 'person', label: { en: 'Owner', zh: '负责人' }, required: true },
    { key: 'customer', type: 'customer', label: { en: 'Customer', zh: '客户' } },
    { key: 'opportunity', type: 'opportunity', label: { en: 'Opportunity', zh: '商机' } },
  ],
};

function fakeHost(results: CommandResult[] = [], d = data()) {
  const calls: { command: string; input: Record<string, unknown> }[] = [];
  const host: FormHost & { calls: typeof calls } = {
    calls,
    load: vi.fn(async () => d),
    view: vi.fn(async () => ({})),
    submit: vi.fn(async (command: string, input: Record<string, unknown>): Promise<CommandResult> => {
      calls.push({ command, input });
      return results.shift() ?? { ok: true, writes: [], message: { en: 'Saved.', zh: '已保存。' } };
    }),
  };
  return host;
}

async function mount(host: FormHost, opts: Parameters<typeof mountWith>[3] = { form: 'newOpportunity' }, specs = [ALL]) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.appendChild(root);
  const m = mountWith(root, host, specs, opts);
  await m.ready;
  return { root, m };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(sel: HTMLSelectElement, value: string) {
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
}
const q = <T extends Element>(root: ParentNode, s: string) => {
  const e = root.querySelector<T>(s);
  if (!e) throw new Error(`no ${s}`);
  return e;
};

afterEach(() => document.body.replaceChildren());

describe('generic form', () => {
  it('gives every field a labelled control', async () => {
    const { root } = await mount(fakeHost());
    for (const f of ALL.fields) {
      const row = q(root, `[data-field="${f.key}"]`);
      const control = row.querySelector('input:not(.ka-filter),select,textarea') as HTMLElement;
      expect(control, f.key).toBeTruthy();
      const label = root.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent, f.key).toContain(f.label.en);
      // the error line is wired before any error exists
      expect(control.getAttribute('aria-describedby'), f.key).toMatch(/ka-err-/);
    }
    expect(q(root, '[data-field="amount"] .ka-help').textContent).toBe('in CNY');
    expect(q<HTMLInputElement>(root, '[data-field="close"] input').type).toBe('date');
    expect(q(root, '[data-field="name"] label').textContent).toContain('*');
  });

  it('sends the typed values and shows the success message', async () => {
    const host = fakeHost();
    const { root } = await mount(host);
    type(q(root, '[data-field="name"] input'), 'Edge cloud');
    type(q(root, '[data-field="amount"] input'), '1,200');
    q<HTMLInputElement>(root, '[data-field="split"] input').click();
    choose(q(root, '[data-field="stage"] select'), '2');
    choose(q(root, '[data-field="method"] select'), 'batch');
    choose(q(root, '[data-field="customer"] select'), 'C001');
    q<HTMLFormElement>(root, 'form').requestSubmit();
    await flush();
    expect(host.calls).toEqual([
      { command: 'newOpportunity', input: { name: 'Edge cloud', amount: '1,200', split: true, stage: 2, method: 'batch', customer: 'C001', owner: 'Li Lei' } },
    ]);
    expect(q(root, '.ka-status-ok').textContent).toBe('Saved.');
    // an accepted form starts empty again, and FormData was re-read
    expect(q<HTMLInputElement>(root, '[data-field="name"] input').value).toBe('');
    expect(host.load).toHaveBeenCalledTimes(2);
  });

  it('names a blank required field together with every reason of the command, all at once', async () => {
    const host = fakeHost([{ ok: false, errors: [{ field: 'name', message: { en: 'Required: please fill this in.', zh: '必填项,请填写。' } }, { field: 'amount', message: { en: 'lots is not a number.', zh: 'lots 不是数字。' } }] }]);
    const { root } = await mount(host);
    type(q<HTMLInputElement>(root, '[data-field="amount"] input'), 'lots');
    q<HTMLFormElement>(root, 'form').requestSubmit();
    await flush();
    await flush();
    expect(host.calls).toHaveLength(1);
    expect(q(root, '[data-field="amount"] .ka-error').textContent).toBe('lots is not a number.');
    const input = q<HTMLInputElement>(root, '[data-field="name"] input');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const err = q(root, `#${input.getAttribute('aria-describedby')!.split(' ').pop()}`);
    expect(err.textContent).toBe('Please fill in “Name”.');
    expect(document.activeElement).toBe(input);
    expect(q(root, '.ka-status-error').textContent).toContain('Nothing was saved');
  });

  it('shows the command’s reasons beside their fields, and form-level ones above', async () => {
    const host = fakeHost([
      {
        ok: false,
        errors: [
          { field: 'amount', message: { en: 'Amount: expected a number, got "abc"', zh: '金额:应为数字,得到 "abc"' } },
          { field: '', message: { en: 'Only the owner’s superior may do this', zh: '只有负责人的上级可以操作' } },
        ],
      },
    ]);
    const { root } = await mount(host);
    type(q(root, '[data-field="name"] input'), 'X');
    type(q(root, '[data-field="amount"] input'), 'abc');
    q<HTMLFormElement>(root, 'form').requestSubmit();
    await flush();
    const amount = q<HTMLInputElement>(root, '[data-field="amount"] input');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(q(root, '[data-field="amount"] .ka-error').textContent).toBe('Amount: expected a number, got "abc"');
    expect((q(root, '[data-field="name"] .ka-error') as HTMLElement).hidden).toBe(true);
    expect(q(root, '.ka-status-error li').textContent).toBe('Only the owner’s superior may do this');
    // what was typed is kept
    expect(amount.value).toBe('abc');
    expect(document.activeElement).toBe(amount);
  });

  it('shows every reason a field has, and counts fields not reasons', async () => {
    const host = fakeHost([
      {
        ok: false,
        errors: [
          { field: 'amount', message: { en: 'First reason.', zh: '原因一。' } },
          { field: 'amount', message: { en: 'Second reason.', zh: '原因二。' } },
        ],
      },
    ]);
    const { root } = await mount(host);
    type(q(root, '[data-field="name"] input'), 'X');
    q<HTMLFormElement>(root, 'form').requestSubmit();
    await flush();
    expect(q(root, '[data-field="amount"] .ka-error').textContent).toBe('First reason. Second reason.');
    expect(q(root, '.ka-status-error p').textContent).toBe('Nothing was saved. Please correct the marked fields (1).');
  });

  it('keeps values and errors across a language switch, and switches every text', async () => {
    const host = fakeHost([{ ok: false, errors: [{ field: 'amount', message: { en: 'Bad amount', zh: '金额有误', zhHant: '金額有誤' } }] }]);
    const { root, m } = await mount(host);
    type(q(root, '[data-field="name"] input'), 'Edge');
    q<HTMLFormElement>(root, 'form').requestSubmit();
    await flush();
    q<HTMLButtonElement>(root, '[data-lang="zh-Hant"]').click();
    expect(q(root, '[data-field="amount"] .ka-error').textContent).toBe('金額有誤');
    expect(q(root, '[data-field="amount"] label').textContent).toBe('金额'); // no zhHant given: Simplified
    expect(q<HTMLInputElement>(root, '[data-field="name"] input').value).toBe('Edge');
    expect(q(root, 'button[type=submit]').textContent).toBe('儲存');
    expect(q(root, '[data-lang="zh-Hant"]').getAttribute('aria-pressed')).toBe('true');
    expect(root.getAttribute('lang')).toBe('zh-Hant');
    m.setLang('zh');
    expect(q(root, 'button[type=submit]').textContent).toBe('保存');
    expect(q(root, '[data-field="amount"] .ka-error').textContent).toBe('金额有误');
    m.setLang('en');
    expect(q(root, 'button[type=submit]').textContent).toBe('Save');
  });

  it('starts in the workbook language', async () => {
    const { root } = await mount(fakeHost([], data({ lang: 'zh' })));
    expect(q(root, 'button[type=submit]').textContent).toBe('保存');
  });

  it('submits on Enter in a one-line field, not in a text area', async () => {
    const host = fakeHost();
    const { root } = await mount(host);
    const name = q<HTMLInputElement>(root, '[data-field="name"] input');
    type(name, 'Edge');
    const notes = q<HTMLTextAreaElement>(root, '[data-field="notes"] textarea');
    notes.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await flush();
    expect(host.calls).toHaveLength(0);
    name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await flush();
    expect(host.calls).toHaveLength(1);
  });

  it('keeps the document tab order (no positive tabindex) and submits on Enter in a select', async () => {
    const host = fakeHost();
    const { root } = await mount(host);
    for (const e of root.querySelectorAll('[tabindex]')) expect(Number(e.getAttribute('tabindex'))).toBeLessThanOrEqual(0);
    type(q(root, '[data-field="name"] input'), 'Edge');
    q(root, '[data-field="stage"] select').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await flush();
    expect(host.calls).toHaveLength(1);
  });

  it('shows a host failure as a form-level message, writing nothing', async () => {
    const host = fakeHost();
    host.submit = vi.fn(async () => {
      throw new Error('Exceeded maximum execution time');
    });
    const { root } = await mount(host);
    type(q(root, '[data-field="name"] input'), 'Edge');
    q<HTMLFormElement>(root, 'form').requestSubmit();
    await flush();
    expect(q(root, '.ka-status-error').textContent).toBe('Nothing was saved: Exceeded maximum execution time');
  });

  it('shows hostile sheet text as text', async () => {
    const alert = vi.fn();
    (window as unknown as { alert: unknown }).alert = alert;
    const { root } = await mount(fakeHost());
    expect(root.querySelector('img')).toBeNull();
    const people = [...q<HTMLSelectElement>(root, '[data-field="owner"] select').options].map((o) => o.textContent);
    expect(people).toContain(`${HOSTILE} · Account manager`);
    const customers = [...q<HTMLSelectElement>(root, '[data-field="customer"] select').options].map((o) => o.textContent);
    expect(customers).toContain(`${HOSTILE} (C002)`);
    await flush();
    expect(alert).not.toHaveBeenCalled();
  });

  it('filters a long customer list and picks the only match', async () => {
    const customers = Array.from({ length: 250 }, (_, i) => ({ id: `C${i}`, name: `Company ${i}`, manager: '', tier: '' }));
    customers.push({ id: 'C999', name: '深圳市腾讯计算机系统有限公司', manager: '', tier: '' });
    const host = fakeHost([], data({ customers }));
    const { root } = await mount(host);
    const sel = q<HTMLSelectElement>(root, '[data-field="customer"] select');
    expect(sel.options.length).toBe(101); // choose + the first 100
    expect(q(root, '[data-field="customer"] .ka-note').textContent).toBe('100 of 251 shown — type to narrow');
    type(q(root, '[data-field="customer"] .ka-filter'), '腾讯');
    expect(sel.value).toBe('C999');
    type(q(root, '[data-field="name"] input'), 'x');
    q<HTMLFormElement>(root, 'form').requestSubmit();
    await flush();
    expect(host.calls[0].input.customer).toBe('C999');
  });

  it('lists the forms and opens one, and goes back', async () => {
    const other: CommandSpec = { ...ALL, name: 'logActivity', group: 'customers', title: { en: 'Log activity', zh: '记录活动' }, fields: [ALL.fields[0]] };
    const { root, m } = await mount(fakeHost(), {}, [ALL, other]);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.ka-menu button')];
    // Grouped in the groups' order (customers before opportunities), each section titled.
    expect(buttons.map((b) => b.textContent)).toEqual(['Log activity', 'Everything']);
    expect([...root.querySelectorAll('.ka-menu-title')].map((h) => h.textContent)).toEqual(['Customers', 'Opportunities']);
    buttons[0].click();
    expect(q(root, '.ka-form-title').textContent).toBe('Log activity');
    expect(document.activeElement).toBe(q(root, '[data-field="name"] input'));
    q<HTMLButtonElement>(root, '.ka-back').click();
    expect(document.activeElement).toBe(q(root, '[data-form="logActivity"]'));
    m.show('newOpportunity');
    expect(q(root, '.ka-form-title').textContent).toBe('Everything');
  });

  it('says so when the workbook cannot be read', async () => {
    const host = fakeHost();
    host.load = vi.fn(async () => {
      throw new Error('KA_Customers not found');
    });
    const { root } = await mount(host);
    expect(q(root, '[role=alert]').textContent).toBe('Could not load the workbook data: KA_Customers not found');
  });
});
