/**
 * The funnel learnt from its history (issue 9): FUNNEL_BENCHMARK (benchmarks from the snapshots),
 * STAGE_CONVERSION (win rate and days per stage from the opportunity history), DAYS_IN_STAGE and
 * LOST_REASONS. The bodies read cells; the figures are core/model/funnel-history.ts's.
 */
import { dateToSerial, normText, showCell, toDateTimeSerial } from '../cell';
import { fill, t, type L10n } from '../i18n';
import { enteredCurrentStage, funnelBenchmark, isStageField, lostReasonIndex, LOST_REASON_ITEMS, OUTSIDE_LIST, stageConversion, type StageEvent } from '../model/funnel-history';
import { periodParams, readPeriod } from './period';
import { need, toGrid, type Grid } from './run';
import { CallError, type Ctx, type FoldSpec, type Out, type ParamSpec } from './spec';
import type { Stage } from '../model/stage';

const MSG = {
  measure: {
    en: 'argument measure: got {got}, expects count or amount (数量 / 金额)',
    zh: '参数 measure:收到 {got},应为 count(数量)或 amount(金额)',
    zhHant: '參數 measure:收到 {got},應為 count(數量)或 amount(金額)',
  },
  periods: {
    en: 'argument periods: got {got}, expects a whole number of snapshot dates ≥ 1',
    zh: '参数 periods:收到 {got},应为 ≥ 1 的整数(快照日期个数)',
    zhHant: '參數 periods:收到 {got},應為 ≥ 1 的整數(快照日期個數)',
  },
  asOf: { en: 'argument as_of is required: the date to count to, e.g. TODAY()', zh: '缺少参数 as_of:计算到的日期,如 TODAY()', zhHant: '缺少參數 as_of:計算到的日期,如 TODAY()' },
} satisfies Record<string, L10n>;

/** The history block every function over it takes: when, opportunity, field, before, after. */
const historyParam: ParamSpec = {
  name: 'history',
  shape: 'table',
  width: 5,
  sample: 'KA_StageHistory!A2:E',
  help: {
    en: 'The opportunity history: its when, opportunity ID, field, before and after columns (5 adjacent columns); only the stage rows are read',
    zh: '商机变更记录:时间、商机编号、字段、修改前、修改后 5 个相邻列;只读取阶段的行',
    zhHant: '商機變更記錄:時間、商機編號、欄位、修改前、修改後 5 個相鄰欄;只讀取階段的列',
  },
};

/** The stage events per opportunity key (trimmed, any case), in the order first seen. */
function stageEvents(history: Grid, ctx: Ctx): Map<string, StageEvent[]> {
  const out = new Map<string, StageEvent[]>();
  // Texts repeat (IDs, stage labels): each distinct one is read once.
  const keys = new Map<string, string>();
  const stages = new Map<string, Stage | null>();
  for (let r = 0; r < history.length; r++) {
    const row = history[r];
    if (!isStageField(row[2])) continue;
    const rawId = row[1];
    let id = typeof rawId === 'string' ? keys.get(rawId) : undefined;
    if (id === undefined) {
      id = normText(rawId);
      if (typeof rawId === 'string') keys.set(rawId, id);
    }
    if (id === '') continue;
    const w = row[0];
    let day: number | null | undefined = w instanceof Date ? dayOfDate(w) : toDateTimeSerial(w);
    if (day === undefined) day = need('date', w, 'history', r + 1, ctx) as number | null;
    if (day === null) continue;
    const a = row[4];
    let stage: Stage | null | undefined = typeof a === 'string' ? stages.get(a) : undefined;
    if (stage === undefined) {
      stage = need('stage', typeof a === 'number' && a === 0 ? 'lost' : a, 'history', r + 1, ctx) as Stage | null;
      if (typeof a === 'string') stages.set(a, stage);
    }
    if (stage === null) continue;
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push({ day: Math.floor(day), stage });
  }
  return out;
}

/** A Date's calendar day serial (its local date, as a spreadsheet means the cell). */
function dayOfDate(d: Date): number | undefined {
  const ms = d.getTime();
  return ms === ms ? dateToSerial(d) : undefined;
}

