/**
 * Form commands: input + tables in → what to write, or field-level reasons out. Pure: the host
 * supplies the acting person, the time and the language; it reads the tables the command
 * declares, calls `run`, and performs every write (all of them, or none when rejected).
 */
import type { Cell } from '../cell';
import type { L10n, Lang } from '../i18n';
import type { TableId, Workbook } from '../schema/types';

export type CommandName =
  | 'newCustomer'
  | 'updateCustomer'
  | 'newOpportunity'
  | 'assessOpportunity'
  | 'submitForecast'
  | 'reviseForecast'
  | 'changeOwner'
  | 'newProject'
  | 'logActivity'
  | 'logComplaint'
  | 'importCustomers'
  | 'importOpportunities'
  | 'saveContact'
  | 'editAccountPlan'
  | 'addAction'
  | 'closeAction'
  | 'addTeamMember'
  | 'removeTeamMember'
  | 'advanceProspect'
  | 'reassignTerritory'
  | 'requestReview'
  | 'decideReview'
  | 'updateOpportunity'
  | 'takeSnapshot';

export interface CommandCtx {
  /** The acting person as the host knows them (Sheets: the user's e-mail; Excel: a Team person chosen once). */
  actor: string;
  /**
   * Now, as an ISO timestamp handed in by the host (core reads no clock), preferably in the user's
   * local time with its offset (`2026-05-17T09:30:00+08:00`): dates and times are written as its
   * local part (`2026-05-17`, `2026-05-17 09:30:00`), so a UTC `…Z` stamp writes the UTC date.
   */
  now: string;
  lang: Lang;
  /**
   * The command being run, set by `runCommand` (hosts leave it out): the audit row names its form and
   * reads its fields' labels and types.
   */
  command?: CommandSpec;
}

/**
 * A write, in the table's own column layout (as `TableData.col` located it).
 * `append`: rows added after the last data row. `update`: data row `row` (0-based) replaced whole.
 * Text that looks like a formula is already made safe (see `safeCellText`).
 */
export type Write =
  | { kind: 'append'; table: TableId; rows: Cell[][] }
  | {
      kind: 'update';
      table: TableId;
      row: number;
      values: Cell[];
      /**
       * 0-based columns (within `values`) the command changed. A host may write only these cells, which
       * leaves the user's own cells — and any formulas in them — untouched; `values` holds the rest as read.
       */
      changed?: number[];
    };

export interface FieldError {
  /** The input field the reason belongs to (`''` for the form as a whole). */
  field: string;
  message: L10n;
}

export type CommandResult =
  | { ok: true; writes: Write[]; message: L10n; id?: string }
  | { ok: false; errors: FieldError[]; /** e.g. likely duplicates the user may confirm */ warnings?: unknown };

/** A field of a command's form; the shared UI renders forms from these. */
export interface FieldSpec {
  key: string;
  label: L10n;
  type:
    | 'text'
    | 'longtext'
    | 'email'
    | 'number'
    | 'money'
    | 'percent'
    | 'date'
    | 'yesno'
    | 'stage'
    | 'list'
    | 'person'
    | 'customer'
    | 'opportunity'
    /** the 20 yes/no answers of the assessment, as an array of 20 booleans */
    | 'answers'
    /** a list of opportunity ids (the forecast confirmation) */
    | 'opportunities'
    /** a list read from a sheet, a range or a file: its values, header row first (the import) */
    | 'source'
    /** per column of that list, the column key it fills ('' = not imported) */
    | 'mapping';
  required?: boolean;
  /**
   * Required while the field named here is blank: a complaint's customer and text are required for a
   * new complaint (blank ID), not for an update, which starts from the register. The form marks it so.
   */
  requiredUnless?: string;
  /** For `list` fields: a ListSpec id. */
  list?: string;
  help?: L10n;
  /**
   * Whom or what a picker offers, where a rule limits it (`formData` builds the choices, each with the
   * figure that matters; the command checks the rule again): `reports` — the people below the acting
   * person (a forecast revision), with their submitted forecast; `team` — the acting person and everyone
   * below, with their open pipeline (an owner change); `teamOpportunities` — the opportunities owned by
   * someone below the acting person, with their owner; `pendingReviews` — the order reviews waiting for
   * the acting person's sign-off or approval (`stepsFor` in decide-review.ts), with what each waits for.
   */
  choices?: ChoiceRule;
  /**
   * The most characters the field takes, where its column holds less than its type's limit
   * (`TEXT_LIMITS` in text-limits.ts: text 200, longtext 5,000 …). Checked for every command by `runCommand`.
   */
  maxLength?: number;
}

