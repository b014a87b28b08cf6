import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n';
import { areaProblems as dashboardProblemsOf, dashboardProblems } from './check';
import {
  CHART_ROWS,
  DASHBOARD_AREAS,
  dashboardColumns,
  dashboardLayout,
  dashboardOutgrown,
  GRID_COLUMNS,
  LANE_COLUMN,
  layoutDashboard,
  layoutGrid,
  parseA1,
  placeholders,
  renderCell,
  reserve,
  settingLookup,
  toA1,
  type DashboardArea,
  type DashboardLayout,
  type Rect,
  type Resolver,
} from './index';

const RESOLVER: Resolver = {
  fn: (n) => `KA.${n}`,
  ref: (p, rows) => (p.kind === 'setting' ? `S_${p.key}` : `${p.kind}:${p.table}[${p.column}${p.kind === 'ref' && p.last ? ':' + p.last : ''}]#${rows}`),
  today: () => 'TODAY()',
  take: (f, rows, cols) => `TAKE(${f},${rows},${cols})`,
  array: (f) => `ARR(${f})`,
};

const SMALL = { team: 5, quotas: 5, customers: 12, opportunities: 30, leaders: 2 };
const LARGE = { team: 600, quotas: 640, customers: 20000, opportunities: 100000 };

/** Every rectangle a section owns: title row, header row, reserved rows and the row that says when it is cut. */
function boxes(l: DashboardLayout): { id: string; r: Rect }[] {
  return l.sections.map((s) => ({ id: s.id, r: { row: s.title.row, col: s.title.col, rows: s.body.row + s.body.rows - s.title.row + 1, cols: s.body.cols } }));
}

const overlap = (a: Rect, b: Rect) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

describe('the Dashboard declarations', () => {
  it('name only existing table columns, settings, sections and catalogue functions', () => {
    expect(dashboardProblems()).toEqual([]);
  });

  it('are one declaration per section, key figure and chart, with unique ids and every label in three languages', () => {
    for (const items of [DASHBOARD_AREAS.flatMap((a) => a.sections ?? []), DASHBOARD_AREAS.flatMap((a) => a.figures ?? []), DASHBOARD_AREAS.flatMap((a) => a.charts ?? [])])
      expect(new Set(items.map((x) => x.id)).size).toBe(items.length);
    for (const a of DASHBOARD_AREAS) {
      for (const s of a.sections ?? []) {
        expect(s.title.zh, s.id).toMatch(/[\u4e00-\u9fff]/);
        expect(s.title.zhHant, s.id).toBeTruthy();
        for (const c of s.columns) expect(c.header.en && c.header.zh && c.header.zhHant, s.id).toBeTruthy();
        for (const c of s.cells) expect(typeof c.formula === 'string' ? c.formula.startsWith('=') : false, s.id).toBe(false);
      }
      for (const f of a.figures ?? []) expect(f.label.en && f.label.zh && f.label.zhHant, f.id).toBeTruthy();
    }
  });

  it('a checker catches a bad declaration: an unknown column, section or function', () => {
    const bad: DashboardArea = {
      sections: [{ id: 'x', order: 1, title: { en: 'X', zh: '叉' }, columns: [{ header: { en: 'A', zh: '甲' }, format: 'text' }], cells: [{ col: 0, formula: '{fn:NOPE}({ref:team.nope},{out:missing.0})' }], extent: { rows: 1 } }],
    };
    expect(layoutDashboard).toBeTypeOf('function');
    const problems = dashboardProblemsOf([bad]);
    expect(problems.join('\n')).toMatch(/NOPE is not a catalogue function/);
    expect(problems.join('\n')).toMatch(/team has no column nope/);
    expect(problems.join('\n')).toMatch(/no section missing/);
  });
});

