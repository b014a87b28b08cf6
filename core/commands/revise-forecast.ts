/**
 * Revise forecast (domain.md §4 step 3): a superior revises a subordinate's figure, with a reason.
 * The revision is appended to Forecast submissions (never overwriting) and replaces the subordinate's
 * figure in the superior's roll-up; the superior then submits upward with Submit forecast.
 */
import { fill } from '../i18n';
import { listLabel } from '../schema/lists';
import { auditWrite } from './audit';
import { Check } from './check';
import { computeForecast, forecastSetup, latestRevisions, lineOf } from './forecast-data';
import { formatNumber } from './format';
import { M } from './messages';
import { appendWrite, field, reject } from './result';
import type { CommandSpec } from './types';
import { findPerson, isSuperior, nextId, stamp, table } from './workbook';
import { normText } from '../cell';

const round2 = (n: number) => Math.round(n * 100) / 100;

export const reviseForecast: CommandSpec = {
  name: 'reviseForecast',
  title: { en: 'Revise a forecast', zh: '修正下属预测', zhHant: '修正下屬預測' },
  group: 'forecast',
  tip: { en: "Review your team's forecasts, revise and submit upward.", zh: '审阅团队预测，修订后向上提交。', zhHant: '審閱團隊預測，修訂後向上提交。' },
  fields: [
    field('person', 'person', 'Subordinate', '下属', '下屬', { required: true, choices: 'reports' }),
    field('amount', 'money', 'Revised figure', '修正后金额', '修正後金額', { required: true }),
    field('reason', 'longtext', 'Reason', '修正理由', '修正理由', { required: true }),
  ],
  reads: ['team', 'opportunities', 'settings', 'benchmarks', 'forecasts'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const who = c.blank('person') ? (c.fail('person', M.required), null) : findPerson(wb, input.person);
    if (!c.has('person') && !who) c.fail('person', M.unknownPerson, { got: String(input.person) });
    const amount = c.number('amount', { required: true, min: 0 });
    const reason = c.text('reason', { required: true });
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    // Only a superior revises, checked with the fields so that every reason shows at once.
    if (actor && who) {
      if (who.name === actor.name) c.fail('person', M.reviseOwn);
      else if (!isSuperior(wb, actor.name, who.name)) c.fail('person', M.notSuperiorRevise, { person: who.name });
    }
    const s = forecastSetup(wb);
    if ('error' in s) c.fail('', s.error);
    if (!c.ok || 'error' in s) return reject(c.errors);
    const f = computeForecast(wb, s);
    if ('error' in f) return reject([{ field: '', message: f.error }]);
    const line = lineOf(f, who!.name)!;
    const previous = latestRevisions(wb, s).get(normText(who!.name));
    const fc = table(wb, 'forecasts');
    const id = nextId(fc, 'id', 'F');
    const rec: Record<string, unknown> = {
      id,
      when: stamp(ctx.now),
      kind: listLabel('forecastKind', 'revision', ctx.lang),
      person: who!.name,
      by: actor!.name,
      to: actor!.name,
      period_from: s.from,
      period_to: s.to,
      own: round2(line.own),
      team: round2(line.team),
      amount: amount!,
      opportunities: '',
      reason: reason!,
    };
    return {
      ok: true,
      id,
      writes: [
        appendWrite(fc, [rec]),
        auditWrite(wb, ctx, { command: 'reviseForecast', table: 'forecasts', rowId: id, before: { person: who!.name, amount: round2(previous ? previous.amount : line.team) }, after: rec }),
      ],
      message: fill(
        { en: '{person}: forecast revised {from} → {to}.', zh: '{person}:预测已修正 {from} → {to}。', zhHant: '{person}:預測已修正 {from} → {to}。' },
        { person: who!.name, from: formatNumber(previous ? previous.amount : line.team), to: formatNumber(amount!) },
      ),
    };
  },
};
