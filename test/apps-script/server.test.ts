import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/functions/catalogue';
import { COMMANDS } from '../../core/commands/index';
import { tableFromGrid, records } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import type { TableId } from '../../core/schema/types';
import { ensureBuilt, runtime, snapshot } from './helpers';
import { DIST_APPS_SCRIPT, type Runtime, type RuntimeOptions } from './fake/runtime';

beforeAll(() => ensureBuilt());

/** A set-up workbook with a small team; the acting user is Zhang Wei. */
function workbook(opts: RuntimeOptions = {}): Runtime {
  const rt = runtime({ email: 'zhang.wei@example.com', locale: 'en_US', ...opts });
  rt.run('kaSetUp');
  const team = rt.ss.getRangeByName('KA_Team')!.getSheet();
  team.getRange('A2:E4').setValues([
    ['Li Na', '', 'li.na@example.com', '', 'North'],
    ['Zhang Wei', 'Li Na', 'zhang.wei@example.com', '', 'North'],
    ['Wang Fang', 'Li Na', 'wang.fang@example.com', '', 'South'],
  ]);
  rt.ss.counters = {};
  return rt;
}

function rowsOf(rt: Runtime, id: TableId) {
  const spec = tableSpec(id);
  return records(tableFromGrid(spec, rt.ss.getRangeByName(spec.name)!.getValues()));
}

function ok(r: ReturnType<Runtime['client']>) {
  if (!r.ok) throw new Error(r.error);
  return r.value as Record<string, any>;
}

describe('the menu', () => {
  it('onOpen adds the add-on menu in the user’s language, every item calling a global of the project', () => {
    for (const [locale, setup, form] of [
      ['zh_CN', '设置工作簿', '新建客户'],
      ['en_US', 'Set up the workbook', 'New customer'],
      ['zh_TW', '設定活頁簿', '新建客戶'],
    ]) {
      const rt = runtime({ userLocale: locale });
      rt.run('onOpen', { authMode: 'NONE' });
      expect(rt.ui.menus).toHaveLength(1);
      const menu = rt.ui.menus[0];
      expect(menu.addon).toBe(true);
      const flat: { caption: string; fn: string }[] = [];
      const walk = (m: typeof menu) => m.items.forEach((i) => ('fn' in i ? flat.push(i) : 'submenu' in i ? walk(i.submenu) : null));
      walk(menu);
      expect(flat[0]).toEqual({ caption: setup, fn: 'kaSetUp' });
      expect(flat.map((i) => i.caption)).toContain(form);
      expect(flat.map((i) => i.fn)).toEqual(expect.arrayContaining(['kaRefreshDashboard', 'kaHelp']));
      expect(flat.length).toBe(3 + Object.keys(COMMANDS).length);
      for (const i of flat) expect(typeof rt.global(i.fn), i.fn).toBe('function');
      // onOpen in AuthMode.NONE must not touch the document
      expect(rt.ss.toasts).toHaveLength(0);
    }
  });

  it('onInstall builds the same menu', () => {
    const rt = runtime();
    rt.run('onInstall', { authMode: 'FULL' });
    expect(rt.ui.menus).toHaveLength(1);
  });

  it('each form item opens the one self-contained sidebar page, told which form to show', () => {
    const rt = workbook({ userLocale: 'zh_CN' });
    rt.run('kaForm_newCustomer');
    expect(rt.ui.sidebars).toHaveLength(1);
    const page = rt.ui.sidebars[0];
    expect(page.getTitle()).toBe('新建客户');
    expect(page.getContent()).toContain('<div id="ka-boot" data-form="newCustomer" hidden></div>');
    expect(page.getContent()).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
  });

  it('a form on a workbook not set up tells the user what to do first', () => {
    const rt = runtime({ userLocale: 'en_US' });
    rt.run('kaForm_newOpportunity');
    expect(rt.ui.sidebars).toHaveLength(0);
    expect(rt.ui.alerts[0].prompt).toMatch(/Set up the workbook/);
  });

  it('help shows the functions in the user’s language, escaped', () => {
    const rt = runtime({ userLocale: 'zh_CN' });
    rt.run('kaHelp');
    expect(rt.ui.dialogs[0].title).toBe('大客户 — 帮助');
    expect(rt.ui.dialogs[0].html.getContent()).toContain('FUNNEL_HEALTH');
    const fh = CATALOGUE.find((f) => f.name === 'FUNNEL_HEALTH')!;
    expect(rt.ui.dialogs[0].html.getContent()).toContain(fh.help.zh.slice(0, 20));
    const en = runtime({ userLocale: 'en_US' });
    en.run('kaHelp');
    expect(en.ui.dialogs[0].html.getContent()).toContain(fh.help.en.slice(0, 20).replace(/&/g, '&amp;'));
  });

  it('keeps the catalogue’s help and examples out of the code every execution loads (they are the JSDoc and the Help pages)', () => {
    const code = readFileSync(join(DIST_APPS_SCRIPT, 'Code.js'), 'utf8');
    const bundle = code.slice(0, code.indexOf('\nreturn KA;\n})('));
    expect(bundle.length).toBeGreaterThan(1000);
    for (const f of CATALOGUE) {
      expect(bundle, f.name).not.toContain(f.help.en.slice(0, 30));
      for (const e of f.examples) expect(bundle, f.name).not.toContain(e.explain.en);
      expect(code.slice(bundle.length), f.name).toContain(f.help.en.slice(0, 30).replace(/\s+/g, ' '));
    }
  });

  it('refresh the dashboard repairs a broken formula and changes nothing else', () => {
    const rt = workbook();
    const dash = rt.ss.getRangeByName('KA_Dashboard')!.getSheet();
    const good = dash.getRange('A5').getFormula();
    dash.getRange('A5').setValue('oops');
    rt.run('kaRefreshDashboard');
    expect(dash.getRange('A5').getFormula()).toBe(good);
    const before = snapshot(rt.ss);
    rt.run('kaRefreshDashboard');
    expect(snapshot(rt.ss)).toEqual(before);
  });
});

