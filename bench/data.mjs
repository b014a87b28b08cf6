// Realistic generated workbook data for the benchmark, from a seeded PRNG (same seed, same data).
// Cells are what Google Sheets hands a custom function: numbers, strings, '' for a blank cell, and
// Date objects for dates (made with the Date constructor the caller passes in, so that dates belong
// to the sandbox realm the bundle runs in, as they do in Apps Script).
import * as OpenCC from 'opencc-js';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rnd, xs) => xs[Math.floor(rnd() * xs.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

/** The stage labels the workbook's drop-down writes in a Chinese workbook (domain.md §3). */
export const STAGE_LABELS = [
  '丢单',
  '01 寻找正确的联系人,寻找正确的特性需求',
  '02 查明客户需求、项目预算和项目发起人',
  '03 全面掌握客户组织关系',
  '04 确定销售目标及销售资源申请',
  '05 进入候选名单,或投标和评标',
  '06 实现唯一选择,或中标',
  '07 商务谈判',
  '08 就所有条款达成协议(赢单)',
];
export const PROBABILITIES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1];
/** Historical benchmark per stage (counts, as a share of the rows) for FUNNEL_HEALTH. */
const BENCH_SHARE = [0.2, 0.17, 0.14, 0.12, 0.1, 0.08, 0.06, 0.05];

/** A funnel's shape: most opportunities early, some lost, a few blank rows (an open range `D2:D`). */
function stageIndex(rnd) {
  const r = rnd();
  if (r < 0.03) return -1; // blank row
  if (r < 0.13) return 0; // lost
  const x = rnd();
  return x < 0.22 ? 1 : x < 0.4 ? 2 : x < 0.56 ? 3 : x < 0.69 ? 4 : x < 0.8 ? 5 : x < 0.88 ? 6 : x < 0.95 ? 7 : 8;
}

const amount = (rnd) => int(rnd, 1, 500) * 10000;

/** OPP_SCORE: one row of 20 answers (是 / 否 / blank) per opportunity; ~3 % of rows wholly blank. */
export function answers(n, seed = 1) {
  const rnd = prng(seed);
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array(20);
    if (rnd() < 0.03) row.fill('');
    else {
      const p = 0.2 + rnd() * 0.6; // each opportunity has its own quality
      for (let c = 0; c < 20; c++) {
        const r = rnd();
        row[c] = r < 0.08 ? '' : r < 0.08 + p * 0.92 ? '是' : '否';
      }
    }
    rows[i] = row;
  }
  return rows;
}

/** Pipeline columns as Sheets hands them: stages (labels, '' blank), amounts (numbers), benchmarks. */
export function pipeline(n, seed = 2) {
  const rnd = prng(seed);
  const stages = new Array(n);
  const amounts = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = stageIndex(rnd);
    stages[i] = [s < 0 ? '' : STAGE_LABELS[s]];
    amounts[i] = [s < 0 ? '' : amount(rnd)];
  }
  const benchCount = [BENCH_SHARE.map((x) => Math.round(x * n))];
  const benchAmount = [BENCH_SHARE.map((x) => Math.round(x * n) * 2_500_000)];
  return { stages, amounts, benchCount, benchAmount };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬飞鹏辉建国志红梅林斌宇浩凯晨欣怡婷雪琳';

/**
 * FORECAST_ROLLUP data: one person per 40 opportunities in a hierarchy exactly five levels deep
 * (team rows shuffled, so managers do not always come first), opportunities (owner, amount,
 * stage, close date) of which ~1 % have an owner outside the team, the period H1 2026, and
 * adjustments for ~5 % of the people below the top.
 */
export function forecast(n, DateCtor = Date, seed = 3) {
  const rnd = prng(seed);
  const people = Math.max(5, Math.ceil(n / 40));
  // Level sizes grow geometrically: 1, b, b², b³, rest — five levels.
  let b = 1;
  while (1 + b + b * b + b * b * b < people * 0.45) b++;
  const sizes = [1, b, b * b, b * b * b];
  let used = sizes.reduce((x, y) => x + y, 0);
  while (used >= people) {
    // small teams: shrink until the last level is not empty
    for (let l = 3; l >= 1 && used >= people; l--) if (sizes[l] > 1) { sizes[l]--; used--; }
  }
  sizes.push(people - used);
  const names = new Array(people);
  const level = new Array(people);
  const manager = new Array(people);
  let k = 0;
  const byLevel = [];
  for (let l = 0; l < 5; l++) {
    byLevel.push([]);
    for (let j = 0; j < sizes[l]; j++, k++) {
      names[k] = `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}${pick(rnd, GIVEN)}-${String(k + 1).padStart(5, '0')}`;
      level[k] = l;
      manager[k] = l === 0 ? '' : names[pick(rnd, byLevel[l - 1])];
      byLevel[l].push(k);
    }
  }
  const order = names.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const team = order.map((i) => [names[i], manager[i]]);

  const day0 = Date.UTC(2025, 9, 1); // close dates from 2025-10-01 over about 15 months
  const opportunities = new Array(n);
  for (let i = 0; i < n; i++) {
    const owner = rnd() < 0.01 ? `外部-${int(rnd, 1, 50)}` : names[Math.floor(rnd() * people)];
    const s = stageIndex(rnd);
    const d = new Date(day0 + int(rnd, 0, 455) * 86400000);
    // Sheets hands dates as Date objects at local midnight of the calendar day.
    const close = new DateCtor(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    opportunities[i] = [owner, amount(rnd), s < 0 ? STAGE_LABELS[int(rnd, 1, 8)] : STAGE_LABELS[s], close];
  }
  const adjustments = [];
  for (let i = 1; i < people; i++) if (rnd() < 0.05) adjustments.push([names[i], int(rnd, 1, 300) * 10000]);
  if (adjustments.length === 0) adjustments.push([names[people - 1], 100000]);
  return {
    team,
    opportunities,
    from: new DateCtor(2026, 0, 1),
    to: new DateCtor(2026, 5, 30),
    adjustments,
    levels: level.reduce((m, l) => Math.max(m, l + 1), 0),
  };
}

// ---- company names ----------------------------------------------------------------------------

const PLACES = ['北京', '上海', '深圳', '广州', '杭州', '南京', '成都', '武汉', '苏州', '天津', '重庆', '西安', '青岛', '厦门', '宁波', '长沙', '郑州', '合肥', '无锡', '佛山'];
const CITY_SUFFIX = ['', '市'];
const BRAND_CHARS = '华信达安宏科联鑫盛泰源恒通瑞博创新远海金银中天明光东方德兴隆汇佳美康健万福祥和嘉润丰立正大成荣昌永弘辉腾飞宇航星云龙凤诚睿智慧锦翔';
const INDUSTRIES = ['科技', '电子', '贸易', '物流', '医药', '建设', '电气', '软件', '化工', '机械', '食品', '能源', '网络', '通信', '环保', '材料', '信息技术', '投资', '咨询', '制造'];
const FORMS = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '集团股份有限公司'];
const EN_WORDS = ['Golden', 'Bright', 'Pacific', 'Harmony', 'Summit', 'Orient', 'Silver', 'Eagle', 'Crystal', 'Dragon', 'Phoenix', 'Horizon', 'Unity', 'Vertex', 'Nova', 'Apex', 'Zenith', 'Lotus', 'Jade', 'Panda'];
const EN_INDUSTRIES = ['Technology', 'Electronics', 'Trading', 'Logistics', 'Pharma', 'Software', 'Energy', 'Networks', 'Materials', 'Machinery'];
const EN_FORMS = ['Co., Ltd.', 'Co. Ltd', 'Inc.', 'LLC', 'Limited', 'GmbH', 'Corp.'];

