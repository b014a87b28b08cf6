/**
 * TEAM_CREDIT: per person, the won business credited to them through the opportunity team's revenue
 * splits (core/model/opportunity-team.ts). The forecast still counts each opportunity once, for its
 * primary owner; this is the credit the team shares.
 */
import { normText, showCell, toDateSerial } from '../cell';
import { fill, t, type L10n } from '../i18n';
import { percentText, readSplit, SPLIT_MSG, totalsHundred } from '../model/opportunity-team';
import { WON, type Stage } from '../model/stage';
import { MSG } from './messages';
import { inPeriod, periodParams, readPeriod } from './period';
import { need, sameLength, type Grid } from './run';
import { CallError, CellError, type Ctx, type FoldSpec, type Out } from './spec';
import { opportunitiesParam } from './team';

const BAD_SPLIT: L10n = { en: 'split: got {got}, expects a share from 0 to 100 % (0.6, 60%, 60)', zh: '分配比例:收到 {got},应为 0–100% 的比例(0.6、60%、60)', zhHant: '分配比例:收到 {got},應為 0–100% 的比例(0.6、60%、60)' };

interface Share {
  member: string;
  split: number | null;
}

export const TEAM_CREDIT: FoldSpec = {
  kind: 'fold',
  name: 'TEAM_CREDIT',
  result: 'matrix',
  help: {
    en: "Won business credited per person by the opportunity team's revenue splits: for each won (stage 08) opportunity closing in the period, amount × the person's split. A member without a split on an opportunity that has splits gets nothing; an opportunity with no team rows, or whose rows carry no split, credits 100 % to its owner. Splits are fractions (0.6), percents (60%) or numbers above 1 read as percent (60), and total 100 % per opportunity: a person credited from an opportunity whose splits do not total 100 % gets #VALUE! naming it. One row per person row (a blank person: blank). Names and IDs are compared trimmed and case-insensitively.",
    zh: '按商机团队的业绩分配比例计算每人的赢单业绩:期间内成交的每个赢单(阶段 08)商机,金额 × 该人的分配比例。商机有分配比例时,没有比例的成员不计;没有团队行或团队行都未填比例的商机,100% 计入其负责人。比例可写作小数(0.6)、百分数(60%)或大于 1 的数(60,按百分数读取),每个商机合计应为 100%:从合计不为 100% 的商机获得业绩的人员返回 #VALUE! 并指出该商机。每个人员行对应一行结果(人员为空则为空)。姓名和编号比较时忽略首尾空格和大小写。',
    zhHant: '按商機團隊的業績分配比例計算每人的贏單業績:期間內成交的每個贏單(階段 08)商機,金額 × 該人的分配比例。商機有分配比例時,沒有比例的成員不計;沒有團隊列或團隊列都未填比例的商機,100% 計入其負責人。比例可寫作小數(0.6)、百分數(60%)或大於 1 的數(60,按百分數讀取),每個商機合計應為 100%:從合計不為 100% 的商機獲得業績的人員返回 #VALUE! 並指出該商機。每個人員列對應一列結果(人員為空則為空)。姓名和編號比較時忽略首尾空格和大小寫。',
  },
  params: [
    {
      name: 'people',
      shape: 'table',
      width: 1,
      sample: 'Team!A2:A',
      help: { en: 'The people, one per row (e.g. the Team person column)', zh: '人员,每行一人(如销售团队表的姓名列)', zhHant: '人員,每列一人(如銷售團隊表的姓名欄)' },
    },
    {
      name: 'team_rows',
      shape: 'table',
      width: 4,
      sample: 'OpportunityTeam!A2:D',
      help: { en: 'Opportunity team rows: opportunity ID, member, role, revenue split', zh: '商机团队行:商机编号、成员、角色、业绩分配比例', zhHant: '商機團隊列:商機編號、成員、角色、業績分配比例' },
    },
    {
      name: 'opportunity_ids',
      shape: 'table',
      width: 1,
      sample: 'Opportunities!A2:A',
      help: { en: 'The opportunity IDs, aligned with opportunities', zh: '商机编号,与 opportunities 逐行对应', zhHant: '商機編號,與 opportunities 逐列對應' },
    },
    opportunitiesParam,
    ...periodParams,
  ],
  examples: [
    {
      formula: '=TEAM_CREDIT(Team!A2:A4, OpportunityTeam!A2:D5, Opportunities!A2:A4, Opportunities!E2:H4, DATE(2026,4,1), DATE(2026,6,30))',
      args: [
        [['Chen'], ['Sun'], ['Liu']],
        [
          ['O00001', 'Chen', 'Primary owner', '60%'],
          ['O00001', 'Sun', 'Pre-sales', 0.4],
          ['O00002', 'Sun', 'Primary owner', ''],
          ['O00003', 'Liu', 'Sales', 100],
        ],
        [['O00001'], ['O00002'], ['O00003']],
        [
          ['Chen', 100000, '08', '2026-05-15'],
          ['Sun', 50000, '08', '2026-06-01'],
          ['Sun', 80000, '07', '2026-06-10'],
        ],
        '2026-04-01',
        '2026-06-30',
      ],
      result: [[60000], [90000], [0]],
      explain: {
        en: 'O00001 won 100,000 split 60 / 40; O00002 has no split, so its owner Sun takes all 50,000; O00003 is not won yet',
        zh: 'O00001 赢单 100,000,按 60 / 40 分配;O00002 未填比例,由负责人孙全额计入 50,000;O00003 尚未赢单',
        zhHant: 'O00001 贏單 100,000,按 60 / 40 分配;O00002 未填比例,由負責人孫全額計入 50,000;O00003 尚未贏單',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 0, cols: 1 }),
  fold(args, ctx) {
    const period = readPeriod(args, ctx);
    const ids = args.opportunity_ids as Grid;
    const opps = args.opportunities as Grid;
    sameLength(ids, 'opportunity_ids', opps, 'opportunities', ctx);
    const bounded = period.from !== null || period.to !== null;
    // The team rows by opportunity (read first: a bad split fails the call whichever opportunity it is on).
    const team = new Map<string, Share[]>();
    const rows = args.team_rows as Grid;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const id = normText(need('text', row[0], 'team_rows', r + 1, ctx));
      const member = normText(need('text', row[1], 'team_rows', r + 1, ctx));
      if (id === '' || member === '') continue;
      const split = readSplit(row[3]);
      if (split === undefined) throw new CallError(t(fill(MSG.inRow, { row: r + 1, arg: 'team_rows', reason: t(fill(BAD_SPLIT, { got: showCell(row[3], ctx.lang) }), ctx.lang) }), ctx.lang));
      let list = team.get(id);
      if (!list) team.set(id, (list = []));
      list.push({ member, split });
    }
    const credit = new Map<string, number>();
    const broken = new Map<string, string>();
    for (let r = 0; r < opps.length; r++) {
      const row = opps[r];
      const stage = need('stage', row[2], 'opportunities', r + 1, ctx) as Stage | null;
      if (stage !== WON) continue;
      const amount = need('number', row[1], 'opportunities', r + 1, ctx) as number | null;
      if (amount === null) continue;
      if (bounded) {
        let close = row.length > 3 ? toDateSerial(row[3]) : null;
        if (close === undefined) close = need('date', row[3], 'opportunities', r + 1, ctx) as number;
        if (!inPeriod(close, period)) continue;
      }
      const rawId = need('text', ids[r][0], 'opportunity_ids', r + 1, ctx) as string | null;
      const shares = rawId ? team.get(normText(rawId)) : undefined;
      const split = shares?.filter((s) => s.split !== null);
      if (!shares || !split || split.length === 0) {
        const owner = normText(need('text', row[0], 'opportunities', r + 1, ctx));
        if (owner !== '') credit.set(owner, (credit.get(owner) ?? 0) + amount);
        continue;
      }
      const total = split.reduce((s, x) => s + (x.split as number), 0);
      if (!totalsHundred(total)) {
        const reason = t(fill(SPLIT_MSG.total, { id: rawId!, total: percentText(total) }), ctx.lang);
        for (const s of shares) if (!broken.has(s.member)) broken.set(s.member, reason);
        continue;
      }
      for (const s of split) credit.set(s.member, (credit.get(s.member) ?? 0) + amount * (s.split as number));
    }
    const people = args.people as Grid;
    const out: Out[][] = new Array(people.length);
    for (let r = 0; r < people.length; r++) {
      const k = normText(need('text', people[r][0], 'people', r + 1, ctx));
      const bad = broken.get(k);
      out[r] = [k === '' ? '' : bad ? new CellError(bad) : credit.get(k) ?? 0];
    }
    return out;
  },
};
