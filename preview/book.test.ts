import { DetailedCellError } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { findFunction } from '../core/functions/catalogue';
import { callFunction } from '../core/functions/run';
import { CellError, type Out } from '../core/functions/spec';
import { column } from '../core/schema/read';
import { PreviewBook } from './book';
import { createEngine } from './engine';
import { toA1 } from '../core/schema/dashboard';

const asGrid = (r: Out | Out[][]) => (Array.isArray(r) ? r : [[r]]).map((row) => row.map((v) => (v instanceof CellError ? { error: v.reason } : v)));
const col = (values: unknown[]) => values.map((v) => [v === '' ? null : v]);

/** Numbers as the engine shows them (rounded to 11 significant digits, like every spreadsheet). */
function approx(g: unknown[][]): unknown[][] {
  return g.map((r) => r.map((v) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v)));
}

function engineBlock(book: PreviewBook, a1: string, rows: number, cols: number): unknown[][] {
  const at = book.hf.simpleCellAddressFromString(a1, book.dashboardSheet)!;
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) {
      const v = book.hf.getCellValue({ ...at, row: at.row + r, col: at.col + c });
      row.push(v instanceof DetailedCellError ? { error: v.message } : v === null ? '' : v);
    }
    out.push(row);
  }
  return out;
}

