/** Core's forms API as the Excel adapter takes it (commands, form data, views). */
import { COMMANDS, runCommand } from '../core/commands/index';
import { formData, FORM_DATA_ALSO_READS, FORM_DATA_READS } from '../core/commands/form-data';
import { runView, VIEW_READS } from '../core/commands/views';
import type { CoreForms } from './excel-adapter';

export const CORE_FORMS: CoreForms = {
  command: (name) => ({ reads: COMMANDS[name].reads, run: (wb, input, ctx) => runCommand(name, wb, input, ctx) }),
  // The tables read when there (Order reviews) are skipped when missing: readTables reads what exists.
  formDataReads: [...FORM_DATA_READS, ...FORM_DATA_ALSO_READS],
  formData: (wb, actor, lang) => formData(wb, actor, lang),
  viewReads: (name) => VIEW_READS[name],
  view: (name, wb, input, ctx) => runView(name, wb, ctx.actor, ctx.lang, input),
};
