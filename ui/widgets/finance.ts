/**
 * The customer's financial ratios on the customer forms, live as the statement figures are filled
 * (core's `financeSummary`, the CUSTOMER_FINANCE formulas): shown after the last figure's field.
 */
import { FINANCE_KEYS, financeSummary } from '../../core/commands/customer-finance-fields';
import type { FieldSpec } from '../../core/commands/types';
import { toNumber } from '../../core/cell';
import { t } from '../../core/i18n';
import { el, replace } from '../dom';
import { renderSimpleField, type FieldView } from '../fields';
import type { WidgetCtx } from '../form-types';
import { registerWidget } from '../widget-registry';

const LAST = FINANCE_KEYS[FINANCE_KEYS.length - 1];

function financeFields(spec: FieldSpec, ctx: WidgetCtx): FieldView[] {
  const own = renderSimpleField(spec, ctx);
  const line = el('p', { class: 'ka-help ka-finance', 'aria-live': 'polite', 'data-finance': '' });
  const update = () => {
    const figures: Record<string, number> = {};
    for (const k of FINANCE_KEYS) {
      const n = toNumber(ctx.values[k]);
      if (typeof n === 'number') figures[k] = n;
    }
    const s = financeSummary(figures);
    replace(line, s ? t(s, ctx.lang) : '');
  };
  const previous = ctx.changed;
  ctx.changed = (key: string) => {
    previous.call(ctx, key);
    if ((FINANCE_KEYS as string[]).includes(key)) update();
  };
  update();
  return [own, { key: 'finance-ratios', node: line, focus() {}, setError() {} }];
}

registerWidget({
  field: (spec, ctx) => (spec.key === LAST && ctx.command.fields.some((f) => f.key === 'revenue') ? financeFields(spec, ctx) : null),
});
