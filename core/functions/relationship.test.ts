import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_LEVEL } from './relationship';
import { callFunction } from './run';
import { CellError } from './spec';

describe('RELATIONSHIP_LEVEL', () => {
  it('labels in each language; blank stays blank; junk is a row error', () => {
    const args = [[['85%'], ['80%'], [0.61], [0.6], ['unknown'], [''], ['lots'], [150]]];
    const zh = callFunction(RELATIONSHIP_LEVEL, args, { lang: 'zh' }) as unknown[][];
    expect(zh.slice(0, 6).map((r) => r[0])).toEqual(['非常到位', '比较到位', '比较到位', '一般', '无法判断', '']);
    expect((zh[6][0] as CellError).reason).toMatch(/control:收到 "lots"/);
    expect(zh[7][0]).toBeInstanceOf(CellError);
    const hant = callFunction(RELATIONSHIP_LEVEL, [[['無法判斷', 0.7]]], { lang: 'zh-Hant' });
    expect(hant).toEqual([['無法判斷', '比較到位']]);
  });
});
