/**
 * A customer list as a manager keeps it, for the import's tests and bench: Chinese headers and `n` rows —
 * company names made of a city, a two-character trade name, an industry and a legal form, about 10 % of
 * them another writing of an earlier row (traditional characters, or the place in brackets), so the list
 * holds duplicates of its own — with an industry, a region, a contact and a phone. Deterministic.
 */
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '苏州', '成都', '武汉', '南京', '西安', '天津', '重庆'];
const TRADE = '华兴创远达恒瑞泰鑫盛腾飞宏博康安嘉信诚德润丰源通明辉晨航宇卓越新锐智联科云海峰'.split('');
const INDUSTRIES = ['科技', '制造', '物流', '能源', '医药', '电子', '贸易', '材料'];
const FORMS = ['有限公司', '股份有限公司', '集团有限公司'];
const TRAD: Record<string, string> = { 华: '華', 兴: '興', 创: '創', 远: '遠', 达: '達', 鑫: '鑫', 腾: '騰', 飞: '飛', 宏: '宏', 博: '博', 康: '康', 诚: '誠', 润: '潤', 丰: '豐', 源: '源', 通: '通', 辉: '輝', 航: '航', 锐: '銳', 智: '智', 联: '聯', 云: '雲', 峰: '峰', 医: '醫', 药: '藥', 电: '電', 贸: '貿', 易: '易', 技: '技', 物: '物', 流: '流', 能: '能', 广: '廣', 苏: '蘇', 汉: '漢', 京: '京', 庆: '慶', 团: '團', 份: '份', 限: '限' };
const INDUSTRY_OF_ROW = ['制造', '通信', '金融', '零售', '物流', '能源'];
const REGIONS = ['North', 'South', 'East', 'West'];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function customerList(n: number, seed = 12): (string | number)[][] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const made: { city: string; trade: string; ind: string; form: string }[] = [];
  const seen = new Set<string>();
  const rows: (string | number)[][] = [['公司名称', '行业', '地区', '联系人', '联系电话']];
  for (let i = 0; i < n; i++) {
    let name: string;
    if (made.length > 20 && rnd() < 0.1) {
      const p = pick(made);
      name = rnd() < 0.5 ? [...`${p.city}${p.trade}${p.ind}${p.form}`].map((c) => TRAD[c] ?? c).join('') : `${p.trade}${p.ind}(${p.city})${p.form}`;
    } else {
      let p;
      do p = { city: pick(CITIES), trade: pick(TRADE) + pick(TRADE) + pick(TRADE), ind: pick(INDUSTRIES), form: pick(FORMS) };
      while (seen.has(p.trade));
      seen.add(p.trade);
      made.push(p);
      name = `${p.city}${p.trade}${p.ind}${p.form}`;
    }
    rows.push([name, INDUSTRY_OF_ROW[i % INDUSTRY_OF_ROW.length], REGIONS[i % REGIONS.length], `联系人${i + 1}`, `138${String(10000000 + i)}`]);
  }
  return rows;
}
