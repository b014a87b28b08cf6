import { describe, expect, it } from 'vitest';
import { record, records } from '../schema/read';
import type { Workbook } from '../schema/types';
import { applyWrites, ctxOf, demoRecords, settingsRows, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { readReviews, wonBlocked } from './review-data';
import { stepsFor } from './decide-review';
import { reviewState } from '../model/review';
import { findPerson } from './workbook';
import { formData } from './form-data';
import { accepted, auditOf, rejected } from './test-helpers';

/** The demo organisation with the three review departments, a top approver and a 500,000 threshold. */
function wb(): Workbook {
  const r = demoRecords();
  return testWorkbook({
    ...r,
    team: [
      ...r.team!,
      { person: 'Fang', manager: 'Wang', role: 'Finance (order review)' },
      { person: 'Gao', manager: 'Wang', role: '品质评审' },
      { person: 'Hu', manager: 'Wang', role: 'purchasing' },
    ],
    settings: settingsRows({ period_from: '2026-04-01', period_to: '2026-06-30', top_approver: 'Wang', review_threshold: 500000, min_margin: '12%' }),
  });
}

/** Runs a command and applies its writes (fails the test when refused). */
function step(book: Workbook, name: string, input: Record<string, unknown>, actor: string): Workbook {
  return applyWrites(book, accepted(runCommand(name, book, input, ctxOf(actor))).writes);
}

const REQUEST = { opportunity: 'O00001', price: '100万', cost: 700000, expenses: 100000, taxes: 50000, delivery: '2026-07-01', payment_terms: '30% down, 70% on delivery', payment_date: '2026-08-01', quality: 'ISO 9001' };

describe('requestReview', () => {
  it('computes the margins and appends exactly one request row and one audit row', () => {
    const book = wb();
    const r = runCommand('requestReview', book, REQUEST, ctxOf('Chen'));
    const { writes, message } = accepted(r);
    expect(writes.map((w) => [w.kind, w.table, w.kind === 'append' ? w.rows.length : 1])).toEqual([
      ['append', 'reviews', 1],
      ['append', 'audit', 1],
    ]);
    const row = record(applyWrites(book, writes).reviews!, 0);
    expect(row).toMatchObject({ id: 'R00001', kind: 'Request', opportunity: 'O00001', by: 'Chen', price: 1000000, gross_margin: 0.3, expense_ratio: 0.1, profit_margin: 0.15, delivery: '2026-07-01', quality: 'ISO 9001' });
    expect(message.en).toMatch(/gross margin 30%, expense ratio 10%, profit margin 15% \(OK, minimum 12%\)/);
    expect(auditOf(r, book)).toMatchObject({ command: 'Request order review', table: 'Order reviews', rowId: 'R00001' });
  });

  it('refuses a zero price, a pending review and an unknown opportunity, writing nothing', () => {
    expect(rejected(runCommand('requestReview', wb(), { ...REQUEST, price: 0 }, ctxOf('Chen'))).price.en).toMatch(/price above 0/);
    const once = step(wb(), 'requestReview', REQUEST, 'Chen');
    expect(rejected(runCommand('requestReview', once, REQUEST, ctxOf('Chen'))).opportunity.en).toMatch(/already has review R00001 pending/);
    expect(Object.keys(rejected(runCommand('requestReview', wb(), { opportunity: 'O9' }, ctxOf('Chen')))).sort()).toEqual(['cost', 'opportunity', 'price']);
  });
});

describe('decideReview', () => {
  const requested = () => step(wb(), 'requestReview', REQUEST, 'Chen');

  it('all three accept, then a superior of the owner approves: each sign-off appended, never overwritten', () => {
    let book = requested();
    book = step(book, 'decideReview', { review: 'R00001', step: 'finance', verdict: 'accept' }, 'Fang');
    book = step(book, 'decideReview', { review: 'r00001', step: '品质', verdict: '同意' }, 'Gao');
    const last = runCommand('decideReview', book, { review: 'R00001', step: 'purchasing', verdict: 'accept' }, ctxOf('Hu'));
    expect(accepted(last).message.en).toMatch(/All three accepted: a superior of the owner Chen approves it/);
    book = applyWrites(book, accepted(last).writes);
    expect(wonBlocked(book, 'O00001', 1000000)?.en).toMatch(/waiting for a superior of the owner/);
    const before = book.reviews!.rows.map((r) => r.slice());
    book = step(book, 'decideReview', { review: 'R00001', step: 'approval', verdict: 'accept' }, 'Li');
    expect(book.reviews!.rows.slice(0, before.length)).toEqual(before);
    expect(records(book.reviews!).map((r) => [r.kind, r.step, r.verdict, r.by])).toEqual([
      ['Request', '', '', 'Chen'],
      ['Sign-off', 'Finance', 'Accept', 'Fang'],
      ['Sign-off', 'Quality', 'Accept', 'Gao'],
      ['Sign-off', 'Purchasing', 'Accept', 'Hu'],
      ['Sign-off', 'Approval', 'Accept', 'Li'],
    ]);
    expect(wonBlocked(book, 'O00001', 1000000)).toBeNull();
    expect(rejected(runCommand('decideReview', book, { review: 'R00001', step: 'approval', verdict: 'reject', reason: 'late' }, ctxOf('Wang')))[''].en).toMatch(/already decided \(Accept by Li\)/);
  });

  it('a review rejected by one of three is not acceptable and goes to the top approver only', () => {
    let book = requested();
    book = step(book, 'decideReview', { review: 'R00001', step: 'finance', verdict: 'accept' }, 'Fang');
    const r = runCommand('decideReview', book, { review: 'R00001', step: 'purchasing', verdict: 'reject', reason: 'Steel priced below market' }, ctxOf('Hu'));
    expect(accepted(r).message.en).toMatch(/not acceptable: it goes to the top approver Wang/);
    book = applyWrites(book, accepted(r).writes);
    // the owner's superior may not approve it now; the top approver may
    expect(rejected(runCommand('decideReview', book, { review: 'R00001', step: 'approval', verdict: 'accept' }, ctxOf('Li')))[''].en).toMatch(/rejected by purchasing: the order is not acceptable and only the top approver Wang may decide it/);
    expect(wonBlocked(book, 'O00001', 1000000)?.en).toMatch(/waiting for the top approver/);
    book = step(book, 'decideReview', { review: 'R00001', step: 'approval', verdict: 'reject', reason: 'No profit' }, 'Wang');
    expect(wonBlocked(book, 'O00001', 1000000)?.en).toMatch(/review R00001 was rejected by Wang/);
    // a re-quote is a new review
    expect(runCommand('requestReview', book, { ...REQUEST, price: 1100000 }, ctxOf('Chen')).ok).toBe(true);
  });

  it('the requester trying to approve (or sign) their own request is refused, writing nothing', () => {
    let book = step(wb(), 'requestReview', REQUEST, 'Li');
    for (const s of ['finance', 'quality', 'purchasing']) book = step(book, 'decideReview', { review: 'R00001', step: s, verdict: 'accept' }, ['Fang', 'Gao', 'Hu'][['finance', 'quality', 'purchasing'].indexOf(s)]);
    const e = rejected(runCommand('decideReview', book, { review: 'R00001', step: 'approval', verdict: 'accept' }, ctxOf('li@example.com')));
    expect(e[''].en).toBe('Li requested review R00001 and cannot sign or approve their own request.');
    expect(e[''].zh).toMatch(/不能签署或审批自己的申请/);
    // a superior of the owner who did not request it may
    expect(runCommand('decideReview', book, { review: 'R00001', step: 'approval', verdict: 'accept' }, ctxOf('Wang')).ok).toBe(true);
  });

  it('only the named roles sign; a department signs once; approval waits for the three; a rejection needs its reason', () => {
    const book = requested();
    expect(rejected(runCommand('decideReview', book, { review: 'R00001', step: 'finance', verdict: 'accept' }, ctxOf('Gao'))).step.en).toMatch(/Only a person whose Team role is Finance \(order review\) may sign for finance; Gao is 品质评审/);
    expect(rejected(runCommand('decideReview', book, { review: 'R00001', step: 'approval', verdict: 'accept' }, ctxOf('Li'))).step.en).toMatch(/cannot be approved yet: waiting for finance, quality, purchasing/);
    expect(rejected(runCommand('decideReview', book, { review: 'R00001', step: 'quality', verdict: 'reject' }, ctxOf('Gao'))).reason.en).toMatch(/needs its reason/);
    const signed = step(book, 'decideReview', { review: 'R00001', step: 'finance', verdict: 'reject', reason: 'Margin too thin' }, 'Fang');
    expect(rejected(runCommand('decideReview', signed, { review: 'R00001', step: 'finance', verdict: 'accept' }, ctxOf('Fang'))).step.en).toMatch(/finance already signed review R00001 \(Reject, Fang\); a sign-off is never overwritten/);
    expect(rejected(runCommand('decideReview', book, { review: 'R00077', step: 'finance', verdict: 'accept' }, ctxOf('Fang'))).review.en).toMatch(/No review R00077/);
  });

  it('with no top approver in Settings a rejected review says to name one', () => {
    let book = requested();
    book = { ...book, settings: testWorkbook({ settings: settingsRows({ review_threshold: 500000 }) }).settings };
    book = step(book, 'decideReview', { review: 'R00001', step: 'quality', verdict: 'reject', reason: 'Tolerance impossible' }, 'Gao');
    expect(rejected(runCommand('decideReview', book, { review: 'R00001', step: 'approval', verdict: 'accept' }, ctxOf('Wang')))[''].en).toMatch(/fill in top_approver/);
  });
});

describe('the stage-08 rule', () => {
  it('below or at the threshold no review is needed; above it, none requested blocks; a new opportunity cannot start won', () => {
    const book = wb();
    expect(wonBlocked(book, 'O00001', 500000)).toBeNull();
    expect(wonBlocked(book, 'O00001', null)).toBeNull();
    expect(wonBlocked(book, 'O00001', 500001)?.en).toBe('O00001 (500,001) is above the review threshold 500,000: it cannot be won (stage 08) before an order review is approved. Request a review first.');
    const e = rejected(runCommand('newOpportunity', book, { customer_id: 'C00001', name: 'Big', owner: 'Chen', stage: '08', amount: 600000, close: '2026-06-01' }, ctxOf('Chen')));
    expect(e.stage.zh).toMatch(/订单评审通过前不能进入阶段 08/);
    expect(runCommand('newOpportunity', book, { customer_id: 'C00001', name: 'Small', owner: 'Chen', stage: '08', amount: 400000, close: '2026-06-01' }, ctxOf('Chen')).ok).toBe(true);
  });
});

describe('the Decide review picker offers the reviews waiting for the user', () => {
  const pending = (book: Workbook, who: string, lang: 'en' | 'zh' = 'en') => formData(book, who, lang).choices['decideReview.review'];

  it('a department sees a review until it signed; the requester never; the approver once it is due', () => {
    let book = step(wb(), 'requestReview', REQUEST, 'Chen');
    const fang = pending(book, 'Fang');
    expect(fang.map((c) => c.value)).toEqual(['R00001']);
    expect(fang[0].label).toMatch(/^R00001 · /);
    expect(fang[0].detail).toBe('waits for you: finance');
    expect(pending(book, 'Fang', 'zh')[0].detail).toBe('待您:财务');
    expect(pending(book, 'Chen')).toEqual([]); // the requester
    expect(pending(book, 'Li')).toEqual([]); // the owner's superior: not due yet
    book = step(book, 'decideReview', { review: 'R00001', step: 'finance', verdict: 'accept' }, 'Fang');
    expect(pending(book, 'Fang')).toEqual([]);
    book = step(book, 'decideReview', { review: 'R00001', step: 'quality', verdict: 'accept' }, 'Gao');
    book = step(book, 'decideReview', { review: 'R00001', step: 'purchasing', verdict: 'accept' }, 'Hu');
    // all three accepted: a superior of the owner approves (Li and Wang are above Chen), nobody else
    expect(pending(book, 'Li').map((c) => [c.value, c.detail])).toEqual([['R00001', 'waits for you: approval']]);
    expect(pending(book, 'Wang').map((c) => c.value)).toEqual(['R00001']);
    expect(pending(book, 'Fang')).toEqual([]);
    book = step(book, 'decideReview', { review: 'R00001', step: 'approval', verdict: 'accept' }, 'Li');
    expect(pending(book, 'Wang')).toEqual([]); // decided
  });

  it('after a rejection the approval is the top approver’s alone, and what the picker offers the command accepts', () => {
    let book = step(wb(), 'requestReview', REQUEST, 'Chen');
    book = step(book, 'decideReview', { review: 'R00001', step: 'finance', verdict: 'reject', reason: 'margin' }, 'Fang');
    expect(pending(book, 'Li')).toEqual([]);
    expect(pending(book, 'Wang').map((c) => c.detail)).toEqual(['waits for you: approval']);
    expect(pending(book, 'Gao').map((c) => c.detail)).toEqual(['waits for you: quality']);
    expect(runCommand('decideReview', book, { review: pending(book, 'Wang')[0].value, step: 'approval', verdict: 'reject', reason: 'no' }, ctxOf('Wang')).ok).toBe(true);
  });

  it('the picker and the command agree: a person may sign a step exactly when the picker offers it for that step', () => {
    const start = step(wb(), 'requestReview', REQUEST, 'Chen');
    const books = [
      start,
      step(start, 'decideReview', { review: 'R00001', step: 'finance', verdict: 'accept' }, 'Fang'),
      step(step(step(start, 'decideReview', { review: 'R00001', step: 'finance', verdict: 'accept' }, 'Fang'), 'decideReview', { review: 'R00001', step: 'quality', verdict: 'accept' }, 'Gao'), 'decideReview', { review: 'R00001', step: 'purchasing', verdict: 'accept' }, 'Hu'),
      step(start, 'decideReview', { review: 'R00001', step: 'quality', verdict: 'reject', reason: 'spec' }, 'Gao'),
    ];
    const people = records(wb().team!).map((p) => String(p.person));
    let offered = 0;
    for (const book of books)
      for (const who of people) {
        const s = reviewState('R00001', readReviews(book.reviews!))!;
        const allowed = stepsFor(book, s, findPerson(book, who)!);
        const listed = pending(book, who).some((c) => c.value === 'R00001');
        expect(listed, who).toBe(allowed.length > 0);
        for (const st of ['finance', 'quality', 'purchasing', 'approval'] as const) {
          const r = runCommand('decideReview', book, { review: 'R00001', step: st, verdict: 'accept' }, ctxOf(who));
          expect(r.ok, `${who} ${st}`).toBe(allowed.includes(st));
          if (r.ok) offered++;
        }
      }
    expect(offered).toBeGreaterThanOrEqual(6);
  });

  it('a workbook without Order reviews (set up before them) offers nothing and still builds its forms', () => {
    const book = wb();
    delete book.reviews;
    expect(pending(book, 'Fang')).toEqual([]);
  });
});
