/**
 * A held-out customer register for the uniqueness check (客户惟一性), generated from a seed: companies,
 * and queries labelled with what the check must say about them —
 * - `variant`: the same company written another way (traditional characters, a place in brackets or at
 *   the end, no place, another legal form, spacing, width, case): must be matched (a likely duplicate);
 * - `branch`: a branch of a registered company (…北京分公司, … Beijing Branch): reported as its branch;
 * - `slip`: the same company with one character of its trade name mistyped: a possible match at least;
 * - `lookalike`: a different company that resembles a registered one (same trade name in another trade,
 *   one trade-name character different, same place and trade with another name, only generic words):
 *   must never be matched as a duplicate (a "possible match" for the user to judge is allowed).
 * Its vocabulary is its own (not bench/data.mjs's, which the threshold was tuned on), so it measures the
 * check on names it was not built around. Traditional forms by opencc-js (tests only).
 */
import * as OpenCC from 'opencc-js';
import { mulberry32, type Rng } from '../preview/random';

export type QueryKind = 'variant' | 'branch' | 'slip' | 'lookalike';

export interface Query {
  kind: QueryKind;
  name: string;
  /** The registered company it names (variant, branch, slip) or resembles (lookalike): a row of `names`. */
  row: number;
  /** How it was made (for the report). */
  how: string;
}

export interface Register {
  names: string[];
  queries: Query[];
}

const PLACES: [string, string][] = [
  ['苏州', 'Suzhou'], ['无锡', 'Wuxi'], ['宁波', 'Ningbo'], ['东莞', 'Dongguan'], ['佛山', 'Foshan'], ['合肥', 'Hefei'], ['长沙', 'Changsha'],
  ['昆明', 'Kunming'], ['大连', 'Dalian'], ['青岛', 'Qingdao'], ['福州', 'Fuzhou'], ['济南', 'Jinan'], ['沈阳', 'Shenyang'], ['南昌', 'Nanchang'],
  ['上海', 'Shanghai'], ['北京', 'Beijing'], ['深圳', 'Shenzhen'], ['广州', 'Guangzhou'], ['成都', 'Chengdu'], ['武汉', 'Wuhan'],
];
const PROVINCE_OF: Record<string, string> = { 苏州: '江苏省', 无锡: '江苏省', 宁波: '浙江省', 东莞: '广东省', 佛山: '广东省', 合肥: '安徽省', 长沙: '湖南省', 昆明: '云南省', 大连: '辽宁省', 青岛: '山东省', 福州: '福建省', 济南: '山东省', 沈阳: '辽宁省', 南昌: '江西省', 深圳: '广东省', 广州: '广东省', 成都: '四川省', 武汉: '湖北省' };
const TRADE_CHARS = '凯德澜峰铭拓晟琪骏璟熙岚沃霖钧瀚珑煜烁铂翎舜禹岳彦楷皓旭昊奕朗毅崇嵘麒麟鹏澄淳沐泓瑾璞';
/** One-character slips people make in a trade name: the same sound or shape. */
const SLIPS: Record<string, string> = { 凯: '恺', 德: '得', 峰: '锋', 铭: '名', 晟: '盛', 琪: '祺', 骏: '俊', 璟: '景', 熙: '希', 霖: '林', 钧: '均', 瀚: '翰', 煜: '昱', 铂: '泊', 翎: '玲', 岳: '越', 楷: '凯', 皓: '浩', 旭: '绪', 昊: '浩', 奕: '亦', 朗: '郎', 毅: '义', 崇: '重', 鹏: '朋', 澄: '诚', 淳: '纯', 泓: '宏', 瑾: '谨', 拓: '托', 沃: '握', 岚: '蓝' };
const TRADES: [string, string][] = [
  ['医疗器械', 'Medical Devices'], ['智能装备', 'Intelligent Equipment'], ['供应链管理', 'Supply Chain'], ['新能源', 'New Energy'], ['精密机械', 'Precision Machinery'],
  ['环境科技', 'Environmental Technology'], ['数字科技', 'Digital Technology'], ['生物医药', 'Biopharma'], ['食品', 'Foods'], ['纺织', 'Textiles'],
  ['光电', 'Optoelectronics'], ['半导体', 'Semiconductor'], ['物流', 'Logistics'], ['建材', 'Building Materials'], ['汽车零部件', 'Auto Parts'],
];
const FORMS = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
const EN_WORDS = ['Aurora', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Granite', 'Helios', 'Indigo', 'Juniper', 'Keystone', 'Lumen', 'Maple', 'Nimbus', 'Onyx', 'Quartz', 'Raven', 'Sterling', 'Titan', 'Willow'];
const EN_FORMS = ['Co., Ltd.', 'Co. Ltd', 'Limited', 'Ltd.', 'Inc.', 'Corporation', 'Pte. Ltd.'];
const BRANCH_PLACES: [string, string][] = [['北京', 'Beijing'], ['上海', 'Shanghai'], ['杭州', 'Hangzhou'], ['西安', "Xi'an"], ['重庆', 'Chongqing']];

interface Company {
  en: boolean;
  place: number;
  trade: string;
  industry: number;
  form: string;
  /** English companies: two words, and whether the place is part of the registered name. */
  w1?: string;
  w2?: string;
  withPlace?: boolean;
}

let toTraditional: ((s: string) => string) | null = null;
function traditional(s: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional(s);
}

function fullWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : c === 0x20 ? '\u3000' : ch;
  }
  return out;
}

