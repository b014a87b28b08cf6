/**
 * Import customers / Import opportunities (issue 12, item 1): adopt a list a manager already keeps in a
 * sheet, a range or a file. The host hands in the source's values as read (header row first; the source
 * itself is never written); core maps its headers to the register's columns (import-mapping.ts, the user
 * may change the mapping), reads every row as the New-customer / New-opportunity form would, checks
 * uniqueness against the register and within the list, and appends every new row with its ID and — for
 * customers — its account manager (chosen, or assigned by the Settings rule as New customer assigns,
 * counting the rows this import assigns), in one append plus one audit row.
 *
 * Input: `values` (Cell[][], header row first), `mapping` (per source column a column key or '' — absent:
 * automatic), `include` (source row numbers of listed duplicates to import as different companies /
 * opportunities, the user's confirmation), `skipInvalid` (import the good rows and leave the rows with
 * errors; otherwise any row with an error refuses the import), `source` (its name, for the audit log),
 * `firstRow` (the source row number of `values[0]`, default 1).
 *
 * The plan (`importPlan`) is also the `importPlan` view: what the form shows before the user imports.
 */
import { normText, toText, type Cell } from '../cell';
import { fill, type L10n } from '../i18n';
import { buildCustomerIndex, type MatchKind } from '../model/customer-match';
import { checkListNames, opportunityKey, readStage, sourceRows } from '../model/import';
import { cleanMapping, HEADER_SYNONYMS, mapHeaders, type MappableColumn } from '../model/import-mapping';
import { listLabel } from '../schema/lists';
import { tableSpec } from '../schema/tables';
import type { TableData, Workbook } from '../schema/types';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { assignAccountManager, customerLoad, duplicateThreshold, newCustomer, readCustomerDetails } from './new-customer';
import { newOpportunity } from './new-opportunity';
import { appendWrite, field, reject } from './result';
import { lengthErrors } from './text-limits';
import type { CommandCtx, CommandResult, CommandSpec, FieldError, FieldSpec } from './types';
import { findPerson, findRow, nextId, stageText, table, textOf, today, type Person } from './workbook';

export type ImportTarget = 'customers' | 'opportunities';

/** The most data rows one import takes (a Sheets execution writes 20,000 rows well within its 6 minutes). */
export const MAX_IMPORT_ROWS = 20000;

/** The columns a list may fill, per target: every schema column but the ID (new IDs are given) and what the import sets itself. */
const NOT_IMPORTED: Record<ImportTarget, readonly string[]> = { customers: ['id'], opportunities: ['id', 'confirmed'] };

export function importColumns(target: ImportTarget): (MappableColumn & { required: boolean })[] {
  const required: Record<ImportTarget, readonly string[]> = { customers: ['name'], opportunities: ['name', 'stage', 'amount', 'close'] };
  return tableSpec(target)
    .columns.filter((c) => !NOT_IMPORTED[target].includes(c.key))
    .map((c) => ({ key: c.key, header: c.header, required: required[target].includes(c.key) }));
}

/** A listed row the uniqueness check holds back (or lets through as possible), with what it matches. */
export interface ImportDuplicate {
  /** Its row number in the source. */
  row: number;
  name: string;
  /** `same` / `branch`: held back unless included; `possible`: imported, listed for the user to judge. */
  kind: MatchKind;
  matches: {
    /** The existing record's ID ('' for an earlier listed row). */
    id: string;
    name: string;
    /** Its account manager (customers) or primary owner (opportunities). */
    manager: string;
    similarity: number;
    /** In the register: the 0-based data row; in the list: the source row number. */
    row: number;
    inList: boolean;
  }[];
  /** The user confirmed it is another company / opportunity: it is imported. */
  included: boolean;
}

export interface ImportProblem {
  /** Its row number in the source. */
  row: number;
  /** Each error with its column: the list's own header when a column is mapped to it, else the register's. */
  errors: { column: L10n; message: L10n }[];
}

