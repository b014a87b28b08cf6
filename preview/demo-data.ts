/**
 * The demo key-account workbook of the preview, generated from a fixed seed: same seed (and anchor
 * date), same workbook. About 300 customers (Chinese and English names, a few near-duplicates),
 * 40 people in four levels, about 1,500 opportunities across the stages, funnel benchmarks, quotas,
 * assessments, forecast submissions, projects, activities, complaints and settings. Rows are laid
 * out through core's schema (`rowFor` on the schema's own layout).
 */
import type { Cell } from '../core/cell';
import { serialToIso, toDateSerial } from '../core/cell';
import { t, type L10n, type Lang } from '../core/i18n';
import { assess, VERDICT } from '../core/model/assessment';
import { DEFAULT_PROBABILITIES, stageLabel, type Stage } from '../core/model/stage';
import { listLabel } from '../core/schema/lists';
import { rowFor, tableFromGrid } from '../core/schema/read';
import { SETTING_ROWS, settingDefault, TABLES } from '../core/schema/tables';
import type { TableId, TableSpec } from '../core/schema/types';
import { DEMO_AREAS } from './demo/index';
import { areaSeed, type Customer, type DemoBase, type Opp, type Person } from './demo/types';
import { mulberry32, type Rng } from './random';

export const DEMO_SEED = 20260401;
/** The demo's "today": fixed, so that two runs show the same workbook. */
export const DEMO_TODAY = '2026-11-16';

export interface DemoOptions {
  seed?: number;
  lang?: Lang;
  today?: string;
}

export interface DemoWorkbook {
  lang: Lang;
  today: string;
  period: { from: string; to: string };
  /** Data rows per table, in the schema's column order (no header row). */
  rows: Record<TableId, Cell[][]>;
}

// ---------------------------------------------------------------- names

const SURNAMES: [string, string, string][] = [
  ['王', '王', 'Wang'], ['李', '李', 'Li'], ['张', '張', 'Zhang'], ['刘', '劉', 'Liu'], ['陈', '陳', 'Chen'],
  ['杨', '楊', 'Yang'], ['黄', '黃', 'Huang'], ['赵', '趙', 'Zhao'], ['周', '周', 'Zhou'], ['吴', '吳', 'Wu'],
  ['徐', '徐', 'Xu'], ['孙', '孫', 'Sun'], ['马', '馬', 'Ma'], ['朱', '朱', 'Zhu'], ['胡', '胡', 'Hu'],
  ['郭', '郭', 'Guo'], ['何', '何', 'He'], ['林', '林', 'Lin'], ['罗', '羅', 'Luo'], ['高', '高', 'Gao'],
];
const GIVEN: [string, string, string][] = [
  ['伟', '偉', 'Wei'], ['芳', '芳', 'Fang'], ['娜', '娜', 'Na'], ['敏', '敏', 'Min'], ['静', '靜', 'Jing'],
  ['磊', '磊', 'Lei'], ['强', '強', 'Qiang'], ['洋', '洋', 'Yang'], ['艳', '艷', 'Yan'], ['勇', '勇', 'Yong'],
  ['军', '軍', 'Jun'], ['杰', '傑', 'Jie'], ['涛', '濤', 'Tao'], ['明', '明', 'Ming'], ['超', '超', 'Chao'],
  ['秀英', '秀英', 'Xiuying'], ['建华', '建華', 'Jianhua'], ['晓东', '曉東', 'Xiaodong'], ['丽华', '麗華', 'Lihua'],
  ['志强', '志強', 'Zhiqiang'], ['海燕', '海燕', 'Haiyan'], ['国庆', '國慶', 'Guoqing'], ['雪梅', '雪梅', 'Xuemei'],
  ['文博', '文博', 'Wenbo'], ['子涵', '子涵', 'Zihan'], ['雨轩', '雨軒', 'Yuxuan'],
];
const ENGLISH_PEOPLE = ['Emily Chen', 'David Wong', 'Grace Lim', 'Michael Tan', 'Sarah Ho', 'Kevin Lau'];

