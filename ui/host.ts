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
  /** The sheets a list may be imported from (the Import forms), where the host has a workbook to read. */
  importSources?(): Promise<ImportSource[]>;
  /**
   * The values of a sheet, or of a range of it (`A1:F200`), header row first, read once; the source is
   * never changed.
   */
  readSource?(sheet: string, range?: string): Promise<SourceValues>;
  /** Reads a chosen file (.xlsx: every sheet; .csv: one), where the host imports files (the preview). */
  readFile?(file: File): Promise<SourceValues[]>;
}

/** A sheet a list may be imported from. */
export interface ImportSource {
  name: string;
  /** Its used rows and columns (0 when empty). */
  rows: number;
  columns: number;
}

/** A list as read for an import: where it came from and its values (dates as `YYYY-MM-DD` text or serials). */
export interface SourceValues {
  /** The sheet, range or file it came from (for the form and the audit log). */
  name: string;
  values: unknown[][];
  /** The source row number of `values[0]`. */
  firstRow: number;
}
