/** Amounts as people write them (`125万`, `1.2亿`, `3.5k`, `¥1,200`) in the catalogue functions: one reader, cell.ts. */
import { describe, expect, it } from 'vitest';
import { findFunction } from './catalogue';
import { callFunction } from './run';

const call = (name: string, ...args: unknown[]) => callFunction(findFunction(name)!, args, { lang: 'en' });

describe('number spellings in the catalogue', () => {
  it('WEIGHTED_PIPELINE reads 万, 亿, k and ¥ amounts', () => {
    expect(call('WEIGHTED_PIPELINE', [['125万'], ['1.2亿'], ['3.5k'], ['¥1,200']], [['08'], ['08'], ['08'], ['08']])).toBe(1250000 + 120000000 + 3500 + 1200);
  });

  it('QUOTA_ATTAINMENT reads them per row, and a mixed form is a bad row', () => {
    const r = call('QUOTA_ATTAINMENT', [['50万'], ['1万2']], [['100万'], ['100万']]) as unknown[][];
    expect(r[0][0]).toBe(0.5);
    expect(String((r[1][0] as { reason?: string }).reason)).toMatch(/125万/);
  });
});