/** The registered way of writing a company. */
function write(c: Company): string {
  if (c.en) {
    const base = `${c.w1} ${c.w2} ${TRADES[c.industry][1]}`;
    return c.withPlace ? `${base} (${PLACES[c.place][1]}) ${c.form}` : `${base} ${c.form}`;
  }
  return `${PLACES[c.place][0]}${c.trade}${TRADES[c.industry][0]}${c.form}`;
}

/** Another writing of the same company. */
function variant(c: Company, rng: Rng): { name: string; how: string } {
  const ind = TRADES[c.industry];
  if (c.en) {
    const base = `${c.w1} ${c.w2} ${ind[1]}`;
    const place = PLACES[c.place][1];
    const r = rng.next();
    if (c.withPlace && r < 0.3) return { name: `${base} ${place}`, how: 'place at the end, no brackets' };
    if (c.withPlace && r < 0.45) return { name: `${base} ${place} ${rng.pick(EN_FORMS)}`, how: 'place at the end, legal form' };
    const form = rng.pick([c.form, rng.pick(EN_FORMS), '']);
    const named = c.withPlace && rng.chance(0.5) ? `${base} (${place}) ${form}` : `${base} ${form}`;
    const s = rng.next();
    if (s < 0.3) return { name: named.trim().toUpperCase(), how: 'upper case' };
    if (s < 0.5) return { name: fullWidth(named.trim()), how: 'full width' };
    if (s < 0.7) return { name: named.trim().replace(/ /g, '  ').toLowerCase(), how: 'spacing, lower case' };
    return { name: named.trim().replace(/[.,]/g, ''), how: 'no punctuation' };
  }
  const place = PLACES[c.place][0];
  const r = rng.next();
  if (r < 0.15) return { name: traditional(write(c)), how: 'traditional characters' };
  if (r < 0.3) return { name: `${c.trade}${ind[0]}（${place}）${rng.pick(FORMS)}`, how: 'place in brackets' };
  if (r < 0.4) return { name: `${c.trade}${ind[0]}(${place})${c.form}`, how: 'place in half-width brackets' };
  if (r < 0.5) return { name: `${c.trade}${ind[0]}${rng.pick(FORMS)}`, how: 'no place' };
  if (r < 0.6) return { name: `${place}市${c.trade}${ind[0]}`, how: 'no legal form' };
  if (r < 0.7) return { name: `${PROVINCE_OF[place] ?? ''}${place}市${c.trade}${ind[0]}${c.form}`, how: 'province and city' };
  if (r < 0.8) return { name: ` ${place} ${c.trade}${ind[0]} ${c.form} `, how: 'spacing' };
  if (r < 0.9) return { name: `${place}${c.trade}${ind[0]}${c.form === '有限公司' ? '股份有限公司' : '有限公司'}`, how: 'another legal form' };
  return { name: `${c.trade}${ind[0]}${c.form}（${place}）`, how: 'place in brackets at the end' };
}

