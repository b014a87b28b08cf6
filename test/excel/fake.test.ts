/** The fake behaves like Excel where the add-in depends on it (so the add-in's tests mean something). */
import { describe, expect, it } from 'vitest';
import { FakeExcel } from './fake/excel';

describe('Excel fake', () => {
  it('queues until sync; properties need load + sync', async () => {
    const xl = new FakeExcel();
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.values = [[1, 'x']];
      expect(xl.model.sheets[0].cell(0, 0)).toBeUndefined();
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([[1, 'x']]);
    });
    expect(xl.runs).toEqual([1]);
  });

  it('fails the sync on a missing item; null objects are known after sync', async () => {
    const xl = new FakeExcel();
    await xl.run(async (ctx) => {
      const t = ctx.workbook.tables.getItemOrNullObject('KA_X');
      expect(() => t.isNullObject).toThrow();
      await ctx.sync();
      expect(t.isNullObject).toBe(true);
      ctx.workbook.tables.getItem('KA_X');
      await expect(ctx.sync()).rejects.toThrow(/not found/);
    });
  });

  it('stores text as Excel does: formulas, apostrophes, numbers, dates', async () => {
    const xl = new FakeExcel();
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:F1');
      r.values = [["'=SUM(1)", '=SUM(1)', '-x', '12', '2026-03-31', 'plain']];
      await ctx.sync();
    });
    const s = xl.model.sheets[0];
    expect(s.cell(0, 0)).toMatchObject({ value: '=SUM(1)' });
    expect(s.cell(0, 0)?.formula).toBeUndefined();
    expect(s.cell(0, 1)?.formula).toBe('=SUM(1)');
    expect(s.cell(0, 2)?.formula).toBe('=-x');
    expect(s.cell(0, 3)?.value).toBe(12);
    expect(s.cell(0, 4)?.value).toBe(46112);
    expect(s.cell(0, 5)?.value).toBe('plain');
  });

  it('makes a table from a header row with one blank data row; added rows inherit formats', async () => {
    const xl = new FakeExcel();
    await xl.run(async (ctx) => {
      const sh = ctx.workbook.worksheets.getItem('Sheet1');
      sh.getRange('A1:B1').values = [['a', 'b']];
      const t = sh.tables.add('A1:B1', true);
      t.name = 'KA_T';
      t.getDataBodyRange().numberFormat = [['0.00', '@']];
      t.getDataBodyRange().conditionalFormats.add('Custom');
      const body = t.getDataBodyRange().load('rowCount');
      t.rows.add(null, [[1, '=x'], [2, 'y']]);
      const after = t.getDataBodyRange().load('rowCount, values');
      await ctx.sync();
      expect(body.rowCount).toBe(1);
      expect(after.rowCount).toBe(3);
      expect(after.values).toEqual([['', ''], [1, '=x'], [2, 'y']]);
    });
    const s = xl.model.sheets[0];
    expect(s.cell(2, 1)?.formula).toBeUndefined(); // '@' format: text
    expect(s.cell(3, 0)?.numberFormat).toBe('0.00');
    expect(s.condFormats[0].rect).toEqual({ r: 1, c: 0, rows: 3, cols: 2 });
    expect(xl.model.table('ka_t')?.rows).toBe(3);
  });

  it('refuses changes to a protected sheet (the ops before it stay done, as in Excel)', async () => {
    const xl = new FakeExcel();
    xl.model.addSheet('Locked').protected = true;
    await expect(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      ctx.workbook.worksheets.getItem('Locked').getRange('A1').values = [[2]];
      await ctx.sync();
    })).rejects.toThrow(/protected/);
    expect(xl.model.sheets[0].cell(0, 0)?.value).toBe(1);
    expect(xl.model.sheet('Locked')!.cell(0, 0)).toBeUndefined();
  });

  it('rejects writes of the wrong size and leaves unsynced work flagged', async () => {
    const xl = new FakeExcel();
    await expect(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [[1]];
      await ctx.sync();
    })).rejects.toThrow(/doesn't match/);
    await expect(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    })).rejects.toThrow(/never synced/);
  });
});
