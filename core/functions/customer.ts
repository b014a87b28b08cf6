/**
 * CUSTOMER_KEY, CUSTOMER_MATCH and DUPLICATE_GROUPS: the uniqueness check of the customer register
 * (客户惟一性) as formulas. The rules are in `core/model/customer-key.ts` (what a name's key keeps),
 * `customer-similarity.ts` (how alike two keys are), `customer-match.ts` and `duplicates.ts`.
 */
import { toText } from '../cell';
import { t, type L10n } from '../i18n';
import { customerKey } from '../model/customer-key';
import { customerIndexSteps, DEFAULT_MATCH_THRESHOLD, MIN_MATCH_THRESHOLD, type CustomerIndex } from '../model/customer-match';
import { duplicateGroupsSteps } from '../model/duplicates';
import { STEP } from '../steps';
import { withGot } from './got';
import { need, toGrid } from './run';
import { CallError, type Ctx, type EachSpec, type FoldSpec, type Out, type ParamSpec, type RowsSpec } from './spec';

const MSG = {
  threshold: {
    en: 'argument threshold: got {got}, expects a similarity from 0.5 to 1 (or 50 %–100 %), such as 0.9',
    zh: '参数 threshold:收到 {got},应为 0.5–1(或 50%–100%)的相似度,如 0.9',
    zhHant: '參數 threshold:收到 {got},應為 0.5–1(或 50%–100%)的相似度,如 0.9',
  },
  existing: {
    en: 'argument existing: got a range of {rows}×{cols}, expects one column (or one row) of customer names',
    zh: '参数 existing:收到 {rows}×{cols} 的区域,应为一列(或一行)客户名称',
    zhHant: '參數 existing:收到 {rows}×{cols} 的區域,應為一欄(或一列)客戶名稱',
  },
} satisfies Record<string, L10n>;

/** The threshold as a fraction: 0.9, "90%", or 90 (above 1 and up to 100 is percent); 0.5–1. */
function readThreshold(v: unknown, ctx: Ctx): number {
  const n = typeof v === 'number' ? (v > 1 && v <= 100 ? v / 100 : v) : NaN;
  if (!(n >= MIN_MATCH_THRESHOLD && n <= 1)) throw new CallError(t(withGot(MSG.threshold, v), ctx.lang));
  return n;
}

const thresholdParam: ParamSpec = {
  name: 'threshold',
  shape: 'scalar',
  type: 'number',
  optional: true,
  default: DEFAULT_MATCH_THRESHOLD,
  sample: '0.9',
  help: {
    en: 'Optional: the similarity (0.5–1) from which two names are the same company (default 0.9; names with equal keys always match)',
    zh: '可选:相似度达到此值(0.5–1)即视为同一客户(默认 0.9;关键字相同者总是匹配)',
    zhHant: '可選:相似度達到此值(0.5–1)即視為同一客戶(預設 0.9;關鍵字相同者總是匹配)',
  },
};

function namesParam(sample: string, shape: 'each' | 'rows'): ParamSpec {
  return {
    name: 'names',
    shape,
    type: 'text',
    width: shape === 'rows' ? 1 : undefined,
    sample,
    help: {
      en: 'Customer (company) names, one per row',
      zh: '客户(公司)名称,每行一个',
      zhHant: '客戶(公司)名稱,每列一個',
    },
  };
}

/** What the key sees through, for the help texts. */
const SEES_THROUGH: L10n = {
  en: 'traditional/simplified characters, full/half width, case, punctuation and spacing, legal forms (有限公司, 集团, Co., Ltd., Inc., GmbH …), leading places (广东省深圳市…, 上海…) and places in brackets (（上海）, (Shanghai))',
  zh: '繁简体、全半角、大小写、标点和空格、组织形式(有限公司、集团、Co., Ltd.、Inc.、GmbH 等)、名称前的地名(广东省深圳市…、上海…)和括号中的地名(（上海）、(Shanghai))',
  zhHant: '繁簡體、全半形、大小寫、標點和空格、組織形式(有限公司、集團、Co., Ltd.、Inc.、GmbH 等)、名稱前的地名(廣東省深圳市…、上海…)和括號中的地名(（上海）、(Shanghai))',
};

