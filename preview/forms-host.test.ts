import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../core/i18n';
import { PreviewBook } from './book';
import { previewHost } from './forms-host';
import { localIso } from '../ui/local-time';
import { toA1 } from '../core/schema/dashboard';

let book: PreviewBook;
let actor = '';
let saved = 0;
const host = (lang: Lang = 'en') =>
  previewHost(book, { actor: () => actor, lang: () => lang, onSaved: () => saved++, now: () => '2026-11-16T09:30:00.000Z' });

function dashValue(a1: string): unknown {
  const addr = book.hf.simpleCellAddressFromString(a1, book.dashboardSheet)!;
  return book.hf.getCellValue(addr);
}

beforeEach(() => {
  book = new PreviewBook({ lang: 'en' });
  const team = book.wb.read('team');
  actor = String(team.rows.find((r) => r[team.col.role] === 'Account manager')![team.col.person]);
  saved = 0;
});

describe('the preview FormHost', () => {
  it('loads form data from the engine tables', async () => {
    const data = await host().load();
    expect(data.people.length).toBe(43); // 40 in the sales hierarchy and the three order-review departments
    expect(data.customers.length).toBe(300);
    expect(data.opportunities.length).toBe(1500);
    expect(data.actor).toBe(actor);
  });

  it('an accepted new customer appends its row and an audit row, and the formula-looking name stays text', async () => {
    const before = book.wb.dataRows('customers');
    const name = '=HYPERLINK("http://example.invalid","x")';
    const r = await host().submit('newCustomer', { name, account_manager: actor });
    expect(r.ok).toBe(true);
    expect(saved).toBe(1);
    const customers = book.wb.read('customers');
    expect(customers.rows.length).toBe(before + 1);
    const sheet = book.wb.entry('customers')!.sheet;
    const addr = { sheet, row: customers.rows.length, col: customers.col.name };
    expect(book.hf.doesCellHaveFormula(addr)).toBe(false);
    expect(book.hf.getCellValue(addr)).toBe(name);
    expect(book.wb.dataRows('audit')).toBe(1);
  });

  it('a rejected command writes nothing', async () => {
    const before = book.wb.dataRows('opportunities');
    const r = await host().submit('newOpportunity', { customer_id: 'C99999', name: '', stage: '', amount: 'lots', close: 'soon' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['customer_id', 'amount', 'close']));
    expect(book.wb.dataRows('opportunities')).toBe(before);
    expect(book.wb.dataRows('audit')).toBe(0);
    expect(saved).toBe(0);
  });

  it('a near-duplicate customer is refused with the likely duplicates until confirmed', async () => {
    const r = await host().submit('newCustomer', { name: '中国电信', account_manager: actor });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toMatch(/中國電信|中国电信股份有限公司/);
    const ok = await host().submit('newCustomer', { name: '中国电信', account_manager: actor, confirmDifferent: true });
    expect(ok.ok).toBe(true);
  });

  it('the dashboard recalculates after a save, and its ranges grow with the table', async () => {
    const count = book.dashboard.layout.sections.find((s) => s.id === 'funnel_count')!.body;
    const health = book.dashboard.layout.sections.find((s) => s.id === 'health_count')!.body;
    const stage1 = toA1(count.col + 1, count.row);
    const before = dashValue(stage1); // stage 1 count
    const data = await host().load();
    const r = await host().submit('newOpportunity', { customer_id: data.customers[0].id, name: 'Pilot', owner: actor, stage: 1, amount: '120000', close: '2026-12-15' });
    expect(r.ok).toBe(true);
    expect(dashValue(stage1)).toBe((before as number) + 1);
    expect(book.hf.getCellFormula({ sheet: book.dashboardSheet, row: health.row, col: health.col })).toMatch(/\$G\$1502/);
  });

  it('an owner change by someone who is not a superior is refused, by the superior accepted', async () => {
    const opps = book.wb.read('opportunities');
    const team = book.wb.read('team');
    const row = opps.rows.findIndex((o) => o[opps.col.owner] !== actor);
    const owner = String(opps.rows[row][opps.col.owner]);
    const id = String(opps.rows[row][opps.col.id]);
    const refused = await host().submit('changeOwner', { opportunity: id, owner: actor, reason: 'mine now' });
    expect(refused.ok).toBe(false);
    expect(book.wb.read('opportunities').rows[row][opps.col.owner]).toBe(owner);
    actor = String(team.rows.find((p) => p[team.col.person] === owner)![team.col.manager]);
    const ok = await host().submit('changeOwner', { opportunity: id, owner: actor, reason: 'taking it over' });
    expect(ok.ok).toBe(true);
    expect(book.wb.read('opportunities').rows[row][opps.col.owner]).toBe(actor);
  });

  it('hands core the local time with its offset', () => {
    const d = new Date(2026, 10, 22, 9, 5, 7);
    const s = localIso(d);
    expect(s).toMatch(/^2026-11-22T09:05:07[+-]\d\d:\d\d$/);
    expect(new Date(s).getTime()).toBe(d.getTime());
  });
});
