/**
 * The Dashboard in Chromium at a manager's 1366×768: the key-figure band and both charts in view
 * without scrolling (screenshots in artifacts/screenshots/), and the forecast as people submit and
 * revise it — an account manager submits, their superior revises, and the Dashboard's submitted,
 * revised, counted-upward and team figures follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, dashboardPlaces, field, openForm, records, save, sectionCell, shot, showSheet, startPreview, type DashboardPlaces, type Preview } from './harness';
import type { Page } from 'playwright-core';

let preview: Preview;

beforeAll(async () => {
  preview = await startPreview();
});

afterAll(async () => {
  await preview?.close();
});

async function open(query: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await preview.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(preview.url + query);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.waitForSelector('#forms .ka-menu button', { timeout: 30000 });
  return { page, errors, dialogs };
}

/** The bounding box of the element, and whether it lies wholly inside the viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
}

/** The row (within the forecast section) of a person. */
async function rowOf(page: Page, places: DashboardPlaces, person: string): Promise<number> {
  for (let r = 0; r < places.sections.forecast.rows; r++) if ((await sectionCell(page, places, 'forecast', r, 0)) === person) return r;
  throw new Error(`${person} is not in the forecast section`);
}

describe('the Dashboard at 1366×768', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`shows the key-figure band and both charts without scrolling (${lang})`, async () => {
      const { page, errors } = await open(`?lang=${lang}`);
      const places = await dashboardPlaces(page);
      await expect.poll(() => page.locator('#grid .overlay svg.chart').count()).toBe(2);
      await page.waitForTimeout(200);
      await shot(page, lang === 'zh' ? 'preview.png' : 'preview-en.png');
      // the scroller has not moved, and every key figure's value and both charts are inside the window
      expect(await page.locator('#grid .grid-scroller').evaluate((el) => [el.scrollTop, el.scrollLeft])).toEqual([0, 0]);
      for (const [label, at] of Object.entries(places.figures)) {
        expect(await inView(page, `#grid .row[data-row="${at.row}"] .cell[data-col="${at.col}"]`), label).toBe(true);
        expect(await page.locator(`#grid .row[data-row="${at.row}"] .cell[data-col="${at.col}"]`).textContent(), label).not.toBe('');
      }
      expect(Object.keys(places.figures).length).toBeGreaterThanOrEqual(12);
      for (const c of places.charts) expect(await inView(page, `#grid .overlay[data-overlay="${c.id}"]`), c.id).toBe(true);
      // the funnel has a bar per stage; the forecast chart a bar per person and series
      expect(await page.locator('#grid .overlay[data-overlay="funnel"] .chart-label').count()).toBe(8);
      expect(await page.locator('#grid .overlay[data-overlay="forecast_quota"] .chart-legend').count()).toBe(4);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the forecast as people submit and revise it', () => {
  it('an account manager submits, the superior revises: the Dashboard follows each step', async () => {
    const { page, errors, dialogs } = await open('?lang=en');
    const team = await records(page, 'team');
    const actor = await page.locator('#actor').inputValue();
    const boss = String(team.find((p) => p.person === actor)!.manager);
    const places = await dashboardPlaces(page);
    const me = await rowOf(page, places, actor);
    const up = await rowOf(page, places, boss);
    const cell = (row: number, col: number) => sectionCell(page, places, 'forecast', row, col);
    const reportsBefore = (await cell(up, 8)) as number;
    const countedBefore = Number((await cell(me, 6)) || 0);

    // 1. The account manager confirms their opportunities and submits.
    const form = await openForm(page, 'submitForecast');
    const boxes = form.locator('.ka-opps input[type="checkbox"]');
    await boxes.first().waitFor({ timeout: 10000 });
    for (const b of await boxes.all()) if (!(await b.isChecked())) await b.check();
    const r = await save(form);
    expect(r.ok).toBe(true);
    const submitted = (await records(page, 'forecasts')).at(-1)!;
    expect(submitted.person).toBe(actor);
    await showSheet(page, 'dashboard');
    await expect.poll(() => cell(me, 2)).toBe(submitted.amount);
    expect(await cell(me, 6)).toBe(submitted.amount); // counted upward: the submission
    expect(await cell(me, 7)).toBe('Submitted');
    expect(await cell(up, 8)).toBeCloseTo(reportsBefore - countedBefore + (submitted.amount as number), 2);

    // 2. The superior revises it: the revision, who made it, and what now counts upward.
    await actAs(page, boss);
    const revise = await openForm(page, 'reviseForecast');
    await field(revise, 'person').selectOption(actor);
    await field(revise, 'amount').fill('1234000');
    await field(revise, 'reason').fill('Two deals move to next quarter');
    expect((await save(revise)).ok).toBe(true);
    await expect.poll(() => cell(me, 4)).toBe(1234000);
    expect(await cell(me, 5)).toBe(boss);
    expect(await cell(me, 6)).toBe(1234000);
    expect(await cell(me, 7)).toBe('Revised');
    // the manager's team figure (what the reports count upward) moved by the revision
    expect(await cell(up, 8)).toBeCloseTo(reportsBefore - countedBefore + 1234000, 2);
    await shot(page, 'preview-forecast-revised.png');
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