export const CUSTOMER_KEY: EachSpec = {
  kind: 'each',
  name: 'CUSTOMER_KEY',
  help: {
    en: `The normalised key of each company name, for the uniqueness check: it sees through ${SEES_THROUGH.en}. A leading place is kept when only generic words would remain (北京科技发展 stays apart from 上海科技发展); a branch (分公司) is kept. Two names with the same key are the same customer.`,
    zh: `每个公司名称的规范化关键字,用于客户惟一性检查:忽略${SEES_THROUGH.zh}。若去掉地名后只剩通用词,则保留地名(北京科技发展与上海科技发展不同);分公司保留。关键字相同即为同一客户。`,
    zhHant: `每個公司名稱的規範化關鍵字,用於客戶惟一性檢查:忽略${SEES_THROUGH.zhHant}。若去掉地名後只剩通用詞,則保留地名(北京科技發展與上海科技發展不同);分公司保留。關鍵字相同即為同一客戶。`,
  },
  params: [namesParam('A2:A', 'each')],
  examples: [
    {
      formula: '=CUSTOMER_KEY(A2:A4)',
      args: [[['廣東省深圳市華為技術有限公司'], ['ＡＢＣ贸易（上海）有限公司'], ['Acme Trading Co., Ltd.']]],
      result: [['华为技术'], ['abc贸易'], ['acme trading']],
      explain: {
        en: 'traditional characters, the province and city, full-width letters, the place in brackets and the legal forms are folded away',
        zh: '繁体字、省市名、全角字母、括号中的地名和组织形式都被去除',
        zhHant: '繁體字、省市名、全形字母、括號中的地名和組織形式都被去除',
      },
    },
  ],
  cell([name]) {
    return customerKey(name as string);
  },
};

interface MatchPrepared {
  index: CustomerIndex;
  threshold: number;
}

export const CUSTOMER_MATCH: RowsSpec<MatchPrepared> = {
  kind: 'rows',
  name: 'CUSTOMER_MATCH',
  width: 3,
  help: {
    en: `Checks each name against the existing customers: per row, 3 columns — the best existing match, its similarity (0–1), and its row number within existing (1-based); blank when nothing reaches the threshold (default 0.9). Names are compared by their CUSTOMER_KEY (which sees through ${SEES_THROUGH.en}); equal keys are the same company, their similarity 0.95–1 by how differently they are written (1 only for the same writing). Otherwise the similarity is 1 − weighted edits ÷ the longer key, where the trade name (华为, Acme) counts double: each of its characters weighs 2, a character of an industry word or a place (科技, 北京, Trading) 1, so sharing a place or an industry word never makes a match; names with different numbers never match. Ties go to the first row.`,
    zh: `将每个名称与已有客户比对:每行 3 列——最相似的已有客户、相似度(0–1)、它在 existing 中的行号(从 1 起);没有达到阈值(默认 0.9)时为空。按 CUSTOMER_KEY 比较(忽略${SEES_THROUGH.zh});关键字相同即为同一客户,相似度按写法差异为 0.95–1(写法完全相同为 1)。否则相似度 = 1 − 加权编辑量 ÷ 较长关键字,其中字号(华为、Acme)每字权重 2,行业词和地名(科技、北京、Trading)每字权重 1,因此仅地名或行业词相同不会匹配;数字不同的名称不匹配。相同相似度取靠前的行。`,
    zhHant: `將每個名稱與已有客戶比對:每列 3 欄——最相似的已有客戶、相似度(0–1)、它在 existing 中的列號(從 1 起);沒有達到閾值(預設 0.9)時為空。按 CUSTOMER_KEY 比較(忽略${SEES_THROUGH.zhHant});關鍵字相同即為同一客戶,相似度按寫法差異為 0.95–1(寫法完全相同為 1)。否則相似度 = 1 − 加權編輯量 ÷ 較長關鍵字,其中字號(華為、Acme)每字權重 2,行業詞和地名(科技、北京、Trading)每字權重 1,因此僅地名或行業詞相同不會匹配;數字不同的名稱不匹配。相同相似度取靠前的列。`,
  },
  params: [
    namesParam('A2:A', 'rows'),
    {
      name: 'existing',
      shape: 'table',
      width: 1,
      sample: 'Customers!B2:B',
      help: {
        en: 'The existing customer names: one column (or one row)',
        zh: '已有客户名称:一列(或一行)',
        zhHant: '已有客戶名稱:一欄(或一列)',
      },
    },
    thresholdParam,
  ],
  examples: [
    {
      formula: '=CUSTOMER_MATCH(A2:A3, Customers!B2:B4)',
      args: [
        [['深圳市华为技术有限公司'], ['上海科技发展有限公司']],
        [['中國電信股份有限公司'], ['華為技術有限公司'], ['北京科技发展有限公司']],
      ],
      result: [
        ['華為技術有限公司', 0.985, 2],
        ['', '', ''],
      ],
      explain: {
        en: 'the first is existing row 2 written differently; the second shares only industry words with row 3 (上海 ≠ 北京, similarity 0.67): a new customer',
        zh: '第一个即已有第 2 行(写法不同);第二个与第 3 行只有行业词相同(上海 ≠ 北京,相似度 0.67),是新客户',
        zhHant: '第一個即已有第 2 列(寫法不同);第二個與第 3 列只有行業詞相同(上海 ≠ 北京,相似度 0.67),是新客戶',
      },
    },
    {
      formula: '=CUSTOMER_MATCH(A2, Customers!B2:B4, 0.6)',
      args: [[['上海科技发展有限公司']], [['中國電信股份有限公司'], ['華為技術有限公司'], ['北京科技发展有限公司']], [[0.6]]],
      result: [['北京科技发展有限公司', 0.667, 3]],
      explain: {
        en: 'with the threshold lowered to 0.6, the near name in row 3 is shown',
        zh: '阈值降到 0.6 时,显示第 3 行的相近名称',
        zhHant: '閾值降到 0.6 時,顯示第 3 列的相近名稱',
      },
    },
  ],
  // In steps: the index over a million names takes seconds (see core/steps.ts).
  *prepareSteps(call, ctx) {
    const grid = toGrid(call.existing);
    const rows = grid.length;
    const cols = rows ? grid[0].length : 0;
    if (rows > 1 && cols > 1) throw new CallError(t({ en: fillDims(MSG.existing.en, rows, cols), zh: fillDims(MSG.existing.zh, rows, cols), zhHant: fillDims(MSG.existing.zhHant, rows, cols) }, ctx.lang));
    const threshold = readThreshold(call.threshold, ctx);
    const count = rows === 1 ? cols : rows;
    const names: string[] = new Array(count);
    for (let i = 0; i < count; i++) {
      if (i % STEP === STEP - 1) yield;
      const v = rows === 1 ? grid[0][i] : grid[i][0];
      names[i] = typeof v === 'boolean' ? '' : toText(v);
    }
    return { index: yield* customerIndexSteps(names), threshold };
  },
  row([name], _call, _ctx, prepared) {
    const best = prepared.index.search(name as string, { threshold: prepared.threshold, limit: 1 })[0];
    return best ? [best.name, best.similarity, best.row + 1] : ['', '', ''];
  },
};

