/**
 * The words of a company name that are not its own: legal forms (有限公司, Ltd.) and the generic
 * industry and organisation words (科技, 贸易, Technology, Trading) that thousands of unrelated
 * companies share. A name's distinctive part (字号, trade name) is what remains. Simplified
 * characters and lower-case Latin, as compact space-separated lists.
 */
import { bracketOnlyWords, chinesePlaces, latinPlaces } from './places';

/** Chinese legal forms removed wherever they stand. */
export const CHINESE_LEGAL_ANYWHERE = /(?:股份)?有限(?:责任)?公司|(?:特殊)?普通合伙|有限合伙/g;

/** Chinese legal and group forms removed from the end, longest first. 分公司 (a branch) is kept. */
export const CHINESE_LEGAL_SUFFIXES = ['有限责任', '总公司', '集团', '控股', '股份', '有限', '公司'];

const LATIN_LEGAL =
  'co ltd limited inc incorporated corp corporation llc llp lp gmbh ag sa plc pte pty bv nv srl sarl spa kk oy ab as company group holdings holding';

const CHINESE_GENERIC =
  '科技 技术 发展 贸易 商贸 工贸 实业 投资 电子 信息 网络 软件 工程 建设 建筑 建工 咨询 管理 服务 物流 控股 工业 制造 机械 设备 电气 电器 机电 电机 ' +
  '化工 化学 材料 新材料 能源 新能源 医药 药业 制药 生物 食品 环保 环境 文化 传媒 广告 教育 培训 房地产 地产 置业 物业 金融 银行 证券 保险 资产 基金 信托 租赁 ' +
  '汽车 汽配 航空 航运 通信 通讯 电信 电讯 数据 大数据 智能 系统 自动化 精密 五金 塑料 塑胶 纺织 服装 服饰 进出口 供应链 电力 电源 科学 研究 研究院 研究所 设计院 ' +
  '中心 企业 商务 经济 开发 产业 创新 数字 互联网 光电 光学 半导体 集成电路 仪器 仪表 酒店 餐饮 旅游 旅行社 运输 船务 石油 石化 钢铁 矿业 农业 林业 渔业 牧业 ' +
  '水务 燃气 热力 电子商务 家居 家具 装饰 装修 设计 规划 印刷 包装 纸业 人力资源 健康 医疗 器械 检测 认证 安全 消防 照明 电缆 线缆 计算机 电脑 云计算 商业 ' +
  '模具 机器人 新技术 高新 微电子 控制 传感 通用 重工 轻工 工艺 工艺品 礼品 用品 日用品 化妆品 百货 超市 商场 商店 连锁 零售 批发 经营部 经营 营销 策划 会展 ' +
  '展览 影视 娱乐 体育 游戏 动漫 出版 发行 图书 印务 物资 实验室 分公司 分行 支行 办事处 代表处 事务所 律师 会计师 合伙 国际 集团 股份 有限 公司 责任 ' +
  '大学 学院 学校 中学 小学 幼儿园 医院 协会 商会 学会 基金会 委员会 政府 ' +
  '厂 店 行 社 所 院 部 馆 站 省 市 区 县 新区 自治区 特别行政区';

const LATIN_GENERIC =
  'technology technologies tech trading trade international development industrial industries industry electronics electronic software services service ' +
  'solutions solution systems system consulting consultants investment investments global enterprises enterprise manufacturing logistics engineering ' +
  'bank banking insurance electric electrical network networks communications communication telecom information energy pharmaceutical pharmaceuticals ' +
  'pharma medical healthcare health foods food chemical chemicals materials material auto automotive motor motors machinery machine equipment construction ' +
  'realestate real estate properties property capital financial finance securities and of the import export digital data smart media culture ' +
  'education hotel hotels travel shipping airlines airline steel power new products product partners management ' +
  'devices device instruments instrument semiconductor semiconductors textiles textile parts components biotech biotechnology biopharma ' +
  'optoelectronics precision appliances supply chain environmental building intelligent automation robotics packaging plastics metals ' +
  'mining apparel furniture agriculture';

function set(...lists: string[]): Set<string> {
  const s = new Set<string>();
  for (const l of lists) for (const w of l.split(' ')) if (w) s.add(w);
  return s;
}

let latinLegalSet: Set<string> | null = null;
let latinWords: Set<string> | null = null;
let chineseWords: Map<number, number[]> | null = null;
let chineseSet: Set<string> | null = null;
let bracketSet: Set<string> | null = null;

/** Latin legal forms (`ltd`, `gmbh`, …), removed from the end of a name. */
export function latinLegal(): Set<string> {
  return (latinLegalSet ??= set(LATIN_LEGAL));
}

/** Latin words that do not identify a company: legal forms, industry words, places. */
export function latinGeneric(): Set<string> {
  if (!latinWords) {
    latinWords = set(LATIN_LEGAL, LATIN_GENERIC);
    for (const w of latinPlaces()) latinWords.add(w);
  }
  return latinWords;
}

/** Chinese words that do not identify a company: legal forms, industry words, places. */
export function chineseGeneric(): Set<string> {
  if (!chineseSet) {
    chineseSet = set(CHINESE_GENERIC, CHINESE_LEGAL_SUFFIXES.join(' '));
    for (const w of chinesePlaces()) chineseSet.add(w);
  }
  return chineseSet;
}

/** Lengths of the generic words starting with each character, longest first (for fast look-up). */
function lengthsByFirst(): Map<number, number[]> {
  if (chineseWords) return chineseWords;
  const m = new Map<number, number[]>();
  for (const w of chineseGeneric()) {
    const c = w.charCodeAt(0);
    const l = m.get(c);
    if (!l) m.set(c, [w.length]);
    else if (!l.includes(w.length)) l.push(w.length);
  }
  for (const l of m.values()) l.sort((a, b) => b - a);
  chineseWords = m;
  return m;
}

/** Words that may be all a bracket holds and then go: places, regions, legal forms (（上海）, （集团）, (Shanghai)). */
export function bracketWords(): Set<string> {
  if (!bracketSet) {
    bracketSet = set(LATIN_LEGAL, CHINESE_LEGAL_SUFFIXES.join(' '), '有限公司 股份有限公司 有限责任公司 普通合伙 特殊普通合伙 有限合伙');
    for (const w of chinesePlaces()) bracketSet.add(w);
    for (const w of latinPlaces()) bracketSet.add(w);
    for (const w of bracketOnlyWords()) bracketSet.add(w);
  }
  return bracketSet;
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Marks the generic characters of a run of Chinese characters `s[from, to)`: greedy longest match of
 * the generic words from left to right. Calls `mark(i)` for each generic character; returns how
 * many characters are not generic.
 */
export function markChineseGeneric(s: string, from: number, to: number, mark?: (i: number) => void): number {
  const byFirst = lengthsByFirst();
  const words = chineseGeneric();
  let distinctive = 0;
  let i = from;
  while (i < to) {
    const lens = byFirst.get(s.charCodeAt(i));
    let hit = 0;
    if (lens) {
      for (const l of lens) {
        if (i + l <= to && words.has(s.slice(i, i + l))) {
          hit = l;
          break;
        }
      }
    }
    if (hit) {
      if (mark) for (let k = i; k < i + hit; k++) mark(k);
      i += hit;
    } else {
      distinctive++;
      i++;
    }
  }
  return distinctive;
}
