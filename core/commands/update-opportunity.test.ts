import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, settingsRows, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, rejected } from './test-helpers';
import { record, records } from '../schema/read';
import type { Workbook } from '../schema/types';
import { reconcileHistory, undoneMessage } from './history';

/** The fixture with its history recorded (as a host's first reconcile leaves it). */
const wb = () => {
  const w = testWorkbook(demoRecords());
  return applyWrites(w, reconcileHistory(w, ctxOf('Wang')).writes);
};

/** The history rows the writes append, as records. */
function historyOf(w: Workbook, writes: ReturnType<typeof accepted>['writes']) {
  return records(applyWrites(w, writes).history!).slice(w.history!.rows.length);
}

describe('updateOpportunity', () => {
  it('moves to the next stage: only the stage cell, one history row, one audit row', () => {
    const r = runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: 6 }, ctxOf('Chen'));
    const { writes } = accepted(r);
    expect(writes.map((w) => [w.kind, w.table])).toEqual([
      ['update', 'opportunities'],
      ['append', 'history'],
      ['append', 'audit'],
    ]);
    const u = writes[0];
    if (u.kind !== 'update') throw new Error();
    expect(u.changed).toEqual([wb().opportunities!.col.stage]);
    expect(record(applyWrites(wb(), writes).opportunities!, 0).stage).toBe('06 Sole choice or bid won');
    const h = historyOf(wb(), writes);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ when: '2026-05-17 09:30:00', opportunity: 'O00001', field: 'Stage', before: '05 Shortlisted or bidding', after: '06 Sole choice or bid won', by: 'Chen', source: 'Form' });
    expect(auditOf(r, wb())).toMatchObject({ command: 'Update opportunity', table: 'Opportunities', rowId: 'O00001', change: 'Stage: 05 Shortlisted or bidding → 06 Sole choice or bid won.' });
  });

  it('writes one history row per changed tracked field, none for an unchanged one', () => {
    const r = accepted(runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: '05', amount: '125万', close: '2026-07-01', confirmed: true, next_step: 'Demo', next_step_date: '2026-05-20' }, ctxOf('Li')));
    const h = historyOf(wb(), r.writes);
    expect(h.map((x) => [x.field, x.before, x.after])).toEqual([
      ['Amount', 1000000, 1250000],
      ['Close date', '2026-06-15', '2026-07-01'],
      ['Confirmed', '', 'Yes'],
    ]);
    const row = record(applyWrites(wb(), r.writes).opportunities!, 0);
    expect(row).toMatchObject({ amount: 1250000, close: '2026-07-01', confirmed: 'Yes', next_step: 'Demo', next_step_date: '2026-05-20', stage: '05 Shortlisted or bidding' });
  });

  it('Lost needs a reason; with one it records reason, note and the competitor who won', () => {
    expect(rejected(runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: 0 }, ctxOf('Chen'))).lost_reason.en).toMatch(/lost reason/);
    const r = accepted(runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: 0, lost_reason: 'competitor', lost_note: 'cheaper', competitor: 'Huawei' }, ctxOf('Chen', 'zh')));
    const row = record(applyWrites(wb(), r.writes).opportunities!, 0);
    expect(row).toMatchObject({ stage: '丢单', lost_reason: '客户选择了竞争对手', lost_note: 'cheaper', competitor: 'Huawei' });
    expect(historyOf(wb(), r.writes)[0]).toMatchObject({ field: '阶段', after: '丢单', source: '表单' });
  });

  it('refuses a lost reason for an opportunity that is not lost', () => {
    expect(rejected(runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: 6, lost_reason: 'price' }, ctxOf('Chen'))).lost_reason.en).toMatch(/only for an opportunity moved to Lost/);
  });

  it('stage 08 records the won date; reopening clears it', () => {
    const r = accepted(runCommand('updateOpportunity', wb(), { opportunity: 'O00003', stage: 8 }, ctxOf('Sun')));
    const after = applyWrites(wb(), r.writes);
    expect(record(after.opportunities!, 2).won_date).toBe('2026-05-17');
    const back = accepted(runCommand('updateOpportunity', after, { opportunity: 'O00003', stage: 7 }, ctxOf('Sun')));
    expect(record(applyWrites(after, back.writes).opportunities!, 2).won_date).toBe('');
  });

  it('reopening a lost opportunity clears its lost reason', () => {
    const lost = applyWrites(wb(), accepted(runCommand('updateOpportunity', wb(), { opportunity: 'O00002', stage: 0, lost_reason: 'price' }, ctxOf('Chen'))).writes);
    const r = accepted(runCommand('updateOpportunity', lost, { opportunity: 'O00002', stage: 3, lost_reason: 'price' }, ctxOf('Chen')));
    expect(record(applyWrites(lost, r.writes).opportunities!, 1)).toMatchObject({ stage: '03 Map the customer organisation', lost_reason: '' });
  });

  it('only the owner or a superior up the chain may update; anyone else is refused and nothing is written', () => {
    for (const actor of ['Chen', 'Li', 'Wang']) expect(runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: 6 }, ctxOf(actor)).ok, actor).toBe(true);
    for (const actor of ['Liu', 'Zhao', 'Sun']) {
      const e = rejected(runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: 6 }, ctxOf(actor)));
      expect(e[''].en).toMatch(new RegExp(`primary owner \\(Chen\\).*${actor} is neither`));
      expect(e[''].zh).toMatch(/上级/);
    }
    expect(rejected(runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: 6 }, ctxOf('x@y.z')))[''].en).toMatch(/not in the Team sheet/);
  });

  it('refuses nothing to change, an unknown opportunity and bad values per field', () => {
    expect(rejected(runCommand('updateOpportunity', wb(), { opportunity: 'O00001', stage: '05 Shortlisted' }, ctxOf('Chen')))[''].en).toMatch(/Nothing to change/);
    const e = rejected(runCommand('updateOpportunity', wb(), { opportunity: 'O9', amount: 'lots', close: '2026/13/40', stage: '9' }, ctxOf('Chen')));
    expect(Object.keys(e).sort()).toEqual(['amount', 'close', 'opportunity', 'stage']);
  });

  it('records a direct edit of the opportunity no history row had, before its own row', () => {
    const first = wb();
    first.opportunities!.rows[0][first.opportunities!.col.stage] = '6'; // typed in the grid
    const r = accepted(runCommand('updateOpportunity', first, { opportunity: 'O00001', stage: 7 }, ctxOf('Chen')));
    const h = historyOf(first, r.writes);
    expect(h.map((x) => [x.field, x.before, x.after, x.source])).toEqual([
      ['Stage', '05 Shortlisted or bidding', '06 Sole choice or bid won', 'Edit'],
      ['Stage', '06 Sole choice or bid won', '07 Commercial negotiation', 'Form'],
    ]);
  });
});