/** What an import would do, before it does it. */
export interface ImportPlan {
  table: ImportTarget;
  headers: string[];
  /** Per source column, the column key it fills (null: not imported). */
  mapping: (string | null)[];
  /** The columns a source column may be mapped to, with their headers and whether a list must give them. */
  columns: { key: string; label: L10n; required: boolean }[];
  /** Required columns no source column fills (labels). */
  missing: L10n[];
  /** Data rows in the source. */
  total: number;
  /** The rows to append, in the table's fields (not sent by the view). */
  records: Record<string, unknown>[];
  /** New IDs: the first and last (empty when nothing is added). */
  first: string;
  last: string;
  /** Likely duplicates and branches (held back unless included) and possible matches (imported). */
  duplicates: ImportDuplicate[];
  invalid: ImportProblem[];
}

/** The messages of the import. */
export const IM = {
  noValues: {
    en: 'Nothing to import: pick a sheet, a range or a file whose first row holds the headers.',
    zh: '没有可导入的内容:请选择首行为标题的工作表、区域或文件。',
    zhHant: '沒有可匯入的內容:請選擇首列為標題的工作表、範圍或檔案。',
  },
  tooMany: {
    en: 'The list has {count} rows; one import takes at most {max}. Import it in parts.',
    zh: '列表有 {count} 行;一次最多导入 {max} 行。请分批导入。',
    zhHant: '清單有 {count} 列;一次最多匯入 {max} 列。請分批匯入。',
  },
  unmapped: {
    en: 'No column of the list is mapped to {columns}; map one (or add the column to the list).',
    zh: '列表中没有列对应 {columns};请指定对应列(或在列表中添加该列)。',
    zhHant: '清單中沒有欄對應 {columns};請指定對應欄(或在清單中新增該欄)。',
  },
  noCustomerColumn: {
    en: 'No column of the list gives the customer; map its Customer ID or Customer name.',
    zh: '列表中没有客户列;请指定客户编号或客户名称对应的列。',
    zhHant: '清單中沒有客戶欄;請指定客戶編號或客戶名稱對應的欄。',
  },
  invalidRows: {
    en: 'Rows with errors: {count}, so nothing was imported. Correct them in the list, or tick "Skip rows with errors". {rows}',
    zh: '{count} 行有错误,未导入任何内容。请在列表中更正,或勾选“跳过有错误的行”。{rows}',
    zhHant: '{count} 列有錯誤,未匯入任何內容。請在清單中更正,或勾選「略過有錯誤的列」。{rows}',
  },
  rowError: { en: 'Row {row}, {column}: {message}', zh: '第 {row} 行,{column}:{message}', zhHant: '第 {row} 列,{column}:{message}' },
  more: { en: '… and {count} more.', zh: '……另有 {count} 处。', zhHant: '……另有 {count} 處。' },
  nothingNew: {
    en: 'Nothing new to import: every row of the list is already in the register or has errors. Tick a listed duplicate to import it as a different one.',
    zh: '没有新内容可导入:列表中每一行都已在登记表中或有错误。如某条重复项确为不同记录,请勾选后导入。',
    zhHant: '沒有新內容可匯入:清單中每一列都已在登記表中或有錯誤。如某條重複項確為不同記錄,請勾選後匯入。',
  },
  unknownCustomerName: {
    en: 'No customer named {got} in the register; expects an existing customer\u2019s name or ID (import the customers first).',
    zh: '客户登记表中没有名为 {got} 的客户;应为已有客户的名称或编号(请先导入客户)。',
    zhHant: '客戶登記表中沒有名為 {got} 的客戶;應為已有客戶的名稱或編號(請先匯入客戶)。',
  },
  ambiguousCustomer: {
    en: '{got} names several customers ({ids}); give the customer ID instead.',
    zh: '{got} 对应多个客户({ids});请改填客户编号。',
    zhHant: '{got} 對應多個客戶({ids});請改填客戶編號。',
  },
  noOwner: {
    en: 'No primary owner: the column is blank and the customer has no account manager in the Team sheet.',
    zh: '没有主要负责人:此列为空,且该客户在团队表中没有客户经理。',
    zhHant: '沒有主要負責人:此欄為空,且該客戶在團隊表中沒有客戶經理。',
  },
  importedCustomers: {
    en: 'Imported {count} customers ({ids}) from {source}.',
    zh: '已从 {source} 导入 {count} 位客户({ids})。',
    zhHant: '已從 {source} 匯入 {count} 位客戶({ids})。',
  },
  importedCustomer: { en: 'Imported 1 customer ({ids}) from {source}.', zh: '已从 {source} 导入 1 位客户({ids})。', zhHant: '已從 {source} 匯入 1 位客戶({ids})。' },
  importedOpportunities: {
    en: 'Imported {count} opportunities ({ids}) from {source}.',
    zh: '已从 {source} 导入 {count} 个商机({ids})。',
    zhHant: '已從 {source} 匯入 {count} 個商機({ids})。',
  },
  importedOpportunity: { en: 'Imported 1 opportunity ({ids}) from {source}.', zh: '已从 {source} 导入 1 个商机({ids})。', zhHant: '已從 {source} 匯入 1 個商機({ids})。' },
  skippedDuplicates: { en: ' Duplicates left out: {count}.', zh: '已略过 {count} 条重复项。', zhHant: '已略過 {count} 條重複項。' },
  skippedInvalid: { en: ' Rows with errors left out: {count}.', zh: '已略过 {count} 行有错误的行。', zhHant: '已略過 {count} 列有錯誤的列。' },
  possibleLeft: {
    en: ' Imported names that look like existing ones (possible matches): {count}; check them in the list shown.',
    zh: '有 {count} 个导入的名称与已有名称相似(可能匹配),请查看所列清单。',
    zhHant: '有 {count} 個匯入的名稱與既有名稱相似(可能匹配),請查看所列清單。',
  },
  theList: { en: 'the list', zh: '列表', zhHant: '清單' },
} satisfies Record<string, L10n>;

