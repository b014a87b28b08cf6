/**
 * Decide an order review (订单/合同评审, the customer-development text §4.1.2): finance, quality and
 * purchasing each sign off — accept, or reject with a reason — and only a person whose Team role is
 * that department may sign for it. If any of the three rejects, the order is not acceptable and goes to
 * the top approver (Settings `top_approver`, 总裁); otherwise, once all three accepted, a superior of
 * the opportunity's owner approves. The requester signs nothing of their own request. Every sign-off is
 * appended; a department that signed cannot sign again, a decided review takes no more sign-offs
 * (re-quote and request a new review instead).
 */
import { fill, type L10n } from '../i18n';
import { reviewState, STEP_LABEL, waitingFor, type ReviewState, type ReviewStep } from '../model/review';
import { listLabel, readList } from '../schema/lists';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject } from './result';
import { readReviews, sameId } from './review-data';
import type { CommandCtx, CommandResult, CommandSpec } from './types';
import { findPerson, findRow, isSuperior, setting, stamp, table, textOf, type Person } from './workbook';
import type { Workbook } from '../schema/types';
import { toText } from '../cell';

const MSG = {
  unknownReview: { en: 'No review {got} in Order reviews; expects the ID of a requested review (R00001 …).', zh: '订单评审表中没有评审 {got};应为已申请评审的编号(R00001 …)。', zhHant: '訂單評審表中沒有評審 {got};應為已申請評審的編號(R00001 …)。' },
  decided: { en: 'Review {id} is already decided ({status} by {by}); nothing more can be signed. Re-quote and request a new review.', zh: '评审 {id} 已有结论({status},审批人 {by});不能再签署。请重新报价并重新申请评审。', zhHant: '評審 {id} 已有結論({status},審批人 {by});不能再簽署。請重新報價並重新申請評審。' },
  ownRequest: { en: '{actor} requested review {id} and cannot sign or approve their own request.', zh: '{actor} 是评审 {id} 的申请人,不能签署或审批自己的申请。', zhHant: '{actor} 是評審 {id} 的申請人,不能簽署或審批自己的申請。' },
  wrongRole: { en: 'Only a person whose Team role is {role} may sign for {step}; {actor} is {has}.', zh: '只有销售团队表中角色为“{role}”的人员才能签署{step}意见;{actor} 的角色是“{has}”。', zhHant: '只有銷售團隊表中角色為「{role}」的人員才能簽署{step}意見;{actor} 的角色是「{has}」。' },
  signed: { en: '{step} already signed review {id} ({verdict}, {by}); a sign-off is never overwritten.', zh: '{step}已签署评审 {id}({verdict},{by});评审意见不可覆盖。', zhHant: '{step}已簽署評審 {id}({verdict},{by});評審意見不可覆蓋。' },
  notYet: { en: 'Review {id} cannot be approved yet: waiting for {waiting}.', zh: '评审 {id} 尚不能审批:等待{waiting}签署。', zhHant: '評審 {id} 尚不能審批:等待{waiting}簽署。' },
  noTop: { en: 'Review {id} was rejected by {by} and goes to the top approver, but Settings names none: fill in top_approver on the Settings sheet.', zh: '评审 {id} 被{by}否决,应由最高审批人审批,但设置中未指定:请在设置表中填写 top_approver。', zhHant: '評審 {id} 被{by}否決,應由最高審批人審批,但設定中未指定:請在設定表中填寫 top_approver。' },
  notTop: { en: 'Review {id} was rejected by {by}: the order is not acceptable and only the top approver {top} may decide it.', zh: '评审 {id} 被{by}否决:此订单不可接受,只有最高审批人 {top} 才能审批。', zhHant: '評審 {id} 被{by}否決:此訂單不可接受,只有最高審批人 {top} 才能審批。' },
  notSuperior: { en: 'Only a superior of the owner {owner} may approve review {id}; {actor} is not above {owner} in the Team sheet.', zh: '只有负责人 {owner} 的上级才能审批评审 {id};在销售团队表中 {actor} 不是 {owner} 的上级。', zhHant: '只有負責人 {owner} 的上級才能審批評審 {id};在銷售團隊表中 {actor} 不是 {owner} 的上級。' },
  reasonNeeded: { en: 'A rejection needs its reason.', zh: '不同意时须填写理由。', zhHant: '不同意時須填寫理由。' },
  signedNow: { en: '{step} {verdict} review {id}.', zh: '{step}对评审 {id} 的意见:{verdict}。', zhHant: '{step}對評審 {id} 的意見:{verdict}。' },
  nextSignoffs: { en: 'Waiting for {waiting}.', zh: '等待{waiting}签署。', zhHant: '等待{waiting}簽署。' },
  nextTop: { en: 'The order is not acceptable: it goes to the top approver{top}.', zh: '此订单不可接受:转最高审批人{top}审批。', zhHant: '此訂單不可接受:轉最高審批人{top}審批。' },
  nextSuperior: { en: 'All three accepted: a superior of the owner {owner} approves it.', zh: '三方均同意:由负责人 {owner} 的上级审批。', zhHant: '三方均同意:由負責人 {owner} 的上級審批。' },
  approved: { en: 'Review {id} approved by {by}: {opportunity} may be won (stage 08).', zh: '评审 {id} 已由 {by} 审批通过:{opportunity} 可进入阶段 08。', zhHant: '評審 {id} 已由 {by} 審批通過:{opportunity} 可進入階段 08。' },
  rejected: { en: 'Review {id} rejected by {by}: re-quote and request a new review, or give the order up.', zh: '评审 {id} 已被 {by} 否决:可重新报价并重新申请评审,或放弃该订单。', zhHant: '評審 {id} 已被 {by} 否決:可重新報價並重新申請評審,或放棄該訂單。' },
} satisfies Record<string, L10n>;

