/**
 * Update opportunity (issue 9; domain.md §3–4): move an opportunity through the funnel week after week —
 * its stage (1–8 or Lost), amount, expected close date, forecast confirmation, next step and its date.
 * Moving to Lost needs a lost reason (and may name the competitor who won); moving to stage 08 records
 * the won date. Only the primary owner or a superior up the Team chain may update it. Blank fields keep
 * what the row holds (the form shows the current values). An accepted update writes only the changed
 * cells, one history row per changed tracked field (after a row for any direct edit of this
 * opportunity no history row had recorded yet), and one audit row.
 */
import { toNumber } from '../cell';
import { fill, t } from '../i18n';
import { LOST, parseStage, WON, type Stage } from '../model/stage';
import { listLabel, readList } from '../schema/lists';
import { record } from '../schema/read';
import { wonBlocked } from './review-data';
import { auditWrite, diff } from './audit';
import { Check } from './check';
import { formChanges, historyWrite, pendingChanges } from './history';
import { MH } from './history-messages';
import { M } from './messages';
import { field, reject, updateWrite } from './result';
import type { CommandCtx, CommandSpec, FieldError, Write } from './types';
import { findPerson, isSuperior, stageText, table, textOf, today } from './workbook';
import type { Workbook } from '../schema/types';

export const updateOpportunity: CommandSpec = {
  name: 'updateOpportunity',
  title: { en: 'Update opportunity', zh: '更新商机', zhHant: '更新商機' },
  group: 'opportunities',
  tip: {
    en: 'Move an opportunity to its next stage, win or lose it, or change its amount, close date and next step.',
    zh: '推进商机阶段、赢单或丢单,或修改金额、预计成交日期与下一步。',
    zhHant: '推進商機階段、贏單或丟單,或修改金額、預計成交日期與下一步。',
  },
  short: { en: 'Update opportunity', zh: '更新商机', zhHant: '更新商機' },
  fields: [
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機', {
      required: true,
      help: { en: 'Search by ID, name or customer; its current values are filled in.', zh: '可按编号、名称或客户搜索;选中后填入现有值。', zhHant: '可按編號、名稱或客戶搜尋;選中後填入現有值。' },
    }),
    field('stage', 'stage', 'Stage', '阶段', '階段'),
    field('amount', 'money', 'Amount', '金额', '金額'),
    field('close', 'date', 'Expected close date', '预计成交日期', '預計成交日期'),
    field('confirmed', 'yesno', 'Confirmed for forecast', '确认计入预测', '確認計入預測'),
    field('next_step', 'text', 'Next step', '下一步', '下一步'),
    field('next_step_date', 'date', 'Next-step date', '下一步日期', '下一步日期'),
    field('lost_reason', 'list', 'Lost reason', '丢单原因', '丟單原因', {
      list: 'lostReason',
      help: { en: 'Required when the stage is Lost.', zh: '阶段为丢单时必填。', zhHant: '階段為丟單時必填。' },
    }),
    field('lost_note', 'longtext', 'Lost: what happened', '丢单说明', '丟單說明'),
    field('competitor', 'text', 'Competitor who won', '赢单竞争对手', '贏單競爭對手'),
  ],
  // (reviews and settings: the order-review rule of stage 08, issue 14)
  reads: ['opportunities', 'team', 'history', 'reviews', 'settings'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const opps = table(wb, 'opportunities');
    const row = c.row('opportunity', opps, M.unknownOpportunity, { required: true });
    const stage = c.stage('stage');
    const amount = c.number('amount', { min: 0 });
    const close = c.date('close');
    const confirmed = c.yesNo('confirmed');
    const nextStep = c.text('next_step');
    const nextDate = c.date('next_step_date');
    const reason = c.list('lost_reason', 'lostReason');
    const note = c.text('lost_note');
    const competitor = c.text('competitor');
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    if (!c.ok) return reject(c.errors);

    // Who may: the primary owner, or a superior anywhere up the chain.
    const owner = textOf(opps, row, 'owner');
    const ownerPerson = findPerson(wb, owner);
    if (ownerPerson?.name !== actor!.name && !isSuperior(wb, actor!.name, owner)) {
      return reject([{ field: '', message: fill(MH.notOwnerOrSuperior, { owner: owner || '—', actor: actor!.name }) }]);
    }

    const was = record(opps, row);
    const current = parseStage(was.stage);
    const next: Stage | null | undefined = stage ?? current;
    const changes: Record<string, unknown> = {};
    if (stage !== null && stage !== current) changes.stage = stageText(stage, ctx.lang);
    if (amount !== null) changes.amount = amount;
    if (close !== null) changes.close = close;
    if (confirmed !== null) changes.confirmed = listLabel('yesno', confirmed ? 'yes' : 'no', ctx.lang);
    if (nextStep !== null) changes.next_step = nextStep;
    if (nextDate !== null) changes.next_step_date = nextDate;

    const currentAmount = toNumber(was.amount);
    const closing = closingChanges(wb, {
      id: textOf(opps, row, 'id'),
      amount: amount ?? (typeof currentAmount === 'number' ? currentAmount : null),
      amountChanged: amount !== null && amount !== currentAmount,
      was,
      current,
      next,
      reason,
      note,
      competitor,
      ctx,
    });
    if ('errors' in closing) return reject(closing.errors);
    Object.assign(changes, closing.changes);

    const d = diff(was, changes);
    // A stage compared as a stage: `3` and `03 全面掌握…` are the same.
    if ('stage' in d.after && stage === current) {
      delete d.after.stage;
      delete d.before.stage;
    }
    if (Object.keys(d.after).length === 0) return reject([{ field: '', message: M.nothingToChange }]);

    const id = textOf(opps, row, 'id');
    const writes: Write[] = [updateWrite(opps, row, d.after)];
    // A direct edit of this opportunity that no history row records yet comes first, so the history's
    // `before` values follow one another.
    const pending = historyWrite(wb, pendingChanges(wb, [id]), ctx, 'edit', '');
    if (pending) writes.push(pending);
    const own = historyWrite(wb, formChanges(id, was, d.after), ctx, 'form');
    if (own) writes.push(own);
    writes.push(auditWrite(wb, ctx, { command: 'updateOpportunity', table: 'opportunities', rowId: id, before: d.before, after: d.after }));
    const labels = Object.keys(d.after).map((k) => t(opps.spec.columns.find((x) => x.key === k)!.header, ctx.lang));
    return { ok: true, id, writes, message: fill(MH.updated, { id, changes: labels.join(ctx.lang === 'en' ? ', ' : '、') }) };
  },
};

