/**
 * The Dashboard's history sections (issue 9) computed in a spreadsheet engine (HyperFormula with the
 * catalogue, as the preview renders them) over a small workbook whose figures are worked out by hand:
 * which benchmarks funnel health uses, measured win rates beside the configured probabilities, stuck
 * opportunities, lost reasons and the changes to review.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../core/cell';
import { demoRecords, gridOf, settingsRows, type Records } from '../core/commands/fixtures';
import { dashboardCounts, dashboardSettings } from '../core/schema/dashboard';
import { tableFromGrid } from '../core/schema/read';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { TableId, Workbook } from '../core/schema/types';
import { PreviewDashboard } from '../preview/dashboard';
import { createEngine, fromEngineValue } from '../preview/engine';

const TODAY = '2026-05-17';
const h = (when: string, opportunity: string, before: Cell, after: Cell, field = 'Stage', source = 'Form') => ({ when, opportunity, field, before, after, by: 'x', source });

function records(snapshots: number): Records {
  const r = demoRecords();
  r.opportunities = [
    { ...r.opportunities![0] }, // O00001 at 05
    { ...r.opportunities![1], stage: '02 Establish needs, budget and sponsor' },
    { ...r.opportunities![2], stage: '01 Find the right contact and need', owner: 'Liu' },
    { id: 'O00004', name: 'Won one', customer_id: 'C00002', owner: 'Sun', amount: 300000, stage: '08 Agreement on all terms (won)', close: '2026-01-31' },
    { id: 'O00005', name: 'Lost on price', customer_id: 'C00002', owner: 'Sun', amount: 80000, stage: 'Lost', close: '2026-01-25', lost_reason: 'Price' },
    { id: 'O00006', name: 'Lost to a rival', customer_id: 'C00001', owner: 'Chen', amount: 20000, stage: '丢单', close: '2026-02-15', lost_reason: '客户选择了竞争对手' },
  ];
  r.history = [
    h('2026-01-01 09:00', 'O00004', '', '01'),
    h('2026-01-11 09:00', 'O00004', '01', '02'),
    h('2026-01-31 09:00', 'O00004', '02', '08'),
    h('2026-01-05 09:00', 'O00005', '', '01'),
    h('2026-01-25 09:00', 'O00005', '01', 'Lost'),
    h('2026-02-01 09:00', 'O00006', '', '01'),
    h('2026-02-05 09:00', 'O00006', '01', '02'),
    h('2026-02-15 09:00', 'O00006', '02', '丢单'),
    h('2026-04-01 09:00', 'O00001', '', '05'),
    h('2026-04-01 09:00', 'O00002', '', '02'),
    h('2026-05-07 09:00', 'O00003', '', '01'),
    h('2026-05-10 10:00', 'O00003', 'Sun', 'Liu', 'Owner', 'Edit (unverified)'),
  ];
  r.benchmarks = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => ({ stage: s, stage_name: `Stage ${s}`, probability: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1][s], hist_count: 1, hist_amount: 100000 }));
  r.snapshots = Array.from({ length: snapshots }, (_, i) => [1, 2, 3, 4, 5, 6, 7, 8].map((stage) => ({ date: `2026-05-0${i + 1}`, stage, count: stage === 1 ? 4 + i : 2, amount: 1000 * stage }))).flat();
  r.settings = settingsRows({ period_from: '2026-04-01', period_to: '2026-06-30' });
  return r;
}

function build(snapshots: number) {
  const recs = records(snapshots);
  const sheets: Record<string, Cell[][]> = { Dashboard: [[]] };
  const tables: Workbook = {};
  for (const spec of TABLES) {
    const g = gridOf(spec.id, recs[spec.id] ?? []);
    sheets[spec.id] = g.map((r) => r.map((v) => (v === '' ? null : v)));
    tables[spec.id] = tableFromGrid(spec, g);
  }
  const hf = createEngine(sheets as never, 'en');
  const dash = new PreviewDashboard(
    {
      hf,
      sheet: hf.getSheetId('Dashboard')!,
      today: TODAY,
      read: (id: TableId) => tableFromGrid(tableSpec(id), hf.getSheetValues(hf.getSheetId(id)!).map((r) => r.map(fromEngineValue) as Cell[])),
      title: (id: TableId) => id,
    },
    'en',
  );
  dash.write('en', dashboardCounts(tables), dashboardSettings(tables.settings));
  const at = (row: number, col: number) => {
    const v = fromEngineValue(hf.getCellValue({ sheet: hf.getSheetId('Dashboard')!, row, col }));
    return v === null ? '' : v;
  };
  const section = (id: string) => dash.layout.sections.find((s) => s.id === id)!;
  const rows = (id: string, n: number) => {
    const s = section(id);
    return Array.from({ length: n }, (_, i) => Array.from({ length: s.body.cols }, (_, c) => at(s.body.row + i, s.body.col + c)));
  };
  const errors: string[] = [];
  hf.getSheetValues(hf.getSheetId('Dashboard')!).forEach((r, i) => r.forEach((v, j) => v && typeof v === 'object' && errors.push(`${i},${j}: ${JSON.stringify(v)}`)));
  return { rows, errors };
}

describe('the history on the Dashboard', () => {
  const d = build(3);

  it('no cell is an error', () => {
    expect(d.errors).toEqual([]);
  });

  it('says which benchmarks funnel health uses: the typed ones until the minimum number of snapshots', () => {
    expect(d.rows('benchmark_source', 1)[0][0]).toBe('Benchmarks typed in the Funnel benchmarks sheet, until enough snapshots exist; snapshots: 3 / 4');
    expect(d.rows('health_count', 1)[0].slice(0, 3)).toEqual([1, 1, 1]); // stage 1: O00003 against the typed 1
    const learnt = build(4);
    expect(learnt.errors).toEqual([]);
    expect(learnt.rows('benchmark_source', 1)[0][0]).toBe('Benchmarks learnt from the last snapshots (FUNNEL_BENCHMARK); snapshots: 4 / 4');
    // stage 1: (4 + 5 + 6 + 7) ÷ 4 = 5.5; stage 2: 2
    expect(learnt.rows('health_count', 2).map((r) => r.slice(0, 3))).toEqual([
      [1, 1, 5.5],
      [2, 1, 2],
    ]);
  });

  it('measured win rates beside the configured probabilities, with the median days', () => {
    const r = d.rows('win_rates', 8);
    expect(r[0][2]).toBeCloseTo(1 / 3, 9); // the engine shows 11 significant digits
    expect([r[0][1], r[0][3], r[0][4]]).toEqual([0.1, 3, 10]);
    expect(r[1].slice(1)).toEqual([0.2, 0.5, 2, 15]);
    expect(r[2].slice(1)).toEqual([0.3, 1, 1, '']);
    expect(r[7].slice(1)).toEqual([1, 1, 1, '']);
    expect(String(r[0][0])).toMatch(/^01 /);
  });

  it('lists the opportunities stuck longer than twice their stage’s median', () => {
    // O00002: 46 days in stage 2 (median 15, limit 30); O00003: 10 days in stage 1 (limit 20); O00001: stage 5 has no median.
    const r = d.rows('stuck', 2);
    expect(r[0]).toEqual(['O00002', 'Branch routers', 'Chen', '02 Establish needs, budget and sponsor', 46, 15]);
    expect(r[1]).toEqual(['', '', '', '', '', '']);
  });

  it('lost reasons in the list’s order, and the changes to review', () => {
    const r = d.rows('lost_reasons', 8);
    expect(r[0]).toEqual(['Price', 1, 80000, 0.8]);
    expect(r[3]).toEqual(['Competitor chosen', 1, 20000, 0.2]);
    expect(r[7]).toEqual(['Other (not in the list)', 0, 0, 0]);
    const review = d.rows('to_review', 2);
    expect(review[0].slice(1)).toEqual(['O00003', 'Owner', 'Sun', 'Liu']);
    expect(review[1]).toEqual(['', '', '', '', '']);
  });
});
