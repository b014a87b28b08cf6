/**
 * New customer (domain.md §1): check uniqueness (客户惟一性) against the register, create the
 * customer with a new ID, and assign an account manager — the one chosen, or by the Settings rule.
 * A likely duplicate is refused with the list in `warnings` unless `confirmDifferent` is set.
 */
import { normText } from '../cell';
import { fill, type L10n, type Lang } from '../i18n';
import { buildCustomerIndex, DEFAULT_MATCH_THRESHOLD, type MatchKind } from '../model/customer-match';
import { listLabel, readList } from '../schema/lists';
import type { Workbook } from '../schema/types';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject } from './result';
import type { CommandSpec, FieldSpec } from './types';
import { findPerson, nextId, people, setting, settingNumber, table, textOf, today, type Person } from './workbook';
import { assignmentNote, assignByTerritory } from './assign-territory';
import { FINANCE_FIELDS, financeSummary, readFinance } from './customer-finance-fields';

/**
 * An existing customer the uniqueness check found, as listed in `warnings.duplicates` (and by the form
 * as the name is typed): `same` — a likely duplicate; `branch` — the name is a branch of it; `possible` —
 * a possible match below the threshold (a slip in a trade name looks like another company).
 */
export interface Duplicate {
  id: string;
  name: string;
  manager: string;
  /** 0–1. */
  similarity: number;
  /** 0-based data row in Customers. */
  row: number;
  kind: MatchKind;
}

/** The Settings threshold as a fraction (0.9, or 90 read as 90 %). */
export function duplicateThreshold(wb: Workbook): number {
  const thr = settingNumber(wb, 'duplicate_threshold', DEFAULT_MATCH_THRESHOLD);
  return thr > 1 ? thr / 100 : thr;
}

