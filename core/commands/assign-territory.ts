/**
 * A new customer's account manager by the territories (销售区域): the first rule matching its region and
 * industry (`core/model/territory.ts`), and the note saying which rule assigned it — or that none did
 * and the Settings rule was used.
 */
import { fill, type L10n } from '../i18n';
import type { TerritoryRule } from '../model/territory';
import { listLabel, readList } from '../schema/lists';
import type { Workbook } from '../schema/types';
import { territoryOf } from './territory-data';
import { findPerson, setting, type Person } from './workbook';

export interface TerritoryAssignment {
  rule: TerritoryRule;
  /** The rule's account manager as the Team sheet has them; `null` when they are not in it. */
  person: Person | null;
}

/** The matching rule (with its account manager), or `null` when no rule matches. */
export function assignByTerritory(wb: Workbook, region: string | null, industry: string | null): TerritoryAssignment | null {
  const rule = territoryOf(wb, region, industry);
  return rule ? { rule, person: findPerson(wb, rule.manager) } : null;
}

const NOTE = {
  byRule: {
    en: 'Assigned by territory {territory} (rule in row {row} of Territories: region {region}, industry {industry}, priority {priority}).',
    zh: '按销售区域“{territory}”分配(销售区域表第 {row} 行的规则:区域 {region},行业 {industry},优先级 {priority})。',
    zhHant: '按銷售區域「{territory}」分配(銷售區域表第 {row} 列的規則:區域 {region},行業 {industry},優先級 {priority})。',
  },
  notInTeam: {
    en: 'Territory {territory} names {manager}, who is not in the Team sheet: assigned by the Settings rule ({setting}).',
    zh: '销售区域“{territory}”的客户经理 {manager} 不在销售团队表中:按设置中的规则分配({setting})。',
    zhHant: '銷售區域「{territory}」的客戶經理 {manager} 不在銷售團隊表中:按設定中的規則分配({setting})。',
  },
  noRule: {
    en: 'No territory rule matches: assigned by the Settings rule ({setting}).',
    zh: '没有匹配的销售区域规则:按设置中的规则分配({setting})。',
    zhHant: '沒有匹配的銷售區域規則:按設定中的規則分配({setting})。',
  },
} satisfies Record<string, L10n>;

const ANY: L10n = { en: 'any', zh: '任意', zhHant: '任意' };

/** Which rule assigned the customer, in every language. */
export function assignmentNote(wb: Workbook, a: TerritoryAssignment | null): L10n {
  const code = readList('assignmentRule', setting(wb, 'assignment_rule')) ?? 'region';
  const settingIn = (lang: 'en' | 'zh' | 'zh-Hant') => listLabel('assignmentRule', code, lang);
  const per = (l: L10n, values: (lang: 'en' | 'zh' | 'zh-Hant') => Record<string, string | number>): L10n => ({
    en: fill(l, values('en')).en,
    zh: fill(l, values('zh')).zh,
    zhHant: fill(l, values('zh-Hant')).zhHant,
  });
  const anyIn = (lang: 'en' | 'zh' | 'zh-Hant') => (lang === 'en' ? ANY.en : lang === 'zh' ? ANY.zh : ANY.zhHant!);
  if (a && a.person) {
    const r = a.rule;
    return per(NOTE.byRule, (lang) => ({ territory: r.territory, row: r.row + 1, region: r.region || anyIn(lang), industry: r.industry || anyIn(lang), priority: r.priority ?? '—' }));
  }
  if (a) return per(NOTE.notInTeam, (lang) => ({ territory: a.rule.territory, manager: a.rule.manager || '—', setting: settingIn(lang) }));
  return per(NOTE.noRule, (lang) => ({ setting: settingIn(lang) }));
}
