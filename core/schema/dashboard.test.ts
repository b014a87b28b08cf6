import { describe, expect, it } from 'vitest';
import { DASHBOARD, dashboardLabels, dashboardProblems, parseA1, placeholders, renderFormula, settingLookup, toA1 } from './dashboard';

const KNOWN_FUNCTIONS = [
  'OPP_SCORE', 'OPP_ASSESS', 'STAGE_PROBABILITY', 'WEIGHTED_PIPELINE', 'FUNNEL_HEALTH', 'HEALTH_STATUS', 'FORECAST_ROLLUP',
  'QUOTA_ATTAINMENT', 'PIPELINE_COVERAGE', 'OPEN_PIPELINE', 'CUSTOMER_KEY', 'CUSTOMER_MATCH', 'DUPLICATE_GROUPS', 'CUSTOMER_TIER',
  'RELATIONSHIP_LEVEL', 'ACTIVITY_PACE',
];

describe('dashboard', () => {
  it('every placeholder names an existing table column, block or setting', () => {
    expect(dashboardProblems()).toEqual([]);
  });

  it('calls only catalogue functions (issue 2 names)', () => {
    for (const b of DASHBOARD)
      for (const c of b.cells)
        for (const p of placeholders(c.formula)) if (p.kind === 'fn') expect(KNOWN_FUNCTIONS, `${b.id}`).toContain(p.name);
  });

  it('holds the blocks the issue asks for', () => {
    const fns = DASHBOARD.flatMap((b) => b.cells.flatMap((c) => placeholders(c.formula)))
      .filter((p) => p.kind === 'fn')
      .map((p) => (p as { name: string }).name);
    for (const f of ['FUNNEL_HEALTH', 'WEIGHTED_PIPELINE', 'FORECAST_ROLLUP', 'QUOTA_ATTAINMENT', 'PIPELINE_COVERAGE', 'CUSTOMER_TIER', 'DUPLICATE_GROUPS'])
      expect(fns).toContain(f);
    expect(DASHBOARD.filter((b) => b.cells.some((c) => c.formula.includes('FUNNEL_HEALTH')))).toHaveLength(2);
  });

  it('has unique block ids, bilingual labels and formula cells that do not collide', () => {
    expect(new Set(DASHBOARD.map((b) => b.id)).size).toBe(DASHBOARD.length);
    const at = new Set<string>();
    for (const b of DASHBOARD) {
      expect(b.title.zh).toMatch(/[\u4e00-\u9fff]/);
      for (const h of b.headers) expect(h.en && h.zh).toBeTruthy();
      expect(b.formats, b.id).toHaveLength(b.headers.length);
      for (const c of b.cells) {
        expect(at.has(c.at), c.at).toBe(false);
        at.add(c.at);
        expect(c.formula.startsWith('=')).toBe(false);
      }
    }
    for (const l of dashboardLabels('zh')) expect(at.has(l.at), l.at).toBe(false);
  });

  it('blocks do not overlap one another, also when the variable ones grow downward', () => {
    const boxes = DASHBOARD.map((b) => {
      const a = parseA1(b.anchor);
      const cols = b.size?.cols ?? b.headers.length;
      return { id: b.id, c0: a.col, r0: a.row, c1: a.col + cols - 1, r1: b.size ? a.row + 1 + b.size.rows : Infinity };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const x = boxes[i];
        const y = boxes[j];
        const overlap = x.c0 <= y.c1 && y.c0 <= x.c1 && x.r0 <= y.r1 && y.r0 <= x.r1;
        expect(overlap, `${x.id} / ${y.id}`).toBe(false);
      }
    // every formula cell lies inside its block's columns
    for (const b of DASHBOARD) {
      const a = parseA1(b.anchor);
      for (const c of b.cells) {
        const p = parseA1(c.at);
        expect(p.col - a.col, `${b.id} ${c.at}`).toBeLessThan(b.size?.cols ?? b.headers.length);
        expect(p.row, `${b.id} ${c.at}`).toBe(a.row + 2);
      }
    }
  });

  it('colours health statuses and tiers in every language', () => {
    const funnel = DASHBOARD.find((b) => b.id === 'funnel_count')!;
    const by = (style: string) => funnel.rules!.filter((r) => r.style === style).flatMap((r) => r.equals);
    expect(by('good')).toEqual(expect.arrayContaining(['Excellent', '优秀', '優秀']));
    expect(by('watch')).toEqual(expect.arrayContaining(['Good', '良好']));
    expect(by('bad')).toEqual(expect.arrayContaining(['Warning', '预警', '預警']));
    const tiers = DASHBOARD.find((b) => b.id === 'tiers')!;
    expect(tiers.rules!.find((r) => r.style === 'bad')!.equals).toContain('BZ');
  });

  it('renders templates with a host resolver (Excel flavour)', () => {
    const f = renderFormula('{fn:FUNNEL_HEALTH}({ref:opportunities.stage},{ref:benchmarks.hist_count})', {
      fn: (n) => `KA.${n}`,
      ref: (p) => (p.kind === 'setting' ? `S_${p.key}` : `${p.table}[${p.column}${p.last ? ':' + p.last : ''}]`),
    });
    expect(f).toBe('KA.FUNNEL_HEALTH(opportunities[stage],benchmarks[hist_count])');
    const g = renderFormula('F({ref:team.person:manager},{ref:settings.period_from})', {
      fn: (n) => n,
      ref: (p) => JSON.stringify(p),
    });
    expect(g).toBe('F({"kind":"ref","table":"team","column":"person","last":"manager"},{"kind":"setting","key":"period_from"})');
  });

  it('A1 helpers and the setting lookup', () => {
    expect(parseA1('A1')).toEqual({ col: 0, row: 0 });
    expect(parseA1('AB12')).toEqual({ col: 27, row: 11 });
    expect(toA1(27, 11)).toBe('AB12');
    expect(toA1(25, 0)).toBe('Z1');
    expect(settingLookup('period_to', 'V', 'K')).toBe('INDEX(V,MATCH("period_to",K,0))');
  });
});