const isGrid = (v: unknown): v is Cell[][] => Array.isArray(v) && v.every((r) => Array.isArray(r));


/** `template` filled per language with values that are themselves L10n (column labels). */
function fillEach(template: L10n, values: Record<string, L10n | string | number>): L10n {
  const pick = (k: 'en' | 'zh' | 'zhHant') =>
    Object.fromEntries(Object.entries(values).map(([n, v]) => [n, typeof v === 'object' ? (k === 'zhHant' ? v.zhHant ?? v.zh : v[k]) : v])) as Record<string, string | number>;
  return { en: fill(template, pick('en')).en, zh: fill(template, pick('zh')).zh, zhHant: fill(template, pick('zhHant')).zhHant };
}

const joinLabels = (ls: readonly L10n[]): L10n => ({ en: ls.map((l) => l.en).join(', '), zh: ls.map((l) => l.zh).join('、'), zhHant: ls.map((l) => l.zhHant ?? l.zh).join('、') });

/** The number after the prefix of the ID `nextId` gives, to count on from it. */
function idSequence(t: TableData, prefix: string): (i: number) => string {
  const first = nextId(t, 'id', prefix);
  const n = Number(first.slice(prefix.length));
  return (i) => prefix + String(n + i).padStart(5, '0');
}

/** The import's input read as far as every row needs it; field errors when it cannot be planned at all. */
function readSource(target: ImportTarget, input: Record<string, unknown>): { errors: FieldError[] } | { src: ReturnType<typeof sourceRows>; mapping: (string | null)[] } {
  const values = input.values;
  if (!isGrid(values) || values.length === 0) return { errors: [{ field: 'values', message: IM.noValues }] };
  const firstRow = typeof input.firstRow === 'number' && Number.isInteger(input.firstRow) && input.firstRow > 0 ? input.firstRow : 1;
  const src = sourceRows(values, firstRow);
  if (src.headers.length === 0 || src.rows.length === 0) return { errors: [{ field: 'values', message: IM.noValues }] };
  if (src.rows.length > MAX_IMPORT_ROWS) return { errors: [{ field: 'values', message: fill(IM.tooMany, { count: src.rows.length.toLocaleString('en-US'), max: MAX_IMPORT_ROWS.toLocaleString('en-US') }) }] };
  const columns = importColumns(target);
  const mapping = Array.isArray(input.mapping) ? cleanMapping(columns, src.headers.length, input.mapping) : mapHeaders(columns, src.headers, HEADER_SYNONYMS[target]);
  return { src, mapping };
}

