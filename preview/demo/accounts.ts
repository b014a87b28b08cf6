/**
 * Winning key accounts in the demo (issue 13), so that each new sheet and Dashboard list shows rows:
 * - the decision chain of most open opportunities: from stage 03 on, usually a decision maker and a
 *   coach (insider) with influencers and evaluators around them — about one in four still has a gap
 *   (no decision maker, no coach, or a decision maker against us); earlier stages a contact or two;
 * - an account plan for the year for the largest customers (most approved by the account manager's
 *   superior), each with a few initiatives, and actions on some open opportunities — some done, some
 *   past their due date;
 * - a team on the larger late-stage deals (pre-sales, service, an executive sponsor), half with splits;
 * - a fifth of the customers without a won deal in new-customer development (stages 1–5), a few
 *   stopped for credit or financial problems;
 * - follow-ups settled by the next activity with the customer, so that the overdue ones are the few
 *   nobody came back to;
 * - the objection playbook of the seed text.
 */
import { serialToIso, toDateSerial } from '../../core/cell';
import { t, type L10n, type Lang } from '../../core/i18n';
import { devStageLabel, type DevStage } from '../../core/model/development';
import { listLabel } from '../../core/schema/lists';
import { OBJECTION_SEEDS } from '../../core/schema/objection-seeds';
import type { Rng } from '../random';
import type { DemoArea, Person } from './types';

const SURNAMES: [string, string, string][] = [
  ['钱', '錢', 'Qian'], ['冯', '馮', 'Feng'], ['韩', '韓', 'Han'], ['唐', '唐', 'Tang'], ['许', '許', 'Xu'], ['邓', '鄧', 'Deng'],
  ['宋', '宋', 'Song'], ['谢', '謝', 'Xie'], ['曹', '曹', 'Cao'], ['彭', '彭', 'Peng'], ['曾', '曾', 'Zeng'], ['萧', '蕭', 'Xiao'],
];
const GIVEN: [string, string, string][] = [
  ['振华', '振華', 'Zhenhua'], ['建国', '建國', 'Jianguo'], ['丽', '麗', 'Li'], ['婷', '婷', 'Ting'], ['鹏', '鵬', 'Peng'], ['慧', '慧', 'Hui'],
  ['宏', '宏', 'Hong'], ['颖', '穎', 'Ying'], ['凯', '凱', 'Kai'], ['琳', '琳', 'Lin'], ['斌', '斌', 'Bin'], ['倩', '倩', 'Qian'],
];
const TITLES: Record<string, { title: L10n; dept: L10n }> = {
  decision_maker: { title: { en: 'Vice President', zh: '副总裁', zhHant: '副總裁' }, dept: { en: 'Management', zh: '总裁办', zhHant: '總裁辦' } },
  influencer: { title: { en: 'Finance Director', zh: '财务总监', zhHant: '財務總監' }, dept: { en: 'Finance', zh: '财务部', zhHant: '財務部' } },
  technical: { title: { en: 'IT Manager', zh: '信息技术经理', zhHant: '資訊技術經理' }, dept: { en: 'IT', zh: '信息技术部', zhHant: '資訊技術部' } },
  user: { title: { en: 'Operations Manager', zh: '运营经理', zhHant: '營運經理' }, dept: { en: 'Operations', zh: '运营部', zhHant: '營運部' } },
  gatekeeper: { title: { en: 'Purchasing Manager', zh: '采购经理', zhHant: '採購經理' }, dept: { en: 'Purchasing', zh: '采购部', zhHant: '採購部' } },
  coach: { title: { en: 'Purchasing Officer', zh: '采购专员', zhHant: '採購專員' }, dept: { en: 'Purchasing', zh: '采购部', zhHant: '採購部' } },
};
const STEPS: Record<string, L10n[]> = {
  industry: [
    { en: 'Capex flat; spending shifts to cloud and security', zh: '资本开支持平,投入转向云和安全', zhHant: '資本開支持平,投入轉向雲和安全' },
    { en: 'Regional expansion drives new sites next year', zh: '区域扩张带动明年新建站点', zhHant: '區域擴張帶動明年新建站點' },
  ],
  competition: [
    { en: 'Incumbent strong on price, weak on service', zh: '现有供应商价格强、服务弱', zhHant: '現有供應商價格強、服務弱' },
    { en: 'Two rivals bid every tender; we lead on delivery', zh: '两家对手每次投标;我方交付领先', zhHant: '兩家對手每次投標;我方交付領先' },
  ],
  needs: [
    { en: 'Lower total cost, one service contact', zh: '降低综合成本,统一服务界面', zhHant: '降低綜合成本,統一服務界面' },
    { en: 'Faster roll-out of branch networks', zh: '更快部署分支网络', zhHant: '更快部署分支網路' },
  ],
  solution: [
    { en: 'Framework agreement with staged delivery', zh: '框架协议,分阶段交付', zhHant: '框架協議,分階段交付' },
    { en: 'Managed service with a named engineer', zh: '托管服务,指定专属工程师', zhHant: '託管服務,指定專屬工程師' },
  ],
  service: [
    { en: 'Local team of 6; 4-hour on-site response', zh: '本地团队 6 人;4 小时到场', zhHant: '本地團隊 6 人;4 小時到場' },
    { en: 'Spare parts stocked in the region', zh: '区域内备件库存', zhHant: '區域內備件庫存' },
  ],
  summary: [
    { en: 'Grow share from 20 % to 35 % in two years', zh: '两年内份额由 20% 提升到 35%', zhHant: '兩年內份額由 20% 提升到 35%' },
    { en: 'Win the renewal and add managed services', zh: '赢得续约并增加托管服务', zhHant: '贏得續約並增加託管服務' },
  ],
};
const INITIATIVES: L10n[] = [
  { en: 'Executive meeting with the CIO', zh: '与首席信息官高层会谈', zhHant: '與首席資訊官高層會談' },
  { en: 'Solution workshop for the IT team', zh: '为信息技术部举办方案研讨会', zhHant: '為資訊技術部舉辦方案研討會' },
  { en: 'Reference visit to a customer site', zh: '安排参观样板客户', zhHant: '安排參觀樣板客戶' },
  { en: 'Quarterly business review', zh: '季度业务回顾', zhHant: '季度業務回顧' },
  { en: 'Send the revised proposal', zh: '提交修订方案', zhHant: '提交修訂方案' },
  { en: 'Confirm the budget with finance', zh: '与财务部确认预算', zhHant: '與財務部確認預算' },
  { en: 'Arrange samples for testing', zh: '安排样品测试', zhHant: '安排樣品測試' },
];
const STOP_NOTES: L10n[] = [
  { en: 'Payments to two suppliers overdue', zh: '拖欠两家供应商货款', zhHant: '拖欠兩家供應商貨款' },
  { en: 'Losses three years running', zh: '连续三年亏损', zhHant: '連續三年虧損' },
];

