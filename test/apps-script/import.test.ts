import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromGrid, records } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import type { TableId } from '../../core/schema/types';
import { customerList } from '../import-list';
import { counting, newCallCounts } from './fake/spreadsheet';
import { ensureBuilt, runtime, snapshot } from './helpers';
import type { Runtime } from './fake/runtime';

beforeAll(() => ensureBuilt());

/** A set-up Chinese workbook with a team, and the manager's own list in a sheet of its own. */
function workbook(list: (string | number)[][]): Runtime {
  const rt = runtime({ email: 'zhang.wei@example.com', locale: 'zh_CN', userLocale: 'zh_CN' });
  rt.run('kaSetUp');
  const team = rt.ss.getRangeByName('KA_Team')!.getSheet();
  team.getRange('A2:F4').setValues([
    ['Li Na', '', 'li.na@example.com', '客户经理', 'North', ''],
    ['Zhang Wei', 'Li Na', 'zhang.wei@example.com', '客户经理', 'North', ''],
    ['Wang Fang', 'Li Na', 'wang.fang@example.com', '客户经理', 'South', ''],
  ]);
  const own = rt.ss.insertSheet('我的客户');
  if (list.length > own.getMaxRows()) own.insertRowsAfter(own.getMaxRows(), list.length - own.getMaxRows());
  own.getRange(1, 1, list.length, list[0].length).setValues(list);
  return rt;
}

function rowsOf(rt: Runtime, id: TableId) {
  const spec = tableSpec(id);
  return records(tableFromGrid(spec, rt.ss.getRangeByName(spec.name)!.getValues()));
}

function ok(r: ReturnType<Runtime['client']>) {
  if (!r.ok) throw new Error(r.error);
  return r.value as Record<string, any>;
}

const sheetOf = (rt: Runtime, name: string) => snapshot(rt.ss).sheets.find((s) => s.name === name);

const LIST = [
  ['公司名称', '行业', '地区', '联系人', '电话'],
  ['比亚迪股份有限公司', '汽车', 'South', '王五', '0755-1234'],
  ['华为技术有限公司', '通信', 'North', '', ''],
  ['比亞迪股份有限公司', '汽车', 'South', '', ''],
  ['Brightwater Logistics Ltd', 'Logistics', 'North', 'Ann', ''],
];

describe('Import customers in Sheets', () => {
  it('lists the sheets, reads one without changing it, and imports the new rows in one setValues per table', () => {
    const rt = workbook(LIST);
    const sources = ok(rt.client('kaImportSources')) as { name: string; rows: number }[];
    expect(sources.find((s) => s.name === '我的客户')).toMatchObject({ rows: 5 });
    const before = sheetOf(rt, '我的客户');
    const src = ok(rt.client('kaReadSource', '我的客户', null));
    expect(src).toMatchObject({ name: '我的客户', firstRow: 1 });
    expect(src.values).toEqual(LIST);
    rt.ss.counters = {};
    const r = ok(rt.client('kaSubmit', 'importCustomers', { values: src.values, source: src.name, firstRow: src.firstRow }));
    expect(r.ok).toBe(true);
    expect(r.message.zh).toBe('已从 我的客户 导入 3 位客户(C00001–C00003)。已略过 1 条重复项。');
    expect(rowsOf(rt, 'customers').map((c) => [c.id, c.name, c.account_manager, c.region, c.tier])).toEqual([
      ['C00001', '比亚迪股份有限公司', 'Wang Fang', 'South', '普通客户'],
      ['C00002', '华为技术有限公司', 'Li Na', 'North', '普通客户'],
      ['C00003', 'Brightwater Logistics Ltd', 'Zhang Wei', 'North', '普通客户'],
    ]);
    expect(rowsOf(rt, 'audit')).toHaveLength(1);
    expect(rowsOf(rt, 'audit')[0]).toMatchObject({ command: '导入客户', table: '客户', row_id: 'C00001–C00003' });
    expect(String(rowsOf(rt, 'audit')[0].after)).toContain('来源:我的客户');
    expect(rt.ss.counters.setValues).toBe(2);
    expect(sheetOf(rt, '我的客户')).toEqual(before);
  });

  it('reads a range of the sheet, and says what is wrong with a bad sheet or range', () => {
    const rt = workbook(LIST);
    const src = ok(rt.client('kaReadSource', '我的客户', 'a1:b3'));
    expect(src).toMatchObject({ name: '我的客户!A1:B3', firstRow: 1, values: [['公司名称', '行业'], ['比亚迪股份有限公司', '汽车'], ['华为技术有限公司', '通信']] });
    const below = ok(rt.client('kaReadSource', '我的客户', 'A3:E5'));
    expect(below.firstRow).toBe(3);
    const none = rt.client('kaReadSource', '没有', null);
    expect(none.ok === false && none.error).toMatch(/没有名为“没有”的工作表/);
    const bad = rt.client('kaReadSource', '我的客户', 'A1:B2; DROP');
    expect(bad.ok === false && bad.error).toMatch(/不是工作表 我的客户 的区域/);
  });

  it('a rejected import writes nothing, anywhere', () => {
    const rt = workbook(LIST);
    const before = snapshot(rt.ss);
    const values = [...LIST, ['Bad Mail Co', '', '', '', ''], ['Bad Owner Co', '', '', '', '']].map((r) => [...r]);
    values[0].push('负责人');
    values.forEach((r, i) => i > 0 && r.push(i === 6 ? 'Nobody' : ''));
    const r = ok(rt.client('kaSubmit', 'importCustomers', { values }));
    expect(r.ok).toBe(false);
    expect(r.errors[0].message.zh).toMatch(/1 行有错误,未导入任何内容/);
    expect(snapshot(rt.ss)).toEqual(before);
  });

  it('imports 5,000 rows in one execution: one read of the source, one write per table', () => {
    const list = customerList(5000);
    const rt = workbook(list);
    const before = sheetOf(rt, '我的客户');
    rt.calls = newCallCounts();
    const src = ok(rt.client('kaReadSource', '我的客户', null));
    expect(rt.calls.by['Range.getValues']).toBe(1);
    expect(rt.calls.total, JSON.stringify(rt.calls.by)).toBeLessThanOrEqual(7);
    rt.calls = newCallCounts();
    const writes: number[] = [];
    const listen = (what: string, args: unknown[]) => {
      if (what === 'Range.setValues') writes.push((args[0] as unknown[]).length);
    };
    counting.listeners.push(listen);
    let r: Record<string, any>;
    try {
      r = ok(rt.client('kaSubmit', 'importCustomers', { values: src.values, source: src.name }));
    } finally {
      counting.listeners.splice(counting.listeners.indexOf(listen), 1);
    }
    expect(r.ok).toBe(true);
    const added = rowsOf(rt, 'customers').length;
    expect(added).toBeGreaterThan(4000);
    expect(r.message.en).toContain(`Imported ${added.toLocaleString('en-US')} customers`);
    // The customers in one setValues of all their rows, the audit row in one more; no cell-by-cell writes.
    expect(writes.filter((n) => n === added)).toHaveLength(1);
    expect(rt.calls.by['Range.setValue'] ?? 0).toBe(0);
    expect(rt.calls.by['Sheet.appendRow'] ?? 0).toBe(0);
    expect(rowsOf(rt, 'audit')).toHaveLength(1);
    expect(sheetOf(rt, '我的客户')).toEqual(before);
    // (The call count and time are printed by bench/host-calls.mjs.)
    // 5,000 rows through the fake's cell model take seconds, and minutes on a loaded 2-core machine.
  }, 240_000);
});