export const FUNNEL_BENCHMARK: FoldSpec = {
  kind: 'fold',
  name: 'FUNNEL_BENCHMARK',
  result: 'matrix',
  help: {
    en: "Funnel benchmarks learnt from the funnel snapshots, 8 rows × 1 column: for stage 1–8, the average count (or amount) over the most recent snapshot dates (a stage missing from a snapshot counts 0); all blank when there is no snapshot. Feed it to FUNNEL_HEALTH's benchmarks. Blank rows are skipped; a bad date, stage or number fails the call naming the row.",
    zh: '由漏斗快照得出的漏斗基准,8 行 × 1 列:阶段 1–8 在最近若干个快照日期上的平均数量(或金额)(某快照缺少的阶段按 0 计);没有快照时全部为空。可作为 FUNNEL_HEALTH 的 benchmarks。空行跳过;日期、阶段或数字有误时整个调用失败并指出行号。',
    zhHant: '由漏斗快照得出的漏斗基準,8 列 × 1 欄:階段 1–8 在最近若干個快照日期上的平均數量(或金額)(某快照缺少的階段按 0 計);沒有快照時全部為空。可作為 FUNNEL_HEALTH 的 benchmarks。空列跳過;日期、階段或數字有誤時整個呼叫失敗並指出列號。',
  },
  params: [
    {
      name: 'snapshots',
      shape: 'table',
      width: 4,
      sample: 'KA_FunnelSnapshots!A2:D',
      help: { en: 'The funnel snapshots: date, stage, count, amount (4 adjacent columns)', zh: '漏斗快照:日期、阶段、数量、金额 4 个相邻列', zhHant: '漏斗快照:日期、階段、數量、金額 4 個相鄰欄' },
    },
    {
      name: 'periods',
      shape: 'scalar',
      type: 'number',
      optional: true,
      default: 12,
      sample: '12',
      help: { en: 'Optional: how many of the most recent snapshot dates to average (default 12)', zh: '可选:取最近多少个快照日期求平均(默认 12)', zhHant: '可選:取最近多少個快照日期求平均(預設 12)' },
    },
    {
      name: 'measure',
      shape: 'scalar',
      type: 'text',
      optional: true,
      default: 'count',
      sample: '"count"',
      help: { en: 'Optional: count (default) or amount (also 数量 / 金额)', zh: '可选:count(数量,默认)或 amount(金额)', zhHant: '可選:count(數量,預設)或 amount(金額)' },
    },
  ],
  examples: [
    {
      formula: '=FUNNEL_BENCHMARK(KA_FunnelSnapshots!A2:D6, 2)',
      args: [
        [
          ['2026-04-27', 1, 10, 500000],
          ['2026-04-27', 2, 6, 300000],
          ['2026-05-04', 1, 14, 700000],
          ['2026-05-04', 3, 4, 400000],
          ['2026-04-20', 1, 99, 1],
        ],
        2,
      ],
      result: [[12], [3], [2], [0], [0], [0], [0], [0]],
      explain: {
        en: 'the two latest dates (4 May, 27 Apr): stage 1 (14 + 10) ÷ 2 = 12, stage 2 (0 + 6) ÷ 2 = 3, stage 3 (4 + 0) ÷ 2 = 2; 20 Apr is older',
        zh: '最近两个日期(5 月 4 日、4 月 27 日):阶段 1 (14 + 10) ÷ 2 = 12,阶段 2 (0 + 6) ÷ 2 = 3,阶段 3 (4 + 0) ÷ 2 = 2;4 月 20 日较早,不计',
        zhHant: '最近兩個日期(5 月 4 日、4 月 27 日):階段 1 (14 + 10) ÷ 2 = 12,階段 2 (0 + 6) ÷ 2 = 3,階段 3 (4 + 0) ÷ 2 = 2;4 月 20 日較早,不計',
      },
    },
  ],
  size: () => ({ rows: 8, cols: 1 }),
  fold(args, ctx) {
    const periods = args.periods as number;
    if (!Number.isInteger(periods) || periods < 1) throw new CallError(t(fill(MSG.periods, { got: showCell(args.periods, ctx.lang) }), ctx.lang));
    const m = normText(args.measure ?? 'count');
    const amount = m === 'amount' || m === '金额' || m === '金額';
    if (!amount && m !== 'count' && m !== '数量' && m !== '數量' && m !== '') throw new CallError(t(fill(MSG.measure, { got: showCell(args.measure, ctx.lang) }), ctx.lang));
    const g = toGrid(args.snapshots);
    const rows: { day: number; stage: number; value: number }[] = [];
    for (let r = 0; r < g.length; r++) {
      const row = g[r];
      const d = row[0];
      const day = d instanceof Date ? dayOfDate(d) ?? (need('date', d, 'snapshots', r + 1, ctx) as number) : (need('date', d, 'snapshots', r + 1, ctx) as number | null);
      if (day === null) continue;
      const st = row[1];
      const stage = typeof st === 'number' && st >= 1 && st <= 8 && st === Math.floor(st) ? st : need('stage', st, 'snapshots', r + 1, ctx);
      if (stage === null) continue;
      const v = amount ? row[3] : row[2];
      const value = typeof v === 'number' && v - v === 0 ? v : (need('number', v, 'snapshots', r + 1, ctx) as number | null);
      rows.push({ day, stage, value: value ?? 0 });
    }
    return funnelBenchmark(rows, periods).map((v) => [v === null ? '' : v]);
  },
};

