/**
 * Update opportunity (issue 9): picking the opportunity fills the form with what its row holds now —
 * stage, amount, close date, confirmation, next step, lost reason — so the user changes only what moved.
 */
import type { FormData } from '../../core/commands/types';
import { renderSimpleField } from '../fields';
import { registerWidget } from '../widget-registry';

/** The form values of an opportunity as FormData has it. */
export function currentValues(o: FormData['opportunities'][number]): Record<string, unknown> {
  const v: Record<string, unknown> = {
    stage: o.stage === null ? '' : o.stage,
    amount: o.amount === null ? '' : String(o.amount),
    close: o.close,
    next_step: o.nextStep ?? '',
    next_step_date: o.nextStepDate ?? '',
    lost_reason: o.lostReason ?? '',
  };
  if (o.confirmed !== null && o.confirmed !== undefined) v.confirmed = o.confirmed;
  return v;
}

registerWidget({
  field(spec, ctx) {
    if (ctx.command.name !== 'updateOpportunity' || spec.key !== 'opportunity') return null;
    return renderSimpleField(spec, {
      ...ctx,
      changed(key) {
        ctx.changed(key);
        const o = ctx.data.opportunities.find((x) => x.id === ctx.values.opportunity);
        if (!o) return;
        for (const k of ['stage', 'amount', 'close', 'confirmed', 'next_step', 'next_step_date', 'lost_reason', 'lost_note', 'competitor']) delete ctx.values[k];
        Object.assign(ctx.values, currentValues(o));
        ctx.env.rerender();
      },
    });
  },
});
