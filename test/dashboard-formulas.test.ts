/**
 * The Dashboard's layout (core/schema/dashboard) rendered into a real spreadsheet engine (HyperFormula
 * with the catalogue registered, as the preview renders it) over a small workbook whose figures are
 * worked out by hand below: the forecast as submitted and revised, the live roll-up of confirmed
 * opportunities, quotas against won business with the team, the categories, the band, the charts'
 * data, the funnel, tiers and duplicates.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../core/cell';
import { demoRecords, gridOf, settingsRows, type Records } from '../core/commands/fixtures';
import { dashboardCounts, dashboardSettings, type DashboardLayout } from '../core/schema/dashboard';
import { tableFromGrid } from '../core/schema/read';
import { TABLES, tableSpec } from '../core/schema/tables';
import type { TableId, Workbook } from '../core/schema/types';
import { PreviewDashboard } from '../preview/dashboard';
import { createEngine, fromEngineValue } from '../preview/engine';

const TODAY = '2026-05-17';

function records(rule?: string): Records {
  const r = demoRecords();
  r.opportunities = [
    ...r.opportunities!,
    { id: 'O00004', name: 'Scanners II', customer_id: 'C00002', owner: 'Liu', amount: 300000, stage: '08 Agreement on all terms (won)', close: '2026-05-10', confirmed: 'Yes' },
    { id: 'O00005', name: 'Campus Wi-Fi', customer_id: 'C00001', owner: 'Li', amount: 400000, stage: '06 Sole choice or bid won', close: '2026-06-01', confirmed: 'Yes', forecast_category: 'Best case' },
    { id: 'O00006', name: 'Printers', customer_id: 'C00002', owner: 'Zhao', amount: 80000, stage: 'Lost', close: '2026-05-20', confirmed: '' },
  ];
  r.customers = [
    { ...r.customers![0], value: 900000, growth: 0.1 },
    { ...r.customers![1], value: 100000, growth: -0.2 },
    { id: 'C00003', name: '中國電信', account_manager: 'Liu', value: '', growth: '' },
  ];
  const sub = (id: string, when: string, kind: string, person: string, by: string, amount: number) => ({ id, when, kind, person, by, to: '', period_from: '2026-04-01', period_to: '2026-06-30', own: '', team: '', amount });
  r.forecasts = [
    sub('F00001', '2026-05-10 09:00:00', 'Submission', 'Chen', 'Chen', 500000),
    sub('F00002', '2026-05-11 10:00:00', 'Revision', 'Chen', 'Li', 450000),
    sub('F00003', '2026-05-12 11:00:00', 'Submission', 'Sun', 'Sun', 45000),
    sub('F00004', '2026-05-13 12:00:00', 'Submission', 'Li', 'Li', 1030000),
    sub('F00005', '2026-05-14 12:00:00', 'Revision', 'Sun', 'Chen', 1),
  ];
  r.quotas = [
    { person: 'Wang', period_from: '2026-04-01', period_to: '2026-06-30', quota: 2000000, actual: '' },
    { person: 'Li', period_from: '2026-04-01', period_to: '2026-06-30', quota: 1000000, actual: 100000 },
    { person: 'Chen', period_from: '2026-04-01', period_to: '2026-06-30', quota: 500000, actual: '' },
    { person: 'Chen', period_from: '2026-01-01', period_to: '2026-03-31', quota: 999, actual: '' },
    { person: 'Sun', period_from: '2026-04-01', period_to: '2026-06-30', quota: 400000, actual: '' },
  ];
  r.benchmarks = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => ({ stage: s, stage_name: `Stage ${s}`, probability: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1][s], hist_count: 1, hist_amount: 100000 }));
  r.complaints = [
    { id: 'K00001', received: '2026-05-02', customer_id: 'C00001', description: 'Late', status: 'Received' },
    { id: 'K00002', received: '2026-04-20', customer_id: 'C00002', description: 'Invoice', status: 'Resolved' },
  ];
  r.activities = [
    { date: '2026-05-04', person: 'Chen', type: 'New name', new_names: 16, introductions: 0, follow_up: '2026-05-01' },
    { date: '2026-05-05', person: 'Sun', type: 'New name', new_names: 8, introductions: 0, follow_up: '2026-06-01' },
    { date: '2026-05-06', person: 'Liu', type: 'Introduction', new_names: 0, introductions: 6, follow_up: '' },
  ];
  const rq = (id: string, opportunity: string) => ({ id, kind: 'Request', opportunity, by: 'Chen', price: 1000000, cost: 700000 });
  const so = (id: string, step: string, verdict: string, by: string) => ({ id, kind: 'Sign-off', opportunity: 'O00001', by, step, verdict });
  const plan: Record<string, [string, number]> = { Wang: ['Lead', 100000], Li: ['Lead', 80000], Chen: ['AM', 50000], Liu: ['AM', 40000], Sun: ['AM', 30000] };
  r.team = r.team!.map((p) => ({ ...p, bonus_plan: plan[String(p.person)]?.[0] ?? '', target_bonus: plan[String(p.person)]?.[1] ?? '' }));
  r.bonus_plans = [
    { plan: 'AM', from: 0, to: 0.5, rate: 0.2, cap: '' },
    { plan: 'AM', from: 0.5, to: 1, rate: 0.6, cap: '' },
    { plan: 'AM', from: 1, to: '', rate: 1, cap: 45000 },
    { plan: 'Lead', from: 0.3, to: 1, rate: 0.5, cap: '' },
    { plan: 'Lead', from: 1, to: '', rate: 1.2, cap: '' },
  ];
  r.reviews = [
    rq('R00001', 'O00001'),
    so('R00001', 'Finance', 'Accept', 'Fang'),
    so('R00001', 'Approval', 'Accept', 'Li'),
    rq('R00002', 'O00002'),
    so('R00002', 'Quality', 'Reject', 'Gao'),
    rq('R00003', 'O00005'),
    so('R00002', 'Approval', 'Reject', 'Wang'),
    rq('R00004', 'O00004'),
  ];
  r.settings = settingsRows({ period_from: '2026-04-01', period_to: '2026-06-30', currency: 'US$', ...(rule ? { forecast_category_rule: rule } : {}) });
  return r;
}

function build(rule?: string) {
  const recs = records(rule);
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
  const L: DashboardLayout = dash.layout;
  const at = (row: number, col: number) => {
    const v = fromEngineValue(hf.getCellValue({ sheet: hf.getSheetId('Dashboard')!, row, col }));
    return v === null ? '' : v;
  };
  const section = (id: string) => L.sections.find((s) => s.id === id)!;
  /** Result row `i` of a section, all its columns. */
  const row = (id: string, i: number) => {
    const s = section(id);
    return Array.from({ length: s.body.cols }, (_, c) => at(s.body.row + i, s.body.col + c));
  };
  const rows = (id: string, n: number) => Array.from({ length: n }, (_, i) => row(id, i));
  /** The value of a key figure by its label. */
  const figure = (label: string) => {
    const c = L.cells.find((x) => x.text === label)!;
    return { value: at(c.row + 1, c.col), detail: at(c.row + 2, c.col) };
  };
  return { hf, L, at, row, rows, figure, dash };
}

