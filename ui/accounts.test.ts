// @vitest-environment jsdom
/** The live parts of the issue-13 forms through a fake host running core's views and commands over an in-memory workbook. */
import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook, type Records } from '../core/commands/fixtures';
import { formData } from '../core/commands/form-data';
import { runCommand } from '../core/commands/index';
import type { CommandName, CommandResult, ViewName } from '../core/commands/types';
import { runView } from '../core/commands/views';
import { record } from '../core/schema/read';
import type { Workbook } from '../core/schema/types';
import type { FormHost } from './host';
import { mountForms } from './index';

class Host implements FormHost {
  wb: Workbook;
  results: CommandResult[] = [];
  constructor(public actor: string, records: Records) {
    this.wb = testWorkbook(records);
  }
  async load() {
    return formData(this.wb, this.actor, 'en');
  }
  async view(name: ViewName, input: Record<string, unknown>) {
    return JSON.parse(JSON.stringify(runView(name, this.wb, this.actor, 'en', input)));
  }
  async submit(command: Parameters<FormHost['submit']>[0], input: Record<string, unknown>) {
    const r = runCommand(command, this.wb, JSON.parse(JSON.stringify(input)), ctxOf(this.actor));
    if (r.ok) this.wb = applyWrites(this.wb, r.writes);
    this.results.push(r);
    return r;
  }
}

const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const settle = async (ms = 0) => {
  await wait(ms);
  for (let i = 0; i < 8; i++) await wait(0);
};
async function mount(host: FormHost, form: CommandName) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.appendChild(root);
  const m = mountForms(root, host, { form });
  await m.ready;
  await settle();
  return root;
}
const row = (root: ParentNode, key: string) => root.querySelector<HTMLElement>(`form [data-field="${key}"]`)!;
const control = (root: ParentNode, key: string) => row(root, key).querySelector<HTMLInputElement & HTMLSelectElement>('input:not(.ka-filter),select,textarea')!;
function set(c: HTMLInputElement | HTMLSelectElement, v: string, ev = 'input') {
  c.value = v;
  c.dispatchEvent(new Event(ev, { bubbles: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the issue-13 forms', () => {
  it('Add or update contact: an ID preloads the contact', async () => {
    const recs = { ...demoRecords(), contacts: [{ id: 'CT00001', customer_id: 'C00001', opportunity: 'O00001', name: 'Zhou <b>Jie</b>', role: '决策者', attitude: 'Neutral', title: 'CTO' }] };
    const host = new Host('Chen', recs);
    const root = await mount(host, 'saveContact');
    set(control(root, 'id'), 'CT00001');
    await settle(350);
    expect(control(root, 'name').value).toBe('Zhou <b>Jie</b>');
    expect(control(root, 'title').value).toBe('CTO');
    expect(control(root, 'role').value).toBe('decision_maker');
    expect(root.querySelector('.ka-preload')!.textContent).toMatch(/Contact CT00001 loaded/);
    expect(root.querySelector('b')).toBeNull();
  });

  it('Advance prospect: only the chosen prospect\u2019s stage criteria are shown', async () => {
    const recs = demoRecords();
    recs.customers = [{ ...recs.customers![0], dev_stage: '2 Samples and information' }, recs.customers![1]];
    const host = new Host('Chen', recs);
    const root = await mount(host, 'advanceProspect');
    expect(row(root, 'check_insider_found').hidden).toBe(true);
    set(control(root, 'customer_id'), 'C00001');
    await settle();
    expect(row(root, 'check_insider_found').hidden).toBe(false);
    expect(row(root, 'check_business_known').hidden).toBe(true);
    expect(root.querySelector('.ka-prospect')!.textContent).toMatch(/Development stage now: 2 Samples and information/);
  });

  it('Log activity: the customer\u2019s open follow-ups and the objection playbook', async () => {
    const recs = { ...demoRecords(), activities: [{ date: '2026-05-01', person: 'Chen', type: 'Visit', customer_id: 'C00001', follow_up: '2026-05-10', notes: 'bring <script>' }], objections: [{ objection: "I don't have time", answer: 'Everyone is busy…' }, { objection: 'Too expensive', answer: 'Talk value' }] };
    const host = new Host('Chen', recs);
    const root = await mount(host, 'logActivity');
    set(control(root, 'customer_id'), 'C00001');
    await settle();
    expect(root.querySelector('.ka-follow-ups')!.textContent).toMatch(/2026-05-10: Visit by Chen on 2026-05-01 — bring <script>/);
    const search = root.querySelector<HTMLInputElement>('.ka-objection-search input')!;
    set(search, 'time');
    await settle(300);
    expect([...root.querySelectorAll('.ka-playbook dt')].map((x) => x.textContent)).toEqual(["I don't have time"]);
  });
});
