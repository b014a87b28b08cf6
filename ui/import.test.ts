// @vitest-environment jsdom
/**
 * The Import form over a host that reads sheets (the Sheets sidebar's and Excel task pane's path): the
 * sheets listed, one read, its headers mapped with one drop-down per column, the duplicates listed with a
 * box to import one anyway, the import saved — and the sheet read is left as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook } from '../core/commands/fixtures';
import { formData } from '../core/commands/form-data';
import { runCommand } from '../core/commands/index';
import type { CommandName, ViewName } from '../core/commands/types';
import { runView } from '../core/commands/views';
import { records } from '../core/schema/read';
import type { Workbook } from '../core/schema/types';
import type { FormHost, SourceValues } from './host';
import { mountForms } from './index';

const SHEET = [
  ['Firm', 'Region', 'Contact person'],
  ['中国电信股份有限公司', 'North', 'Ann'],
  ['Brightwater Logistics Ltd', 'North', 'Bo'],
  ['Omega Tools GmbH', 'South', ''],
];

class SheetsLikeHost implements FormHost {
  wb: Workbook = testWorkbook(demoRecords());
  sheet = SHEET.map((r) => [...r]);
  reads: string[] = [];
  async load() {
    return formData(this.wb, 'Li', 'en');
  }
  async view(name: ViewName, input: Record<string, unknown>) {
    return JSON.parse(JSON.stringify(runView(name, this.wb, 'Li', 'en', JSON.parse(JSON.stringify(input)))));
  }
  async submit(command: CommandName, input: Record<string, unknown>) {
    const r = runCommand(command, this.wb, JSON.parse(JSON.stringify(input)), ctxOf('Li'));
    if (r.ok) this.wb = applyWrites(this.wb, r.writes);
    return r;
  }
  async importSources() {
    return [{ name: 'My list', rows: this.sheet.length, columns: 3 }];
  }
  async readSource(sheet: string, range?: string): Promise<SourceValues> {
    this.reads.push(`${sheet}${range ? '!' + range : ''}`);
    return { name: sheet, values: JSON.parse(JSON.stringify(this.sheet)), firstRow: 1 };
  }
}

const settle = async () => {
  for (let i = 0; i < 8; i++) await new Promise((r) => setTimeout(r, 0));
};
const q = <T extends Element = HTMLElement>(root: ParentNode, s: string) => {
  const e = root.querySelector<T>(s);
  if (!e) throw new Error(`no ${s}`);
  return e;
};
function choose(sel: HTMLSelectElement, value: string) {
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => document.body.replaceChildren());

describe('the Import form over a host that reads sheets', () => {
  it('reads the chosen sheet once, maps its columns (one the user maps), and imports the new rows and the one confirmed', async () => {
    const host = new SheetsLikeHost();
    const root = document.body.appendChild(document.createElement('div'));
    const m = mountForms(root, host, { form: 'importCustomers', lang: 'en' });
    await m.ready;
    await settle();
    expect(root.querySelector('[data-field="mapping"]')?.textContent).toContain('Read a list first.');
    const sheet = q<HTMLSelectElement>(root, 'select[data-import="sheet"]');
    expect([...sheet.options].map((o) => o.value)).toEqual(['My list']);
    q<HTMLButtonElement>(root, 'button[data-import="read"]').click();
    await settle();
    expect(host.reads).toEqual(['My list']);
    const cols = () => [...root.querySelectorAll<HTMLSelectElement>('select[data-import-col]')];
    expect(cols().map((s) => s.value)).toEqual(['', 'region', 'contact']);
    // No column gives the name yet: the plan says so.
    expect(q(root, '[data-field="mapping"]').textContent).toContain('No column of the list is mapped to Customer name');
    choose(cols()[0], 'name');
    await settle();
    expect(q(root, '[data-import="summary"]').textContent).toBe('Rows: 3. To add: 2; duplicates left out: 1; rows with errors: 0.');
    const dup = q(root, 'li[data-import-dup="2"]');
    expect(dup.textContent).toContain('C00001 中国电信股份有限公司 (Chen)');
    const box = q<HTMLInputElement>(dup, 'input[type="checkbox"]');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(q(root, '[data-import="summary"]').textContent).toBe('Rows: 3. To add: 3; duplicates left out: 0; rows with errors: 0.');
    q<HTMLFormElement>(root, 'form').requestSubmit();
    await settle();
    expect(q(root, '.ka-status').textContent).toContain('Imported 3 customers (C00003–C00005) from My list.');
    expect(records(host.wb.customers!).slice(2).map((c) => [c.id, c.name, c.region, c.contact])).toEqual([
      ['C00003', '中国电信股份有限公司', 'North', 'Ann'],
      ['C00004', 'Brightwater Logistics Ltd', 'North', 'Bo'],
      ['C00005', 'Omega Tools GmbH', 'South', ''],
    ]);
    expect(host.sheet).toEqual(SHEET);
    // The form starts over.
    expect(root.querySelector('select[data-import-col]')).toBeNull();
  });
});