/** What the register holds like `name`: likely duplicates, the companies it is a branch of, possible matches (`exceptRow`: the customer itself). */
export function likelyDuplicates(wb: Workbook, name: string, exceptRow = -1, limit = 5): Duplicate[] {
  const cust = table(wb, 'customers');
  const j = cust.col.name;
  if (j < 0 || cust.rows.length === 0) return [];
  const names = cust.rows.map((r) => r[j]);
  const found = buildCustomerIndex(names).check(name, { threshold: duplicateThreshold(wb), limit: limit + 1 });
  return found
    .filter((m) => m.row !== exceptRow)
    .slice(0, limit)
    .map((m) => ({ id: textOf(cust, m.row, 'id'), name: textOf(cust, m.row, 'name'), manager: textOf(cust, m.row, 'account_manager'), similarity: m.similarity, row: m.row, kind: m.kind }));
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The refusal a name gets while the register holds its likely duplicate or the company it is a branch
 * of (until the user confirms it is another company); `null` when it may be saved. Each is named with
 * its ID and account manager.
 */
export function duplicateRefusal(dups: readonly Duplicate[]): L10n | null {
  const same = dups.filter((d) => d.kind === 'same');
  const branch = dups.filter((d) => d.kind === 'branch');
  if (!same.length && !branch.length) return null;
  const part = (template: L10n, ds: readonly Duplicate[]): L10n => ({
    en: fill(template, { names: list(ds, 'en') }).en,
    zh: fill(template, { names: list(ds, 'zh') }).zh,
    zhHant: fill(template, { names: list(ds, 'zhHant') }).zhHant,
  });
  const parts = [same.length ? part(M.duplicate, same) : null, branch.length ? part(M.branchOf, branch) : null].filter((x): x is L10n => x !== null);
  return {
    en: [...parts.map((p) => p.en), M.confirmToSave.en].join(' '),
    zh: [...parts.map((p) => p.zh), M.confirmToSave.zh].join(''),
    zhHant: [...parts.map((p) => p.zhHant ?? p.zh), M.confirmToSave.zhHant].join(''),
  };
}

/** The duplicates as one list in `lang`: name (ID, account manager, similarity); … */
function list(ds: readonly Duplicate[], lang: 'en' | 'zh' | 'zhHant'): string {
  return ds.map((d) => fill(M.dupItem, { name: d.name, id: d.id, manager: d.manager || '—', similarity: pct(d.similarity) })[lang] ?? '').join(lang === 'en' ? '; ' : ';');
}

/** A note for the saved message naming the possible matches left for the user to judge; `null` when none. */
export function possibleNote(dups: readonly Duplicate[]): L10n | null {
  const possible = dups.filter((d) => d.kind === 'possible');
  if (!possible.length) return null;
  return { en: fill(M.possibleMatch, { names: list(possible, 'en') }).en, zh: fill(M.possibleMatch, { names: list(possible, 'zh') }).zh, zhHant: fill(M.possibleMatch, { names: list(possible, 'zhHant') }).zhHant };
}

/** Notes one after the other in every language (`null` when none). */
export function joinNotes(notes: (L10n | null)[]): L10n | null {
  const ns = notes.filter((n): n is L10n => n !== null);
  if (!ns.length) return null;
  return { en: ns.map((n) => n.en).join(' '), zh: ns.map((n) => n.zh).join(''), zhHant: ns.map((n) => n.zhHant ?? n.zh).join('') };
}

/** `message` followed by `note` in every language. */
export function withNote(message: L10n, note: L10n | null): L10n {
  if (!note) return message;
  return { en: `${message.en} ${note.en}`, zh: message.zh + note.zh, zhHant: (message.zhHant ?? message.zh) + (note.zhHant ?? note.zh) };
}

const ACCOUNT_MANAGER_ROLE = 'account_manager';

/** Customers per account manager (by normalised name), as the register holds them. */
export function customerLoad(wb: Workbook): Map<string, number> {
  const cust = table(wb, 'customers');
  const load = new Map<string, number>();
  for (let i = 0; i < cust.rows.length; i++) {
    const k = normText(textOf(cust, i, 'account_manager'));
    load.set(k, (load.get(k) ?? 0) + 1);
  }
  return load;
}

/**
 * The account manager a new customer gets when none is chosen, by the Settings rule:
 * `region` — of the account managers in the customer's region, the one with the fewest customers
 * (falls back to `least` when the region has none); `least` — the account manager with the fewest
 * customers; `actor` — the person registering it. Ties go to the first in Team order. People with the
 * account-manager role are preferred; when nobody has it, everyone in the Team is a candidate.
 * `load` (customers per account manager, `customerLoad`) lets an import count the rows it assigns.
 */
export function assignAccountManager(wb: Workbook, region: string | null, actor: Person | null, load?: Map<string, number>): Person | null {
  const rule = readList('assignmentRule', setting(wb, 'assignment_rule')) ?? 'region';
  if (rule === 'actor' && actor) return actor;
  const team = people(wb);
  const ams = team.filter((p) => readList('role', p.role) === ACCOUNT_MANAGER_ROLE);
  const pool = ams.length ? ams : team;
  if (pool.length === 0) return null;
  const counts = load ?? customerLoad(wb);
  const fewest = (ps: Person[]) => ps.reduce((best, p) => ((counts.get(normText(p.name)) ?? 0) < (counts.get(normText(best.name)) ?? 0) ? p : best), ps[0]);
  if (rule === 'region' && region) {
    const local = pool.filter((p) => p.region !== '' && normText(p.region) === normText(region));
    if (local.length) return fewest(local);
  }
  return fewest(pool);
}

/** The fields shared by New customer and Update customer (after the name / id). */
export const CUSTOMER_DETAIL_FIELDS: FieldSpec[] = [
  field('tier', 'list', 'Classification', '客户分类', '客戶分類', { list: 'classification' }),
  field('source', 'list', 'Source', '信息来源', '信息來源', { list: 'source' }),
  field('industry', 'text', 'Industry', '行业', '行業'),
  field('region', 'text', 'Region', '区域', '區域'),
  field('address', 'text', 'Address', '地址', '地址'),
  field('contact', 'text', 'Contact person', '联系人', '聯繫人'),
  field('phone', 'text', 'Phone', '电话', '電話', { maxLength: 50 }),
  field('email', 'email', 'E-mail', '电子邮件', '電子郵件'),
  field('value', 'money', 'Annual gross profit', '年度毛利', '年度毛利'),
  field('growth', 'percent', 'Growth rate', '增长率', '增長率'),
  field('notes', 'longtext', 'Notes', '备注', '備註'),
];

export const CONFIRM_FIELD: FieldSpec = field('confirmDifferent', 'yesno', 'This is a different company', '这是另一家公司', '這是另一家公司', {
  help: {
    en: 'Tick only when a listed similar name is really another company.',
    zh: '仅当列出的相似名称确实是另一家公司时勾选。',
    zhHant: '僅當列出的相似名稱確實是另一家公司時勾選。',
  },
});

/** Reads the detail fields; values are what goes into the cells (list labels in `lang`). */
export function readCustomerDetails(c: Check, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const tier = c.list('tier', 'classification');
  if (tier !== null) out.tier = listLabel('classification', tier, lang);
  const source = c.list('source', 'source');
  if (source !== null) out.source = listLabel('source', source, lang);
  for (const k of ['industry', 'region', 'address', 'contact', 'phone']) {
    const v = c.text(k);
    if (v !== null) out[k] = v;
  }
  const email = c.email('email');
  if (email !== null) out.email = email;
  const value = c.number('value');
  if (value !== null) out.value = value;
  const growth = c.percent('growth', { min: -1, max: 10 });
  if (growth !== null) out.growth = growth;
  const notes = c.text('notes');
  if (notes !== null) out.notes = notes;
  return out;
}

export const newCustomer: CommandSpec = {
  name: 'newCustomer',
  title: { en: 'New customer', zh: '新建客户', zhHant: '新建客戶' },
  group: 'customers',
  tip: { en: 'Register a customer after checking it is not already in the register.', zh: '核对客户唯一性后登记新客户。', zhHant: '核對客戶唯一性後登記新客戶。' },
  fields: [
    field('name', 'text', 'Customer name', '客户名称', '客戶名稱', {
      required: true,
      help: { en: 'The full registered company name.', zh: '公司注册全称。', zhHant: '公司註冊全稱。' },
    }),
    field('account_manager', 'person', 'Account manager', '客户经理', '客戶經理', {
      help: { en: 'Leave blank to assign by the rule in Settings.', zh: '留空则按设置中的规则分配。', zhHant: '留空則按設定中的規則分配。' },
    }),
    ...CUSTOMER_DETAIL_FIELDS,
    ...FINANCE_FIELDS,
    CONFIRM_FIELD,
  ],
  reads: ['customers', 'team', 'settings', 'territories'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const name = c.text('name', { required: true });
    let manager: Person | null = null;
    if (!c.blank('account_manager')) {
      manager = findPerson(wb, input.account_manager);
      if (!manager) c.fail('account_manager', M.unknownPerson, { got: String(input.account_manager) });
    }
    const details = readCustomerDetails(c, ctx.lang);
    const confirmed = c.yesNo('confirmDifferent', false) === true;
    const finance = readFinance(c);
    const region = typeof details.region === 'string' ? details.region : null;
    const industry = typeof details.industry === 'string' ? details.industry : null;
    let assigned: ReturnType<typeof assignByTerritory> = null;
    if (!c.has('account_manager') && !manager) {
      // The first matching territory rule, else the Settings rule.
      assigned = assignByTerritory(wb, region, industry);
      manager = assigned?.person ?? assignAccountManager(wb, region, findPerson(wb, ctx.actor));
      if (!manager) c.fail('account_manager', M.noAccountManager);
    }
    const byRule = c.blank('account_manager') ? assignmentNote(wb, assigned) : null;
    // The uniqueness check with the fields: a likely duplicate and a bad e-mail show at once.
    const dups = name !== null ? likelyDuplicates(wb, name) : [];
    const refusal = duplicateRefusal(dups);
    if (refusal && !confirmed) {
      c.fail('name', refusal);
      return reject(c.errors, { duplicates: dups });
    }
    if (!c.ok) return reject(c.errors);

    const cust = table(wb, 'customers');
    const id = nextId(cust, 'id', 'C');
    const rec: Record<string, unknown> = {
      id,
      name: name!,
      account_manager: manager!.name,
      tier: listLabel('classification', 'Standard', ctx.lang),
      ...details,
      created: today(ctx.now),
      ...finance,
    };
    return {
      ok: true,
      id,
      writes: [appendWrite(cust, [rec]), auditWrite(wb, ctx, { command: 'newCustomer', table: 'customers', rowId: id, before: null, after: rec })],
      message: withNote(
        fill({ en: 'Customer {id} {name} saved; account manager {manager}.', zh: '已保存客户 {id} {name},客户经理:{manager}。', zhHant: '已儲存客戶 {id} {name},客戶經理:{manager}。' }, { id, name: name!, manager: manager!.name }),
        joinNotes([byRule, financeSummary(finance), confirmed ? null : possibleNote(dups)]),
      ),
    };
  },
};