let toTraditional;
function traditional(s) {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional(s);
}

function fullWidth(s) {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : c === 0x20 ? '\u3000' : ch;
  }
  return out;
}

/** A company as its parts, so that variants can be written the ways people write them. */
function company(rnd, used) {
  for (;;) {
    if (rnd() < 0.1) {
      const p = { en: true, w1: pick(rnd, EN_WORDS), w2: pick(rnd, EN_WORDS), ind: pick(rnd, EN_INDUSTRIES), form: pick(rnd, EN_FORMS) };
      const key = `${p.w1} ${p.w2} ${p.ind}`;
      if (p.w1 === p.w2 || used.has(key)) continue;
      used.add(key);
      return p;
    }
    const r = rnd();
    const len = r < 0.3 ? 2 : r < 0.75 ? 3 : 4;
    let brand = '';
    for (let i = 0; i < len; i++) brand += pick(rnd, BRAND_CHARS);
    const p = { en: false, place: pick(rnd, PLACES), brand, ind: pick(rnd, INDUSTRIES), form: pick(rnd, FORMS) };
    const key = brand + p.ind;
    if (used.has(key) || used.has(brand)) continue;
    used.add(key);
    used.add(brand);
    return p;
  }
}

/** The canonical way a company is written. */
function write(p, rnd) {
  if (p.en) return `${p.w1} ${p.w2} ${p.ind} ${p.form}`;
  return `${p.place}${pick(rnd, CITY_SUFFIX)}${p.brand}${p.ind}${p.form}`;
}

/** Another way of writing the same company (what the matching must see through). */
function variant(p, rnd) {
  if (p.en) {
    const forms = [p.form, pick(rnd, EN_FORMS), ''];
    const base = `${p.w1} ${p.w2} ${p.ind} ${pick(rnd, forms)}`.trim();
    const r = rnd();
    return r < 0.3 ? base.toUpperCase() : r < 0.5 ? fullWidth(base) : r < 0.7 ? base.replace(/ /g, '  ').toLowerCase() : base.replace(/,/g, '');
  }
  const r = rnd();
  if (r < 0.2) return traditional(write(p, rnd));
  if (r < 0.35) return `${p.brand}${p.ind}（${p.place}）${pick(rnd, FORMS)}`;
  if (r < 0.5) return `${p.brand}${p.ind}${pick(rnd, FORMS)}`; // no place
  if (r < 0.65) return `${p.place}市${p.brand}${p.ind}`; // no legal form
  if (r < 0.75) return ` ${p.place} ${p.brand}${p.ind} ${p.form} `; // spacing
  if (r < 0.85) return `${p.place}${p.brand}${p.ind}${p.form === '有限公司' ? '股份有限公司' : '有限公司'}`;
  return `${p.brand}${p.ind}(${p.place})${p.form}`; // half-width brackets
}

/**
 * `n` company names, ~12 % of them another writing of an earlier company (so a duplicate), with
 * `truth[i]` the company each row names. Different companies share places and industry words.
 */
export function companies(n, seed = 4) {
  const rnd = prng(seed);
  const used = new Set();
  const parts = [];
  const names = new Array(n);
  const truth = new Array(n);
  for (let i = 0; i < n; i++) {
    if (parts.length > 10 && rnd() < 0.12) {
      const id = Math.floor(rnd() * parts.length);
      names[i] = variant(parts[id], rnd);
      truth[i] = id;
    } else {
      const p = company(rnd, used);
      truth[i] = parts.length;
      parts.push(p);
      names[i] = write(p, rnd);
    }
  }
  return { names, truth, parts, query: (i) => variant(parts[i], rnd), writeOf: (i) => write(parts[i], rnd) };
}
