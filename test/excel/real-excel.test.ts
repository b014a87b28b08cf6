/**
 * What real Excel does that the add-in must live with (issue 11), on the fake as it models it (see
 * fake/README.md): text columns formatted as text, Excel on the web's 5 MB cap on one request and one
 * response (large tables read in pages).
 */
import { describe, expect, it } from 'vitest';
import { tableFromGrid } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import { CORE_FORMS } from '../../excel-addin/core-forms';
import { ExcelFormHost, readTables } from '../../excel-addin/excel-adapter';
import { setUpWorkbook } from '../../excel-addin/setup';
import { FakeError } from './fake/model';
import { installFake, table, tableValues } from './helpers';

const NOW = '2026-05-17T09:30:00+08:00';

async function workbook() {
  const f = installFake();
  await setUpWorkbook(f.run, 'en', '2026-05-17');
  f.xl.model.addRows(table(f.xl, 'KA_Team'), [['Chen', '', '', '', '', '', '']]);
  await f.actor.set('Chen');
  const host = new ExcelFormHost({ run: f.run, actor: f.actor, core: CORE_FORMS, lang: () => 'en', now: () => NOW });
  return { ...f, host };
}

function col(xl: ReturnType<typeof installFake>['xl'], name: string, key: string): number {
  const t = table(xl, name);
  return tableFromGrid(tableSpec(name === 'KA_Customers' ? 'customers' : 'settings'), [xl.model.headers(t)]).col[key];
}

describe('text stays text in Excel (item 10)', () => {
  it('set-up formats every text column as text (@); Settings’ mixed values stay General', async () => {
    const { xl } = await workbook();
    const t = table(xl, 'KA_Customers');
    for (const key of ['id', 'name', 'phone', 'contact', 'notes', 'industry']) expect(t.sheet.cell(t.r + 1, t.c + col(xl, 'KA_Customers', key))?.numberFormat, key).toBe('@');
    expect(t.sheet.cell(t.r + 1, t.c + col(xl, 'KA_Customers', 'value'))?.numberFormat).toBe('#,##0.00');
    const s = table(xl, 'KA_Settings');
    expect(s.sheet.cell(s.r + 1, s.c + col(xl, 'KA_Settings', 'value'))?.numberFormat).toBe('General');
    expect(tableValues(xl, 'KA_Settings').rows.find((r) => r[0] === 'period_from')![1]).toBe(46113); // 2026-04-01: still a date
  });

  it('a phone typed into the sheet keeps its leading zero; a form saves TRUE, a date-like name, 1,200 and an apostrophe exactly', async () => {
    const { xl, run, host } = await workbook();
    const r = await host.submit('newCustomer', { name: '2026-03-31', account_manager: 'Chen', phone: '05718888123', contact: 'TRUE', industry: '1,200', notes: "'tis the season" });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const row = tableValues(xl, 'KA_Customers').rows[0];
    const at = (k: string) => row[col(xl, 'KA_Customers', k)];
    expect([at('name'), at('phone'), at('contact'), at('industry'), at('notes')]).toEqual(['2026-03-31', '05718888123', 'TRUE', '1,200', "'tis the season"]);
    // The user types a phone below, as Excel reads typed text.
    await run(async (ctx) => {
      const body = ctx.workbook.tables.getItem('KA_Customers').getDataBodyRange();
      body.getCell(0, col(xl, 'KA_Customers', 'phone')).values = [['02188886666']];
      await ctx.sync();
    });
    expect(tableValues(xl, 'KA_Customers').rows[0][col(xl, 'KA_Customers', 'phone')]).toBe('02188886666');
  });
});

describe('Excel on the web’s 5 MB per request and response (item 7)', () => {
  it('the fake refuses a sync over the cap, writing and loading nothing', async () => {
    const { xl, run } = installFake();
    const big = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A6000').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(xl.model.sheet('Sheet1')!.cells.size).toBe(0);
    // Written in pieces it goes in; read back whole it is refused.
    for (let i = 0; i < 6000; i += 2000)
      await run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange(`A${i + 1}:A${i + 2000}`).values = big.slice(i, i + 2000);
        await ctx.sync();
      });
    await expect(
      run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A6000').load('values');
        await ctx.sync();
        return r.values.length;
      }),
    ).rejects.toBeInstanceOf(FakeError);
  });

  it('a large table is read in pages: forms load and save, every response under the cap', async () => {
    const { xl, host } = await workbook();
    // 25,000 customers with long notes: about 8 MB of values.
    const t = table(xl, 'KA_Customers');
    const notes = col(xl, 'KA_Customers', 'notes');
    const rows = Array.from({ length: 25000 }, (_, i) => {
      const r = Array.from({ length: t.cols }, () => '');
      r[col(xl, 'KA_Customers', 'id')] = `C${String(i + 1).padStart(5, '0')}`;
      r[col(xl, 'KA_Customers', 'name')] = `Company ${i + 1}`;
      r[col(xl, 'KA_Customers', 'account_manager')] = 'Chen';
      r[notes] = `Visit notes ${i}: ` + 'the customer asked for a quote on the data-centre upgrade, '.repeat(5);
      return r;
    });
    xl.model.tables.find((x) => x.name === 'KA_Customers')!.rows = 0;
    xl.model.addRows(t, rows);
    xl.largestResponse = 0;
    xl.trackChanges = false; // fingerprinting 8 MB at every sync is slow and not what is tested here
    const data = await host.load();
    expect(data.customers).toHaveLength(25000);
    expect(xl.largestResponse).toBeLessThanOrEqual(xl.payloadLimit!);
    expect(xl.runs.at(-1)!).toBeGreaterThan(3); // paged
    const r = await host.submit('newCustomer', { name: 'Globex', account_manager: 'Chen' });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(tableValues(xl, 'KA_Customers').rows.at(-1)![col(xl, 'KA_Customers', 'name')]).toBe('Globex');
    expect(xl.largestResponse).toBeLessThanOrEqual(xl.payloadLimit!);
    expect(xl.largestRequest).toBeLessThanOrEqual(xl.payloadLimit!);
  });

  it('small tables still take two reading syncs', async () => {
    const { xl, run } = await workbook();
    const before = xl.runs.length;
    await run(async (ctx) => {
      await readTables(ctx as never, ['customers', 'team', 'settings']);
    });
    expect(xl.runs.slice(before)).toEqual([2]);
  });
});
