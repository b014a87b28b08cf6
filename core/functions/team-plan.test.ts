import { describe, expect, it } from 'vitest';
import { BONUS, BONUS_BY_PLAN } from './bonus';
import { CUSTOMER_FINANCE } from './customer-finance';
import { DEAL_MARGIN } from './margin';
import { QUOTA_ROLLUP, QUOTA_SPLIT } from './quota-plan';
import { callFunction } from './run';
import { CallError, CellError } from './spec';
import { TERRITORY_OF } from './territory';

const col = (xs: unknown[]) => xs.map((x) => [x]);
const en = { lang: 'en' as const };
const zh = { lang: 'zh' as const };
const reason = (v: unknown) => (v as CellError).reason;

describe('TERRITORY_OF', () => {
  const rules = [
    ['Catch-all', '', '', 'Sun', ''],
    ['North energy', 'North', 'Energy', 'Li', 5],
    ['North', 'ＮＯＲＴＨ', '', 'Wang', 10],
    ['', 'South', '', 'Nobody', 1],
  ];
  it('first match by priority; blank priority last; full-width and case folded; blank territory rows are no rules', () => {
    const r = callFunction(TERRITORY_OF, [col(['north', 'North', 'South', 'West', '']), col(['energy', 'Retail', '', 'Mining', '']), rules], en);
    expect(r).toEqual([['North energy', 'Li'], ['North', 'Wang'], ['Catch-all', 'Sun'], ['Catch-all', 'Sun'], ['', '']]);
  });
  it('nothing matches: both blank', () => {
    expect(callFunction(TERRITORY_OF, [col(['East']), col(['Banking']), [['North', 'North', '', 'Wang', 1]]], en)).toEqual([['', '']]);
  });
  it('a priority that is not a number fails the call naming the row; regions and industries must have the same rows', () => {
    expect(() => callFunction(TERRITORY_OF, [col(['x']), col(['y']), [['T', 'x', '', 'A', 'soon']]], en)).toThrow(/row 1 of rules/);
    expect(() => callFunction(TERRITORY_OF, [col(['x', 'y']), col(['y']), [['T', 'x', '', 'A', 1]]], en)).toThrow(CallError);
  });
});

describe('QUOTA_SPLIT', () => {
  it('parts add up to the total exactly after rounding (largest remainder)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let k = 0; k < 200; k++) {
      const n = 1 + Math.floor(rnd() * 12);
      const weights = Array.from({ length: n }, () => Math.round(rnd() * 1000) / 7);
      const total = Math.floor(rnd() * 10_000_000);
      const parts = (callFunction(QUOTA_SPLIT, [total, col(weights)], en) as number[][]).map((r) => r[0]);
      const sum = weights.reduce((a, b) => a + b, 0);
      if (sum === 0) continue;
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((p, i) => {
        expect(Number.isInteger(p)).toBe(true);
        expect(Math.abs(p - (total * weights[i]) / sum)).toBeLessThan(1);
      });
    }
  });
  it('seven equal parts of 100: the two units left go to the first rows', () => {
    expect(callFunction(QUOTA_SPLIT, [100, col([1, 1, 1, 1, 1, 1, 1])], en)).toEqual(col([15, 15, 14, 14, 14, 14, 14]));
  });
  it('a row of weights gives a row; a zero weight gets 0', () => {
    expect(callFunction(QUOTA_SPLIT, ['10万', [[3, 0, 1]]], en)).toEqual([[75000, 0, 25000]]);
  });
  it('negative or all-zero weights fail the call saying so, in the workbook language', () => {
    expect(() => callFunction(QUOTA_SPLIT, [100, col([1, -2])], en)).toThrow('weights: value 2 is -2, expects a weight of 0 or more');
    expect(() => callFunction(QUOTA_SPLIT, [100, col([0, ''])], zh)).toThrow('权重合计为 0');
    expect(() => callFunction(QUOTA_SPLIT, [-5, col([1])], en)).toThrow(/total: got -5/);
  });
});

describe('QUOTA_ROLLUP', () => {
  const team = [['Wang', ''], ['Li', 'Wang'], ['Chen', 'Wang'], ['', ''], ['Zhao', 'Li']];
  it('over-assigned, balanced and blank rows; quotas of people outside the team are not counted', () => {
    const r = callFunction(QUOTA_ROLLUP, [team, [['Wang', 500], ['Li', 300], ['Chen', 300], ['Zhao', 300], ['Ghost', 999]]], zh);
    expect(r).toEqual([
      ['Wang', 500, 600, -100, '分解超额'],
      ['Li', 300, 300, 0, '已平衡'],
      ['Chen', 300, '', '', ''],
      ['', '', '', '', ''],
      ['Zhao', 300, '', '', ''],
    ]);
  });
  it('cents: 0.1 + 0.2 against 0.3 is balanced', () => {
    const r = callFunction(QUOTA_ROLLUP, [[['A', ''], ['B', 'A'], ['C', 'A']], [['A', 0.3], ['B', 0.1], ['C', 0.2]]], en) as unknown[][];
    expect(r[0]).toEqual(['A', 0.3, 0.3, 0, 'Balanced']);
  });
  it('a cycle fails the call naming it', () => {
    expect(() => callFunction(QUOTA_ROLLUP, [[['A', 'B'], ['B', 'A']], [['A', 1]]], en)).toThrow(/A → B → A|B → A → B/);
  });
});

