/**
 * A preview that keeps work (issue 12, item 7), in Chromium: the workbook kept across reloads in
 * IndexedDB and "reset demo"; undo / redo of a cell edit (Delete of a required amount) and of a form
 * save; the exported .xlsx read back with ExcelJS (every table and row, headers, validation lists);
 * find, sort and filter; Ctrl+arrow to the edge of the data.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../core/schema/tables';
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

const cellLoc = (row: number, col: number) => `#grid .row[data-row="${row}"] .cell[data-col="${col}"]`;

describe('a preview that keeps work', () => {
  it('undoes a Delete that blanked a required amount, and redoes it (Ctrl+Z / Ctrl+Y)', async () => {
    const { page } = w;
    await showSheet(page, 'opportunities');
    const amount = await columnIndex(page, 'opportunities', 'amount');
    const before = (await engineCell(page, 'Opportunities', 3, amount)).value;
    expect(typeof before).toBe('number');
    await page.locator(cellLoc(3, amount)).click();
    await page.keyboard.press('Delete');
    expect((await engineCell(page, 'Opportunities', 3, amount)).value).toBeNull();
    await page.keyboard.press('Control+z');
    expect((await engineCell(page, 'Opportunities', 3, amount)).value).toBe(before);
    await page.keyboard.press('Control+y');
    expect((await engineCell(page, 'Opportunities', 3, amount)).value).toBeNull();
    await page.locator('#undo').click();
    expect((await engineCell(page, 'Opportunities', 3, amount)).value).toBe(before);
    expect(await page.locator('#tool-status').textContent()).toMatch(/Undone: cell edit/);
  });

  it('undoes a form save: the new row and its audit row go, the dashboard follows', async () => {
    const { page } = w;
    const customers = await tableRows(page, 'customers');
    const audit = await tableRows(page, 'audit');
    const form = await openForm(page, 'newCustomer');
    await field(form, 'name').fill('Undo Test Robotics Ltd');
    await pick(form, 'account_manager', (await records(page, 'team')).find((r) => /Account manager/.test(String(r.role)))!.person as string);
    const r = await save(form);
    expect(r.ok).toBe(true);
    expect(await tableRows(page, 'customers')).toBe(customers + 1);
    expect(await tableRows(page, 'audit')).toBe(audit + 1);
    await page.locator('#grid .grid-scroller').click();
    await page.keyboard.press('Control+z');
    expect(await tableRows(page, 'customers')).toBe(customers);
    expect(await tableRows(page, 'audit')).toBe(audit);
    expect(await page.evaluate(() => (window as any).kaPreview.records('customers').some((c: any) => c.name === 'Undo Test Robotics Ltd'))).toBe(false);
    await page.keyboard.press('Control+y');
    expect(await tableRows(page, 'customers')).toBe(customers + 1);
  });

  it('keeps the workbook across a reload, and "reset demo" starts again from the demo', async () => {
    const { page } = w;
    await showSheet(page, 'team');
    await page.locator(cellLoc(2, 4)).click();
    await page.locator('#cell-input').fill('Kept Region');
    await page.locator('#cell-input').press('Enter');
    await page.evaluate(() => (window as any).kaPreview.flushSave());
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect((await engineCell(page, 'Team', 2, 4)).value).toBe('Kept Region');
    expect(await page.evaluate(() => (window as any).kaPreview.records('customers').some((c: any) => c.name === 'Undo Test Robotics Ltd'))).toBe(true);
    // reset: asks in the page, then rebuilds the demo
    await page.locator('#reset').click();
    await page.locator('dialog.ask [data-answer="no"]').click();
    expect((await engineCell(page, 'Team', 2, 4)).value).toBe('Kept Region');
    await page.locator('#reset').click();
    await Promise.all([page.waitForNavigation(), page.locator('dialog.ask [data-answer="yes"]').click()]);
    await page.waitForSelector('body[data-ready="true"]');
    expect((await engineCell(page, 'Team', 2, 4)).value).not.toBe('Kept Region');
    expect(w.dialogs).toEqual([]);
  });

  it('finds text in a sheet (Ctrl+F, Enter for the next match)', async () => {
    const { page } = w;
    await showSheet(page, 'customers');
    await page.locator('#grid .grid-scroller').click();
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('find-input');
    await page.keyboard.type('limited');
    await expect.poll(() => page.locator('#find-count').textContent()).toMatch(/^1 of \d+$/);
    const total = Number((await page.locator('#find-count').textContent())!.split(' of ')[1]);
    expect(total).toBeGreaterThan(1);
    const first = await page.locator('#cell-addr').textContent();
    expect(await page.locator('#cell-input').inputValue()).toMatch(/limited/i);
    await page.keyboard.press('Enter');
    expect(await page.locator('#find-count').textContent()).toBe(`2 of ${total}`);
    expect(await page.locator('#cell-addr').textContent()).not.toBe(first);
    await shot(page, 'preview-find.png');
    await page.keyboard.press('Escape');
    expect(await page.locator('#find-box').isHidden()).toBe(true);
  });

  it('sorts a table’s rows by the selected column, whole rows moving, and undoes the sort', async () => {
    const { page } = w;
    await showSheet(page, 'opportunities');
    const amount = await columnIndex(page, 'opportunities', 'amount');
    const id = await columnIndex(page, 'opportunities', 'id');
    const recs = (await records(page, 'opportunities')) as { id: string; amount: number }[];
    const byAmount = new Map(recs.map((r) => [r.id, r.amount]));
    await page.locator(cellLoc(1, amount)).click();
    await page.locator('#sort-desc').click();
    const after = (await records(page, 'opportunities')) as { id: string; amount: number }[];
    expect(after).toHaveLength(recs.length);
    for (let i = 1; i < after.length; i++) expect(after[i - 1].amount).toBeGreaterThanOrEqual(after[i].amount);
    for (const r of after) expect(r.amount).toBe(byAmount.get(r.id)); // rows moved whole
    expect(await gridText(page, 1, id)).toBe(after[0].id);
    await page.keyboard.press('Control+z');
    expect(((await records(page, 'opportunities')) as { id: string }[]).map((r) => r.id)).toEqual(recs.map((r) => r.id));
  });

  it('filters a sheet by the selected column, with the sheet’s own row numbers', async () => {
    const { page } = w;
    await showSheet(page, 'opportunities');
    const owner = await columnIndex(page, 'opportunities', 'owner');
    await page.locator(cellLoc(1, owner)).click();
    const who = await gridText(page, 1, owner);
    const all = (await records(page, 'opportunities')) as { owner: string }[];
    const mine = all.filter((r) => r.owner.toLowerCase().includes(who.toLowerCase())).length;
    await page.locator('#filter').fill(who);
    await expect.poll(() => page.locator('.filter-note').textContent()).toBe(`${mine} of ${all.length} rows`);
    for (let r = 1; r <= Math.min(mine, 10); r++) expect((await gridText(page, r, owner)).toLowerCase()).toContain(who.toLowerCase());
    await shot(page, 'preview-filter.png');
    await page.locator('#clear-filter').click();
    await expect.poll(() => page.locator('.filter-note').textContent()).toBe('');
  });

  it('jumps to the edge of the data with Ctrl+arrow', async () => {
    const { page } = w;
    await showSheet(page, 'opportunities');
    await page.locator(cellLoc(1, 0)).click();
    await page.keyboard.press('Control+ArrowDown');
    expect(await page.locator('#cell-addr').textContent()).toBe(`A${(await tableRows(page, 'opportunities')) + 1}`);
    await page.keyboard.press('Control+ArrowRight');
    // As a spreadsheet does: to the last filled cell before a blank (the row's data decides where).
    const last = (await page.evaluate(() => (window as any).kaPreview.lastRow('opportunities'))) as unknown[];
    const filled = (j: number) => last[j] !== '' && last[j] !== null && last[j] !== undefined;
    let edge = 0;
    while (filled(edge + 1)) edge++;
    expect(await page.locator('#cell-addr').textContent()).toMatch(new RegExp(`^${String.fromCharCode(65 + edge)}\\d`));
    await page.keyboard.press('Control+ArrowUp');
    expect(await page.locator('#cell-addr').textContent()).toMatch(/\D1$|\D2$/);
  });

  it('exports the whole workbook as .xlsx that holds every table and row, headers and drop-down lists', async () => {
    const { page } = w;
    const counts: Record<string, number> = {};
    for (const s of TABLES) counts[s.name] = await tableRows(page, s.id);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.locator('#export').click()]);
    const file = await download.path();
    expect(download.suggestedFilename()).toBe('key-account-workbook.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file!);
    const names = wb.worksheets.map((s) => s.name);
    expect(names).toContain('Dashboard');
    for (const spec of TABLES) {
      const ws = wb.getWorksheet(spec.sheet.en)!;
      expect(ws, spec.sheet.en).toBeTruthy();
      const table = (ws as any).getTable(spec.name);
      expect(table, spec.name).toBeTruthy();
      expect(ws.getRow(1).getCell(1).value).toBe(spec.columns[0].header.en);
      // header row + data rows (an empty table is written with one blank row)
      const rows = ws.actualRowCount - 1;
      expect(rows, spec.name).toBe(Math.max(counts[spec.name], counts[spec.name] === 0 ? 0 : 1));
    }
    const opp = wb.getWorksheet('Opportunities')!;
    const stageCol = TABLES.find((s) => s.id === 'opportunities')!.columns.findIndex((c) => c.key === 'stage') + 1;
    const v = (opp.getCell(2, stageCol) as any).dataValidation;
    expect(v?.type).toBe('list');
    expect(String(v.formulae[0])).toMatch(/^'Lists'!\$[A-Z]+\$1:\$[A-Z]+\$\d+$/);
    const lists = wb.getWorksheet('Lists')!;
    expect(lists.state).toBe('hidden');
    const amountCol = TABLES.find((s) => s.id === 'opportunities')!.columns.findIndex((c) => c.key === 'amount') + 1;
    expect(typeof opp.getCell(2, amountCol).value).toBe('number');
    expect(w.errors).toEqual([]);
  });
});
