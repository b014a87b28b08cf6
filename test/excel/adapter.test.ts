/**
 * The task-pane adapter against the Excel fake, with core's real commands: every command writes exactly
 * its rows in one write sync; a refused command writes nothing; formula-looking text is stored as text.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cell } from '../../core/cell';
import { demoRecords, gridOf } from '../../core/commands/fixtures';
import type { CommandName, CommandResult } from '../../core/commands/types';
import { tableFromGrid } from '../../core/schema/read';
import { TABLES, tableSpec } from '../../core/schema/tables';
import type { TableId, Workbook } from '../../core/schema/types';
import type { ActorStore } from '../../excel-addin/actor';
import { CORE_FORMS } from '../../excel-addin/core-forms';
import { ExcelFormHost, excelValue, queueWrites, readTables } from '../../excel-addin/excel-adapter';
import { setUpWorkbook } from '../../excel-addin/setup';
import type { FakeExcel } from './fake/excel';
import { enter } from './fake/model';
import { installFake, table } from './helpers';

const NOW = '2026-05-17T09:30:00.000Z';

/** Every KA table as a user (or core) would read it from the fake workbook. */
function readAll(xl: FakeExcel): Workbook {
  const wb: Workbook = {};
  for (const spec of TABLES) {
    const t = xl.model.table(spec.name);
    if (!t) continue;
    const grid: Cell[][] = [];
    for (let i = 0; i <= t.rows; i++) {
      const row: Cell[] = [];
      for (let j = 0; j < t.cols; j++) row.push(t.sheet.cell(t.r + i, t.c + j)?.value ?? '');
      grid.push(row);
    }
    wb[spec.id] = tableFromGrid(spec, grid);
  }
  return wb;
}

/** What Excel holds after core's write of `v` into a column of the table (the fake's Excel rules, the column's format). */
function stored(id: TableId, wb: Workbook, j: number, v: Cell): Cell {
  const t = wb[id]!;
  const col = t.spec.columns.find((c) => t.col[c.key] === j);
  const model = xl.model.table(t.spec.name)!;
  const format = model.sheet.cell(model.r + model.rows, model.c + j)?.numberFormat;
  const cell = { value: '' as string | number | boolean, numberFormat: format };
  enter(cell, excelValue(v, col?.type, format));
  return cell.value;
}

/** Types a table's rows into the fake as a user would (after set-up). */
function seed(xl: FakeExcel, id: TableId, records: Record<string, Cell>[]): void {
  const t = table(xl, tableSpec(id).name);
  const rows = gridOf(id, records).slice(1);
  const blank = (i: number) => Array.from({ length: t.cols }, (_, j) => t.sheet.cell(t.r + 1 + i, t.c + j)?.value ?? '').every((v) => v === '');
  let i = 0;
  while (i < t.rows && !blank(i)) i++;
  for (const row of rows) {
    if (i < t.rows) row.forEach((v, j) => enter(t.sheet.ensure(t.r + 1 + i, t.c + j), v as string));
    else xl.model.addRows(t, [row]);
    i++;
  }
}

let xl: FakeExcel;
let actor: ActorStore;
let host: ExcelFormHost;

beforeEach(async () => {
  const f = installFake();
  xl = f.xl;
  actor = f.actor;
  host = new ExcelFormHost({ run: f.run, actor, core: CORE_FORMS, lang: () => 'en', now: () => NOW });
  await setUpWorkbook(f.run, 'en', '2026-05-17');
  const demo = demoRecords();
  seed(xl, 'team', demo.team!);
  seed(xl, 'customers', demo.customers!);
  seed(xl, 'opportunities', demo.opportunities!);
  const st = table(xl, 'KA_Settings');
  for (let i = 0; i < st.rows; i++) {
    const key = st.sheet.cell(st.r + 1 + i, st.c)?.value;
    if (key === 'period_from') enter(st.sheet.ensure(st.r + 1 + i, st.c + 1), '2026-04-01');
    if (key === 'period_to') enter(st.sheet.ensure(st.r + 1 + i, st.c + 1), '2026-06-30');
  }
  await actor.set('Chen');
});

