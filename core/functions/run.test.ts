/**
 * The stepped call (`callSteps`, issue 11 item 7): the same work as `callFunction`, with pause points.
 * Stepped by hand here (next() until done, counting the yields): every worked example gives its result;
 * a large call yields at least once per STEP rows, cells or names and gives exactly what the same rows
 * give one call at a time (one-row calls finish without a yield), or what the model gives directly.
 */
import { describe, expect, it } from 'vitest';
import { buildCustomerIndex } from '../model/customer-match';
import { duplicateGroups } from '../model/duplicates';
import { STEP, type Steps } from '../steps';
import { CATALOGUE } from './catalogue';
import { callFunction, callSteps } from './run';
import type { Out } from './spec';

const en = { lang: 'en' as const };
const spec = (name: string) => CATALOGUE.find((f) => f.name === name)!;

function stepped<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  let r = steps.next();
  while (!r.done) {
    yields++;
    r = steps.next();
  }
  return { value: r.value, yields };
}

/** Names with a place, a trade name of three characters and an industry; every tenth repeats an earlier one. */
function names(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const j = i % 10 === 9 ? i - 7 : i;
    const ch = (k: number) => String.fromCharCode(0x4e00 + (k % 2999));
    out.push(`${['北京', '上海', '深圳'][j % 3]}${ch(j * 7919)}${ch(j * 104729)}${ch(j)}${['科技', '贸易'][j % 2]}有限公司`);
  }
  return out;
}

describe('callSteps', () => {
  for (const f of CATALOGUE) {
    f.examples.forEach((ex, i) => {
      it(`${f.name} worked example ${i + 1}: stepped, the example's result`, () => {
        expect(stepped(callSteps(f, ex.args, en)).value).toEqual(ex.result);
      });
    });
  }

  it('fails as callFunction does (CallError, same message), from the step where it happens', () => {
    const args = [[['华为']], [['华为技术有限公司']], 3];
    expect(() => callFunction(spec('CUSTOMER_MATCH'), args, en)).toThrow(/threshold/);
    const steps = callSteps(spec('CUSTOMER_MATCH'), args, en);
    expect(() => steps.next()).toThrow(/threshold/);
  });

  it('rows (OPP_SCORE over 10,000 rows): a yield per STEP rows, the same rows as one call each', () => {
    const rows: string[][] = Array.from({ length: 10_000 }, (_, r) => Array.from({ length: 20 }, (_, c) => ((r * 31 + c * 7) % 3 === 0 ? '是' : (r + c) % 5 === 0 ? '' : '否')));
    rows[4321][3] = 'perhaps';
    const { value, yields } = stepped(callSteps(spec('OPP_SCORE'), [rows], en));
    expect(yields).toBeGreaterThanOrEqual(Math.floor(10_000 / STEP));
    expect(value).toEqual(rows.map((row) => (callFunction(spec('OPP_SCORE'), [[row]], en) as Out[][])[0]));
    expect(value).toEqual(callFunction(spec('OPP_SCORE'), [rows], en));
  });

  it('each (CUSTOMER_KEY over a block of 300 × 12 cells): a yield per STEP cells, the same cells as one call each', () => {
    const all = names(3_600);
    const block = Array.from({ length: 300 }, (_, r) => all.slice(r * 12, r * 12 + 12));
    const { value, yields } = stepped(callSteps(spec('CUSTOMER_KEY'), [block], en));
    expect(yields).toBeGreaterThanOrEqual(Math.floor(3_600 / STEP));
    expect(value).toEqual(block.map((row) => row.map((x) => (callFunction(spec('CUSTOMER_KEY'), [[[x]]], en) as Out[][])[0][0])));
  });

  it('CUSTOMER_MATCH (prepared in steps) of 2,000 names against 30,000: yields while indexing and matching, the index\'s own answers', () => {
    const existing = names(30_000);
    const asked = Array.from({ length: 2_000 }, (_, i) => [existing[(i * 37) % existing.length].replace('有限公司', '')]);
    const { value, yields } = stepped(callSteps(spec('CUSTOMER_MATCH'), [asked, existing.map((x) => [x])], en));
    expect(yields).toBeGreaterThanOrEqual(Math.floor(30_000 / STEP) + Math.floor(2_000 / STEP));
    const index = buildCustomerIndex(existing);
    expect(value).toEqual(
      asked.map(([q]) => {
        const m = index.search(q, { threshold: 0.9, limit: 1 })[0];
        return m ? [m.name, m.similarity, m.row + 1] : ['', '', ''];
      }),
    );
  });

  it('DUPLICATE_GROUPS (a fold in steps) over 20,000 names: yields while grouping, the model\'s groups', () => {
    const list = names(20_000);
    const { value, yields } = stepped(callSteps(spec('DUPLICATE_GROUPS'), [list.map((x) => [x])], en));
    expect(yields).toBeGreaterThanOrEqual(Math.floor(20_000 / STEP));
    const { group, count } = duplicateGroups(list);
    expect(count).toBeGreaterThan(1_000);
    expect(value).toEqual(Array.from(group, (g) => [g ? 'G' + g : '']));
  });
});
