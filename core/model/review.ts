/**
 * Order / contract review (订单/合同的评审, the customer-development text §4.1.2): finance (销售毛利率、
 * 销售费用率、销售利润率、回款), quality (品质) and purchasing (采购) each sign off; if any of the three
 * rejects, the order is not acceptable and the top approver (总裁, Settings `top_approver`) decides it;
 * otherwise a superior of the opportunity's owner approves it. Every request and sign-off is a row of
 * its own, appended; the state of a review is read from its rows, never stored over them.
 *
 * The stage-08 rule: an opportunity above the Settings `review_threshold` cannot be won (stage 08)
 * until its latest review is approved (`wonBlockedReason`).
 */
import { fill, type L10n } from '../i18n';

/** The margins of an order (as fractions of the price). */
export interface Margins {
  gross: number;
  expenseRatio: number;
  profit: number;
}

/** Default lowest acceptable profit margin when Settings has none. */
export const DEFAULT_MIN_MARGIN = 0.1;

/** gross = (price − cost) ÷ price; expense ratio = expenses ÷ price; profit = (price − cost − expenses − taxes) ÷ price. The price must not be 0. */
export function dealMargins(price: number, cost: number, expenses: number, taxes: number): Margins {
  return { gross: (price - cost) / price, expenseRatio: expenses / price, profit: (price - cost - expenses - taxes) / price };
}

export const MARGIN_VERDICT = {
  ok: { en: 'OK', zh: '合格', zhHant: '合格' },
  below: { en: 'Below minimum', zh: '低于最低利润率', zhHant: '低於最低利潤率' },
} satisfies Record<string, L10n>;

export function marginVerdict(profit: number, minMargin: number): keyof typeof MARGIN_VERDICT {
  return profit >= minMargin - 1e-12 ? 'ok' : 'below';
}

/** The three departments' sign-offs, in the order the form lists them, then the approval. */
export const SIGNOFF_STEPS = ['finance', 'quality', 'purchasing'] as const;
export type SignoffStep = (typeof SIGNOFF_STEPS)[number];
export type ReviewStep = SignoffStep | 'approval';

/** One row of the Reviews table, as read. */
export interface ReviewEntry {
  id: string;
  kind: 'request' | 'signoff';
  opportunity: string;
  by: string;
  step: ReviewStep | null;
  verdict: 'accept' | 'reject' | null;
  reason: string;
  /** 0-based row in the table. */
  row: number;
}

export type ReviewStatus = 'pending' | 'approved' | 'rejected';

export interface ReviewState {
  id: string;
  opportunity: string;
  requester: string;
  /** The first sign-off of each department (a second one is refused, so the first is the one). */
  signoffs: Partial<Record<SignoffStep, ReviewEntry>>;
  approval: ReviewEntry | null;
  status: ReviewStatus;
  /** Any of the three rejected: the order is not acceptable and goes to the top approver. */
  notAcceptable: boolean;
  /** The departments still to sign. */
  waiting: SignoffStep[];
  /** Who decides next: the departments, the top approver, a superior of the owner, or nobody (decided). */
  next: 'signoffs' | 'top' | 'superior' | null;
}

/** The state of the review `id` from its rows (`null` when it has no request row). */
export function reviewState(id: string, entries: readonly ReviewEntry[]): ReviewState | null {
  const rows = entries.filter((e) => e.id === id);
  const request = rows.find((e) => e.kind === 'request');
  if (!request) return null;
  const signoffs: Partial<Record<SignoffStep, ReviewEntry>> = {};
  let approval: ReviewEntry | null = null;
  for (const e of rows) {
    if (e.kind !== 'signoff' || !e.step || !e.verdict) continue;
    if (e.step === 'approval') approval ??= e;
    else signoffs[e.step] ??= e;
  }
  const notAcceptable = SIGNOFF_STEPS.some((s) => signoffs[s]?.verdict === 'reject');
  const waiting = SIGNOFF_STEPS.filter((s) => !signoffs[s]);
  const status: ReviewStatus = approval ? (approval.verdict === 'accept' ? 'approved' : 'rejected') : 'pending';
  const next = approval ? null : notAcceptable ? 'top' : waiting.length ? 'signoffs' : 'superior';
  return { id, opportunity: request.opportunity, requester: request.by, signoffs, approval, status, notAcceptable, waiting, next };
}

/** Every review, by id, in the order their requests were made. */
export function reviewStates(entries: readonly ReviewEntry[]): ReviewState[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) if (e.kind === 'request' && !seen.has(e.id)) (seen.add(e.id), ids.push(e.id));
  return ids.map((id) => reviewState(id, entries)!);
}

