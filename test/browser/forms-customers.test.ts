/**
 * The customer forms in the preview's sidebar, in Chromium: New customer (errors, likely duplicates
 * warned about and confirmed, formula-looking and markup names stored and shown as text) and
 * Update customer (errors, happy path).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnIndex, engineCell, field, gridText, openForm, openPreview, pick, records, save, shot, showSheet, startPreview, tableRows, type Preview, type Watched } from './harness';

let preview: Preview;
let w: Watched;

beforeAll(async () => {
  preview = await startPreview();
  w = await openPreview(preview, '?lang=en');
});

afterAll(async () => {
  await preview?.close();
});

describe('New customer', () => {
  it('refuses a blank name, says so beside the field, and writes nothing', async () => {
    const { page } = w;
    const before = await tableRows(page, 'customers');
    const form = await openForm(page, 'newCustomer');
    const r = await save(form);
    expect(r.ok).toBe(false);
    expect(r.fieldErrors.name).toBeTruthy();
    expect(await tableRows(page, 'customers')).toBe(before);
    expect(await tableRows(page, 'audit')).toBe(0);
  });

  it('lists likely duplicates as the name is typed, refuses to save one until confirmed as a different company', async () => {
    const { page } = w;
    const before = await tableRows(page, 'customers');
    const form = await openForm(page, 'newCustomer');
    await field(form, 'name').fill('中国电信');
    const dups = form.locator('.ka-dups table');
    await dups.waitFor({ timeout: 10000 });
    const listed = (await dups.textContent()) ?? '';
    expect(listed).toMatch(/中國電信|中国电信股份有限公司/);
    await shot(page, 'form-newCustomer.png');
    const refused = await save(form);
    expect(refused.ok).toBe(false);
    expect(await tableRows(page, 'customers')).toBe(before);
    const confirm = form.locator('[data-field="confirmDifferent"] input[type="checkbox"]');
    await confirm.waitFor({ state: 'visible' });
    await confirm.check();
    const saved = await save(form);
    expect(saved.ok).toBe(true);
    expect(await tableRows(page, 'customers')).toBe(before + 1);
    const last = (await records(page, 'customers')).at(-1)!;
    expect(last.name).toBe('中国电信');
    expect(String(last.id)).toMatch(/^C\d+/);
    expect(last.account_manager).toBeTruthy();
  });

  it('stores a name that looks like a formula as text, never as a formula', async () => {
    const { page } = w;
    const name = '=HYPERLINK("http://example.invalid","x")';
    const form = await openForm(page, 'newCustomer');
    await field(form, 'name').fill(name);
    const r = await save(form);
    expect(r.ok).toBe(true);
    const rows = await tableRows(page, 'customers');
    const col = await columnIndex(page, 'customers', 'name');
    const cell = await engineCell(page, 'Customers', rows, col);
    expect(cell.formula).toBe(false);
    expect(cell.value).toBe(name);
    await showSheet(page, 'customers');
    await page.locator('#grid .grid-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await gridText(page, rows, col)).toBe(name);
    expect(await page.locator('#grid a').count()).toBe(0);
  });

  it('shows a name containing markup as text, in the grid and in the duplicate list, and runs no script', async () => {
    const { page } = w;
    const name = 'Acme <img src=x onerror=alert(1)> Trading';
    let form = await openForm(page, 'newCustomer');
    await field(form, 'name').fill(name);
    const r = await save(form);
    expect(r.ok).toBe(true);
    const rows = await tableRows(page, 'customers');
    const col = await columnIndex(page, 'customers', 'name');
    expect((await engineCell(page, 'Customers', rows, col)).value).toBe(name);
    await showSheet(page, 'customers');
    await page.locator('#grid .grid-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await gridText(page, rows, col)).toBe(name);
    // typing the same name again lists the stored one as a likely duplicate: as text
    form = await openForm(page, 'newCustomer');
    await field(form, 'name').fill('Acme <img src=x onerror=alert(1)> Trading Co');
    const dups = form.locator('.ka-dups table');
    await dups.waitFor({ timeout: 10000 });
    expect(await dups.textContent()).toContain(name);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});

describe('Update customer', () => {
  it('refuses a bad e-mail address beside the field and writes nothing', async () => {
    const { page } = w;
    const auditBefore = await tableRows(page, 'audit');
    const form = await openForm(page, 'updateCustomer');
    await pick(form, 'id', 'C00010', 'C00010');
    await field(form, 'email').fill('not an e-mail');
    const r = await save(form);
    expect(r.ok).toBe(false);
    expect(r.fieldErrors.email).toBeTruthy();
    expect(await tableRows(page, 'audit')).toBe(auditBefore);
  });

  it('supplements the record and keeps the previous values in the audit log', async () => {
    const { page } = w;
    const before = (await records(page, 'customers')).find((c) => c.id === 'C00010')!;
    const form = await openForm(page, 'updateCustomer');
    await pick(form, 'id', 'C00010', 'C00010');
    await field(form, 'email').fill('');
    await field(form, 'phone').fill('021-5555 0100');
    await shot(page, 'form-updateCustomer.png');
    const r = await save(form);
    expect(r.ok).toBe(true);
    const after = (await records(page, 'customers')).find((c) => c.id === 'C00010')!;
    expect(after.phone).toBe('021-5555 0100');
    expect(after.name).toBe(before.name);
    const audit = (await records(page, 'audit')).at(-1)!;
    expect(String(audit.before)).toContain(String(before.phone));
    expect(String(audit.after)).toContain('021-5555 0100');
  });
});
