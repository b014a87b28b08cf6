/**
 * DECISION_MAP: per opportunity, what its mapped contacts tell about the customer's decision chain
 * (funnel stage 03 "全面掌握客户组织关系") — and the first gap to close. The body reads cells; the
 * coverage rule is `core/model/decision-map.ts`.
 */
import { normText, showCell } from '../cell';
import { fill, t, type L10n } from '../i18n';
import { addContact, ATTITUDES, BUYING_ROLES, emptyCoverage, RELATIONSHIP_STAGES, VERDICT_LABELS, verdictOf, type Coverage } from '../model/decision-map';
import { itemLabels, itemReader, type Item } from '../model/items';
import { MSG } from './messages';
import { need, type Grid } from './run';
import { CallError, type Ctx, type FoldSpec, type Out } from './spec';

const YES: L10n = { en: 'Yes', zh: '是', zhHant: '是' };
const NO: L10n = { en: 'No', zh: '否', zhHant: '否' };

const EXPECT_ITEM: L10n = { en: '{what}: got {got}, expects one of {values}', zh: '{what}:收到 {got},应为以下之一:{values}', zhHant: '{what}:收到 {got},應為以下之一:{values}' };

const readRole = itemReader(BUYING_ROLES);
const readAttitude = itemReader(ATTITUDES);
const readStage = itemReader(RELATIONSHIP_STAGES);

/** A list cell of row `row` of `arg` read by `read`; an unknown value fails the call naming the row and the values expected. */
export function needItem(read: (v: unknown) => string | null | undefined, items: readonly Item[], what: string, v: unknown, arg: string, row: number, ctx: Ctx): string | null {
  const code = read(v);
  if (code !== undefined) return code;
  const l = ctx.lang === 'en' ? 'en' : ctx.lang === 'zh' ? 'zh' : 'zhHant';
  const reason = t(fill(EXPECT_ITEM, { what, got: showCell(v, ctx.lang), values: itemLabels(items, l) }), ctx.lang);
  throw new CallError(t(fill(MSG.inRow, { row, arg, reason }), ctx.lang));
}

