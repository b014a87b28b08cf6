/**
 * The issue-13 forms' live parts: the contact form preloads a contact when its ID is given; the
 * advance-prospect form shows the chosen prospect's stage and only the checklist of that stage; the
 * activity form lists the customer's open follow-ups (which it settles) and searches the objection
 * playbook. Everything read from the sheet is set as text, never as HTML.
 */
import type { ProspectView } from '../../core/commands/account-views';
import type { OpenFollowUp } from '../../core/commands/follow-ups';
import type { FieldSpec } from '../../core/commands/types';
import { fill, t, type L10n } from '../../core/i18n';
import { clipped, el, replace } from '../dom';
import { renderSimpleField, type FieldView } from '../fields';
import type { FormState, WidgetCtx } from '../form-types';
import { registerWidget } from '../widget-registry';

const T = {
  loading: { en: 'Loading…', zh: '正在读取…', zhHant: '正在讀取…' },
  preloaded: { en: 'Contact {id} loaded: change what is new, blank keeps the value.', zh: '已载入联系人 {id}:修改有变化的字段,留空保持原值。', zhHant: '已載入聯繫人 {id}:修改有變化的欄位,留空保持原值。' },
  noContact: { en: 'No contact {id} yet: saving registers a new one only without an ID.', zh: '还没有联系人 {id}:不填编号才会登记新联系人。', zhHant: '還沒有聯繫人 {id}:不填編號才會登記新聯繫人。' },
  stage: { en: 'Development stage now: {stage}', zh: '当前开发阶段:{stage}', zhHant: '當前開發階段:{stage}' },
  notProspect: { en: 'Not a prospect yet: advancing puts it in stage 1 (choose the target).', zh: '尚未开始开发:推进后进入阶段 1(确定开发对象)。', zhHant: '尚未開始開發:推進後進入階段 1(確定開發對象)。' },
  stopped: { en: 'Development stopped: {reason}', zh: '已终止开发:{reason}', zhHant: '已終止開發:{reason}' },
  checklist: { en: 'To leave this stage, tick every criterion:', zh: '离开本阶段须满足以下全部条件:', zhHant: '離開本階段須滿足以下全部條件:' },
  chooseCustomer: { en: 'Choose the customer to see its stage and checklist.', zh: '请选择客户以查看其开发阶段和检查清单。', zhHant: '請選擇客戶以查看其開發階段和檢查清單。' },
  followUps: { en: 'Open follow-ups of this customer', zh: '该客户未完成的跟进', zhHant: '該客戶未完成的跟進' },
  noFollowUps: { en: 'No open follow-up for this customer.', zh: '该客户没有未完成的跟进。', zhHant: '該客戶沒有未完成的跟進。' },
  followUpLine: { en: '{due}: {type} by {person} on {date}', zh: '{due}:{person} 于 {date} 的{type}', zhHant: '{due}:{person} 於 {date} 的{type}' },
  objections: { en: 'Objection playbook', zh: '客户疑虑应答', zhHant: '客戶疑慮應答' },
  search: { en: 'Search objections (e.g. time, money, 没时间)', zh: '搜索客户疑虑(如 没时间、没钱)', zhHant: '搜尋客戶疑慮(如 沒時間、沒錢)' },
  noObjection: { en: 'No objection matches.', zh: '没有匹配的疑虑。', zhHant: '沒有匹配的疑慮。' },
  failed: { en: 'Could not read the sheet: {reason}', zh: '无法读取表格:{reason}', zhHant: '無法讀取表格:{reason}' },
} satisfies Record<string, L10n>;

/** What a form remembers between renders (a rerender rebuilds the fields). */
const memo = new WeakMap<FormState, { prospect?: ProspectView | null; prospectFor?: string; contactNote?: string }>();
const mine = (s: FormState) => {
  let m = memo.get(s);
  if (!m) memo.set(s, (m = {}));
  return m;
};

const note = (text: string, cls = 'ka-note') => el('p', { class: cls }, text);
const failure = (ctx: WidgetCtx, e: unknown) => note(t(fill(T.failed, { reason: e instanceof Error ? e.message : String(e) }), ctx.lang), 'ka-warn');

/** A plain field whose changes also call `after` (with the new value). */
function watched(spec: FieldSpec, ctx: WidgetCtx, after: (v: unknown) => void): FieldView {
  return renderSimpleField(spec, { ...ctx, changed: (k) => (ctx.changed(k), after(ctx.values[k])) });
}

function extraRow(key: string, node: HTMLElement): FieldView {
  return { key, node, focus: () => undefined, setError: () => undefined };
}

// -- Add or update contact: preload -----------------------------------------------------------------

