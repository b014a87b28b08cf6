/**
 * The dashboard templates of core/schema/dashboard.ts, rendered into a real spreadsheet engine
 * (HyperFormula with the catalogue registered, as the preview runs it) over the small fixture
 * workbook, and checked against values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../core/cell';
import { demoRecords, gridOf } from '../core/commands/fixtures';
import { DASHBOARD, parseA1, renderFormula, toA1, type Placeholder } from '../core/schema/dashboard';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { TableId } from '../core/schema/types';
import { createEngine } from '../preview/engine';

function build() {
  const recs = demoRecords();
  recs.benchmarks = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => ({ stage: s, stage_name: `S${s}`, probability: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1][s], hist_count: 1, hist_amount: 100000 }));
  recs.quotas = [
    { person: 'Chen', period_from: '2026-04-01', period_to: '2026-06-30', quota: 1000000, actual: 100000 },
    { person: 'Sun', period_from: '2026-04-01', period_to: '2026-06-30', quota: 100000, actual: 0 },
  ];
  const sheets: Record<string, Cell[][]> = { Dashboard: [[]] };
  const rows: Partial<Record<TableId, number>> = {};
  for (const spec of TABLES) {
    const g = gridOf(spec.id, recs[spec.id] ?? []);
    sheets[spec.id] = g.map((r) => r.map((v) => (v === '' ? null : v)));
    rows[spec.id] = g.length - 1;
  }
  const ref = (p: Exclude<Placeholder, { kind: 'fn' }>): string => {
    if (p.kind === 'setting') {
      const r = recs.settings!.findIndex((s) => s.key === p.key);
      return `settings!$B$${r + 2}`;
    }
    const spec = tableSpec(p.table as TableId);
    const c0 = spec.columns.findIndex((c) => c.key === p.column);
    const c1 = p.last ? spec.columns.findIndex((c) => c.key === p.last) : c0;
    const n = Math.max(1, rows[spec.id]!);
    return `${spec.id}!${toA1(c0, 1)}:${toA1(c1, n)}`;
  };
  const hf = createEngine(sheets as never, 'en');
  const dash = hf.getSheetId('Dashboard')!;
  for (const b of DASHBOARD)
    for (const c of b.cells) {
      let f = renderFormula(c.formula, { fn: (n) => n, ref });
      if (c.array && /^\{ref:[^}]+\}$/.test(c.formula)) f = `IF(${f}="","",${f})`;
      if (c.array) f = `ARRAYFORMULA(${f})`;
      hf.setCellContents({ sheet: dash, ...parseA1(c.at) }, [['=' + f]]);
    }
  return (a1: string) => hf.getCellValue({ sheet: dash, ...parseA1(a1) });
}

describe('dashboard formulas in a spreadsheet engine', () => {
  const v = build();

  it('funnel health by count and by amount', () => {
    // O00001 stage 5, O00002 stage 3, O00003 stage 7; benchmark 1 per stage, 100,000 per stage
    expect([v('A9'), v('B9'), v('C9'), v('D9'), v('E9')]).toEqual([5, 1, 1, 1, 'Good']);
    expect([v('B5'), v('E5')]).toEqual([0, 'Warning']);
    expect([v('H9'), v('J9'), v('K9')]).toEqual([1000000, 10, 'Excellent']);
  });

  it('weighted pipeline and the period', () => {
    expect(v('M5')).toBe(1000000 * 0.5 + 200000 * 0.3 + 50000 * 0.9);
    expect([v('N5'), v('O5')]).toEqual([46113, 46203]); // 2026-04-01, 2026-06-30
  });

  it('forecast roll-up of the period up the team', () => {
    const row = (r: number) => [v(`A${r}`), v(`B${r}`), v(`C${r}`), v(`D${r}`)];
    expect(row(17)).toEqual(['Wang', '', 0, 545000]);
    expect(row(18)).toEqual(['Li', 'Wang', 0, 500000]);
    expect(row(20)).toEqual(['Chen', 'Li', 500000, 500000]);
    expect(row(22)).toEqual(['Sun', 'Zhao', 45000, 45000]);
  });

  it('quota attainment and coverage per person, open in-period pipeline only', () => {
    expect([v('I17'), v('J17'), v('K17'), v('L17'), v('M17')]).toEqual(['Chen', 1000000, 100000, 1000000, 0.1]);
    expect(v('N17')).toBeCloseTo(1000000 / 900000, 9);
    expect([v('I18'), v('L18'), v('M18'), v('N18')]).toEqual(['Sun', 50000, 0, 0.5]);
  });

  it('customer tiers', () => {
    expect([v('P17'), v('P18')]).toEqual(['中国电信股份有限公司', 'Acme Trading (Shanghai) Co., Ltd.']);
    expect(typeof v('Q17')).toBe('string');
  });
});