/** The row as a form's input: column key → the cell the mapping puts there. */
function rowInput(row: readonly Cell[], mapping: readonly (string | null)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  mapping.forEach((k, j) => {
    if (k) out[k] = row[j];
  });
  return out;
}

/** Column key → how a message names it: the list's header for a mapped column, else the register's header. */
type Labels = ReadonlyMap<string, L10n>;

function problemOf(row: number, errors: readonly FieldError[], labels: Labels): ImportProblem {
  return { row, errors: errors.map((e) => ({ column: labels.get(e.field) ?? { en: e.field, zh: e.field }, message: e.message })) };
}

/**
 * What importing `input` into `target` would do: the mapping, the rows to append (with IDs and, for
 * customers, account managers), the duplicates found (with the record each matches) and the rows with
 * errors. Field errors when the input cannot be planned (no rows, too many, a required column unmapped).
 */
export function importPlan(target: ImportTarget, wb: Workbook, input: Record<string, unknown>, ctx: CommandCtx): ImportPlan | { errors: FieldError[] } {
  const read = readSource(target, input);
  if ('errors' in read) return read;
  const { src, mapping } = read;
  const columns = importColumns(target);
  const labels = new Map<string, L10n>(columns.map((c) => [c.key, c.header]));
  mapping.forEach((k, j) => {
    const h = toText(src.headers[j]);
    if (k && h !== '') labels.set(k, { en: h, zh: h, zhHant: h });
  });
  const mapped = new Set(mapping.filter((k): k is string => k !== null));
  const missing = columns.filter((c) => c.required && !mapped.has(c.key)).map((c) => c.header);
  const include = new Set(Array.isArray(input.include) ? input.include.map(Number).filter(Number.isInteger) : []);
  const base = {
    table: target,
    headers: src.headers.map((h) => toText(h)),
    mapping,
    columns: columns.map((c) => ({ key: c.key, label: c.header, required: c.required })),
    missing,
    total: src.rows.length,
  };
  const errors: FieldError[] = [];
  if (missing.length) errors.push({ field: 'mapping', message: fillEach(IM.unmapped, { columns: joinLabels(missing) }) });
  if (target === 'opportunities' && !mapped.has('customer_id') && !mapped.has('customer')) errors.push({ field: 'mapping', message: IM.noCustomerColumn });
  if (errors.length) return { errors };
  const rows = target === 'customers' ? planCustomers(wb, src, mapping, include, labels, ctx) : planOpportunities(wb, src, mapping, include, labels, ctx);
  return { ...base, ...rows };
}

type RowsPlan = Pick<ImportPlan, 'records' | 'first' | 'last' | 'duplicates' | 'invalid'>;