const REGIONS: L10n[] = [
  { en: 'North China', zh: '华北', zhHant: '華北' },
  { en: 'East China', zh: '华东', zhHant: '華東' },
  { en: 'South China', zh: '华南', zhHant: '華南' },
];
const CITIES: { region: number; zh: string; zhHant: string; en: string }[] = [
  { region: 0, zh: '北京', zhHant: '北京', en: 'Beijing' },
  { region: 0, zh: '天津', zhHant: '天津', en: 'Tianjin' },
  { region: 0, zh: '济南', zhHant: '濟南', en: 'Jinan' },
  { region: 1, zh: '上海', zhHant: '上海', en: 'Shanghai' },
  { region: 1, zh: '杭州', zhHant: '杭州', en: 'Hangzhou' },
  { region: 1, zh: '苏州', zhHant: '蘇州', en: 'Suzhou' },
  { region: 1, zh: '南京', zhHant: '南京', en: 'Nanjing' },
  { region: 2, zh: '广州', zhHant: '廣州', en: 'Guangzhou' },
  { region: 2, zh: '深圳', zhHant: '深圳', en: 'Shenzhen' },
  { region: 2, zh: '厦门', zhHant: '廈門', en: 'Xiamen' },
];
const CORE_WORDS: [string, string][] = [
  ['华信', '華信'], ['恒远', '恆遠'], ['中科', '中科'], ['东方', '東方'], ['金桥', '金橋'], ['新纪元', '新紀元'],
  ['天成', '天成'], ['瑞丰', '瑞豐'], ['长城', '長城'], ['远航', '遠航'], ['博达', '博達'], ['汇通', '匯通'],
  ['宏图', '宏圖'], ['永信', '永信'], ['启明', '啟明'], ['海川', '海川'], ['万达', '萬達'], ['鼎盛', '鼎盛'],
  ['嘉禾', '嘉禾'], ['联创', '聯創'], ['安泰', '安泰'], ['泰和', '泰和'], ['星河', '星河'], ['润华', '潤華'],
  ['广源', '廣源'], ['凯瑞', '凱瑞'], ['正阳', '正陽'], ['同方', '同方'], ['百川', '百川'], ['中和', '中和'],
];
const INDUSTRIES: { zh: string; zhHant: string; en: string; word: string; wordHant: string }[] = [
  { zh: '制造', zhHant: '製造', en: 'Manufacturing', word: '机械制造', wordHant: '機械製造' },
  { zh: '金融', zhHant: '金融', en: 'Finance', word: '投资', wordHant: '投資' },
  { zh: '能源', zhHant: '能源', en: 'Energy', word: '能源', wordHant: '能源' },
  { zh: '医疗', zhHant: '醫療', en: 'Healthcare', word: '医疗器械', wordHant: '醫療器械' },
  { zh: '物流', zhHant: '物流', en: 'Logistics', word: '物流', wordHant: '物流' },
  { zh: '零售', zhHant: '零售', en: 'Retail', word: '商贸', wordHant: '商貿' },
  { zh: '电信', zhHant: '電信', en: 'Telecom', word: '通信', wordHant: '通信' },
  { zh: '政府', zhHant: '政府', en: 'Government', word: '信息中心', wordHant: '信息中心' },
  { zh: '教育', zhHant: '教育', en: 'Education', word: '教育科技', wordHant: '教育科技' },
  { zh: '科技', zhHant: '科技', en: 'Technology', word: '科技', wordHant: '科技' },
];
const SUFFIXES: [string, string][] = [['有限公司', '有限公司'], ['股份有限公司', '股份有限公司'], ['集团', '集團'], ['有限责任公司', '有限責任公司']];
const EN_FIRST = ['Pacific', 'Summit', 'Northstar', 'Bluewater', 'Evergreen', 'Harbor', 'Crescent', 'Golden Gate', 'Orient', 'Silverline', 'Redwood', 'Meridian', 'Atlas', 'Lotus', 'Jade'];
const EN_SECOND = ['Logistics', 'Medical Devices', 'Semiconductor', 'Foods', 'Capital', 'Energy', 'Systems', 'Retail', 'Automotive', 'Pharma'];
const EN_SUFFIX = ['Ltd.', 'Co., Ltd.', 'Limited', 'Inc.', '(China) Co., Ltd.'];