const close = (x: unknown, y: number) => expect(x as number).toBeCloseTo(y, 6);

describe('the Dashboard computed in a spreadsheet engine', () => {
  const d = build();

  it('no cell is an error', () => {
    const errors: string[] = [];
    d.hf.getSheetValues(d.hf.getSheetId('Dashboard')!).forEach((r, i) =>
      r.forEach((v, j) => {
        if (v && typeof v === 'object') errors.push(`${i},${j}: ${JSON.stringify(v)}`);
      }),
    );
    expect(errors).toEqual([]);
  });

  it('the forecast by person: what was submitted, the revision, what counts upward, Missing, the live figure', () => {
    const r = d.rows('forecast', 7);
    const cols = (x: unknown[]) => [x[0], x[1], x[2], x[4], x[5], x[6], x[7], x[8], x[9]];
    expect(cols(r[0])).toEqual(['Wang', '', '', '', '', '', 'Missing', 1030000, 625000]);
    expect(cols(r[1])).toEqual(['Li', 'Wang', 1030000, '', '', 1030000, 'Submitted', 450000, 580000]);
    expect(cols(r[2])).toEqual(['Zhao', 'Wang', '', '', '', '', 'Missing', 45000, 45000]);
    // Chen: submitted 500,000, revised by Li to 450,000; his own opportunity is not confirmed: live 0
    expect(cols(r[3])).toEqual(['Chen', 'Li', 500000, 450000, 'Li', 450000, 'Revised', '', 0]);
    expect(cols(r[4])).toEqual(['Liu', 'Li', '', '', '', '', 'Missing', '', 300000]);
    // Sun: the "revision" by Chen is not a superior's: not counted
    expect(cols(r[5])).toEqual(['Sun', 'Zhao', 45000, '', '', 45000, 'Submitted', '', 45000]);
    expect(r[6][0]).toBe('(unassigned)');
    close(r[3][3], 46152 + 9 / 24); // submitted at, as a date-time
    expect(d.row('forecast', 7)[0]).toBe(''); // room to grow, blank
  });

  it('quotas of the period against won business and the open pipeline, each person with their team', () => {
    const r = d.rows('quota', 5);
    expect(r.map((x) => x.slice(0, 4))).toEqual([
      ['Wang', 2000000, 300000, ''],
      ['Li', 1000000, 300000, 100000],
      ['Chen', 500000, 0, ''],
      ['Sun', 400000, 0, ''],
      ['', '', '', ''],
    ]);
    close(r[0][4], 0.15);
    close(r[1][4], 0.4);
    expect(r.map((x) => x[5])).toEqual([1450000, 1400000, 1000000, 50000, '']);
    close(r[0][6], 1450000 / 1700000);
    close(r[1][6], 1400000 / 600000);
    close(r[2][6], 2);
    close(r[3][6], 0.125);
  });

  it("the period's quotas checked up the hierarchy: each manager against their direct reports", () => {
    expect(d.rows('quota_rollup', 7)).toEqual([
      ['Wang', 2000000, 1000000, 1000000, 'Under-assigned'],
      ['Li', 1000000, 500000, 500000, 'Under-assigned'],
      ['Zhao', 0, 400000, -400000, 'Over-assigned'],
      ['Chen', 500000, '', '', ''],
      ['Liu', 0, '', '', ''],
      ['Sun', 400000, '', '', ''],
      ['', '', '', '', ''],
    ]);
  });

  it('the expected bonus cost by plan: at forecast attainment (team live forecast ÷ quota) and at quota', () => {
    const r = d.rows('bonus', 7);
    expect(r.map((x) => [x[0], x[1], x[2], x[4], x[5]])).toEqual([
      ['Wang', 'Lead', 100000, 50000, 120000],
      ['Li', 'Lead', 80000, 40000, 96000],
      ['Zhao', '', '', '', ''],
      ['Chen', 'AM', 50000, 10000, 45000],
      ['Liu', 'AM', 40000, '', 40000],
      ['Sun', 'AM', 30000, 6000, 30000],
      ['', '', '', '', ''],
    ]);
    expect(r.map((x) => x[3])).toEqual([0.3125, 0.58, '', 0, '', 0.1125, '']);
    // the expected cost: the totals line under the rows (the row that says when the list is cut)
    const s = d.L.sections.find((x) => x.id === 'bonus')!;
    const line = s.body.row + s.body.rows;
    expect([d.at(line, s.body.col + 3), d.at(line, s.body.col + 4), d.at(line, s.body.col + 5)]).toEqual(['Total', 50000 + 40000 + 10000 + 6000, 120000 + 96000 + 45000 + 40000 + 30000]);
    expect(d.at(line, s.body.col)).toBe(''); // nothing cut
  });

  it('the order reviews by their decision', () => {
    expect(d.rows('reviews', 3)).toEqual([
      ['Pending', 2],
      ['Approved', 1],
      ['Rejected', 1],
    ]);
  });

  it('the forecast categories, a category set by hand overriding the stage', () => {
    expect(d.rows('categories', 7)).toEqual([
      ['Wang', 0, 1400000, 50000, 300000],
      ['Li', 0, 1400000, 0, 300000],
      ['Zhao', 0, 0, 50000, 0],
      ['Chen', 0, 1000000, 0, 0],
      ['Liu', 0, 0, 0, 300000],
      ['Sun', 0, 0, 50000, 0],
      ['(unassigned)', 0, 0, 0, 0],
    ]);
  });

  it('the forecast-category rule of Settings applies to the opportunities whose category is blank', () => {
    const c = build('01-04 Pipeline; 05 Commit; 06-07 Commit; 08 Closed; Lost Omitted');
    expect(c.row('categories', 3)).toEqual(['Chen', 0, 0, 1000000, 0]);
    expect(c.row('categories', 1)).toEqual(['Li', 0, 400000, 1000000, 300000]);
  });

  it('the key figures', () => {
    expect(d.figure('Live forecast').value).toBe(625000);
    expect(d.figure('Submitted, after revisions')).toEqual({ value: 1030000, detail: 'Missing: 3' });
    expect(d.figure('Quota').value).toBe(2000000);
    expect(d.figure('Won').value).toBe(300000);
    close(d.figure('Attainment').value, 0.15);
    close(d.figure('Coverage').value, 1450000 / 1700000);
    expect(d.figure('Weighted pipeline').value).toBe(825000);
    expect(d.figure('Open pipeline').value).toBe(1450000);
    expect(d.figure('Complaints').value).toBe(1);
    expect(d.figure('Overdue').value).toBe(1);
    // 24 names and 6 introductions over the working days from 1 April to 17 May, by 3 account managers
    let days = 0;
    for (let t = Date.UTC(2026, 3, 1); t <= Date.UTC(2026, 4, 17); t += 86400000) if (![0, 6].includes(new Date(t).getUTCDay())) days++;
    close(d.figure('Names/day').value, 24 / (days * 3));
    close(d.figure('Intros/day').value, 6 / (days * 3));
    expect(d.figure('Names/day').detail).toBe(`8/day: ${Math.round((100 * 24) / (days * 3 * 8))}%`);
    expect(d.figure('Duplicates').value).toBe(2);
    expect(d.figure('VIP').value).toBe(1);
  });

  it("the charts' data: the funnel per stage with its centring spacer; forecast against quota of the top's direct reports", () => {
    const [funnel, forecast] = d.dash.charts();
    expect(funnel.categories).toEqual(['01 Stage 1', '02 Stage 2', '03 Stage 3', '04 Stage 4', '05 Stage 5', '06 Stage 6', '07 Stage 7', '08 Stage 8']);
    expect(funnel.series[0].values).toEqual([0, 0, 1, 0, 1, 1, 1, 1]);
    expect(d.row('funnel_chart', 0)).toEqual(['01 Stage 1', 0, 0.5]);
    expect(forecast.categories).toEqual(['Li', 'Zhao']);
    expect(forecast.series.map((s) => s.name)).toEqual(['Quota', 'Counted upward', 'Live forecast', 'Won']);
    expect(forecast.series.map((s) => s.values)).toEqual([[1000000, null], [1030000, null], [580000, 45000], [300000, 0]]);
  });

  it('funnel health with the stage names, tiers and the duplicate groups', () => {
    expect(d.row('funnel_count', 4)).toEqual(['05 Stage 5', 1, 1, 1, 'Good']);
    expect(d.row('funnel_amount', 5)).toEqual(['06 Stage 6', 400000, 100000, 4, 'Excellent']);
    expect(d.row('tiers', 0).slice(0, 3)).toEqual(['VIP (most value)', 1, 900000]);
    close(d.row('tiers', 0)[3], 0.9);
    expect(d.row('tiers', 2).slice(0, 3)).toEqual(['BZ (negative growth)', 1, 100000]);
    expect(d.rows('duplicates', 3)).toEqual([
      [1, '中国电信股份有限公司', 'Chen', 'C00001'],
      [1, '中國電信', 'Liu', 'C00003'],
      ['', '', '', ''],
    ]);
  });

  it('money is in the currency of Settings, percentages in one format', () => {
    const money = d.L.formats.filter((f) => f.format === 'money');
    expect(money.length).toBeGreaterThan(10);
    for (const f of money) expect(f.pattern).toBe('"US$"#,##0');
    for (const f of d.L.formats.filter((x) => x.format === 'percent')) expect(f.pattern).toBe('0%');
  });
});
