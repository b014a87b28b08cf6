/**
 * A tiny in-memory workbook for tests (any engineer's): tables from records by column key, laid out
 * with headers in a chosen language, and `applyWrites` to perform a command's writes the way a host
 * does (append after the last row, replace an updated row). Not shipped in any bundle.
 */
import type { Cell } from '../cell';
import { t as tr, type Lang } from '../i18n';
import { tableFromGrid } from '../schema/read';
import { SETTING_ROWS, settingDefault, TABLES, tableSpec } from '../schema/tables';
import type { TableData, TableId, Workbook } from '../schema/types';
import type { CommandCtx, Write } from './types';

export type Records = Partial<Record<TableId, Record<string, Cell>[]>>;

/** A grid (header row + data rows) for `id` from records, headers in `lang`. */
export function gridOf(id: TableId, records: Record<string, Cell>[], lang: Lang = 'en'): Cell[][] {
  const spec = tableSpec(id);
  const header = spec.columns.map((c) => tr(c.header, lang));
  return [header, ...records.map((r) => spec.columns.map((c) => r[c.key] ?? ''))];
}

/**
 * Every table of the schema, filled from `records` (tables not given are empty; Settings get the
 * defaults of `SETTING_ROWS` unless given).
 */
export function testWorkbook(records: Records = {}, lang: Lang = 'en'): Workbook {
  const wb: Workbook = {};
  for (const spec of TABLES) {
    let rs = records[spec.id] ?? [];
    if (spec.id === 'settings' && !records.settings) rs = SETTING_ROWS.map((s) => ({ key: s.key, value: settingDefault(s, lang) }));
    wb[spec.id] = tableFromGrid(spec, gridOf(spec.id, rs, lang));
  }
  return wb;
}

/** Settings rows from a plain object, on top of the defaults. */
export function settingsRows(values: Record<string, Cell>): Record<string, Cell>[] {
  const rows = SETTING_ROWS.map((s) => ({ key: s.key as Cell, value: (s.key in values ? values[s.key] : settingDefault(s)) as Cell }));
  for (const k of Object.keys(values)) if (!SETTING_ROWS.some((s) => s.key === k)) rows.push({ key: k, value: values[k] });
  return rows;
}

/**
 * The workbook after `writes`, as a host leaves it and reads it back: a cell written as `'text`
 * reads back as `text` (the apostrophe only tells the spreadsheet "this is text").
 */
export function applyWrites(wb: Workbook, writes: readonly Write[]): Workbook {
  const out: Workbook = { ...wb };
  const readBack = (v: Cell): Cell => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
  for (const w of writes) {
    const t: TableData = out[w.table] ?? tableFromGrid(tableSpec(w.table), []);
    const rows = t.rows.map((r) => r.slice());
    if (w.kind === 'append') for (const r of w.rows) rows.push(r.map(readBack));
    else rows[w.row] = w.values.map(readBack);
    out[w.table] = { ...t, rows };
  }
  return out;
}

/** A context for tests: the actor, a fixed time, English unless told. */
export function ctxOf(actor: string, lang: Lang = 'en', now = '2026-05-17T09:30:00.000Z'): CommandCtx {
  return { actor, now, lang };
}

/**
 * A small sales organisation: director Wang → regional managers Li (North) and Zhao (South) →
 * account managers Chen, Liu (North) and Sun (South); two customers, three opportunities.
 */
export function demoRecords(): Records {
  return {
    team: [
      { person: 'Wang', manager: '', email: 'wang@example.com', role: 'Sales director', region: '' },
      { person: 'Li', manager: 'Wang', email: 'li@example.com', role: 'Regional manager', region: 'North' },
      { person: 'Zhao', manager: 'Wang', email: 'zhao@example.com', role: 'Regional manager', region: 'South' },
      { person: 'Chen', manager: 'Li', email: 'chen@example.com', role: 'Account manager', region: 'North' },
      { person: 'Liu', manager: 'Li', email: 'liu@example.com', role: 'Account manager', region: 'North' },
      { person: 'Sun', manager: 'Zhao', email: 'sun@example.com', role: 'Account manager', region: 'South' },
    ],
    customers: [
      { id: 'C00001', name: '中国电信股份有限公司', account_manager: 'Chen', tier: 'VIP', region: 'North' },
      { id: 'C00002', name: 'Acme Trading (Shanghai) Co., Ltd.', account_manager: 'Sun', tier: 'Standard', region: 'South' },
    ],
    opportunities: [
      { id: 'O00001', name: 'Core network upgrade', customer_id: 'C00001', customer: '中国电信股份有限公司', owner: 'Chen', amount: 1000000, stage: '05 Shortlisted or bidding', close: '2026-06-15', sales_method: 'Bid', confirmed: '' },
      { id: 'O00002', name: 'Branch routers', customer_id: 'C00001', customer: '中国电信股份有限公司', owner: 'Chen', amount: 200000, stage: '03 Map the customer organisation', close: '2026-09-30', sales_method: 'Batch order', confirmed: '' },
      { id: 'O00003', name: 'Warehouse scanners', customer_id: 'C00002', customer: 'Acme Trading (Shanghai) Co., Ltd.', owner: 'Sun', amount: 50000, stage: '07 Commercial negotiation', close: '2026-05-31', sales_method: 'Distribution', confirmed: 'Yes' },
    ],
    settings: settingsRows({ period_from: '2026-04-01', period_to: '2026-06-30' }),
    // Issue 13: an open action of Chen's, overdue on the fixtures' day (2026-05-17), and the team of O00002.
    actions: [{ id: 'AC00001', ref: 'O00001', action: 'Send the revised proposal', owner: 'Chen', due: '2026-05-10', status: 'Open', impact: '', done_on: '' }],
    opportunityTeam: [
      { opportunity: 'O00002', member: 'Chen', role: 'Primary owner', split: '' },
      { opportunity: 'O00002', member: 'Liu', role: 'Pre-sales', split: '' },
    ],
  };
}
