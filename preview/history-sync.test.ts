/** The preview's demo history agrees with its opportunities, and a cell edit is recorded once (issue 9). */
import { describe, expect, it } from 'vitest';
import { records } from '../core/schema/read';
import { serialToIso, toDateSerial } from '../core/cell';
import { PreviewBook } from './book';
import { autoSnapshotBook, reconcileBook } from './history-sync';

describe('the preview and the opportunity history', () => {
  const book = new PreviewBook({ lang: 'en' });
  it('the demo history records every opportunity: reconciling adds nothing', () => {
    expect(book.wb.read('history').rows.length).toBeGreaterThan(7000);
    expect(book.wb.read('snapshots').rows.length).toBe(52 * 8);
    expect(reconcileBook(book, 'en', '2026-05-17T09:30:00+08:00')).toBe(0);
  });

  it('a stage typed into the grid is recorded once, rows matched by ID', () => {
    const opps = book.wb.read('opportunities');
    const e = book.wb.entry('opportunities')!;
    const i = opps.rows.findIndex((r) => /^0[1-6] /.test(String(r[opps.col.stage])));
    const id = String(opps.rows[i][opps.col.id]);
    book.edit(e.sheet, i + 1, opps.col.stage, '7', 'en');
    expect(reconcileBook(book, 'en', '2026-05-17T09:30:00+08:00')).toBe(1);
    expect(reconcileBook(book, 'en', '2026-05-17T09:31:00+08:00')).toBe(0);
    const last = records(book.wb.read('history')).at(-1)!;
    expect(last).toMatchObject({ opportunity: id, field: 'Stage', after: '07 Commercial negotiation', source: 'Edit' });
  });

  it('an owner typed into the grid is recorded for review (the preview cannot vouch for the editor)', () => {
    const opps = book.wb.read('opportunities');
    const e = book.wb.entry('opportunities')!;
    const other = String(opps.rows[1][opps.col.owner]) === String(opps.rows[0][opps.col.owner]) ? String(opps.rows[5][opps.col.owner]) : String(opps.rows[1][opps.col.owner]);
    book.edit(e.sheet, 1, opps.col.owner, other, 'en');
    expect(reconcileBook(book, 'en', '2026-05-17T09:32:00+08:00')).toBe(1);
    expect(records(book.wb.read('history')).at(-1)).toMatchObject({ field: 'Owner', after: other, source: 'Edit (unverified)' });
  });

  it('takes the automatic snapshot when the last is older than the interval, once', () => {
    const last = toDateSerial(book.wb.read('snapshots').rows.at(-1)![0]) as number;
    const day = (n: number) => serialToIso(last + n) + 'T09:00:00+08:00';
    expect(autoSnapshotBook(book, 'en', 'Demo', day(7))).toBe(0);
    expect(autoSnapshotBook(book, 'en', 'Demo', day(8))).toBe(8);
    expect(autoSnapshotBook(book, 'en', 'Demo', day(8))).toBe(0);
  });
});