function planCustomers(wb: Workbook, src: ReturnType<typeof sourceRows>, mapping: (string | null)[], include: Set<number>, labels: Labels, ctx: CommandCtx): RowsPlan {
  const cust = table(wb, 'customers');
  const actor = findPerson(wb, ctx.actor);
  const load = customerLoad(wb);
  const nameCol = mapping.indexOf('name');
  const names = src.rows.map((r) => r[nameCol]);
  const register = cust.col.name >= 0 ? cust.rows.map((r) => r[cust.col.name]) : [];
  const matches = checkListNames(register, names, duplicateThreshold(wb));
  const id = idSequence(cust, 'C');
  const records: Record<string, unknown>[] = [];
  const duplicates: ImportDuplicate[] = [];
  const invalid: ImportProblem[] = [];
  // Which listed rows are imported (an earlier row left out does not make a later one a duplicate).
  const kept = new Set<number>();
  const created = today(ctx.now);
  for (let i = 0; i < src.rows.length; i++) {
    const at = src.at[i];
    const input = rowInput(src.rows[i], mapping);
    const c = new Check(input);
    const name = c.text('name', { required: true });
    let manager: Person | null = null;
    if (!c.blank('account_manager')) {
      manager = findPerson(wb, input.account_manager);
      if (!manager) c.fail('account_manager', M.unknownPerson, { got: String(input.account_manager) });
    }
    const details = readCustomerDetails(c, ctx.lang);
    const date = c.date('created', { fallback: created });
    const tooLong = lengthErrors(newCustomer.fields, input).filter((e) => !c.has(e.field));
    if (!c.ok || tooLong.length) {
      invalid.push(problemOf(at, [...c.errors, ...tooLong], labels));
      continue;
    }
    const found = matches[i].filter((m) => !m.inList || kept.has(m.row));
    const dup = duplicateOf(found, at, name!, include, (m) =>
      m.inList
        ? { id: '', name: m.name, manager: '', similarity: m.similarity, row: src.at[m.row], inList: true }
        : { id: textOf(cust, m.row, 'id'), name: textOf(cust, m.row, 'name'), manager: textOf(cust, m.row, 'account_manager'), similarity: m.similarity, row: m.row, inList: false },
    );
    if (dup) duplicates.push(dup);
    if (dup && dup.kind !== 'possible' && !dup.included) continue;
    if (!manager) {
      const region = typeof details.region === 'string' ? details.region : null;
      manager = assignAccountManager(wb, region, actor, load);
      if (!manager) {
        if (dup) duplicates.pop();
        invalid.push(problemOf(at, [{ field: 'account_manager', message: M.noAccountManager }], labels));
        continue;
      }
    }
    const k = normText(manager.name);
    load.set(k, (load.get(k) ?? 0) + 1);
    kept.add(i);
    records.push({
      id: id(records.length),
      name: name!,
      account_manager: manager.name,
      tier: listLabel('classification', 'Standard', ctx.lang),
      ...details,
      created: date ?? created,
    });
  }
  return { records, first: records.length ? String(records[0].id) : '', last: records.length ? String(records[records.length - 1].id) : '', duplicates, invalid };
}

/** The duplicate entry of a listed row from its matches (the strongest kind decides); null when it matches nothing. */
function duplicateOf<T extends { kind: MatchKind }>(found: readonly T[], row: number, name: string, include: Set<number>, show: (m: T) => ImportDuplicate['matches'][number]): ImportDuplicate | null {
  if (!found.length) return null;
  const kind: MatchKind = found.some((m) => m.kind === 'same') ? 'same' : found.some((m) => m.kind === 'branch') ? 'branch' : 'possible';
  return { row, name, kind, matches: found.map(show), included: kind !== 'possible' && include.has(row) };
}

