/**
 * The eight funnel stages (domain.md §3) and their win probabilities.
 */
import { memoText, normText, toNumber } from '../cell';
import type { L10n } from '../i18n';

/** Stage 1–8, or `LOST` (0) for an opportunity that is lost. */
export type Stage = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export const LOST: Stage = 0;
/** Stage 08: agreement on all terms — won. */
export const WON: Stage = 8;
export const STAGES: readonly Stage[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** Default win probability per stage, index 1–8 (index 0 is Lost). */
export const DEFAULT_PROBABILITIES: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1];

export const STAGE_NAMES: readonly L10n[] = [
  { en: 'Lost', zh: '丢单', zhHant: '丟單' },
  { en: 'Find the right contact and need', zh: '寻找正确的联系人,寻找正确的特性需求', zhHant: '尋找正確的聯繫人,尋找正確的特性需求' },
  { en: 'Establish needs, budget and sponsor', zh: '查明客户需求、项目预算和项目发起人', zhHant: '查明客戶需求、項目預算和項目發起人' },
  { en: 'Map the customer organisation', zh: '全面掌握客户组织关系', zhHant: '全面掌握客戶組織關係' },
  { en: 'Set target, request resources', zh: '确定销售目标及销售资源申请', zhHant: '確定銷售目標及銷售資源申請' },
  { en: 'Shortlisted or bidding', zh: '进入候选名单,或投标和评标', zhHant: '進入候選名單,或投標和評標' },
  { en: 'Sole choice or bid won', zh: '实现唯一选择,或中标', zhHant: '實現唯一選擇,或中標' },
  { en: 'Commercial negotiation', zh: '商务谈判', zhHant: '商務談判' },
  { en: 'Agreement on all terms (won)', zh: '就所有条款达成协议(赢单)', zhHant: '就所有條款達成協議(贏單)' },
];

/** The label a stage cell shows in drop-downs: `03 全面掌握客户组织关系` / `03 Map the customer organisation`. */
export function stageLabel(stage: Stage, l: keyof L10n = 'en'): string {
  const name = STAGE_NAMES[stage];
  const text = (l === 'zhHant' ? name.zhHant ?? name.zh : name[l]) as string;
  return stage === LOST ? text : `0${stage} ${text}`;
}

const LOST_WORDS = /lost|丢单|丟單|失单|失單|输单|輸單/;

/**
 * A stage from a cell: its first number 1–8 (`3`, `"03"`, `"03 全面掌握…"`, `"Stage 3"`);
 * `lost`/丢单/失单/输单 anywhere means Lost whatever number it holds. `null` when blank,
 * `undefined` when unreadable.
 */
export function parseStage(v: unknown): Stage | null | undefined {
  if (typeof v === 'string') return stageText(v);
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 8 ? (v as Stage) : undefined;
  if (v === null || v === undefined) return null;
  return undefined;
}

const stageText = memoText((v: string): Stage | null | undefined => {
  const s = normText(v);
  if (s === '') return null;
  if (LOST_WORDS.test(s)) return LOST;
  const m = /\d+/.exec(s);
  if (!m) return undefined;
  const n = Number(m[0]);
  return n >= 1 && n <= 8 ? (n as Stage) : undefined;
});

/**
 * Probabilities from eight cells (stage 1–8), as fractions; text such as `70%` is read too.
 * Returns the table indexed 0–8 (0 = Lost = 0 %), or the 1-based position of the first bad value.
 */
export function readProbabilities(values: readonly unknown[]): number[] | { badAt: number } {
  const out = [0];
  for (let i = 0; i < 8; i++) {
    let n = toNumber(values[i]);
    if (n === null || n === undefined || n < 0) return { badAt: i + 1 };
    if (n > 1) {
      if (n > 100) return { badAt: i + 1 };
      n = n / 100; // 70 means 70 %
    }
    out.push(n);
  }
  return out;
}