/** A label in every language, filled per language (labels differ by language). */
function per(template: L10n, values: (k: 'en' | 'zh' | 'zhHant') => Record<string, string | number>): L10n {
  return { en: fill(template, values('en')).en, zh: fill(template, values('zh')).zh, zhHant: fill(template, values('zhHant')).zhHant };
}
const pick = (l: L10n, k: 'en' | 'zh' | 'zhHant') => l[k] ?? l.zh;
const verdictLabel = (v: 'accept' | 'reject', k: 'en' | 'zh' | 'zhHant') => listLabel('reviewVerdict', v, k === 'zhHant' ? 'zh-Hant' : k);

/** Who rejected (the departments), in every language. */
function rejectors(s: ReviewState): L10n {
  const steps = (['finance', 'quality', 'purchasing'] as const).filter((x) => s.signoffs[x]?.verdict === 'reject');
  return { en: steps.map((x) => STEP_LABEL[x].en).join(', '), zh: steps.map((x) => STEP_LABEL[x].zh).join('、'), zhHant: steps.map((x) => STEP_LABEL[x].zhHant!).join('、') };
}

/** The top approver (Settings `top_approver`) as a Team person; `null` when unset or not in the Team. */
export function topApprover(wb: Workbook): Person | null {
  const v = toText(setting(wb, 'top_approver'));
  return v === '' ? null : findPerson(wb, v);
}

/**
 * What `actor` may sign on review `s` now, by the rules `decideReview` enforces: a department's sign-off
 * where the actor's Team role is that department and it has not signed; the approval when it is due
 * and theirs (the top approver after a rejection, a superior of the owner once all three accepted).
 * Nothing on a decided review, nor on one's own request. The Decide review picker offers these.
 */
export function stepsFor(wb: Workbook, s: ReviewState, actor: Person): ReviewStep[] {
  if (s.approval) return [];
  if (sameId(findPerson(wb, s.requester)?.name ?? s.requester, actor.name)) return [];
  const out: ReviewStep[] = [];
  const role = readList('role', actor.role);
  if ((role === 'finance' || role === 'quality' || role === 'purchasing') && !s.signoffs[role]) out.push(role);
  if (s.next === 'top') {
    if (topApprover(wb)?.name === actor.name) out.push('approval');
  } else if (s.next === 'superior') {
    const opps = table(wb, 'opportunities');
    const orow = findRow(opps, 'id', s.opportunity);
    const owner = orow < 0 ? '' : textOf(opps, orow, 'owner');
    if (owner && isSuperior(wb, actor.name, owner)) out.push('approval');
  }
  return out;
}

export const decideReview: CommandSpec = {
  name: 'decideReview',
  title: { en: 'Decide order review', zh: '订单评审意见', zhHant: '訂單評審意見' },
  group: 'opportunities',
  tip: {
    en: 'Sign off an order review for finance, quality or purchasing, or approve it: a rejection by any of the three sends it to the top approver.',
    zh: '以财务、品质或采购身份签署订单评审意见,或审批:三方任一不同意即转最高审批人。',
    zhHant: '以財務、品質或採購身份簽署訂單評審意見,或審批:三方任一不同意即轉最高審批人。',
  },
  short: { en: 'Decide review', zh: '评审意见', zhHant: '評審意見' },
  fields: [
    field('review', 'text', 'Review', '评审', '評審', {
      required: true,
      choices: 'pendingReviews',
      help: { en: 'The reviews waiting for your sign-off or approval.', zh: '等待您签署或审批的评审。', zhHant: '等待您簽署或審批的評審。' },
    }),
    field('step', 'list', 'Sign-off for', '评审环节', '評審環節', { list: 'reviewStep', required: true }),
    field('verdict', 'list', 'Verdict', '结论', '結論', { list: 'reviewVerdict', required: true }),
    field('reason', 'longtext', 'Reason', '理由', '理由', { help: { en: 'Required when rejecting.', zh: '不同意时必填。', zhHant: '不同意時必填。' } }),
  ],
  reads: ['reviews', 'opportunities', 'team', 'settings'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const reviews = table(wb, 'reviews');
    const id = c.text('review', { required: true });
    const step = c.list('step', 'reviewStep', { required: true }) as ReviewStep | null;
    const verdict = c.list('verdict', 'reviewVerdict', { required: true }) as 'accept' | 'reject' | null;
    const reason = c.text('reason');
    if (verdict === 'reject' && !reason) c.fail('reason', MSG.reasonNeeded);
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    const entries = readReviews(reviews);
    const state = id === null ? null : reviewState(entries.find((e) => sameId(e.id, id))?.id ?? id, entries);
    if (id !== null && !state) c.fail('review', MSG.unknownReview, { got: id });
    if (!c.ok) return reject(c.errors);
    return sign(wb, ctx, state!, step!, verdict!, reason, actor!);
  },
};

