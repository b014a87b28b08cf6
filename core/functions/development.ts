/** DEVELOPMENT_REPORT: the 新客户开发进度报表 — per person, prospects in each of the five development stages and stopped. */
import { normText, showCell } from '../cell';
import { fill, t, type L10n } from '../i18n';
import { parseDevStage } from '../model/development';
import { MSG } from './messages';
import { need, sameLength, type Grid } from './run';
import { CallError, type FoldSpec, type Out } from './spec';

const BAD_STAGE: L10n = { en: 'stage: got {got}, expects a development stage 1–5', zh: '开发阶段:收到 {got},应为 1–5 的开发阶段', zhHant: '開發階段:收到 {got},應為 1–5 的開發階段' };

export const DEVELOPMENT_REPORT: FoldSpec = {
  kind: 'fold',
  name: 'DEVELOPMENT_REPORT',
  result: 'matrix',
  help: {
    en: 'New-customer development progress report (新客户开发进度报表): per person row, 6 columns — the count of that person\u2019s prospects in development stage 1 (choose the target), 2 (samples and information), 3 (value assessment and plan), 4 (relationship with the key decision makers), 5 (closing), and the count stopped. A stage cell is read by its first number 1–5 ("2 样品提供/信息收集", 2); a stopped prospect counts only as stopped; a customer with neither a stage nor stopped is not a prospect. Names are compared trimmed and case-insensitively; a bad stage or stopped value fails the call naming the row.',
    zh: '新客户开发进度报表:每个人员行 6 列——该人负责的潜在客户分别处于开发阶段 1(确定开发对象)、2(样品提供/信息收集)、3(价值评估/开发程序)、4(关系建立)、5(促成合作)的数量,以及已终止的数量。开发阶段按其中第一个数字 1–5 读取(“2 样品提供/信息收集”、2);已终止的客户只计为终止;既无开发阶段也未终止的客户不计。姓名比较时忽略首尾空格和大小写;开发阶段或终止值有误时整个调用失败并指出行号。',
    zhHant: '新客戶開發進度報表:每個人員列 6 欄——該人負責的潛在客戶分別處於開發階段 1(確定開發對象)、2(樣品提供/信息收集)、3(價值評估/開發程序)、4(關係建立)、5(促成合作)的數量,以及已終止的數量。開發階段按其中第一個數字 1–5 讀取(「2 樣品提供/信息收集」、2);已終止的客戶只計為終止;既無開發階段也未終止的客戶不計。姓名比較時忽略首尾空格和大小寫;開發階段或終止值有誤時整個呼叫失敗並指出列號。',
  },
  params: [
    { name: 'people', shape: 'table', width: 1, sample: 'Team!A2:A', help: { en: 'The people, one per row', zh: '人员,每行一人', zhHant: '人員,每列一人' } },
    { name: 'owners', shape: 'table', width: 1, sample: 'Customers!C2:C', help: { en: 'Account manager per customer', zh: '每个客户的客户经理', zhHant: '每個客戶的客戶經理' } },
    { name: 'stages', shape: 'table', width: 1, sample: 'Customers!P2:P', help: { en: 'Development stage per customer (1–5), aligned with owners', zh: '每个客户的开发阶段(1–5),与 owners 逐行对应', zhHant: '每個客戶的開發階段(1–5),與 owners 逐列對應' } },
    { name: 'stopped', shape: 'table', width: 1, optional: true, sample: 'Customers!Q2:Q', help: { en: 'Optional: development stopped, yes/no per customer, aligned with owners', zh: '可选:是否终止开发(是/否),与 owners 逐行对应', zhHant: '可選:是否終止開發(是/否),與 owners 逐列對應' } },
  ],
  examples: [
    {
      formula: '=DEVELOPMENT_REPORT(Team!A2:A3, Customers!C2:C7, Customers!P2:P7, Customers!Q2:Q7)',
      args: [
        [['Chen'], ['Sun']],
        [['Chen'], ['Chen'], ['chen'], ['Sun'], ['Sun'], ['Chen']],
        [['1 Choose the target'], ['2 样品提供/信息收集'], [2], ['3'], ['4 Relationship with the key decision makers'], ['']],
        [['No'], [''], ['否'], ['Yes'], [''], ['']],
      ],
      result: [
        [1, 2, 0, 0, 0, 0],
        [0, 0, 0, 1, 0, 1],
      ],
      explain: {
        en: 'Chen: one prospect in stage 1, two in stage 2 (the customer without a stage is not a prospect); Sun: one in stage 4, and the stage-3 prospect was stopped',
        zh: '陈:阶段 1 一个、阶段 2 两个(没有开发阶段的客户不计);孙:阶段 4 一个,阶段 3 的客户已终止',
        zhHant: '陳:階段 1 一個、階段 2 兩個(沒有開發階段的客戶不計);孫:階段 4 一個,階段 3 的客戶已終止',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 0, cols: 6 }),
  fold(args, ctx) {
    const owners = args.owners as Grid;
    const stages = args.stages as Grid;
    const stopped = args.stopped as Grid | undefined;
    sameLength(owners, 'owners', stages, 'stages', ctx);
    if (stopped) sameLength(owners, 'owners', stopped, 'stopped', ctx);
    const counts = new Map<string, number[]>();
    /** Owner texts as compared (trimmed, any case), read once per distinct text. */
    const keys = new Map<string, string>();
    for (let r = 0; r < owners.length; r++) {
      const sv = stopped ? stopped[r][0] : '';
      const isStopped = sv === '' ? false : (need('yesno', sv, 'stopped', r + 1, ctx) as boolean | null) === true;
      const raw = stages[r][0];
      const stage = parseDevStage(raw);
      if (stage === undefined) throw new CallError(t(fill(MSG.inRow, { row: r + 1, arg: 'stages', reason: t(fill(BAD_STAGE, { got: showCell(raw, ctx.lang) }), ctx.lang) }), ctx.lang));
      if (!isStopped && stage === null) continue;
      const o = owners[r][0];
      let k = typeof o === 'string' ? keys.get(o) : undefined;
      if (k === undefined) {
        k = normText(need('text', o, 'owners', r + 1, ctx));
        if (typeof o === 'string') keys.set(o, k);
      }
      if (k === '') continue;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = [0, 0, 0, 0, 0, 0]));
      c[isStopped ? 5 : (stage as number) - 1]++;
    }
    const people = args.people as Grid;
    const out: Out[][] = new Array(people.length);
    for (let r = 0; r < people.length; r++) {
      const k = normText(need('text', people[r][0], 'people', r + 1, ctx));
      out[r] = k === '' ? ['', '', '', '', '', ''] : [...(counts.get(k) ?? [0, 0, 0, 0, 0, 0])];
    }
    return out;
  },
};
