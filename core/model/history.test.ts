/**
 * The edit reconciliation (issue 9): any sequence of form updates and direct edits, reconciled at any
 * moments and with the rows in any order, leaves exactly one history row per real change — a change
 * is a value that differs from the last one recorded — and the history replays to the sheet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestValues, unrecordedChanges, valueKey, type HistoryEntry, type OpportunityNow, type TrackedField } from './history';

const FIELDS: TrackedField[] = ['stage', 'amount', 'owner'];
/** Spellings of the same values (a typed `3` is the stage `03 …`, `¥1,200` the amount 1200). */
const SPELL: Record<string, unknown[][]> = {
  stage: [['03 Map the customer organisation', '3', 3, '03'], ['丢单', 'Lost'], ['05', 5]],
  amount: [[1200, '1,200', '¥1,200'], [50000, '5万']],
  owner: [['Chen', ' chen '], ['Liu', 'LIU']],
};

const op = fc.oneof(
  fc.record({ kind: fc.constant('form' as const), opp: fc.nat(3), field: fc.constantFrom(...FIELDS), value: fc.nat(9), spelling: fc.nat(3) }),
  fc.record({ kind: fc.constant('edit' as const), opp: fc.nat(3), field: fc.constantFrom(...FIELDS), value: fc.nat(9), spelling: fc.nat(3) }),
  fc.record({ kind: fc.constant('reconcile' as const), order: fc.array(fc.nat(100), { minLength: 4, maxLength: 4 }) }),
);

function spelled(field: TrackedField, value: number, spelling: number): unknown {
  const groups = SPELL[field];
  const g = groups[value % groups.length];
  return value >= groups.length * 2 ? '' : g[spelling % g.length];
}

describe('unrecordedChanges', () => {
  it('records every real change exactly once, whatever the order of rows and reconciles', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const sheet: OpportunityNow[] = [0, 1, 2, 3].map((i) => ({ id: `O0000${i}`, values: {} }));
        const history: HistoryEntry[] = [];
        let when = 1;
        let formRows = 0;
        const reconcile = (order: number[]) => {
          const rows = sheet.map((o, i) => ({ o, k: order[i] ?? i })).sort((a, b) => a.k - b.k).map((x) => x.o);
          const changes = unrecordedChanges(rows, latestValues(history), FIELDS);
          for (const c of changes) history.push({ opportunity: c.opportunity.toLowerCase(), field: c.field, after: c.after, when });
          when++;
          return changes.length;
        };
        for (const o of ops) {
          if (o.kind === 'reconcile') {
            reconcile(o.order);
            continue;
          }
          const target = sheet[o.opp];
          const v = spelled(o.field, o.value, o.spelling);
          if (o.kind === 'form') {
            // A form reconciles its own opportunity first, then records its change (when it is one).
            const mine = unrecordedChanges([target], latestValues(history), FIELDS);
            for (const c of mine) history.push({ opportunity: c.opportunity, field: c.field, after: c.after, when });
            if (valueKey(o.field, target.values[o.field]) !== valueKey(o.field, v)) {
              history.push({ opportunity: target.id, field: o.field, after: v, when });
              formRows++;
            }
          }
          target.values[o.field] = v;
          when++;
        }
        reconcile([3, 2, 1, 0]);
        // Reconciling again adds nothing.
        expect(reconcile([0, 1, 2, 3])).toBe(0);
        // No row repeats the value before it, and the last row of each field is what the sheet holds.
        const byKey = new Map<string, unknown>();
        for (const h of history) {
          const k = h.opportunity.toLowerCase() + h.field;
          expect(valueKey(h.field, h.after)).not.toBe(valueKey(h.field, byKey.get(k) ?? ''));
          byKey.set(k, h.after);
        }
        for (const o of sheet) for (const f of FIELDS) expect(valueKey(f, byKey.get(o.id.toLowerCase() + f) ?? '')).toBe(valueKey(f, o.values[f] ?? ''));
        expect(history.length).toBeGreaterThanOrEqual(formRows);
      }),
      { numRuns: 300 },
    );
  });

  it('matches rows by ID: a sort records nothing; a duplicated ID is read once', () => {
    const latest = latestValues([
      { opportunity: 'O1', field: 'stage', after: '03 x', when: 1 },
      { opportunity: 'O2', field: 'stage', after: 5, when: 1 },
    ]);
    const rows = [
      { id: 'O2', values: { stage: '05 Shortlisted' } },
      { id: 'o1', values: { stage: 3 } },
      { id: 'O1', values: { stage: 7 } },
    ];
    expect(unrecordedChanges(rows, latest, ['stage'])).toEqual([]);
  });

  it('reads the last row of the table, whatever its time (co-authors\' clocks differ)', () => {
    const latest = latestValues([
      { opportunity: 'O1', field: 'stage', after: 2, when: 5 },
      { opportunity: 'O1', field: 'stage', after: 4, when: 3 },
      { opportunity: 'O1', field: 'amount', after: 1, when: 5 },
      { opportunity: 'O1', field: 'amount', after: 2, when: 5 },
    ]);
    expect(latest.get('o1')).toEqual({ stage: 4, amount: 2 });
  });

  it('compares values as the readers read them', () => {
    expect(valueKey('stage', '丢单')).toBe(valueKey('stage', 'Lost'));
    expect(valueKey('amount', '125万')).toBe(valueKey('amount', 1250000));
    expect(valueKey('close', '2026/3/31')).toBe(valueKey('close', '2026-03-31'));
    expect(valueKey('confirmed', '是')).toBe(valueKey('confirmed', 'Yes'));
    expect(valueKey('stage', 'typo')).not.toBe(valueKey('stage', ''));
  });
});
