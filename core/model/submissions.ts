/**
 * What people submitted (domain.md §4 steps 2–3): each person submits their forecast to their
 * superior; a superior may revise a subordinate's figure; what goes up the hierarchy is whichever
 * is later. Rows of the forecast-submission table are read as they were appended, never
 * overwritten; "latest" is by the time submitted (rows with the same time: the later row).
 *
 * Per person: the latest submission (their own), the latest revision of their figure by a superior
 * up the team's chain (a revision by anyone else is not counted), the figure counted upward — the
 * revision when it was made after the latest submission, else that submission — and the status:
 * Missing (neither), Submitted, Revised. A manager's reports' total is the sum of what their direct
 * reports count upward.
 */
import { memoText, normText } from '../cell';
import type { L10n } from '../i18n';
import type { Period, Team } from './forecast';

export type SubmissionKind = 'submission' | 'revision';

export const KIND_LABELS: Record<SubmissionKind, L10n> = {
  submission: { en: 'Submission', zh: '提交', zhHant: '提交' },
  revision: { en: 'Revision', zh: '修正', zhHant: '修正' },
};

const KIND_ALIASES: Record<SubmissionKind, string[]> = {
  submission: ['submitted', 'submit', '上报', '上報', '已提交'],
  revision: ['revised', 'revise', 'adjustment', '修订', '修訂', '调整', '調整'],
};

const KINDS = new Map<string, SubmissionKind>();
for (const k of ['submission', 'revision'] as const) for (const s of [k, KIND_LABELS[k].en, KIND_LABELS[k].zh, KIND_LABELS[k].zhHant ?? '', ...KIND_ALIASES[k]]) if (s) KINDS.set(normText(s), k);

const kindText = memoText((v: string): SubmissionKind | null | undefined => {
  const s = normText(v);
  if (s === '') return null;
  return KINDS.get(s);
});

/** A kind from a cell, in any of the three languages; `null` when blank, `undefined` when unreadable. */
export function parseKind(v: unknown): SubmissionKind | null | undefined {
  if (typeof v === 'string') return kindText(v);
  if (v === null || v === undefined) return null;
  return KINDS.get(normText(v));
}

export type SubmittedStatus = 'missing' | 'submitted' | 'revised';

export const STATUS_LABELS: Record<SubmittedStatus, L10n> = {
  missing: { en: 'Missing', zh: '未提交', zhHant: '未提交' },
  submitted: { en: 'Submitted', zh: '已提交', zhHant: '已提交' },
  revised: { en: 'Revised', zh: '已修正', zhHant: '已修正' },
};

/** A row of the forecast-submission table, read. */
export interface Submission {
  /** Submitted at: a day serial with the time as fraction. */
  when: number;
  kind: SubmissionKind;
  /** Whose forecast. */
  person: string;
  /** Who submitted or revised it. */
  by: string;
  from: number | null;
  to: number | null;
  amount: number;
}

export interface SubmittedLine {
  person: string;
  manager: string;
  /** The "Submitted figure" of the person's own latest submission. */
  submitted: number | null;
  submittedAt: number | null;
  /** The latest revision of the person's figure by a superior. */
  revision: number | null;
  revisedBy: string | null;
  /** What goes up: the revision if made after the latest submission, else that submission. */
  counted: number | null;
  status: SubmittedStatus;
  /** Σ counted of the direct reports; `null` for a person without reports. */
  reports: number | null;
}

export interface Submitted {
  /** One line per team row, in team order (`null` for a blank team row). */
  lines: (SubmittedLine | null)[];
  /** Σ of the latest submitted figures of people who are not in the team. */
  unassigned: number;
}

/** Does a row belong to the period? Its bounds must equal the period's (no period: every row). */
export function inSubmittedPeriod(s: Pick<Submission, 'from' | 'to'>, p: Period): boolean {
  return (p.from === null || s.from === p.from) && (p.to === null || s.to === p.to);
}

/** The submissions rolled up the team (rows in table order; `null` for a blank row). */
export function submittedForecast(team: Team, rows: readonly (Submission | null)[], period: Period): Submitted {
  const n = team.rows.length;
  const sub = new Int32Array(n).fill(-1);
  const rev = new Int32Array(n).fill(-1);
  const outside = new Map<string, number>();
  const later = (a: number, b: number) => b < 0 || rows[a]!.when > rows[b]!.when || (rows[a]!.when === rows[b]!.when && a > b);
  const superior = (i: number, by: number) => {
    for (let p = team.parent[i]; p >= 0; p = team.parent[p]) if (p === by) return true;
    return false;
  };
  for (let r = 0; r < rows.length; r++) {
    const s = rows[r];
    if (!s || !inSubmittedPeriod(s, period)) continue;
    const i = team.indexOf(s.person);
    if (s.kind === 'submission') {
      if (i >= 0) {
        if (later(r, sub[i])) sub[i] = r;
      } else {
        const k = normText(s.person);
        const had = outside.get(k);
        if (had === undefined || later(r, had)) outside.set(k, r);
      }
    } else if (i >= 0) {
      const by = team.indexOf(s.by);
      if (by >= 0 && superior(i, by) && later(r, rev[i])) rev[i] = r;
    }
  }
  const counted = new Float64Array(n).fill(NaN);
  const status: SubmittedStatus[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = sub[i];
    const v = rev[i];
    if (v >= 0 && (s < 0 || later(v, s))) {
      counted[i] = rows[v]!.amount;
      status[i] = 'revised';
    } else if (s >= 0) {
      counted[i] = rows[s]!.amount;
      status[i] = 'submitted';
    } else status[i] = 'missing';
  }
  const reports = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const p = team.parent[i];
    if (p < 0) continue;
    reports[p] = (Number.isNaN(reports[p]) ? 0 : reports[p]) + (Number.isNaN(counted[i]) ? 0 : counted[i]);
  }
  const lines: (SubmittedLine | null)[] = new Array(n);
  const num = (x: number) => (Number.isNaN(x) ? null : x);
  for (let i = 0; i < n; i++) {
    const m = team.rows[i];
    if (!m) {
      lines[i] = null;
      continue;
    }
    const s = sub[i] >= 0 ? rows[sub[i]]! : null;
    const v = rev[i] >= 0 ? rows[rev[i]]! : null;
    lines[i] = {
      person: m.person,
      manager: m.manager ?? '',
      submitted: s ? s.amount : null,
      submittedAt: s ? s.when : null,
      revision: v ? v.amount : null,
      revisedBy: v ? v.by : null,
      counted: num(counted[i]),
      status: status[i],
      reports: num(reports[i]),
    };
  }
  let unassigned = 0;
  for (const r of outside.values()) unassigned += rows[r]!.amount;
  return { lines, unassigned };
}
