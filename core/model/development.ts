/**
 * New-customer development (S1 "开发流程的五个阶段", "新客户开发管理规范"): the five stages a prospect
 * goes through, each with the criteria that must hold before it moves on (the "advance prospect"
 * form's checklist), and the reasons a prospect is stopped and reported to the superior (4.4.5: 信用、
 * 经营、财务能力等方面有问题). A stage cell is read by its first number 1–5, as funnel stages are.
 */
import { memoText, normText } from '../cell';
import type { L10n } from '../i18n';

export type DevStage = 1 | 2 | 3 | 4 | 5;
export const DEV_STAGES: readonly DevStage[] = [1, 2, 3, 4, 5];

/** 阶段一 … 阶段五, as the text names them. */
export const DEV_STAGE_NAMES: Record<DevStage, L10n> = {
  1: { en: 'Choose the target', zh: '确定开发对象', zhHant: '確定開發對象' },
  2: { en: 'Samples and information', zh: '样品提供/信息收集', zhHant: '樣品提供/信息收集' },
  3: { en: 'Value assessment and development plan', zh: '价值评估/开发程序', zhHant: '價值評估/開發程序' },
  4: { en: 'Relationship with the key decision makers', zh: '关系建立', zhHant: '關係建立' },
  5: { en: 'Closing', zh: '促成合作', zhHant: '促成合作' },
};

/** `1 确定开发对象` / `1 Choose the target`: the label a development-stage cell holds. */
export function devStageLabel(s: DevStage, l: keyof L10n = 'en'): string {
  const n = DEV_STAGE_NAMES[s];
  return `${s} ${(l === 'zhHant' ? n.zhHant ?? n.zh : n[l]) as string}`;
}

/**
 * What must hold before a prospect leaves each stage (the stage's 工作重点 / 关键词): to advance from
 * stage s, every criterion of stage s is ticked. Stage 5's criteria close the development.
 */
export const DEV_CRITERIA: Record<DevStage, { code: string; label: L10n }[]> = {
  1: [
    { code: 'business_known', label: { en: 'Business, size and current situation known', zh: '已了解客户经营时间、规模和经营状况', zhHant: '已了解客戶經營時間、規模和經營狀況' } },
    { code: 'potential_need', label: { en: 'A potential need found', zh: '已判断客户有潜在需求', zhHant: '已判斷客戶有潛在需求' } },
    { code: 'chance_exists', label: { en: 'A chance of a deal exists', zh: '已判断存在成交机会', zhHant: '已判斷存在成交機會' } },
  ],
  2: [
    { code: 'insider_found', label: { en: 'An insider found', zh: '已确定内线', zhHant: '已確定內線' } },
    { code: 'samples_sent', label: { en: 'Samples or information delivered', zh: '样品或资料已送达', zhHant: '樣品或資料已送達' } },
    { code: 'needs_clear', label: { en: 'Needs clear', zh: '需求明确', zhHant: '需求明確' } },
    { code: 'info_sufficient', label: { en: 'Enough information for a value assessment', zh: '信息充分,可据此作出价值评估', zhHant: '信息充分,可據此作出價值評估' } },
  ],
  3: [
    { code: 'credit_checked', label: { en: 'Credit checked', zh: '已核查资信', zhHant: '已核查資信' } },
    { code: 'value_assessed', label: { en: 'Value and difficulty assessed', zh: '已评估价值大小和成交难度', zhHant: '已評估價值大小和成交難度' } },
    { code: 'plan_made', label: { en: 'Development plan made', zh: '已制定开发程序', zhHant: '已制定開發程序' } },
  ],
  4: [
    { code: 'decision_maker_met', label: { en: 'Good relationship with the key decision maker', zh: '已与关键决策人建立良好关系', zhHant: '已與關鍵決策人建立良好關係' } },
    { code: 'influence', label: { en: 'Influence reaches the other people in the decision', zh: '影响力已渗透到其他决策相关人员', zhHant: '影響力已滲透到其他決策相關人員' } },
  ],
  5: [
    { code: 'top_level', label: { en: 'Top-level talks held', zh: '已进行高层沟通', zhHant: '已進行高層溝通' } },
    { code: 'visit_done', label: { en: 'The customer has inspected us and our products', zh: '客户已考察我司及商品', zhHant: '客戶已考察我司及商品' } },
    { code: 'deal_asked', label: { en: 'The deal has been asked for', zh: '已提出成交要求', zhHant: '已提出成交要求' } },
  ],
};

/** Why a prospect is stopped (4.4.5): credit, operating or financial problems — or no need after all. */
export const STOP_REASONS: { code: string; label: L10n }[] = [
  { code: 'credit', label: { en: 'Credit problems', zh: '信用问题', zhHant: '信用問題' } },
  { code: 'operating', label: { en: 'Operating problems', zh: '经营问题', zhHant: '經營問題' } },
  { code: 'financial', label: { en: 'Financial problems', zh: '财务能力问题', zhHant: '財務能力問題' } },
  { code: 'no_need', label: { en: 'No potential need or chance of a deal', zh: '无潜在需求或成交机会', zhHant: '無潛在需求或成交機會' } },
];

/**
 * A development-stage cell: its first number 1–5 (`2`, `"2 样品提供/信息收集"`, `"Stage 2"`). `null` when
 * blank, `undefined` when unreadable (no number, or one outside 1–5).
 */
export function parseDevStage(v: unknown): DevStage | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 5 ? (v as DevStage) : undefined;
  if (typeof v === 'string') return devText(v);
  return undefined;
}

const devText = memoText((v: string): DevStage | null | undefined => {
  const s = normText(v);
  if (s === '') return null;
  const m = /\d+/.exec(s);
  if (!m) return undefined;
  const n = Number(m[0]);
  return n >= 1 && n <= 5 ? (n as DevStage) : undefined;
});

/** Per person: prospects in each of the five stages (a stopped prospect only as stopped) and stopped. */
export interface DevelopmentCounts {
  stages: [number, number, number, number, number];
  stopped: number;
}
