// The key-account area's benchmark cases (issue 13): DECISION_MAP, OVERDUE, TEAM_CREDIT and
// DEVELOPMENT_REPORT, one pass each at up to 100,000 rows. Same shape as ../cases.mjs: the data as
// Sheets hands it (Dates of the sandbox's realm, a Chinese workbook), a hand-written bare loop giving the
// same result, checked equal after timing.
import * as D from '../data.mjs';

const SIZES = [1_000, 10_000, 100_000];
const MS_PER_DAY = 86400000;
const dayOf = (d) => Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / MS_PER_DAY);
const stageOf = (s) => (s === '' ? -1 : s.charCodeAt(0) === 0x4e22 ? 0 : parseInt(s, 10));

const EPS = 1e-6;
const same = (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b)) : a === b);
function diff(a, b, cols) {
  if (!Array.isArray(a) || a.length !== b.length) return `rows: got ${a?.length}, expected ${b.length}`;
  for (let r = 0; r < a.length; r++) for (const c of cols) if (!same(a[r][c], b[r][c])) return `row ${r + 1} col ${c + 1}: got ${JSON.stringify(a[r][c])}, expected ${JSON.stringify(b[r][c])}`;
  return null;
}
const id = (i) => 'O' + String(i + 1).padStart(7, '0');

// ---- DECISION_MAP: n opportunities, 2n contacts (0–4 each), roles and attitudes in Chinese -------------

const ROLES = ['决策者', '影响者', '技术评估者', '使用者', '把关者', '内线'];
const ATTITUDES = ['支持', '中立', '反对', ''];
const LADDER = ['1 认识', '2 约会', '3 认同', '4 信赖', '5 同盟', ''];

function mapData(n) {
  const rnd = D.prng(21);
  const ids = new Array(n);
  for (let i = 0; i < n; i++) ids[i] = [id(i)];
  const contacts = [];
  for (let i = 0; i < n; i++) {
    for (let k = Math.floor(rnd() * 5); k > 0; k--) contacts.push([id(i), `联系人${contacts.length}`, ROLES[Math.floor(rnd() * ROLES.length)], ATTITUDES[Math.floor(rnd() * 4)], LADDER[Math.floor(rnd() * 6)]]);
  }
  for (let i = contacts.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [contacts[i], contacts[j]] = [contacts[j], contacts[i]];
  }
  return { ids, contacts };
}

function floorMap(d) {
  const by = new Map();
  for (const [o, , role, att] of d.contacts) {
    let c = by.get(o);
    if (!c) by.set(o, (c = { n: 0, dm: false, coach: false, bal: 0, opp: false }));
    c.n++;
    if (role === '决策者') {
      c.dm = true;
      if (att === '反对') c.opp = true;
    } else if (role === '内线') c.coach = true;
    if (att === '支持') c.bal++;
    else if (att === '反对') c.bal--;
  }
  return d.ids.map(([o]) => {
    const c = by.get(o) ?? { n: 0, dm: false, coach: false, bal: 0, opp: false };
    const v = !c.dm ? '无决策者' : !c.coach ? '无内线' : c.opp ? '决策者反对' : '已覆盖';
    return [c.n, c.dm ? '是' : '否', c.coach ? '是' : '否', c.bal, v];
  });
}

// ---- OVERDUE: n actions, due dates over four months, statuses in Chinese --------------------------------

const STATUSES = ['进行中', '进行中', '已完成', '已放弃', ''];
function overdueData(n, DateCtor) {
  const rnd = D.prng(22);
  const t0 = new DateCtor(2026, 2, 1).getTime();
  const due = new Array(n);
  const status = new Array(n);
  for (let i = 0; i < n; i++) {
    due[i] = [rnd() < 0.03 ? '' : new DateCtor(t0 + Math.floor(rnd() * 120) * MS_PER_DAY)];
    status[i] = [STATUSES[Math.floor(rnd() * STATUSES.length)]];
  }
  return { due, status, asOf: new DateCtor(2026, 4, 17) };
}

function floorOverdue(d) {
  const a = dayOf(d.asOf);
  return d.due.map(([dd], i) => {
    const s = d.status[i][0];
    if (dd === '' || s === '已完成' || s === '已放弃') return [''];
    const x = a - dayOf(dd);
    return [x > 0 ? x : 0];
  });
}

// ---- TEAM_CREDIT: n opportunities of the forecast data, a team on a third of them ----------------------

function creditData(n, DateCtor) {
  const f = D.forecast(n, DateCtor);
  const rnd = D.prng(23);
  const people = f.team.map((r) => [r[0]]);
  const ids = f.opportunities.map((_, i) => [id(i)]);
  const rows = [];
  f.opportunities.forEach((o, i) => {
    if (rnd() > 0.33) return;
    const other = people[Math.floor(rnd() * people.length)][0];
    if (rnd() < 0.5) {
      rows.push([id(i), o[0], '主要负责人', 0.6], [id(i), other, '售前', '40%']);
    } else rows.push([id(i), o[0], '主要负责人', ''], [id(i), other, '服务', '']);
  });
  return { people, rows, ids, opportunities: f.opportunities, from: f.from, to: f.to };
}