export const STAGE_CONVERSION: FoldSpec = {
  kind: 'fold',
  name: 'STAGE_CONVERSION',
  result: 'matrix',
  help: {
    en: "Each stage's measured conversion, 8 rows × 5 columns: stage 1–8; closed opportunities (won at 08 or lost) that reached the stage; won of them; win rate = won ÷ reached (blank when none reached it) — the company's own win probability per stage; the median calendar days those closed opportunities spent in the stage before leaving it (for another stage or for Lost; blank when none). Only opportunities won or lost within from–to count (no period: every closed one). An opportunity that skipped stages, or was first recorded at a later stage, reached the stages it skipped (they add no days); one lost at stage 4 reached 1–4. Only the stage rows of the history are read; a bad date or stage fails the call naming the row.",
    zh: '各阶段实测转化,8 行 × 5 列:阶段 1–8;到达该阶段的已结束商机(赢单 08 或丢单)数;其中赢单数;赢单率 = 赢单 ÷ 到达(无到达时为空)——即本公司自己的各阶段赢单概率;这些商机离开该阶段前(进入其他阶段或丢单)在该阶段停留天数的中位数(无则为空)。只统计在 from–to 期间赢单或丢单的商机(不给期间:所有已结束商机)。跳过阶段或首次记录即处于较后阶段的商机视为到达过跳过的阶段(不计天数);在阶段 4 丢单的商机到达过 1–4。只读取变更记录中阶段的行;日期或阶段有误时整个调用失败并指出行号。',
    zhHant: '各階段實測轉化,8 列 × 5 欄:階段 1–8;到達該階段的已結束商機(贏單 08 或丟單)數;其中贏單數;贏單率 = 贏單 ÷ 到達(無到達時為空)——即本公司自己的各階段贏單概率;這些商機離開該階段前(進入其他階段或丟單)在該階段停留天數的中位數(無則為空)。只統計在 from–to 期間贏單或丟單的商機(不給期間:所有已結束商機)。跳過階段或首次記錄即處於較後階段的商機視為到達過跳過的階段(不計天數);在階段 4 丟單的商機到達過 1–4。只讀取變更記錄中階段的列;日期或階段有誤時整個呼叫失敗並指出列號。',
  },
  params: [historyParam, ...periodParams],
  examples: [
    {
      formula: '=STAGE_CONVERSION(KA_StageHistory!A2:E8)',
      args: [
        [
          ['2026-01-01 09:00', 'O1', 'Stage', '', '01'],
          ['2026-01-11 09:00', 'O1', 'Stage', '01', '02'],
          ['2026-01-31 09:00', 'O1', 'Stage', '02', '08'],
          ['2026-01-05 10:00', 'O2', '阶段', '', '01'],
          ['2026-01-25 10:00', 'O2', '阶段', '01', '丢单'],
          ['2026-01-05 10:00', 'O2', 'Amount', '', 1000],
          ['2026-02-01 10:00', 'O3', 'Stage', '', '04'],
        ],
      ],
      result: [
        [1, 2, 1, 0.5, 15],
        [2, 1, 1, 1, 20],
        [3, 1, 1, 1, ''],
        [4, 1, 1, 1, ''],
        [5, 1, 1, 1, ''],
        [6, 1, 1, 1, ''],
        [7, 1, 1, 1, ''],
        [8, 1, 1, 1, ''],
      ],
      explain: {
        en: 'O1 won (10 days in 1, 20 in 2, skipping 3–7), O2 lost at stage 1 after 20 days: stage 1 reached by both, 1 won, 50 %, median (10 + 20) ÷ 2 = 15 days; O3 is still open; the amount row is not read',
        zh: 'O1 赢单(阶段 1 停留 10 天、阶段 2 停留 20 天,跳过 3–7),O2 在阶段 1 停留 20 天后丢单:阶段 1 两个都到达,1 个赢单,50%,中位数 (10 + 20) ÷ 2 = 15 天;O3 仍在进行中;金额行不读取',
        zhHant: 'O1 贏單(階段 1 停留 10 天、階段 2 停留 20 天,跳過 3–7),O2 在階段 1 停留 20 天後丟單:階段 1 兩個都到達,1 個贏單,50%,中位數 (10 + 20) ÷ 2 = 15 天;O3 仍在進行中;金額列不讀取',
      },
    },
  ],
  size: () => ({ rows: 8, cols: 5 }),
  fold(args, ctx) {
    const period = readPeriod(args, ctx);
    const rows = stageConversion(stageEvents(toGrid(args.history), ctx).values(), period.from, period.to);
    return rows.map((r): Out[] => [r.stage, r.reached, r.won, r.winRate ?? '', r.medianDays ?? '']);
  },
};

