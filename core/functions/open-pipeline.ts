/**
 * OPEN_PIPELINE and CLOSED_WON: per person, the amount of the opportunities they are primary owner
 * of that are still open (stage 1–7) or won (stage 08), expected — or, for won ones, recorded — to
 * close in the period; with a team, each person's figure includes their whole team below them. One
 * formula for a whole list of people (the dashboard's quota section), because SUMIFS does not expand
 * inside ARRAYFORMULA in Sheets.
 */
import { normText, toDateSerial } from '../cell';
import { teamTotals, type Period } from '../model/forecast';
import { LOST, WON, type Stage } from '../model/stage';
import { inPeriod, periodParams, readPeriod } from './period';
import { need, type Grid } from './run';
import type { Ctx, FoldSpec, Out } from './spec';
import { opportunitiesParam, teamOf, teamParam } from './team';

/** Σ amount per owner key of the opportunities whose stage `keep` accepts; stage parses cached per distinct text. */
function totalsByOwner(opps: Grid, period: Period, keep: (s: Stage) => boolean, ctx: Ctx): Map<string, number> {
  const out = new Map<string, number>();
  const stageOf = new Map<string, unknown>();
  /** Owner texts as compared (trimmed, any case), read once per distinct text. */
  const keys = new Map<string, string>();
  const hasClose = opps.length > 0 && opps[0].length > 3;
  const bounded = period.from !== null || period.to !== null;
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
    if (stage === null || !keep(stage as Stage)) continue;
    const ra = row[1];
    const amount = typeof ra === 'number' && ra - ra === 0 ? ra : (need('number', ra, 'opportunities', r + 1, ctx) as number | null);
    if (amount === null) continue;
    if (bounded) {
      let close = hasClose ? toDateSerial(row[3]) : null;
      if (close === undefined) close = need('date', row[3], 'opportunities', r + 1, ctx) as number;
      if (!inPeriod(close, period)) continue;
    }
    const o = row[0];
    let k = typeof o === 'string' ? keys.get(o) : undefined;
    if (k === undefined) {
      k = normText(typeof o === 'string' ? o : need('text', o, 'opportunities', r + 1, ctx));
      if (typeof o === 'string') keys.set(o, k);
    }
    out.set(k, (out.get(k) ?? 0) + amount);
  }
  return out;
}

/** One column per people row: Σ of `keep`'s opportunities they own, with their team below them when a team is given. */
function perPerson(args: Record<string, unknown>, ctx: Ctx, keep: (s: Stage) => boolean): Out[][] {
  const period = readPeriod(args, ctx);
  const totals = totalsByOwner(args.opportunities as Grid, period, keep, ctx);
  const people = args.people as Grid;
  const keyOf = (p: unknown, r: number) => normText(typeof p === 'string' ? p : need('text', p, 'people', r + 1, ctx));
  let of = (k: string): number => totals.get(k) ?? 0;
  if (args.team) {
    const team = teamOf(args.team as Grid, ctx);
    const own = team.rows.map((m) => (m ? totals.get(normText(m.person)) ?? 0 : 0));
    const all = teamTotals(team, own);
    const own1 = of;
    of = (k) => {
      const i = team.indexOf(k);
      return i >= 0 ? all[i] : own1(k);
    };
  }
  const out: Out[][] = new Array(people.length);
  for (let r = 0; r < people.length; r++) {
    const k = keyOf(people[r][0], r);
    out[r] = [k === '' ? '' : of(k)];
  }
  return out;
}

const peopleParam = {
  name: 'people',
  shape: 'table' as const,
  width: 1,
  sample: 'Quotas!A2:A',
  help: { en: 'The people, one per row (e.g. the Quotas person column)', zh: '人员,每行一人(如销售指标表的姓名列)', zhHant: '人員,每列一人(如銷售指標表的姓名欄)' },
};

const isOpen = (s: Stage) => s !== LOST && s !== WON;
const isWon = (s: Stage) => s === WON;

