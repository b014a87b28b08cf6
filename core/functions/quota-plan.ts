/** QUOTA_SPLIT and QUOTA_ROLLUP: quotas split top down, and checked against the hierarchy. */
import { normText, showCell } from '../cell';
import { t } from '../i18n';
import { QUOTA_STATUS, QuotaPlanError, rollupQuotas, splitQuota } from '../model/quota-plan';
import { cells, need, toGrid, type Grid } from './run';
import { CallError, type FoldSpec, type Out } from './spec';
import { teamOf, teamParam } from './team';

export const QUOTA_SPLIT: FoldSpec = {
  kind: 'fold',
  name: 'QUOTA_SPLIT',
  result: 'matrix',
  help: {
    en: "Splits a total quota in proportion to weights (e.g. each person's won amount last year): per weight, total × weight ÷ Σ weights, rounded to whole units by the largest remainder so that the parts add up to the total exactly (the rows with the largest fractions get the units left over; equal fractions go to the earlier row). The total is rounded to whole units first. A blank weight gives a blank (no part); a weight of 0 gets 0. The result has the weights' shape. A negative total or weight, or weights adding up to 0, fail the call saying so.",
    zh: '按权重(如每人去年的赢单金额)分解总指标:每个权重得 总指标 × 权重 ÷ 权重合计,按最大余数法取整到整数单位,使各部分之和恰好等于总指标(余下的单位依次分给小数部分最大的行;小数相同时先给靠前的行)。总指标先取整。权重为空则结果为空(不分配);权重为 0 则得 0。结果与 weights 形状相同。总指标或权重为负数,或权重合计为 0 时,调用失败并说明原因。',
    zhHant: '按權重(如每人去年的贏單金額)分解總指標:每個權重得 總指標 × 權重 ÷ 權重合計,按最大餘數法取整到整數單位,使各部分之和恰好等於總指標(餘下的單位依次分給小數部分最大的列;小數相同時先給靠前的列)。總指標先取整。權重為空則結果為空(不分配);權重為 0 則得 0。結果與 weights 形狀相同。總指標或權重為負數,或權重合計為 0 時,呼叫失敗並說明原因。',
  },
  params: [
    { name: 'total', shape: 'scalar', type: 'number', sample: 'B1', help: { en: 'The total quota to split (0 or more)', zh: '要分解的总指标(不小于 0)', zhHant: '要分解的總指標(不小於 0)' } },
    { name: 'weights', shape: 'table', width: 1, sample: 'C2:C', help: { en: 'The weights, one per person (a column or a row; 0 or more; blank = no part)', zh: '权重,每人一个(一列或一行;不小于 0;空白 = 不分配)', zhHant: '權重,每人一個(一欄或一列;不小於 0;空白 = 不分配)' } },
  ],
  examples: [
    {
      formula: '=QUOTA_SPLIT(1000000, C2:C4)',
      args: [1000000, [[1], [1], [1]]],
      result: [[333334], [333333], [333333]],
      explain: {
        en: 'A million in three equal parts: 333,333.33 each; the one unit left over goes to the first row, so the parts add up to 1,000,000',
        zh: '一百万平均分三份:每份 333,333.33;余下的 1 个单位给第一行,各部分之和为 1,000,000',
        zhHant: '一百萬平均分三份:每份 333,333.33;餘下的 1 個單位給第一列,各部分之和為 1,000,000',
      },
    },
    {
      formula: '=QUOTA_SPLIT(100, C2:C5)',
      args: [100, [[120000], [90000], [''], [45000]]],
      result: [[47], [35], [''], [18]],
      explain: {
        en: 'Weights 120,000 : 90,000 : 45,000 give 47.06, 35.29 and 17.65: 47 + 35 + 17 = 99, and the unit left goes to the largest fraction (17.65 → 18); the blank row gets no part',
        zh: '权重 120,000 : 90,000 : 45,000 得 47.06、35.29 和 17.65:47 + 35 + 17 = 99,余下的 1 个单位给小数最大的一行(17.65 → 18);空白行不分配',
        zhHant: '權重 120,000 : 90,000 : 45,000 得 47.06、35.29 和 17.65:47 + 35 + 17 = 99,餘下的 1 個單位給小數最大的一列(17.65 → 18);空白列不分配',
      },
    },
  ],
  size: (dims) => dims[1] ?? { rows: 1, cols: 1 },
  fold(args, ctx) {
    const total = args.total as number | null;
    if (total === null) throw new CallError(t({ en: 'argument total is required', zh: '缺少参数 total', zhHant: '缺少參數 total' }, ctx.lang));
    const g = toGrid(args.weights);
    const flat = cells(g);
    const weights = flat.map((v, i) => (typeof v === 'number' && v - v === 0 ? v : (need('number', v, 'weights', i + 1, ctx) as number | null)));
    let parts: (number | null)[];
    try {
      parts = splitQuota(total, weights, (v) => showCell(v, ctx.lang));
    } catch (e) {
      if (e instanceof QuotaPlanError) throw new CallError(t(e.reason, ctx.lang));
      throw e;
    }
    // Back into the weights' shape (a column, a row or a block read row by row).
    const cols = g[0].length;
    const out: Out[][] = new Array(g.length);
    for (let r = 0; r < g.length; r++) {
      const row: Out[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        const p = parts[cols === 1 ? r : g.length === 1 ? c : r * cols + c];
        row[c] = p === null ? '' : p;
      }
      out[r] = row;
    }
    return out;
  },
};

