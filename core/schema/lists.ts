/**
 * Drop-down lists of the workbook. A list cell stores the label of the workbook's language; a code or
 * any language's label is read back (`readList`). Chinese wording follows the method texts (../shared/seeds).
 */
import { normText } from '../cell';
import { t, type L10n, type Lang } from '../i18n';
import type { ListSpec } from './types';

export type ListId =
  | 'classification'
  | 'source'
  | 'role'
  | 'salesMethod'
  | 'tenderMethod'
  | 'bidPlan'
  | 'regionalImpact'
  | 'relationship'
  | 'complaintStatus'
  | 'activityType'
  | 'forecastKind'
  | 'assignmentRule'
  | 'yesno'
  | 'language';

const L = (code: string, en: string, zh: string, zhHant?: string, aliases?: string[]) => ({ code, label: { en, zh, zhHant } as L10n, ...(aliases ? { aliases } : {}) });

export const LISTS: readonly ListSpec[] = [
  {
    // 20:80 classification (domain.md §1); Standard = none of the three.
    id: 'classification',
    items: [
      L('VIP', 'VIP', 'VIP客户', 'VIP客戶'),
      L('MGC', 'MGC (growth potential)', 'MGC客户', 'MGC客戶'),
      L('BZ', 'BZ (negative growth)', 'BZ客户', 'BZ客戶', ['MZ', 'MZ客户']),
      L('Standard', 'Standard', '普通客户', '普通客戶', ['普通']),
    ],
  },
  {
    // 第一阶段:通过市场活动、渠道管理、网上销售、维修服务和客户信息购买等途径收集客户信息。
    id: 'source',
    items: [
      L('event', 'Marketing event', '市场活动', '市場活動'),
      L('channel', 'Channel', '渠道管理', '渠道管理'),
      L('online', 'Online sales', '网上销售', '網上銷售'),
      L('service', 'Service visit', '维修服务', '維修服務'),
      L('bought', 'Bought list', '客户信息购买', '客戶信息購買'),
      L('referral', 'Referral', '转介绍', '轉介紹'),
      L('other', 'Other', '其他', '其他'),
    ],
  },
  {
    id: 'role',
    items: [
      L('director', 'Sales director', '销售总监', '銷售總監'),
      L('regional', 'Regional manager', '区域经理', '區域經理'),
      L('team_lead', 'Team leader', '销售主管', '銷售主管'),
      L('account_manager', 'Account manager', '客户经理', '客戶經理'),
      L('presales', 'Pre-sales engineer', '售前工程师', '售前工程師'),
    ],
  },
  {
    // 销售方式:投标、批点或分销。
    id: 'salesMethod',
    items: [
      L('bid', 'Bid', '投标', '投標'),
      L('batch', 'Batch order', '批点', '批點'),
      L('distribution', 'Distribution', '分销', '分銷'),
    ],
  },
  {
    // 招标方式:公开开标且仅一次报价、公开开标可二次报价、议标、统签。
    id: 'tenderMethod',
    items: [
      L('open_single', 'Open tender, single quote', '公开开标且仅一次报价', '公開開標且僅一次報價'),
      L('open_second', 'Open tender, second quote allowed', '公开开标可二次报价', '公開開標可二次報價'),
      L('negotiated', 'Negotiated tender', '议标', '議標'),
      L('framework', 'Framework signing', '统签', '統簽'),
    ],
  },
  {
    // 投标方案:企业直接投标、一家代理投一种方案、企业与代理共同投多种方案、多家代理投多种方案。
    id: 'bidPlan',
    items: [
      L('direct', 'We bid directly', '企业直接投标', '企業直接投標'),
      L('one_agent', 'One agent, one solution', '一家代理投一种方案', '一家代理投一種方案'),
      L('joint', 'We and agents, several solutions', '企业与代理共同投多种方案', '企業與代理共同投多種方案'),
      L('agents', 'Several agents, several solutions', '多家代理投多种方案', '多家代理投多種方案'),
    ],
  },
  {
    // 项目对客户所在地影响:影响特别大 / 影响特大 / 影响中等 / 影响一般。
    id: 'regionalImpact',
    items: [
      L('critical', 'Critical (losing it loses an important customer)', '影响特别大', '影響特別大'),
      L('very_large', 'Very large', '影响特大', '影響特大'),
      L('medium', 'Medium', '影响中等', '影響中等'),
      L('ordinary', 'Ordinary', '影响一般', '影響一般'),
    ],
  },
  {
    // 客户关系度 (domain.md §5), the same wording as RELATIONSHIP_LEVEL.
    id: 'relationship',
    items: [
      L('full', 'Fully in place (> 80 % control)', '非常到位', '非常到位'),
      L('strong', 'Fairly in place (> 60 % control)', '比较到位', '比較到位'),
      L('ordinary', 'Ordinary (< 30 % control)', '一般', '一般'),
      L('unknown', 'Cannot judge yet', '无法判断', '無法判斷'),
    ],
  },
  {
    // 客户投诉登记表: received → investigated (cause, responsibility) → resolved.
    id: 'complaintStatus',
    items: [
      L('received', 'Received', '已受理', '已受理'),
      L('investigating', 'Investigating', '调查中', '調查中'),
      L('resolved', 'Resolved', '已解决', '已解決'),
    ],
  },
  {
    id: 'activityType',
    items: [
      L('visit', 'Visit', '拜访', '拜訪'),
      L('call', 'Call', '电话', '電話'),
      L('new_name', 'New name', '新名单', '新名單'),
      L('introduction', 'Introduction', '引荐', '引薦'),
      L('meeting', 'Meeting', '会议', '會議'),
      L('proposal', 'Proposal', '方案提交', '方案提交'),
      L('other', 'Other', '其他', '其他'),
    ],
  },
  {
    // Forecast submissions: an account manager's submission, or a superior's revision of a subordinate.
    id: 'forecastKind',
    items: [
      L('submission', 'Submission', '提交', '提交'),
      L('revision', 'Revision', '修正', '修正'),
    ],
  },
  {
    // How a new customer gets its account manager when none is chosen (Settings).
    id: 'assignmentRule',
    items: [
      L('region', 'Account manager of the region with the fewest customers', '同区域客户最少的客户经理', '同區域客戶最少的客戶經理'),
      L('least', 'Account manager with the fewest customers', '客户最少的客户经理', '客戶最少的客戶經理'),
      L('actor', 'The person registering the customer', '登记人', '登記人'),
    ],
  },
  {
    id: 'yesno',
    items: [L('yes', 'Yes', '是', '是'), L('no', 'No', '否', '否')],
  },
  {
    id: 'language',
    items: [L('en', 'English', '英文', '英文'), L('zh', 'Chinese (Simplified) 简体中文', '简体中文', '簡體中文'), L('zh-Hant', 'Chinese (Traditional) 繁體中文', '繁体中文', '繁體中文')],
  },
];

