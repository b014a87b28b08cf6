/**
 * Follow-ups (S1 "积极约定……再次见面的时间"): an activity's follow-up date is open until a later activity
 * with the same customer settles it (Activities `follow_up_done`). The activity form shows the customer's
 * open ones and settles them; the Dashboard lists the overdue ones per person.
 */
import { normText, serialToIso, toDateSerial } from '../cell';
import type { TableData } from '../schema/types';
import { field } from './result';
import { cellOf, textOf } from './workbook';

export const FOLLOW_UPS_DONE_FIELD = field('follow_ups_done', 'yesno', 'Settles the open follow-ups', '了结该客户未完成的跟进', '了結該客戶未完成的跟進', {
  help: { en: 'Blank = yes: this activity is the follow-up the customer was waiting for.', zh: '留空 = 是:本次活动即为该客户待办的跟进。', zhHant: '留空 = 是:本次活動即為該客戶待辦的跟進。' },
});

export interface OpenFollowUp {
  row: number;
  /** `YYYY-MM-DD`. */
  follow_up: string;
  date: string;
  person: string;
  type: string;
  notes: string;
}

const iso = (v: unknown) => {
  const d = toDateSerial(v);
  return typeof d === 'number' ? serialToIso(d) : '';
};

/** The open follow-ups of `customerId` set by activities on or before `onOrBefore` (`YYYY-MM-DD`; blank = any), by follow-up date. */
export function openFollowUps(act: TableData, customerId: string, onOrBefore = ''): OpenFollowUp[] {
  const want = normText(customerId);
  const out: OpenFollowUp[] = [];
  if (want === '') return out;
  for (let i = 0; i < act.rows.length; i++) {
    if (normText(cellOf(act, i, 'customer_id')) !== want) continue;
    const f = iso(cellOf(act, i, 'follow_up'));
    if (f === '' || textOf(act, i, 'follow_up_done') !== '') continue;
    const d = iso(cellOf(act, i, 'date'));
    if (onOrBefore && d > onOrBefore) continue;
    out.push({ row: i, follow_up: f, date: d, person: textOf(act, i, 'person'), type: textOf(act, i, 'type'), notes: textOf(act, i, 'notes') });
  }
  return out.sort((a, b) => (a.follow_up < b.follow_up ? -1 : a.follow_up > b.follow_up ? 1 : a.row - b.row));
}