/** The latest review requested for an opportunity (compared as given: the caller normalises ids). */
export function latestReview(opportunity: string, entries: readonly ReviewEntry[], same: (a: string, b: string) => boolean): ReviewState | null {
  let last: ReviewEntry | null = null;
  for (const e of entries) if (e.kind === 'request' && same(e.opportunity, opportunity)) last = e;
  return last ? reviewState(last.id, entries) : null;
}

export const STEP_LABEL: Record<ReviewStep, L10n> = {
  finance: { en: 'finance', zh: '财务', zhHant: '財務' },
  quality: { en: 'quality', zh: '品质', zhHant: '品質' },
  purchasing: { en: 'purchasing', zh: '采购', zhHant: '採購' },
  approval: { en: 'approval', zh: '审批', zhHant: '審批' },
};

export const REVIEW_MSG = {
  noReview: {
    en: '{id} ({amount}) is above the review threshold {threshold}: it cannot be won (stage 08) before an order review is approved. Request a review first.',
    zh: '{id}({amount})超过评审金额 {threshold}:订单评审通过前不能进入阶段 08。请先申请订单评审。',
    zhHant: '{id}({amount})超過評審金額 {threshold}:訂單評審通過前不能進入階段 08。請先申請訂單評審。',
  },
  pending: {
    en: '{id} ({amount}) is above the review threshold {threshold}: review {review} is not approved yet (waiting for {waiting}). It can be won once the review is approved.',
    zh: '{id}({amount})超过评审金额 {threshold}:评审 {review} 尚未通过(等待:{waiting})。评审通过后才能进入阶段 08。',
    zhHant: '{id}({amount})超過評審金額 {threshold}:評審 {review} 尚未通過(等待:{waiting})。評審通過後才能進入階段 08。',
  },
  rejected: {
    en: '{id} ({amount}) is above the review threshold {threshold}: review {review} was rejected by {by}. Re-quote and request a new review.',
    zh: '{id}({amount})超过评审金额 {threshold}:评审 {review} 已被 {by} 否决。请重新报价并重新申请评审。',
    zhHant: '{id}({amount})超過評審金額 {threshold}:評審 {review} 已被 {by} 否決。請重新報價並重新申請評審。',
  },
  waitingTop: { en: 'the top approver', zh: '最高审批人', zhHant: '最高審批人' },
  waitingSuperior: { en: "a superior of the owner", zh: '负责人的上级', zhHant: '負責人的上級' },
} satisfies Record<string, L10n>;

/** Who a pending review waits for, in every language. */
export function waitingFor(s: ReviewState): L10n {
  if (s.next === 'top') return REVIEW_MSG.waitingTop;
  if (s.next === 'superior') return REVIEW_MSG.waitingSuperior;
  const join = (k: keyof L10n, sep: string) => s.waiting.map((w) => STEP_LABEL[w][k] ?? STEP_LABEL[w].zh).join(sep);
  return { en: join('en', ', '), zh: join('zh', '、'), zhHant: join('zhHant', '、') };
}

export interface WonCheck {
  /** The opportunity's ID (for the message). */
  id: string;
  /** Its amount (`null` = blank: no review needed). */
  amount: number | null;
  /** Settings `review_threshold`; `null` or ≤ 0 = no review required. */
  threshold: number | null;
  /** The Reviews rows as read (`readReviews`), all opportunities. */
  reviews: readonly ReviewEntry[];
  /** How IDs compare (the caller's text comparison: `(a, b) => normText(a) === normText(b)`). */
  same: (a: string, b: string) => boolean;
  /** How an amount is shown in the message (default: grouped digits). */
  show?: (n: number) => string;
}

/**
 * Why the opportunity may not move to stage 08 now, or `null` when it may: a review is required
 * (amount above the threshold) and its latest review is missing, pending or rejected.
 */
export function wonBlockedReason(c: WonCheck): L10n | null {
  if (c.amount === null || c.threshold === null || !(c.threshold > 0) || !(c.amount > c.threshold)) return null;
  const show = c.show ?? ((n: number) => n.toLocaleString('en-US'));
  const base = { id: c.id, amount: show(c.amount), threshold: show(c.threshold) };
  const s = latestReview(c.id, c.reviews, c.same);
  if (!s) return fill(REVIEW_MSG.noReview, base);
  if (s.status === 'approved') return null;
  if (s.status === 'rejected') return fill(REVIEW_MSG.rejected, { ...base, review: s.id, by: s.approval!.by });
  const w = waitingFor(s);
  return {
    en: fill(REVIEW_MSG.pending, { ...base, review: s.id, waiting: w.en }).en,
    zh: fill(REVIEW_MSG.pending, { ...base, review: s.id, waiting: w.zh }).zh,
    zhHant: fill(REVIEW_MSG.pending, { ...base, review: s.id, waiting: w.zhHant ?? w.zh }).zhHant,
  };
}