export const QUOTA_ROLLUP: FoldSpec = {
  kind: 'fold',
  name: 'QUOTA_ROLLUP',
  result: 'matrix',
  help: {
    en: "Checks that quotas add up the hierarchy: one row per team row, 5 columns — person, own quota, Σ of the direct reports' quotas, gap = own − Σ reports, status: Balanced when the gap is 0, Under-assigned when the reports hold less than the manager's quota (gap > 0), Over-assigned when they hold more. The last three are blank for a person without reports. A person listed twice in quotas has the quotas summed; a person with no quota row has 0; quota rows of people not in the team are not counted. Names are compared trimmed and case-insensitively; amounts are compared to the cent. A blank team row gives a blank row; a cycle, a manager not in the team or a bad quota fails the call naming the row.",
    zh: '检查销售指标是否沿层级对得上:每个团队行一行,5 列——人员、本人指标、直接下属指标之和、差额 = 本人 − 下属之和、状态:差额为 0 为“已平衡”,下属指标少于上级指标(差额 > 0)为“分解不足”,多于上级指标为“分解超额”。没有下属的人员后三列为空。quotas 中同一人出现多次时指标相加;没有指标行的人员按 0 计;不在团队中的人员的指标不计入。姓名比较时忽略首尾空格和大小写;金额精确到分。团队空行对应空行;存在循环、上级不在团队中或指标有误时,调用失败并指出行号。',
    zhHant: '檢查銷售指標是否沿層級對得上:每個團隊列一列,5 欄——人員、本人指標、直接下屬指標之和、差額 = 本人 − 下屬之和、狀態:差額為 0 為「已平衡」,下屬指標少於上級指標(差額 > 0)為「分解不足」,多於上級指標為「分解超額」。沒有下屬的人員後三欄為空。quotas 中同一人出現多次時指標相加;沒有指標列的人員按 0 計;不在團隊中的人員的指標不計入。姓名比較時忽略首尾空格和大小寫;金額精確到分。團隊空列對應空列;存在循環、上級不在團隊中或指標有誤時,呼叫失敗並指出列號。',
  },
  params: [
    teamParam(),
    {
      name: 'quotas',
      shape: 'table',
      width: 2,
      sample: 'Quotas!A2:B',
      help: { en: 'Quota rows: person, quota (a person listed twice has the quotas summed)', zh: '指标行:人员、指标(同一人多行时相加)', zhHant: '指標列:人員、指標(同一人多列時相加)' },
    },
  ],
  examples: [
    {
      formula: '=QUOTA_ROLLUP(Team!A2:B5, Dashboard!A30:B35)',
      args: [
        [['Wang', ''], ['Li', 'Wang'], ['Chen', 'Wang'], ['Zhao', 'Li']],
        [['Wang', 1000000], ['Li', 600000], ['Chen', 300000], ['Zhao', 250000], ['zhao', 350000]],
      ],
      result: [
        ['Wang', 1000000, 900000, 100000, 'Under-assigned'],
        ['Li', 600000, 600000, 0, 'Balanced'],
        ['Chen', 300000, '', '', ''],
        ['Zhao', 600000, '', '', ''],
      ],
      explain: {
        en: "Wang's reports hold 900,000 of his 1,000,000: 100,000 is not assigned; Zhao's two rows add up to Li's 600,000; Chen and Zhao have no reports",
        zh: '王的下属只分到其 1,000,000 中的 900,000:100,000 未分解;赵的两行之和等于李的 600,000;陈和赵没有下属',
        zhHant: '王的下屬只分到其 1,000,000 中的 900,000:100,000 未分解;趙的兩列之和等於李的 600,000;陳和趙沒有下屬',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 1, cols: 5 }),
  fold(args, ctx) {
    const team = teamOf(args.team as Grid, ctx);
    const q = args.quotas as Grid;
    const own = new Float64Array(team.rows.length);
    for (let r = 0; r < q.length; r++) {
      const raw = q[r][1];
      const amount = typeof raw === 'number' && raw - raw === 0 ? raw : (need('number', raw, 'quotas', r + 1, ctx) as number | null);
      if (amount === null) continue;
      const person = q[r][0];
      if (normText(person) === '') continue;
      const i = team.indexOf(person);
      if (i >= 0) own[i] += amount;
    }
    const rows = rollupQuotas(team, own);
    const labels = { balanced: t(QUOTA_STATUS.balanced, ctx.lang), under: t(QUOTA_STATUS.under, ctx.lang), over: t(QUOTA_STATUS.over, ctx.lang) };
    return rows.map((x, i): Out[] => {
      if (!x) return ['', '', '', '', ''];
      const name = team.rows[i]!.person.trim();
      return x.status === null ? [name, x.own, '', '', ''] : [name, x.own, x.reports!, x.gap!, labels[x.status]];
    });
  },
};
