/**
 * The read-only views of the issue-13 forms: a contact to preload its update form, a customer's open
 * follow-ups and its development stage with the checklist to leave it, and the objection playbook searched.
 */
import { normText } from '../cell';
import { t, type Lang } from '../i18n';
import { DEV_CRITERIA, devStageLabel, parseDevStage } from '../model/development';
import { readList } from '../schema/lists';
import type { Workbook } from '../schema/types';
import { openFollowUps, type OpenFollowUp } from './follow-ups';
import { cellOf, findRow, table, textOf, yes } from './workbook';

/** A contact's fields as the Add-or-update-contact form takes them (list fields as codes); `null` when there is no such contact. */
export function contactView(wb: Workbook, input: Record<string, unknown>): Record<string, string> | null {
  const t0 = table(wb, 'contacts');
  const r = findRow(t0, 'id', String(input.id ?? ''));
  if (r < 0) return null;
  const out: Record<string, string> = {};
  for (const c of t0.spec.columns) {
    const v = cellOf(t0, r, c.key);
    out[c.key] = c.type === 'list' && c.list ? readList(c.list, v) ?? textOf(t0, r, c.key) : textOf(t0, r, c.key);
  }
  return out;
}

export function followUpsView(wb: Workbook, input: Record<string, unknown>): OpenFollowUp[] {
  return openFollowUps(table(wb, 'activities'), String(input.customer_id ?? ''));
}

export interface ProspectView {
  id: string;
  /** 1–5, 0 = not a prospect yet, -1 = the cell is unreadable. */
  stage: number;
  label: string;
  stopped: boolean;
  reason: string;
  /** The checklist to leave the stage (field keys `check_<code>`). */
  criteria: { key: string; label: string }[];
}

export function prospectView(wb: Workbook, lang: Lang, input: Record<string, unknown>): ProspectView | null {
  const cust = table(wb, 'customers');
  const r = findRow(cust, 'id', String(input.customer_id ?? ''));
  if (r < 0) return null;
  const s = parseDevStage(cellOf(cust, r, 'dev_stage'));
  const stage = s === undefined ? -1 : s ?? 0;
  return {
    id: textOf(cust, r, 'id'),
    stage,
    label: s ? devStageLabel(s, lang === 'zh-Hant' ? 'zhHant' : lang) : textOf(cust, r, 'dev_stage'),
    stopped: yes(cust, r, 'dev_stopped') === true,
    reason: textOf(cust, r, 'stop_reason'),
    criteria: s ? DEV_CRITERIA[s].map((k) => ({ key: `check_${k.code}`, label: t(k.label, lang) })) : [],
  };
}

/** The objections whose objection or answer contains every word of `query` (trimmed, any case, full-width folded); all when blank. At most 20. */
export function objectionsView(wb: Workbook, input: Record<string, unknown>): { objection: string; answer: string }[] {
  const o = table(wb, 'objections');
  const words = normText(input.query ?? '').split(' ').filter(Boolean);
  const out: { objection: string; answer: string }[] = [];
  for (let i = 0; i < o.rows.length && out.length < 20; i++) {
    const objection = textOf(o, i, 'objection');
    const answer = textOf(o, i, 'answer');
    if (objection === '' && answer === '') continue;
    const hay = normText(objection + ' ' + answer);
    if (words.every((w) => hay.includes(w))) out.push({ objection, answer });
  }
  return out;
}
