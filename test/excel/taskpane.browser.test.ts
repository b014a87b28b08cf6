/**
 * The built task pane (taskpane.html + functions.js + taskpane.js + forms.css) in Chromium, with a fake
 * office.js (the Excel fake behind `Excel`): the catalogue is associated, the ribbon runs set-up, the user
 * picks who they are, a form saves its rows into the Excel tables — formula-looking text as text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ka-excel-pane-'));
  await buildExcelAddin(dir, BASE);
  await bundle({ entryPoints: [join(ROOT, 'excel-addin/functions.ts')], outfile: join(dir, 'functions.js'), format: 'iife', platform: 'browser' });
  await bundle({ entryPoints: [join(ROOT, 'test/excel/fake/office-page.ts')], outfile: join(dir, 'office.js'), format: 'iife', platform: 'browser', minify: false });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 420, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Nothing leaves the machine: office.js is the fake, the add-in's files come from the build folder.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.href === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js') {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(dir, 'office.js')) });
    }
    if (url.origin === BASE) {
      try {
        return route.fulfill({ contentType: TYPES[extname(url.pathname)] ?? 'application/octet-stream', body: readFileSync(join(dir, url.pathname)) });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    }
    return route.abort();
  });
  await page.goto(`${BASE}/taskpane.html`);
  await page.waitForSelector('#app .ka-menu button', { timeout: 30000 });
}, 120000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ka = <T>(expr: string): Promise<T> => page.evaluate(`(async () => ${expr})()`) as Promise<T>;

describe('the task pane in Chromium (fake office.js)', () => {
  it('associates the catalogue and the ribbon handlers in the one runtime', async () => {
    expect(await ka<string[]>('window.__ka.functions()')).toEqual(CATALOGUE.map((f) => f.name));
    const actions = await ka<string[]>('window.__ka.actions()');
    expect(actions).toContain('setUpWorkbook');
    expect(actions).toContain('command_newCustomer');
  });

  it('runs set-up from the ribbon and reports it in the pane', async () => {
    expect(await ka<boolean>(`window.__ka.press('setUpWorkbook')`)).toBe(true);
    await page.waitForSelector('#status.ka-pane-status-ok');
    expect(await page.textContent('#status')).toMatch(/Set-up done: 11 tables created/);
    expect(await ka<number>(`window.__ka.rows('KA_Benchmarks')`)).toBe(8);
  });

  it('asks who the user is, then saves a form into the Excel table with formula-looking text as text', async () => {
    const select = page.locator('#actor select');
    await select.waitFor();
    expect(await select.locator('option').allTextContents()).toEqual(['— choose your name —', 'Wang', 'Li', 'Zhao', 'Chen', 'Liu', 'Sun']);
    await select.selectOption('Chen');
    await page.waitForFunction(() => (window as any).__ka.settings.saved.get('ka.actor') === 'Chen');

    expect(await ka<boolean>(`window.__ka.press('command_newCustomer')`)).toBe(true);
    expect(await ka<number>('window.__ka.shown()')).toBeGreaterThan(0);
    const form = page.locator('#app form.ka-form-newCustomer');
    await form.waitFor();
    const evil = '=HYPERLINK("http://evil.example","x")';
    await form.locator('[data-field="name"] [name="name"]').first().fill(evil);
    await form.locator('button.ka-primary').click();
    const status = form.locator('xpath=..').locator('.ka-status').first();
    await page.waitForFunction((el) => !!el && /ka-status-(ok|error)/.test(el.className), await status.elementHandle(), { timeout: 15000 });
    expect(await status.getAttribute('class'), (await status.textContent()) ?? '').toContain('ka-status-ok');
    const name = await ka<{ value: unknown; formula: unknown }>(`window.__ka.cell('KA_Customers', 0, 'Customer name')`);
    expect(name).toEqual({ value: evil, formula: null });
    expect(await ka<{ value: unknown }>(`window.__ka.cell('KA_Audit', 0, 'Who')`)).toMatchObject({ value: 'Chen' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'excel-taskpane.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
