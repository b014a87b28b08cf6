/**
 * Running the sales team in the demo (domain.md §6 and the order review): territories by region and,
 * for a few industries, by region and industry; two bonus plans and everyone's plan and target bonus;
 * the order-review departments (finance, quality, purchasing) under the sales director, who is the top
 * approver; statement figures for about half the customers; and an order review for every large
 * opportunity — approved for those won above the review threshold (the stage-08 rule), pending,
 * rejected by one department and decided by the top approver, or approved, for those still open.
 */
import { serialToIso, toDateSerial } from '../../core/cell';
import { listLabel } from '../../core/schema/lists';
import { dealMargins } from '../../core/model/review';
import type { Lang } from '../../core/i18n';
import type { DemoArea } from './types';

const REVIEWERS: { role: 'finance' | 'quality' | 'purchasing'; zh: string; zhHant: string; en: string }[] = [
  { role: 'finance', zh: '钱慧敏', zhHant: '錢慧敏', en: 'Qian Huimin' },
  { role: 'quality', zh: '韩立军', zhHant: '韓立軍', en: 'Han Lijun' },
  { role: 'purchasing', zh: '冯雅琴', zhHant: '馮雅琴', en: 'Feng Yaqin' },
];

const PLANS = {
  standard: { en: 'AM standard', zh: '客户经理标准方案', zhHant: '客戶經理標準方案' },
  manager: { en: 'Manager', zh: '管理者方案', zhHant: '管理者方案' },
};

const pick = (l: { en: string; zh: string; zhHant: string }, lang: Lang) => (lang === 'en' ? l.en : lang === 'zh-Hant' ? l.zhHant : l.zh);

const isoAdd = (iso: string, days: number) => serialToIso((toDateSerial(iso) as number) + days);

/** The demo's review threshold: the Settings default. */
const THRESHOLD = 1000000;

