import { describe, expect, it } from 'vitest';
import { tableFromGrid } from './read';
import { quarterOf, reconcile, rowsToAdd, setupPlan } from './setup';
import { SETTING_ROWS, TABLES, tableSpec } from './tables';

describe('setupPlan', () => {
  it('plans every table with headers in the language', () => {
    const zh = setupPlan('zh', '2026-05-17');
    expect(zh.tables.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
    const opp = zh.tables.find((t) => t.id === 'opportunities')!;
    expect(opp.sheet).toBe('商机');
    expect(opp.columns.find((c) => c.key === 'owner')!.header).toBe('主要负责人');
    expect(setupPlan('en').tables[2].columns[4].header).toBe('Primary owner');
  });

  it('validates lists in the language, persons from Team, formats by type', () => {
    const en = setupPlan('en');
    const opp = en.tables.find((t) => t.id === 'opportunities')!;
    const col = (k: string) => opp.columns.find((c) => c.key === k)!;
    expect(col('sales_method').validation).toMatchObject({ kind: 'list', values: ['Bid', 'Batch order', 'Distribution'] });
    expect(col('owner').validation).toMatchObject({ kind: 'team', table: 'team', column: 'person' });
    expect(col('amount').format).toBe('money');
    expect(col('close').format).toBe('date');
    const act = en.tables.find((t) => t.id === 'activities')!;
    expect(act.columns.find((c) => c.key === 'new_names')!.format).toBe('integer');
    expect(act.columns.find((c) => c.key === 'new_names')!.validation).toMatchObject({ kind: 'number', min: 0 });
    expect(col('stage').validation).toMatchObject({ kind: 'list' });
    expect((col('stage').validation as { values: string[] }).values).toHaveLength(9);
    const zh = setupPlan('zh').tables.find((t) => t.id === 'opportunities')!;
    expect(zh.columns.find((c) => c.key === 'sales_method')!.validation).toMatchObject({ values: ['投标', '批点', '分销'] });
    expect(zh.columns.find((c) => c.key === 'confirmed')!.validation).toMatchObject({ values: ['是', '否'] });
  });

  it('writes 8 benchmark rows and the settings rows, period from today\u2019s quarter', () => {
    const p = setupPlan('zh', '2026-05-17');
    const b = p.tables.find((t) => t.id === 'benchmarks')!;
    expect(b.initialRows).toHaveLength(8);
    expect(b.initialRows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(b.initialRows[5][2]).toBe(0.7);
    const s = p.tables.find((t) => t.id === 'settings')!;
    expect(s.initialRows.map((r) => r[0])).toEqual(SETTING_ROWS.map((r) => r.key));
    const get = (k: string) => s.initialRows.find((r) => r[0] === k)![1];
    expect(get('period_from')).toBe('2026-04-01');
    expect(get('period_to')).toBe('2026-06-30');
    expect(get('language')).toBe('zh');
    expect(get('assignment_rule')).toBe('同区域客户最少的客户经理');
    expect(setupPlan('en').tables.find((t) => t.id === 'settings')!.initialRows.find((r) => r[0] === 'period_from')![1]).toBe('');
  });

  it('colours the assessment verdict and complaint status in every language', () => {
    const a = setupPlan('en').tables.find((t) => t.id === 'assessments')!;
    expect(a.rules.find((r) => r.style === 'good')!.equals).toContain('高价值');
    const c = setupPlan('en').tables.find((t) => t.id === 'complaints')!;
    expect(c.rules.find((r) => r.style === 'good')!.equals).toEqual(['Resolved', '已解决', '已解決']);
  });

  it('quarterOf handles each quarter end', () => {
    expect(quarterOf('2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2026-08-09')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterOf('soon')).toBeNull();
  });
});

describe('reconcile', () => {
  const team = tableSpec('team');
  it('a new sheet lacks every column', () => {
    const r = reconcile(team, [], 'zh');
    expect(r.missing).toEqual(['person', 'manager', 'email', 'role', 'region', 'bonus_plan', 'target_bonus']);
    expect(r.headers[0]).toBe('姓名');
    expect(r.at).toBe(0);
  });
  it('a complete sheet in another language lacks nothing (idempotent)', () => {
    expect(reconcile(team, ['姓名', '上级', 'E-mail', '角色', 'Region', '奖金方案', 'Target bonus'], 'en').missing).toEqual([]);
    // a Team sheet from before the bonus plans lacks only their two columns, appended at its end
    expect(reconcile(team, ['姓名', '上级', 'E-mail', '角色', 'Region'], 'en').missing).toEqual(['bonus_plan', 'target_bonus']);
    const plan = setupPlan('en').tables.find((t) => t.id === 'team')!;
    expect(reconcile(team, plan.columns.map((c) => c.header)).missing).toEqual([]);
  });
  it('appends after the user\u2019s own columns and ignores trailing blanks', () => {
    const r = reconcile(team, ['Person', 'My column', 'Manager', '', ''], 'en');
    expect(r.missing).toEqual(['email', 'role', 'region', 'bonus_plan', 'target_bonus']);
    expect(r.headers).toEqual(['E-mail', 'Role', 'Region', 'Bonus plan', 'Target bonus']);
    expect(r.at).toBe(3);
  });
});

describe('rowsToAdd', () => {
  const plan = setupPlan('en', '2026-05-17');
  const of = (id: string) => plan.tables.find((p) => p.id === id)!;

  it('fills an empty table with its starting rows, in the sheet’s own column order', () => {
    const settings = tableSpec('settings');
    const empty = tableFromGrid(settings, [['Meaning', 'Value', 'Setting']]);
    const rows = rowsToAdd(of('settings'), empty);
    expect(rows.map((r) => r[2])).toEqual(SETTING_ROWS.map((s) => s.key));
    expect(rows.find((r) => r[2] === 'language')![1]).toBe('en');
  });

  it('adds only the settings an existing Settings table lacks, and nothing to other tables with data', () => {
    const settings = tableSpec('settings');
    const have = tableFromGrid(settings, [['Setting', 'Value'], ['language', 'zh'], [' PERIOD_FROM ', '2026-01-01']]);
    const keys = rowsToAdd(of('settings'), have).map((r) => r[0]);
    expect(keys).toEqual(SETTING_ROWS.map((s) => s.key).filter((k) => k !== 'language' && k !== 'period_from'));
    const full = tableFromGrid(settings, [['Setting'], ...SETTING_ROWS.map((s) => [s.key])]);
    expect(rowsToAdd(of('settings'), full)).toEqual([]);
    const bench = tableFromGrid(tableSpec('benchmarks'), [['Stage', 'Stage name'], [1, 'x']]);
    expect(rowsToAdd(of('benchmarks'), bench)).toEqual([]);
    expect(rowsToAdd(of('customers'), tableFromGrid(tableSpec('customers'), []))).toEqual([]);
  });
});
