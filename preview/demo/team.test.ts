import { describe, expect, it } from 'vitest';
import { wonBlocked, readReviews } from '../../core/commands/review-data';
import { callFunction } from '../../core/functions/run';
import { TERRITORY_OF } from '../../core/functions/territory';
import { QUOTA_ROLLUP } from '../../core/functions/quota-plan';
import { BONUS } from '../../core/functions/bonus';
import { CUSTOMER_FINANCE } from '../../core/functions/customer-finance';
import { DEAL_MARGIN } from '../../core/functions/margin';
import { reviewStates } from '../../core/model/review';
import { parseStage } from '../../core/model/stage';
import { toNumber } from '../../core/cell';
import { readList } from '../../core/schema/lists';
import { tableFromGrid, records } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import type { TableId, Workbook } from '../../core/schema/types';
import { CellError } from '../../core/functions/spec';
import { generateDemo } from '../demo-data';

describe('the demo runs the sales team', () => {
  for (const lang of ['zh', 'en', 'zh-Hant'] as const) {
    const demo = generateDemo({ lang });
    const wb: Workbook = {};
    for (const id of Object.keys(demo.rows) as TableId[]) wb[id] = tableFromGrid(tableSpec(id), [tableSpec(id).columns.map((c) => c.key), ...demo.rows[id]]);
    const block = (id: TableId, from: string, n: number) => wb[id]!.rows.map((r) => r.slice(wb[id]!.col[from], wb[id]!.col[from] + n));

    it(`${lang}: fills every new table; the catalogue computes over them without an error`, () => {
      for (const id of ['territories', 'bonus_plans', 'reviews'] as TableId[]) expect(wb[id]!.rows.length, id).toBeGreaterThanOrEqual(5);
      const cust = wb.customers!;
      const col = (k: string) => cust.rows.map((r) => [r[cust.col[k]]]);
      const terr = callFunction(TERRITORY_OF, [col('region'), col('industry'), block('territories', 'territory', 5)], { lang }) as unknown[][];
      expect(terr.every((r) => r[0] !== '')).toBe(true);
      const fin = callFunction(CUSTOMER_FINANCE, ['revenue', 'net_profit', 'total_assets', 'current_assets', 'current_liabilities', 'receivables', 'inventory', 'cost_of_sales'].map(col), { lang }) as unknown[][];
      const filled = fin.filter((r) => r[0] !== '');
      expect(filled.length).toBeGreaterThan(100);
      expect(filled.flat().some((v) => v instanceof CellError)).toBe(false);
      const rollup = callFunction(QUOTA_ROLLUP, [block('team', 'person', 2), block('quotas', 'person', 1).map((r, i) => [r[0], wb.quotas!.rows[i][wb.quotas!.col.quota]])], { lang }) as unknown[][];
      expect(rollup.filter((r) => r[4] !== '').length).toBe(13); // the director, 3 regional managers and 9 team leaders have reports
      const team = records(wb.team!);
      const am = team.find((x) => readList('role', x.role) === 'account_manager')!;
      const plan = records(wb.bonus_plans!).filter((p) => p.plan === am.bonus_plan).map((p) => [p.from, p.to, p.rate, p.cap]);
      expect((callFunction(BONUS, [[[1.05]], [[60000]], plan], { lang }) as number[][])[0][0]).toBe(60000);
      const rv = wb.reviews!;
      const req = rv.rows.filter((r) => r[rv.col.price] !== '');
      const m = callFunction(DEAL_MARGIN, [req.map((r) => [r[rv.col.price]]), req.map((r) => [r[rv.col.cost]]), req.map((r) => [r[rv.col.expenses]]), req.map((r) => [r[rv.col.taxes]])], { lang }) as unknown[][];
      m.forEach((r, i) => expect(r[2]).toBeCloseTo(Number(req[i][rv.col.profit_margin]), 9));
    });

    it(`${lang}: every won opportunity above the review threshold has an approved review; reviews are pending, rejected and approved`, () => {
      const opps = wb.opportunities!;
      let won = 0;
      for (let i = 0; i < opps.rows.length; i++) {
        if (parseStage(opps.rows[i][opps.col.stage]) !== 8) continue;
        const amount = toNumber(opps.rows[i][opps.col.amount]) as number;
        expect(wonBlocked(wb, String(opps.rows[i][opps.col.id]), amount), String(opps.rows[i][opps.col.id])).toBeNull();
        if (amount > 1000000) won++;
      }
      expect(won).toBeGreaterThan(0);
      const states = reviewStates(readReviews(wb.reviews!));
      expect(new Set(states.map((s) => s.status))).toEqual(new Set(['pending', 'approved', 'rejected']));
      for (const s of states.filter((x) => x.status === 'rejected')) expect(s.notAcceptable).toBe(true);
    });
  }
});

describe("the demo's Dashboard sections of the sales team", () => {
  it('compute without an error: quotas up the hierarchy, bonus cost by plan, reviews', async () => {
    const { createEngine, fromEngineValue } = await import('../engine');
    const { PreviewDashboard } = await import('../dashboard');
    const { dashboardCounts, dashboardSettings } = await import('../../core/schema/dashboard');
    const { TABLES } = await import('../../core/schema/tables');
    const demo = generateDemo({ lang: 'en' });
    const sheets: Record<string, unknown[][]> = { Dashboard: [[]] };
    const tables: Workbook = {};
    for (const spec of TABLES) {
      const g = [spec.columns.map((c) => c.header.en), ...demo.rows[spec.id]];
      sheets[spec.id] = g.map((r) => r.map((v) => (v === '' ? null : v)));
      tables[spec.id] = tableFromGrid(spec, g as never);
    }
    const hf = createEngine(sheets as never, 'en');
    const dash = new PreviewDashboard(
      { hf, sheet: hf.getSheetId('Dashboard')!, today: demo.today, read: (id: TableId) => tableFromGrid(tableSpec(id), hf.getSheetValues(hf.getSheetId(id)!).map((r) => r.map(fromEngineValue)) as never), title: (id: TableId) => id },
      'en',
    );
    dash.write('en', dashboardCounts(tables), dashboardSettings(tables.settings));
    const at = (row: number, col: number) => fromEngineValue(hf.getCellValue({ sheet: hf.getSheetId('Dashboard')!, row, col }));
    const rowsOf = (id: string) => {
      const s = dash.layout.sections.find((x) => x.id === id)!;
      return Array.from({ length: s.body.rows }, (_, i) => Array.from({ length: s.body.cols }, (_, c) => at(s.body.row + i, s.body.col + c)));
    };
    for (const id of ['quota_rollup', 'bonus', 'reviews']) {
      const cells = rowsOf(id).flat();
      expect(cells.filter((v) => typeof v === 'string' && v.startsWith('#')), id).toEqual([]);
    }
    const bonus = rowsOf('bonus').filter((r) => r[0]);
    expect(bonus.length).toBe(43);
    expect(bonus.filter((r) => typeof r[5] === 'number').length).toBe(40); // everyone but the review departments has a plan
    expect(bonus.filter((r) => typeof r[4] === 'number' && (r[4] as number) > 0).length).toBeGreaterThan(5);
    const reviews = rowsOf('reviews');
    expect(reviews.map((r) => r[0])).toEqual(['Pending', 'Approved', 'Rejected']);
    expect(reviews.every((r) => typeof r[1] === 'number' && (r[1] as number) > 0)).toBe(true);
  });
});