describe('server functions the sidebar calls', () => {
  it('kaLoad gives FormData the page can receive (no Date in it), knowing the acting user', () => {
    const rt = workbook();
    const data = ok(rt.client('kaLoad'));
    expect(data).not.toBeNull();
    expect(data.lang).toBe('en');
    expect(data.actor).toBe('Zhang Wei');
    expect(data.people.map((p: { name: string }) => p.name)).toEqual(['Li Na', 'Zhang Wei', 'Wang Fang']);
    expect(data.stages).toHaveLength(9);
    expect(data.period.from).toMatch(/^\d{4}-\d{2}-01$/);
  });

  it('kaLoad offers the order reviews waiting for the user, and loads a workbook set up before Order reviews', () => {
    const rt = workbook({ email: 'li.na@example.com' });
    expect(ok(rt.client('kaLoad')).choices['decideReview.review']).toEqual([]);
    const reviews = rt.ss.getRangeByName(tableSpec('reviews').name)!;
    reviews.getSheet().getRange(reviews.getRow() + 1, reviews.getColumn(), 1, 5).setValues([['R00001', '', 'Request', 'O00001', 'Zhang Wei']]);
    const opps = rt.ss.getRangeByName(tableSpec('opportunities').name)!;
    opps.getSheet().getRange(opps.getRow() + 1, opps.getColumn(), 1, 2).setValues([['O00001', 'Tender']]);
    const owner = tableSpec('opportunities').columns.findIndex((c) => c.key === 'owner');
    opps.getSheet().getRange(opps.getRow() + 1, opps.getColumn() + owner).setValue('Zhang Wei');
    // nobody has signed: Li Na (no review role, Zhang Wei's superior) has nothing to do yet
    expect(ok(rt.client('kaLoad')).choices['decideReview.review']).toEqual([]);
    rt.ss.getRangeByName('KA_Team')!.getSheet().getRange('D2').setValue('Finance (order review)');
    expect((ok(rt.client('kaLoad')).choices['decideReview.review'] as { value: string }[]).map((c) => c.value)).toEqual(['R00001']);
    rt.ss.deleteSheet(reviews.getSheet());
    rt.ss.removeNamedRange(tableSpec('reviews').name);
    expect(ok(rt.client('kaLoad')).choices['decideReview.review']).toEqual([]);
  });

  it('kaLoad on a workbook not set up fails with a message in the user’s language', () => {
    const rt = runtime({ userLocale: 'zh_CN' });
    const r = rt.client('kaLoad');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/尚未设置/);
  });

  it('forms that know the record: kaLoad gives the limited pickers, kaView the record an update form starts from', () => {
    const rt = workbook({ email: 'li.na@example.com' });
    const data = ok(rt.client('kaLoad'));
    // Li Na may revise Zhang Wei and Wang Fang, not herself
    expect((data.choices['reviseForecast.person'] as { value: string }[]).map((c) => c.value)).toEqual(['Zhang Wei', 'Wang Fang']);
    expect((data.choices['reviseForecast.person'] as { detail: string }[])[0].detail).toBe('not submitted yet');
    expect(ok(rt.client('kaSubmit', 'newCustomer', { name: 'Huawei Technologies', account_manager: 'Zhang Wei', value: '3165700' })).ok).toBe(true);
    const v = ok(rt.client('kaView', 'record', { command: 'updateCustomer', id: 'C00001' }));
    expect(v).toMatchObject({ name: 'Huawei Technologies', account_manager: 'Zhang Wei', value: '3,165,700' });
    // a date read from Sheets (a Date) comes as ISO text the page can receive and the date input shows
    expect(ok(rt.client('kaSubmit', 'logComplaint', { customer_id: 'C00001', description: 'Late', received: '2026-05-10' })).ok).toBe(true);
    expect(ok(rt.client('kaView', 'record', { command: 'logComplaint', id: 'K00001' }))).toMatchObject({ customer_id: 'C00001', received: '2026-05-10', description: 'Late' });
    expect(ok(rt.client('kaView', 'record', { command: 'updateCustomer', id: 'C09999' }))).toEqual({});
  });

  it('kaView returns the forecast view as plain data', () => {
    const rt = workbook();
    const v = ok(rt.client('kaView', 'forecast', {}));
    expect(v).not.toBeNull();
    expect(typeof v).toBe('object');
    const bad = rt.client('kaView', 'nope', {});
    expect(bad.ok).toBe(false);
  });

  it('kaSubmit saves a new customer and its audit row, one setValues per table', () => {
    const rt = workbook();
    const r = ok(rt.client('kaSubmit', 'newCustomer', { name: 'Huawei Technologies', account_manager: 'Zhang Wei', region: 'North', value: '1,200' }));
    expect(r.ok).toBe(true);
    expect(r.id).toBe('C00001');
    expect(r.writes).toEqual([]);
    const customers = rowsOf(rt, 'customers');
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({ id: 'C00001', name: 'Huawei Technologies', account_manager: 'Zhang Wei', value: 1200 });
    expect(customers[0].created).toBeInstanceOf(rt.realm.Date);
    const audit = rowsOf(rt, 'audit');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ who: 'zhang.wei@example.com', command: 'New customer', table: 'Customers', row_id: 'C00001' });
    expect(audit[0].change).toMatch(/^New record — Customer ID: C00001; Customer name: Huawei Technologies; Account manager: Zhang Wei; .*Annual gross profit: 1,200; /);
    expect(rt.ss.counters.setValues).toBe(2);
    expect(rt.ss.counters.setValue ?? 0).toBe(0);
    expect(rt.ss.counters.appendRow ?? 0).toBe(0);
    expect(rt.documentLock.holder).toBeNull();
  });

  it('a rejected form writes nothing and names the fields', () => {
    const rt = workbook();
    const before = snapshot(rt.ss);
    const r = ok(rt.client('kaSubmit', 'newCustomer', { name: '', account_manager: 'Nobody', email: 'not-an-email' }));
    expect(r.ok).toBe(false);
    const fields = r.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'account_manager', 'email']));
    for (const e of r.errors) expect(e.message.zh).toBeTruthy();
    expect(snapshot(rt.ss)).toEqual(before);
  });

  it('formula-looking text is stored as text, exactly as typed', () => {
    const rt = workbook();
    const texts = ['=HYPERLINK("http://evil.example","x")', '+86 138 0000 0000', '-x', '@home'];
    const r = ok(
      rt.client('kaSubmit', 'newCustomer', {
        name: texts[0],
        account_manager: 'Zhang Wei',
        phone: texts[1],
        industry: texts[2],
        notes: texts[3],
      }),
    );
    expect(r.ok).toBe(true);
    const range = rt.ss.getRangeByName('KA_Customers')!;
    const sheet = range.getSheet();
    const t = tableFromGrid(tableSpec('customers'), range.getValues());
    const row = 2;
    for (const [key, text] of [['name', texts[0]], ['phone', texts[1]], ['industry', texts[2]], ['notes', texts[3]]] as const) {
      const cell = sheet.getRange(row, t.col[key] + 1);
      expect(cell.getFormula(), key).toBe('');
      expect(cell.getValue(), key).toBe(text);
    }
    expect(rt.ss.sheets.flatMap((s) => [...s.cells.values()]).filter((d) => d.formula && /evil/.test(d.formula))).toHaveLength(0);
  });

  it('an update writes only the changed cells: the user’s own formula beside the row stays', () => {
    const rt = workbook();
    ok(rt.client('kaSubmit', 'newCustomer', { name: 'Alibaba', account_manager: 'Zhang Wei' }));
    const range = rt.ss.getRangeByName('KA_Customers')!;
    const sheet = range.getSheet();
    const t = tableFromGrid(tableSpec('customers'), range.getValues());
    const notes = sheet.getRange(2, t.col.notes + 1);
    notes.setFormula('=LEN(B2)');
    rt.ss.counters = {};
    const r = ok(rt.client('kaSubmit', 'updateCustomer', { id: 'C00001', account_manager: 'Wang Fang' }));
    expect(r.ok).toBe(true);
    expect(sheet.getRange(2, t.col.account_manager + 1).getValue()).toBe('Wang Fang');
    expect(notes.getFormula()).toBe('=LEN(B2)');
    expect(rowsOf(rt, 'customers')).toHaveLength(1);
  });

  it('the audit log is appended to without reading it whole: its header and one column', () => {
    const rt = workbook();
    const audit = rt.ss.getRangeByName('KA_Audit')!.getSheet();
    const rows = Array.from({ length: 600 }, (_, i) => [`2026-01-01 10:00:${String(i % 60).padStart(2, '0')}`, 'someone@example.com', 'New customer', 'Customers', `C${i}`, '', '', '']);
    audit.getRange(2, 1, rows.length, 8).setValues(rows);
    rt.ss.counters = {};
    const r = ok(rt.client('kaSubmit', 'newCustomer', { name: 'Meituan', account_manager: 'Zhang Wei' }));
    expect(r.ok).toBe(true);
    expect(audit.getRange(602, 3).getValue()).toBe('New customer');
    expect(audit.getRange(602, 5).getValue()).toBe(r.id);
    expect(audit.getRange(601, 5).getValue()).toBe('C599');
    // header (8 cells) + the When column down to the last row (600 cells)
    expect(rt.ss.counters[`cellsRead:${audit.getName()}`]).toBeLessThanOrEqual(8 + 601);
  });

  it('a save past the sheet’s last row grows the sheet, and the Dashboard keeps room for its spilled results', () => {
    const rt = workbook();
    const sheet = rt.ss.getRangeByName('KA_Customers')!.getSheet();
    const last = sheet.getMaxRows();
    sheet.getRange(last, 2).setValue('Typed on the last row');
    const r = ok(rt.client('kaSubmit', 'newCustomer', { name: 'Xiaomi', account_manager: 'Zhang Wei' }));
    expect(r.ok).toBe(true);
    expect(sheet.getMaxRows()).toBe(last + 1);
    expect(sheet.getRange(last, 2).getValue()).toBe('Typed on the last row');
    expect(sheet.getRange(last + 1, 2).getValue()).toBe('Xiaomi');
    const dash = rt.ss.getRangeByName('KA_Dashboard')!.getSheet();
    expect(dash.getMaxRows()).toBeGreaterThanOrEqual(17 + last);
  });

  it('unknown commands and malformed input are refused without writing', () => {
    const rt = workbook();
    const before = snapshot(rt.ss);
    const a = ok(rt.client('kaSubmit', 'dropTables', {}));
    expect(a.ok).toBe(false);
    expect(a.errors[0].message.en).toMatch(/dropTables/);
    const b = ok(rt.client('kaSubmit', 'newCustomer', 'name=x'));
    expect(b.ok).toBe(false);
    expect(snapshot(rt.ss)).toEqual(before);
  });

  it('kaSubmit on a workbook not set up says so and creates nothing', () => {
    const rt = runtime({ userLocale: 'en_US' });
    const r = ok(rt.client('kaSubmit', 'newCustomer', { name: 'X' }));
    expect(r.ok).toBe(false);
    expect(r.errors[0].message.en).toMatch(/not set up/);
    expect(rt.ss.sheets).toHaveLength(1);
  });
});