function fillDims(s: string, rows: number, cols: number): string {
  return s.replace('{rows}', String(rows)).replace('{cols}', String(cols));
}

export const DUPLICATE_GROUPS: FoldSpec = {
  kind: 'fold',
  name: 'DUPLICATE_GROUPS',
  result: 'matrix',
  help: {
    en: 'Duplicate customers in one list: per row, a group label (G1, G2 … numbered in order of first appearance) shared by the rows that name the same company; blank for a row with no duplicate and for a blank row. Same company = equal CUSTOMER_KEY, or similarity ≥ threshold (default 0.9, as in CUSTOMER_MATCH). Groups never chain: names join a group only when they are similar enough to every name in it, so a shared generic word (科技, 贸易, Trading) never links unrelated companies.',
    zh: '同一列表中的重复客户:每行给出分组标签(G1、G2…按首次出现编号),指向同一公司的行标签相同;没有重复的行和空行为空。同一公司 = CUSTOMER_KEY 相同,或相似度 ≥ 阈值(默认 0.9,同 CUSTOMER_MATCH)。分组不会串联:名称只有与组内每个名称都足够相似才会加入,因此共同的通用词(科技、贸易、Trading)不会把不相关的公司连在一起。',
    zhHant: '同一列表中的重複客戶:每列給出分組標籤(G1、G2…按首次出現編號),指向同一公司的列標籤相同;沒有重複的列和空列為空。同一公司 = CUSTOMER_KEY 相同,或相似度 ≥ 閾值(預設 0.9,同 CUSTOMER_MATCH)。分組不會串聯:名稱只有與組內每個名稱都足夠相似才會加入,因此共同的通用詞(科技、貿易、Trading)不會把不相關的公司連在一起。',
  },
  params: [namesParam('B2:B', 'rows'), thresholdParam],
  examples: [
    {
      formula: '=DUPLICATE_GROUPS(B2:B6)',
      args: [[['华为技术有限公司'], ['北京科技发展有限公司'], ['深圳市華為技術有限公司'], ['上海科技发展有限公司'], ['']]],
      result: [['G1'], [''], ['G1'], [''], ['']],
      explain: {
        en: 'rows 1 and 3 are the same company; the two 科技发展 companies of different cities are not',
        zh: '第 1、3 行是同一公司;两个不同城市的科技发展公司不是',
        zhHant: '第 1、3 列是同一公司;兩個不同城市的科技發展公司不是',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 1, cols: 1 }),
  // In steps: grouping 100,000 names takes seconds, and more than linearly so (see core/steps.ts).
  *foldSteps(args, ctx) {
    const grid = toGrid(args.names);
    const threshold = readThreshold(args.threshold, ctx);
    const names: string[] = new Array(grid.length);
    for (let r = 0; r < grid.length; r++) {
      if (r % STEP === STEP - 1) yield;
      const v = grid[r][0];
      names[r] = typeof v === 'string' ? v : ((need('text', v, 'names', r + 1, ctx) as string | null) ?? '');
    }
    const { group } = yield* duplicateGroupsSteps(names, threshold);
    const out: Out[][] = new Array(grid.length);
    for (let r = 0; r < grid.length; r++) {
      if (r % STEP === STEP - 1) yield;
      out[r] = [group[r] ? 'G' + group[r] : ''];
    }
    return out;
  },
};