/** Near-duplicates of the register (the same company written twice). */
const NEAR_DUPLICATES: [string, string][] = [
  ['中国电信股份有限公司', '中國電信'],
  ['上海华信科技有限公司', '上海華信科技'],
  ['北京恒远能源集团', '恒远能源集团有限公司'],
  ['Pacific Rim Logistics Ltd.', 'Pacific Rim Logistics Limited'],
  ['Acme Medical Devices (Suzhou) Co., Ltd.', 'ACME Medical Devices Suzhou'],
  ['深圳市星河通信有限公司', '深圳星河通信'],
];

const PRODUCTS: L10n[] = [
  { en: 'Data centre expansion', zh: '数据中心扩容', zhHant: '數據中心擴容' },
  { en: 'ERP upgrade', zh: 'ERP 升级', zhHant: 'ERP 升級' },
  { en: 'Network refresh', zh: '网络改造', zhHant: '網絡改造' },
  { en: 'Cloud migration', zh: '云迁移', zhHant: '雲遷移' },
  { en: 'Security platform', zh: '安全平台', zhHant: '安全平台' },
  { en: 'Office PCs (batch)', zh: '办公电脑批量采购', zhHant: '辦公電腦批量採購' },
  { en: 'Storage system', zh: '存储系统', zhHant: '存儲系統' },
  { en: 'Video conferencing', zh: '视频会议系统', zhHant: '視頻會議系統' },
  { en: 'Annual service contract', zh: '年度服务合同', zhHant: '年度服務合同' },
  { en: 'Smart factory pilot', zh: '智能工厂试点', zhHant: '智能工廠試點' },
];
const COMPETITORS = ['Dell', 'HPE', 'Lenovo', 'Huawei', 'Inspur', 'Cisco', 'H3C', 'Sugon'];
const COMPLAINTS: L10n[] = [
  { en: 'Delivery two weeks late', zh: '交货延迟两周', zhHant: '交貨延遲兩週' },
  { en: 'Invoice amount wrong', zh: '发票金额有误', zhHant: '發票金額有誤' },
  { en: 'Engineer did not arrive on time', zh: '工程师未按时到场', zhHant: '工程師未按時到場' },
  { en: 'Faulty units in the batch', zh: '批次中有故障设备', zhHant: '批次中有故障設備' },
  { en: 'No answer from the hotline', zh: '服务热线无人接听', zhHant: '服務熱線無人接聽' },
];
const CAUSES: L10n[] = [
  { en: 'Supplier shortage', zh: '供应商缺货', zhHant: '供應商缺貨' },
  { en: 'Billing system error', zh: '开票系统错误', zhHant: '開票系統錯誤' },
  { en: 'Scheduling mistake', zh: '排班失误', zhHant: '排班失誤' },
];

// ---------------------------------------------------------------- helpers

function pickL(l: L10n, lang: Lang): string {
  return t(l, lang);
}

function isoAdd(iso: string, days: number): string {
  return serialToIso((toDateSerial(iso) as number) + days);
}

function quarterOf(iso: string): { from: string; to: string } {
  const y = Number(iso.slice(0, 4));
  const q = Math.floor((Number(iso.slice(5, 7)) - 1) / 3);
  const m = (n: number) => (n < 10 ? '0' : '') + n;
  const from = `${y}-${m(q * 3 + 1)}-01`;
  const nextFrom = q === 3 ? `${y + 1}-01-01` : `${y}-${m(q * 3 + 4)}-01`;
  return { from, to: isoAdd(nextFrom, -1) };
}

