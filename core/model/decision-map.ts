/**
 * The decision-maker map (funnel stage 03 "全面掌握客户组织关系"; S1 阶段二 "确定在客户内部的内线"):
 * who plays which role in the customer's buying decision, how they stand towards us, and how far the
 * relationship with the insider has come (认识 → 约会 → 认同 → 信赖 → 同盟). An opportunity is covered
 * when a decision maker and a coach (insider) are known and no decision maker opposes us.
 */
import type { L10n } from '../i18n';
import type { Item } from './items';

export const BUYING_ROLES: readonly Item[] = [
  { code: 'decision_maker', label: { en: 'Decision maker', zh: '决策者', zhHant: '決策者' }, aliases: ['decision-maker', 'decider', '关键决策人', '關鍵決策人'] },
  { code: 'influencer', label: { en: 'Influencer', zh: '影响者', zhHant: '影響者' } },
  { code: 'technical', label: { en: 'Technical evaluator', zh: '技术评估者', zhHant: '技術評估者' } },
  { code: 'user', label: { en: 'User', zh: '使用者', zhHant: '使用者' } },
  { code: 'gatekeeper', label: { en: 'Gatekeeper', zh: '把关者', zhHant: '把關者' } },
  { code: 'coach', label: { en: 'Coach (insider)', zh: '内线', zhHant: '內線' }, aliases: ['insider', 'coach / insider', '教练', '教練', '内应', '內應'] },
];

export const ATTITUDES: readonly Item[] = [
  { code: 'supporter', label: { en: 'Supporter', zh: '支持', zhHant: '支持' }, aliases: ['support', 'supportive', '支持者'] },
  { code: 'neutral', label: { en: 'Neutral', zh: '中立', zhHant: '中立' } },
  { code: 'opponent', label: { en: 'Opponent', zh: '反对', zhHant: '反對' }, aliases: ['opposed', 'against', '反对者', '反對者'] },
];

/** 与内线建立关系的步骤, numbered so that the ladder reads in order. */
export const RELATIONSHIP_STAGES: readonly Item[] = [
  { code: 'acquainted', label: { en: '1 Acquainted', zh: '1 认识', zhHant: '1 認識' }, aliases: ['acquainted', '认识', '認識'] },
  { code: 'meeting', label: { en: '2 Meeting', zh: '2 约会', zhHant: '2 約會' }, aliases: ['meeting', '约会', '約會'] },
  { code: 'agreement', label: { en: '3 Agreement', zh: '3 认同', zhHant: '3 認同' }, aliases: ['agreement', '认同', '認同'] },
  { code: 'trust', label: { en: '4 Trust', zh: '4 信赖', zhHant: '4 信賴' }, aliases: ['trust', '信赖', '信賴'] },
  { code: 'ally', label: { en: '5 Ally', zh: '5 同盟', zhHant: '5 同盟' }, aliases: ['ally', '同盟'] },
];

export type Verdict = 'covered' | 'no_decision_maker' | 'no_coach' | 'decision_maker_opposed';

export const VERDICT_LABELS: Record<Verdict, L10n> = {
  covered: { en: 'Covered', zh: '已覆盖', zhHant: '已覆蓋' },
  no_decision_maker: { en: 'No decision maker', zh: '无决策者', zhHant: '無決策者' },
  no_coach: { en: 'No coach', zh: '无内线', zhHant: '無內線' },
  decision_maker_opposed: { en: 'Decision maker opposed', zh: '决策者反对', zhHant: '決策者反對' },
};

/** What one opportunity's contacts add up to. */
export interface Coverage {
  mapped: number;
  decisionMaker: boolean;
  coach: boolean;
  /** Supporters − opponents. */
  balance: number;
  dmOpposed: boolean;
}

export const emptyCoverage = (): Coverage => ({ mapped: 0, decisionMaker: false, coach: false, balance: 0, dmOpposed: false });

/** Adds a contact (role and attitude codes, `null` when blank) to an opportunity's coverage. */
export function addContact(c: Coverage, role: string | null, attitude: string | null): void {
  c.mapped++;
  if (role === 'decision_maker') {
    c.decisionMaker = true;
    if (attitude === 'opponent') c.dmOpposed = true;
  } else if (role === 'coach') c.coach = true;
  if (attitude === 'supporter') c.balance++;
  else if (attitude === 'opponent') c.balance--;
}

/** Covered, or the first gap in this order: no decision maker, no coach, a decision maker opposed. */
export function verdictOf(c: Coverage): Verdict {
  if (!c.decisionMaker) return 'no_decision_maker';
  if (!c.coach) return 'no_coach';
  if (c.dmOpposed) return 'decision_maker_opposed';
  return 'covered';
}
