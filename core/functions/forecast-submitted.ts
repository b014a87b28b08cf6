/** FORECAST_SUBMITTED: what people actually submitted, and what their superiors revised, rolled up the team. */
import { toDateTimeSerial, toNumber } from '../cell';
import { t, type L10n } from '../i18n';
import { UNASSIGNED } from '../model/forecast';
import { parseKind, STATUS_LABELS, submittedForecast, type Submission } from '../model/submissions';
import { withGot } from './got';
import { periodParams, readPeriod } from './period';
import { need, type Grid } from './run';
import { CallError, type Ctx, type FoldSpec, type Out } from './spec';
import { teamOf, teamParam } from './team';

/** Result columns: person, manager, submitted, submitted at, revision, revised by, counted upward, status, reports' total. */
export const SUBMITTED_COLUMNS = 9;
/** The forecast-submission table's columns from "Submitted at" to "Submitted figure". */
const WIDTH = 10;

const MSG = {
  kind: {
    en: 'row {row} of submissions: the kind is {got}; expects Submission or Revision (提交 / 修正)',
    zh: 'submissions 第 {row} 行:类型为 {got};应为 提交 或 修正(Submission / Revision)',
    zhHant: 'submissions 第 {row} 列:類型為 {got};應為 提交 或 修正(Submission / Revision)',
  },
  when: {
    en: 'row {row} of submissions: submitted at is {got}; expects a date and time such as 2026-11-10 09:30',
    zh: 'submissions 第 {row} 行:提交时间为 {got};应为日期和时间,如 2026-11-10 09:30',
    zhHant: 'submissions 第 {row} 列:提交時間為 {got};應為日期和時間,如 2026-11-10 09:30',
  },
  person: {
    en: 'row {row} of submissions: whose forecast it is is blank; expects a person',
    zh: 'submissions 第 {row} 行:预测人为空;应填写人员',
    zhHant: 'submissions 第 {row} 列:預測人為空;應填寫人員',
  },
  amount: {
    en: 'row {row} of submissions: the submitted figure is {got}; expects an amount',
    zh: 'submissions 第 {row} 行:提交金额为 {got};应为金额',
    zhHant: 'submissions 第 {row} 列:提交金額為 {got};應為金額',
  },
} satisfies Record<string, L10n>;

function fail(l: L10n, row: number, got: unknown, ctx: Ctx): never {
  throw new CallError(t(withGot(l, got, { row }), ctx.lang));
}

/** The submission rows as the model reads them (`null` for a blank row); a bad row fails the call naming it. */
function readSubmissions(g: Grid, ctx: Ctx): (Submission | null)[] {
  const out: (Submission | null)[] = new Array(g.length);
  for (let r = 0; r < g.length; r++) {
    const row = g[r];
    let blank = true;
    for (let c = 0; c < WIDTH && blank; c++) {
      const v = row[c];
      if (!(v === null || v === undefined || v === '' || (typeof v === 'string' && v.trim() === ''))) blank = false;
    }
    if (blank) {
      out[r] = null;
      continue;
    }
    const kind = parseKind(row[1]);
    if (!kind) fail(MSG.kind, r + 1, row[1], ctx);
    const when = toDateTimeSerial(row[0]);
    if (when === null || when === undefined) fail(MSG.when, r + 1, row[0], ctx);
    const person = need('text', row[2], 'submissions', r + 1, ctx) as string | null;
    if (!person) fail(MSG.person, r + 1, row[2], ctx);
    const by = (need('text', row[3], 'submissions', r + 1, ctx) as string | null) ?? '';
    const from = need('date', row[5], 'submissions', r + 1, ctx) as number | null;
    const to = need('date', row[6], 'submissions', r + 1, ctx) as number | null;
    const amount = toNumber(row[9]);
    if (amount === null || amount === undefined) fail(MSG.amount, r + 1, row[9], ctx);
    out[r] = { when, kind, person, by, from, to, amount };
  }
  return out;
}

