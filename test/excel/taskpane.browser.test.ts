/**
 * The built task pane (taskpane.html + functions.js + taskpane.js + forms.css) in Chromium, with a fake
 * office.js (the Excel fake behind `Excel`): the catalogue is associated, the ribbon runs set-up, the user
 * picks who they are, a form saves its rows into the Excel tables — formula-looking text as text.
 * And what real Excel needs (issue 11): the ribbon handlers exist from the first script on (a press
 * while the pane starts, or after the forms failed to mount, still runs), set-up asks Excel to load the
 * add-in with the document, the pane has its own Set-up button, and core gets the user's local time.
 */
import { settingRow, TABLES } from '../../core/schema/tables';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ymdToSerial } from '../../core/cell';
import { CATALOGUE } from '../../core/functions/catalogue';
import { CHROMIUM_ARGS, SCREENSHOTS } from '../browser/harness';
// @ts-expect-error — Node build scripts without type declarations
import { bundle } from '../../scripts/lib.mjs';
// @ts-expect-error — Node build scripts without type declarations
import { buildExcelAddin } from '../../scripts/build/50-excel-addin.mjs';

const ROOT = join(__dirname, '..', '..');
const BASE = 'https://addin.test';
let dir = '';
let browser: Browser;
let page: Page;
const errors: string[] = [];
const dialogs: string[] = [];
const contexts: BrowserContext[] = [];

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

interface PaneOptions {
  /** Hold Office.onReady back until the test calls `__ka.releaseReady()`. */
  holdReady?: boolean;
  /** Change the pane's HTML before it is served (to make mounting fail). */
  html?: (html: string) => string;
  timezoneId?: string;
  /** The page's clock, fixed at this instant. */
  now?: Date;
  /** Wait for the forms' menu (the default). */
  waitForForms?: boolean;
}

/** A fresh task pane page: nothing leaves the machine, office.js is the fake, the add-in's files come from the build folder. */
async function openPane(o: PaneOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, timezoneId: o.timezoneId });
  contexts.push(context);
  const p = await context.newPage();
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  if (o.now) await p.clock.setFixedTime(o.now);
  if (o.holdReady) await p.addInitScript(() => ((window as unknown as Record<string, unknown>).__kaHoldReady = true));
  await p.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.href === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js') {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(dir, 'office.js')) });
    }
    if (url.origin === BASE) {
      try {
        const body = readFileSync(join(dir, url.pathname));
        if (url.pathname === '/taskpane.html' && o.html) return route.fulfill({ contentType: 'text/html', body: o.html(body.toString('utf8')) });
        return route.fulfill({ contentType: TYPES[extname(url.pathname)] ?? 'application/octet-stream', body });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    }
    return route.abort();
  });
  await p.goto(`${BASE}/taskpane.html`);
  if (o.waitForForms !== false) await p.waitForSelector('#app .ka-menu button', { timeout: 30000 });
  return p;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ka-excel-pane-'));
  await buildExcelAddin(dir, BASE);
  await bundle({ entryPoints: [join(ROOT, 'excel-addin/functions.ts')], outfile: join(dir, 'functions.js'), format: 'iife', platform: 'browser' });
  await bundle({ entryPoints: [join(ROOT, 'test/excel/fake/office-page.ts')], outfile: join(dir, 'office.js'), format: 'iife', platform: 'browser', minify: false });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await openPane();
}, 120000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const on = (p: Page) => <T>(expr: string): Promise<T> => p.evaluate(`(async () => ${expr})()`) as Promise<T>;
const ka = <T>(expr: string): Promise<T> => on(page)<T>(expr);

/** Picks `who` in the "I am" picker and waits for the choice to be remembered for this user. */
async function iAm(p: Page, who: string) {
  const select = p.locator('#actor select');
  await select.waitFor();
  await select.selectOption(who);
  await p.waitForFunction((name) => Object.keys(localStorage).some((k) => k.includes('ka.actor') && localStorage.getItem(k) === name), who);
}

/** Saves a New customer form named `name` and waits for the outcome. */
async function saveCustomer(p: Page, name: string) {
  expect(await on(p)<boolean>(`window.__ka.press('command_newCustomer')`)).toBe(true);
  const form = p.locator('#app form.ka-form-newCustomer');
  await form.waitFor();
  await form.locator('[data-field="name"] [name="name"]').first().fill(name);
  await form.locator('button.ka-primary').click();
  const status = form.locator('xpath=..').locator('.ka-status').first();
  await p.waitForFunction((el) => !!el && /ka-status-(ok|error)/.test(el.className), await status.elementHandle(), { timeout: 15000 });
  expect(await status.getAttribute('class'), (await status.textContent()) ?? '').toContain('ka-status-ok');
}

