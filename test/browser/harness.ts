/**
 * Browser-test harness: builds the preview page into a temporary folder (so a concurrent
 * `npm run build` wiping dist/ cannot pull it away mid-suite), serves it with preview/serve.mjs on
 * a free port of 127.0.0.1, and drives Debian's Chromium through playwright-core. One browser per
 * test file.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
// @ts-expect-error plain ESM build script without types
import { buildPreview } from '../../scripts/build/60-preview.mjs';
// @ts-expect-error plain ESM server without types
import { createPreviewServer, listen } from '../../preview/serve.mjs';

export const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Preview {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startPreview(): Promise<Preview> {
  const dir = mkdtempSync(join(tmpdir(), 'ka-preview-'));
  await buildPreview(dir);
  const server: Server = createPreviewServer(dir);
  const port: number = await listen(server, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise((r) => server.close(() => r(undefined)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  /** Dialogs (alert/confirm/prompt) the page opened: script ran that should not have. */
  dialogs: string[];
  /** Uncaught page errors. */
  errors: string[];
}

/** A new page on the preview, ready (workbook computed, forms loaded), watching for dialogs and errors. */
export async function openPreview(p: Preview, query = ''): Promise<Watched> {
  const page = await p.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(p.url + query);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.waitForSelector('#forms .ka-menu button', { timeout: 30000 });
  return { page, dialogs, errors };
}

/** Opens a form from the sidebar's picker (going back to the picker first when a form is open). */
export async function openForm(page: Page, name: string): Promise<Locator> {
  const back = page.locator('#forms .ka-back');
  if (await back.count()) await back.click();
  await page.locator(`#forms [data-form="${name}"]`).click();
  const form = page.locator(`#forms form.ka-form-${name}`);
  await form.waitFor();
  return form;
}

/** The control of a field (input, select or textarea named by the field key). */
export function field(form: Locator, key: string): Locator {
  return form.locator(`[data-field="${key}"] [name="${key}"]`).first();
}

/** Chooses an item of a picker field (person / customer / opportunity): narrows with the filter, then selects the value. */
export async function pick(form: Locator, key: string, value: string, filter?: string): Promise<void> {
  const wrap = form.locator(`[data-field="${key}"]`);
  const search = wrap.locator('input.ka-filter');
  if (filter !== undefined && (await search.count())) await search.fill(filter);
  await wrap.locator(`select[name="${key}"]`).selectOption(value);
}

/** Clicks Save and waits for the form's verdict: `ok` with its message, or the error texts shown. */
export async function save(form: Locator): Promise<{ ok: boolean; status: string; fieldErrors: Record<string, string> }> {
  const status = form.locator('xpath=..').locator('.ka-status').first();
  await form.locator('button.ka-primary').click();
  await form.page().waitForFunction(
    (el) => !!el && (el.classList.contains('ka-status-ok') || el.classList.contains('ka-status-error')),
    await status.elementHandle(),
    { timeout: 15000 },
  );
  const cls = (await status.getAttribute('class')) ?? '';
  const fieldErrors: Record<string, string> = {};
  for (const e of await form.locator('[data-field] .ka-error:not([hidden])').all()) {
    const key = await e.evaluate((n) => (n.closest('[data-field]') as HTMLElement).dataset.field ?? '');
    fieldErrors[key] = (await e.textContent()) ?? '';
  }
  return { ok: cls.includes('ka-status-ok'), status: (await status.textContent()) ?? '', fieldErrors };
}

/** What the engine holds in a cell (the page's read-only test hook). */
export async function engineCell(page: Page, sheet: string, row: number, col: number): Promise<{ value: unknown; formula: boolean; serialized: unknown }> {
  return page.evaluate(([s, r, c]) => (window as any).kaPreview.cell(s, r, c), [sheet, row, col] as const);
}

export async function tableRows(page: Page, id: string): Promise<number> {
  return page.evaluate((t) => (window as any).kaPreview.tableRows(t), id);
}

export async function lastRow(page: Page, id: string): Promise<unknown[]> {
  return page.evaluate((t) => (window as any).kaPreview.lastRow(t), id);
}

export async function columnIndex(page: Page, id: string, key: string): Promise<number> {
  return page.evaluate(([t, k]) => (window as any).kaPreview.columnIndex(t, k), [id, key] as const);
}

/** Switches to a sheet tab (`dashboard` or a table id). */
export async function showSheet(page: Page, id: string): Promise<void> {
  await page.locator(`#tabs .tab[data-sheet="${id}"]`).click();
}

/** The text a grid cell shows (row and column 0-based), once it is rendered. */
export async function gridText(page: Page, row: number, col: number): Promise<string> {
  const cell = page.locator(`#grid .row[data-row="${row}"] .cell[data-col="${col}"]`);
  await cell.waitFor();
  return (await cell.textContent()) ?? '';
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, name) });
}

/** Every data row of a table as an object by column key. */
export async function records(page: Page, id: string): Promise<Record<string, unknown>[]> {
  return page.evaluate((t) => (window as any).kaPreview.records(t), id);
}

/** Chooses the acting person in the page's header (the forms reload for them). */
export async function actAs(page: Page, person: string): Promise<void> {
  await page.locator('#actor').selectOption(person);
  await page.waitForTimeout(100);
  await page.waitForSelector('#forms .ka-menu button, #forms form', { timeout: 15000 });
}

export interface DashboardPlaces {
  /** Each section's result block (0-based cells). */
  sections: Record<string, { row: number; col: number; rows: number; cols: number }>;
  /** Each key figure's value cell, by its label. */
  figures: Record<string, { row: number; col: number }>;
  charts: { id: string; at: { row: number; col: number; rows: number; cols: number } }[];
}

/** Where the Dashboard's sections, key figures and charts are (the page's read-only test hook). */
export async function dashboardPlaces(page: Page): Promise<DashboardPlaces> {
  return page.evaluate(() => (window as any).kaPreview.dashboard());
}

/** A section's result cell (row and column within its block) as the engine holds it. */
export async function sectionCell(page: Page, places: DashboardPlaces, id: string, row: number, col: number): Promise<unknown> {
  const s = places.sections[id];
  const sheet = await page.evaluate(() => (window as any).kaPreview.sheetNames()[0]);
  return (await engineCell(page, sheet, s.row + row, s.col + col)).value;
}