describe('history of newOpportunity and changeOwner', () => {
  it('a new opportunity writes its first rows, blank → each value', () => {
    const r = accepted(runCommand('newOpportunity', wb(), { customer_id: 'C00001', name: 'X', stage: 2, amount: 10, close: '2026-06-01' }, ctxOf('Chen')));
    const h = historyOf(wb(), r.writes);
    expect(h.map((x) => [x.opportunity, x.field, x.before, x.after])).toEqual([
      ['O00004', 'Stage', '', '02 Establish needs, budget and sponsor'],
      ['O00004', 'Amount', '', 10],
      ['O00004', 'Close date', '', '2026-06-01'],
      ['O00004', 'Owner', '', 'Chen'],
      ['O00004', 'Confirmed', '', 'No'],
    ]);
    // …so a reconcile right after finds nothing to add.
    const after = applyWrites(wb(), r.writes);
    const rec = reconcileHistory(after, ctxOf('Chen')).writes.filter((x) => x.kind === 'append');
    expect(rec.flatMap((x) => (x.kind === 'append' ? x.rows : [])).filter((row) => row[1] === 'O00004')).toEqual([]);
  });

  it('a change of owner writes the owner row (and the confirmation it clears)', () => {
    // (the director: the new owner must be someone below the one who changes it)
    const r = accepted(runCommand('changeOwner', wb(), { opportunity: 'O00003', owner: 'Liu' }, ctxOf('Wang')));
    expect(historyOf(wb(), r.writes).map((x) => [x.field, x.before, x.after, x.by])).toEqual([
      ['Owner', 'Sun', 'Liu', 'Wang'],
      ['Confirmed', 'Yes', 'No', 'Wang'],
    ]);
  });
});