describe('the task pane in Chromium (fake office.js)', () => {
  it('associates the catalogue and the ribbon handlers in the one runtime', async () => {
    expect(await ka<string[]>('window.__ka.functions()')).toEqual(CATALOGUE.map((f) => f.name));
    const actions = await ka<string[]>('window.__ka.actions()');
    expect(actions).toContain('setUpWorkbook');
    expect(actions).toContain('command_newCustomer');
  });

  it('runs set-up from the ribbon, reports it in the pane, and asks Excel to load the add-in with the document', async () => {
    expect(await ka<string>('window.__ka.startup()')).toBe('None');
    expect(await ka<boolean>(`window.__ka.press('setUpWorkbook')`)).toBe(true);
    await page.waitForSelector('#status.ka-pane-status-ok');
    expect(await page.textContent('#status')).toMatch(new RegExp(`Set-up done: ${TABLES.length - 1} tables created`));
    expect(await ka<number>(`window.__ka.rows('KA_Benchmarks')`)).toBe(8);
    expect(await ka<string>('window.__ka.startup()')).toBe('Load');
  });

  it('asks who the user is (kept in this user’s storage, not the document), then saves a form with formula-looking text as text', async () => {
    const select = page.locator('#actor select');
    await select.waitFor();
    expect(await select.locator('option').allTextContents()).toEqual(['— choose your name —', 'Wang', 'Li', 'Zhao', 'Chen', 'Liu', 'Sun']);
    await iAm(page, 'Chen');
    expect(await ka<unknown>(`window.__ka.settings.saved.get('ka.actor') ?? null`)).toBeNull();
    const evil = '=HYPERLINK("http://evil.example","x")';
    await saveCustomer(page, evil);
    expect(await ka<number>('window.__ka.shown()')).toBeGreaterThan(0);
    const name = await ka<{ value: unknown; formula: unknown }>(`window.__ka.cell('KA_Customers', 0, 'Customer name')`);
    expect(name).toEqual({ value: evil, formula: null });
    expect(await ka<{ value: unknown }>(`window.__ka.cell('KA_Audit', 0, 'Who')`)).toMatchObject({ value: 'Chen' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'excel-taskpane.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

describe('the ribbon works on the first click (item 5)', () => {
  it('a press while the pane is still starting runs once it is ready (handlers associated at the top level)', async () => {
    const p = await openPane({ holdReady: true, waitForForms: false });
    const pressed = on(p)<boolean | string>(`window.__ka.press('setUpWorkbook')`);
    await p.waitForTimeout(50);
    await on(p)('window.__ka.releaseReady()');
    expect(await pressed).toBe(true);
    await p.waitForSelector('#status.ka-pane-status-ok');
    expect(await p.textContent('#status')).toMatch(/Set-up done/);
  });

  it('when the forms fail to mount, the ribbon’s set-up still works and the pane says what failed', async () => {
    const p = await openPane({ html: (h) => h.replace('<main id="app"></main>', ''), waitForForms: false });
    await p.waitForSelector('#status.ka-pane-status-error');
    expect(await p.textContent('#status')).toMatch(/forms could not start/);
    expect(await on(p)<boolean>(`window.__ka.press('setUpWorkbook')`)).toBe(true);
    await p.waitForSelector('#status.ka-pane-status-ok');
    expect(await on(p)<number>(`window.__ka.rows('KA_Benchmarks')`)).toBe(8);
  });

  it('the pane has its own Set-up button', async () => {
    const p = await openPane();
    const button = p.locator('#toolbar button#ka-setup');
    expect(await button.textContent()).toBe('Set up the workbook');
    await button.click();
    await p.waitForSelector('#status.ka-pane-status-ok');
    expect(await p.textContent('#status')).toMatch(new RegExp(`Set-up done: ${TABLES.length - 1} tables created`));
    expect(await on(p)<string>('window.__ka.startup()')).toBe('Load');
  });
});

describe('core gets the user’s local time (item 8)', () => {
  it('in Beijing at 05:47 on 2 December the audit says 05:47 on 2 December, and the customer is registered that day', async () => {
    const p = await openPane({ timezoneId: 'Asia/Shanghai', now: new Date('2026-12-01T21:47:00Z') });
    expect(await on(p)<boolean>(`window.__ka.press('setUpWorkbook')`)).toBe(true);
    await p.waitForSelector('#status.ka-pane-status-ok');
    await iAm(p, 'Chen');
    await saveCustomer(p, 'Beijing Co');
    const when = await on(p)<{ value: unknown }>(`window.__ka.cell('KA_Audit', 0, 'When')`);
    expect(String(when.value)).toBe('2026-12-02 05:47:00');
    const registered = await on(p)<{ value: unknown }>(`window.__ka.cell('KA_Customers', 0, 'Registered on')`);
    expect(registered.value).toBe(ymdToSerial(2026, 12, 2));
    // Set-up's forecast period is the quarter of the local day.
    expect(await on(p)<unknown>(`window.__ka.cell('KA_Settings', ${settingRow('period_from')}, 'Value').value`)).toBe(ymdToSerial(2026, 10, 1));
  });
});
