import { describe, expect, it } from 'vitest';
import { hasList, LISTS, listLabel, listLabels, readList } from './lists';
import { columnSpec, SETTING_ROWS, settingRow, TABLES, tableSpec } from './tables';

describe('workbook schema', () => {
  it('has unique table ids and KA_ names', () => {
    const ids = TABLES.map((t) => t.id);
    const names = TABLES.map((t) => t.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^KA_[A-Za-z]+$/);
  });

  it('has unique column keys and unique headers per language within each table', () => {
    for (const t of TABLES) {
      const keys = t.columns.map((c) => c.key);
      expect(new Set(keys).size, t.id).toBe(keys.length);
      for (const l of ['en', 'zh', 'zhHant'] as const) {
        const hs = t.columns.map((c) => (c.header[l] ?? c.header.zh).trim().toLowerCase());
        expect(new Set(hs).size, `${t.id} ${l}`).toBe(hs.length);
      }
    }
  });

  it('has every header and sheet title in English and Chinese', () => {
    for (const t of TABLES) {
      expect(t.sheet.en && t.sheet.zh).toBeTruthy();
      for (const c of t.columns) {
        expect(c.header.en.trim(), `${t.id}.${c.key}`).not.toBe('');
        expect(c.header.zh, `${t.id}.${c.key}`).toMatch(/[\u4e00-\u9fff]/);
        expect(c.header.en, `${t.id}.${c.key}`).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('references only lists that exist; every list and yes/no column names one', () => {
    for (const t of TABLES)
      for (const c of t.columns) {
        if (c.type === 'list') expect(c.list, `${t.id}.${c.key}`).toBeDefined();
        if (c.list !== undefined) expect(hasList(c.list), `${t.id}.${c.key} → ${c.list}`).toBe(true);
      }
    for (const s of SETTING_ROWS) if (s.list) expect(hasList(s.list)).toBe(true);
  });

  it('lays out the adjacent blocks the catalogue functions need', () => {
    const idx = (id: Parameters<typeof tableSpec>[0], key: string) => tableSpec(id).columns.findIndex((c) => c.key === key);
    expect(idx('team', 'manager')).toBe(idx('team', 'person') + 1);
    const o = idx('opportunities', 'owner');
    expect([idx('opportunities', 'amount'), idx('opportunities', 'stage'), idx('opportunities', 'close')]).toEqual([o + 1, o + 2, o + 3]);
    const q1 = idx('assessments', 'q1');
    for (let n = 2; n <= 20; n++) expect(idx('assessments', `q${n}`)).toBe(q1 + n - 1);
  });

  it('has the domain tables with the fields the issue names', () => {
    expect(columnSpec(tableSpec('team'), 'email').type).toBe('email');
    expect(columnSpec(tableSpec('projects'), 'tender_method').list).toBe('tenderMethod');
    expect(columnSpec(tableSpec('projects'), 'relationship').list).toBe('relationship');
    expect(columnSpec(tableSpec('complaints'), 'status').list).toBe('complaintStatus');
    expect(columnSpec(tableSpec('audit'), 'before').type).toBe('longtext');
    expect(() => columnSpec(tableSpec('team'), 'nope')).toThrow();
    expect(settingRow('period_from')).toBeGreaterThanOrEqual(0);
    expect(settingRow('nope')).toBe(-1);
  });
});

describe('lists', () => {
  it('have unique codes and labels per language', () => {
    const ids = LISTS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of LISTS) {
      const codes = l.items.map((i) => i.code);
      expect(new Set(codes).size, l.id).toBe(codes.length);
      for (const lang of ['en', 'zh', 'zh-Hant'] as const) expect(new Set(listLabels(l.id, lang)).size, l.id).toBe(l.items.length);
    }
  });

  it('read a code or any language label, trimmed and in any case', () => {
    expect(readList('salesMethod', '投标')).toBe('bid');
    expect(readList('salesMethod', ' 投標 ')).toBe('bid');
    expect(readList('salesMethod', 'BATCH ORDER')).toBe('batch');
    expect(readList('salesMethod', 'distribution')).toBe('distribution');
    expect(readList('tenderMethod', '议标')).toBe('negotiated');
    expect(readList('complaintStatus', '已受理')).toBe('received');
    expect(readList('complaintStatus', '調查中')).toBe('investigating');
    expect(readList('classification', 'vip')).toBe('VIP');
    // what CUSTOMER_TIER writes reads back as a classification
    expect(readList('classification', '普通')).toBe('Standard');
    expect(readList('classification', 'MZ')).toBe('BZ');
    expect(readList('source', '市场活动')).toBe('event');
    expect(readList('language', 'zh-hant')).toBe('zh-Hant');
  });

  it('read blank as null and unknown text as undefined', () => {
    expect(readList('salesMethod', '')).toBeNull();
    expect(readList('salesMethod', null)).toBeNull();
    expect(readList('salesMethod', 'auction')).toBeUndefined();
    expect(readList('salesMethod', 3)).toBeUndefined();
    expect(() => readList('nope', 'x')).toThrow();
  });

  it('read every yes/no spelling', () => {
    for (const y of ['是', 'Yes', true, 'TRUE', '√', 1]) expect(readList('yesno', y)).toBe('yes');
    for (const n of ['否', 'no', false, 'FALSE', '×', 0]) expect(readList('yesno', n)).toBe('no');
  });

  it('label in each language, with the seeds\u2019 Chinese', () => {
    expect(listLabel('salesMethod', 'batch', 'zh')).toBe('批点');
    expect(listLabel('salesMethod', 'batch', 'zh-Hant')).toBe('批點');
    expect(listLabel('salesMethod', 'batch', 'en')).toBe('Batch order');
    expect(listLabels('tenderMethod', 'zh')).toEqual(['公开开标且仅一次报价', '公开开标可二次报价', '议标', '统签']);
    expect(listLabels('bidPlan', 'zh')).toHaveLength(4);
    expect(listLabels('regionalImpact', 'zh')).toHaveLength(4);
    expect(listLabels('relationship', 'zh')).toEqual(['非常到位', '比较到位', '一般', '无法判断']);
  });
});
