// `node preview/bench-browser.mjs [--runs N]`: the preview in Debian's Chromium — time to a computed,
// rendered page, switching to the 1,500-row Opportunities sheet, jumping to its end, and a cell edit
// the dashboard depends on (engine + re-render), measured inside the page (median of N, default 5).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildPreview } from '../scripts/build/60-preview.mjs';
import { createPreviewServer, listen } from './serve.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const dir = mkdtempSync(join(tmpdir(), 'ka-preview-bench-'));
await buildPreview(dir);
const server = createPreviewServer(dir);
const port = await listen(server, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { load: [], tab: [], end: [], edit: [] };
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
    results.load.push(Date.now() - t0);
    const m = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
      const t1 = performance.now();
      document.querySelector('#tabs .tab[data-sheet="opportunities"]').click();
      const tab = performance.now() - t1;
      const scroller = document.querySelector('#grid .grid-scroller');
      const t2 = performance.now();
      scroller.scrollTop = scroller.scrollHeight;
      while (!document.querySelector('#grid .row[data-row="1500"]')) await frame();
      const end = performance.now() - t2;
      // edit the amount of the first opportunity (column F) through the formula bar
      scroller.scrollTop = 0;
      for (let k = 0; k < 4 && !document.querySelector('#grid .row[data-row="1"]'); k++) await frame();
      document.querySelector('#grid .row[data-row="1"] .cell[data-col="5"]').dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      const input = document.querySelector('#cell-input');
      input.value = String(123000 + Math.floor(Math.random() * 1000));
      const t3 = performance.now();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const edit = performance.now() - t3;
      return { tab, end, edit, rows: document.querySelectorAll('#grid .row').length };
    });
    results.tab.push(m.tab);
    results.end.push(m.end);
    results.edit.push(m.edit);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

const ms = (x) => x.toFixed(0).padStart(6);
console.log(`preview in Chromium, ${runs} runs, median ms`);
console.log(`${ms(median(results.load))}  open the page until the workbook is computed and shown (incl. 1 MB script)`);
console.log(`${ms(median(results.tab))}  switch to the Opportunities sheet (1,501 rows, rows in view rendered)`);
console.log(`${ms(median(results.end))}  jump to its last row (until it is rendered)`);
console.log(`${ms(median(results.edit))}  edit an amount: engine recalculation + re-render`);
