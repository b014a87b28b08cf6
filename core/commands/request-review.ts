/**
 * Request an order / contract review (订单/合同评审, 产品报价评审单): the order's price, cost, sales
 * expenses, taxes, delivery date, payment terms and date, and quality requirements; core computes the
 * gross margin, expense ratio and profit margin (finance reads them against Settings `min_margin`).
 * The request is appended to Order reviews; finance, quality and purchasing then sign off
 * (`decideReview`). A new request for an opportunity whose review is still pending is refused: decide
 * it first (a re-quote after a decision is a new request).
 */
import { fill } from '../i18n';
import { DEFAULT_MIN_MARGIN, dealMargins, latestReview, marginVerdict, MARGIN_VERDICT } from '../model/review';
import { listLabel } from '../schema/lists';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject } from './result';
import { readReviews, sameId } from './review-data';
import type { CommandSpec } from './types';
import { findPerson, nextId, settingNumber, stamp, table, textOf } from './workbook';

export const REVIEW_MSG = {
  zeroPrice: { en: 'The price is 0; expects a price above 0 (the margins are fractions of it).', zh: '报价为 0;报价应大于 0(各项利润率以报价为分母)。', zhHant: '報價為 0;報價應大於 0(各項利潤率以報價為分母)。' },
  pendingExists: {
    en: '{opportunity} already has review {id} pending; decide it before requesting another.',
    zh: '{opportunity} 已有待决的评审 {id};请先完成该评审再重新申请。',
    zhHant: '{opportunity} 已有待決的評審 {id};請先完成該評審再重新申請。',
  },
  done: {
    en: 'Review {id} requested for {opportunity}: gross margin {gross}, expense ratio {expense}, profit margin {profit} ({verdict}, minimum {min}). Finance, quality and purchasing now sign off.',
    zh: '已为 {opportunity} 提交评审 {id}:销售毛利率 {gross},销售费用率 {expense},销售利润率 {profit}({verdict},最低 {min})。请财务、品质、采购评审。',
    zhHant: '已為 {opportunity} 提交評審 {id}:銷售毛利率 {gross},銷售費用率 {expense},銷售利潤率 {profit}({verdict},最低 {min})。請財務、品質、採購評審。',
  },
};

const pc = (x: number) => `${Math.round(x * 1000) / 10}%`;

export const requestReview: CommandSpec = {
  name: 'requestReview',
  title: { en: 'Request order review', zh: '申请订单评审', zhHant: '申請訂單評審' },
  group: 'opportunities',
  tip: {
    en: 'Submit an order or contract for review: price, cost, expenses and taxes give its margins; finance, quality and purchasing sign off.',
    zh: '提交订单/合同评审:由报价、成本、费用和税金计算各项利润率,再由财务、品质、采购评审。',
    zhHant: '提交訂單/合同評審:由報價、成本、費用和稅金計算各項利潤率,再由財務、品質、採購評審。',
  },
  short: { en: 'Request review', zh: '申请评审', zhHant: '申請評審' },
  fields: [
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機', { required: true }),
    field('price', 'money', 'Price', '报价', '報價', { required: true }),
    field('cost', 'money', 'Cost', '成本', '成本', { required: true }),
    field('expenses', 'money', 'Sales expenses', '销售费用', '銷售費用'),
    field('taxes', 'money', 'Taxes', '税金', '稅金'),
    field('delivery', 'date', 'Delivery date', '交货日期', '交貨日期'),
    field('payment_terms', 'text', 'Payment terms', '回款条件', '回款條件'),
    field('payment_date', 'date', 'Payment date', '回款日期', '回款日期'),
    field('quality', 'longtext', 'Quality requirements', '质量要求', '質量要求'),
  ],
  reads: ['opportunities', 'reviews', 'team', 'settings'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const opps = table(wb, 'opportunities');
    const orow = c.row('opportunity', opps, M.unknownOpportunity, { required: true });
    const price = c.number('price', { required: true, min: 0 });
    if (price === 0) c.fail('price', REVIEW_MSG.zeroPrice);
    const cost = c.number('cost', { required: true, min: 0 });
    const expenses = c.number('expenses', { min: 0 });
    const taxes = c.number('taxes', { min: 0 });
    const delivery = c.date('delivery');
    const terms = c.text('payment_terms');
    const payDate = c.date('payment_date');
    const quality = c.text('quality');
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    if (!c.ok) return reject(c.errors);

    const oppId = textOf(opps, orow, 'id');
    const reviews = table(wb, 'reviews');
    const entries = readReviews(reviews);
    const last = latestReview(oppId, entries, sameId);
    if (last && last.status === 'pending') return reject([{ field: 'opportunity', message: fill(REVIEW_MSG.pendingExists, { opportunity: oppId, id: last.id }) }]);

    let min = settingNumber(wb, 'min_margin', DEFAULT_MIN_MARGIN);
    if (Math.abs(min) > 1) min /= 100;
    const m = dealMargins(price!, cost!, expenses ?? 0, taxes ?? 0);
    const verdict = MARGIN_VERDICT[marginVerdict(m.profit, min)];
    const id = nextId(reviews, 'id', 'R');
    const rec: Record<string, unknown> = {
      id,
      when: stamp(ctx.now),
      kind: listLabel('reviewEntry', 'request', ctx.lang),
      opportunity: oppId,
      by: actor!.name,
      price: price!,
      cost: cost!,
      ...(expenses !== null ? { expenses } : {}),
      ...(taxes !== null ? { taxes } : {}),
      gross_margin: m.gross,
      expense_ratio: m.expenseRatio,
      profit_margin: m.profit,
      ...(delivery ? { delivery } : {}),
      ...(terms ? { payment_terms: terms } : {}),
      ...(payDate ? { payment_date: payDate } : {}),
      ...(quality ? { quality } : {}),
    };
    const values = { id, opportunity: oppId, gross: pc(m.gross), expense: pc(m.expenseRatio), profit: pc(m.profit), min: pc(min) };
    return {
      ok: true,
      id,
      writes: [appendWrite(reviews, [rec]), auditWrite(wb, ctx, { command: 'requestReview', table: 'reviews', rowId: id, before: null, after: rec })],
      message: {
        en: fill(REVIEW_MSG.done, { ...values, verdict: verdict.en }).en,
        zh: fill(REVIEW_MSG.done, { ...values, verdict: verdict.zh }).zh,
        zhHant: fill(REVIEW_MSG.done, { ...values, verdict: verdict.zhHant ?? verdict.zh }).zhHant,
      },
    };
  },
};