function planOpportunities(wb: Workbook, src: ReturnType<typeof sourceRows>, mapping: (string | null)[], include: Set<number>, labels: Labels, ctx: CommandCtx): RowsPlan {
  const cust = table(wb, 'customers');
  const opps = table(wb, 'opportunities');
  const actor = findPerson(wb, ctx.actor);
  const register = cust.col.name >= 0 ? cust.rows.map((r) => r[cust.col.name]) : [];
  const index = buildCustomerIndex(register);
  const byName = new Map<string, number[]>();
  register.forEach((n, r) => {
    const k = normText(n);
    if (k !== '') byName.set(k, [...(byName.get(k) ?? []), r]);
  });
  // Opportunities already registered, by customer and name.
  const existing = new Map<string, number>();
  for (let r = 0; r < opps.rows.length; r++) {
    const k = opportunityKey(textOf(opps, r, 'customer_id'), textOf(opps, r, 'name'));
    if (!existing.has(k)) existing.set(k, r);
  }
  const listed = new Map<string, number>();
  const id = idSequence(opps, 'O');
  const records: Record<string, unknown>[] = [];
  const duplicates: ImportDuplicate[] = [];
  const invalid: ImportProblem[] = [];
  const created = today(ctx.now);
  const customerField = mapping.includes('customer_id') ? 'customer_id' : 'customer';
  for (let i = 0; i < src.rows.length; i++) {
    const at = src.at[i];
    const input = rowInput(src.rows[i], mapping);
    const c = new Check(input);
    // The customer by its ID, else by its name (the same company however written: equal keys).
    let crow = -1;
    const cid = c.text('customer_id');
    const cname = c.text('customer');
    if (cid !== null) {
      crow = findRow(cust, 'id', cid);
      if (crow < 0) c.fail('customer_id', M.unknownCustomer, { got: cid });
    } else if (cname !== null && findRow(cust, 'id', cname) >= 0) {
      crow = findRow(cust, 'id', cname); // a customer column may hold IDs
    } else if (cname !== null) {
      const exact = byName.get(normText(cname)) ?? [];
      const rows = exact.length ? exact : index.check(cname, { threshold: 0.95, limit: 5 }).filter((m) => m.kind === 'same' && m.similarity >= 0.95).map((m) => m.row);
      if (rows.length === 1) crow = rows[0];
      else if (rows.length > 1) c.fail('customer', IM.ambiguousCustomer, { got: cname, ids: rows.map((r) => textOf(cust, r, 'id')).join(', ') });
      else c.fail('customer', IM.unknownCustomerName, { got: cname });
    } else c.fail(customerField, M.required);
    const name = c.text('name', { required: true });
    let owner: Person | null = null;
    if (!c.blank('owner')) {
      owner = findPerson(wb, input.owner);
      if (!owner) c.fail('owner', M.unknownPerson, { got: String(input.owner) });
    }
    const stageIn = input.stage;
    const stage = readStage(stageIn === 0 ? 'lost' : stageIn);
    if (stage === null) c.fail('stage', M.required);
    else if (stage === undefined) c.fail('stage', M.notStage, { got: toText(stageIn) });
    const amount = c.number('amount', { required: true, min: 0 });
    const close = c.date('close', { required: true });
    const method = c.list('sales_method', 'salesMethod');
    const category = c.list('forecast_category', 'forecastCategory');
    const date = c.date('created', { fallback: created });
    const notes = c.text('notes');
    if (crow >= 0 && !owner && !c.has('owner')) {
      owner = findPerson(wb, textOf(cust, crow, 'account_manager')) ?? actor;
      if (!owner) c.fail('owner', IM.noOwner);
    }
    const tooLong = lengthErrors([...newOpportunity.fields, field('customer', 'text', '', '', '')], input).filter((e) => !c.has(e.field));
    if (!c.ok || tooLong.length) {
      invalid.push(problemOf(at, [...c.errors, ...tooLong], labels));
      continue;
    }
    const customerId = textOf(cust, crow, 'id');
    const key = opportunityKey(customerId, name);
    const found: { kind: MatchKind; r: number; inList: boolean }[] = [];
    if (existing.has(key)) found.push({ kind: 'same', r: existing.get(key)!, inList: false });
    if (listed.has(key)) found.push({ kind: 'same', r: listed.get(key)!, inList: true });
    const dup = duplicateOf(found, at, name!, include, (m) =>
      m.inList
        ? { id: '', name: name!, manager: '', similarity: 1, row: src.at[m.r], inList: true }
        : { id: textOf(opps, m.r, 'id'), name: textOf(opps, m.r, 'name'), manager: textOf(opps, m.r, 'owner'), similarity: 1, row: m.r, inList: false },
    );
    if (dup) duplicates.push(dup);
    if (dup && !dup.included) continue;
    if (!listed.has(key)) listed.set(key, i);
    records.push({
      id: id(records.length),
      name: name!,
      customer_id: customerId,
      customer: textOf(cust, crow, 'name'),
      owner: owner!.name,
      amount: amount!,
      stage: stageText(stage!, ctx.lang),
      close: close!,
      sales_method: method === null ? '' : listLabel('salesMethod', method, ctx.lang),
      confirmed: listLabel('yesno', 'no', ctx.lang),
      forecast_category: category === null ? '' : listLabel('forecastCategory', category, ctx.lang),
      created: date ?? created,
      notes: notes ?? '',
    });
  }
  return { records, first: records.length ? String(records[0].id) : '', last: records.length ? String(records[records.length - 1].id) : '', duplicates, invalid };
}