/** Submits and checks: accepted, one write sync at the end, every table = before + core's writes, nothing else. */
async function submitExact(name: CommandName, input: Record<string, unknown>): Promise<Extract<CommandResult, { ok: true }>> {
  const before = readAll(xl);
  const runsBefore = xl.changes.length;
  const r = await host.submit(name, input);
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.errors)}`);
  expect(xl.changes.slice(runsBefore)).toEqual([[false, false, true]]);
  expect(r.writes.some((w) => w.table === 'audit')).toBe(true);
  // Expected: the rows as read before, plus core's writes as Excel stores them (appends after the
  // last non-blank row, updates of the changed cells).
  const want: Partial<Record<TableId, Cell[][]>> = {};
  for (const spec of TABLES) if (before[spec.id]) want[spec.id] = before[spec.id]!.rows.map((row) => row.slice());
  for (const w of r.writes) {
    const rows = want[w.table]!;
    if (w.kind === 'append') for (const row of w.rows) rows.push(row.map((v, j) => stored(w.table, before, j, v)));
    else {
      const changed = (w as { changed?: number[] }).changed ?? w.values.map((_, j) => j);
      for (const j of changed) rows[w.row][j] = stored(w.table, before, j, w.values[j]);
    }
  }
  const after = readAll(xl);
  for (const spec of TABLES) expect(after[spec.id]?.rows, `${name}: ${spec.id}`).toEqual(want[spec.id]);
  return r;
}

describe('Excel adapter (FormHost on Excel.run)', () => {
  it('load() gives core\'s form data with the remembered actor', async () => {
    const fd = await host.load();
    expect(fd.actor).toBe('Chen');
    expect(fd.people.map((p) => p.name)).toEqual(['Wang', 'Li', 'Zhao', 'Chen', 'Liu', 'Sun']);
    expect(fd.customers.map((c) => c.id)).toEqual(['C00001', 'C00002']);
    expect(fd.period).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    // Excel hands dates over as serial numbers; the forms get them as YYYY-MM-DD.
    expect(fd.opportunities.map((o) => o.close)).toEqual(['2026-06-15', '2026-09-30', '2026-05-31']);
    expect(xl.changes.at(-1)).toEqual([false, false]);
  });

  it('view(\'forecast\') reads without writing: a manager sees the team below', async () => {
    await actor.set('Li');
    const before = xl.model.fingerprint();
    const v = (await host.view('forecast', {})) as { person: string; period: { from: string }; team: { person: string }[] };
    expect(v.person).toBe('Li');
    expect(v.period.from).toBe('2026-04-01');
    expect(v.team.map((l) => l.person)).toEqual(['Chen', 'Liu']);
    expect(xl.model.fingerprint()).toBe(before);
    expect(xl.changes.at(-1)).toEqual([false, false]);
  });

  it('forms that know the record: load() limits the pickers, view(\'record\') reads what an update form starts from', async () => {
    await actor.set('Li');
    const fd = await host.load();
    expect(fd.choices['changeOwner.owner'].map((c) => c.value)).toEqual(['Li', 'Chen', 'Liu']);
    expect(fd.choices['changeOwner.opportunity'].map((c) => c.value)).toEqual(['O00001', 'O00002']);
    const before = xl.model.fingerprint();
    expect(await host.view('record', { command: 'updateCustomer', id: 'C00002' })).toMatchObject({ name: 'Acme Trading (Shanghai) Co., Ltd.', account_manager: 'Sun', region: 'South' });
    expect(xl.model.fingerprint()).toBe(before);
  });

  it('every command writes exactly its rows, in one write sync', async () => {
    const c = await submitExact('newCustomer', { name: 'Globex 环球贸易', account_manager: 'Chen', region: 'North', phone: '13800138000', tier: 'MGC' });
    const newId = c.id!;
    expect(newId).toBeTruthy();
    // The first customer rows went into the table's rows; no blank row was left between them.
    expect(readAll(xl).customers!.rows.length).toBe(3);
    await submitExact('updateCustomer', { id: 'C00001', region: 'East', notes: 'moved HQ' });
    await submitExact('newOpportunity', { customer_id: newId, name: 'Data centre', owner: 'Chen', stage: 2, amount: '300,000', close: '2026-06-20' });
    await submitExact('assessOpportunity', { opportunity: 'O00001', answers: Array.from({ length: 20 }, (_, i) => i % 3 !== 0) });
    await submitExact('logActivity', { type: 'visit', customer_id: 'C00001', notes: 'met the CIO' });
    await submitExact('logComplaint', { customer_id: 'C00001', description: 'late delivery', status: 'received' });
    await submitExact('newProject', { customer_id: 'C00001', name: 'Backbone tender', sales_method: 'bid' });
    await submitExact('submitForecast', { opportunities: ['O00001'] });
    await actor.set('Li');
    await submitExact('reviseForecast', { person: 'Chen', amount: '900000', reason: 'customer budget cut' });
    await submitExact('changeOwner', { opportunity: 'O00002', owner: 'Liu', reason: 'workload' });
    // One audit row per accepted command.
    expect(readAll(xl).audit!.rows.length).toBe(10);
  });

  it('finds tables by name wherever the user moved or renamed their sheets', async () => {
    table(xl, 'KA_Customers').sheet.name = '我的客户';
    table(xl, 'KA_Audit').sheet.name = 'Log';
    xl.model.addSheet('Customers'); // a sheet titled like ours, not our table
    await submitExact('newCustomer', { name: 'Hooli', account_manager: 'Chen' });
    expect(xl.model.sheet('Customers')!.cells.size).toBe(0);
  });

  it('stores formula-looking text as text', async () => {
    const evil = ['=HYPERLINK("http://evil.example","click")', '+86 138 0013 8000', '-1+1', '@SUM(A1)', '＝1+1'];
    await submitExact('newCustomer', { name: evil[0], account_manager: 'Chen', phone: evil[1], address: evil[2], contact: evil[3], notes: evil[4] });
    const t = table(xl, 'KA_Customers');
    const row = t.rows; // the last data row (1-based below the header)
    const cells = Array.from({ length: t.cols }, (_, j) => t.sheet.cell(t.r + row, t.c + j));
    expect(cells.every((c) => c?.formula === undefined)).toBe(true);
    const values = cells.map((c) => c?.value);
    for (const s of evil) expect(values).toContain(s);
    // …and the audit row's JSON too.
    const audit = table(xl, 'KA_Audit');
    for (let j = 0; j < audit.cols; j++) expect(audit.sheet.cell(audit.r + audit.rows, audit.c + j)?.formula).toBeUndefined();
  });

  it('a refused command writes nothing (and says why, in the user\'s language)', async () => {
    const before = xl.model.fingerprint();
    const r = await host.submit('newOpportunity', { customer_id: 'C00001', name: 'No amount', owner: 'Chen', stage: 2, close: '2026-06-20' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.field === 'amount' && e.message.zh)).toBe(true);
    expect(xl.model.fingerprint()).toBe(before);
    expect(xl.changes.at(-1)).toEqual([false, false]);
  });

  it('refuses, writing nothing, when a table it would write is on a protected sheet', async () => {
    table(xl, 'KA_Audit').sheet.protected = true;
    const before = xl.model.fingerprint();
    const r = await host.submit('logActivity', { type: 'visit', customer_id: 'C00001', notes: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message.en).toMatch(/Audit log is protected/);
    expect(xl.model.fingerprint()).toBe(before);
    expect(xl.changes.at(-1)).toEqual([false, false]);
  });

  it('works without a table it does not need; refuses when one it writes is gone', async () => {
    xl.model.tables = xl.model.tables.filter((t) => t.name !== 'KA_Projects' && t.name !== 'KA_Assessments');
    await submitExact('logActivity', { type: 'visit', customer_id: 'C00001' });
    const before = xl.model.fingerprint();
    const r = await host.submit('assessOpportunity', { opportunity: 'O00001', answers: Array.from({ length: 20 }, () => true) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message.en).toMatch(/no KA_Assessments table/);
    expect(xl.model.fingerprint()).toBe(before);
  });

  it('refuses without a chosen actor, and when set-up was not run', async () => {
    await actor.set('');
    expect(actor.get()).toBe('');
    const runs = xl.runs.length;
    const r = await host.submit('logActivity', { type: 'visit' });
    expect(r.ok).toBe(false);
    expect(xl.runs.length).toBe(runs);

    const bare = installFake();
    await bare.actor.set('Chen');
    const h = new ExcelFormHost({ run: bare.run, actor: bare.actor, core: CORE_FORMS, lang: () => 'zh', now: () => NOW });
    const r2 = await h.submit('newCustomer', { name: 'X', account_manager: 'Chen' });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0].message.zh).toMatch(/KA_Customers.*设置工作簿/);
    expect(bare.xl.changes.at(-1)!.every((c) => !c)).toBe(true);
  });

  it('an update writes only the changed cells: a formula in the user\'s own column survives', async () => {
    const t = table(xl, 'KA_Customers');
    xl.model.addColumn(t, 'My score');
    const own = t.sheet.ensure(t.r + 1, t.c + t.cols - 1);
    enter(own, '=LEN(B2)');
    await submitExact('updateCustomer', { id: 'C00001', region: 'West' });
    expect(t.sheet.cell(t.r + 1, t.c + t.cols - 1)?.formula).toBe('=LEN(B2)');
  });

  it('speaks the workbook\'s language from its Settings, whatever Excel\'s editing language', async () => {
    const st = table(xl, 'KA_Settings');
    for (let i = 0; i < st.rows; i++) if (st.sheet.cell(st.r + 1 + i, st.c)?.value === 'language') enter(st.sheet.ensure(st.r + 1 + i, st.c + 1), 'zh');
    expect(await host.workbookLang()).toBe('zh');
    expect((await host.load()).lang).toBe('zh');
    await submitExact('newCustomer', { name: 'Initech', account_manager: 'Chen', tier: 'MGC' });
    const cust = readAll(xl).customers!;
    expect(cust.rows.at(-1)![cust.col.tier]).toBe('MGC客户');
  });

  it('a whole-row update re-writes text read back from Excel as text, never as a formula', async () => {
    const { xl: x2, run } = installFake();
    await setUpWorkbook(run, 'en');
    const t = table(x2, 'KA_Customers');
    enter(t.sheet.ensure(t.r + 1, t.c + 1), "'=HYPERLINK(\"x\")"); // the user typed it as text
    await run(async (ctx) => {
      const tables = await readTables(ctx as never, ['customers']);
      const data = tables.get('customers')!.data;
      expect(data.rows[0][1]).toBe('=HYPERLINK("x")'); // as Excel reads it back
      queueWrites(tables, [{ kind: 'update', table: 'customers', row: 0, values: data.rows[0].map((v, j) => (j === 0 ? 'C9' : v)) }]);
      await ctx.sync();
    });
    expect(t.sheet.cell(t.r + 1, t.c + 1)).toMatchObject({ value: '=HYPERLINK("x")' });
    expect(t.sheet.cell(t.r + 1, t.c + 1)?.formula).toBeUndefined();
    expect(t.sheet.cell(t.r + 1, t.c)?.value).toBe('C9');
  });

  it('keeps text Excel would turn into numbers or dates as text in text columns', () => {
    expect(excelValue('00123', 'text', '@')).toBe('00123');
    expect(excelValue("'=x", 'text', '@')).toBe("'=x"); // Excel drops the prefix in every format
    expect(excelValue("''tis", 'text', '@')).toBe("''tis"); // core's mark before a text of its own apostrophe
    expect(excelValue('00123', 'text')).toBe("'00123");
    expect(excelValue('2026-1-2', 'id')).toBe("'2026-1-2");
    expect(excelValue('2026-05-17', 'date')).toBe('2026-05-17');
    expect(excelValue('12', 'number')).toBe('12');
    expect(excelValue("'=x", 'text')).toBe("'=x");
    expect(excelValue('=x', 'text')).toBe("'=x");
    expect(excelValue('-5', 'money')).toBe('-5');
    expect(excelValue('-x', undefined)).toBe("'-x");
    expect(excelValue(null)).toBe('');
  });
});
