/** Core's forms API as the Excel adapter takes it (commands, form data, views). */
import { COMMANDS, runCommand } from '../core/commands/index';
import { formData } from '../core/commands/form-data';
import { runView, VIEW_READS } from '../core/commands/views';
import type { CoreForms } from './excel-adapter';

export const CORE_FORMS: CoreForms = {
  command: (name) => ({ reads: COMMANDS[name].reads, run: (wb, input, ctx) => runCommand(name, wb, input, ctx) }),
  // The tables core's formData looks at (people, customers, opportunities, stage names and probabilities, settings).
  formDataReads: ['team', 'customers', 'opportunities', 'benchmarks', 'settings'],
  formData: (wb, actor, lang) => formData(wb, actor, lang),
  viewReads: (name) => VIEW_READS[name],
  view: (name, wb, input, ctx) => runView(name, wb, ctx.actor, ctx.lang, input),
};
