/**
 * OPEN_PIPELINE: per person, the amount of the open opportunities they are primary owner of —
 * stage 1–7 (neither won nor lost), expected to close in the period. One formula for a whole list of
 * people (the dashboard's quota block), because SUMIFS does not expand inside ARRAYFORMULA in Sheets.
 */
import { normText } from '../cell';
import { LOST } from '../model/stage';
import { need, type Grid } from './run';
import { CallError, type Ctx, type FoldSpec, type Out } from './spec';

const MSG_PERIOD = {
  en: 'from {from} is after to {to}; expects from ≤ to',
  zh: '起始日期 from {from} 晚于截止日期 to {to};应 from ≤ to',
  zhHant: '起始日期 from {from} 晚於截止日期 to {to};應 from ≤ to',
};

const WON = 8;

/** Σ open amount per owner key; stage parses are cached per distinct text. */
function totalsByOwner(opps: Grid, from: number | null, to: number | null, ctx: Ctx): Map<string, number> {
  const out = new Map<string, number>();
  const stageOf = new Map<string, unknown>();
  const hasClose = opps.length > 0 && opps[0].length > 3;
  for (let r = 0; r < opps.length; r++) {
    const row = opps[r];
    const raw = row[2];
    let stage: unknown;
    if (typeof raw === 'string') {
      stage = stageOf.get(raw);
      if (stage === undefined) {
        stage = need('stage', raw, 'opportunities', r + 1, ctx);
        stageOf.set(raw, stage);
      }
    } else stage = need('stage', raw, 'opportunities', r + 1, ctx);
    if (stage === null || stage === LOST || stage === WON) continue;
    const amount = need('number', row[1], 'opportunities', r + 1, ctx) as number | null;
    if (amount === null) continue;
    if (from !== null || to !== null) {
      const close = hasClose ? (need('date', row[3], 'opportunities', r + 1, ctx) as number | null) : null;
      if (close === null || (from !== null && close < from) || (to !== null && close > to)) continue;
    }
    const owner = typeof row[0] === 'string' ? row[0] : need('text', row[0], 'opportunities', r + 1, ctx);
    const k = normText(owner);
    out.set(k, (out.get(k) ?? 0) + amount);
  }
  return out;
}

export const OPEN_PIPELINE: FoldSpec = {
  kind: 'fold',
  name: 'OPEN_PIPELINE',
  result: 'matrix',
  help: {
    en: 'Open pipeline per person: the sum of the amounts of the opportunities the person is primary owner of that are still open (stage 1–7: neither won nor lost) and expected to close within the period. One row per person row; a blank person gives a blank row, a person without such opportunities 0. Names are compared trimmed and case-insensitively. Opportunity rows with a blank stage or amount are skipped; a bad stage, amount or date fails the call naming the row.',
    zh: '每人的在途管道金额:本人为主要负责人、仍在进行中(阶段 1–7,未赢单也未丢单)且预计在期间内成交的商机金额之和。每个人员行对应一行结果;人员为空则结果为空,没有此类商机则为 0。姓名比较时忽略首尾空格和大小写。阶段或金额为空的商机行不计;阶段、金额或日期有误时整个调用失败并指出行号。',
    zhHant: '每人的在途管道金額:本人為主要負責人、仍在進行中(階段 1–7,未贏單也未丟單)且預計在期間內成交的商機金額之和。每個人員列對應一列結果;人員為空則結果為空,沒有此類商機則為 0。姓名比較時忽略首尾空格和大小寫。階段或金額為空的商機列不計;階段、金額或日期有誤時整個呼叫失敗並指出列號。',
  },
  params: [
    {
      name: 'people',
      shape: 'table',
      width: 1,
      sample: 'Quotas!A2:A',
      help: { en: 'The people, one per row (e.g. the Quotas person column)', zh: '人员,每行一人(如销售指标表的姓名列)', zhHant: '人員,每列一人(如銷售指標表的姓名欄)' },
    },
    {
      name: 'opportunities',
      shape: 'table',
      width: 3,
      sample: 'Opportunities!E2:H',
      help: {
        en: 'Opportunity rows: primary owner, amount, stage, expected close date (the date column may be left out when no period is given)',
        zh: '商机行:主要负责人、金额、阶段、预计成交日期(不设期间时可省略日期列)',
        zhHant: '商機列:主要負責人、金額、階段、預計成交日期(不設期間時可省略日期欄)',
      },
    },
    {
      name: 'from',
      shape: 'scalar',
      type: 'date',
      optional: true,
      sample: 'DATE(2026,4,1)',
      help: { en: 'Optional: first day of the period (inclusive); blank = open', zh: '可选:期间第一天(含);空白 = 不限', zhHant: '可選:期間第一天(含);空白 = 不限' },
    },
    {
      name: 'to',
      shape: 'scalar',
      type: 'date',
      optional: true,
      sample: 'DATE(2026,6,30)',
      help: { en: 'Optional: last day of the period (inclusive); blank = open', zh: '可选:期间最后一天(含);空白 = 不限', zhHant: '可選:期間最後一天(含);空白 = 不限' },
    },
  ],
  examples: [
    {
      formula: '=OPEN_PIPELINE(Quotas!A2:A4, Opportunities!E2:H6, DATE(2026,4,1), DATE(2026,6,30))',
      args: [
        [['Chen'], ['Sun'], ['Liu']],
        [
          ['Chen', 100000, '05', '2026-05-15'],
          ['Chen', 40000, '08', '2026-05-20'],
          ['chen ', 60000, '03', '2026-06-30'],
          ['Sun', 50000, '丢单', '2026-05-01'],
          ['Sun', 70000, '02', '2026-07-01'],
        ],
        '2026-04-01',
        '2026-06-30',
      ],
      result: [[160000], [0], [0]],
      explain: {
        en: 'Chen: 100,000 + 60,000 (the won 40,000 is no longer pipeline); Sun: one lost, one closing in July; Liu owns nothing',
        zh: '陈:100,000 + 60,000(已赢单的 40,000 不再计入管道);孙:一个丢单,一个 7 月成交;刘没有商机',
        zhHant: '陳:100,000 + 60,000(已贏單的 40,000 不再計入管道);孫:一個丟單,一個 7 月成交;劉沒有商機',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 0, cols: 1 }),
  fold(args, ctx) {
    const from = (args.from as number | null | undefined) ?? null;
    const to = (args.to as number | null | undefined) ?? null;
    if (from !== null && to !== null && from > to) {
      const iso = (s: number) => new Date((s - 25569) * 86400000).toISOString().slice(0, 10);
      const m = ctx.lang === 'en' ? MSG_PERIOD.en : ctx.lang === 'zh-Hant' ? MSG_PERIOD.zhHant : MSG_PERIOD.zh;
      throw new CallError(m.replace('{from}', iso(from)).replace('{to}', iso(to)));
    }
    const totals = totalsByOwner(args.opportunities as Grid, from, to, ctx);
    const people = args.people as Grid;
    const out: Out[][] = new Array(people.length);
    for (let r = 0; r < people.length; r++) {
      const p = people[r][0];
      const k = normText(typeof p === 'string' ? p : need('text', p, 'people', r + 1, ctx));
      out[r] = [k === '' ? '' : totals.get(k) ?? 0];
    }
    return out;
  },
};
