/**
 * The Import forms in the preview (issue 12, item 1): a .csv and a .xlsx file picked, the headers mapped
 * (and a mapping changed by the user), the plan with the duplicates against the register and within the
 * list, the import appending the new rows with IDs and account managers — one audit row each time.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openForm, openPreview, records, save, shot, startPreview, tableRows, type Preview, type Watched } from './harness';

let preview: Preview;
let w: Watched;

beforeAll(async () => {
  preview = await startPreview();
  w = await openPreview(preview, '?lang=zh');
});

afterAll(async () => {
  await preview?.close();
});

describe('the Import forms in the preview', () => {
  it('imports a .csv (BOM, quotes): maps the headers, lists the duplicates with the record each matches, appends the new customers', async () => {
    const { page } = w;
    const existing = (await records(page, 'customers'))[3] as { id: string; name: string };
    const before = await tableRows(page, 'customers');
    const audits = await tableRows(page, 'audit');
    const csv =
      '\ufeff公司名称,行业,地区,联系人,备注\r\n' +
      '"星河导入测试科技有限公司","科技","华东","张三","说明, 含逗号"\r\n' +
      `"${existing.name}",制造,华南,,\r\n` +
      '"月湾导入测试物流有限公司",物流,华北,李四,"他说""好"""\r\n' +
      '星河导入测试科技有限公司,科技,华东,,\r\n';
    const form = await openForm(page, 'importCustomers');
    await form.locator('[data-field="values"] input[type="file"]').setInputFiles({ name: '客户清单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const summary = form.locator('[data-import="summary"]');
    await summary.waitFor({ timeout: 15000 });
    expect(await summary.textContent()).toBe('共 4 行:新增 2 行,略过重复 2 行,有错误 0 行。');
    expect(await form.locator('select[data-import-col]').evaluateAll((ss) => ss.map((s) => (s as HTMLSelectElement).value))).toEqual(['name', 'industry', 'region', 'contact', 'notes']);
    const dupOfRegister = form.locator('li[data-import-dup="3"]');
    expect(await dupOfRegister.textContent()).toContain(existing.id);
    expect(await form.locator('li[data-import-dup="5"]').textContent()).toContain('本列表第 2 行');
    await shot(page, 'form-importCustomers-csv.png');
    const r = await save(form);
    expect(r.ok, r.status).toBe(true);
    expect(r.status).toContain('已从 客户清单.csv 导入 2 位客户');
    const rows = await records(page, 'customers');
    expect(rows.length).toBe(before + 2);
    expect(rows.slice(-2).map((c) => [c.name, c.industry, c.contact, c.notes])).toEqual([
      ['星河导入测试科技有限公司', '科技', '张三', '说明, 含逗号'],
      ['月湾导入测试物流有限公司', '物流', '李四', '他说"好"'],
    ]);
    for (const c of rows.slice(-2)) {
      expect(String(c.id)).toMatch(/^C\d{5}$/);
      expect(String(c.account_manager)).not.toBe('');
    }
    expect(await tableRows(page, 'audit')).toBe(audits + 1);
  });

  it('imports a .xlsx of opportunities, with a header the user maps by hand', async () => {
    const { page } = w;
    const customers = (await records(page, 'customers')) as { id: string; name: string }[];
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('商机');
    ws.addRow(['项目名称', '客户', '阶段', '预算(万元)', '预计签约日期', '跟单']);
    ws.addRow(['导入测试商机一', customers[0].name, '商务谈判', '125万', new Date(Date.UTC(2026, 11, 20)), '老客户转介绍']);
    ws.addRow(['导入测试商机二', customers[1].id, 3, 80000, '2026-11-30', '']);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    const before = await tableRows(page, 'opportunities');
    const form = await openForm(page, 'importOpportunities');
    await form.locator('[data-field="values"] input[type="file"]').setInputFiles({ name: '商机.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    const summary = form.locator('[data-import="summary"]');
    await summary.waitFor({ timeout: 20000 });
    // 跟单 is no header the register knows: left unmapped; the owner is then the customer's account manager.
    expect(await form.locator('select[data-import-col="5"]').inputValue()).toBe('');
    expect(await form.locator('select[data-import-col="3"]').inputValue()).toBe('amount');
    expect(await summary.textContent()).toBe('共 2 行:新增 2 行,略过重复 0 行,有错误 0 行。');
    await form.locator('select[data-import-col="5"]').selectOption('notes');
    // The plan is asked again with the new mapping and drawn with it.
    await page.waitForFunction(() => (document.querySelector('select[data-import-col="5"]') as HTMLSelectElement | null)?.value === 'notes' && !!document.querySelector('[data-import="summary"]'));
    await shot(page, 'form-importOpportunities-xlsx.png');
    const r = await save(form);
    expect(r.ok, r.status).toBe(true);
    const opps = await records(page, 'opportunities');
    expect(opps.length).toBe(before + 2);
    expect(opps.slice(-2).map((o) => [o.name, o.customer_id, o.amount, o.notes])).toEqual([
      ['导入测试商机一', customers[0].id, 1250000, '老客户转介绍'],
      ['导入测试商机二', customers[1].id, 80000, ''],
    ]);
    expect(String(opps.at(-2)!.stage)).toMatch(/^07/);
    expect(String(opps.at(-1)!.stage)).toMatch(/^03/);
    // One undo step takes the whole import back (its rows and its audit row).
    const audits = await tableRows(page, 'audit');
    await page.locator('#grid .grid-scroller').click();
    await page.keyboard.press('Control+z');
    expect(await tableRows(page, 'opportunities')).toBe(before);
    expect(await tableRows(page, 'audit')).toBe(audits - 1);
    expect(w.errors).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });
});
