import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, settingsRows, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, rejected } from './test-helpers';
import { records } from '../schema/read';
import { snapshotDue } from './take-snapshot';

const wb = () => {
  const r = demoRecords();
  r.opportunities!.push({ id: 'O00004', name: 'Lost one', customer_id: 'C00002', owner: 'Sun', amount: 999, stage: '丢单', close: '2026-05-01' });
  r.opportunities!.push({ id: 'O00005', name: 'Second at 5', customer_id: 'C00002', owner: 'Sun', amount: '2万', stage: '5', close: '2026-07-01' });
  return testWorkbook(r);
};

describe('takeSnapshot', () => {
  it("writes eight rows — today's count and amount per stage, lost ones left out — and one audit row", () => {
    const r = runCommand('takeSnapshot', wb(), {}, ctxOf('Li'));
    const { writes, message } = accepted(r);
    expect(writes.map((w) => [w.kind, w.table])).toEqual([
      ['append', 'snapshots'],
      ['append', 'audit'],
    ]);
    const rows = records(applyWrites(wb(), writes).snapshots!);
    expect(rows.map((x) => [x.date, x.stage, x.count, x.amount])).toEqual([
      ['2026-05-17', 1, 0, 0],
      ['2026-05-17', 2, 0, 0],
      ['2026-05-17', 3, 1, 200000],
      ['2026-05-17', 4, 0, 0],
      ['2026-05-17', 5, 2, 1020000],
      ['2026-05-17', 6, 0, 0],
      ['2026-05-17', 7, 1, 50000],
      ['2026-05-17', 8, 0, 0],
    ]);
    expect(message.en).toBe('Funnel snapshot of 2026-05-17 saved: 4 open opportunities, 1,270,000 in all.');
    expect(auditOf(r, wb())).toMatchObject({ command: 'Take funnel snapshot', table: 'Funnel snapshots', rowId: '2026-05-17' });
  });

  it('a second snapshot on the same date writes nothing and says so', () => {
    const once = applyWrites(wb(), accepted(runCommand('takeSnapshot', wb(), {}, ctxOf('Li'))).writes);
    const e = rejected(runCommand('takeSnapshot', once, {}, ctxOf('Chen', 'zh', '2026-05-17T23:59:00+08:00')));
    expect(e[''].en).toMatch(/already exists; nothing was written/);
    expect(e[''].zh).toMatch(/已存在/);
    expect(runCommand('takeSnapshot', once, {}, ctxOf('Li', 'en', '2026-05-18T08:00:00+08:00')).ok).toBe(true);
  });

  it('is due with no snapshot, or when the last is older than the interval in Settings', () => {
    const once = applyWrites(wb(), accepted(runCommand('takeSnapshot', wb(), {}, ctxOf('Li'))).writes);
    expect(snapshotDue(wb(), '2026-05-17')).toBe(true);
    expect(snapshotDue(once, '2026-05-24')).toBe(false); // 7 days: not older than 7
    expect(snapshotDue(once, '2026-05-25')).toBe(true);
    const r = demoRecords();
    r.settings = settingsRows({ snapshot_interval_days: 1 });
    const daily = applyWrites(testWorkbook(r), accepted(runCommand('takeSnapshot', testWorkbook(r), {}, ctxOf('Li'))).writes);
    expect(snapshotDue(daily, '2026-05-18')).toBe(false);
    expect(snapshotDue(daily, '2026-05-19')).toBe(true);
  });
});
