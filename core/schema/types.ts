/**
 * The shape of the workbook schema (the tables themselves are declared in `tables.ts`).
 * Every host builds its sheets from these declarations; no host lists a column of its own.
 */
import type { Cell } from '../cell';
import type { L10n } from '../i18n';

export type TableId =
  | 'customers'
  | 'team'
  | 'opportunities'
  | 'assessments'
  | 'benchmarks'
  | 'forecasts'
  | 'projects'
  | 'quotas'
  | 'activities'
  | 'complaints'
  | 'settings'
  | 'audit'
  | 'contacts'
  | 'accountPlans'
  | 'actions'
  | 'opportunityTeam'
  | 'objections'
  | 'territories'
  | 'bonus_plans'
  | 'reviews'
  | 'history'
  | 'snapshots';

/**
 * How a column is typed: drives validation in commands, number/date formats and drop-downs in hosts.
 * `list` columns take their values from `list` (a ListId); `person` columns from the Team table;
 * `customer` / `opportunity` columns hold an ID of those tables.
 */
export type ColumnType =
  | 'id'
  | 'text'
  | 'longtext'
  | 'email'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'yesno'
  | 'stage'
  | 'list'
  | 'person'
  | 'customer'
  | 'opportunity';

export interface ColumnSpec {
  key: string;
  header: L10n;
  type: ColumnType;
  required?: boolean;
  /** For `list` columns. */
  list?: string;
  /** Suggested width in pixels. */
  width?: number;
  /** A `number` column of whole numbers (formatted without decimals). */
  integer?: boolean;
  /** A column whose values are of several types (numbers, dates, text): left in the automatic format, not plain text. */
  mixed?: boolean;
}

export interface TableSpec {
  id: TableId;
  /** The name hosts find the table by: a named range in Sheets, the table name in Excel. `KA_…` */
  name: string;
  /** Default sheet title (users may rename or move the sheet). */
  sheet: L10n;
  columns: ColumnSpec[];
}

/**
 * A row of the Settings table as set-up writes it (key, default, meaning). A `{ref:settings.KEY}` in a
 * dashboard formula is the value cell of the row whose key is KEY. Each area's schema file declares its own.
 */
export interface SettingSpec {
  key: string;
  /** Default value; `''` when set-up cannot know it (the forecast period needs today's date); a text in each language. */
  value: string | number | L10n;
  /** For a setting read from a list. */
  list?: string;
  type: 'number' | 'percent' | 'date' | 'list' | 'text';
  description: L10n;
}

/** A drop-down list: stored values are the labels of the workbook's language; codes and every language's label are read back. */
export interface ListSpec {
  id: string;
  /** `aliases`: other spellings read back as the item (e.g. the tier labels CUSTOMER_TIER writes). */
  items: { code: string; label: L10n; aliases?: string[] }[];
}

/** A table as read by a host: its header row and data rows (blank trailing rows dropped), columns located by header. */
export interface TableData {
  spec: TableSpec;
  /** Data rows in sheet column order (no header). */
  rows: Cell[][];
  /** Column key → 0-based index within a row; -1 when the sheet lacks the column. */
  col: Record<string, number>;
  /** Width of a row as laid out in the sheet. */
  width: number;
}

/** The tables a command was given (only those it declared it reads). */
export type Workbook = Partial<Record<TableId, TableData>>;