export type ChoiceRule = 'reports' | 'team' | 'teamOpportunities' | 'pendingReviews';

/** One entry of a picker limited by a rule: the value sent, its label, and the figure concerned. */
export interface Choice {
  value: string;
  label: string;
  detail: string;
}

/**
 * A form that works on an existing record (an update form): the field naming it, and where its current
 * values are — the row of `table` whose `by` column (default `id`) equals the field's value; `latest`
 * takes the last such row (an assessment starts from the opportunity's latest one), `only` keeps rows
 * whose columns equal the given texts (`{competitor: ''}`: our own assessments). Fields with a column of
 * the same key start from its value (`recordValues` in form-data.ts); `skip` lists fields that start blank.
 */
export interface RecordSource {
  field: string;
  table: TableId;
  by?: string;
  latest?: boolean;
  only?: Record<string, string>;
  skip?: string[];
}

/** The area a command belongs to: the menu's submenus, the ribbon's menus and the form picker's sections (`groups.ts`). */
export type CommandGroup = 'customers' | 'opportunities' | 'forecast' | 'accounts' | 'team' | 'activities';

export interface CommandSpec {
  name: CommandName;
  title: L10n;
  group: CommandGroup;
  /** One sentence saying what the command does (ribbon tooltip, menu help; at most 250 characters). */
  tip: L10n;
  /** A shorter label where the title is long (the ribbon). */
  short?: L10n;
  /**
   * A command without a form (e.g. "Take funnel snapshot"): the menu item or ribbon button runs it at
   * once with `{}` as input and shows its message. `fields` is empty.
   */
  immediate?: boolean;
  fields: FieldSpec[];
  /** An update form: the record its fields start from (see RecordSource). */
  record?: RecordSource;
  /** Headers of audit keys that are neither a column nor a field (an import's summary: rows, first ID …). */
  auditLabels?: Readonly<Record<string, L10n>>;
  /** The tables the host must read before running the command (the audit table is always written). */
  reads: TableId[];
  /**
   * Tables the command appends to without reading their rows (beside the audit log, which every
   * command appends to): a host reads their header only, so the rows are laid out in the sheet's columns.
   */
  appends?: TableId[];
  run(wb: Workbook, input: Record<string, unknown>, ctx: CommandCtx): CommandResult;
}

/** What the forms need to fill their drop-downs and checks, built by core from the tables (`formData`). */
export interface FormData {
  lang: Lang;
  /** The acting person's Team name, when the actor is known to the Team table. */
  actor: string | null;
  people: { name: string; email: string; manager: string; role: string; region: string }[];
  customers: {
    id: string;
    name: string;
    manager: string;
    tier: string;
    /** Its financial ratios as one line in the form's language (CUSTOMER_FINANCE's), absent when no figures are recorded. */
    finance?: string;
  }[];
  opportunities: {
    id: string;
    name: string;
    customerId: string;
    customer: string;
    owner: string;
    /** 1–8, 0 = lost, null = blank. */
    stage: number | null;
    amount: number | null;
    /** Expected close date `YYYY-MM-DD` or ''. */
    close: string;
    /** Confirmed for forecast (`null` when blank). */
    confirmed?: boolean | null;
    /** The next step and its date (`YYYY-MM-DD` or ''). */
    nextStep?: string;
    nextStepDate?: string;
    /** The lost reason's list code ('' when none). */
    lostReason?: string;
  }[];
  /** Drop-down items by list id, labelled in `lang`. */
  lists: Record<string, { code: string; label: string }[]>;
  stages: { stage: number; label: string; probability: number }[];
  /** The opportunity-assessment threshold (Settings). */
  threshold: number;
  /** The current forecast period (Settings), `YYYY-MM-DD`. */
  period: { from: string; to: string };
  /**
   * The pickers limited by a rule (`FieldSpec.choices`), by `command.field`: only what the acting person
   * may choose, each with the figure concerned (empty when they may choose nobody, or are unknown).
   */
  choices: Record<string, Choice[]>;
}

/** Read-only views a form may ask for (e.g. a superior's forecast roll-up). */
export type ViewName = 'forecast' | 'importPlan' | 'record' | 'contact' | 'followUps' | 'prospect' | 'objections';
