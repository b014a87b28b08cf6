import { describe, expect, it } from 'vitest';
import { categoryOf, DEFAULT_CATEGORY_RULE, parseCategory, parseCategoryRule, ruleText, CATEGORY_LABELS } from './forecast-category';

describe('forecast categories', () => {
  it('reads a category in any language and CRM spellings', () => {
    expect(['Pipeline', '管道', 'best case', '最佳情況', 'COMMIT', '承诺', 'Closed', '已成交', 'Omitted', '不計入', 'upside', 'won'].map(parseCategory)).toEqual([
      'pipeline', 'pipeline', 'best_case', 'best_case', 'commit', 'commit', 'closed', 'closed', 'omitted', 'omitted', 'best_case', 'closed',
    ]);
    expect(parseCategory('')).toBeNull();
    expect(parseCategory('maybe')).toBeUndefined();
  });

  it('the product rule: 01–03 Pipeline, 04–05 Best case, 06–07 Commit, 08 Closed, Lost Omitted', () => {
    expect(DEFAULT_CATEGORY_RULE).toEqual(['omitted', 'pipeline', 'pipeline', 'pipeline', 'best_case', 'best_case', 'commit', 'commit', 'closed']);
    expect(categoryOf(null, 5)).toBe('best_case');
    expect(categoryOf('commit', 2)).toBe('commit');
  });

  it('reads a rule as Settings holds it, in any language; what it does not name keeps the product category', () => {
    const en = ruleText(DEFAULT_CATEGORY_RULE, (k) => CATEGORY_LABELS[k].en, 'Lost');
    expect(en).toBe('01-03 Pipeline; 04-05 Best case; 06-07 Commit; 08 Closed; Lost Omitted');
    expect(parseCategoryRule(en)).toEqual({ rule: DEFAULT_CATEGORY_RULE });
    const zh = ruleText(DEFAULT_CATEGORY_RULE, (k) => CATEGORY_LABELS[k].zh, '丢单');
    expect(parseCategoryRule(zh)).toEqual({ rule: DEFAULT_CATEGORY_RULE });
    expect(parseCategoryRule('1-4 管道，5 最佳情况;6~8 承诺')).toEqual({ rule: ['omitted', 'pipeline', 'pipeline', 'pipeline', 'pipeline', 'best_case', 'commit', 'commit', 'commit'] });
    expect(parseCategoryRule('')).toEqual({ rule: DEFAULT_CATEGORY_RULE });
    expect(parseCategoryRule(null)).toEqual({ rule: DEFAULT_CATEGORY_RULE });
  });

  it('says which part of a rule it cannot read', () => {
    const r = parseCategoryRule('01-03 Pipeline; 04-09 Commit');
    expect('error' in r && r.error.en).toMatch(/cannot read "04-09 Commit"/);
    const z = parseCategoryRule('01-03 大概');
    expect('error' in z && z.error.zh).toMatch(/无法识别“01-03 大概”/);
  });
});
