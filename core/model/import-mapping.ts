/**
 * Adopting a list people already keep (issue 12, item 1): which column of their sheet is which column
 * of the register. A source header is matched to a schema column by the column's header in any of the
 * three languages, its key, or a common synonym (公司名称, 客户, Company, Account name …), compared
 * after folding widths, case, spaces and punctuation and traditional → simplified characters, so
 * 客戶名稱 / 客户名称 / "Customer Name:" are one header. A bracketed note is ignored when the whole
 * header is not known (金额(万元) → 金额). Each schema column takes at most one source column (the
 * first that names it); the user may change any of it.
 */
import { toHalfWidth, toText } from '../cell';
import type { L10n } from '../i18n';
import { toSimplified } from './hanzi';

/** A schema column as the mapping sees it: its key and its header in each language. */
export interface MappableColumn {
  key: string;
  header: L10n;
}

/**
 * Common synonyms of the register's headers, in simplified Chinese and English (traditional headers
 * are folded to simplified before matching). Keys are column keys of Customers and Opportunities;
 * a table's own headers in the three languages need not be listed.
 */
export const HEADER_SYNONYMS: Readonly<Record<'customers' | 'opportunities', Readonly<Record<string, readonly string[]>>>> = {
  customers: {
    name: ['公司名称', '公司名', '公司', '公司全称', '客户', '客户名', '客户全称', '企业名称', '企业', '单位名称', '单位', '名称', '账户名称', 'company', 'company name', 'account', 'account name', 'customer', 'customer name', 'client', 'client name', 'organisation', 'organization', 'name'],
    account_manager: ['客户经理', '负责人', '销售', '销售代表', '销售人员', '业务员', '跟进人', '归属人', 'account manager', 'account owner', 'owner', 'sales rep', 'salesperson', 'sales person', 'am'],
    tier: ['客户分类', '分类', '客户等级', '等级', '级别', '客户级别', 'classification', 'tier', 'category', 'class'],
    source: ['信息来源', '来源', '客户来源', '渠道来源', 'source', 'lead source'],
    industry: ['行业', '所属行业', '行业类别', 'industry', 'sector', 'vertical'],
    region: ['区域', '地区', '所在地区', '省份', '省市', '城市', '片区', 'region', 'area', 'territory', 'province', 'city', 'location'],
    address: ['地址', '公司地址', '详细地址', '通讯地址', 'address', 'street address'],
    contact: ['联系人', '联系人姓名', '对接人', '联络人', 'contact', 'contact person', 'contact name'],
    phone: ['电话', '联系电话', '电话号码', '手机', '手机号', '手机号码', '座机', 'phone', 'phone number', 'telephone', 'tel', 'mobile'],
    email: ['电子邮件', '邮箱', '电子邮箱', '电邮', 'email', 'e-mail', 'mail', 'email address'],
    value: ['年度毛利', '毛利', '年毛利', 'annual gross profit', 'gross profit', 'value', 'annual value'],
    growth: ['增长率', '增长', '年增长率', 'growth', 'growth rate'],
    created: ['登记日期', '创建日期', '建档日期', '录入日期', 'registered on', 'created', 'created on', 'date added'],
    notes: ['备注', '说明', '附注', 'notes', 'note', 'remarks', 'comments', 'comment'],
  },
  opportunities: {
    name: ['商机名称', '商机', '项目名称', '项目', '机会名称', '销售机会', 'opportunity', 'opportunity name', 'deal', 'deal name', 'project', 'project name'],
    customer_id: ['客户编号', '客户id', '客户代码', 'customer id', 'account id', 'customer no', 'customer number'],
    customer: ['客户名称', '客户', '客户名', '公司名称', '公司', '企业名称', '单位名称', 'customer', 'customer name', 'account', 'account name', 'company', 'company name', 'client'],
    owner: ['主要负责人', '负责人', '销售', '销售代表', '业务员', '跟进人', 'owner', 'opportunity owner', 'primary owner', 'sales rep', 'salesperson'],
    amount: ['金额', '商机金额', '预计金额', '合同金额', '预算', 'amount', 'value', 'deal size', 'deal value'],
    stage: ['阶段', '销售阶段', '商机阶段', 'stage', 'sales stage'],
    close: ['预计成交日期', '成交日期', '预计签约日期', '签约日期', '预计结单日期', 'close date', 'expected close date', 'expected close', 'close'],
    sales_method: ['销售方式', 'sales method'],
    forecast_category: ['预测类别', '预测分类', 'forecast category'],
    created: ['创建日期', '建立日期', 'opened on', 'created', 'created on'],
    notes: ['备注', '说明', 'notes', 'note', 'remarks', 'comments'],
  },
};

/**
 * A header as compared: half-width, simplified characters, lower case, with spaces, punctuation and
 * a required-marker `*` removed (`"Customer Name:"` → `customername`, `客戶名稱*` → `客户名称`).
 */
export function headerKey(h: unknown): string {
  const s = toSimplified(toHalfWidth(toText(h))).toLowerCase();
  return s.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The header without a bracketed note (`金额(万元)` → `金额`, `Amount (USD)` → `Amount`). */
function withoutNote(h: unknown): string {
  return toHalfWidth(toText(h)).replace(/[([【〔][^)\]】〕]*[)\]】〕]/g, '').trim();
}

/** For each source header (a row of cells), the schema column key it maps to, or null (not imported). */
export function mapHeaders(columns: readonly MappableColumn[], headers: readonly unknown[], synonyms: Readonly<Record<string, readonly string[]>> = {}): (string | null)[] {
  const exact = new Map<string, string>();
  const add = (name: string, key: string) => {
    const k = headerKey(name);
    if (k !== '' && !exact.has(k)) exact.set(k, key);
  };
  // The table's own headers and keys first: they win over a synonym another column lists.
  for (const c of columns) {
    add(c.header.en, c.key);
    add(c.header.zh, c.key);
    if (c.header.zhHant) add(c.header.zhHant, c.key);
    add(c.key, c.key);
  }
  const known = new Set(columns.map((c) => c.key));
  for (const [key, names] of Object.entries(synonyms)) if (known.has(key)) for (const n of names) add(n, key);
  const taken = new Set<string>();
  const out: (string | null)[] = headers.map(() => null);
  const pass = (read: (h: unknown) => string) => {
    headers.forEach((h, i) => {
      if (out[i] !== null) return;
      const key = exact.get(headerKey(read(h)));
      if (key && !taken.has(key)) {
        taken.add(key);
        out[i] = key;
      }
    });
  };
  pass((h) => toText(h));
  pass(withoutNote);
  return out;
}

/**
 * A mapping the user changed, made sound: one entry per source column (missing ones unmapped), only
 * known keys, each key at most once (the first column keeps it).
 */
export function cleanMapping(columns: readonly MappableColumn[], width: number, mapping: readonly unknown[]): (string | null)[] {
  const known = new Set(columns.map((c) => c.key));
  const taken = new Set<string>();
  const out: (string | null)[] = [];
  for (let i = 0; i < width; i++) {
    const k = typeof mapping[i] === 'string' ? (mapping[i] as string) : '';
    if (k !== '' && known.has(k) && !taken.has(k)) {
      taken.add(k);
      out.push(k);
    } else out.push(null);
  }
  return out;
}
