/**
 * The opportunity history in Sheets (issue 9), through the fake runtime: the forms write their own
 * rows; a stage typed or pasted into the grid is recorded once by the onEdit simple trigger; an owner
 * typed by someone who may not change it is put back, or recorded for review when Sheets does not say
 * who edited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromGrid, records } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import type { TableId } from '../../core/schema/types';
import { ensureBuilt, runtime } from './helpers';
import type { Runtime } from './fake/runtime';

beforeAll(() => ensureBuilt());

function rowsOf(rt: Runtime, id: TableId) {
  const spec = tableSpec(id);
  return records(tableFromGrid(spec, rt.ss.getRangeByName(spec.name)!.getValues()));
}

function ok(r: ReturnType<Runtime['client']>) {
  if (!r.ok) throw new Error(r.error);
  const v = r.value as { ok: boolean; errors?: unknown };
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v;
}

/** A set-up workbook (English), a team of three and two opportunities saved through the form. */
function workbook(): Runtime {
  const rt = runtime({ email: 'zhang.wei@example.com', locale: 'en_US' });
  rt.run('kaSetUp');
  rt.ss.getRangeByName('KA_Team')!.getSheet().getRange('A2:E4').setValues([
    ['Li Na', '', 'li.na@example.com', '', 'North'],
    ['Zhang Wei', 'Li Na', 'zhang.wei@example.com', '', 'North'],
    ['Wang Fang', 'Li Na', 'wang.fang@example.com', '', 'South'],
  ]);
  ok(rt.client('kaSubmit', 'newCustomer', { name: 'Acme Trading Ltd' }));
  const cust = rowsOf(rt, 'customers')[0].id;
  for (const name of ['Routers', 'Switches']) ok(rt.client('kaSubmit', 'newOpportunity', { customer_id: cust, name, stage: 2, amount: '100000', close: '2026-09-30' }));
  return rt;
}

const sheetOf = (rt: Runtime, id: TableId) => rt.ss.getRangeByName(tableSpec(id).name)!.getSheet();
/** The A1 of an Opportunities cell (data row i, 0-based; column key). */
function cellA1(rt: Runtime, i: number, key: string): string {
  const data = tableFromGrid(tableSpec('opportunities'), rt.ss.getRangeByName('KA_Opportunities')!.getValues());
  const col = data.col[key];
  return String.fromCharCode(65 + col) + (i + 2);
}

describe('onEdit in Sheets', () => {
  it('the forms write the first rows; a stage typed into one cell is recorded once', () => {
    const rt = workbook();
    expect(rowsOf(rt, 'history')).toHaveLength(10); // 5 per new opportunity
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 0, 'stage'), [['4']]);
    const h = rowsOf(rt, 'history');
    expect(h).toHaveLength(11);
    expect(h[10]).toMatchObject({ opportunity: 'O00001', field: 'Stage', before: '02 Establish needs, budget and sponsor', by: 'Zhang Wei', source: 'Edit' });
    expect(String(h[10].after)).toBe('04 Set target, request resources');
    // An edit elsewhere (the notes) records nothing; nor does editing the same value again.
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 0, 'notes'), [['call back']]);
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 0, 'stage'), [['04']]);
    expect(rowsOf(rt, 'history')).toHaveLength(11);
  });

  it('records a typed stage in a workbook set up before the order reviews (no Order reviews table)', () => {
    const rt = workbook();
    rt.ss.deleteSheet(sheetOf(rt, 'reviews'));
    rt.ss.removeNamedRange(tableSpec('reviews').name);
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 0, 'stage'), [['4']]);
    expect(rowsOf(rt, 'history')).toHaveLength(11);
  });

  it('a pasted block is recorded once per changed cell, rows matched by ID', () => {
    const rt = workbook();
    const a = cellA1(rt, 0, 'amount');
    const b = cellA1(rt, 1, 'stage');
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), `${a}:${b}`, [
      [120000, '03'],
      [100000, 'Lost'],
    ]);
    const h = rowsOf(rt, 'history').slice(10);
    expect(h.map((x) => [x.opportunity, x.field, x.after])).toEqual([
      ['O00001', 'Stage', '03 Map the customer organisation'],
      ['O00001', 'Amount', 120000],
      ['O00002', 'Stage', 'Lost'],
    ]);
  });

  it('puts back an owner typed by someone who is not a superior, and says why', () => {
    const rt = workbook();
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 0, 'owner'), [['Wang Fang']], { user: 'wang.fang@example.com' });
    expect(rowsOf(rt, 'opportunities')[0].owner).toBe('Zhang Wei');
    expect(rowsOf(rt, 'history')).toHaveLength(10);
    expect(rt.ss.toasts.at(-1)?.message).toMatch(/Only a superior.*O00001: Zhang Wei/);
    // The superior may.
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 0, 'owner'), [['Wang Fang']], { user: 'li.na@example.com' });
    expect(rowsOf(rt, 'opportunities')[0].owner).toBe('Wang Fang');
    expect(rowsOf(rt, 'history').at(-1)).toMatchObject({ field: 'Owner', before: 'Zhang Wei', after: 'Wang Fang', by: 'Li Na', source: 'Edit' });
  });

  it('records an owner edit for review when Sheets does not tell who edited', () => {
    const rt = workbook();
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 1, 'owner'), [['Wang Fang']], { user: null });
    expect(rowsOf(rt, 'opportunities')[1].owner).toBe('Wang Fang');
    expect(rowsOf(rt, 'history').at(-1)).toMatchObject({ field: 'Owner', after: 'Wang Fang', by: '', source: 'Edit (unverified)' });
  });

  it('runs only where the add-on is enabled, and the manifest keeps its scopes', () => {
    const rt = workbook();
    rt.enabled = false;
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 0, 'stage'), [['5']]);
    expect(rowsOf(rt, 'history')).toHaveLength(10);
    expect(rt.scopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('set-up protects the append-only records with a warning only, once', () => {
    const rt = workbook();
    for (const id of ['audit', 'history', 'forecasts', 'snapshots'] as TableId[]) {
      const p = sheetOf(rt, id).protections;
      expect(p, id).toHaveLength(1);
      expect(p[0].isWarningOnly()).toBe(true);
      expect(p[0].getDescription()).toMatch(/append-only record/);
    }
    expect(sheetOf(rt, 'opportunities').protections).toHaveLength(0);
    rt.run('kaSetUp');
    expect(sheetOf(rt, 'history').protections).toHaveLength(1);
    // The forms still write there.
    expect(rowsOf(rt, 'audit').length).toBeGreaterThan(0);
  });
});