export const DAYS_IN_STAGE: FoldSpec = {
  kind: 'fold',
  name: 'DAYS_IN_STAGE',
  result: 'matrix',
  help: {
    en: 'Per opportunity ID row: the calendar days from the date the opportunity last entered its current stage (its latest stage row in the history) to as_of. Blank for a blank ID or an ID with no stage row. IDs are compared trimmed and case-insensitively; a bad date or stage in the history fails the call naming the row.',
    zh: '每个商机编号行:从该商机最近一次进入当前阶段的日期(变更记录中最新的阶段行)到 as_of 的日历天数。编号为空或没有阶段记录时为空。编号比较时忽略首尾空格和大小写;变更记录中日期或阶段有误时整个调用失败并指出行号。',
    zhHant: '每個商機編號列:從該商機最近一次進入當前階段的日期(變更記錄中最新的階段列)到 as_of 的日曆天數。編號為空或沒有階段記錄時為空。編號比較時忽略首尾空格和大小寫;變更記錄中日期或階段有誤時整個呼叫失敗並指出列號。',
  },
  params: [
    {
      name: 'opportunity_ids',
      shape: 'table',
      width: 1,
      sample: 'A2:A',
      help: { en: 'Opportunity IDs, one per row', zh: '商机编号,每行一个', zhHant: '商機編號,每列一個' },
    },
    historyParam,
    {
      name: 'as_of',
      shape: 'scalar',
      type: 'date',
      sample: 'TODAY()',
      help: { en: 'The date to count to (the Dashboard passes TODAY())', zh: '计算到的日期(仪表板使用 TODAY())', zhHant: '計算到的日期(儀表板使用 TODAY())' },
    },
  ],
  examples: [
    {
      formula: '=DAYS_IN_STAGE(A2:A4, KA_StageHistory!A2:E4, DATE(2026,5,17))',
      args: [
        [['O1'], [''], ['O9']],
        [
          ['2026-04-01 09:00', 'O1', 'Stage', '', '02'],
          ['2026-05-07 16:30', 'O1', 'Stage', '02', '03'],
          ['2026-05-10 11:00', 'O1', 'Amount', 100, 120],
        ],
        '2026-05-17',
      ],
      result: [[10], [''], ['']],
      explain: {
        en: 'O1 entered stage 3 on 7 May: 10 days to 17 May; a blank ID and O9 (no stage row) give blanks',
        zh: 'O1 于 5 月 7 日进入阶段 3:到 5 月 17 日共 10 天;空编号与 O9(无阶段记录)为空',
        zhHant: 'O1 於 5 月 7 日進入階段 3:到 5 月 17 日共 10 天;空編號與 O9(無階段記錄)為空',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 0, cols: 1 }),
  fold(args, ctx) {
    const asOf = args.as_of as number | null;
    if (asOf === null || asOf === undefined) throw new CallError(t(MSG.asOf, ctx.lang));
    const events = stageEvents(toGrid(args.history), ctx);
    const ids = toGrid(args.opportunity_ids);
    return ids.map((row): Out[] => {
      const k = normText(row[0]);
      if (k === '') return [''];
      const day = enteredCurrentStage(events.get(k) ?? []);
      return [day === null ? '' : Math.floor(asOf) - day];
    });
  },
};

export const LOST_REASONS: FoldSpec = {
  kind: 'fold',
  name: 'LOST_REASONS',
  result: 'matrix',
  help: {
    en: 'Why opportunities were lost, 4 columns: one row per reason of the lost-reason list, in its order, then one row "Other (not in the list)" for every reason outside it; reason, count, amount, share of the lost amount (of the count when no amounts are given; blank when nothing was lost). Reasons are read in any language; blank reasons are skipped; a bad amount fails the call naming the row.',
    zh: '丢单原因分析,4 列:丢单原因列表中的每个原因一行(按列表顺序),最后一行“其他(不在列表中)”汇总列表外的原因;原因、个数、金额、占丢单金额的比例(未给金额时为占个数的比例;无丢单时为空)。原因可为任一语言;空白原因跳过;金额有误时整个调用失败并指出行号。',
    zhHant: '丟單原因分析,4 欄:丟單原因清單中的每個原因一列(按清單順序),最後一列「其他(不在清單中)」彙總清單外的原因;原因、個數、金額、佔丟單金額的比例(未給金額時為佔個數的比例;無丟單時為空)。原因可為任一語言;空白原因跳過;金額有誤時整個呼叫失敗並指出列號。',
  },
  params: [
    {
      name: 'reasons',
      shape: 'table',
      width: 1,
      sample: 'KA_Opportunities!Q2:Q',
      help: { en: 'The lost-reason column of the lost opportunities', zh: '丢单商机的丢单原因列', zhHant: '丟單商機的丟單原因欄' },
    },
    {
      name: 'amounts',
      shape: 'table',
      width: 1,
      optional: true,
      sample: 'F2:F',
      help: { en: 'Optional: their amounts, aligned with reasons', zh: '可选:对应的金额,与 reasons 对齐', zhHant: '可選:對應的金額,與 reasons 對齊' },
    },
  ],
  examples: [
    {
      formula: '=LOST_REASONS(Q2:Q6, F2:F6)',
      args: [[['Price'], ['价格'], ['Timing'], [''], ['Went quiet']], [[100000], [50000], [30000], [999], [20000]]],
      result: [
        ['Price', 2, 150000, 0.75],
        ['Product fit', 0, 0, 0],
        ['Relationship', 0, 0, 0],
        ['Competitor chosen', 0, 0, 0],
        ['Budget cancelled', 0, 0, 0],
        ['Timing', 1, 30000, 0.15],
        ['Other', 0, 0, 0],
        ['Other (not in the list)', 1, 20000, 0.1],
      ],
      explain: {
        en: 'price twice (any language) 150,000 of the 200,000 lost (75 %); "Went quiet" is not in the list; the blank reason is skipped',
        zh: '价格两次(任一语言)共 150,000,占丢单 200,000 的 75%;“Went quiet”不在列表中;空白原因跳过',
        zhHant: '價格兩次(任一語言)共 150,000,佔丟單 200,000 的 75%;「Went quiet」不在清單中;空白原因跳過',
      },
    },
  ],
  size: () => ({ rows: LOST_REASON_ITEMS.length + 1, cols: 4 }),
  fold(args, ctx) {
    const reasons = toGrid(args.reasons);
    const amounts = args.amounts === undefined || args.amounts === null ? null : toGrid(args.amounts);
    const n = LOST_REASON_ITEMS.length;
    const count = new Array(n + 1).fill(0);
    const sum = new Array(n + 1).fill(0);
    for (let r = 0; r < reasons.length; r++) {
      const k = lostReasonIndex(reasons[r][0]);
      if (k === -2) continue;
      const i = k === -1 ? n : k;
      count[i]++;
      if (amounts) {
        const a = amounts[r]?.[0];
        sum[i] += typeof a === 'number' && a - a === 0 ? a : (need('number', a, 'amounts', r + 1, ctx) as number | null) ?? 0;
      }
    }
    const total = (amounts ? sum : count).reduce((a, b) => a + b, 0);
    return count.map((c, i): Out[] => [
      t(i < n ? LOST_REASON_ITEMS[i].label : OUTSIDE_LIST, ctx.lang),
      c,
      amounts ? sum[i] : '',
      total ? (amounts ? sum[i] : c) / total : '',
    ]);
  },
};