describe('the catalogue on the demo workbook', () => {
  it('=FUNNEL_HEALTH(Opps!D2:D100, Bench!D2:D9) computes in the engine as callFunction does', () => {
    const stages = Array.from({ length: 99 }, (_, i) => [i % 11 === 0 ? '丢单' : `0${(i % 8) + 1}`]);
    const bench = [[30], [25], [20], [15], [12], [8], [5], [10]];
    const hf = createEngine({ Opps: [['id', 'x', 'y', 'stage'], ...stages.map((s) => [null, null, null, s[0]])], Bench: [['h', 'h', 'h', 'count'], ...bench.map((b) => [null, null, null, b[0]])], Dash: [['=FUNNEL_HEALTH(Opps!D2:D100, Bench!D2:D9)']] });
    const dash = hf.getSheetId('Dash')!;
    const got = hf.getSheetValues(dash);
    const want = asGrid(callFunction(findFunction('FUNNEL_HEALTH')!, [hf.getSheetValues(hf.getSheetId('Opps')!).slice(1).map((r) => [r[3]]), bench], { lang: 'en' }));
    expect(approx(got)).toEqual(approx(want));
    expect(got.length).toBe(8);
  });

  const book = new PreviewBook({ lang: 'en' });
  const opps = book.wb.read('opportunities');
  const bench = book.wb.read('benchmarks');
  /** A section's result block (its top-left as A1, and its size). */
  const block = (b: PreviewBook, id: string, rows?: number) => {
    const s = b.dashboard.layout.sections.find((x) => x.id === id)!;
    return engineBlock(b, toA1(s.body.col, s.body.row), rows ?? s.body.rows, s.body.cols);
  };
  const figure = (b: PreviewBook, label: string) => {
    const c = b.dashboard.layout.cells.find((x) => x.text === label)!;
    return b.hf.getCellValue({ sheet: b.dashboardSheet, row: c.row + 1, col: c.col });
  };

  it('the dashboard funnel (count and amount) equals callFunction over the tables', () => {
    const fh = findFunction('FUNNEL_HEALTH')!;
    const stages = col(column(opps, 'stage'));
    // The demo holds a year of weekly snapshots: the benchmarks are learnt from them (FUNNEL_BENCHMARK).
    const snaps = book.wb.read('snapshots').rows.map((r) => r.slice(0, 4));
    expect(snaps.length).toBeGreaterThanOrEqual(4 * 8);
    const fb = findFunction('FUNNEL_BENCHMARK')!;
    const learnt = (measure: string) => asGrid(callFunction(fb, [snaps, 12, measure], { lang: 'en' }));
    const count = asGrid(callFunction(fh, [stages, learnt('count')], { lang: 'en' }));
    const amount = asGrid(callFunction(fh, [stages, learnt('amount'), col(column(opps, 'amount'))], { lang: 'en' }));
    expect(approx(block(book, 'health_count'))).toEqual(approx(count));
    expect(approx(block(book, 'health_amount'))).toEqual(approx(amount));
    // shown with the stages' names
    expect(block(book, 'funnel_count').map((r) => r[0])).toEqual(column(bench, 'stage_name').map((n, i) => `0${i + 1} ${n}`));
  });

  it('the weighted pipeline (open stages, closing in the period) equals callFunction over the tables', () => {
    const settings = book.wb.read('settings');
    const get = (k: string) => settings.rows.find((r) => r[settings.col.key] === k)![settings.col.value];
    const probs = [...column(bench, 'probability').slice(0, 7), 0].map((p) => [p]);
    const want = callFunction(findFunction('WEIGHTED_PIPELINE')!, [col(column(opps, 'amount')), col(column(opps, 'stage')), probs, col(column(opps, 'close')), get('period_from'), get('period_to')], { lang: 'en' });
    expect(figure(book, 'Weighted pipeline')).toBeCloseTo(want as number, 6);
  });

  it('the forecast section equals FORECAST_SUBMITTED over the tables, the live roll-up beside it', () => {
    const team = book.wb.read('team');
    const forecasts = book.wb.read('forecasts');
    const settings = book.wb.read('settings');
    const get = (k: string) => settings.rows.find((r) => r[settings.col.key] === k)![settings.col.value];
    const pick = (t: typeof team, keys: string[]) => t.rows.map((r) => keys.map((k) => r[t.col[k]]));
    const want = asGrid(callFunction(findFunction('FORECAST_SUBMITTED')!, [pick(team, ['person', 'manager']), pick(forecasts, ['when', 'kind', 'person', 'by', 'to', 'period_from', 'period_to', 'own', 'team', 'amount']), get('period_from'), get('period_to')], { lang: 'en' }));
    const got = block(book, 'forecast', want.length).map((r) => r.slice(0, 9));
    expect(approx(got)).toEqual(approx(want));
    expect(want.filter((r) => r[7] === 'Revised').length).toBeGreaterThan(0);
    expect(want.filter((r) => r[7] === 'Missing').length).toBeGreaterThan(0);
  });

  it('no dashboard cell is an error', () => {
    const values = book.hf.getSheetValues(book.dashboardSheet);
    const errors = values.flatMap((r, i) => r.map((v, j) => (v instanceof DetailedCellError ? `${i + 1}:${j + 1} ${v.value} ${v.message}` : null))).filter(Boolean);
    expect(errors).toEqual([]);
  });

  for (const lang of ['zh', 'zh-Hant'] as const) {
    it(`builds in ${lang} with no dashboard error and the labels of that language`, () => {
      const b = new PreviewBook({ lang });
      const values = b.hf.getSheetValues(b.dashboardSheet);
      const errors = values.flatMap((r, i) => r.map((v, j) => (v instanceof DetailedCellError ? `${i + 1}:${j + 1} ${v.value} ${v.message}` : null))).filter(Boolean);
      expect(errors).toEqual([]);
      const s = b.dashboard.layout.sections.find((x) => x.id === 'funnel_count')!;
      expect(String(values[s.body.row][s.body.col + 4])).toMatch(lang === 'zh' ? /^(优秀|良好|预警)$/ : /^(優秀|良好|預警)$/);
      expect(String(values[0][0])).toBe(lang === 'zh' ? '大客户管理仪表板' : '大客戶管理儀表板');
      expect(b.sheets()[0].title).toBe(lang === 'zh' ? '仪表板' : '儀表板');
    });
  }

  it('a row typed below a table is part of it: the dashboard ranges grow to it', () => {
    const b = new PreviewBook({ lang: 'en' });
    const sheet = b.wb.entry('opportunities')!.sheet;
    const t = b.wb.read('opportunities');
    const s = b.dashboard.layout.sections.find((x) => x.id === 'funnel_count')!;
    const at = { sheet: b.dashboardSheet, row: s.body.row, col: s.body.col + 1 }; // stage 1's count
    const before = b.hf.getCellValue(at) as number;
    const row = t.rows.length + 1;
    b.edit(sheet, row, t.col.id, 'O09999');
    b.edit(sheet, row, t.col.amount, '1000');
    b.edit(sheet, row, t.col.stage, '01');
    expect(b.wb.dataRows('opportunities')).toBe(t.rows.length + 1);
    expect(b.hf.getCellValue(at)).toBe(before + 1);
  });

  it('a typed value that does not fit its column is refused with the reason, and nothing is written', () => {
    const b = new PreviewBook({ lang: 'en' });
    const sheet = b.wb.entry('opportunities')!.sheet;
    const t = b.wb.read('opportunities');
    const amount = b.hf.getCellValue({ sheet, row: 1, col: t.col.amount });
    expect(b.edit(sheet, 1, t.col.amount, 'lots', 'en')).toMatch(/amount/i);
    expect(b.edit(sheet, 1, t.col.amount, 'lots', 'zh')).toMatch(/金额/);
    expect(b.hf.getCellValue({ sheet, row: 1, col: t.col.amount })).toBe(amount);
    expect(b.edit(sheet, 1, t.col.owner, 'Nobody Here', 'en')).toMatch(/Team/);
    expect(b.edit(sheet, 1, t.col.stage, 'Stage 12', 'en')).toMatch(/list/i);
    expect(b.edit(sheet, 1, t.col.close, '2026-02-30', 'en')).toMatch(/date/i);
    // what fits is written: a label of another language, a stage number, a formula, a blank
    expect(b.edit(sheet, 1, t.col.sales_method, '投标', 'en')).toBeNull();
    expect(b.edit(sheet, 1, t.col.stage, '04', 'en')).toBeNull();
    expect(b.edit(sheet, 1, t.col.amount, '=1000*2', 'en')).toBeNull();
    expect(b.hf.getCellValue({ sheet, row: 1, col: t.col.amount })).toBe(2000);
    expect(b.edit(sheet, 1, t.col.notes, '', 'en')).toBeNull();
  });
});
