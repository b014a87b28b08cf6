import { describe, expect, it } from 'vitest';
import { parseStage } from '../core/model/stage';
import { readList } from '../core/schema/lists';
import { records, tableFromGrid } from '../core/schema/read';
import { tableSpec, TABLES } from '../core/schema/tables';
import type { TableId } from '../core/schema/types';
import { generateDemo } from './demo-data';
import { mulberry32 } from './random';

function table(id: TableId, demo = generateDemo()) {
  const spec = tableSpec(id);
  return records(tableFromGrid(spec, [spec.columns.map((c) => c.header.en), ...demo.rows[id]]));
}

describe('the demo workbook', () => {
  const demo = generateDemo();

  it('is the same workbook for the same seed, and another for another seed', () => {
    expect(generateDemo()).toEqual(demo);
    expect(JSON.stringify(generateDemo({ seed: 7 }))).toBe(JSON.stringify(generateDemo({ seed: 7 })));
    expect(JSON.stringify(generateDemo({ seed: 7 }).rows.customers)).not.toBe(JSON.stringify(demo.rows.customers));
  });

  it('the PRNG repeats its sequence', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(new Set(xs).size).toBe(50);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('lays every row out as its table in the schema', () => {
    for (const spec of TABLES) {
      for (const row of demo.rows[spec.id]) expect(row.length).toBe(spec.columns.length);
    }
  });

  it('has 40 people in four levels, each reporting to someone above (and the three order-review departments)', () => {
    const all = table('team');
    const reviewers = all.filter((p) => ['finance', 'quality', 'purchasing'].includes(String(readList('role', p.role))));
    expect(reviewers.length).toBe(3);
    const team = all.filter((p) => !reviewers.includes(p));
    expect(team.length).toBe(40);
    const roles = team.map((p) => readList('role', p.role));
    expect(roles.filter((r) => r === 'director').length).toBe(1);
    expect(roles.filter((r) => r === 'regional').length).toBe(3);
    expect(roles.filter((r) => r === 'team_lead').length).toBe(9);
    expect(roles.filter((r) => r === 'account_manager').length).toBe(27);
    const names = new Set(all.map((p) => p.person));
    expect(names.size).toBe(43);
    for (const p of team) if (p.manager !== '') expect(names.has(p.manager)).toBe(true);
    expect(team.filter((p) => p.manager === '').length).toBe(1);
  });

  it('has about 300 customers with Chinese and English names and a few near-duplicates', () => {
    const customers = table('customers');
    expect(customers.length).toBe(300);
    const names = customers.map((c) => String(c.name));
    expect(new Set(customers.map((c) => c.id)).size).toBe(300);
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names.filter((n) => /^[A-Za-z]/.test(n)).length).toBeGreaterThan(20);
    expect(names).toContain('中国电信股份有限公司');
    expect(names).toContain('中國電信');
  });

  it('has about 1,500 opportunities across every stage, some lost, owned by Team people, of known customers', () => {
    const opps = table('opportunities');
    expect(opps.length).toBe(1500);
    const stages = new Map<number, number>();
    for (const o of opps) {
      const s = parseStage(o.stage);
      expect(s).not.toBeNull();
      expect(s).not.toBeUndefined();
      stages.set(s as number, (stages.get(s as number) ?? 0) + 1);
    }
    for (let s = 0; s <= 8; s++) expect(stages.get(s) ?? 0).toBeGreaterThan(30);
    const people = new Set(table('team').map((p) => p.person));
    const customers = new Set(table('customers').map((c) => c.id));
    for (const o of opps) {
      expect(people.has(o.owner)).toBe(true);
      expect(customers.has(o.customer_id)).toBe(true);
      expect(typeof o.amount).toBe('number');
      expect(String(o.close)).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    const inPeriod = opps.filter((o) => String(o.close) >= demo.period.from && String(o.close) <= demo.period.to);
    expect(inPeriod.length).toBeGreaterThan(150);
  });

  it('has eight benchmark rows, quotas for everyone, settings with the period, and the other tables filled', () => {
    expect(demo.rows.benchmarks.length).toBe(8);
    expect(table('quotas').length).toBe(40);
    const settings = table('settings');
    expect(settings.find((s) => s.key === 'period_from')?.value).toBe(demo.period.from);
    expect(settings.find((s) => s.key === 'language')?.value).toBe('zh');
    for (const id of ['assessments', 'forecasts', 'projects', 'activities', 'complaints'] as TableId[]) expect(demo.rows[id].length, id).toBeGreaterThanOrEqual(3);
    expect(demo.rows.audit.length).toBe(0);
  });

  it('speaks the requested language in its lists', () => {
    const en = generateDemo({ lang: 'en' });
    const team = table('team', en);
    expect(team.map((p) => p.role)).toContain('Account manager');
    const zh = table('team');
    expect(zh.map((p) => p.role)).toContain('客户经理');
  });
});
