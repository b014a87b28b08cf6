/**
 * The 20 questions of the opportunity assessment in their four groups, with the live score per
 * group, the total and the verdict (core's `assess`, with the workbook's threshold).
 */
import type { FieldSpec } from '../../core/commands/types';
import { fill, t } from '../../core/i18n';
import { assess, DIMENSIONS, QUESTION_COUNT, VERDICT } from '../../core/model/assessment';
import { el, replace, uid } from '../dom';
import { fieldRow, type FieldView } from '../fields';
import type { WidgetCtx } from '../form-types';
import { registerWidget } from '../widget-registry';
import { S } from '../strings';

/** The question the customer's finances speak to (0-based): 3. "Is the customer financially strong?" */
const FINANCE_QUESTION = 2;

export function answersField(spec: FieldSpec, ctx: WidgetCtx): FieldView {
  const { lang, values, data } = ctx;
  const current = Array.isArray(values[spec.key]) ? (values[spec.key] as unknown[]) : [];
  const answers: boolean[] = Array.from({ length: QUESTION_COUNT }, (_, i) => current[i] === true);
  values[spec.key] = answers;

  const titleId = uid('answers');
  const dimScores: HTMLElement[] = [];
  const total = el('p', { class: 'ka-score', 'aria-live': 'polite', 'data-score': '' });
  const update = () => {
    const a = assess(answers, data.threshold);
    a.dimensions.forEach((n, i) => replace(dimScores[i], `${n} / 5`));
    replace(
      total,
      el('strong', {}, t(S.score, lang) + ': '),
      t(fill(S.scoreLine, { total: a.total, verdict: t(a.high ? VERDICT.high : VERDICT.low, lang), threshold: data.threshold }), lang),
    );
    total.classList.toggle('ka-high', a.high);
    total.classList.toggle('ka-low', !a.high);
  };

  // Q3 "is the customer financially strong?": the chosen opportunity's customer's ratios as a hint.
  const financeHint = el('p', { class: 'ka-help ka-finance-hint', 'data-finance-hint': '' });
  const updateHint = () => {
    const opp = data.opportunities.find((o) => o.id === values.opportunity);
    const cust = opp ? data.customers.find((c) => c.id === opp.customerId) : undefined;
    replace(financeHint, !opp ? '' : cust?.finance ? cust.finance : t(S.noFinance, lang));
  };
  // The opportunity field calls ctx.changed when the choice changes: follow it.
  const previous = ctx.changed;
  ctx.changed = (key: string) => {
    previous.call(ctx, key);
    if (key === 'opportunity') updateHint();
  };
  updateHint();

  const groups = DIMENSIONS.map((dim, d) => {
    const score = el('span', { class: 'ka-dim-score' });
    dimScores.push(score);
    const items = dim.questions.map((q, j) => {
      const i = d * 5 + j;
      const id = uid('q');
      const cb = el('input', { type: 'checkbox', id, name: `${spec.key}.${i}` });
      cb.checked = answers[i];
      cb.addEventListener('change', () => {
        answers[i] = cb.checked;
        update();
        ctx.changed(spec.key);
      });
      const label = el('label', { for: id, class: 'ka-check' }, cb, ' ', `${i + 1}. ${t(q, lang)}`);
      return el('li', {}, label, i === FINANCE_QUESTION ? financeHint : null);
    });
    return el('fieldset', { class: 'ka-dim' }, el('legend', {}, t(dim.title, lang), ' ', score), el('ul', { class: 'ka-questions' }, ...items));
  });

  const group = el(
    'div',
    { role: 'group', class: 'ka-answers', 'aria-labelledby': titleId },
    el('p', { id: titleId, class: 'ka-label' }, t(spec.label, lang)),
    ...groups,
    total,
  );
  update();
  return fieldRow(spec, lang, titleId, group, group, true);
}

registerWidget({ field: (spec, ctx) => (spec.type === 'answers' ? answersField(spec, ctx) : null) });
