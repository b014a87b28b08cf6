/**
 * The opportunity history in Excel (issue 9), through the fake: the shared runtime's Table.onChanged
 * handler records a stage typed or pasted into the Opportunities table once, leaves co-authors' edits
 * to their own copy, and records an owner typed into the grid for review (Excel cannot tell who edits).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cell } from '../../core/cell';
import { demoRecords, gridOf } from '../../core/commands/fixtures';
import { records, tableFromGrid } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import type { TableId } from '../../core/schema/types';
import type { ActorStore } from '../../excel-addin/actor';
import { CORE_FORMS } from '../../excel-addin/core-forms';
import { ExcelFormHost } from '../../excel-addin/excel-adapter';
import { autoSnapshot, watchOpportunities } from '../../excel-addin/history';
import type { ExcelRun } from '../../excel-addin/excel-run';
import { setUpWorkbook } from '../../excel-addin/setup';
import type { FakeExcel } from './fake/excel';
import { enter } from './fake/model';
import { installFake, table, tableValues } from './helpers';

const NOW = '2026-05-17T09:30:00+08:00';
let xl: FakeExcel;
let run: ExcelRun;
let actor: ActorStore;
let host: ExcelFormHost;
let recorded: number[];

function rowsOf(id: TableId) {
  const spec = tableSpec(id);
  const v = tableValues(xl, spec.name);
  return records(tableFromGrid(spec, [v.headers, ...v.rows] as Cell[][])).filter((r) => Object.values(r).some((x) => x !== ''));
}

beforeEach(async () => {
  const f = installFake();
  xl = f.xl;
  run = f.run;
  actor = f.actor;
  host = new ExcelFormHost({ run, actor, core: CORE_FORMS, lang: () => 'en', now: () => NOW });
  await setUpWorkbook(run, 'en', '2026-05-17');
  const t = table(xl, tableSpec('team').name);
  gridOf('team', demoRecords().team!)
    .slice(1)
    .forEach((row, i) => {
      if (i === 0) row.forEach((v, j) => enter(t.sheet.ensure(t.r + 1, t.c + j), v as string));
      else xl.model.addRows(t, [row]);
    });
  await actor.set('Chen');
  expect((await host.submit('newCustomer', { name: 'Acme Trading Ltd' })).ok).toBe(true);
  for (const name of ['Routers', 'Switches']) expect((await host.submit('newOpportunity', { customer_id: 'C00001', name, stage: 2, amount: '100000', close: '2026-09-30' })).ok).toBe(true);
  recorded = [];
  expect(await watchOpportunities({ run, lang: () => 'en', now: () => NOW }, (n) => recorded.push(n))).toBe(true);
});

const col = (key: string) => tableFromGrid(tableSpec('opportunities'), [xl.model.headers(table(xl, 'KA_Opportunities'))]).col[key];

describe('Table.onChanged in Excel', () => {
  it('a stage typed into one cell is recorded once; a second edit of the same value adds nothing', async () => {
    expect(rowsOf('history')).toHaveLength(10);
    await xl.userEdit('KA_Opportunities', 0, col('stage'), [['4']]);
    expect(recorded).toEqual([1]);
    expect(rowsOf('history')[10]).toMatchObject({ opportunity: 'O00001', field: 'Stage', after: '04 Set target, request resources', by: '', source: 'Edit' });
    await xl.userEdit('KA_Opportunities', 0, col('stage'), [['04']]);
    await xl.userEdit('KA_Opportunities', 0, col('notes'), [['call back']]);
    expect(rowsOf('history')).toHaveLength(11);
  });

  it('a pasted block: one row per changed cell, matched by ID', async () => {
    await xl.userEdit('KA_Opportunities', 0, col('amount'), [
      [120000, '03'],
      [100000, 'Lost'],
    ]);
    expect(rowsOf('history').slice(10).map((x) => [x.opportunity, x.field, x.after])).toEqual([
      ['O00001', 'Stage', '03 Map the customer organisation'],
      ['O00001', 'Amount', 120000],
      ['O00002', 'Stage', 'Lost'],
    ]);
  });

  it('an owner typed into the grid is recorded for review; a co-author’s edit is left to their copy', async () => {
    await xl.userEdit('KA_Opportunities', 1, col('owner'), [['Liu']]);
    expect(rowsOf('history').at(-1)).toMatchObject({ field: 'Owner', before: 'Chen', after: 'Liu', by: '', source: 'Edit (unverified)' });
    const n = rowsOf('history').length;
    await xl.userEdit('KA_Opportunities', 0, col('stage'), [['6']], 'Remote');
    expect(rowsOf('history')).toHaveLength(n);
  });

  it('after a form save (which raises the event in Excel too) the handler finds nothing to add', async () => {
    expect((await host.submit('updateOpportunity', { opportunity: 'O00001', stage: 3 })).ok).toBe(true);
    const n = rowsOf('history').length;
    await xl.userEdit('KA_Opportunities', 0, col('notes'), [['x']]);
    expect(rowsOf('history')).toHaveLength(n);
  });
});

describe('set-up notes the append-only records', () => {
  it('the audit, history, forecast and snapshot cells carry an input message; other tables none', () => {
    for (const id of ['audit', 'history', 'forecasts', 'snapshots'] as TableId[]) {
      const t = table(xl, tableSpec(id).name);
      const p = t.sheet.cell(t.r + 1, t.c)?.validationPrompt as { showPrompt: boolean; title: string; message: string };
      expect(p, id).toMatchObject({ showPrompt: true, title: 'Append-only record' });
      expect(p.message).toMatch(/append-only record kept by the add-on/);
      // Rows added below keep it.
      expect(t.sheet.cell(t.r + t.rows, t.c)?.validationPrompt, id).toEqual(p);
    }
    const o = table(xl, 'KA_Opportunities');
    expect(o.sheet.cell(o.r + 1, o.c)?.validationPrompt).toBeUndefined();
  });
});

describe('the automatic funnel snapshot in Excel', () => {
  it('is taken when the add-in loads and none is due again within the interval; a pending edit is recorded first', async () => {
    const snaps = () => rowsOf('snapshots');
    // A stage typed while the add-in was not running (no handler saw it).
    const t = table(xl, 'KA_Opportunities');
    enter(t.sheet.ensure(t.r + 1, t.c + col('stage')), '5');
    const at = (iso: string) => ({ run, lang: () => 'en' as const, now: () => iso });
    const m = await autoSnapshot(at('2026-05-17T09:30:00+08:00'));
    expect(m?.en).toMatch(/Funnel snapshot of 2026-05-17 saved: 2 open opportunities/);
    expect(snaps().map((r) => r.count)).toEqual([0, 1, 0, 0, 1, 0, 0, 0]);
    expect(rowsOf('history').at(-1)).toMatchObject({ field: 'Stage', source: 'Edit' });
    expect(await autoSnapshot(at('2026-05-24T09:30:00+08:00'))).toBeNull();
    expect(snaps()).toHaveLength(8);
    expect(await autoSnapshot(at('2026-05-25T09:30:00+08:00'))).not.toBeNull();
    expect(snaps()).toHaveLength(16);
  });
});
