/**
 * The Dashboard sections of issue 13 computed in a spreadsheet engine (HyperFormula with the catalogue,
 * as the preview renders them) over a workbook worked out by hand: the decision-chain gaps of open
 * opportunities at stage 03 or later, and the overdue actions and follow-ups person by person.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../core/cell';
import { demoRecords, gridOf, type Records } from '../core/commands/fixtures';
import { dashboardCounts, dashboardSettings } from '../core/schema/dashboard';
import { tableFromGrid } from '../core/schema/read';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { TableId, Workbook } from '../core/schema/types';
import { PreviewDashboard } from '../preview/dashboard';
import { createEngine, fromEngineValue } from '../preview/engine';

function build(recs: Records) {
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
      today: '2026-05-17',
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
  const rows = (id: string) => {
    const s = dash.layout.sections.find((x) => x.id === id)!;
    const out: unknown[][] = [];
    for (let i = 0; i < s.body.rows; i++) {
      const r = Array.from({ length: s.body.cols }, (_, c) => at(s.body.row + i, s.body.col + c));
      if (r.some((v) => v !== '')) out.push(r);
    }
    return out;
  };
  const figure = (label: string) => {
    const c = dash.layout.cells.find((x) => x.text === label)!;
    return at(c.row + 1, c.col);
  };
  return { hf, rows, layout: dash.layout, figure };
}

function records(): Records {
  const r = demoRecords();
  r.contacts = [
    { id: 'CT00001', customer_id: 'C00001', opportunity: 'O00001', name: 'Wang Wei', role: 'Decision maker', attitude: 'Supporter' },
    { id: 'CT00002', customer_id: 'C00001', opportunity: 'O00001', name: 'Zhao Min', role: '内线', attitude: '支持' },
    { id: 'CT00003', customer_id: 'C00001', opportunity: 'O00002', name: 'Zhao Min', role: 'Coach (insider)', attitude: 'Supporter' },
    { id: 'CT00004', customer_id: 'C00002', opportunity: 'O00003', name: 'Zhou Jie', role: 'Decision maker', attitude: 'Opponent' },
    { id: 'CT00005', customer_id: 'C00002', opportunity: 'O00003', name: 'Wu Fang', role: 'Insider', attitude: 'Neutral' },
  ];
  r.actions = [
    ...r.actions!,
    { id: 'AC00002', ref: 'O00003', action: 'Price review', owner: 'Sun', due: '2026-05-01', status: 'Open' },
    { id: 'AC00003', ref: 'O00001', action: 'Demo', owner: 'Chen', due: '2026-05-15', status: 'Done', done_on: '2026-05-14' },
    { id: 'AC00004', ref: 'C00001', action: 'Credit check', owner: 'Chen', due: '2026-05-16', status: '' },
    { id: 'AC00005', ref: 'C00002', action: 'Visit', owner: 'Sun', due: '2026-05-17', status: 'Open' },
  ];
  r.activities = [
    { date: '2026-05-01', person: 'Chen', type: 'Visit', customer_id: 'C00001', follow_up: '2026-05-10' },
    { date: '2026-05-02', person: 'Liu', type: 'Call', customer_id: 'C00001', follow_up: '2026-05-12', follow_up_done: '2026-05-13' },
    { date: '2026-05-03', person: 'Sun', type: 'Call', customer_id: 'C00002', follow_up: '2026-05-20' },
    { date: '2026-05-04', person: 'Sun', type: 'Call', customer_id: 'C00002', follow_up: '2026-05-14' },
  ];
  return r;
}

describe('the Dashboard sections of issue 13 in a spreadsheet engine', () => {
  const d = build(records());

  it('no cell of these sections or their lane is an error', () => {
    const errors: string[] = [];
    const values = d.hf.getSheetValues(d.hf.getSheetId('Dashboard')!);
    for (const s of d.layout.sections.filter((x) => ['coverage_gaps', 'overdue_actions', 'overdue_follow_ups', 'decision_map', 'gap_sorted', 'overdue_sorted', 'follow_up_sorted'].includes(x.id))) {
      for (let i = 0; i < s.body.rows; i++) for (let j = 0; j < s.body.cols; j++) {
        const v = values[s.body.row + i]?.[s.body.col + j];
        if (v && typeof v === 'object') errors.push(`${s.id} ${i},${j}: ${JSON.stringify(v)}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('lists the open opportunities at stage 03 or later whose decision chain is not covered, owner by owner in Team order', () => {
    expect(d.rows('coverage_gaps')).toEqual([
      ['O00002', 'Chen', '03 Map the customer organisation', 'No decision maker', 1],
      ['O00003', 'Sun', '07 Commercial negotiation', 'Decision maker opposed', 2],
    ]);
  });

  it('an opportunity leaves the list once a decision maker and a coach are mapped', () => {
    const r = records();
    r.contacts!.push({ id: 'CT00006', customer_id: 'C00001', opportunity: 'O00002', name: 'Qian', role: '决策者', attitude: '中立' });
    expect(build(r).rows('coverage_gaps').map((x) => x[0])).toEqual(['O00003']);
  });

  it('lists the overdue actions person by person, the most overdue first; done and not-yet-due ones not', () => {
    expect(d.rows('overdue_actions')).toEqual([
      ['Chen', 7, 'AC00001', 'Send the revised proposal', 'O00001'],
      ['Chen', 1, 'AC00004', 'Credit check', 'C00001'],
      ['Sun', 16, 'AC00002', 'Price review', 'O00003'],
    ]);
  });

  it('the band counts only the follow-ups no later activity settled', () => {
    expect(d.figure('Overdue')).toBe(2);
  });

  it('lists the overdue follow-ups that no later activity settled', () => {
    const f = d.rows('overdue_follow_ups');
    expect(f.map((x) => [x[0], x[1], x[3]])).toEqual([
      ['Chen', 7, 'C00001'],
      ['Sun', 3, 'C00002'],
    ]);
  });
});