const BY_ID = new Map(LISTS.map((l) => [l.id, l]));

/** Normalised text (code or any language's label) → code, per list. */
const LOOKUP = new Map(
  LISTS.map((l) => {
    const m = new Map<string, string>();
    for (const it of l.items) {
      for (const s of [it.code, it.label.en, it.label.zh, it.label.zhHant, ...(it.aliases ?? [])]) if (s) m.set(normText(s), it.code);
    }
    return [l.id, m];
  }),
);

/** The list `id`; throws for an unknown id (a programming error, never user input). */
export function listSpec(id: string): ListSpec {
  const l = BY_ID.get(id);
  if (!l) throw new Error(`unknown list ${id}`);
  return l;
}

export function hasList(id: string): boolean {
  return BY_ID.has(id);
}

/**
 * The code of a list cell: a code or any language's label (trimmed, any case, full-width folded).
 * `null` when blank, `undefined` when the text is not an item of the list. A yes/no list also
 * reads every yes/no spelling of `cell.ts` (`TRUE`, `1`, `√`, `否` …).
 */
export function readList(listId: string, cell: unknown): string | null | undefined {
  const m = LOOKUP.get(listId);
  if (!m) throw new Error(`unknown list ${listId}`);
  if (cell === null || cell === undefined) return null;
  if (listId === 'yesno' && typeof cell === 'boolean') return cell ? 'yes' : 'no';
  const s = normText(cell);
  if (s === '') return null;
  const code = m.get(s);
  if (code !== undefined) return code;
  if (listId === 'yesno') {
    if (['1', 'true', 'y', '有', '√', '✓', '✔'].includes(s)) return 'yes';
    if (['0', 'false', 'n', '无', '無', '×', '✗', '✘'].includes(s)) return 'no';
  }
  return undefined;
}

/** The label of `code` in `lang` (the code itself when unknown). */
export function listLabel(listId: string, code: string, lang: Lang): string {
  const it = listSpec(listId).items.find((i) => i.code === code);
  return it ? t(it.label, lang) : code;
}

/** The drop-down values of a list in `lang`, in list order. */
export function listLabels(listId: string, lang: Lang): string[] {
  return listSpec(listId).items.map((i) => t(i.label, lang));
}

/** The items of a list as `{code, label}` in `lang` (for the forms). */
export function listItems(listId: string, lang: Lang): { code: string; label: string }[] {
  return listSpec(listId).items.map((i) => ({ code: i.code, label: t(i.label, lang) }));
}