const pick = (l: L10n, lang: Lang) => t(l, lang);
const addDays = (iso: string, n: number) => serialToIso((toDateSerial(iso) as number) + n);

export const accountsArea: DemoArea = {
  name: 'accounts',
  generate(base, rng: Rng) {
    const { lang, today, people, customers, opportunities, records } = base;
    const l = lang === 'zh-Hant' ? 'zhHant' : lang;
    const name = () => {
      const s = rng.pick(SURNAMES);
      const g = rng.pick(GIVEN);
      return lang === 'en' ? `${g[2]} ${s[2]}` : lang === 'zh' ? s[0] + g[0] : s[1] + g[1];
    };
    const lab = (list: string, code: string) => listLabel(list, code, lang);
    const year = Number(today.slice(0, 4));

    // The decision chain.
    const contacts: Record<string, unknown>[] = [];
    let cid = 0;
    const contact = (customerId: string, opp: string, role: string, attitude: string, stage: string, boss = '') => {
      const id = 'CT' + String(++cid).padStart(5, '0');
      contacts.push({
        id,
        customer_id: customerId,
        opportunity: opp,
        name: name(),
        role: lab('buyingRole', role),
        attitude: attitude ? lab('attitude', attitude) : '',
        relationship: stage ? lab('relationshipStage', stage) : '',
        title: pick(TITLES[role].title, lang),
        department: pick(TITLES[role].dept, lang),
        reports_to: boss,
        last_contact: addDays(today, -rng.int(1, 60)),
        notes: '',
      });
      return id;
    };
    for (const o of opportunities) {
      if (o.stage === 0 || o.stage === 8) continue;
      if (o.stage < 3) {
        if (rng.chance(0.5)) contact(o.customer.id, o.id, rng.pick(['technical', 'user', 'gatekeeper']), 'neutral', 'acquainted');
        continue;
      }
      const gap = rng.chance(0.25) ? rng.pick(['no_dm', 'no_coach', 'opposed']) : '';
      let dm = '';
      if (gap !== 'no_dm') dm = contact(o.customer.id, o.id, 'decision_maker', gap === 'opposed' ? 'opponent' : rng.pick(['supporter', 'neutral']), rng.pick(['meeting', 'agreement', 'trust']));
      if (gap !== 'no_coach') contact(o.customer.id, o.id, 'coach', 'supporter', rng.pick(['agreement', 'trust', 'ally']), dm);
      for (let k = rng.int(0, 2); k > 0; k--) contact(o.customer.id, o.id, rng.pick(['influencer', 'technical', 'user', 'gatekeeper']), rng.pick(['supporter', 'neutral', 'neutral', 'opponent']), rng.pick(['acquainted', 'meeting', '']), dm);
    }

    // Account plans for the largest customers, with their initiatives.
    const plans: Record<string, unknown>[] = [];
    const actions: Record<string, unknown>[] = [];
    let aid = 0;
    const action = (ref: string, owner: Person, text: L10n) => {
      const due = addDays(today, rng.int(-35, 45));
      const past = due < today;
      const status = past ? (rng.chance(0.6) ? 'done' : rng.chance(0.1) ? 'dropped' : 'open') : rng.chance(0.1) ? 'done' : 'open';
      actions.push({
        id: 'AC' + String(++aid).padStart(5, '0'),
        ref,
        action: pick(text, lang),
        owner: owner.name,
        due,
        status: lab('actionStatus', status),
        impact: rng.chance(0.5) ? rng.int(2, 40) * 10000 : '',
        done_on: status === 'open' ? '' : addDays(due, -rng.int(0, 5)),
      });
    };
    const byValue = [...customers].sort((a, b) => b.value - a.value).slice(0, 20);
    byValue.forEach((c, i) => {
      const id = 'AP' + String(i + 1).padStart(5, '0');
      const approved = rng.chance(0.65);
      const boss = people.find((p) => p.name === c.am.manager);
      plans.push({
        id,
        customer_id: c.id,
        year,
        owner: c.am.name,
        ...Object.fromEntries(Object.entries(STEPS).map(([k, v]) => [k, pick(rng.pick(v), lang)])),
        revenue_target: Math.round((c.value * (2 + rng.next() * 3)) / 10000) * 10000,
        wallet_target: rng.int(2, 5) / 10,
        status: lab('planStatus', approved ? 'approved' : 'draft'),
        approved_by: approved && boss ? boss.name : '',
        approved_on: approved && boss ? addDays(today, -rng.int(20, 200)) : '',
      });
      for (let k = rng.int(2, 4); k > 0; k--) action(id, c.am, rng.pick(INITIATIVES));
    });
    for (const o of opportunities) if (o.stage >= 2 && o.stage <= 7 && rng.chance(0.12)) action(o.id, o.owner, rng.pick(INITIATIVES));

    // The team of the larger late-stage deals.
    const team: Record<string, unknown>[] = [];
    const others = (p: Person) => people.filter((q) => q.name !== p.name && q.role === 'account_manager' && q.region === p.region);
    for (const o of opportunities) {
      if (o.stage < 4 || o.stage === 0 || o.amount < 300000 || !rng.chance(0.5)) continue;
      const mates = others(o.owner);
      if (!mates.length) continue;
      const helper = rng.pick(mates);
      const boss = people.find((p) => p.name === o.owner.manager);
      const split = rng.chance(0.5);
      team.push({ opportunity: o.id, member: o.owner.name, role: lab('teamRole', 'primary'), split: split ? 0.7 : '' });
      team.push({ opportunity: o.id, member: helper.name, role: lab('teamRole', rng.pick(['presales', 'service', 'sales'])), split: split ? 0.3 : '' });
      if (boss && rng.chance(0.4)) team.push({ opportunity: o.id, member: boss.name, role: lab('teamRole', 'sponsor'), split: '' });
    }

    // New-customer development: customers without a won deal.
    const won = new Set(opportunities.filter((o) => o.stage === 8).map((o) => o.customer.id));
    for (const rec of records.customers ?? []) {
      if (won.has(String(rec.id)) || !rng.chance(0.2)) continue;
      const s = rng.pick([1, 1, 2, 2, 2, 3, 3, 4, 5]) as DevStage;
      rec.dev_stage = devStageLabel(s, l);
      if (rng.chance(0.12)) {
        rec.dev_stopped = lab('yesno', 'yes');
        rec.stop_reason = `${lab('stopReason', rng.pick(['credit', 'financial', 'operating']))} — ${pick(rng.pick(STOP_NOTES), lang)}`;
      }
    }

    // Follow-ups settled by the next activity with the same customer (before today).
    const acts = (records.activities ?? []).filter((a) => a.customer_id);
    const byCustomer = new Map<string, Record<string, unknown>[]>();
    for (const a of acts) byCustomer.set(String(a.customer_id), [...(byCustomer.get(String(a.customer_id)) ?? []), a]);
    for (const list of byCustomer.values()) {
      list.sort((a, b) => String(a.date).localeCompare(String(b.date)));
      list.forEach((a, i) => {
        if (!a.follow_up) return;
        const next = list.slice(i + 1).find((b) => String(b.date) > String(a.date));
        if (next) a.follow_up_done = next.date;
      });
    }

    const objections = OBJECTION_SEEDS.map((o) => ({ objection: t(o.objection, lang), answer: t(o.answer, lang) }));
    return { contacts, accountPlans: plans, actions, opportunityTeam: team, objections };
  },
};
