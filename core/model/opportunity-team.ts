/**
 * The opportunity team (S0 "销售团队 = 所有参与某一商业机会实现过程的人员的集合"): everyone working on one
 * deal, whatever the org chart, with their role and, where the team shares the credit, a revenue split.
 * Rules: the primary-owner row is the opportunity's owner; splits, when given, total 100 % per
 * opportunity; the forecast still counts each opportunity once, for its primary owner.
 */
import { toNumber } from '../cell';
import type { L10n } from '../i18n';
import type { Item } from './items';

export const TEAM_ROLES: readonly Item[] = [
  { code: 'primary', label: { en: 'Primary owner', zh: '主要负责人', zhHant: '主要負責人' }, aliases: ['owner', 'primary'] },
  { code: 'sales', label: { en: 'Sales', zh: '销售', zhHant: '銷售' } },
  { code: 'presales', label: { en: 'Pre-sales', zh: '售前', zhHant: '售前' }, aliases: ['presales'] },
  { code: 'service', label: { en: 'Service', zh: '服务', zhHant: '服務' } },
  { code: 'sponsor', label: { en: 'Executive sponsor', zh: '高层支持', zhHant: '高層支持' }, aliases: ['sponsor'] },
  { code: 'partner', label: { en: 'Partner', zh: '合作伙伴', zhHant: '合作夥伴' } },
];

/** Within this of 100 % a total of splits is 100 % (0.1 of a percentage point: what a sheet's rounding leaves). */
export const SPLIT_TOLERANCE = 0.001;

/**
 * A split: a fraction (0.6), a percent (`60%`) or a number above 1 read as percent (60). `null` when
 * blank, `undefined` when not a share from 0 to 100 %.
 */
export function readSplit(v: unknown): number | null | undefined {
  const n = toNumber(v);
  if (n === null || n === undefined) return n;
  const hasSign = typeof v === 'string' && /[%%]/.test(v);
  const f = !hasSign && n > 1 ? n / 100 : n;
  return f >= 0 && f <= 1 ? f : undefined;
}

/** Is a total of splits 100 %? */
export const totalsHundred = (total: number): boolean => Math.abs(total - 1) <= SPLIT_TOLERANCE;

/** `59.5%`: a fraction as a percent text for messages. */
export const percentText = (f: number): string => `${Math.round(f * 1000) / 10}%`;

export const SPLIT_MSG = {
  total: {
    en: 'The revenue splits of {id} total {total}; they must total 100 % (or be left blank for the owner to take all)',
    zh: '{id} 的业绩分配比例合计为 {total},应合计为 100%(或全部留空,由负责人全额计入)',
    zhHant: '{id} 的業績分配比例合計為 {total},應合計為 100%(或全部留空,由負責人全額計入)',
  },
} satisfies Record<string, L10n>;
