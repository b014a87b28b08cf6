import { describe, expect, it } from 'vitest';
import { checkListNames, opportunityKey, readStage, sourceRows } from './import';

describe('sourceRows', () => {
  it('takes the first filled row as headers, skips blank rows and numbers rows as the source does', () => {
    const s = sourceRows([[], ['Company', 'Region', ''], ['A Co', 'North', ''], ['', '', ''], ['B Co', '', '']], 3);
    expect(s.headers).toEqual(['Company', 'Region']);
    expect(s.rows).toEqual([['A Co', 'North'], ['B Co', '']]);
    expect(s.at).toEqual([5, 7]);
  });
  it('is empty for an empty source', () => {
    expect(sourceRows([]).rows).toEqual([]);
    expect(sourceRows([['', '']]).headers).toEqual([]);
  });
});

describe('readStage', () => {
  it('reads a number, a label, a name alone in any language, or Lost', () => {
    expect(readStage(3)).toBe(3);
    expect(readStage('03 全面掌握客户组织关系')).toBe(3);
    expect(readStage('全面掌握客户组织关系')).toBe(3);
    expect(readStage('全面掌握客戶組織關係')).toBe(3);
    expect(readStage('commercial negotiation')).toBe(7);
    expect(readStage('丢单')).toBe(0);
    expect(readStage('')).toBeNull();
    expect(readStage('nearly there')).toBeUndefined();
  });
});

describe('checkListNames', () => {
  it('finds duplicates against the register and within the list', () => {
    const register = ['中国电信股份有限公司', 'ACME Medical Devices (Suzhou) Co Ltd'];
    const list = ['中國電信股份有限公司', 'Brightwater Logistics Ltd', 'ACME Medical Devices Suzhou', 'Brightwater Logistics Limited', '中国电信北京分公司', 'Zenith Foods'];
    const m = checkListNames(register, list, 0.9);
    expect(m[0]).toMatchObject([{ row: 0, inList: false, kind: 'same' }]);
    expect(m[1]).toEqual([]);
    expect(m[2][0]).toMatchObject({ row: 1, inList: false, kind: 'same' });
    expect(m[3]).toMatchObject([{ row: 1, inList: true, kind: 'same' }]);
    expect(m[4][0]).toMatchObject({ row: 0, inList: false, kind: 'branch' });
    expect(m[5]).toEqual([]);
  });
});

describe('opportunityKey', () => {
  it('folds case, widths, spaces and scripts', () => {
    expect(opportunityKey('C00001', 'Core  Network upgrade')).toBe(opportunityKey('c00001', 'core network upgrade'));
    expect(opportunityKey('C1', '核心網絡')).toBe(opportunityKey('C1', '核心网络'));
    expect(opportunityKey('C1', 'x')).not.toBe(opportunityKey('C2', 'x'));
  });
});