export const teamArea: DemoArea = {
  name: 'team',
  generate(base, rng) {
    const { lang, people, customers, opportunities, records, today } = base;
    const director = people.find((p) => p.role === 'director')!;

    // The review departments, under the director; the director is the top approver.
    const taken = new Set(people.map((p) => p.name));
    const reviewers = REVIEWERS.map((r) => {
      let name = pick(r, lang);
      while (taken.has(name)) name += lang === 'en' ? ' Jr' : '二';
      taken.add(name);
      return { role: r.role, name };
    });
    const teamRows = records.team ?? [];
    for (const r of reviewers) teamRows.push({ person: r.name, manager: director.name, email: '', role: listLabel('role', r.role, lang), region: '' });
    for (const s of records.settings ?? []) if (s.key === 'top_approver') s.value = director.name;

    // Bonus plans, and each salesperson's plan and target bonus.
    const std = pick(PLANS.standard, lang);
    const mgr = pick(PLANS.manager, lang);
    const bonusRows = [
      { plan: std, from: 0.5, to: 0.8, rate: 0.3, cap: '' },
      { plan: std, from: 0.8, to: 1, rate: 0.7, cap: '' },
      { plan: std, from: 1, to: 1.2, rate: 1, cap: '' },
      { plan: std, from: 1.2, to: '', rate: 1.6, cap: 150000 },
      { plan: mgr, from: 0.7, to: 1, rate: 0.5, cap: '' },
      { plan: mgr, from: 1, to: '', rate: 1.3, cap: 500000 },
    ];
    const target = { director: 300000, regional: 180000, team_lead: 120000, account_manager: 60000 } as const;
    const byName = new Map(people.map((p) => [p.name, p]));
    for (const row of teamRows) {
      const p = byName.get(String(row.person));
      if (!p) continue;
      row.bonus_plan = p.role === 'account_manager' ? std : mgr;
      row.target_bonus = Math.round((target[p.role] * (0.85 + rng.next() * 0.3)) / 1000) * 1000;
    }

    // Territories: each region's customers to one of its account managers; a few industries of a region to another.
    const territoryRows: Record<string, unknown>[] = [];
    const regionNames = new Map<number, string>();
    const industries = new Map<number, Set<string>>();
    const customerRows = records.customers ?? [];
    customers.forEach((c, i) => {
      regionNames.set(c.region, String(customerRows[i]?.region ?? ''));
      const s = industries.get(c.region) ?? new Set<string>();
      s.add(String(customerRows[i]?.industry ?? ''));
      industries.set(c.region, s);
    });
    for (const [r, region] of [...regionNames].sort((a, b) => a[0] - b[0])) {
      const ams = people.filter((p) => p.role === 'account_manager' && p.region === r);
      const inds = [...(industries.get(r) ?? [])].filter(Boolean).slice(0, 2);
      inds.forEach((ind, k) => territoryRows.push({ territory: `${region} · ${ind}`, region, industry: ind, account_manager: ams[(k + 1) % ams.length].name, priority: 10 + k }));
      territoryRows.push({ territory: region, region, industry: '', account_manager: ams[0].name, priority: 50 });
    }

    // Statement figures for about half of the customers (what an account manager has collected).
    customers.forEach((c, i) => {
      const row = customerRows[i];
      if (!row || !rng.chance(0.5)) return;
      const revenue = Math.round((c.value * (8 + rng.next() * 25)) / 10000) * 10000;
      const cost = Math.round(revenue * (0.55 + rng.next() * 0.3));
      const assets = Math.round(revenue * (0.6 + rng.next() * 1.2));
      const current = Math.round(assets * (0.35 + rng.next() * 0.3));
      Object.assign(row, {
        revenue,
        net_profit: Math.round(revenue * (rng.next() * 0.16 - 0.03)),
        total_assets: assets,
        current_assets: current,
        current_liabilities: Math.round(current / (0.8 + rng.next() * 1.4)),
        receivables: Math.round((revenue * (25 + rng.next() * 90)) / 365),
        inventory: Math.round((cost * (15 + rng.next() * 80)) / 365),
        cost_of_sales: cost,
      });
    });

    // Order reviews of the large opportunities.
    const L = (list: string, code: string) => listLabel(list, code, lang);
    const reviewRows: Record<string, unknown>[] = [];
    let n = 0;
    const stampOf = (day: string, h: number) => `${day} ${String(9 + (h % 8)).padStart(2, '0')}:${String((h * 7) % 60).padStart(2, '0')}:00`;
    opportunities.forEach((o, i) => {
      if (o.amount <= THRESHOLD || o.stage < 6) return;
      const id = 'R' + String(++n).padStart(5, '0');
      const oppId = String(records.opportunities?.[i]?.id ?? o.id);
      const manager = o.owner.manager;
      const day0 = o.stage === 8 ? isoAdd(o.close, -rng.int(8, 20)) : isoAdd(today, -rng.int(3, 15));
      const price = o.amount;
      const cost = Math.round(price * (0.55 + rng.next() * 0.25));
      const expenses = Math.round(price * (0.03 + rng.next() * 0.06));
      const taxes = Math.round(price * 0.06);
      const m = dealMargins(price, cost, expenses, taxes);
      reviewRows.push({
        id, when: stampOf(day0, n), kind: L('reviewEntry', 'request'), opportunity: oppId, by: o.owner.name, step: '', verdict: '', reason: '',
        price, cost, expenses, taxes, gross_margin: m.gross, expense_ratio: m.expenseRatio, profit_margin: m.profit,
        delivery: isoAdd(o.close, rng.int(20, 60)), payment_terms: lang === 'en' ? '30% on signing, 70% on acceptance' : lang === 'zh-Hant' ? '簽約付 30%,驗收付 70%' : '签约付 30%,验收付 70%',
        payment_date: isoAdd(o.close, rng.int(60, 120)), quality: lang === 'en' ? 'ISO 9001; acceptance test on site' : lang === 'zh-Hant' ? 'ISO 9001;現場驗收測試' : 'ISO 9001;现场验收测试',
      });
      // Won: approved. Open: mostly pending with some sign-offs in, one in four rejected by purchasing, a few approved.
      const fate = o.stage === 8 ? 'approved' : rng.pick(['pending', 'pending', 'rejected', 'approved']);
      const signs = fate === 'pending' ? rng.int(0, 2) : 3;
      reviewers.slice(0, signs).forEach((r, k) => {
        const reject = fate === 'rejected' && r.role === 'purchasing';
        reviewRows.push({
          id, when: stampOf(isoAdd(day0, k + 1), n + k), kind: L('reviewEntry', 'signoff'), opportunity: oppId, by: r.name, step: L('reviewStep', r.role),
          verdict: L('reviewVerdict', reject ? 'reject' : 'accept'), reason: reject ? (lang === 'en' ? 'Steel priced below the market: re-quote' : lang === 'zh-Hant' ? '鋼材報價低於市場價:請重新報價' : '钢材报价低于市场价:请重新报价') : '',
        });
      });
      if (fate !== 'pending') {
        const by = fate === 'rejected' ? director.name : manager;
        reviewRows.push({ id, when: stampOf(isoAdd(day0, 5), n + 5), kind: L('reviewEntry', 'signoff'), opportunity: oppId, by, step: L('reviewStep', 'approval'), verdict: L('reviewVerdict', fate === 'rejected' ? 'reject' : 'accept'), reason: fate === 'rejected' ? (lang === 'en' ? 'No margin left' : lang === 'zh-Hant' ? '無利潤空間' : '无利润空间') : '' });
      }
    });

    return { territories: territoryRows, bonus_plans: bonusRows, reviews: reviewRows };
  },
};
