/** ACTIVITY_PACE: daily prospecting against 8 new names and 3 introductions a day. */
import { toNumber } from '../cell';
import { t, type L10n } from '../i18n';
import { INTRODUCTIONS_PER_DAY, introductionsPace, isOnPace, namesPace, NAMES_PER_DAY, PACE_LABELS } from '../model/activity';
import { withGot } from './got';
import { badValue, cells, sameLength, toGrid } from './run';
import { CellError, type FoldSpec, type Out } from './spec';

const MSG = {
  negative: {
    en: '{arg}: got {got}, expects a count of 0 or more',
    zh: '{arg}:收到 {got},应为 0 或以上的数量',
    zhHant: '{arg}:收到 {got},應為 0 或以上的數量',
  },
  days: {
    en: 'days: got {got}, expects a number of days greater than 0 (blank = 1)',
    zh: 'days:收到 {got},天数应大于 0(空白 = 1)',
    zhHant: 'days:收到 {got},天數應大於 0(空白 = 1)',
  },
} satisfies Record<string, L10n>;

export const ACTIVITY_PACE: FoldSpec = {
  kind: 'fold',
  name: 'ACTIVITY_PACE',
  result: 'matrix',
  help: {
    en: `Prospecting pace per row, 3 columns: names pace = new names ÷ (${NAMES_PER_DAY} × days), introductions pace = introductions ÷ (${INTRODUCTIONS_PER_DAY} × days) (1 = exactly on target, format as %), and the status: On pace when both reach 100 %, else Behind. A row with both counts blank is blank; one blank count is 0; blank days = 1.`,
    zh: `逐行计算拓展客户的进度,3 列:新名单进度 = 新名单数 ÷(${NAMES_PER_DAY} × 天数),引荐进度 = 引荐数 ÷(${INTRODUCTIONS_PER_DAY} × 天数)(1 = 恰好达到目标,可设为百分比格式),以及状态:两项都达到 100% 为达标,否则为落后。两个数都为空的行结果为空;只有一个为空时按 0 计;天数为空按 1 天计。`,
    zhHant: `逐列計算拓展客戶的進度,3 欄:新名單進度 = 新名單數 ÷(${NAMES_PER_DAY} × 天數),引薦進度 = 引薦數 ÷(${INTRODUCTIONS_PER_DAY} × 天數)(1 = 恰好達到目標,可設為百分比格式),以及狀態:兩項都達到 100% 為達標,否則為落後。兩個數都為空的列結果為空;只有一個為空時按 0 計;天數為空按 1 天計。`,
  },
  params: [
    {
      name: 'new_names',
      shape: 'table',
      sample: 'B2:B',
      help: {
        en: 'New names (prospects) found per row — a day, or a period of `days` days',
        zh: '每行新增的客户名单数——一天,或 days 天的合计',
        zhHant: '每列新增的客戶名單數——一天,或 days 天的合計',
      },
    },
    {
      name: 'introductions',
      shape: 'table',
      sample: 'C2:C',
      help: {
        en: 'Introductions to new ideal customers per row, aligned with new_names',
        zh: '每行获得引荐的新理想客户数,与 new_names 对齐',
        zhHant: '每列獲得引薦的新理想客戶數,與 new_names 對齊',
      },
    },
    {
      name: 'days',
      shape: 'table',
      optional: true,
      sample: 'D2:D',
      help: {
        en: 'Optional: working days each row covers — one cell for all rows or one per row (default 1)',
        zh: '可选:每行涵盖的工作日数——一个单元格用于所有行,或每行一个(默认 1)',
        zhHant: '可選:每列涵蓋的工作日數——一個儲存格用於所有列,或每列一個(預設 1)',
      },
    },
  ],
  examples: [
    {
      formula: '=ACTIVITY_PACE(B2:B3, C2:C3, 5)',
      args: [[[40], [30]], [[18], [15]], 5],
      result: [
        [1, 1.2, 'On pace'],
        [0.75, 1, 'Behind'],
      ],
      explain: {
        en: 'over 5 days the target is 40 names and 15 introductions: 40 and 18 are on pace; 30 names is 75 %, behind',
        zh: '5 天的目标是 40 个新名单和 15 个引荐:40 和 18 达标;30 个名单为 75%,落后',
        zhHant: '5 天的目標是 40 個新名單和 15 個引薦:40 和 18 達標;30 個名單為 75%,落後',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0] ? dims[0].rows * dims[0].cols : 1, cols: 3 }),
  fold(args, ctx) {
    // Columns (the usual case) are read in place; other shapes in reading order.
    const ng = toGrid(args.new_names);
    const ig = toGrid(args.introductions);
    const names = ng[0].length === 1 ? null : cells(ng);
    const intros = ig[0].length === 1 ? null : cells(ig);
    const n = names ? names.length : ng.length;
    const m = intros ? intros.length : ig.length;
    if (m !== n) sameLength(new Array(n), 'new_names', new Array(m), 'introductions', ctx);
    const days = args.days === undefined ? null : cells(args.days);
    if (days && days.length !== 1) sameLength(new Array(n), 'new_names', days, 'days', ctx);
    const onPace = t(PACE_LABELS.onPace, ctx.lang);
    const behind = t(PACE_LABELS.behind, ctx.lang);
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : toNumber(v));
    const oneDays = days && days.length === 1 ? num(days[0]) : null;
    const out: Out[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const nRaw = names ? names[i] : ng[i][0];
      const mRaw = intros ? intros[i] : ig[i][0];
      const a = num(nRaw);
      const b = num(mRaw);
      if (a === null && b === null) {
        out[i] = ['', '', ''];
        continue;
      }
      const dRaw = days ? days[days.length === 1 ? 0 : i] : null;
      const d = days && days.length === 1 ? oneDays : num(dRaw);
      let err: CellError | null = null;
      if (a === undefined) err = new CellError(badValue('number', 'new_names', nRaw, ctx));
      else if (b === undefined) err = new CellError(badValue('number', 'introductions', mRaw, ctx));
      else if (a !== null && a < 0) err = new CellError(t(withGot(MSG.negative, a, { arg: 'new_names' }), ctx.lang));
      else if (b !== null && b < 0) err = new CellError(t(withGot(MSG.negative, b, { arg: 'introductions' }), ctx.lang));
      else if (d === undefined || (d !== null && d <= 0)) err = new CellError(t(withGot(MSG.days, dRaw), ctx.lang));
      if (err) {
        out[i] = [err, err, err];
        continue;
      }
      const np = namesPace(a ?? 0, d ?? 1);
      const ip = introductionsPace(b ?? 0, d ?? 1);
      out[i] = [np, ip, isOnPace(np, ip) ? onPace : behind];
    }
    return out;
  },
};