export const DECISION_MAP: FoldSpec = {
  kind: 'fold',
  name: 'DECISION_MAP',
  result: 'matrix',
  help: {
    en: 'The decision-maker map per opportunity row, 5 columns: contacts mapped; decision maker known (Yes/No); coach (insider) present (Yes/No); supporters − opponents; verdict — Covered when a decision maker and a coach are known and no decision maker is an opponent, else the first gap in this order: No decision maker, No coach, Decision maker opposed. Contacts are the 5 adjacent columns opportunity ID, name, buying role, attitude, relationship stage (values in any language; coach = insider = 内线). IDs are compared trimmed and case-insensitively; a blank opportunity row gives a blank row; contact rows without an opportunity ID are not counted; an unknown role, attitude or relationship stage fails the call naming the row.',
    zh: '逐个商机给出决策链分析,5 列:已掌握的联系人数;是否已知决策者(是/否);是否有内线(是/否);支持者人数 − 反对者人数;结论——已知决策者和内线且没有决策者反对时为“已覆盖”,否则按顺序给出第一个缺口:无决策者、无内线、决策者反对。contacts 为相邻 5 列:商机编号、姓名、采购角色、对我方态度、关系阶段(任一语言的取值均可;内线 = coach = insider)。编号比较时忽略首尾空格和大小写;商机编号为空的行结果为空;没有商机编号的联系人不计;角色、态度或关系阶段无法识别时整个调用失败并指出行号。',
    zhHant: '逐個商機給出決策鏈分析,5 欄:已掌握的聯繫人數;是否已知決策者(是/否);是否有內線(是/否);支持者人數 − 反對者人數;結論——已知決策者和內線且沒有決策者反對時為「已覆蓋」,否則按順序給出第一個缺口:無決策者、無內線、決策者反對。contacts 為相鄰 5 欄:商機編號、姓名、採購角色、對我方態度、關係階段(任一語言的取值均可;內線 = coach = insider)。編號比較時忽略首尾空格和大小寫;商機編號為空的列結果為空;沒有商機編號的聯繫人不計;角色、態度或關係階段無法識別時整個呼叫失敗並指出列號。',
  },
  params: [
    {
      name: 'opportunity_ids',
      shape: 'table',
      width: 1,
      sample: 'Opportunities!A2:A',
      help: { en: 'The opportunity IDs, one per row', zh: '商机编号,每行一个', zhHant: '商機編號,每列一個' },
    },
    {
      name: 'contacts',
      shape: 'table',
      width: 5,
      sample: 'Contacts!C2:G',
      help: {
        en: 'Contact rows: opportunity ID, name, buying role, attitude, relationship stage (the Decision chain sheet\u2019s 5 adjacent columns)',
        zh: '联系人行:商机编号、姓名、采购角色、对我方态度、关系阶段(客户组织表相邻的 5 列)',
        zhHant: '聯繫人列:商機編號、姓名、採購角色、對我方態度、關係階段(客戶組織表相鄰的 5 欄)',
      },
    },
  ],
  examples: [
    {
      formula: '=DECISION_MAP(Opportunities!A2:A4, Contacts!C2:G7)',
      args: [
        [['O00001'], ['O00002'], ['O00003']],
        [
          ['O00001', 'Wang Wei', 'Decision maker', 'Supporter', '3 Agreement'],
          ['O00001', 'Zhao Min', '内线', '支持', '5 同盟'],
          ['O00001', 'Qian Hao', 'Technical evaluator', 'Opponent', ''],
          ['O00002', 'Sun Li', 'coach', 'Supporter', '2 Meeting'],
          ['O00003', 'Zhou Jie', '决策者', '反对', '1 认识'],
          ['O00003', 'Wu Fang', 'Insider', 'Neutral', '4 Trust'],
        ],
      ],
      result: [
        [3, 'Yes', 'Yes', 1, 'Covered'],
        [1, 'No', 'Yes', 1, 'No decision maker'],
        [2, 'Yes', 'Yes', -1, 'Decision maker opposed'],
      ],
      explain: {
        en: 'O00001 has its decision maker and a coach (one supporter each, the technical evaluator opposed: 2 − 1); O00002 has a coach but no decision maker; O00003\u2019s decision maker opposes us',
        zh: 'O00001 已知决策者和内线(两位支持、技术评估者反对:2 − 1);O00002 有内线但无决策者;O00003 的决策者反对我方',
        zhHant: 'O00001 已知決策者和內線(兩位支持、技術評估者反對:2 − 1);O00002 有內線但無決策者;O00003 的決策者反對我方',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 0, cols: 5 }),
  fold(args, ctx) {
    const contacts = args.contacts as Grid;
    const byOpp = new Map<string, Coverage>();
    /** ID texts as compared (trimmed, any case), read once per distinct text. */
    const keys = new Map<string, string>();
    const keyOf = (v: unknown, arg: string, r: number) => {
      let k = typeof v === 'string' ? keys.get(v) : undefined;
      if (k === undefined) {
        k = normText(need('text', v, arg, r + 1, ctx));
        if (typeof v === 'string') keys.set(v, k);
      }
      return k;
    };
    for (let r = 0; r < contacts.length; r++) {
      const row = contacts[r];
      const id = keyOf(row[0], 'contacts', r);
      if (id === '') continue;
      const role = needItem(readRole, BUYING_ROLES, 'buying role', row[2], 'contacts', r + 1, ctx);
      const attitude = needItem(readAttitude, ATTITUDES, 'attitude', row[3], 'contacts', r + 1, ctx);
      needItem(readStage, RELATIONSHIP_STAGES, 'relationship stage', row[4], 'contacts', r + 1, ctx);
      // A row holding nothing but the ID is not a mapped contact.
      if (role === null && normText(row[1]) === '') continue;
      let c = byOpp.get(id);
      if (!c) byOpp.set(id, (c = emptyCoverage()));
      addContact(c, role, attitude);
    }
    const yes = t(YES, ctx.lang);
    const no = t(NO, ctx.lang);
    const ids = args.opportunity_ids as Grid;
    const out: Out[][] = new Array(ids.length);
    for (let r = 0; r < ids.length; r++) {
      const id = keyOf(ids[r][0], 'opportunity_ids', r);
      if (id === '') {
        out[r] = ['', '', '', '', ''];
        continue;
      }
      const c = byOpp.get(id) ?? emptyCoverage();
      out[r] = [c.mapped, c.decisionMaker ? yes : no, c.coach ? yes : no, c.balance, t(VERDICT_LABELS[verdictOf(c)], ctx.lang)];
    }
    return out;
  },
};