/** Moves every snapshot date `days` back, as if they had been taken that much earlier. */
function age(rt: Runtime, days: number) {
  const r = rt.ss.getRangeByName('KA_FunnelSnapshots')!;
  const sheet = r.getSheet();
  const last = sheet.getLastRow();
  const cells = sheet.getRange(2, 1, last - 1, 1);
  cells.setValues(cells.getValues().map(([d]) => [new rt.realm.Date((d as Date).getTime() - days * 86400000)]));
}

describe('the automatic funnel snapshot in Sheets', () => {
  it('is taken on opening (AuthMode.LIMITED) once per interval, and by Refresh the dashboard when due', () => {
    const rt = workbook();
    rt.openDocument();
    const snaps = () => rowsOf(rt, 'snapshots');
    expect(snaps()).toHaveLength(8);
    expect(snaps().map((r) => r.count)).toEqual([0, 2, 0, 0, 0, 0, 0, 0]);
    expect(rt.ss.toasts.at(-1)?.message).toMatch(/Funnel snapshot of .* saved: 2 open opportunities/);
    rt.openDocument();
    rt.run('kaRefreshDashboard');
    expect(snaps()).toHaveLength(8);
    // The last snapshot 8 days old (its dates moved back): the next opening takes the next one.
    age(rt, 8);
    rt.openDocument();
    expect(snaps()).toHaveLength(16);
    // Where the add-on is only installed (AuthMode.NONE), opening touches nothing.
    age(rt, 8);
    rt.enabled = false;
    rt.openDocument();
    expect(snaps()).toHaveLength(16);
    rt.enabled = true;
    rt.run('kaRefreshDashboard');
    expect(snaps()).toHaveLength(24);
  });

  it('a stage typed while the trigger could not run is recorded before the snapshot', () => {
    const rt = workbook();
    rt.enabled = false; // onEdit does not run
    rt.userEdit(sheetOf(rt, 'opportunities').getName(), cellA1(rt, 0, 'stage'), [['5']]);
    rt.enabled = true;
    expect(rowsOf(rt, 'history')).toHaveLength(10);
    rt.openDocument();
    expect(rowsOf(rt, 'history').at(-1)).toMatchObject({ field: 'Stage', source: 'Edit' });
    expect(rowsOf(rt, 'snapshots').map((r) => r.count)).toEqual([0, 1, 0, 0, 1, 0, 0, 0]);
  });
});
