/**
 * The form commands by name, and the one entry point hosts call: `runCommand` checks that the host
 * read every table the command declares, runs it, and never lets an exception escape as a half-done
 * save (a failure is a form-level error; nothing is written).
 */
import { fill } from '../i18n';
import type { Workbook } from '../schema/types';
import { assessOpportunity } from './assess-opportunity';
import { changeOwner } from './change-owner';
import { importCustomers, importOpportunities } from './import-rows';
import { logActivity } from './log-activity';
import { logComplaint } from './log-complaint';
import { M } from './messages';
import { newCustomer } from './new-customer';
import { newOpportunity } from './new-opportunity';
import { newProject } from './new-project';
import { reviseForecast } from './revise-forecast';
import { submitForecast } from './submit-forecast';
import { lengthErrors } from './text-limits';
import type { CommandCtx, CommandName, CommandResult, CommandSpec } from './types';
import { updateCustomer } from './update-customer';
import { saveContact } from './save-contact';
import { editAccountPlan } from './edit-account-plan';
import { addAction } from './add-action';
import { closeAction } from './close-action';
import { addTeamMember } from './add-team-member';
import { removeTeamMember } from './remove-team-member';
import { advanceProspect } from './advance-prospect';
import { reassignTerritory } from './reassign-territory';
import { requestReview } from './request-review';
import { decideReview } from './decide-review';
import { updateOpportunity } from './update-opportunity';
import { takeSnapshot } from './take-snapshot';

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  newCustomer,
  updateCustomer,
  newOpportunity,
  assessOpportunity,
  submitForecast,
  reviseForecast,
  changeOwner,
  newProject,
  logActivity,
  logComplaint,
  importCustomers,
  importOpportunities,
  saveContact,
  editAccountPlan,
  addAction,
  closeAction,
  addTeamMember,
  removeTeamMember,
  advanceProspect,
  reassignTerritory,
  requestReview,
  decideReview,
  updateOpportunity,
  takeSnapshot,
};

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function runCommand(name: string, wb: Workbook, input: Record<string, unknown>, ctx: CommandCtx): CommandResult {
  const spec = (COMMANDS as Record<string, CommandSpec | undefined>)[name];
  if (!spec || !Object.prototype.hasOwnProperty.call(COMMANDS, name)) return { ok: false, errors: [{ field: '', message: fill(M.unknownCommand, { name }) }] };
  const missing = spec.reads.filter((id) => !wb[id]);
  if (missing.length) return { ok: false, errors: missing.map((table) => ({ field: '', message: fill(M.notRead, { table }) })) };
  try {
    // Every text field's length limit, for every command (declared once, on the field or its type).
    const tooLong = lengthErrors(spec.fields, input ?? {});
    const result = spec.run(wb, input ?? {}, { ...ctx, command: spec });
    if (!tooLong.length) return result;
    if (result.ok) return { ok: false, errors: tooLong };
    return { ...result, errors: [...tooLong, ...result.errors.filter((e) => !tooLong.some((x) => x.field === e.field))] };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ field: '', message: fill(M.internal, { reason }) }] };
  }
}