function floorCredit(d) {
  const lo = dayOf(d.from);
  const hi = dayOf(d.to);
  const team = new Map();
  for (const [o, m, , s] of d.rows) {
    let l = team.get(o);
    if (!l) team.set(o, (l = []));
    l.push([m, s === '' ? null : typeof s === 'number' ? s : parseFloat(s) / 100]);
  }
  const credit = new Map();
  const add = (p, x) => credit.set(p, (credit.get(p) ?? 0) + x);
  for (let i = 0; i < d.opportunities.length; i++) {
    const [owner, amount, stage, date] = d.opportunities[i];
    if (stageOf(stage) !== 8) continue;
    const day = dayOf(date);
    if (day < lo || day > hi) continue;
    const split = (team.get(d.ids[i][0]) ?? []).filter((x) => x[1] !== null);
    if (!split.length) add(owner, amount);
    else for (const [m, s] of split) add(m, amount * s);
  }
  return d.people.map(([p]) => [credit.get(p) ?? 0]);
}

// ---- DEVELOPMENT_REPORT: n customers, a third of them prospects ------------------------------------------

const DEV = ['1 确定开发对象', '2 样品提供/信息收集', '3 价值评估/开发程序', '4 关系建立', '5 促成合作'];
function devData(n, DateCtor) {
  const f = D.forecast(n, DateCtor);
  const rnd = D.prng(24);
  const people = f.team.map((r) => [r[0]]);
  const owners = new Array(n);
  const stages = new Array(n);
  const stopped = new Array(n);
  for (let i = 0; i < n; i++) {
    owners[i] = [people[Math.floor(rnd() * people.length)][0]];
    const prospect = rnd() < 0.33;
    stages[i] = [prospect ? DEV[Math.floor(rnd() * 5)] : ''];
    stopped[i] = [prospect && rnd() < 0.1 ? '是' : rnd() < 0.5 ? '否' : ''];
  }
  return { people, owners, stages, stopped };
}

function floorDev(d) {
  const by = new Map();
  for (let i = 0; i < d.owners.length; i++) {
    const st = d.stopped[i][0] === '是';
    const s = d.stages[i][0] === '' ? 0 : parseInt(d.stages[i][0], 10);
    if (!st && s === 0) continue;
    let c = by.get(d.owners[i][0]);
    if (!c) by.set(d.owners[i][0], (c = [0, 0, 0, 0, 0, 0]));
    c[st ? 5 : s - 1]++;
  }
  return d.people.map(([p]) => [...(by.get(p) ?? [0, 0, 0, 0, 0, 0])]);
}

export const ACCOUNTS_CASES = [
  {
    id: 'DECISION_MAP',
    fn: 'DECISION_MAP',
    about: 'n opportunities, about 2n contacts (0–4 each, shuffled), roles, attitudes and relationship stages in Chinese',
    sizes: SIZES,
    make: (n) => mapData(n),
    args: (d) => [d.ids, d.contacts],
    floor: floorMap,
    compare: (ours, floor) => diff(ours, floor, [0, 1, 2, 3, 4]),
    breakColumn: 0,
  },
  {
    id: 'OVERDUE',
    fn: 'OVERDUE',
    about: 'n actions: due dates over four months (3 % blank), open / done / dropped / blank statuses in Chinese',
    sizes: SIZES,
    make: (n, DateCtor) => overdueData(n, DateCtor),
    args: (d) => [d.due, d.status, d.asOf],
    floor: floorOverdue,
    compare: (ours, floor) => diff(ours, floor, [0]),
    breakColumn: 0,
  },
  {
    id: 'TEAM_CREDIT',
    fn: 'TEAM_CREDIT',
    about: 'n opportunities (H1 2026), a team on a third of them (half split 60 / 40, half without splits), over n/40 people',
    sizes: SIZES,
    make: (n, DateCtor) => creditData(n, DateCtor),
    args: (d) => [d.people, d.rows, d.ids, d.opportunities, d.from, d.to],
    floor: floorCredit,
    compare: (ours, floor) => diff(ours, floor, [0]),
    breakColumn: 0,
  },
  {
    id: 'DEVELOPMENT_REPORT',
    fn: 'DEVELOPMENT_REPORT',
    about: 'n customers over n/40 people, a third in development (stages 1–5), 10 % of those stopped',
    sizes: SIZES,
    make: (n, DateCtor) => devData(n, DateCtor),
    args: (d) => [d.people, d.owners, d.stages, d.stopped],
    floor: floorDev,
    compare: (ours, floor) => diff(ours, floor, [0, 1, 2, 3, 4, 5]),
  },
];
