import { describe, expect, it } from 'vitest';
import { tableSpec } from '../schema/tables';
import { cleanMapping, headerKey, HEADER_SYNONYMS, mapHeaders } from './import-mapping';

const customers = tableSpec('customers').columns.filter((c) => c.key !== 'id');
const opportunities = tableSpec('opportunities').columns.filter((c) => c.key !== 'id');
const mapC = (headers: string[]) => mapHeaders(customers, headers, HEADER_SYNONYMS.customers);
const mapO = (headers: string[]) => mapHeaders(opportunities, headers, HEADER_SYNONYMS.opportunities);

describe('headerKey', () => {
  it('folds widths, case, spaces, punctuation, a required mark and traditional characters', () => {
    expect(headerKey(' Customer Name: ')).toBe('customername');
    expect(headerKey('客戶名稱*')).toBe('客户名称');
    expect(headerKey('Ｅ－ｍａｉｌ')).toBe('email');
  });
});

describe('mapHeaders', () => {
  it("maps the register's own headers in each language", () => {
    expect(mapC(['Customer name', 'Account manager', 'Industry', 'Region', 'Contact person', 'Phone'])).toEqual(['name', 'account_manager', 'industry', 'region', 'contact', 'phone']);
    expect(mapC(['客户名称', '客户经理', '行业', '区域', '联系人', '电话'])).toEqual(['name', 'account_manager', 'industry', 'region', 'contact', 'phone']);
    expect(mapC(['客戶名稱', '客戶經理', '行業', '區域', '聯繫人', '電話'])).toEqual(['name', 'account_manager', 'industry', 'region', 'contact', 'phone']);
  });

  it('maps common synonyms', () => {
    for (const h of ['公司名称', '客户', '客户名称', 'Company', 'Account name', 'Customer', '公司', '公司名稱', 'Client Name']) expect(mapC([h])).toEqual(['name']);
    expect(mapC(['公司', '地区', '行业', '联系人', '联系电话', '邮箱', '备注', '销售'])).toEqual(['name', 'region', 'industry', 'contact', 'phone', 'email', 'notes', 'account_manager']);
    expect(mapC(['Company', 'Industry', 'Region', 'Contact', 'Phone', 'Email', 'Owner', 'Remarks'])).toEqual(['name', 'industry', 'region', 'contact', 'phone', 'email', 'account_manager', 'notes']);
    expect(mapC(['地區', '電子郵件', '負責人'])).toEqual(['region', 'email', 'account_manager']);
  });

  it('ignores a bracketed note when the whole header is unknown, and leaves unknown headers unmapped', () => {
    expect(mapO(['项目名称', '客户', '金额(万元)', '阶段', '预计签约日期', '负责人', '竞争对手'])).toEqual(['name', 'customer', 'amount', 'stage', 'close', 'owner', null]);
    expect(mapO(['Deal', 'Account ID', 'Amount (USD)', 'Sales stage', 'Close date', 'Opportunity owner'])).toEqual(['name', 'customer_id', 'amount', 'stage', 'close', 'owner']);
  });

  it('gives each column to the first header naming it', () => {
    expect(mapC(['公司名称', '客户名称', 'Region', '地区'])).toEqual(['name', null, 'region', null]);
  });
});

describe('cleanMapping', () => {
  it('keeps known keys once, one entry per column', () => {
    expect(cleanMapping(customers, 4, ['name', 'bogus', 'name', ''])).toEqual(['name', null, null, null]);
    expect(cleanMapping(customers, 2, ['region'])).toEqual(['region', null]);
  });
});
