/**
 * The tables of the key-account workbook, declared once for every host (see `types.ts`). Each area
 * declares its tables, lists and settings in its own file; this one lists them in set-up order:
 *
 * | file | tables |
 * |---|---|
 * | `customers.ts` | Customers |
 * | `management.ts` | Team, Quotas |
 * | `funnel.ts` | Opportunities, Assessments, Funnel benchmarks |
 * | `forecast.ts` | Forecast submissions |
 * | `accounts.ts` | Key-account projects; Contacts, Account plans, Actions, Opportunity team, Objections (after Audit, set-up order of issue 13) |
 * | `activities.ts` | Activities, Complaints |
 * | `system.ts` | Settings, Audit log |
 * | `team.ts` | Territories, Bonus plans, Order reviews |
 * | `history.ts` | Opportunity history, Funnel snapshots |
 */
import { ACTIVITIES, COMPLAINTS, ACTIVITIES_SETTINGS } from './activities';
import { PROJECTS, ACCOUNTS_SETTINGS, CONTACTS, ACCOUNT_PLANS, ACTIONS, OPPORTUNITY_TEAM, OBJECTIONS } from './accounts';
import { CUSTOMERS, CUSTOMERS_SETTINGS } from './customers';
import { FORECASTS, FORECAST_SETTINGS } from './forecast';
import { ASSESSMENTS, BENCHMARKS, OPPORTUNITIES, FUNNEL_SETTINGS } from './funnel';
import { QUOTAS, TEAM, MANAGEMENT_SETTINGS } from './management';
import { AUDIT, SETTINGS, SYSTEM_SETTINGS } from './system';
import { BONUS_PLANS, REVIEWS, TERRITORIES, TEAM_SETTINGS } from './team';
import { FUNNEL_SNAPSHOTS, HISTORY_SETTINGS, STAGE_HISTORY } from './history';
import { t, type Lang } from '../i18n';
import type { ColumnSpec, SettingSpec, TableId, TableSpec } from './types';

export type { SettingSpec } from './types';
export { ACTIVITIES, ASSESSMENTS, AUDIT, BENCHMARKS, COMPLAINTS, CUSTOMERS, FORECASTS, OPPORTUNITIES, PROJECTS, QUOTAS, SETTINGS, TEAM, TERRITORIES, BONUS_PLANS, REVIEWS };
export { CONTACTS, ACCOUNT_PLANS, ACTIONS, OPPORTUNITY_TEAM, OBJECTIONS };
export { FUNNEL_SNAPSHOTS, STAGE_HISTORY };

/** Every table, in the order set-up creates their sheets. */
export const TABLES: readonly TableSpec[] = [
  CUSTOMERS,
  TEAM,
  OPPORTUNITIES,
  ASSESSMENTS,
  BENCHMARKS,
  FORECASTS,
  PROJECTS,
  QUOTAS,
  ACTIVITIES,
  COMPLAINTS,
  SETTINGS,
  AUDIT,
  CONTACTS,
  ACCOUNT_PLANS,
  ACTIONS,
  OPPORTUNITY_TEAM,
  OBJECTIONS,
  TERRITORIES,
  BONUS_PLANS,
  REVIEWS,
  STAGE_HISTORY,
  FUNNEL_SNAPSHOTS,
];

const BY_ID = new Map(TABLES.map((s) => [s.id, s]));

export function tableSpec(id: TableId): TableSpec {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`unknown table ${id}`);
  return s;
}

/** The column `key` of `spec`; throws for an unknown key (a programming error). */
export function columnSpec(spec: TableSpec, key: string): ColumnSpec {
  const col = spec.columns.find((x) => x.key === key);
  if (!col) throw new Error(`table ${spec.id} has no column ${key}`);
  return col;
}

/** Every Settings row set-up writes, area by area (the workbook's language first). */
export const SETTING_ROWS: readonly SettingSpec[] = [
  ...SYSTEM_SETTINGS,
  ...FORECAST_SETTINGS,
  ...FUNNEL_SETTINGS,
  ...CUSTOMERS_SETTINGS,
  ...MANAGEMENT_SETTINGS,
  ...ACCOUNTS_SETTINGS,
  ...ACTIVITIES_SETTINGS,
  ...TEAM_SETTINGS,
  ...HISTORY_SETTINGS,
];

/** A setting's default as set-up writes it in `lang` (a text in each language gives that language's). */
export function settingDefault(s: SettingSpec, lang: Lang = 'en'): string | number {
  return typeof s.value === 'object' ? t(s.value, lang) : s.value;
}

/** 0-based data row of a setting in the Settings table as set-up writes it; -1 when unknown. */
export function settingRow(key: string): number {
  return SETTING_ROWS.findIndex((s) => s.key === key);
}
