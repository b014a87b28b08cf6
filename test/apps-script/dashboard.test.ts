/**
 * The Dashboard in Sheets through the fake (the built Code.js): written in few Spreadsheet-service
 * calls, nothing written when a re-run has nothing to change, laid out again when a save outgrows
 * the rows a section reserves, and its two charts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardLayout, dashboardSettings } from '../../core/schema/dashboard';
import { tableFromGrid } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import type { Runtime } from './fake/runtime';
import { newCallCounts } from './fake/spreadsheet';
import { ensureBuilt, runtime, snapshot } from './helpers';

beforeAll(() => ensureBuilt(['Code.js', 'appsscript.json']));

function workbook(): Runtime {
  const rt = runtime({ email: 'zhang.wei@example.com', locale: 'en_US' });
  rt.run('kaSetUp');
  rt.ss.getRangeByName('KA_Team')!.getSheet().getRange('A2:E4').setValues([
    ['Li Na', '', 'li.na@example.com', '', 'North'],
    ['Zhang Wei', 'Li Na', 'zhang.wei@example.com', '', 'North'],
    ['Wang Fang', 'Li Na', 'wang.fang@example.com', '', 'South'],
  ]);
  return rt;
}

const dashboard = (rt: Runtime) => rt.ss.getRangeByName('KA_Dashboard')!.getSheet();
const stampOf = (rt: Runtime) => {
  const at = dashboardLayout('en').stampAt;
  return dashboard(rt).getRange(at.row + 1, at.col + 1).getValue();
};
/** The calls a run made, by kind (the fake counts each Spreadsheet-service call it models as one). */
function callsOf(rt: Runtime, run: () => void): Record<string, number> {
  rt.ss.counters = {};
  rt.calls = newCallCounts();
  run();
  // the fake's own counters, and every Spreadsheet-service call as `Class.method`
  return { ...rt.ss.counters, ...rt.calls.by };
}