describe('BONUS', () => {
  const plan = [
    [0.8, 1, 0.5, ''],
    [1, 1.2, 1, ''],
    [1.2, '', 2, 150000],
  ];
  it('tiers at their edges are half-open [from, to)', () => {
    const r = callFunction(BONUS, [col([0.7999, 0.8, 0.9999, 1, 1.1999, 1.2]), 100000, plan], en);
    expect(r).toEqual(col([0, 50000, 50000, 100000, 100000, 150000]));
  });
  it('a cap limits the tier; above the last tier its rate still applies', () => {
    expect(callFunction(BONUS, [col(['130%', 3]), col([50000, 50000]), plan], en)).toEqual(col([100000, 100000]));
    expect(callFunction(BONUS, [col([3]), 100000, [[0, 1, 0.5, ''], [1, 2, 1, '']]], en)).toEqual(col([100000]));
  });
  it('blank attainment is blank; a blank target is that row’s error; overlapping tiers fail the call', () => {
    const r = callFunction(BONUS, [col(['', 1]), col([100, '']), plan], en) as unknown[][];
    expect(r[0][0]).toBe('');
    expect(reason(r[1][0])).toMatch(/target_bonus: got \(blank\)/);
    expect(() => callFunction(BONUS, [col([1]), 1, [[0, 1, 1, ''], [0.5, '', 1, '']]], en)).toThrow(/row 2 starts at 50%, inside the tier of row 1/);
    expect(() => callFunction(BONUS, [col([1]), 1, [[1, 0.5, 1, '']]], en)).toThrow(/row 1 of plan_rows/);
  });
});

describe('BONUS_BY_PLAN', () => {
  const plans = [
    ['AM', 0.8, 1, 0.5, ''],
    ['AM', 1, '', 1, ''],
    ['', '', '', '', ''],
    ['Lead', 0.9, '', 2, 1000],
  ];
  it("each row by its own plan's tiers; a blank plan is blank; an unknown plan is that row's error naming the plans", () => {
    const r = callFunction(BONUS_BY_PLAN, [col([1, 1, 1, 0.85]), col([500, 800, 800, 100]), col(['am', 'Lead', 'Boss', '']), plans], en) as unknown[][];
    expect(r[0][0]).toBe(500);
    expect(r[1][0]).toBe(1000);
    expect(reason(r[2][0])).toBe('plans: got "Boss", expects a plan of bonus_plans (AM, Lead)');
    expect(r[3][0]).toBe('');
  });
  it("a bad tier fails the call naming its row of bonus_plans", () => {
    expect(() => callFunction(BONUS_BY_PLAN, [col([1]), col([1]), col(['AM']), [['AM', 0, 1, 1, ''], ['AM', 0.5, '', 1, '']]], en)).toThrow('bonus_plans: the tier of row 2 starts at 50%, inside the tier of row 1; expects tiers that do not overlap');
    expect(() => callFunction(BONUS_BY_PLAN, [col([1]), col([1]), col(['AM']), [['', 0, 1, 1, '']]], zh)).toThrow('bonus_plans 第 1 行:方案为空');
  });
});

describe('DEAL_MARGIN', () => {
  it('a zero or blank price is that row’s error; other rows compute; min_margin compares the profit margin', () => {
    const r = callFunction(DEAL_MARGIN, [col([0, '', 200]), col([10, 10, 150]), undefined, undefined, 0.3], en) as unknown[][];
    expect(reason(r[0][0])).toMatch(/prices: got 0/);
    expect(reason(r[1][3])).toMatch(/prices: got \(blank\)/);
    expect(r[2]).toEqual([0.25, 0, 0.25, 'Below minimum']);
  });
  it('the default minimum is 10 %; a bad min_margin fails the call', () => {
    const r = callFunction(DEAL_MARGIN, [col([100]), col([90])], zh) as unknown[][];
    expect(r[0]).toEqual([0.1, 0, 0.1, '合格']);
    expect(() => callFunction(DEAL_MARGIN, [col([100]), col([90]), undefined, undefined, 10], en)).toThrow(/min_margin/);
  });
});

describe('CUSTOMER_FINANCE', () => {
  it('a zero-revenue customer: the revenue ratios are errors naming revenue, the others compute', () => {
    const r = callFunction(CUSTOMER_FINANCE, [col([0]), col([-50000]), col([1000000]), col([400000]), col([200000]), col([30000]), col([73000]), col([365000])], en) as unknown[][];
    expect(reason(r[0][1])).toBe('Net profit margin: revenue is 0; expects a figure other than 0 to divide by');
    expect(reason(r[0][3])).toMatch(/Receivable days: revenue is 0/);
    expect(r[0][0]).toBe(2);
    expect(r[0][2]).toBe(-0.05);
    expect(r[0][4]).toBe(73);
  });
  it('unfilled figures leave their ratio blank; a zero denominator is named in Chinese', () => {
    const blank = col(['']);
    const r = callFunction(CUSTOMER_FINANCE, [col([100]), col([10]), blank, blank, blank, blank, col([5]), col([0])], zh) as unknown[][];
    expect(r[0][0]).toBe('');
    expect(r[0][1]).toBe(0.1);
    expect(r[0][2]).toBe('');
    expect(r[0][3]).toBe('');
    expect(reason(r[0][4])).toBe('存货周期(天):营业成本为 0;作为除数应不为 0');
  });
  it('a text that is not a number is that row’s error', () => {
    const r = callFunction(CUSTOMER_FINANCE, [col(['lots']), col([1]), col([1]), col([1]), col([1]), col([1]), col([1]), col([1])], en) as unknown[][];
    expect(reason(r[0][0])).toMatch(/revenue: got "lots"/);
  });
});
