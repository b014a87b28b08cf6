// @vitest-environment jsdom
/** Update opportunity's form: picking the opportunity fills in its values; a save moves it. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from '../core/commands/fixtures';
import { formData } from '../core/commands/form-data';
import { runCommand } from '../core/commands/index';
import type { CommandResult } from '../core/commands/types';
import { runView } from '../core/commands/views';
import { record } from '../core/schema/read';
import type { FormHost } from './host';
import { mountForms } from './index';

class Host implements FormHost {
  wb = testWorkbook(demoRecords());
  results: CommandResult[] = [];
  constructor(private actor: string) {}
  async load() {
    return formData(this.wb, this.actor, 'en');
  }
  async view(name: 'forecast', input: Record<string, unknown>) {
    return runView(name, this.wb, this.actor, 'en', input);
  }
  async submit(command: Parameters<FormHost['submit']>[0], input: Record<string, unknown>) {
    const r = runCommand(command, this.wb, JSON.parse(JSON.stringify(input)), ctxOf(this.actor));
    if (r.ok) this.wb = applyWrites(this.wb, r.writes);
    this.results.push(r);
    return r;
  }
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const field = (root: ParentNode, key: string) => root.querySelector<HTMLElement>(`form [data-field="${key}"]`)!;
const select = (root: ParentNode, key: string) => field(root, key).querySelector('select')!;
function choose(sel: HTMLSelectElement, value: string) {
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => document.body.replaceChildren());

describe('Update opportunity', () => {
  it('a picked opportunity shows its current values; the save writes the new stage', async () => {
    const host = new Host('Chen');
    const root = document.createElement('div');
    document.body.appendChild(root);
    const m = mountForms(root, host, { form: 'updateOpportunity' });
    await m.ready;
    await settle();
    const filter = field(root, 'opportunity').querySelector<HTMLInputElement>('.ka-filter')!;
    filter.value = 'Acme'; // the customer's name finds its opportunity
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(select(root, 'opportunity').value).toBe('O00003');
    expect(select(root, 'stage').value).toBe('7');
    expect(field(root, 'amount').querySelector('input')!.value).toBe('50000');
    expect(field(root, 'close').querySelector('input')!.value).toBe('2026-05-31');
    expect(field(root, 'confirmed').querySelector<HTMLInputElement>('input')!.checked).toBe(true);
    choose(select(root, 'opportunity'), 'O00001');
    await settle();
    expect(select(root, 'stage').value).toBe('5');
    choose(select(root, 'stage'), '6');
    root.querySelector('form')!.requestSubmit();
    await settle();
    expect(host.results.at(-1)?.ok).toBe(true);
    expect(record(host.wb.opportunities!, 0).stage).toBe('06 Sole choice or bid won');
  });
});