function contactId(spec: FieldSpec, ctx: WidgetCtx): FieldView[] {
  const m = mine(ctx.state);
  const panel = el('div', { class: 'ka-preload', 'aria-live': 'polite' }, m.contactNote ? note(m.contactNote) : null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const load = (v: unknown) => {
    const id = String(v ?? '').trim();
    if (timer) clearTimeout(timer);
    if (id === '') return replace(panel);
    timer = setTimeout(async () => {
      replace(panel, note(t(T.loading, ctx.lang)));
      try {
        const rec = (await ctx.host.view('contact', { id })) as Record<string, string> | null;
        if (String(ctx.values.id ?? '').trim() !== id) return;
        if (!rec) return replace(panel, note(t(fill(T.noContact, { id }), ctx.lang)));
        for (const f of ctx.command.fields) if (f.key !== 'id' && rec[f.key] !== undefined && rec[f.key] !== '') ctx.values[f.key] = rec[f.key];
        m.contactNote = t(fill(T.preloaded, { id: rec.id }), ctx.lang);
        ctx.env.rerender();
      } catch (e) {
        replace(panel, failure(ctx, e));
      }
    }, 300);
  };
  const view = watched(spec, ctx, (v) => {
    m.contactNote = undefined;
    load(v);
  });
  return [view, extraRow('_preload', panel)];
}

// -- Advance prospect: the stage's checklist ----------------------------------------------------------

function prospectCustomer(spec: FieldSpec, ctx: WidgetCtx): FieldView[] {
  const m = mine(ctx.state);
  const panel = el('div', { class: 'ka-prospect', 'aria-live': 'polite' });
  const show = () => {
    const p = m.prospect;
    if (!ctx.values.customer_id || !p) return replace(panel, note(t(T.chooseCustomer, ctx.lang)));
    if (p.stopped) return replace(panel, note(t(fill(T.stopped, { reason: p.reason || '—' }), ctx.lang), 'ka-warn'));
    if (p.stage <= 0) return replace(panel, note(p.stage === 0 ? t(T.notProspect, ctx.lang) : p.label));
    replace(panel, note(t(fill(T.stage, { stage: p.label }), ctx.lang)), p.criteria.length ? note(t(T.checklist, ctx.lang)) : null);
  };
  const load = async (v: unknown) => {
    const id = String(v ?? '').trim();
    if (id === '') {
      m.prospect = null;
      m.prospectFor = '';
      return ctx.env.rerender();
    }
    replace(panel, note(t(T.loading, ctx.lang)));
    try {
      m.prospect = (await ctx.host.view('prospect', { customer_id: id })) as ProspectView | null;
      m.prospectFor = id;
      ctx.env.rerender();
    } catch (e) {
      replace(panel, failure(ctx, e));
    }
  };
  const view = watched(spec, ctx, (v) => void load(v));
  show();
  // A form opened with a customer already chosen (or re-rendered after a save) loads it once.
  if (ctx.values.customer_id && m.prospectFor !== String(ctx.values.customer_id)) void load(ctx.values.customer_id);
  return [view, extraRow('_prospect', panel)];
}

/** A criterion of the checklist: shown only when it is one of the chosen prospect's stage (the others stay in the form, hidden). */
function criterion(spec: FieldSpec, ctx: WidgetCtx): FieldView {
  const p = mine(ctx.state).prospect;
  const view = renderSimpleField(spec, ctx);
  view.node.hidden = !p || p.stopped || !p.criteria.some((c) => c.key === spec.key);
  return view;
}

// -- Log activity: open follow-ups and the objection playbook -----------------------------------------

function activityCustomer(spec: FieldSpec, ctx: WidgetCtx): FieldView[] {
  const panel = el('div', { class: 'ka-follow-ups', 'aria-live': 'polite' });
  const load = async (v: unknown) => {
    const id = String(v ?? '').trim();
    if (id === '') return replace(panel);
    try {
      const list = (await ctx.host.view('followUps', { customer_id: id })) as OpenFollowUp[];
      if (String(ctx.values.customer_id ?? '').trim() !== id) return;
      replace(
        panel,
        el('p', { class: 'ka-label' }, t(T.followUps, ctx.lang)),
        list.length
          ? el('ul', { class: 'ka-list' }, ...list.map((f) => clipped('li', {}, t(fill(T.followUpLine, { due: f.follow_up, type: f.type, person: f.person, date: f.date }), ctx.lang) + (f.notes ? ` — ${f.notes}` : ''))))
          : note(t(T.noFollowUps, ctx.lang)),
      );
    } catch (e) {
      replace(panel, failure(ctx, e));
    }
  };
  const view = watched(spec, ctx, (v) => void load(v));
  if (ctx.values.customer_id) void load(ctx.values.customer_id);
  return [view, extraRow('_follow_ups', panel)];
}

function objectionSearch(ctx: WidgetCtx): HTMLElement {
  const results = el('div', { class: 'ka-objections', 'aria-live': 'polite' });
  const input = el('input', { type: 'search', class: 'ka-input', 'aria-label': t(T.search, ctx.lang), placeholder: t(T.search, ctx.lang) });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = async () => {
    const query = input.value;
    try {
      const list = (await ctx.host.view('objections', { query })) as { objection: string; answer: string }[];
      if (input.value !== query) return;
      replace(results, list.length ? el('dl', { class: 'ka-playbook' }, ...list.flatMap((o) => [el('dt', {}, o.objection), el('dd', {}, o.answer)])) : note(t(T.noObjection, ctx.lang)));
    } catch (e) {
      replace(results, failure(ctx, e));
    }
  };
  input.addEventListener('input', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  return el('section', { class: 'ka-section ka-objection-search' }, el('h3', {}, t(T.objections, ctx.lang)), input, results);
}

registerWidget({
  field(spec, ctx) {
    const name = ctx.command.name;
    if (name === 'saveContact' && spec.key === 'id') return contactId(spec, ctx);
    if (name === 'advanceProspect' && spec.key === 'customer_id') return prospectCustomer(spec, ctx);
    if (name === 'advanceProspect' && spec.key.startsWith('check_')) return criterion(spec, ctx);
    if (name === 'logActivity' && spec.key === 'customer_id') return activityCustomer(spec, ctx);
    return null;
  },
  extras(spec, ctx) {
    return spec.name === 'logActivity' ? [objectionSearch(ctx)] : [];
  },
});
