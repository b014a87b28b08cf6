/** TERRITORY_OF: the territory and account manager a customer's region and industry are assigned to. */
import { territoryMatcher, type TerritoryRule } from '../model/territory';
import { need, sameLength, type Grid } from './run';
import type { Ctx, FoldSpec, Out } from './spec';

/** The rules block (territory, region, industry, account manager, priority); rows with a blank territory are not rules yet. */
export function readRules(g: Grid, ctx: Ctx): TerritoryRule[] {
  const out: TerritoryRule[] = [];
  for (let r = 0; r < g.length; r++) {
    const row = g[r];
    const territory = need('text', row[0], 'rules', r + 1, ctx) as string | null;
    if (territory === null) continue;
    out.push({
      territory,
      region: (need('text', row[1], 'rules', r + 1, ctx) as string | null) ?? '',
      industry: (need('text', row[2], 'rules', r + 1, ctx) as string | null) ?? '',
      manager: (need('text', row[3], 'rules', r + 1, ctx) as string | null) ?? '',
      priority: need('number', row[4], 'rules', r + 1, ctx) as number | null,
      row: r,
    });
  }
  return out;
}

const column = (name: string, en: string, zh: string, zhHant: string, sample: string) => ({
  name,
  shape: 'table' as const,
  width: 1,
  sample,
  help: { en, zh, zhHant },
});

export const TERRITORY_OF: FoldSpec = {
  kind: 'fold',
  name: 'TERRITORY_OF',
  result: 'matrix',
  help: {
    en: "The territory a customer is assigned to, and its account manager: per customer row, 2 columns — territory, account manager — of the first rule that matches. Rules are tried by priority (lower first; equal or blank priorities in table order, blank after every number). A rule matches when its region equals the customer's region and its industry the customer's industry, compared trimmed, case-insensitively and with full-width letters folded; a blank rule cell matches anything. Both cells are blank when no rule matches, and when the customer's region and industry are both blank. A rules row with a blank territory is not a rule yet and is skipped; a priority that is not a number fails the call naming its row.",
    zh: '客户所属的销售区域及其客户经理:每个客户行返回 2 列——销售区域、客户经理——取第一条匹配的规则。规则按优先级依次尝试(数值小者优先;优先级相同或为空时按表中顺序,空白排在所有数值之后)。规则的区域与客户区域相同、行业与客户行业相同即为匹配,比较时忽略首尾空格、大小写和全半角;规则中为空的单元格匹配任何值。没有规则匹配,或客户的区域和行业都为空时,两列都为空。销售区域为空的规则行尚未完成,不参与匹配;优先级不是数字时整个调用失败并指出行号。',
    zhHant: '客戶所屬的銷售區域及其客戶經理:每個客戶列返回 2 欄——銷售區域、客戶經理——取第一條匹配的規則。規則按優先級依次嘗試(數值小者優先;優先級相同或為空時按表中順序,空白排在所有數值之後)。規則的區域與客戶區域相同、行業與客戶行業相同即為匹配,比較時忽略首尾空格、大小寫和全半形;規則中為空的儲存格匹配任何值。沒有規則匹配,或客戶的區域和行業都為空時,兩欄都為空。銷售區域為空的規則列尚未完成,不參與匹配;優先級不是數字時整個呼叫失敗並指出列號。',
  },
  params: [
    column('regions', "The customers' regions, one per row (e.g. Customers' Region column)", '客户的区域,每行一个(如客户表的区域列)', '客戶的區域,每列一個(如客戶表的區域欄)', 'Customers!G2:G'),
    column('industries', "The customers' industries, one per row, as many rows as regions", '客户的行业,每行一个,行数与 regions 相同', '客戶的行業,每列一個,列數與 regions 相同', 'Customers!F2:F'),
    {
      name: 'rules',
      shape: 'table',
      width: 5,
      sample: 'Territories!A2:E',
      help: {
        en: 'The Territories table: territory, region, industry, account manager, priority',
        zh: '销售区域表:销售区域、区域、行业、客户经理、优先级',
        zhHant: '銷售區域表:銷售區域、區域、行業、客戶經理、優先級',
      },
    },
  ],
  examples: [
    {
      formula: '=TERRITORY_OF(G2:G5, F2:F5, Territories!A2:E4)',
      args: [
        [['East'], ['east '], ['North'], ['']],
        [['Banking'], ['Retail'], ['Energy'], ['']],
        [
          ['East — all', 'East', '', 'Zhou', 20],
          ['East banks', 'East', 'Banking', 'Wu', 10],
          ['Energy', '', 'energy', 'Zheng', 30],
        ],
      ],
      result: [['East banks', 'Wu'], ['East — all', 'Zhou'], ['Energy', 'Zheng'], ['', '']],
      explain: {
        en: 'An East bank takes the priority-10 rule; another East customer the East rule; an energy company anywhere the energy rule; a customer with neither region nor industry none',
        zh: '华东的银行取优先级 10 的规则;华东其他客户取华东规则;任何区域的能源企业取能源规则;区域和行业都为空的客户不分配',
        zhHant: '華東的銀行取優先級 10 的規則;華東其他客戶取華東規則;任何區域的能源企業取能源規則;區域和行業都為空的客戶不分配',
      },
    },
  ],
  size: (dims) => ({ rows: dims[0]?.rows ?? 1, cols: 2 }),
  fold(args, ctx) {
    const regions = args.regions as Grid;
    const industries = args.industries as Grid;
    sameLength(regions, 'regions', industries, 'industries', ctx);
    const match = territoryMatcher(readRules(args.rules as Grid, ctx));
    const out: Out[][] = new Array(regions.length);
    for (let r = 0; r < regions.length; r++) {
      const rule = match(regions[r][0], industries[r][0]);
      out[r] = rule ? [rule.territory, rule.manager] : ['', ''];
    }
    return out;
  },
};
