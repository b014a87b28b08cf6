/**
 * Place names that lead or bracket Chinese company names (行政区划: 广东省深圳市…, …（上海）有限公司)
 * and their romanised / English forms. Used only to strip places from a company-name key; kept as
 * compact space-separated lists (simplified characters, lower-case Latin).
 */

/** Provinces, autonomous regions, municipalities, SARs (without 省/市/自治区 suffixes). */
const PROVINCES =
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 ' +
  '内蒙古 广西 西藏 宁夏 新疆 香港 澳门';

/** Prefecture-level and other major cities (without 市). */
const CITIES =
  '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 ' +
  '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 ' +
  '长春 四平 辽源 通化 白山 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 ' +
  '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 张家港 常熟 太仓 宜兴 ' +
  '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 慈溪 余姚 ' +
  '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城 ' +
  '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江 石狮 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 ' +
  '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 ' +
  '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 ' +
  '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 ' +
  '广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 顺德 ' +
  '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 儋州 ' +
  '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 遵义 安顺 毕节 铜仁 ' +
  '昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 大理 西双版纳 拉萨 日喀则 林芝 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 ' +
  '兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 西宁 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什 伊犁 ' +
  '台北 新北 桃园 台中 台南 高雄 新竹 基隆 浦东 滨海 前海 苏州工业园区';

/** Countries and regions that appear in brackets or in front (中国…, …（香港）). */
const COUNTRIES = '中国 中华人民共和国 美国 英国 日本 德国 法国 韩国 新加坡 马来西亚 泰国 越南 印度 澳大利亚 加拿大 意大利 荷兰 瑞士 瑞典';

/** Regions and qualifiers removed only when they stand in brackets: …（国际）, …（华南）, (Global). */
const BRACKET_ONLY = '亚太 亚洲 欧洲 国际 大中华 中国区 华南 华北 华东 华中 西南 西北 东北 international global asia asiapacific apac europe';

/** Latin forms. */
const LATIN =
  'china prc beijing shanghai tianjin chongqing shenzhen guangzhou hangzhou suzhou nanjing wuhan chengdu xiamen qingdao dalian ningbo ' +
  "xian xi'an hefei changsha zhengzhou jinan shenyang kunming fuzhou wuxi dongguan foshan zhuhai zhongshan changzhou nantong kunshan " +
  'guangdong jiangsu zhejiang shandong fujian sichuan hubei hunan henan hebei anhui jiangxi liaoning jilin heilongjiang shanxi shaanxi yunnan guizhou guangxi hainan ' +
  'nanchang nanning guiyang lanzhou xining yinchuan urumqi lhasa haikou sanya taiyuan shijiazhuang hohhot harbin changchun shantou wenzhou shaoxing jiaxing taizhou yantai weifang zibo tangshan baotou luoyang xuzhou yangzhou quanzhou huizhou ' +
  'hongkong hk macau macao taiwan taipei singapore usa us america uk japan germany korea india';

/** Place-name suffixes: 广东省, 深圳市, 广西壮族自治区, 香港特别行政区. */
export const PLACE_SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '新区', '省', '市', '区', '县'];

function set(s: string): Set<string> {
  return new Set(s.split(' ').filter(Boolean));
}

let places: Set<string> | null = null;
let latin: Set<string> | null = null;

/** Chinese place names (simplified, no suffix). */
export function chinesePlaces(): Set<string> {
  return (places ??= set(PROVINCES + ' ' + CITIES + ' ' + COUNTRIES));
}

let levels: Map<string, number> | null = null;

/**
 * The administrative level of a Chinese place: 0 country, 1 province (and municipality, SAR),
 * 2 city; `undefined` for anything else. Leading places are only stripped going down the levels
 * (中国 → 广东 → 深圳 → 南山区), so a trade name that happens to start with a city name is kept
 * after another city (成都金昌健金 keeps 金昌).
 */
export function placeLevel(name: string): number | undefined {
  if (!levels) {
    levels = new Map();
    for (const w of CITIES.split(' ')) if (w) levels.set(w, 2);
    for (const w of PROVINCES.split(' ')) if (w) levels.set(w, 1);
    for (const w of COUNTRIES.split(' ')) if (w) levels.set(w, 0);
  }
  return levels.get(name);
}

/** Latin place names (lower case, no spaces: `hongkong`). */
export function latinPlaces(): Set<string> {
  return (latin ??= set(LATIN));
}

let bracketOnly: Set<string> | null = null;

/** Words removed when they are all a bracket holds, besides places and legal forms. */
export function bracketOnlyWords(): Set<string> {
  return (bracketOnly ??= set(BRACKET_ONLY));
}

let byFirst: Map<number, number[]> | null = null;

/** Lengths of the Chinese place names starting with the character `code`, longest first. */
export function placeLengths(code: number): number[] | undefined {
  if (!byFirst) {
    byFirst = new Map();
    for (const w of chinesePlaces()) {
      const c = w.charCodeAt(0);
      const l = byFirst.get(c);
      if (!l) byFirst.set(c, [w.length]);
      else if (!l.includes(w.length)) l.push(w.length);
    }
    for (const l of byFirst.values()) l.sort((a, b) => b - a);
  }
  return byFirst.get(code);
}
