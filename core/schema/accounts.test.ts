import { describe, expect, it } from 'vitest';
import { DEV_CRITERIA, DEV_STAGES, parseDevStage } from '../model/development';
import { readList } from './lists';
import { tableFromGrid } from './read';
import { reconcile, rowsToAdd, setupPlan } from './setup';
import { tableSpec } from './tables';

describe('issue 13 tables', () => {
  it('lays out the contacts as the issue orders them, DECISION_MAP block adjacent', () => {
    const keys = tableSpec('contacts').columns.map((c) => c.key);
    expect(keys).toEqual(['id', 'customer_id', 'opportunity', 'name', 'role', 'attitude', 'relationship', 'title', 'department', 'reports_to', 'last_contact', 'notes']);
    expect(tableSpec('opportunityTeam').columns.map((c) => c.key)).toEqual(['opportunity', 'member', 'role', 'split']);
    const act = tableSpec('actions').columns.map((c) => c.key);
    expect(act.indexOf('status')).toBe(act.indexOf('due') + 1);
  });

  it('appends development stage, stopped and reason at the end of the customer register', () => {
    const keys = tableSpec('customers').columns.map((c) => c.key);
    expect(keys.slice(keys.indexOf('notes') + 1, keys.indexOf('notes') + 4)).toEqual(['dev_stage', 'dev_stopped', 'stop_reason']);
  });

  it('reads every new list in any of the three languages', () => {
    expect(readList('buyingRole', '决策者')).toBe('decision_maker');
    expect(readList('buyingRole', '決策者')).toBe('decision_maker');
    expect(readList('buyingRole', 'Decision maker')).toBe('decision_maker');
    for (const s of ['内线', '內線', 'coach', 'Insider', 'Coach (insider)']) expect(readList('buyingRole', s)).toBe('coach');
    for (const s of ['反对', '反對', 'Opponent', 'opposed']) expect(readList('attitude', s)).toBe('opponent');
    for (const s of ['信赖', '信賴', '4 Trust', '4 信赖', 'trust']) expect(readList('relationshipStage', s)).toBe('trust');
    for (const s of ['已完成', 'Done', 'done']) expect(readList('actionStatus', s)).toBe('done');
    for (const s of ['已放棄', 'Dropped']) expect(readList('actionStatus', s)).toBe('dropped');
    for (const s of ['售前', 'Pre-sales', 'presales']) expect(readList('teamRole', s)).toBe('presales');
    for (const s of ['已批准', 'Approved']) expect(readList('planStatus', s)).toBe('approved');
    expect(readList('devStage', '2 样品提供/信息收集')).toBe('d2');
    expect(readList('devStage', '2 樣品提供/信息收集')).toBe('d2');
    expect(readList('devStage', '2 Samples and information')).toBe('d2');
    expect(readList('buyingRole', 'boss')).toBeUndefined();
  });

  it('reads a development stage by its first number 1–5', () => {
    expect(parseDevStage('3 价值评估/开发程序')).toBe(3);
    expect(parseDevStage('Stage ５')).toBe(5);
    expect(parseDevStage(2)).toBe(2);
    expect(parseDevStage('6')).toBeUndefined();
    expect(parseDevStage('none')).toBeUndefined();
    expect(parseDevStage('')).toBeNull();
    for (const s of DEV_STAGES) expect(DEV_CRITERIA[s].length).toBeGreaterThan(1);
  });

  it('seeds the sixteen objections in the workbook language, into an empty table only', () => {
    for (const [lang, first] of [['en', "I'm not interested"], ['zh', '我没兴趣'], ['zh-Hant', '我沒興趣']] as const) {
      const plan = setupPlan(lang).tables.find((t) => t.id === 'objections')!;
      expect(plan.initialRows).toHaveLength(16);
      expect(plan.initialRows[0][0]).toBe(first);
      expect(plan.initialRows.every((r) => String(r[1]).length > 20)).toBe(true);
    }
    expect(setupPlan('zh').tables.find((t) => t.id === 'objections')!.initialRows.map((r) => r[0])).toContain('我没时间');
    const plan = setupPlan('zh').tables.find((t) => t.id === 'objections')!;
    const empty = tableFromGrid(tableSpec('objections'), [['客户疑虑', '应答要点']]);
    expect(rowsToAdd(plan, empty)).toHaveLength(16);
    const kept = tableFromGrid(tableSpec('objections'), [['客户疑虑', '应答要点'], ['太贵了', '谈价值']]);
    expect(rowsToAdd(plan, kept)).toEqual([]);
  });

  it('set-up on a customer register from before this issue appends the three columns after the user\u2019s', () => {
    const old = ['客户编号', '客户名称', '客户经理', '客户分类', '信息来源', '行业', '区域', '地址', '联系人', '电话', '电子邮件', '年度毛利', '增长率', '登记日期', '备注', '我的列'];
    const r = reconcile(tableSpec('customers'), old, 'zh');
    expect(r.missing.slice(0, 3)).toEqual(['dev_stage', 'dev_stopped', 'stop_reason']);
    expect(r.headers.slice(0, 3)).toEqual(['开发阶段', '终止开发', '终止原因']);
    expect(r.at).toBe(old.length);
  });
});