function sign(wb: Workbook, ctx: CommandCtx, s: ReviewState, step: ReviewStep, verdict: 'accept' | 'reject', reason: string | null, actor: Person): CommandResult {
  const no = (message: L10n, field = ''): CommandResult => reject([{ field, message }]);
  if (s.approval) {
    const st = s.approval.verdict!;
    return no(per(MSG.decided, (k) => ({ id: s.id, status: verdictLabel(st, k), by: s.approval!.by })));
  }
  if (sameId(findPerson(wb, s.requester)?.name ?? s.requester, actor.name)) return no(fill(MSG.ownRequest, { actor: actor.name, id: s.id }));
  const opps = table(wb, 'opportunities');
  const orow = findRow(opps, 'id', s.opportunity);
  const owner = orow < 0 ? '' : textOf(opps, orow, 'owner');
  if (step !== 'approval') {
    const role = readList('role', actor.role);
    if (role !== step) {
      return no(per(MSG.wrongRole, (k) => ({ role: listLabel('role', step, k === 'zhHant' ? 'zh-Hant' : k), step: pick(STEP_LABEL[step], k), actor: actor.name, has: actor.role || '—' })), 'step');
    }
    const done = s.signoffs[step];
    if (done) return no(per(MSG.signed, (k) => ({ step: pick(STEP_LABEL[step], k), id: s.id, verdict: verdictLabel(done.verdict!, k), by: done.by })), 'step');
  } else if (s.next === 'signoffs') {
    const w = waitingFor(s);
    return no(per(MSG.notYet, (k) => ({ id: s.id, waiting: pick(w, k) })), 'step');
  } else if (s.next === 'top') {
    const top = topApprover(wb);
    const by = rejectors(s);
    if (!top) return no(per(MSG.noTop, (k) => ({ id: s.id, by: pick(by, k) })));
    if (top.name !== actor.name) return no(per(MSG.notTop, (k) => ({ id: s.id, by: pick(by, k), top: top.name })));
  } else if (!isSuperior(wb, actor.name, owner)) {
    return no(fill(MSG.notSuperior, { owner: owner || '—', id: s.id, actor: actor.name }));
  }

  const t = table(wb, 'reviews');
  const rec: Record<string, unknown> = {
    id: s.id,
    when: stamp(ctx.now),
    kind: listLabel('reviewEntry', 'signoff', ctx.lang),
    opportunity: s.opportunity,
    by: actor.name,
    step: listLabel('reviewStep', step, ctx.lang),
    verdict: listLabel('reviewVerdict', verdict, ctx.lang),
    ...(reason ? { reason } : {}),
  };
  // The state once this sign-off is in, for the message.
  const after = reviewState(s.id, [...readReviews(t), { id: s.id, kind: 'signoff', opportunity: s.opportunity, by: actor.name, step, verdict, reason: reason ?? '', row: t.rows.length }])!;
  let message: L10n;
  if (step === 'approval') message = fill(verdict === 'accept' ? MSG.approved : MSG.rejected, { id: s.id, by: actor.name, opportunity: s.opportunity });
  else {
    const first = per(MSG.signedNow, (k) => ({ step: pick(STEP_LABEL[step], k), verdict: verdictLabel(verdict, k), id: s.id }));
    const top = topApprover(wb);
    const w = waitingFor(after);
    const next =
      after.next === 'top'
        ? fill(MSG.nextTop, { top: top ? ` ${top.name}` : '' })
        : after.next === 'superior'
          ? fill(MSG.nextSuperior, { owner: owner || '—' })
          : per(MSG.nextSignoffs, (k) => ({ waiting: pick(w, k) }));
    message = { en: `${first.en} ${next.en}`, zh: first.zh + next.zh, zhHant: (first.zhHant ?? first.zh) + (next.zhHant ?? next.zh) };
  }
  return {
    ok: true,
    id: s.id,
    writes: [appendWrite(t, [rec]), auditWrite(wb, ctx, { command: 'decideReview', table: 'reviews', rowId: s.id, before: null, after: rec })],
    message,
  };
}