interface Closing {
  id: string;
  /** The amount after the update (the new one, else the current one). */
  amount: number | null;
  amountChanged: boolean;
  was: Record<string, unknown>;
  current: Stage | null | undefined;
  next: Stage | null | undefined;
  reason: string | null;
  note: string | null;
  competitor: string | null;
  ctx: CommandCtx;
}

/**
 * How the opportunity closes or reopens: Lost needs a reason; the lost fields belong to a lost
 * opportunity only (reopening one clears them; the audit keeps them).
 */
function closingChanges(wb: Workbook, k: Closing): { changes: Record<string, unknown> } | { errors: FieldError[] } {
  const changes: Record<string, unknown> = {};
  const lostNow = k.next === LOST;
  if (lostNow) {
    const reason = k.reason ?? (k.current === LOST ? readList('lostReason', k.was.lost_reason) ?? null : null);
    if (!reason) return { errors: [{ field: 'lost_reason', message: MH.lostNeedsReason }] };
    changes.lost_reason = listLabel('lostReason', reason, k.ctx.lang);
    if (k.note !== null) changes.lost_note = k.note;
    if (k.competitor !== null) changes.competitor = k.competitor;
  } else if (k.current === LOST) {
    // Reopened: the reasons of the loss no longer describe it.
    changes.lost_reason = '';
    changes.lost_note = '';
    changes.competitor = '';
  } else {
    const stray = (['lost_reason', 'competitor'] as const).filter((f) => (f === 'lost_reason' ? k.reason : k.competitor) !== null);
    if (stray.length) return { errors: stray.map((f) => ({ field: f, message: MH.reasonOnlyLost })) };
    if (k.note !== null) return { errors: [{ field: 'lost_note', message: MH.reasonOnlyLost }] };
  }
  const won = wonChanges(wb, k);
  if ('errors' in won) return won;
  return { changes: { ...changes, ...won.changes } };
}

/**
 * Stage 08 (won), in one place: entering it records the won date (today); leaving it clears that date.
 * An opportunity above the review threshold is won only with an approved order review (issue 14,
 * `wonBlocked`): checked on entering 08, and on a new amount while at 08.
 */
function wonChanges(wb: Workbook, k: Closing): { changes: Record<string, unknown> } | { errors: FieldError[] } {
  if (k.next === WON && (k.current !== WON || k.amountChanged)) {
    const blocked = wonBlocked(wb, k.id, k.amount);
    if (blocked) return { errors: [{ field: 'stage', message: blocked }] };
  }
  if (k.next === WON && k.current !== WON) return { changes: { won_date: today(k.ctx.now) } };
  if (k.next !== WON && k.current === WON) return { changes: { won_date: '' } };
  return { changes: {} };
}