export const OPEN_PIPELINE: FoldSpec = {
  kind: 'fold',
  name: 'OPEN_PIPELINE',
  result: 'matrix',
  help: {
    en: "Open pipeline per person: the sum of the amounts of the opportunities the person is primary owner of that are still open (stage 1–7: neither won nor lost) and expected to close within the period. With team (person, manager rows), each person's figure includes their whole team below them (a person not in the team: their own). One row per person row; a blank person gives a blank row, a person without such opportunities 0. Names are compared trimmed and case-insensitively. Opportunity rows with a blank stage or amount are skipped; a bad stage, amount or date fails the call naming the row.",
    zh: '每人的在途管道金额:本人为主要负责人、仍在进行中(阶段 1–7,未赢单也未丢单)且预计在期间内成交的商机金额之和。给出 team(人员、上级)时,每人的金额包括其下属整个团队(不在团队中的人员只计本人)。每个人员行对应一行结果;人员为空则结果为空,没有此类商机则为 0。姓名比较时忽略首尾空格和大小写。阶段或金额为空的商机行不计;阶段、金额或日期有误时整个调用失败并指出行号。',
    zhHant: '每人的在途管道金額:本人為主要負責人、仍在進行中(階段 1–7,未贏單也未丟單)且預計在期間內成交的商機金額之和。給出 team(人員、上級)時,每人的金額包括其下屬整個團隊(不在團隊中的人員只計本人)。每個人員列對應一列結果;人員為空則結果為空,沒有此類商機則為 0。姓名比較時忽略首尾空格和大小寫。階段或金額為空的商機列不計;階段、金額或日期有誤時整個呼叫失敗並指出列號。',
  },
  params: [peopleParam, opportunitiesParam, ...periodParams, teamParam(true)],
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
    {
      formula: '=OPEN_PIPELINE(Team!A2:A4, Opportunities!E2:H5, DATE(2026,4,1), DATE(2026,6,30), Team!A2:B4)',
      args: [
        [['Li'], ['Chen'], ['Sun']],
        [
          ['Chen', 100000, '05', '2026-05-15'],
          ['Sun', 70000, '02', '2026-06-01'],
          ['Li', 30000, '04', '2026-04-20'],
          ['Zhao', 20000, '03', '2026-05-05'],
        ],
        '2026-04-01',
        '2026-06-30',
        [['Li', ''], ['Chen', 'Li'], ['Sun', 'Li']],
      ],
      result: [[200000], [100000], [70000]],
      explain: {
        en: "Li's figure is the team's: 30,000 own + Chen's 100,000 + Sun's 70,000 (Zhao is not in the team)",
        zh: '李的金额为团队合计:本人 30,000 + 陈 100,000 + 孙 70,000(赵不在团队中)',
        zhHant: '李的金額為團隊合計:本人 30,000 + 陳 100,000 + 孫 70,000(趙不在團隊中)',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 0, cols: 1 }),
  fold: (args, ctx) => perPerson(args, ctx, isOpen),
};

export const CLOSED_WON: FoldSpec = {
  kind: 'fold',
  name: 'CLOSED_WON',
  result: 'matrix',
  help: {
    en: "Won business per person: the sum of the amounts of the stage-08 (won) opportunities the person is primary owner of whose close date is in the period. With team (person, manager rows), each person's figure includes their whole team below them (a person not in the team: their own). One row per person row; a blank person gives a blank row, a person who won nothing 0. Names are compared trimmed and case-insensitively; rows with a blank stage or amount are skipped; a bad stage, amount or date fails the call naming the row.",
    zh: '每人的赢单金额:本人为主要负责人、处于阶段 08(赢单)且成交日期在期间内的商机金额之和。给出 team(人员、上级)时,每人的金额包括其下属整个团队(不在团队中的人员只计本人)。每个人员行对应一行结果;人员为空则结果为空,没有赢单则为 0。姓名比较时忽略首尾空格和大小写;阶段或金额为空的行不计;阶段、金额或日期有误时整个调用失败并指出行号。',
    zhHant: '每人的贏單金額:本人為主要負責人、處於階段 08(贏單)且成交日期在期間內的商機金額之和。給出 team(人員、上級)時,每人的金額包括其下屬整個團隊(不在團隊中的人員只計本人)。每個人員列對應一列結果;人員為空則結果為空,沒有贏單則為 0。姓名比較時忽略首尾空格和大小寫;階段或金額為空的列不計;階段、金額或日期有誤時整個呼叫失敗並指出列號。',
  },
  params: [peopleParam, opportunitiesParam, ...periodParams, teamParam(true)],
  examples: [
    {
      formula: '=CLOSED_WON(Quotas!A2:A3, Opportunities!E2:H5, DATE(2026,4,1), DATE(2026,6,30))',
      args: [
        [['Chen'], ['Sun']],
        [
          ['Chen', 40000, '08', '2026-05-20'],
          ['Chen', 90000, '08', '2026-03-30'],
          ['Chen', 100000, '07', '2026-05-15'],
          ['Sun', 25000, '08 Agreement on all terms (won)', '2026-06-02'],
        ],
        '2026-04-01',
        '2026-06-30',
      ],
      result: [[40000], [25000]],
      explain: {
        en: 'Chen won 40,000 in the period (the March deal is in the quarter before; stage 07 is not won yet); Sun 25,000',
        zh: '陈在期间内赢单 40,000(3 月的商机属于上一季度,阶段 07 尚未赢单);孙 25,000',
        zhHant: '陳在期間內贏單 40,000(3 月的商機屬於上一季度,階段 07 尚未贏單);孫 25,000',
      },
    },
    {
      formula: '=CLOSED_WON(Team!A2:A4, Opportunities!E2:H4, DATE(2026,4,1), DATE(2026,6,30), Team!A2:B4)',
      args: [
        [['Li'], ['Chen'], ['Sun']],
        [
          ['Chen', 40000, '08', '2026-05-20'],
          ['Sun', 25000, '08', '2026-06-02'],
          ['Li', 10000, '08', '2026-04-09'],
        ],
        '2026-04-01',
        '2026-06-30',
        [['Li', ''], ['Chen', 'Li'], ['Sun', 'Li']],
      ],
      result: [[75000], [40000], [25000]],
      explain: {
        en: "Li's won business is the team's: 10,000 + 40,000 + 25,000",
        zh: '李的赢单金额为团队合计:10,000 + 40,000 + 25,000',
        zhHant: '李的贏單金額為團隊合計:10,000 + 40,000 + 25,000',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 0, cols: 1 }),
  fold: (args, ctx) => perPerson(args, ctx, isWon),
};
