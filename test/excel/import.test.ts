/**
 * The Import forms' source in Excel, against the fake: the worksheets listed, a sheet's used range (or a
 * range) read in pages and never written, the import one write sync, a refused import writes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { demoRecords, gridOf } from '../../core/commands/fixtures';
import { CORE_FORMS } from '../../excel-addin/core-forms';
import { ExcelFormHost } from '../../excel-addin/excel-adapter';
import { SOURCE_PAGE_CELLS } from '../../excel-addin/import-source';
import { setUpWorkbook } from '../../excel-addin/setup';
import { customerList } from '../import-list';
import type { FakeExcel } from './fake/excel';
import { enter } from './fake/model';
import { installFake, snapshot, table, tableValues } from './helpers';

let xl: FakeExcel;
let host: ExcelFormHost;

/** A list typed into a sheet of its own, from A1. */
function typeList(name: string, rows: (string | number)[][]) {
  const s = xl.model.addSheet(name);
  rows.forEach((r, i) => r.forEach((v, j) => enter(s.ensure(i, j), String(v))));
}

const LIST = [
  ['Company', 'Industry', 'Region', 'Contact', 'Phone'],
  ['Brightwater Logistics Ltd', 'Logistics', 'North', 'Ann', '021-5555'],
  ['中国电信股份有限公司', '通信', 'North', '', ''],
  ['Omega Tools GmbH', 'Tools', 'South', '', ''],
];

beforeEach(async () => {
  const f = installFake();
  xl = f.xl;
  host = new ExcelFormHost({ run: f.run, actor: f.actor, core: CORE_FORMS, lang: () => 'en', now: () => '2026-05-17T09:30:00+08:00' });
  await setUpWorkbook(f.run, 'en', '2026-05-17');
  const demo = demoRecords();
  for (const id of ['team', 'customers'] as const) {
    const t = table(xl, `KA_${id === 'team' ? 'Team' : 'Customers'}`);
    const rows = gridOf(id, demo[id]!).slice(1);
    rows.slice(0, 1).forEach((row) => row.forEach((v, j) => enter(t.sheet.ensure(t.r + 1, t.c + j), v as string)));
    if (rows.length > 1) xl.model.addRows(t, rows.slice(1).map((r) => r.map((v) => (v === null || v === undefined ? '' : v))));
  }
  await f.actor.set('Chen');
});

describe('Import customers in Excel', () => {
  it('lists the worksheets, reads a list without changing it, imports the new rows in one write sync', async () => {
    typeList('My list', LIST);
    const sheets = await host.importSources();
    expect(sheets.find((s) => s.name === 'My list')).toEqual({ name: 'My list', rows: 4, columns: 5 });
    const before = snapshot(xl);
    const src = await host.readSource('My list');
    expect(src).toEqual({ name: 'My list', values: LIST, firstRow: 1 });
    expect(snapshot(xl)).toEqual(before);
    const changesBefore = xl.changes.length;
    const r = await host.submit('importCustomers', { values: src.values, source: src.name });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(xl.changes.slice(changesBefore)).toEqual([[false, false, true]]);
    expect(r.message.en).toBe('Imported 2 customers (C00003–C00004) from My list. Duplicates left out: 1.');
    const names = tableValues(xl, 'KA_Customers').rows.map((row) => row[1]);
    expect(names).toEqual(['中国电信股份有限公司', 'Acme Trading (Shanghai) Co., Ltd.', 'Brightwater Logistics Ltd', 'Omega Tools GmbH']);
    const list = xl.model.sheet('My list')!;
    expect(list.cell(1, 0)?.value).toBe('Brightwater Logistics Ltd');
  });

  it('reads a range, in pages of rows; says what is wrong with a sheet or range', async () => {
    typeList('My list', LIST);
    expect(await host.readSource('My list', 'A2:B3')).toEqual({ name: 'My list!A2:B3', values: [LIST[1].slice(0, 2), LIST[2].slice(0, 2)], firstRow: 2 });
    await expect(host.readSource('Nope')).rejects.toThrow(/There is no sheet named “Nope”/);
    await expect(host.readSource('My list', 'A1:B2!')).rejects.toThrow(/is not a range of My list/);
    const big = customerList(5000);
    typeList('Big', big);
    const runs = xl.runs.length;
    const src = await host.readSource('Big');
    expect(src.values).toHaveLength(5001);
    expect(src.values[4321].slice(0, 4)).toEqual(big[4321].slice(0, 4)); // (Excel takes the typed phone digits for a number)
    // Two syncs to find the range, then one per page of SOURCE_PAGE_CELLS cells.
    expect(xl.runs.slice(runs)).toEqual([2 + Math.ceil(5001 / Math.floor(SOURCE_PAGE_CELLS / 5))]);
  });

  it('a refused import writes nothing', async () => {
    typeList('My list', [...LIST, ['Bad Mail Co', '', '', '', '']].map((r, i) => [...r, i === 0 ? 'E-mail' : i === 4 ? 'not-an-address' : '']));
    const src = await host.readSource('My list');
    const before = snapshot(xl);
    const r = await host.submit('importCustomers', { values: src.values });
    expect(r.ok).toBe(false);
    expect(snapshot(xl)).toEqual(before);
  });
});