function round(n: number, step: number): number {
  return Math.max(step, Math.round(n / step) * step);
}

function layout(spec: TableSpec, records: Record<string, unknown>[]): Cell[][] {
  const table = tableFromGrid(spec, []);
  return records.map((r) => rowFor(table, r));
}


// ---------------------------------------------------------------- the generator

export function generateDemo(options: DemoOptions = {}): DemoWorkbook {
  const seed = options.seed ?? DEMO_SEED;
  const lang = options.lang ?? 'zh';
  const today = options.today ?? DEMO_TODAY;
  const rng = mulberry32(seed);
  const period = quarterOf(today);
  const han = lang === 'zh-Hant';

  // People: 1 head, 3 regional managers, 9 team leads, 27 account managers.
  const usedNames = new Set<string>();
  const people: Person[] = [];
  let englishLeft = [...ENGLISH_PEOPLE];
  const newPerson = (role: Person['role'], manager: string, region: number): Person => {
    let name = '';
    let email = '';
    for (;;) {
      if (role === 'account_manager' && englishLeft.length && rng.chance(0.15)) {
        name = englishLeft[0];
        englishLeft = englishLeft.slice(1);
        email = name.toLowerCase().replace(/\s+/g, '.') + '@demo.example';
      } else {
        const s = rng.pick(SURNAMES);
        const g = rng.pick(GIVEN);
        name = han ? s[1] + g[1] : s[0] + g[0];
        email = `${g[2]}.${s[2]}`.toLowerCase() + '@demo.example';
      }
      if (!usedNames.has(name)) break;
    }
    usedNames.add(name);
    const p: Person = { name, email, manager, role, region };
    people.push(p);
    return p;
  };
  const head = newPerson('director', '', -1);
  for (let r = 0; r < 3; r++) {
    const rm = newPerson('regional', head.name, r);
    for (let l = 0; l < 3; l++) {
      const tl = newPerson('team_lead', rm.name, r);
      for (let a = 0; a < 3; a++) newPerson('account_manager', tl.name, r);
    }
  }
  const ams = people.filter((p) => p.role === 'account_manager');
  const amsIn = (region: number) => ams.filter((p) => p.region === region);
  const teamRows = people.map((p) => ({
    person: p.name,
    manager: p.manager,
    email: p.email,
    role: listLabel('role', p.role, lang),
    region: p.region >= 0 ? pickL(REGIONS[p.region], lang) : '',
  }));

  // Customers.
  const customers: Customer[] = [];
  const customerRows: Record<string, unknown>[] = [];
  const usedCustomerNames = new Set<string>();
  const usedIdentities = new Set<string>(['华信|Technology', '恒远|Energy', 'Pacific|Logistics', '星河|Telecom']);
  const addCustomer = (name: string, short: string, region: number, industry: string, city: string) => {
    const id = 'C' + String(customers.length + 1).padStart(5, '0');
    const am = rng.pick(amsIn(region));
    const value = round(Math.exp(12.2 + 1.1 * rng.normal()), 1000);
    const growth = Math.round((rng.next() * 0.9 - 0.3) * 100) / 100;
    const c: Customer = { id, name, short, am, region, value, growth };
    customers.push(c);
    usedCustomerNames.add(name);
    const s = rng.pick(SURNAMES);
    const g = rng.pick(GIVEN);
    const created = isoAdd(today, -rng.int(30, 1100));
    customerRows.push({
      id,
      name,
      account_manager: am.name,
      tier: '',
      source: listLabel('source', rng.pick(['event', 'channel', 'online', 'service', 'bought', 'referral']), lang),
      industry,
      region: pickL(REGIONS[region], lang),
      address: city,
      contact: han ? s[1] + g[1] : s[0] + g[0],
      phone: `0${rng.int(10, 29)}-${rng.int(6000, 8999)}${String(rng.int(0, 9999)).padStart(4, '0')}`,
      email: `${g[2]}.${s[2]}`.toLowerCase() + `@c${customers.length}.example.cn`,
      value,
      growth,
      created,
      notes: '',
    });
    return c;
  };
  const dupPairs: [Customer, string][] = [];
  for (const [first] of NEAR_DUPLICATES) {
    const region = /上海|华信|Acme/i.test(first) ? 1 : /深圳|Pacific/.test(first) ? 2 : 0;
    const ind = rng.pick(INDUSTRIES);
    const city = rng.pick(CITIES.filter((x) => x.region === region));
    dupPairs.push([addCustomer(first, first.slice(0, 6), region, lang === 'en' ? ind.en : han ? ind.zhHant : ind.zh, lang === 'en' ? city.en : han ? city.zhHant : city.zh), first]);
  }
  while (customers.length < 294) {
    const city = rng.pick(CITIES);
    const ind = rng.pick(INDUSTRIES);
    const industry = lang === 'en' ? ind.en : han ? ind.zhHant : ind.zh;
    const cityName = lang === 'en' ? city.en : han ? city.zhHant : city.zh;
    let name: string;
    let short: string;
    // A company is its brand + trade (place and legal form are noise to the duplicate check):
    // each brand + trade once, so that only the planted near-duplicates look alike.
    let identity: string;
    if (rng.chance(0.18)) {
      const first = rng.pick(EN_FIRST);
      const second = rng.pick(EN_SECOND);
      name = `${first} ${second} ${rng.pick(EN_SUFFIX)}`;
      short = first;
      identity = `${first}|${second}`;
    } else {
      const w = rng.pick(CORE_WORDS);
      const suf = rng.pick(SUFFIXES);
      const cityZh = han ? city.zhHant : city.zh;
      short = cityZh + (han ? w[1] : w[0]);
      name = `${short}${han ? ind.wordHant : ind.word}${han ? suf[1] : suf[0]}`;
      identity = `${w[0]}|${ind.en}`;
    }
    if (usedCustomerNames.has(name) || usedIdentities.has(identity)) continue;
    usedIdentities.add(identity);
    addCustomer(name, short, city.region, industry, cityName);
  }
  // The second spelling of each near-duplicate, registered later by someone else.
  for (const [orig, first] of dupPairs) {
    const second = NEAR_DUPLICATES.find((d) => d[0] === first)![1];
    const c = addCustomer(second, second.slice(0, 6), orig.region, String(customerRows[customers.indexOf(orig)].industry), String(customerRows[customers.indexOf(orig)].address));
    customerRows[customerRows.length - 1].notes = lang === 'en' ? 'Registered from a bought list' : han ? '由購買的名單登記' : '由购买的名单登记';
    void c;
  }

  // Opportunities: a funnel shape, won and lost ones in the past, open ones closing around the period.
  const STAGE_WEIGHTS: [Stage, number][] = [
    [1, 250], [2, 220], [3, 190], [4, 165], [5, 140], [6, 105], [7, 80], [8, 180], [0, 170],
  ];
  const totalWeight = STAGE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const drawStage = (): Stage => {
    let x = rng.next() * totalWeight;
    for (const [s, w] of STAGE_WEIGHTS) {
      x -= w;
      if (x < 0) return s;
    }
    return 1;
  };
  const opps: Opp[] = [];
  const oppRows: Record<string, unknown>[] = [];
  const methods = ['bid', 'batch', 'distribution'];
  const todaySerial = toDateSerial(today) as number;
  const periodTo = toDateSerial(period.to) as number;
  for (let i = 0; i < 1500; i++) {
    const customer = rng.pick(customers);
    const owner = rng.chance(0.93) ? customer.am : rng.pick(amsIn(customer.region));
    const stage = drawStage();
    const amount = round(Math.exp(12.4 + 0.9 * rng.normal()), 1000);
    let close: string;
    if (stage === 8 || stage === 0) close = isoAdd(today, -rng.int(1, 240));
    else close = isoAdd(today, rng.int(-20, 200) - Math.round(stage * 8));
    const closeSerial = toDateSerial(close) as number;
    const created = isoAdd(close, -rng.int(40, 300));
    const open = stage >= 1 && stage <= 7;
    const inPeriod = closeSerial >= todaySerial - 60 && closeSerial <= periodTo;
    const o: Opp = { id: 'O' + String(i + 1).padStart(5, '0'), customer, owner, stage, amount, close, created };
    opps.push(o);
    const product = rng.pick(PRODUCTS);
    oppRows.push({
      id: o.id,
      name: `${customer.short} ${pickL(product, lang)}`,
      customer_id: customer.id,
      customer: customer.name,
      owner: owner.name,
      amount,
      stage: stageLabel(stage, lang === 'en' ? 'en' : han ? 'zhHant' : 'zh'),
      close,
      sales_method: listLabel('salesMethod', rng.pick(methods), lang),
      confirmed: listLabel('yesno', (open && inPeriod && stage >= 4 && rng.chance(0.7)) || (stage === 8 && inPeriod) ? 'yes' : 'no', lang),
      created,
      notes: '',
    });
  }

  // Assessments: about one in five opportunities, some for a named competitor too.
  const yes = listLabel('yesno', 'yes', lang);
  const no = listLabel('yesno', 'no', lang);
  const assessmentRows: Record<string, unknown>[] = [];
  for (const o of opps) {
    if (o.stage === 0 || !rng.chance(0.2)) continue;
    const bias = 0.3 + o.stage * 0.06;
    const rounds = rng.chance(0.25) ? 2 : 1;
    for (let k = 0; k < rounds; k++) {
      const competitor = k === 1 ? rng.pick(COMPETITORS) : '';
      const answers = Array.from({ length: 20 }, () => rng.chance(k === 1 ? 0.5 : bias));
      const a = assess(answers);
      const rec: Record<string, unknown> = {
        opportunity: o.id,
        date: isoAdd(today, -rng.int(1, 90)),
        stage: stageLabel(o.stage, lang === 'en' ? 'en' : han ? 'zhHant' : 'zh'),
        competitor,
        score: a.total,
        verdict: t(a.high ? VERDICT.high : VERDICT.low, lang),
        assessor: o.owner.name,
      };
      answers.forEach((v, q) => (rec[`q${q + 1}`] = v ? yes : no));
      assessmentRows.push(rec);
    }
  }

  // Benchmarks: what history says each stage should hold (a mix of healthy and thin stages).
  const openCount = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  const openAmount = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const o of opps) {
    openCount[o.stage] += 1;
    openAmount[o.stage] += o.amount;
  }
  const FACTORS = [1, 0.8, 0.95, 1.25, 1.1, 1.6, 0.9, 1.05, 1.2];
  const benchmarkRows = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => ({
    stage: s,
    stage_name: stageLabel(s as Stage, lang === 'en' ? 'en' : han ? 'zhHant' : 'zh').replace(/^0\d /, ''),
    probability: DEFAULT_PROBABILITIES[s],
    hist_count: Math.round(openCount[s] * FACTORS[s]),
    hist_amount: round(openAmount[s] * FACTORS[s] * (0.9 + rng.next() * 0.2), 10000),
  }));

  // Quotas for the current period: account managers, rolled up to their superiors.
  const quota = new Map<string, number>();
  for (const p of ams) quota.set(p.name, round(1500000 + rng.next() * 3500000, 100000));
  for (const role of ['team_lead', 'regional', 'director'] as const) {
    for (const p of people.filter((x) => x.role === role)) {
      const sum = people.filter((x) => x.manager === p.name).reduce((s, x) => s + (quota.get(x.name) ?? 0), 0);
      quota.set(p.name, sum);
    }
  }
  const won = new Map<string, number>();
  for (const o of opps) {
    if (o.stage !== 8) continue;
    const cs = toDateSerial(o.close) as number;
    if (cs < (toDateSerial(period.from) as number) || cs > periodTo) continue;
    won.set(o.owner.name, (won.get(o.owner.name) ?? 0) + o.amount);
  }
  const quotaRows = people.map((p) => {
    let actual = 0;
    const stack = [p.name];
    while (stack.length) {
      const n = stack.pop()!;
      actual += won.get(n) ?? 0;
      for (const x of people) if (x.manager === n) stack.push(x.name);
    }
    return { person: p.name, period_from: period.from, period_to: period.to, quota: quota.get(p.name), actual };
  });

  // Forecast submissions already made this period by the account managers of one team.
  const forecastRows: Record<string, unknown>[] = [];
  const firstTeamLead = people.find((p) => p.role === 'team_lead')!;
  for (const am of ams.filter((p) => p.manager === firstTeamLead.name)) {
    const mine = opps.filter((o) => o.owner === am && o.stage >= 4 && o.stage <= 8 && (toDateSerial(o.close) as number) >= (toDateSerial(period.from) as number) && (toDateSerial(o.close) as number) <= periodTo);
    const sum = mine.reduce((s, o) => s + o.amount * DEFAULT_PROBABILITIES[o.stage], 0);
    forecastRows.push({
      id: 'F' + String(forecastRows.length + 1).padStart(5, '0'),
      when: `${isoAdd(today, -rng.int(1, 6))}T0${rng.int(1, 9)}:${rng.int(10, 59)}:00Z`,
      kind: listLabel('forecastKind', 'submission', lang),
      person: am.name,
      by: am.name,
      to: am.manager,
      period_from: period.from,
      period_to: period.to,
      own: Math.round(sum),
      team: '',
      amount: Math.round(sum),
      opportunities: mine.map((o) => o.id).join(', '),
      reason: '',
    });
  }

  // Key-account projects: the bid records of some bid opportunities.
  const projectRows: Record<string, unknown>[] = [];
  const bidOpps = opps.filter((o, i) => String(oppRows[i].sales_method) === listLabel('salesMethod', 'bid', lang) && o.stage >= 3 && o.stage <= 8);
  for (const o of bidOpps.slice(0, 45)) {
    const qty = rng.int(5, 400);
    const expected = round(o.amount * (0.85 + rng.next() * 0.2), 1000);
    projectRows.push({
      id: 'P' + String(projectRows.length + 1).padStart(5, '0'),
      name: String(oppRows[opps.indexOf(o)].name),
      customer_id: o.customer.id,
      opportunity: o.id,
      owner: o.owner.name,
      sales_method: listLabel('salesMethod', 'bid', lang),
      tender_method: listLabel('tenderMethod', rng.pick(['open_single', 'open_second', 'negotiated', 'framework']), lang),
      lots: rng.chance(0.3) ? yes : no,
      single_quote: rng.chance(0.5) ? yes : no,
      agents: rng.chance(0.5) ? `${rng.pick(EN_FIRST)} IT, ${rng.pick(EN_FIRST)} Tech` : '',
      bid_plan: listLabel('bidPlan', rng.pick(['direct', 'one_agent', 'joint', 'agents']), lang),
      delivery_date: isoAdd(o.close, rng.int(20, 90)),
      delivery_place: String(customerRows[customers.indexOf(o.customer)].address),
      evaluation: lang === 'en' ? 'Price 50 %, technology 30 %, service 20 %' : han ? '價格50%,技術30%,服務20%' : '价格50%,技术30%,服务20%',
      regional_impact: listLabel('regionalImpact', rng.pick(['critical', 'very_large', 'medium', 'ordinary']), lang),
      competitors: [rng.pick(COMPETITORS), rng.pick(COMPETITORS)].filter((x, i, a) => a.indexOf(x) === i).join(', '),
      background: '',
      relationship: listLabel('relationship', rng.pick(['full', 'strong', 'ordinary', 'unknown']), lang),
      control: Math.round(rng.next() * 90) / 100,
      configuration: '',
      quantity: qty,
      expected_price: expected,
      our_quote: round(expected * (0.95 + rng.next() * 0.1), 1000),
      channel_credit: '',
      created: isoAdd(o.close, -rng.int(30, 120)),
    });
  }

  // Activities of the last eight weeks (8 new names and 3 introductions a day is the target).
  const activityRows: Record<string, unknown>[] = [];
  for (let d = 56; d >= 1; d--) {
    const date = isoAdd(today, -d);
    for (const p of ams) {
      if (!rng.chance(0.45)) continue;
      const type = rng.pick(['visit', 'call', 'new_name', 'introduction', 'meeting', 'proposal']);
      const mineCustomers = customers.filter((c) => c.am === p);
      const c = mineCustomers.length ? rng.pick(mineCustomers) : rng.pick(customers);
      activityRows.push({
        date,
        person: p.name,
        type: listLabel('activityType', type, lang),
        customer_id: type === 'new_name' ? '' : c.id,
        opportunity: '',
        new_names: type === 'new_name' ? rng.int(2, 10) : 0,
        introductions: type === 'introduction' ? rng.int(1, 4) : 0,
        notes: '',
        follow_up: type === 'visit' ? isoAdd(date, rng.int(3, 14)) : '',
      });
    }
  }

  // Complaints: received, investigated, resolved.
  const complaintRows: Record<string, unknown>[] = [];
  for (let i = 0; i < 28; i++) {
    const c = rng.pick(customers);
    const received = isoAdd(today, -rng.int(1, 150));
    const status = rng.pick(['received', 'investigating', 'resolved', 'resolved']);
    complaintRows.push({
      id: 'K' + String(i + 1).padStart(5, '0'),
      received,
      customer_id: c.id,
      description: pickL(rng.pick(COMPLAINTS), lang),
      status: listLabel('complaintStatus', status, lang),
      handler: c.am.name,
      cause: status === 'received' ? '' : pickL(rng.pick(CAUSES), lang),
      responsibility: status === 'received' ? '' : lang === 'en' ? 'Operations' : han ? '運營部' : '运营部',
      resolution: status === 'resolved' ? (lang === 'en' ? 'Replaced and apologised' : han ? '已更換並致歉' : '已更换并致歉') : '',
      resolved: status === 'resolved' ? isoAdd(received, rng.int(1, 20)) : '',
    });
  }

  // Settings: set-up's rows, with the demo's language and period.
  const settingRows = SETTING_ROWS.map((s) => ({
    key: s.key,
    value: s.key === 'language' ? lang : s.key === 'period_from' ? period.from : s.key === 'period_to' ? period.to : s.list ? listLabel(s.list, String(s.value), lang) : settingDefault(s, lang),
    description: t(s.description, lang),
  }));

  const records: Partial<Record<TableId, Record<string, unknown>[]>> = {
    customers: customerRows,
    team: teamRows,
    opportunities: oppRows,
    assessments: assessmentRows,
    benchmarks: benchmarkRows,
    forecasts: forecastRows,
    projects: projectRows,
    quotas: quotaRows,
    activities: activityRows,
    complaints: complaintRows,
    settings: settingRows,
    audit: [],
  };
  // Each area's own tables (preview/demo/), each from its own seeded stream: adding an area changes no other's data.
  const base: DemoBase = { seed, lang, today, period, people, customers, opportunities: opps, records };
  for (const area of DEMO_AREAS) {
    const more = area.generate(base, mulberry32(areaSeed(seed, area.name)));
    for (const id of Object.keys(more) as TableId[]) records[id] = [...(records[id] ?? []), ...(more[id] ?? [])];
  }
  const rows = {} as Record<TableId, Cell[][]>;
  for (const spec of TABLES) rows[spec.id] = layout(spec, records[spec.id] ?? []);
  return { lang, today, period, rows };
}