describe('saves racing for the document lock', () => {
  const customer = (name: string) => ({ name, account_manager: 'Zhang Wei' });

  it('a save that cannot get the lock in time is refused cleanly and writes nothing', () => {
    const rt = workbook();
    rt.holdDocumentLockExternally(60000);
    const before = snapshot(rt.ss);
    const r = ok(rt.client('kaSubmit', 'newCustomer', customer('Tencent')));
    expect(r.ok).toBe(false);
    expect(r.errors[0].field).toBe('');
    expect(r.errors[0].message.en).toMatch(/try again/);
    expect(r.errors[0].message.zh).toMatch(/重试/);
    expect(snapshot(rt.ss)).toEqual(before);
  });

  it('a save that waits while another finishes lands after it', () => {
    const rt = workbook();
    rt.holdDocumentLockExternally(3000);
    const r = ok(rt.client('kaSubmit', 'newCustomer', customer('Tencent')));
    expect(r.ok).toBe(true);
    expect(rt.clock.now).toBe(3000);
  });

  it('second save arriving while the first holds the lock: refused whole, the first lands whole', () => {
    const rt = workbook();
    let second: ReturnType<Runtime['client']> | null = null;
    const mid = snapshot(rt.ss);
    rt.once('lock.acquired', () => {
      second = rt.client('kaSubmit', 'newCustomer', customer('Baidu'));
    });
    const first = ok(rt.client('kaSubmit', 'newCustomer', customer('Tencent')));
    expect(first.ok).toBe(true);
    const s = ok(second!);
    expect(s.ok).toBe(false);
    expect(s.errors[0].message.en).toMatch(/Nothing was saved/);
    const names = rowsOf(rt, 'customers').map((c) => c.name);
    expect(names).toEqual(['Tencent']);
    expect(rowsOf(rt, 'audit')).toHaveLength(1);
    void mid;
    // retried, it lands after the first with the next ID
    const again = ok(rt.client('kaSubmit', 'newCustomer', customer('Baidu')));
    expect(again.id).toBe('C00002');
    expect(rowsOf(rt, 'customers').map((c) => c.name)).toEqual(['Tencent', 'Baidu']);
  });

  it('second save that gets the lock first: both rows land, with different IDs, none overwritten', () => {
    const rt = workbook();
    let second: ReturnType<Runtime['client']> | null = null;
    // The first save has started (it asked who the user is) but not yet taken the lock.
    rt.once('session.user', () => {
      second = rt.client('kaSubmit', 'newCustomer', customer('Baidu'));
    });
    const first = ok(rt.client('kaSubmit', 'newCustomer', customer('Tencent')));
    const s = ok(second!);
    expect(s.ok && first.ok).toBe(true);
    expect(new Set([s.id, first.id]).size).toBe(2);
    const customers = rowsOf(rt, 'customers');
    expect(customers.map((c) => c.name).sort()).toEqual(['Baidu', 'Tencent']);
    expect(customers.every((c) => c.id && c.account_manager === 'Zhang Wei')).toBe(true);
    expect(rowsOf(rt, 'audit')).toHaveLength(2);
  });

  it('reads happen under the lock: a save slipping in between another save’s read and write is refused', () => {
    const rt = workbook();
    let second: ReturnType<Runtime['client']> | null = null;
    rt.once('read', () => {
      second = rt.client('kaSubmit', 'newCustomer', customer('Baidu'));
    });
    const first = ok(rt.client('kaSubmit', 'newCustomer', customer('Tencent')));
    expect(first.ok).toBe(true);
    expect(ok(second!).ok).toBe(false);
    expect(rowsOf(rt, 'customers').map((c) => c.name)).toEqual(['Tencent']);
  });
});