/** The first problems as lines of a message, in every language. */
function problemLines(invalid: readonly ImportProblem[], max = 10): L10n {
  const lines: L10n[] = [];
  for (const p of invalid) {
    for (const e of p.errors) {
      if (lines.length >= max) break;
      lines.push({
        en: fill(IM.rowError, { row: p.row, column: e.column.en, message: e.message.en }).en,
        zh: fill(IM.rowError, { row: p.row, column: e.column.zh, message: e.message.zh }).zh,
        zhHant: fill(IM.rowError, { row: p.row, column: e.column.zhHant ?? e.column.zh, message: e.message.zhHant ?? e.message.zh }).zhHant,
      });
    }
  }
  const count = invalid.reduce((n, p) => n + p.errors.length, 0);
  if (count > lines.length) lines.push(fill(IM.more, { count: count - lines.length }));
  return { en: lines.map((l) => l.en).join(' '), zh: lines.map((l) => l.zh).join(''), zhHant: lines.map((l) => l.zhHant ?? l.zh).join('') };
}

const concat = (...ls: L10n[]): L10n => ({ en: ls.map((l) => l.en).join(''), zh: ls.map((l) => l.zh).join(''), zhHant: ls.map((l) => l.zhHant ?? l.zh).join('') });

/** The plan as the form gets it (without the rows to append). */
export function planView(plan: ImportPlan): Omit<ImportPlan, 'records'> & { adds: number } {
  const { records, ...rest } = plan;
  return { ...rest, adds: records.length };
}

function runImport(target: ImportTarget, wb: Workbook, input: Record<string, unknown>, ctx: CommandCtx): CommandResult {
  const plan = importPlan(target, wb, input, ctx);
  if ('errors' in plan) return reject(plan.errors);
  const warnings = { plan: planView(plan) };
  if (plan.invalid.length && input.skipInvalid !== true) {
    const count = plan.invalid.length;
    return reject([{ field: 'values', message: concat(fill(IM.invalidRows, { count, rows: '' }), problemLines(plan.invalid)) }], warnings);
  }
  if (!plan.records.length) return reject([{ field: 'values', message: IM.nothingNew }], warnings);
  const t = table(wb, target);
  const source = typeof input.source === 'string' && input.source.trim() !== '' ? input.source.trim().slice(0, 200) : null;
  const held = plan.duplicates.filter((d) => d.kind !== 'possible' && !d.included).length;
  const possible = plan.duplicates.filter((d) => d.kind === 'possible').length;
  const command = target === 'customers' ? 'importCustomers' : 'importOpportunities';
  const after = { source: source ?? '', rows: plan.records.length, first: plan.first, last: plan.last, duplicates_left_out: held, duplicates_imported: plan.duplicates.filter((d) => d.included).length, rows_with_errors_left_out: plan.invalid.length };
  const one = plan.records.length === 1;
  const template = target === 'customers' ? (one ? IM.importedCustomer : IM.importedCustomers) : one ? IM.importedOpportunity : IM.importedOpportunities;
  const ids = one ? plan.first : `${plan.first}–${plan.last}`;
  const base = fill(template, { count: plan.records.length.toLocaleString('en-US'), ids, source: '{source}' });
  const named: L10n = source ? fill(base, { source }) : { en: fill(base, { source: IM.theList.en }).en, zh: fill(base, { source: IM.theList.zh }).zh, zhHant: fill(base, { source: IM.theList.zhHant }).zhHant };
  const parts: L10n[] = [named];
  if (held) parts.push(fill(IM.skippedDuplicates, { count: held }));
  if (plan.invalid.length) parts.push(fill(IM.skippedInvalid, { count: plan.invalid.length }));
  if (possible) parts.push(fill(IM.possibleLeft, { count: possible }));
  return {
    ok: true,
    id: plan.first,
    writes: [appendWrite(t, plan.records), auditWrite(wb, ctx, { command, table: target, rowId: ids, before: null, after })],
    message: concat(...parts),
  };
}

