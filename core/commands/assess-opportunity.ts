/**
 * Assess opportunity (domain.md §2): the 20 yes/no questions, scored; each assessment is a new row with
 * its date and the stage it was made at, so it can be repeated at every stage, and may be made for a
 * named competitor (TAS) as well as for us (competitor blank).
 */
import { fill, t } from '../i18n';
import { assess, VERDICT } from '../model/assessment';
import { parseStage } from '../model/stage';
import { listLabel } from '../schema/lists';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject } from './result';
import type { CommandSpec } from './types';
import { cellOf, findPerson, stageText, table, threshold, today } from './workbook';

export const assessOpportunity: CommandSpec = {
  name: 'assessOpportunity',
  title: { en: 'Assess opportunity', zh: '商机价值评估', zhHant: '商機價值評估' },
  group: 'opportunities',
  tip: { en: 'Answer the 20 questions of the opportunity value assessment.', zh: '回答商机价值评估的 20 个问题。', zhHant: '回答商機價值評估的 20 個問題。' },
  fields: [
    field('opportunity', 'opportunity', 'Opportunity', '商机', '商機', { required: true }),
    field('date', 'date', 'Date', '评估日期', '評估日期', { help: { en: 'Blank = today.', zh: '留空即为今天。', zhHant: '留空即為今天。' } }),
    field('stage', 'stage', 'Stage', '阶段', '階段', {
      help: { en: 'Blank = the opportunity’s current stage.', zh: '留空即为商机当前阶段。', zhHant: '留空即為商機當前階段。' },
    }),
    field('competitor', 'text', 'Competitor (blank = us)', '竞争对手(空白 = 我方)', '競爭對手(空白 = 我方)'),
    field('answers', 'answers', 'The 20 questions', '20 个评估问题', '20 個評估問題', { required: true }),
  ],
  // A re-assessment starts from the opportunity's latest assessment of our own (date and stage start blank: today, the current stage).
  record: { field: 'opportunity', table: 'assessments', by: 'opportunity', latest: true, only: { competitor: '' }, skip: ['date', 'stage', 'competitor'] },
  reads: ['opportunities', 'team', 'settings'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const opps = table(wb, 'opportunities');
    const orow = c.row('opportunity', opps, M.unknownOpportunity, { required: true });
    const date = c.date('date', { fallback: today(ctx.now) });
    const current = orow >= 0 ? parseStage(cellOf(opps, orow, 'stage')) : null;
    const stage = c.stage('stage', current === null || current === undefined ? { required: true } : { fallback: current });
    const competitor = c.text('competitor');
    const answers = c.answers('answers');
    if (!c.ok) return reject(c.errors);

    const thr = threshold(wb);
    const a = assess(answers!, thr);
    const id = String(cellOf(opps, orow, 'id'));
    const rec: Record<string, unknown> = {
      opportunity: id,
      date: date!,
      stage: stageText(stage!, ctx.lang),
      competitor: competitor ?? '',
      score: a.total,
      verdict: t(a.high ? VERDICT.high : VERDICT.low, ctx.lang),
      assessor: findPerson(wb, ctx.actor)?.name ?? ctx.actor,
    };
    answers!.forEach((x, i) => {
      rec[`q${i + 1}`] = x === null ? '' : listLabel('yesno', x ? 'yes' : 'no', ctx.lang);
    });
    const asmt = table(wb, 'assessments');
    return {
      ok: true,
      id,
      writes: [appendWrite(asmt, [rec]), auditWrite(wb, ctx, { command: 'assessOpportunity', table: 'assessments', rowId: id, before: null, after: rec })],
      message: fill(
        { en: '{id}{who}: score {score} of 20 — {verdict}.', zh: '{id}{who}:得分 {score}/20 — {verdict}。', zhHant: '{id}{who}:得分 {score}/20 — {verdict}。' },
        { id, who: competitor ? ` (${competitor})` : '', score: a.total, verdict: t(a.high ? VERDICT.high : VERDICT.low, ctx.lang) },
      ),
    };
  },
};