describe('the layout', () => {
  for (const [label, counts] of [['small', SMALL], ['large', LARGE], ['empty', {}]] as const) {
    it(`places nothing over anything else, for ${label} tables`, () => {
      const l = dashboardLayout('zh', counts);
      const b = boxes(l);
      for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) expect(overlap(b[i].r, b[j].r), `${b[i].id} / ${b[j].id}`).toBe(false);
      // the band and the charts above the first section; the lane right of the visible columns
      for (const s of l.sections) {
        if (s.lane) expect(s.title.col).toBeGreaterThanOrEqual(LANE_COLUMN);
        else {
          expect(s.title.col + s.title.cols, s.id).toBeLessThanOrEqual(GRID_COLUMNS);
          for (const ch of l.charts) expect(s.title.row, s.id).toBeGreaterThanOrEqual(ch.at.row + ch.at.rows);
        }
      }
      // one value per cell
      const seen = new Set<string>();
      for (const c of l.cells) {
        const k = `${c.row}:${c.col}`;
        expect(seen.has(k), k).toBe(false);
        seen.add(k);
      }
      // no formula of a section lands on a cell a neighbour owns
      for (const c of l.cells) {
        const owners = b.filter((x) => overlap(x.r, { row: c.row, col: c.col, rows: 1, cols: 1 }));
        expect(owners.length, `${toA1(c.col, c.row)}`).toBeLessThanOrEqual(1);
      }
    });
  }

  it('bounds every formula of a growing section to the rows it reserves, and reserves room to grow', () => {
    const l = dashboardLayout('en', SMALL);
    for (const a of DASHBOARD_AREAS)
      for (const s of a.sections ?? []) {
        const p = l.sections.find((x) => x.id === s.id)!;
        if ('rows' in s.extent) {
          expect(p.body.rows).toBe(s.extent.rows);
          continue;
        }
        if (!('per' in s.extent)) continue;
        const n = Math.ceil((SMALL[s.extent.per as keyof typeof SMALL] ?? 0) * (s.extent.share ?? 1)) + (s.extent.extra ?? 0);
        expect(p.body.rows, s.id).toBeGreaterThanOrEqual(n + 5);
        for (const c of s.cells) {
          const cell = l.cells.find((x) => x.row === p.body.row + (c.row ?? 0) && x.col === p.body.col + c.col)!;
          expect(cell.take, s.id).toBeDefined();
          expect(cell.take!.rows, s.id).toContain(String(p.body.rows));
        }
        // the row under a list says when it is cut
        if (s.lane) continue;
        const cut = l.cells.find((x) => x.row === p.body.row + p.body.rows && x.col === p.body.col)!;
        expect(cut.formula, s.id).toMatch(/^IF\(/);
      }
  });

  it('keeps the key figures and both charts within the first rows (a 1366×768 screen)', () => {
    const l = dashboardLayout('zh', SMALL);
    const figures = l.looks.filter((x) => x.look === 'figure');
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.col + f.cols).toBeLessThanOrEqual(GRID_COLUMNS);
    for (const ch of l.charts) {
      expect(ch.at.row + ch.at.rows).toBeLessThanOrEqual(26);
      expect(ch.at.rows).toBe(CHART_ROWS);
      expect(ch.at.col + ch.at.cols).toBeLessThanOrEqual(GRID_COLUMNS);
    }
    const widths = l.widths.slice(0, GRID_COLUMNS).reduce((a, b) => a + b, 0);
    expect(widths).toBeLessThanOrEqual(1000); // 1366 px less the preview's sidebar and row numbers
  });

  it('resolves {out:…} and {rows:…} to Dashboard cells and leaves the rest to the host', () => {
    const l = dashboardLayout('en', SMALL);
    for (const c of l.cells) {
      if (c.formula === undefined) continue;
      expect(placeholders(c.formula).some((p) => p.kind === 'out' || p.kind === 'rows'), c.formula).toBe(false);
    }
    const grid = layoutGrid(l, RESOLVER);
    expect(grid.length).toBe(l.size.rows);
    const formulas = grid.flat().filter((x) => x.startsWith('='));
    expect(formulas.length).toBeGreaterThan(10);
    for (const f of formulas) expect(f).not.toMatch(/\{(fn|ref|range|rows|out):|\{today\}/);
    // a table's data rows are handed with the lane cell counting them
    expect(formulas.join(' ')).toMatch(/ref:opportunities\[stage\]#\$M\$\d+/);
  });

  it('says when the tables outgrew the room: a host lays it out again', () => {
    const l = dashboardLayout('en', SMALL);
    expect(dashboardOutgrown(l.stamp, SMALL)).toBe(false);
    expect(dashboardOutgrown(l.stamp, { team: SMALL.team + 1 })).toBe(false); // within the room
    expect(dashboardOutgrown(l.stamp, { team: 400 })).toBe(true);
    expect(dashboardOutgrown(l.stamp, { leaders: 30 })).toBe(true);
    expect(dashboardOutgrown('', SMALL)).toBe(true);
    expect(dashboardOutgrown(l.stamp, { projects: 5_000_000 })).toBe(false); // nothing lists them
    expect(dashboardOutgrown(l.stamp, { assessments: 5_000_000 })).toBe(false);
    // the decision-chain gaps (issue 13) and the days in stage of the stuck list (issue 9) take a row per opportunity
    expect(dashboardOutgrown(l.stamp, { opportunities: 5_000_000 })).toBe(true);
    // the stamp follows the language, the currency and the reserved rows
    expect(dashboardLayout('zh', SMALL).stamp).not.toBe(l.stamp);
    expect(dashboardLayout('en', SMALL, { currency: 'US$' }).stamp).not.toBe(l.stamp);
    expect(dashboardLayout('en', SMALL, { forecast_category_rule: '05 Commit' }).stamp).not.toBe(l.stamp);
    expect(dashboardLayout('en', { ...SMALL, team: SMALL.team + 1 }).stamp).toBe(l.stamp);
    expect(dashboardLayout('en', { ...SMALL, team: 400 }).stamp).not.toBe(l.stamp);
  });

  it('reserves the fixed rows, or the table\'s rows with a fifth more (at least 5, in tens, at least 20)', () => {
    const s = { id: 's', order: 0, title: { en: 'S', zh: 'S' }, columns: [], cells: [], extent: { per: 'team' as const, extra: 1 } };
    expect(reserve(s, { team: 0 })).toBe(20);
    expect(reserve(s, { team: 14 })).toBe(20);
    expect(reserve(s, { team: 40 })).toBe(50);
    expect(reserve(s, { team: 400 })).toBe(490);
    expect(reserve({ ...s, extent: { rows: 8 } }, { team: 400 })).toBe(8);
  });

  it('lists every column its formulas read, for the hosts to name', () => {
    const cols = dashboardColumns();
    expect(cols.get('opportunities')!.columns.has('stage')).toBe(true);
    expect(cols.get('settings')!.columns.has('value')).toBe(true);
    expect(cols.get('team')!.blocks).toContainEqual(['person', 'manager']);
  });

  it('writes every label in each language', () => {
    for (const lang of LANGS) {
      const l = dashboardLayout(lang, SMALL);
      const texts = l.cells.filter((c) => c.text !== undefined).map((c) => c.text!);
      if (lang !== 'en') expect(texts.filter((x) => /[\u4e00-\u9fff]/.test(x)).length).toBeGreaterThan(10);
      else expect(texts.some((x) => /[\u4e00-\u9fff]/.test(x))).toBe(false);
    }
  });

  it('renders a cell with the host resolver: arrays and bounds wrapped, texts as they are', () => {
    const l = dashboardLayout('en', SMALL);
    const f = renderCell(l, { row: 0, col: 0, formula: '{fn:FUNNEL_HEALTH}({ref:opportunities.stage},{ref:settings.period_to})', array: true, take: { rows: '9', cols: 2 } }, RESOLVER);
    expect(f).toMatch(/^=TAKE\(ARR\(KA\.FUNNEL_HEALTH\(ref:opportunities\[stage\]#\$M\$\d+,S_period_to\)\),9,2\)$/);
    expect(renderCell(l, { row: 0, col: 0, text: 'Hello' }, RESOLVER)).toBe('Hello');
  });

  it('A1 helpers and the setting lookup', () => {
    expect(parseA1('A1')).toEqual({ col: 0, row: 0 });
    expect(parseA1('$AB$12')).toEqual({ col: 27, row: 11 });
    expect(toA1(27, 11)).toBe('AB12');
    expect(toA1(25, 0)).toBe('Z1');
    expect(settingLookup('period_to', 'V', 'K')).toBe('INDEX(V,MATCH("period_to",K,0))');
  });
});