/** Headers of the import's audit summary (its `after`), in the workbook's language. */
const IMPORT_AUDIT_LABELS: Record<string, L10n> = {
  source: { en: 'Source', zh: '来源', zhHant: '來源' },
  rows: { en: 'Rows added', zh: '新增行数', zhHant: '新增列數' },
  first: { en: 'First ID', zh: '首个编号', zhHant: '首個編號' },
  last: { en: 'Last ID', zh: '末个编号', zhHant: '末個編號' },
  duplicates_left_out: { en: 'Duplicates left out', zh: '略过的重复项', zhHant: '略過的重複項' },
  duplicates_imported: { en: 'Duplicates imported as different', zh: '确认为不同而导入的重复项', zhHant: '確認為不同而匯入的重複項' },
  rows_with_errors_left_out: { en: 'Rows with errors left out', zh: '略过的错误行', zhHant: '略過的錯誤列' },
};

/** The fields of both import forms (the source and mapping widgets render the first two). */
function importFields(what: L10n): FieldSpec[] {
  return [
    field('values', 'source', 'List to import', '要导入的列表', '要匯入的清單', {
      required: true,
      help: {
        en: `A sheet or range whose first row holds the headers (${what.en}); it is only read, never changed.`,
        zh: `首行为标题的工作表或区域(${what.zh});只读取,不会更改。`,
        zhHant: `首列為標題的工作表或範圍(${what.zhHant});只讀取,不會更改。`,
      },
    }),
    field('mapping', 'mapping', 'Columns', '列对应', '欄對應'),
    field('skipInvalid', 'yesno', 'Skip rows with errors', '跳过有错误的行', '略過有錯誤的列', {
      help: { en: 'Import the good rows and leave out the rows with errors.', zh: '导入正确的行,略过有错误的行。', zhHant: '匯入正確的列,略過有錯誤的列。' },
    }),
  ];
}

export const importCustomers: CommandSpec = {
  name: 'importCustomers',
  title: { en: 'Import customers', zh: '导入客户', zhHant: '匯入客戶' },
  group: 'customers',
  tip: {
    en: 'Adopt a customer list kept in a sheet: map its columns, check uniqueness, and register the new customers.',
    zh: '导入已有的客户列表:对应各列、核对唯一性,并登记新客户。',
    zhHant: '匯入既有的客戶清單:對應各欄、核對唯一性,並登記新客戶。',
  },
  fields: importFields({ en: 'customer name, industry, region, contact …', zh: '客户名称、行业、区域、联系人……', zhHant: '客戶名稱、行業、區域、聯繫人……' }),
  reads: ['customers', 'team', 'settings'],
  auditLabels: IMPORT_AUDIT_LABELS,
  run: (wb, input, ctx) => runImport('customers', wb, input, ctx),
};

export const importOpportunities: CommandSpec = {
  name: 'importOpportunities',
  title: { en: 'Import opportunities', zh: '导入商机', zhHant: '匯入商機' },
  group: 'opportunities',
  tip: {
    en: 'Adopt an opportunity list kept in a sheet: map its columns, find each customer and owner, and add the new opportunities.',
    zh: '导入已有的商机列表:对应各列、匹配客户与负责人,并添加新商机。',
    zhHant: '匯入既有的商機清單:對應各欄、匹配客戶與負責人,並新增商機。',
  },
  fields: importFields({ en: 'opportunity, customer, owner, stage, amount, close date …', zh: '商机名称、客户、负责人、阶段、金额、预计成交日期……', zhHant: '商機名稱、客戶、負責人、階段、金額、預計成交日期……' }),
  reads: ['customers', 'team', 'opportunities', 'settings'],
  auditLabels: IMPORT_AUDIT_LABELS,
  run: (wb, input, ctx) => runImport('opportunities', wb, input, ctx),
};

/** The `importPlan` view: the plan of `input.table` without writing (field errors when it cannot be made). */
export function importPlanView(wb: Workbook, input: Record<string, unknown>, ctx: CommandCtx): unknown {
  const target: ImportTarget = input.table === 'opportunities' ? 'opportunities' : 'customers';
  const plan = importPlan(target, wb, input, ctx);
  if ('errors' in plan) {
    const r = readSource(target, input);
    return { table: target, errors: plan.errors, ...('src' in r ? { headers: r.src.headers.map((h) => toText(h)), mapping: r.mapping, total: r.src.rows.length, columns: importColumns(target).map((c) => ({ key: c.key, label: c.header, required: c.required })) } : {}) };
  }
  return planView(plan);
}
