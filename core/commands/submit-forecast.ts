/**
 * Submit forecast (domain.md §4 steps 2–3): the person acting confirms which of their own
 * opportunities count this period (only the primary owner may, so nothing is counted twice) and
 * submits their figure — own confirmed forecast plus what their team submits (with their revisions) —
 * to their manager. Submissions are appended, never overwritten.
 */
import { normText, serialToIso, toDateSerial } from '../cell';
import { fill } from '../i18n';
import { LOST, parseStage } from '../model/stage';
import { listLabel } from '../schema/lists';
import { auditWrite } from './audit';
import { formatNumber } from './format';
import { Check } from './check';
import { computeForecast, forecastSetup, lineOf } from './forecast-data';
import { M } from './messages';
import { appendWrite, field, reject, updateWrite } from './result';
import type { CommandSpec, Write } from './types';
import { cellOf, findPerson, findRow, nextId, stamp, table, textOf, yes } from './workbook';

const round2 = (n: number) => Math.round(n * 100) / 100;

export const submitForecast: CommandSpec = {
  name: 'submitForecast',
  title: { en: 'Forecast', zh: '销售预测', zhHant: '銷售預測' },
  group: 'forecast',
  tip: { en: 'Confirm your opportunities and submit the forecast to your superior.', zh: '确认负责的商机并向上级提交预测。', zhHant: '確認負責的商機並向上級提交預測。' },
  short: { en: 'Submit forecast', zh: '提交预测', zhHant: '提交預測' },
  fields: [
    field('opportunities', 'opportunities', 'My opportunities that count this period', '本期计入预测的我的商机', '本期計入預測的我的商機', {
      help: {
        en: 'Only opportunities where you are the primary owner; those not ticked are set to not confirmed.',
        zh: '仅限您为主要负责人的商机;未勾选的将设为未确认。',
        zhHant: '僅限您為主要負責人的商機;未勾選的將設為未確認。',
      },
    }),
    field('note', 'longtext', 'Note', '备注', '備註'),
  ],
  reads: ['team', 'opportunities', 'settings', 'benchmarks', 'forecasts'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const ids = c.ids('opportunities');
    const note = c.text('note');
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    const s = forecastSetup(wb);
    if ('error' in s) c.fail('', s.error);
    if (!c.ok || 'error' in s) return reject(c.errors);

    const opps = table(wb, 'opportunities');
    const me = normText(actor!.name);
    const chosen = new Set<number>();
    for (const id of ids!) {
      const row = findRow(opps, 'id', id);
      if (row < 0) {
        c.fail('opportunities', M.unknownOpportunity, { got: id });
        continue;
      }
      const owner = textOf(opps, row, 'owner');
      if (normText(owner) !== me) c.fail('opportunities', M.notOwnOpportunity, { id, owner: owner || '—' });
      else if (parseStage(cellOf(opps, row, 'stage')) === LOST) c.fail('opportunities', M.lostOpportunity, { id });
      else {
        const close = toDateSerial(cellOf(opps, row, 'close'));
        if (typeof close !== 'number' || close < s.fromSerial || close > s.toSerial) {
          c.fail('opportunities', M.notInPeriod, { id, close: typeof close === 'number' ? serialToIso(close) : textOf(opps, row, 'close') || '—', from: s.from, to: s.to });
        } else chosen.add(row);
      }
    }
    if (!c.ok) return reject(c.errors);

    // The actor's forecastable opportunities this period: ticked → confirmed, the others → not.
    const confirm = new Map<number, boolean>();
    const writes: Write[] = [];
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const yesText = listLabel('yesno', 'yes', ctx.lang);
    const noText = listLabel('yesno', 'no', ctx.lang);
    for (let i = 0; i < opps.rows.length; i++) {
      if (normText(textOf(opps, i, 'owner')) !== me) continue;
      const close = toDateSerial(cellOf(opps, i, 'close'));
      const inPeriod = typeof close === 'number' && close >= s.fromSerial && close <= s.toSerial;
      if (!inPeriod || parseStage(cellOf(opps, i, 'stage')) === LOST) continue;
      const want = chosen.has(i);
      confirm.set(i, want);
      if (yes(opps, i, 'confirmed') !== want) {
        const id = textOf(opps, i, 'id');
        before[id] = { confirmed: cellOf(opps, i, 'confirmed') };
        after[id] = { confirmed: want ? yesText : noText };
        writes.push(updateWrite(opps, i, { confirmed: want ? yesText : noText }));
      }
    }
    const f = computeForecast(wb, s, { confirm });
    if ('error' in f) return reject([{ field: '', message: f.error }]);
    const line = lineOf(f, actor!.name)!;
    const fc = table(wb, 'forecasts');
    const id = nextId(fc, 'id', 'F');
    const confirmedIds = [...chosen].sort((a, b) => a - b).map((r) => textOf(opps, r, 'id'));
    const rec: Record<string, unknown> = {
      id,
      when: stamp(ctx.now),
      kind: listLabel('forecastKind', 'submission', ctx.lang),
      person: actor!.name,
      by: actor!.name,
      to: actor!.manager,
      period_from: s.from,
      period_to: s.to,
      own: round2(line.own),
      team: round2(line.team),
      amount: round2(line.team),
      opportunities: confirmedIds.join(', '),
      reason: note ?? '',
    };
    writes.unshift(appendWrite(fc, [rec]));
    writes.push(auditWrite(wb, ctx, { command: 'submitForecast', table: 'forecasts', rowId: id, before: Object.keys(before).length ? before : null, after: { ...rec, confirmed: after } }));
    return {
      ok: true,
      id,
      writes,
      message: fill(
        { en: 'Forecast {amount} submitted to {to} ({n} opportunities confirmed).', zh: '已向 {to} 提交预测 {amount}(确认 {n} 个商机)。', zhHant: '已向 {to} 提交預測 {amount}(確認 {n} 個商機)。' },
        { amount: formatNumber(line.team), to: actor!.manager || '—', n: confirmedIds.length },
      ),
    };
  },
};
