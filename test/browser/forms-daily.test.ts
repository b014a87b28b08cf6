/**
 * Daily use in the preview's forms (issue 12, items 4–6): amounts as people write them, bounded text
 * with long names cut in banners, and the uniqueness warning naming the existing record's ID and account
 * manager and opening it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnIndex, engineCell, field, openForm, openPreview, pick, records, save, shot, showSheet, startPreview, type Preview, type Watched } from './harness';

let preview: Preview;
let w: Watched;

beforeAll(async () => {
  preview = await startPreview();
  w = await openPreview(preview, '?lang=zh');
});

afterAll(async () => {
  await preview?.close();
});

describe('daily use of the forms', () => {
  it('saves an opportunity of 125万 as 1,250,000, and a cell takes 1.2亿 as 120,000,000', async () => {
    const { page } = w;
    const customers = await records(page, 'customers');
    const form = await openForm(page, 'newOpportunity');
    await pick(form, 'customer_id', String(customers[10].id), String(customers[10].id));
    await field(form, 'name').fill('万元测试');
    await field(form, 'stage').selectOption('3');
    await field(form, 'amount').fill('125万');
    await field(form, 'close').fill('2026-12-20');
    const r = await save(form);
    expect(r.ok, r.status).toBe(true);
    const last = (await records(page, 'opportunities')).at(-1)!;
    expect(last.amount).toBe(1250000);
    await showSheet(page, 'opportunities');
    const amount = await columnIndex(page, 'opportunities', 'amount');
    await page.locator(`#grid .row[data-row="2"] .cell[data-col="${amount}"]`).click();
    await page.locator('#cell-input').fill('1.2亿');
    await page.locator('#cell-input').press('Enter');
    expect((await engineCell(page, '商机', 2, amount)).value).toBe(120000000);
  });

  it('refuses a 5,000-character name with the limit stated, before anything is sent', async () => {
    const { page } = w;
    const form = await openForm(page, 'newCustomer');
    await field(form, 'name').fill('长'.repeat(5000));
    expect(await form.locator('[data-field="name"] .ka-count').textContent()).toBe('5,000 / 200');
    const r = await save(form);
    expect(r.ok).toBe(false);
    expect(r.fieldErrors.name).toBe('内容过长:5,000 个字符;此项最多 200 个字符。');
  });

  it('warns that a name is a branch of an existing customer, naming its ID and account manager, and opens it', async () => {
    const { page } = w;
    const first = (await records(page, 'customers'))[0] as { id: string; name: string; account_manager: string };
    const form = await openForm(page, 'newCustomer');
    await field(form, 'name').fill(`${first.name}北京分公司`);
    const row = form.locator(`.ka-dup-table tr[data-kind="branch"][data-id="${first.id}"]`);
    await row.waitFor({ timeout: 10000 });
    expect(await row.locator('td').nth(2).textContent()).toBe(first.account_manager);
    expect(await form.locator('.ka-dups').textContent()).toContain('登记表中已有客户的分支机构');
    await shot(page, 'form-newCustomer-branch.png');
    const refused = await save(form);
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors.name).toContain(`${first.id},客户经理 ${first.account_manager}`);
    await form.locator(`.ka-dup-table tr[data-id="${first.id}"] button.ka-open`).first().click();
    // the record opens: its update form with its ID, and its row selected in the Customers sheet
    await page.locator('#forms form.ka-form-updateCustomer').waitFor();
    expect(await page.locator('#forms form.ka-form-updateCustomer select[name="id"]').inputValue()).toBe(first.id);
    expect(await page.locator('#tabs .tab[aria-selected="true"]').getAttribute('data-sheet')).toBe('customers');
    expect(await page.locator('#cell-addr').textContent()).toMatch(/^[A-Z]+2$/);
    await shot(page, 'form-updateCustomer-opened.png');
  });

  it('cuts a long saved name in the banner, the full text on hover', async () => {
    const { page } = w;
    const form = await openForm(page, 'newCustomer');
    const name = '超长名称测试' + '国际贸易发展'.repeat(32);
    await field(form, 'name').fill(name.slice(0, 200));
    await form.locator('[data-field="confirmDifferent"] input[type="checkbox"]').check({ force: true }).catch(() => undefined);
    const r = await save(form);
    expect(r.ok, r.status).toBe(true);
    const banner = page.locator('#forms .ka-status-ok p');
    expect(((await banner.textContent()) ?? '').endsWith('…')).toBe(true);
    expect(await banner.getAttribute('title')).toContain(name.slice(0, 200));
    expect(w.errors).toEqual([]);
  });
});