/** The register and its labelled queries for `seed`. */
export function heldOutRegister(seed: number, size = 3000): Register {
  const rng = mulberry32(seed);
  const companies: Company[] = [];
  const trades = new Set<string>();
  const enKeys = new Set<string>();
  while (companies.length < size) {
    if (rng.chance(0.15)) {
      const w1 = rng.pick(EN_WORDS);
      const w2 = rng.pick(EN_WORDS);
      const industry = rng.int(0, TRADES.length - 1);
      if (w1 === w2 || enKeys.has(`${w1} ${w2}`)) continue;
      enKeys.add(`${w1} ${w2}`);
      companies.push({ en: true, place: rng.int(0, PLACES.length - 1), trade: '', industry, form: rng.pick(EN_FORMS), w1, w2, withPlace: rng.chance(0.5) });
      continue;
    }
    const len = rng.chance(0.35) ? 2 : rng.chance(0.7) ? 3 : 4;
    let trade = '';
    for (let i = 0; i < len; i++) trade += rng.pick([...TRADE_CHARS]);
    if (new Set(trade).size < trade.length || trades.has(trade)) continue;
    trades.add(trade);
    companies.push({ en: false, place: rng.int(0, PLACES.length - 1), trade, industry: rng.int(0, TRADES.length - 1), form: rng.pick(FORMS) });
  }
  const names = companies.map(write);
  // A trade name that is one character away from a registered one belongs to no company yet.
  const oneAway = (t: string) => {
    for (const u of trades) {
      if (u.length !== t.length || u === t) continue;
      let d = 0;
      for (let i = 0; i < t.length; i++) if (t[i] !== u[i]) d++;
      if (d === 1) return true;
    }
    return false;
  };
  const queries: Query[] = [];
  const cn = companies.map((c, i) => [c, i] as const).filter(([c]) => !c.en);
  const en = companies.map((c, i) => [c, i] as const).filter(([c]) => c.en);
  for (let k = 0; k < 1200; k++) {
    const row = rng.int(0, companies.length - 1);
    const v = variant(companies[row], rng);
    queries.push({ kind: 'variant', row, ...v });
  }
  for (let k = 0; k < 300; k++) {
    const [c, row] = rng.chance(0.8) ? rng.pick(cn) : rng.pick(en);
    const [zh, latin] = rng.pick(BRANCH_PLACES);
    const name = c.en ? `${write(c)} ${latin} Branch` : rng.chance(0.7) ? `${write(c)}${zh}分公司` : `${write(c)}（${zh}分公司）`;
    queries.push({ kind: 'branch', row, name, how: 'branch' });
  }
  for (let k = 0; k < 300; k++) {
    const [c, row] = rng.pick(cn);
    const at = [...c.trade].findIndex((ch) => SLIPS[ch] && !c.trade.includes(SLIPS[ch]));
    if (at < 0) continue;
    const slipped = c.trade.slice(0, at) + SLIPS[c.trade[at]] + c.trade.slice(at + 1);
    if (trades.has(slipped)) continue;
    queries.push({ kind: 'slip', row, name: write({ ...c, trade: slipped }), how: 'one trade-name character mistyped' });
  }
  for (let k = 0; k < 800; k++) {
    const r = rng.next();
    if (r < 0.3) {
      // one trade-name character different: another company (which is why a slip is only "possible")
      const [c, row] = rng.pick(cn);
      const at = rng.int(0, c.trade.length - 1);
      const ch = rng.pick([...TRADE_CHARS]);
      const other = c.trade.slice(0, at) + ch + c.trade.slice(at + 1);
      if (other === c.trade || trades.has(other) || new Set(other).size < other.length) continue;
      queries.push({ kind: 'lookalike', row, name: write({ ...c, trade: other, place: rng.int(0, PLACES.length - 1) }), how: 'one trade-name character different' });
    } else if (r < 0.5) {
      const [c, row] = rng.pick(cn);
      const industry = (c.industry + rng.int(1, TRADES.length - 1)) % TRADES.length;
      queries.push({ kind: 'lookalike', row, name: write({ ...c, industry }), how: 'same trade name, another trade' });
    } else if (r < 0.7) {
      const [c, row] = rng.pick(cn);
      let trade = '';
      for (let i = 0; i < c.trade.length; i++) trade += rng.pick([...TRADE_CHARS]);
      if (trades.has(trade) || oneAway(trade) || new Set(trade).size < trade.length) continue;
      queries.push({ kind: 'lookalike', row, name: write({ ...c, trade }), how: 'same place, trade and form, another name' });
    } else if (r < 0.85) {
      const [c, row] = rng.pick(en);
      const w2 = rng.pick(EN_WORDS.filter((w) => w !== c.w1 && w !== c.w2 && !enKeys.has(`${c.w1} ${w}`)));
      if (!w2) continue;
      queries.push({ kind: 'lookalike', row, name: write({ ...c, w2 }), how: 'English: one word different' });
    } else {
      const [c, row] = rng.pick(en);
      const industry = (c.industry + rng.int(1, TRADES.length - 1)) % TRADES.length;
      queries.push({ kind: 'lookalike', row, name: write({ ...c, industry }), how: 'English: same words, another trade' });
    }
  }
  return { names, queries };
}