describe('the Dashboard in Sheets', () => {
  it('is written in few calls: the block in one setValues, one range list per number format, a grid per font or fill property, a merge per card', () => {
    const rt = workbook();
    // Today's funnel snapshot taken, so that the refresh writes the Dashboard only (issue 9).
    expect((rt.client('kaSubmit', 'takeSnapshot', {}) as { value: { ok: boolean } }).value.ok).toBe(true);
    const calls = callsOf(rt, () => rt.run('kaRefreshDashboard'));
    expect(calls.setValues).toBe(1);
    expect(calls.setValue ?? 0).toBe(0);
    // one range list per number format, and range lists that only hand their ranges on (the merges',
    // the charts' and the colour rules' ranges, each got in one call)
    const layout = dashboardLayout('en');
    const patterns = new Set(layout.formats.map((f) => f.pattern).filter(Boolean)).size;
    const ranges = Object.entries(calls).filter(([k]) => k.startsWith('RangeList.') && k !== 'RangeList.getRanges').reduce((n, [, v]) => n + v, 0);
    expect(calls['RangeList.setNumberFormat']).toBeLessThanOrEqual(patterns);
    expect(ranges).toBe(calls['RangeList.setNumberFormat']);
    expect(calls.getRangeList).toBeGreaterThanOrEqual(ranges);
    expect(calls.getRangeList).toBeLessThanOrEqual(ranges + 1 + 2 + 3); // merges, charts, colour rules
    // fonts and fills: one grid over the block per property
    for (const k of ['setFontWeights', 'setFontStyles', 'setFontSizes', 'setFontColors', 'setBackgrounds']) expect(calls[`Range.${k}`], k).toBe(1);
    for (const k of ['setFontWeight', 'setFontStyle', 'setFontSize', 'setFontColor', 'setBackground']) expect((calls[`Range.${k}`] ?? 0) + (calls[`RangeList.${k}`] ?? 0), k).toBe(0);
    // a card's three rows (label, figure, detail) merged in one call, with any card right below it;
    // the cells merged are the layout's, row by row
    expect(calls.mergeAcross).toBeGreaterThan(0);
    expect(calls.mergeAcross).toBeLessThanOrEqual(layout.merges.length / 3);
    const merged = (rt.ss.getRangeByName('KA_Dashboard')!.getSheet() as unknown as { merges: { r: number; c: number; rows: number; cols: number }[] }).merges;
    expect(merged.map((m) => `${m.r},${m.c},${m.rows},${m.cols}`).sort()).toEqual(layout.merges.map((m) => `${m.row + 1},${m.col + 1},1,${m.cols}`).sort());
    expect(calls.setNotes).toBe(1);
    expect(calls.clearFormat).toBe(1);
    // reads: the layout's inputs (Team, Settings) and the used block, once each; and Snapshots and
    // Settings, to see whether a funnel snapshot is due (issue 9)
    expect(calls.getValues).toBeLessThanOrEqual(4 + 2);
  });

  it('a re-run with nothing to change writes nothing, and keeps the charts', () => {
    const rt = workbook();
    rt.run('kaRefreshDashboard'); // laid out for the typed Team
    const before = snapshot(rt.ss);
    const calls = callsOf(rt, () => rt.run('kaSetUp'));
    expect(snapshot(rt.ss)).toEqual(before);
    for (const k of ['setValues', 'setValue', 'setNotes', 'mergeAcross', 'clearFormat', 'breakApart']) expect(calls[k] ?? 0, k).toBe(0);
    expect(Object.keys(calls).some((k) => k.startsWith('RangeList.') && k !== 'RangeList.getRanges')).toBe(false);
    expect(dashboard(rt).getCharts()).toHaveLength(2);
  });

  it('a broken formula is repaired by writing only its rows again', () => {
    const rt = workbook();
    rt.run('kaRefreshDashboard');
    const layout = dashboardLayout('en');
    const forecast = layout.sections.find((s) => s.id === 'forecast')!;
    const cell = dashboard(rt).getRange(forecast.body.row + 1, 1);
    const good = cell.getFormula();
    cell.setValue('oops');
    const calls = callsOf(rt, () => rt.run('kaSetUp'));
    expect(cell.getFormula()).toBe(good);
    expect(calls.setValues).toBeLessThanOrEqual(2 + 1); // the row again (set-up's own writes aside)
  });

  it('a save whose rows outgrow a section lays the Dashboard out again, with room to grow', () => {
    const rt = workbook();
    rt.run('kaRefreshDashboard');
    const before = stampOf(rt);
    const sheet = rt.ss.getRangeByName('KA_Customers')!.getSheet();
    // 19 customers typed by hand: still within the room the layout kept
    sheet.getRange(2, 1, 19, 3).setValues(Array.from({ length: 19 }, (_, i) => [`C${String(i + 1).padStart(5, '0')}`, `Customer ${i + 1}`, 'Zhang Wei']));
    const first = rt.client('kaSubmit', 'newCustomer', { name: 'Huawei Technologies', account_manager: 'Zhang Wei', region: 'North', confirmDifferent: true });
    expect(first.ok && (first.value as { ok: boolean }).ok).toBe(true);
    expect(stampOf(rt)).not.toBe(before);
    // the layout for 20 customers: its stamp is on the sheet, its lists have room for them
    const settings = tableFromGrid(tableSpec('settings'), rt.ss.getRangeByName('KA_Settings')!.getValues());
    const now = dashboardLayout('en', { customers: 20 }, dashboardSettings(settings));
    expect(now.sections.find((s) => s.id === 'tier_of')!.body.rows).toBe(30);
    expect(String(stampOf(rt))).toMatch(/tier_of@\d+,\d+\+30/);
  });

  it('the charts: a funnel (Sheets has none: a stacked bar chart whose first series is invisible) and forecast against quota', () => {
    const rt = workbook();
    const [funnel, forecast] = dashboard(rt).getCharts();
    expect(funnel.type).toBe('BAR');
    expect(funnel.getOptions().get('isStacked')).toBe(true);
    expect((funnel.getOptions().get('series') as Record<number, { color: string }>)[0].color).toBe('transparent');
    const layout = dashboardLayout('en');
    const ch = layout.charts.find((c) => c.kind === 'funnel')!;
    expect(funnel.getRanges().map((r) => r.getA1Notation())).toHaveLength(3);
    expect(funnel.getContainerInfo().getAnchorColumn()).toBe(ch.at.col + 1);
    expect(forecast.type).toBe('COLUMN');
    expect(forecast.getOptions().get('title')).toBe('Forecast against quota');
    expect(forecast.getOptions().get('width')).toBeGreaterThan(300);
  });
});
