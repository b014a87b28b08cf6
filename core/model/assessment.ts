/**
 * The 20-question opportunity value assessment (商机价值评估, domain.md §2): four dimensions of five
 * yes/no questions; yes = 1, no = 0; a total above the threshold (10) is a high-value opportunity.
 */
import type { L10n } from '../i18n';

export interface Dimension {
  id: 'opportunity' | 'competitive' | 'win' | 'worth';
  title: L10n;
  questions: L10n[];
}

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'opportunity',
    title: { en: 'Is there an opportunity?', zh: '是否有商业机会', zhHant: '是否有商業機會' },
    questions: [
      { en: "Are the customer's application and solution clear?", zh: '客户的应用和方案是否明确', zhHant: '客戶的應用和方案是否明確' },
      { en: "Do we know the customer's operating profit?", zh: '是否知道客户的营业利润', zhHant: '是否知道客戶的營業利潤' },
      { en: 'Is the customer financially strong?', zh: '客户财务能力是否强', zhHant: '客戶財務能力是否強' },
      { en: 'Is project funding in place?', zh: '是否有项目资金准备', zhHant: '是否有項目資金準備' },
      { en: 'Is there a clear compelling event?', zh: '有说服力的事件是否明确', zhHant: '有說服力的事件是否明確' },
    ],
  },
  {
    id: 'competitive',
    title: { en: 'Are we competitive?', zh: '我们是否有竞争力', zhHant: '我們是否有競爭力' },
    questions: [
      { en: 'Are the formal decision criteria clear?', zh: '正式的判断标准是否明确', zhHant: '正式的判斷標準是否明確' },
      { en: 'Is our solution good?', zh: '解决方案是否好', zhHant: '解決方案是否好' },
      { en: 'Is the sales resource need low?', zh: '销售资源需求是否低', zhHant: '銷售資源需求是否低' },
      { en: 'Is our current relationship strong?', zh: '当前关系程度是否强', zhHant: '當前關係程度是否強' },
      { en: 'Is our unique business value strong?', zh: '惟一性经营评价是否强', zhHant: '惟一性經營評價是否強' },
    ],
  },
  {
    id: 'win',
    title: { en: 'Can we win?', zh: '我们是否能赢', zhHant: '我們是否能贏' },
    questions: [
      { en: 'Is internal support strong (a coach inside)?', zh: '内部支持是否强', zhHant: '內部支持是否強' },
      { en: 'Is the executive sponsor credible?', zh: '执行者可信性是否强', zhHant: '執行者可信性是否強' },
      { en: 'Is the cultural fit good?', zh: '文化的兼容性是否好', zhHant: '文化的相容性是否好' },
      { en: 'Are the informal decision criteria clear?', zh: '非正式的判定标准是否明确', zhHant: '非正式的判定標準是否明確' },
      { en: 'Is political alignment with decision makers strong?', zh: '行政结盟是否强', zhHant: '行政結盟是否強' },
    ],
  },
  {
    id: 'worth',
    title: { en: 'Is it worth winning?', zh: '是否值得我们去赢取', zhHant: '是否值得我們去贏取' },
    questions: [
      { en: 'Is short-term revenue high?', zh: '近期收入是否高', zhHant: '近期收入是否高' },
      { en: 'Is long-term revenue high?', zh: '远期收入是否高', zhHant: '遠期收入是否高' },
      { en: 'Is profitability high?', zh: '收益率是否高', zhHant: '收益率是否高' },
      { en: 'Is the risk low?', zh: '风险程度是否低', zhHant: '風險程度是否低' },
      { en: 'Is there strategic value?', zh: '是否有战略价值', zhHant: '是否有戰略價值' },
    ],
  },
];

export const QUESTION_COUNT = 20;
export const DEFAULT_THRESHOLD = 10;

export const VERDICT = {
  high: { en: 'High value', zh: '高价值', zhHant: '高價值' },
  low: { en: 'Low value', zh: '低价值', zhHant: '低價值' },
} satisfies Record<string, L10n>;

export interface Assessment {
  /** Yes answers per dimension, in DIMENSIONS order. */
  dimensions: [number, number, number, number];
  total: number;
  high: boolean;
}

/**
 * Scores 20 answers (true = yes; false or null = no / unanswered) in domain.md §2 order.
 */
export function assess(answers: readonly (boolean | null | undefined)[], threshold = DEFAULT_THRESHOLD): Assessment {
  const dims: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < QUESTION_COUNT; i++) if (answers[i] === true) dims[(i / 5) | 0]++;
  const total = dims[0] + dims[1] + dims[2] + dims[3];
  return { dimensions: dims, total, high: total > threshold };
}
