/** A new opportunity's primary owner starts as the person registering it (usually the one who owns it). */
import { registerWidget } from '../widget-registry';

registerWidget({
  defaults(spec, data) {
    if (spec.name === 'newOpportunity' && data.actor && spec.fields.some((f) => f.key === 'owner' && f.type === 'person')) return { owner: data.actor };
    return {};
  },
});
