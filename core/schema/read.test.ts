import { describe, expect, it } from 'vitest';
import type { Cell } from '../cell';
import { column, record, records, rowFor, tableFromGrid } from './read';
import { tableSpec } from './tables';

const team = tableSpec('team');

describe('tableFromGrid', () => {
  it('locates columns by header in any language, in any order, and keeps user columns', () => {
    const grid: Cell[][] = [
      ['  E-MAIL ', 'My notes', '上級', '姓名', 'Role', '区域'],
      ['a@x.cn', 'n1', '', 'Wang', '销售总监', 'North'],
      ['b@x.cn', '', 'Wang', 'Li', '客户经理', 'North'],
    ];
    const t = tableFromGrid(team, grid);
    expect(t.col).toEqual({ person: 3, manager: 2, email: 0, role: 4, region: 5, bonus_plan: -1, target_bonus: -1 });
    expect(t.width).toBe(6);
    expect(record(t, 1)).toEqual({ person: 'Li', manager: 'Wang', email: 'b@x.cn', role: '客户经理', region: 'North', bonus_plan: '', target_bonus: '' });
    expect(column(t, 'person')).toEqual(['Wang', 'Li']);
  });

  it('falls back to the schema position when no header is recognised, and -1 for a missing column', () => {
    const t = tableFromGrid(team, [['Name (renamed)', 'Boss'], ['Wang', '']]);
    expect(t.col.person).toBe(0);
    expect(t.col.manager).toBe(1);
    expect(t.col.email).toBe(-1);
    expect(record(t, 0).email).toBe('');
  });

  it('falls back to the position of a blank header, never onto a user column', () => {
    const t = tableFromGrid(team, [['Person', '', 'Mine', 'Role']]);
    expect(t.col.manager).toBe(1);
    expect(t.col.email).toBe(-1);
    expect(t.col.role).toBe(3);
  });

  it('does not take a position another column claimed by header', () => {
    // "Manager" sits where person belongs; person is not found by header → not at 0 either
    const t = tableFromGrid(team, [['Manager', 'Person']]);
    expect(t.col.manager).toBe(0);
    expect(t.col.person).toBe(1);
  });

  it('drops blank trailing rows, keeps inner blank rows and pads short rows', () => {
    const t = tableFromGrid(team, [['Person', 'Manager'], ['A'], ['', ''], ['B', 'A'], ['', null], [' ', '']]);
    expect(t.rows).toEqual([
      ['A', ''],
      ['', ''],
      ['B', 'A'],
    ]);
  });

  it('reads an empty grid as the schema layout with no rows', () => {
    const t = tableFromGrid(team, []);
    expect(t.rows).toEqual([]);
    expect(t.width).toBe(team.columns.length);
    expect(t.col.region).toBe(4);
  });
});

describe('rowFor / record', () => {
  it('round-trips a record through the sheet layout', () => {
    const t = tableFromGrid(team, [['Region', 'x', 'Person', 'E-mail']]);
    const row = rowFor(t, { person: 'Zhao', email: 'z@x.cn', region: 'East', manager: 'ignored: no column' });
    expect(row).toEqual(['East', '', 'Zhao', 'z@x.cn']);
    const back = tableFromGrid(team, [['Region', 'x', 'Person', 'E-mail'], row]);
    expect(record(back, 0)).toMatchObject({ person: 'Zhao', email: 'z@x.cn', region: 'East', manager: '' });
    expect(records(back)).toHaveLength(1);
  });

  it('stores formula-looking text as text', () => {
    const t = tableFromGrid(tableSpec('customers'), []);
    const row = rowFor(t, { name: '=HYPERLINK("http://example.invalid","x")', notes: '+86 10', contact: '@me', phone: '-1', value: 12 });
    expect(row[t.col.name]).toBe('\'=HYPERLINK("http://example.invalid","x")');
    expect(row[t.col.notes]).toBe("'+86 10");
    expect(row[t.col.contact]).toBe("'@me");
    expect(row[t.col.phone]).toBe("'-1");
    expect(row[t.col.value]).toBe(12);
  });

  it('keeps a leading apostrophe, which a spreadsheet would take as its text marker', () => {
    const t = tableFromGrid(tableSpec('customers'), []);
    expect(rowFor(t, { name: "'quoted" })[t.col.name]).toBe("''quoted");
  });

  it('keeps the user\u2019s own cells when updating a row', () => {
    const t = tableFromGrid(team, [['Person', 'Mine', 'Manager'], ['A', 'keep', 'B']]);
    expect(rowFor(t, { manager: 'C' }, t.rows[0])).toEqual(['A', 'keep', 'C']);
  });
});

describe('rowFor keeps read-back text safe', () => {
  it('re-protects a formula-looking text kept from the row as read', () => {
    const t = tableFromGrid(team, [['Person', 'Manager'], ['=HYPERLINK("x")', 'B']]);
    expect(rowFor(t, { manager: 'C' }, t.rows[0])).toEqual(['\'=HYPERLINK("x")', 'C']);
  });
});