describe('stage 08 and the order review (issue 14)', () => {
  // O00001 (1,000,000) above a 500,000 threshold; the three departments and the director sign.
  const book = (reviews: Record<string, unknown>[]) => {
    const r = demoRecords();
    return testWorkbook({
      ...r,
      settings: settingsRows({ period_from: '2026-04-01', period_to: '2026-06-30', review_threshold: 500000, top_approver: 'Wang' }),
      reviews: reviews as never,
    });
  };
  const request = { id: 'R00001', kind: 'Request', opportunity: 'O00001', by: 'Chen', price: 1000000, cost: 600000 };
  const signed = ['Finance', 'Quality', 'Purchasing'].map((step, i) => ({ id: 'R00001', kind: 'Sign-off', opportunity: 'O00001', by: ['Fang', 'Gao', 'Hu'][i], step, verdict: 'Accept' }));

  it('refuses to win an opportunity above the threshold without a review, or while it is pending, and writes nothing', () => {
    expect(rejected(runCommand('updateOpportunity', book([]), { opportunity: 'O00001', stage: '08' }, ctxOf('Chen'))).stage.en).toMatch(/review/i);
    expect(rejected(runCommand('updateOpportunity', book([request, ...signed]), { opportunity: 'O00001', stage: '08' }, ctxOf('Chen'))).stage.en).toMatch(/R00001/);
    // below the threshold no review is needed
    expect(runCommand('updateOpportunity', book([]), { opportunity: 'O00001', stage: '08', amount: 400000 }, ctxOf('Chen')).ok).toBe(true);
  });

  it('wins it once the review is approved, recording the won date', () => {
    const approved = [request, ...signed, { id: 'R00001', kind: 'Sign-off', opportunity: 'O00001', by: 'Li', step: 'Approval', verdict: 'Accept' }];
    const r = accepted(runCommand('updateOpportunity', book(approved), { opportunity: 'O00001', stage: '08' }, ctxOf('Chen')));
    expect(record(applyWrites(book(approved), r.writes).opportunities!, 0).won_date).toBe('2026-05-17');
  });
});

describe('won typed into the sheet without the review it needs (issue 14, whichever way the data changes)', () => {
  const edited = () => {
    const r = demoRecords();
    const opportunities = r.opportunities!.map((o) => (o.id === 'O00001' ? { ...o, stage: '08' } : o));
    const history = [{ when: '2026-05-01 10:00:00', opportunity: 'O00001', field: 'Stage', before: '', after: '05 Shortlisted or bidding', by: 'Chen', source: 'Form' }];
    return testWorkbook({ ...r, opportunities, history, settings: settingsRows({ period_from: '2026-04-01', period_to: '2026-06-30', review_threshold: 500000 }) });
  };

  it('puts the stage back when the host tells who typed it, and says why', () => {
    const r = reconcileHistory(edited(), ctxOf('Chen'), 'Chen');
    expect(r.wonRefused).toEqual([expect.objectContaining({ opportunity: 'O00001', stage: '05 Shortlisted or bidding' })]);
    const after = applyWrites(edited(), r.writes);
    expect(record(after.opportunities!, 0).stage).toBe('05 Shortlisted or bidding');
    expect(undoneMessage(r.undone, r.wonRefused)!.en).toMatch(/^O00001 cannot be won yet — .*review.* Its stage is put back to 05 Shortlisted or bidding\.$/);
  });

  it('records it for review ("Edit (unverified)") when the host cannot tell', () => {
    const r = reconcileHistory(edited(), ctxOf(''), null);
    expect(r.wonRefused).toEqual([]);
    const rows = records(applyWrites(edited(), r.writes).history!).filter((h) => h.opportunity === 'O00001' && h.field === 'Stage');
    expect(rows.at(-1)).toMatchObject({ before: '05 Shortlisted or bidding', source: 'Edit (unverified)' });
    expect(String(rows.at(-1)!.after)).toMatch(/^08/);
  });
});
