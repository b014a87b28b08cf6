/** OVERDUE: per action, the days an open action is past its due date (core/model/actions.ts). */
import { ACTION_STATUSES, overdueDays } from '../model/actions';
import { itemLabels, itemReader } from '../model/items';
import { withGot } from './got';
import { RowError, type EachSpec } from './spec';

const readStatus = itemReader(ACTION_STATUSES);

const BAD = {
  en: `status: got {got}, expects ${itemLabels(ACTION_STATUSES, 'en')} (blank = open)`,
  zh: `status:收到 {got},应为${itemLabels(ACTION_STATUSES, 'zh')}(空白 = 进行中)`,
  zhHant: `status:收到 {got},應為${itemLabels(ACTION_STATUSES, 'zhHant')}(空白 = 進行中)`,
};

export const OVERDUE: EachSpec = {
  kind: 'each',
  name: 'OVERDUE',
  help: {
    en: 'Days overdue per action row: for an open action, the days from its due date to as_of — 0 when it is due on as_of or later; blank when the action is done or dropped or has no due date. A blank status counts as open; statuses are read in any language (Open / 进行中, Done / 已完成, Dropped / 已放弃).',
    zh: '逐行计算行动的逾期天数:进行中的行动从完成期限到 as_of 的天数——在 as_of 当天或之后到期为 0;已完成、已放弃或没有完成期限的行动为空。状态为空视为进行中;状态可用任一语言(进行中 / Open、已完成 / Done、已放弃 / Dropped)。',
    zhHant: '逐列計算行動的逾期天數:進行中的行動從完成期限到 as_of 的天數——在 as_of 當天或之後到期為 0;已完成、已放棄或沒有完成期限的行動為空。狀態為空視為進行中;狀態可用任一語言(進行中 / Open、已完成 / Done、已放棄 / Dropped)。',
  },
  params: [
    { name: 'due_dates', shape: 'each', type: 'date', sample: 'Actions!E2:E', help: { en: 'Due date per action', zh: '每个行动的完成期限', zhHant: '每個行動的完成期限' } },
    { name: 'statuses', shape: 'each', sample: 'Actions!F2:F', help: { en: 'Status per action: open, done or dropped (blank = open)', zh: '每个行动的状态:进行中、已完成或已放弃(空白 = 进行中)', zhHant: '每個行動的狀態:進行中、已完成或已放棄(空白 = 進行中)' } },
    { name: 'as_of', shape: 'scalar', type: 'date', sample: 'TODAY()', help: { en: 'The day to count to, e.g. TODAY()', zh: '计算到哪一天,如 TODAY()', zhHant: '計算到哪一天,如 TODAY()' } },
  ],
  examples: [
    {
      formula: '=OVERDUE(Actions!E2:E6, Actions!F2:F6, DATE(2026,5,20))',
      args: [[['2026-05-10'], ['2026-05-20'], ['2026-05-01'], ['2026-05-15'], ['']], [['Open'], ['进行中'], ['Done'], [''], ['Open']], '2026-05-20'],
      result: [[10], [0], [''], [5], ['']],
      explain: {
        en: '10 days late; due on the day itself: 0; done: blank; a blank status is open: 5; no due date: blank',
        zh: '逾期 10 天;当天到期为 0;已完成为空;状态为空视为进行中:5;没有完成期限为空',
        zhHant: '逾期 10 天;當天到期為 0;已完成為空;狀態為空視為進行中:5;沒有完成期限為空',
      },
    },
  ],
  cell([due, status], call) {
    const code = readStatus(status);
    if (code === undefined) throw new RowError(withGot(BAD, status));
    const d = overdueDays(due as number | null, code, call.as_of as number);
    return d === null ? '' : d;
  },
};
