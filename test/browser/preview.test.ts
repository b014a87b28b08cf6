/**
 * The local preview in Chromium: the demo workbook computed by the engine, tabs, the virtualised
 * grid, editing a cell (the dashboard recalculates), sheet text shown as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnIndex, dashboardPlaces, engineCell, gridText, openPreview, records, sectionCell, shot, showSheet, startPreview, type Preview, type Watched } from './harness';
import { TABLES } from '../../core/schema/tables';

let preview: Preview;
let w: Watched;

beforeAll(async () => {
  preview = await startPreview();
  w = await openPreview(preview, '?lang=en');
});

afterAll(async () => {
  await preview?.close();
});

describe('the local preview', () => {
  it('shows the dashboard computed by the catalogue functions', async () => {
    const { page } = w;
    expect(await page.locator('#tabs .tab').count()).toBe(TABLES.length + 1);
    expect(await page.locator('#tabs .tab[aria-selected="true"]').textContent()).toBe('Dashboard');
    const places = await dashboardPlaces(page);
    // Funnel health by count: stage 1 … 8 by name, current count, benchmark, ratio, status
    for (let r = 0; r < 8; r++) {
      expect(String(await sectionCell(page, places, 'funnel_count', r, 0))).toMatch(new RegExp(`^0${r + 1} `));
      expect(await sectionCell(page, places, 'funnel_count', r, 1)).toBeGreaterThan(0);
      expect(await sectionCell(page, places, 'funnel_count', r, 4)).toMatch(/^(Excellent|Good|Warning)$/);
    }
    // the key figures: money in the Settings currency, shown in the band
    const live = places.figures['Live forecast'];
    const pipeline = await engineCell(page, 'Dashboard', live.row, live.col);
    expect(pipeline.formula).toBe(true);
    expect(typeof pipeline.value).toBe('number');
    expect(await gridText(page, live.row, live.col)).toMatch(/^¥[\d,]+$/);
    // both charts drawn, as SVG with their titles set as text
    await expect.poll(() => page.locator('#grid .overlay svg.chart').count()).toBe(2);
    expect(await page.locator('#grid .overlay[data-overlay="funnel"] rect').count()).toBeGreaterThan(8);
    expect(await page.locator('#grid .overlay[data-overlay="forecast_quota"] .chart-title').textContent()).toBe('Forecast against quota');
    expect(w.errors).toEqual([]);
  });

  it('shows 1,500 opportunities without rendering them all, and scrolls to the last one', async () => {
    const { page } = w;
    await showSheet(page, 'opportunities');
    expect(await gridText(page, 0, 0)).toBe('Opportunity ID');
    expect(await gridText(page, 1, 0)).toBe('O00001');
    const rendered = await page.locator('#grid .row').count();
    expect(rendered).toBeLessThan(120);
    await page.locator('#grid .grid-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForSelector('#grid .row[data-row="1500"]');
    expect(await gridText(page, 1500, 0)).toBe('O01500');
    // the header row stays in view (frozen), as set-up freezes it in Sheets and Excel
    expect(await page.locator('#grid .grid-head .row[data-row="0"] .cell[data-col="0"]').textContent()).toBe('Opportunity ID');
    expect(await page.locator('#grid .grid-head .row[data-row="0"]').isVisible()).toBe(true);
    expect(await page.locator('#grid .row').count()).toBeLessThan(120);
    await shot(page, 'preview-opportunities.png');
  });

  it('edits a cell through the formula bar and the dashboard recalculates', async () => {
    const { page } = w;
    await showSheet(page, 'dashboard');
    const places = await dashboardPlaces(page);
    const before = (await sectionCell(page, places, 'funnel_count', 0, 1)) as number; // stage 1 count
    await showSheet(page, 'opportunities');
    const stageCol = await columnIndex(page, 'opportunities', 'stage');
    // find a data row whose stage is not 1 and move it to stage 1
    let row = 1;
    for (; row < 40; row++) if (!String((await engineCell(page, 'Opportunities', row, stageCol)).value).startsWith('01')) break;
    await page.locator('#grid .grid-scroller').evaluate((el) => (el.scrollTop = 0));
    await page.locator(`#grid .row[data-row="${row}"] .cell[data-col="${stageCol}"]`).click();
    await page.locator('#cell-input').fill('01 Find the right contact and need');
    await page.locator('#cell-input').press('Enter');
    expect((await engineCell(page, 'Opportunities', row, stageCol)).value).toBe('01 Find the right contact and need');
    await showSheet(page, 'dashboard');
    expect(await sectionCell(page, places, 'funnel_count', 0, 1)).toBe(before + 1);
  });

  it('shows markup typed into a cell as text and runs no script', async () => {
    const { page } = w;
    await showSheet(page, 'customers');
    const nameCol = await columnIndex(page, 'customers', 'name');
    await page.locator(`#grid .row[data-row="3"] .cell[data-col="${nameCol}"]`).click();
    const evil = 'Evil <img src=x onerror=alert(1)> Ltd';
    await page.locator('#cell-input').fill(evil);
    await page.locator('#cell-input').press('Enter');
    expect(await gridText(page, 3, nameCol)).toBe(evil);
    expect(await page.locator('#grid img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('is usable from the keyboard: arrows move, typing starts an edit, Escape cancels it', async () => {
    const { page } = w;
    await showSheet(page, 'team');
    await page.locator('#grid .row[data-row="1"] .cell[data-col="0"]').click();
    expect(await page.locator('#cell-addr').textContent()).toBe('A2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#cell-addr').textContent()).toBe('B3');
    const before = await page.locator('#cell-input').inputValue();
    await page.keyboard.press('x');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cell-input');
    expect(await page.locator('#cell-input').inputValue()).toBe('x');
    await page.keyboard.press('Escape');
    expect(await page.locator('#cell-input').inputValue()).toBe(before);
    expect((await engineCell(page, 'Team', 2, 1)).value).toBe(before);
  });

  it('refuses a typed value that does not fit its column, saying why, and writes nothing', async () => {
    const { page } = w;
    await showSheet(page, 'opportunities');
    const amountCol = await columnIndex(page, 'opportunities', 'amount');
    await page.locator('#grid .grid-scroller').evaluate((el) => (el.scrollTop = 0));
    await page.locator(`#grid .row[data-row="2"] .cell[data-col="${amountCol}"]`).click();
    const before = (await engineCell(page, 'Opportunities', 2, amountCol)).value;
    await page.locator('#cell-input').fill('a lot');
    await page.locator('#cell-input').press('Enter');
    await expect.poll(() => page.locator('#cell-msg').isVisible()).toBe(true);
    expect(await page.locator('#cell-msg').textContent()).toMatch(/amount/i);
    expect(await page.locator('#cell-input').getAttribute('aria-invalid')).toBe('true');
    expect((await engineCell(page, 'Opportunities', 2, amountCol)).value).toBe(before);
    await page.locator('#cell-input').fill('1,250,000');
    await page.locator('#cell-input').press('Enter');
    expect(await page.locator('#cell-msg').isVisible()).toBe(false);
    expect((await engineCell(page, 'Opportunities', 2, amountCol)).value).toBe(1250000);
  });

  it('speaks Chinese by default; one language control asks, then rebuilds the demo in that language', async () => {
    const zh = await openPreview(preview);
    const { page } = zh;
    expect(await page.locator('#tabs .tab').first().textContent()).toBe('仪表板');
    expect(await gridText(page, 2, 0)).toBe('实时预测');
    expect(await page.locator('#grid .overlay[data-overlay="funnel"] .chart-title').textContent()).toBe('销售漏斗:各阶段商机数');
    expect(await page.locator('#forms .ka-title').textContent()).toBe('大客户表单');
    // the sidebar has no language switch of its own
    expect(await page.locator('#forms .ka-lang').count()).toBe(0);
    await page.locator('#lang').selectOption('en');
    expect(await page.locator('dialog.ask p').textContent()).toMatch(/^Rebuild the demo workbook in English\?/);
    await page.locator('dialog.ask [data-answer="no"]').click();
    expect(await page.locator('#lang').inputValue()).toBe('zh');
    expect(await page.locator('#tabs .tab').first().textContent()).toBe('仪表板');
    await page.locator('#lang').selectOption('en');
    await Promise.all([page.waitForNavigation(), page.locator('dialog.ask [data-answer="yes"]').click()]);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('#forms .ka-menu button');
    expect(await page.locator('#tabs .tab').first().textContent()).toBe('Dashboard');
    await page.waitForFunction(() => document.title.startsWith('Key-account'));
    await expect.poll(() => gridText(page, 2, 0)).toBe('Live forecast');
    expect(await page.locator('#grid .overlay[data-overlay="funnel"] .chart-title').textContent()).toBe('Sales funnel: opportunities per stage');
    expect(await page.locator('#forms .ka-title').textContent()).toBe('Key-account forms');
    const settings = await records(page, 'settings');
    expect(settings.find((s) => s.key === 'language')?.value).toBe('en');
    await shot(page, 'preview-zh-switched-en.png');
    expect(zh.errors).toEqual([]);
    expect(zh.dialogs).toEqual([]);
    await page.close();
  });
});
