/**
 * Forecast categories, as Salesforce and Dynamics users know them: how sure an opportunity is, in
 * five steps — Pipeline, Best case, Commit, Closed, Omitted (left out of the forecast). Each
 * opportunity has one: the one its stage has by the workbook's rule (Settings
 * `forecast_category_rule`), or the one set on the opportunity to override it.
 */
import { memoText, normText } from '../cell';
import { fill, type L10n } from '../i18n';
import { LOST, parseStage, type Stage } from './stage';

export type ForecastCategory = 'pipeline' | 'best_case' | 'commit' | 'closed' | 'omitted';

/** The categories in their order, from least to most certain, then Omitted. */
export const CATEGORIES: readonly ForecastCategory[] = ['pipeline', 'best_case', 'commit', 'closed', 'omitted'];

export const CATEGORY_LABELS: Record<ForecastCategory, L10n> = {
  pipeline: { en: 'Pipeline', zh: '管道', zhHant: '管道' },
  best_case: { en: 'Best case', zh: '最佳情况', zhHant: '最佳情況' },
  commit: { en: 'Commit', zh: '承诺', zhHant: '承諾' },
  closed: { en: 'Closed', zh: '已成交', zhHant: '已成交' },
  omitted: { en: 'Omitted', zh: '不计入', zhHant: '不計入' },
};

/** Other spellings read as a category (CRM wording). */
const ALIASES: Record<ForecastCategory, string[]> = {
  pipeline: ['pipe', '渠道', '管道中'],
  best_case: ['best', 'bestcase', 'best-case', 'upside', '最佳'],
  commit: ['committed', '确定', '確定', '承诺中'],
  closed: ['won', 'closed won', '赢单', '贏單', '成交'],
  omitted: ['omit', 'excluded', '排除', '不计', '不計'],
};

/** The product's rule: stages 01–03 Pipeline, 04–05 Best case, 06–07 Commit, 08 Closed, Lost Omitted (index = stage, 0 = Lost). */
export const DEFAULT_CATEGORY_RULE: readonly ForecastCategory[] = ['omitted', 'pipeline', 'pipeline', 'pipeline', 'best_case', 'best_case', 'commit', 'commit', 'closed'];

const byText = new Map<string, ForecastCategory>();
for (const c of CATEGORIES) for (const s of [c, c.replace('_', ' '), CATEGORY_LABELS[c].en, CATEGORY_LABELS[c].zh, CATEGORY_LABELS[c].zhHant ?? '', ...ALIASES[c]]) if (s) byText.set(normText(s), c);

/** A category from a cell (code, any language's label, a CRM spelling); `null` when blank, `undefined` when unreadable. */
export const parseCategory = memoText((v: string): ForecastCategory | null | undefined => {
  const s = normText(v);
  if (s === '') return null;
  return byText.get(s);
});

export const CATEGORY_MSG = {
  badRule: {
    en: 'forecast category rule: cannot read "{part}"; expects parts such as "01-03 Pipeline; 04-05 Best case; 06-07 Commit; 08 Closed; Lost Omitted"',
    zh: '预测类别规则:无法识别“{part}”;应写为“01-03 管道;04-05 最佳情况;06-07 承诺;08 已成交;丢单 不计入”',
    zhHant: '預測類別規則:無法識別「{part}」;應寫為「01-03 管道;04-05 最佳情況;06-07 承諾;08 已成交;丟單 不計入」',
  },
} satisfies Record<string, L10n>;

/**
 * A rule as Settings holds it: parts separated by `;` (or `；`, `,`, `，`, a new line), each a stage
 * or a range of stages and a category — `01-03 Pipeline`, `4–5 最佳情况`, `08 Closed`, `Lost Omitted`.
 * Stages no part names keep the product's category. Blank is the product's rule. Returns the
 * category of each stage (index = stage, 0 = Lost), or why it cannot be read.
 */
export function parseCategoryRule(text: unknown): { rule: ForecastCategory[] } | { error: L10n } {
  const rule = [...DEFAULT_CATEGORY_RULE];
  const s = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  for (const raw of s.split(/[;；,，\n]+/)) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^(\d{1,2})\s*(?:[-–—~～至到]\s*(\d{1,2}))?\s+(.+)$/.exec(part);
    if (m) {
      const a = Number(m[1]);
      const b = m[2] === undefined ? a : Number(m[2]);
      const c = parseCategory(m[3]);
      if (!c || a < 1 || b > 8 || a > b) return { error: fill(CATEGORY_MSG.badRule, { part }) };
      for (let k = a; k <= b; k++) rule[k] = c;
      continue;
    }
    const lost = /^(\S+)\s+(.+)$/.exec(part);
    const c = lost ? parseCategory(lost[2]) : undefined;
    if (lost && c && parseStage(lost[1]) === LOST) {
      rule[LOST] = c;
      continue;
    }
    return { error: fill(CATEGORY_MSG.badRule, { part }) };
  }
  return { rule };
}

/** The category of an opportunity: the one set on it, else the one its stage has by `rule`. */
export function categoryOf(set: ForecastCategory | null, stage: Stage, rule: readonly ForecastCategory[] = DEFAULT_CATEGORY_RULE): ForecastCategory {
  return set ?? rule[stage];
}

/** The rule as Settings shows it, in a language's labels (what set-up writes). */
export function ruleText(rule: readonly ForecastCategory[], label: (c: ForecastCategory) => string, lost: string): string {
  const parts: string[] = [];
  for (let k = 1; k <= 8; ) {
    let j = k;
    while (j < 8 && rule[j + 1] === rule[k]) j++;
    const p = (n: number) => (n < 10 ? '0' : '') + n;
    parts.push(`${j > k ? `${p(k)}-${p(j)}` : p(k)} ${label(rule[k])}`);
    k = j + 1;
  }
  parts.push(`${lost} ${label(rule[LOST])}`);
  return parts.join('; ');
}
