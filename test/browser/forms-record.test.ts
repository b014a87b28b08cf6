/**
 * Forms that know the record (issue 12, item 3) in the preview, in Chromium: Update customer fills every
 * field from the register once the customer is chosen (and what the user typed meanwhile stays); a
 * revision offers only the acting person's reports, each with their submitted forecast.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, field, openForm, openPreview, pick, records, save, shot, startPreview, type Preview, type Watched } from './harness';

let preview: Preview;
let w: Watched;
let actor = '';
let team: Record<string, unknown>[] = [];

beforeAll(async () => {
  preview = await startPreview();
  w = await openPreview(preview, '?lang=en');
  actor = await w.page.locator('#actor').inputValue();
  team = await records(w.page, 'team');
});

afterAll(async () => {
  await preview?.close();
});

const managerOf = (person: string) => String(team.find((p) => p.person === person)?.manager ?? '');
/** Everyone below `boss` in the Team sheet, in Team order. */
const below = (boss: string) =>
  team
    .map((p) => String(p.person))
    .filter((p) => {
      const seen = new Set<string>();
      for (let m = managerOf(p); m && !seen.has(m); m = managerOf(m)) {
        if (m === boss) return true;
        seen.add(m);
      }
      return false;
    });

describe('Update customer', () => {
  it('starts from the register once the customer is chosen; saving one change writes only it', async () => {
    const { page } = w;
    const customer = (await records(page, 'customers')).find((c) => c.id === 'C00012')!;
    const form = await openForm(page, 'updateCustomer');
    await pick(form, 'id', 'C00012', 'C00012');
    await expect.poll(() => field(form, 'name').inputValue()).toBe(String(customer.name));
    expect(await field(form, 'account_manager').inputValue()).toBe(String(customer.account_manager));
    if (typeof customer.value === 'number') expect(await field(form, 'value').inputValue()).toBe(customer.value.toLocaleString('en-US', { maximumFractionDigits: 2 }));
    expect(await form.locator('xpath=..').locator('[data-record-loaded]').textContent()).toBe('The form shows C00012 as the sheet holds it now.');
    await field(form, 'phone').fill('010-8888 0000');
    await shot(page, 'form-updateCustomer-preloaded.png');
    const r = await save(form);
    expect(r.ok).toBe(true);
    expect(r.status).toMatch(/Customer C00012 updated: Phone: .* → 010-8888 0000\./);
    const after = (await records(page, 'customers')).find((c) => c.id === 'C00012')!;
    expect(after).toEqual({ ...customer, phone: '010-8888 0000' });
    const audit = (await records(page, 'audit')).at(-1)!;
    expect(audit).toMatchObject({ command: 'Update customer', table: 'Customers', row_id: 'C00012' });
    expect(String(audit.change)).toMatch(/^Phone: .* → 010-8888 0000\.$/);
  });
});

describe('Revise a forecast', () => {
  it('offers only the acting person’s reports, each with their submitted forecast', async () => {
    const { page } = w;
    const boss = managerOf(actor);
    await actAs(page, boss);
    const form = await openForm(page, 'reviseForecast');
    const options = await field(form, 'person').locator('option').allTextContents();
    const offered = options.slice(1);
    expect(offered.map((o) => o.split(' · ')[0])).toEqual(below(boss));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThan(team.length - 1);
    for (const o of offered) expect(o).toMatch(/ · (submitted [\d,.]+|not submitted yet)/);
    expect(offered.map((o) => o.split(' · ')[0])).not.toContain(boss);
    expect(offered.map((o) => o.split(' · ')[0])).not.toContain(managerOf(boss));
    await shot(page, 'form-reviseForecast-reports.png');
    await actAs(page, actor);
    // an account manager with nobody below is told so instead of being offered everyone
    const own = await openForm(page, 'reviseForecast');
    if (below(actor).length === 0) await expect.poll(() => own.locator('[data-field="person"] [data-no-choice]').textContent()).toMatch(/nobody is below you/);
    expect(w.errors).toEqual([]);
  });
});
