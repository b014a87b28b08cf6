/**
 * The Dashboard sheet as host-neutral data. Each area declares its sections, key figures and charts
 * in its own file beside this one (one declaration per section: see `types.ts`); this file gathers
 * them — append a line for a new area — and `layout.ts` places them. Hosts render the layout
 * (`apps-script/dashboard.ts`, `excel-addin/dashboard.ts`, `preview/dashboard.ts`) and never list a
 * section themselves. Formulas are templates (`template.ts`); each host resolves their placeholders.
 */
import { normText } from '../../cell';
import type { Lang } from '../../i18n';
import type { TableData, TableId, Workbook } from '../types';
import { ACCOUNTS_DASHBOARD } from './accounts';
import { ACTIVITIES_DASHBOARD } from './activities';
import { CUSTOMERS_DASHBOARD } from './customers';
import { FORECAST_DASHBOARD } from './forecast';
import { FUNNEL_DASHBOARD } from './funnel';
import { HISTORY_DASHBOARD } from './history';
import { layoutDashboard, outgrown, type DashboardLayout, type TableCounts } from './layout';
import { MANAGEMENT_DASHBOARD } from './management';
import { placeholders } from './template';
import { TEAM_DASHBOARD } from './team';
import type { DashboardArea } from './types';

export * from './types';
export * from './template';
export * from './layout';

/** Every area's Dashboard declarations (the order here does not matter: each item has its `order`). */
export const DASHBOARD_AREAS: readonly DashboardArea[] = [
  FORECAST_DASHBOARD,
  MANAGEMENT_DASHBOARD,
  FUNNEL_DASHBOARD,
  CUSTOMERS_DASHBOARD,
  ACTIVITIES_DASHBOARD,
  ACCOUNTS_DASHBOARD,
  TEAM_DASHBOARD,
  HISTORY_DASHBOARD,
];

/**
 * The Dashboard for the workbook's language, its tables' sizes (`dashboardCounts`) and the Settings
 * values the host read (`dashboardSettings`: currency, forecast-category rule).
 */
export function dashboardLayout(lang: Lang, counts: TableCounts = {}, settings: Readonly<Record<string, string>> = {}): DashboardLayout {
  return layoutDashboard(DASHBOARD_AREAS, lang, counts, settings);
}

/** The Settings the Dashboard's layout reads. */
export const DASHBOARD_SETTINGS = ['currency', 'forecast_category_rule'] as const;

/** The Settings values the layout reads, from the Settings table as read. */
export function dashboardSettings(settings: TableData | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!settings) return out;
  const k = settings.col.key;
  const v = settings.col.value;
  if (k < 0 || v < 0) return out;
  for (const row of settings.rows) {
    const key = String(row[k] ?? '').trim();
    if ((DASHBOARD_SETTINGS as readonly string[]).includes(key)) out[key] = String(row[v] ?? '').trim();
  }
  return out;
}

/**
 * What the layout sizes its sections by, from the tables a host read: the data rows of each table,
 * and `leaders` — how many people the forecast chart shows: the direct reports of the people at the
 * top of the Team, or those at the top when nobody reports to them.
 */
export function dashboardCounts(tables: Workbook): TableCounts {
  const out: TableCounts = {};
  for (const [id, t] of Object.entries(tables)) if (t) out[id as TableId] = t.rows.length;
  const team = tables.team;
  if (team && team.col.person >= 0) {
    const p = team.col.person;
    const m = team.col.manager;
    const people = team.rows.map((r) => ({ person: normText(r[p]), manager: m >= 0 ? normText(r[m]) : '' })).filter((x) => x.person !== '');
    const tops = new Set(people.filter((x) => x.manager === '').map((x) => x.person));
    const below = people.filter((x) => x.manager !== '' && tops.has(x.manager)).length;
    out.leaders = below || tops.size;
  }
  return out;
}

/**
 * The table columns the Dashboard's formulas read, per table: single columns and blocks of adjacent
 * columns (what a host names: Sheets' named ranges).
 */
export function dashboardColumns(): Map<string, { columns: Set<string>; blocks: [string, string][] }> {
  const need = new Map<string, { columns: Set<string>; blocks: [string, string][] }>();
  const get = (id: string) => {
    let n = need.get(id);
    if (!n) need.set(id, (n = { columns: new Set(), blocks: [] }));
    return n;
  };
  for (const c of dashboardLayout('en').cells) {
    if (c.formula === undefined) continue;
    for (const p of placeholders(c.formula)) {
      if (p.kind === 'ref' || p.kind === 'range') {
        if (p.kind === 'ref' && p.last) {
          const b = get(p.table).blocks;
          if (!b.some(([x, y]) => x === p.column && y === p.last)) b.push([p.column, p.last]);
        } else get(p.table).columns.add(p.column);
      } else if (p.kind === 'setting') {
        get('settings').columns.add('key');
        get('settings').columns.add('value');
      }
    }
  }
  return need;
}

/** Whether tables now holding `counts` rows outgrow the Dashboard laid out with `stamp` (the stamp cell's value). */
export function dashboardOutgrown(stamp: unknown, counts: TableCounts): boolean {
  return outgrown(DASHBOARD_AREAS, stamp, counts);
}

/** The tables (and counts) that size the Dashboard's sections: a save appending to another cannot outgrow it. */
export const DASHBOARD_SIZED_BY: ReadonlySet<string> = new Set(
  DASHBOARD_AREAS.flatMap((a) => (a.sections ?? []).map((s) => ('per' in s.extent ? s.extent.per : 'count' in s.extent ? s.extent.count : ''))).filter(Boolean),
);