export const FORECAST_SUBMITTED: FoldSpec = {
  kind: 'fold',
  name: 'FORECAST_SUBMITTED',
  result: 'matrix',
  help: {
    en: "The forecast as people submitted and revised it, rolled up the team. One row per team row, in team order (a blank team row gives a blank row), then a last row \"(unassigned)\". Columns: person; manager; submitted (the submitted figure of the person's own latest submission); submitted at; revision (the latest revision of the person's figure by a superior up the team's chain — a revision by anyone else is not counted); revised by; counted upward (the revision when it was made after the latest submission, else that submission; blank when there is neither); status (Missing, Submitted, Revised); reports' total (Σ counted upward of the direct reports, what a manager reviews before submitting; blank for a person without reports). \"Latest\" is by submitted-at time (the same time: the later row). A row counts for the period when its period from/to equal from/to (no period: every row); its kind is read in any language (Submission / Revision, 提交 / 修正). The (unassigned) row sums the latest submitted figures of people not in the team. A bad row fails the call naming it.",
    zh: '按团队逐级汇总的实际提交与修正的预测。团队每行对应一行,顺序不变(团队空行对应空行),最后一行为“(未分配)”。各列:人员;上级;提交额(本人最近一次提交的提交金额);提交时间;修正额(上级链上的上级最近一次修正该人员的金额——非上级的修正不计);修正人;上报额(最近一次提交之后的修正,否则为该次提交;两者都没有时为空);状态(未提交、已提交、已修正);下属合计(各直接下属上报额之和,即上级提交前审阅的金额;没有下属时为空)。“最近”按提交时间(时间相同时以后一行为准)。预测期起止与 from/to 相同的行才计入(不设期间时全部计入);类型可用任一语言(提交 / 修正,Submission / Revision)。“(未分配)”行汇总不在团队中的人员最近一次提交的金额。某行有误时整个调用失败并指出该行。',
    zhHant: '按團隊逐級匯總的實際提交與修正的預測。團隊每列對應一列,順序不變(團隊空列對應空列),最後一列為「(未分配)」。各欄:人員;上級;提交額(本人最近一次提交的提交金額);提交時間;修正額(上級鏈上的上級最近一次修正該人員的金額——非上級的修正不計);修正人;上報額(最近一次提交之後的修正,否則為該次提交;兩者都沒有時為空);狀態(未提交、已提交、已修正);下屬合計(各直接下屬上報額之和,即上級提交前審閱的金額;沒有下屬時為空)。「最近」按提交時間(時間相同時以後一列為準)。預測期起止與 from/to 相同的列才計入(不設期間時全部計入);類型可用任一語言(提交 / 修正,Submission / Revision)。「(未分配)」列匯總不在團隊中的人員最近一次提交的金額。某列有誤時整個呼叫失敗並指出該列。',
  },
  params: [
    teamParam(),
    {
      name: 'submissions',
      shape: 'table',
      width: WIDTH,
      sample: 'Forecasts!B2:K',
      help: {
        en: 'The forecast-submission table from "Submitted at" to "Submitted figure": when, kind, person, by, to, period from, period to, own, team, amount (10 adjacent columns)',
        zh: '预测提交表从“提交时间”到“提交金额”的 10 列:时间、类型、预测人、提交人、提交给、预测期起、预测期止、本人预测、团队预测、提交金额',
        zhHant: '預測提交表從「提交時間」到「提交金額」的 10 欄:時間、類型、預測人、提交人、提交給、預測期起、預測期止、本人預測、團隊預測、提交金額',
      },
    },
    ...periodParams,
  ],
  examples: [
    {
      formula: '=FORECAST_SUBMITTED(Team!A2:B4, Forecasts!B2:K7, DATE(2026,4,1), DATE(2026,6,30))',
      args: [
        [['Wang', ''], ['Li', 'Wang'], ['Zhang', 'Li']],
        [
          ['2026-05-10 09:00', 'Submission', 'Zhang', 'Zhang', 'Li', '2026-04-01', '2026-06-30', 3165700, '', 3165700],
          ['2026-05-11 10:30', '修正', 'Zhang', 'Li', 'Li', '2026-04-01', '2026-06-30', 3165700, '', 3000000],
          ['2026-05-12 08:00', 'Revision', 'Zhang', 'Zhao', 'Zhao', '2026-04-01', '2026-06-30', 3165700, '', 1000],
          ['2026-05-12 18:00', 'Submission', 'Li', 'Li', 'Wang', '2026-04-01', '2026-06-30', 200000, 3200000, 3200000],
          ['2026-01-20 17:00', 'Submission', 'Wang', 'Wang', '', '2026-01-01', '2026-03-31', 9000000, 9000000, 9000000],
          ['2026-05-13 12:00', '提交', 'Zhao', 'Zhao', 'Li', '2026-04-01', '2026-06-30', 50000, '', 50000],
        ],
        '2026-04-01',
        '2026-06-30',
      ],
      result: [
        ['Wang', '', '', '', '', '', '', 'Missing', 3200000],
        ['Li', 'Wang', 3200000, 46154.75, '', '', 3200000, 'Submitted', 3000000],
        ['Zhang', 'Li', 3165700, 46152.375, 3000000, 'Li', 3000000, 'Revised', ''],
        ['(unassigned)', '', '', '', '', '', 50000, '', ''],
      ],
      explain: {
        en: "Zhang submitted 3,165,700 and Li revised it to 3,000,000 (Zhao is not Zhang's superior: not counted); Li submitted 3,200,000 to Wang, who reviews Li's 3,200,000; Wang's Q1 row is another period; Zhao is not in the team",
        zh: '张提交 3,165,700,李修正为 3,000,000(赵不是张的上级,不计);李向王提交 3,200,000,王审阅的下属合计为 3,200,000;王第一季度的行属于其他期间;赵不在团队中',
        zhHant: '張提交 3,165,700,李修正為 3,000,000(趙不是張的上級,不計);李向王提交 3,200,000,王審閱的下屬合計為 3,200,000;王第一季度的列屬於其他期間;趙不在團隊中',
      },
    },
    {
      formula: '=FORECAST_SUBMITTED(Team!A2:B3, Forecasts!B2:K4)',
      args: [
        [['Li', ''], ['Zhang', 'Li']],
        [
          ['2026-05-10 09:00', 'Submission', 'Zhang', 'Zhang', 'Li', '2026-04-01', '2026-06-30', 100, '', 100],
          ['2026-05-11 10:30', 'Revision', 'Zhang', 'Li', 'Li', '2026-04-01', '2026-06-30', 100, '', 80],
          ['2026-05-12 09:00', 'Submission', 'Zhang', 'Zhang', 'Li', '2026-04-01', '2026-06-30', 120, '', 120],
        ],
      ],
      result: [
        ['Li', '', '', '', '', '', '', 'Missing', 120],
        ['Zhang', 'Li', 120, 46154.375, 80, 'Li', 120, 'Submitted', ''],
        ['(unassigned)', '', '', '', '', '', 0, '', ''],
      ],
      explain: {
        en: "Zhang's later submission of 120 supersedes Li's revision to 80: Submitted again",
        zh: '张后来又提交了 120,取代李修正的 80:状态重新为已提交',
        zhHant: '張後來又提交了 120,取代李修正的 80:狀態重新為已提交',
      },
    },
  ],
  size: (dims) => ({ rows: (dims[0]?.rows ?? 0) + 1, cols: SUBMITTED_COLUMNS }),
  fold(args, ctx) {
    const period = readPeriod(args, ctx);
    const team = teamOf(args.team as Grid, ctx);
    const f = submittedForecast(team, readSubmissions(args.submissions as Grid, ctx), period);
    const label = {
      missing: t(STATUS_LABELS.missing, ctx.lang),
      submitted: t(STATUS_LABELS.submitted, ctx.lang),
      revised: t(STATUS_LABELS.revised, ctx.lang),
    };
    const v = (x: number | string | null): Out => (x === null ? '' : x);
    const out: Out[][] = new Array(f.lines.length + 1);
    for (let i = 0; i < f.lines.length; i++) {
      const l = f.lines[i];
      out[i] = l
        ? [l.person, l.manager, v(l.submitted), v(l.submittedAt), v(l.revision), v(l.revisedBy), v(l.counted), label[l.status], v(l.reports)]
        : ['', '', '', '', '', '', '', '', ''];
    }
    out[f.lines.length] = [t(UNASSIGNED, ctx.lang), '', '', '', '', '', f.unassigned, '', ''];
    return out;
  },
};


