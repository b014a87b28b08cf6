/**
 * The small interface through which the shared forms talk to their host (Apps Script sidebar via
 * google.script.run, Excel task pane via Excel.run, the local preview in the page). The forms
 * never touch a host API themselves.
 */
import type { CommandName, CommandResult, FormData, ViewName } from '../core/commands/types';
import type { TableId } from '../core/schema/types';

export interface FormHost {
  /** Lists and settings the forms need (built by core's `formData` from the tables). */
  load(): Promise<FormData>;
  /** Read-only data for a form (built by core's views). */
  view(name: ViewName, input: Record<string, unknown>): Promise<unknown>;
  /** Runs a command: the host reads the tables, calls core, and writes all rows or none. */
  submit(command: CommandName, input: Record<string, unknown>): Promise<CommandResult>;
  /** Closes the sidebar / task pane, where the host can. */
  close?(): void;
  /** Shows the record `id` of `table` in the sheet (selects its row), where the host can. */
  reveal?(table: TableId, id: string): Promise<void> | void;
}
