// @vitest-environment jsdom
/**
 * Every real command's form through a fake FormHost that does what a host does: FormData and views
 * from core over an in-memory workbook, core's runCommand on submit, and all writes applied.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyWrites, ctxOf, demoRecords, testWorkbook, type Records } from '../core/commands/fixtures';
import { formData } from '../core/commands/form-data';
import { commandsByGroup } from '../core/commands/groups';
import { COMMANDS, runCommand } from '../core/commands/index';
import type { CommandResult, Write } from '../core/commands/types';
import { runView } from '../core/commands/views';
import type { Lang } from '../core/i18n';
import { record } from '../core/schema/read';
import type { Workbook } from '../core/schema/types';
import type { FormHost } from './host';
import { commandList, mountForms } from './index';
import { DEBOUNCE_MS } from './widgets/customer-check';

const HOSTILE = '<img src=x onerror=alert(1)>';

class WorkbookHost implements FormHost {
  wb: Workbook;
  results: CommandResult[] = [];
  constructor(
    public actor: string,
    records: Records = demoRecords(),
    public lang: Lang = 'en',
  ) {
    this.wb = testWorkbook(records);
  }
  async load() {
    return formData(this.wb, this.actor, this.lang);
  }
  async view(name: 'forecast' | 'record', input: Record<string, unknown>) {
    return runView(name, this.wb, this.actor, this.lang, input);
  }
  async submit(command: Parameters<FormHost['submit']>[0], input: Record<string, unknown>) {
    // A host passes the input through a serialising boundary (google.script.run, postMessage).
    const r = runCommand(command, this.wb, JSON.parse(JSON.stringify(input)), ctxOf(this.actor, this.lang));
    if (r.ok) this.wb = applyWrites(this.wb, r.writes);
    this.results.push(r);
    return r;
  }
  rows(table: keyof Workbook) {
    const t = this.wb[table]!;
    return t.rows.map((_, i) => record(t, i));
  }
}

async function mount(host: FormHost, opts: Parameters<typeof mountForms>[2] = {}) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.appendChild(root);
  const m = mountForms(root, host, opts);
  await m.ready;
  await settle();
  return { root, m };
}

/** Lets the host's promises (view, submit, reload) finish. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const q = <T extends Element = HTMLElement>(root: ParentNode, s: string) => {
  const e = root.querySelector<T>(s);
  if (!e) throw new Error(`no ${s}`);
  return e;
};
function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(sel: HTMLSelectElement, value: string) {
  if (![...sel.options].some((o) => o.value === value)) throw new Error(`no option ${value} in ${sel.name}`);
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
}
const field = (root: ParentNode, key: string) => q(root, `form [data-field="${key}"]`);
const input = (root: ParentNode, key: string) => q<HTMLInputElement>(field(root, key), 'input:not(.ka-filter)');
const select = (root: ParentNode, key: string) => q<HTMLSelectElement>(field(root, key), 'select');
const errorOf = (root: ParentNode, key: string) => q(field(root, key), '.ka-error');
async function submit(root: ParentNode) {
  q<HTMLFormElement>(root, 'form').requestSubmit();
  await settle();
}
async function waitDebounce() {
  await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 20));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('every form', () => {
  it('the picker lists every command of core', async () => {
    const { root } = await mount(new WorkbookHost('Chen'));
    const names = [...root.querySelectorAll<HTMLButtonElement>('.ka-menu button')].map((b) => b.dataset.form);
    expect(names).toEqual(commandsByGroup().flatMap((g) => g.commands.map((c) => c.name)));
    expect([...names].sort()).toEqual(Object.keys(COMMANDS).sort());
    expect(commandList().map((c) => c.name)).toEqual(Object.keys(COMMANDS));
  });

  for (const spec of Object.values(COMMANDS)) {
    it(`renders ${spec.name} with a label for every field`, async () => {
      const { root } = await mount(new WorkbookHost('Li'), { form: spec.name });
      expect(q(root, '.ka-form-title').textContent).toBe(spec.title.en);
      for (const f of spec.fields) {
        const row = q(root, `[data-field="${f.key}"]`);
        const controls = [...row.querySelectorAll<HTMLElement>('input:not(.ka-filter),select,textarea')];
        if (f.type === 'opportunities') continue; // a list of boxes, checked below
        if (f.type === 'mapping') continue; // one drop-down per column of the list read (test/browser/import.test.ts)
        expect(controls.length, f.key).toBeGreaterThan(0);
        for (const c of controls) {
          const labelled = root.querySelector(`label[for="${c.id}"]`) ?? c.closest('label');
          expect(labelled, `${spec.name}.${f.key}`).toBeTruthy();
        }
      }
      for (const c of root.querySelectorAll<HTMLElement>('input,select,textarea')) {
        if (c.classList.contains('ka-filter')) expect(c.getAttribute('aria-label')).toBeTruthy();
      }
    });
  }
});

describe('New customer', () => {
  it('saves a new customer and says so', async () => {
    const host = new WorkbookHost('Chen');
    const { root } = await mount(host, { form: 'newCustomer' });
    type(input(root, 'name'), 'Beta Robotics Ltd');
    choose(select(root, 'account_manager'), 'Liu');
    type(input(root, 'value'), '1,200,000');
    await submit(root);
    expect(host.results.at(-1)?.ok).toBe(true);
    const saved = host.rows('customers').at(-1)!;
    expect(saved).toMatchObject({ name: 'Beta Robotics Ltd', account_manager: 'Liu', value: 1200000 });
    expect(q(root, '.ka-status-ok').textContent).toMatch(/^Customer C\d+ Beta Robotics Ltd saved; account manager Liu\.$/);
    expect(input(root, 'name').value).toBe('');
  });

  it('lists likely duplicates as the name is typed and needs the confirmation to save one', async () => {
    const host = new WorkbookHost('Chen');
    const { root } = await mount(host, { form: 'newCustomer' });
    const confirmRow = field(root, 'confirmDifferent');
    expect(confirmRow.hidden).toBe(true);
    type(input(root, 'name'), '中國電信股份有限公司'); // Traditional characters
    expect(q(root, '.ka-dups').textContent).toBe(''); // debounced: nothing yet
    await waitDebounce();
    const rows = [...root.querySelectorAll('.ka-dup-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([['中国电信股份有限公司', 'C00001', 'Chen', '100%']]);
    expect(confirmRow.hidden).toBe(false);

    await submit(root);
    expect(host.results.at(-1)?.ok).toBe(false);
    expect(host.rows('customers')).toHaveLength(2);
    expect(input(root, 'name').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(root, 'name').textContent).toContain('中国电信股份有限公司');
    // the command's list is shown too, and the box is there to tick
    expect(root.querySelectorAll('.ka-dup-table tbody tr')).toHaveLength(1);
    input(root, 'confirmDifferent').click();
    await submit(root);
    expect(host.results.at(-1)?.ok).toBe(true);
    expect(host.rows('customers')).toHaveLength(3);
  });

  it('names the existing record’s ID and account manager and opens it', async () => {
    const host = new WorkbookHost('Chen');
    const revealed: string[] = [];
    (host as FormHost).reveal = (table, id) => void revealed.push(`${table}:${id}`);
    const { root } = await mount(host);
    q<HTMLButtonElement>(root, '[data-form="newCustomer"]').click();
    type(input(root, 'name'), '中国电信股份有限公司北京分公司');
    await waitDebounce();
    expect(q(root, '.ka-dups').textContent).toContain('A branch of a customer in the register (1):');
    const row = q(root, '.ka-dup-table tbody tr[data-kind="branch"]');
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['中国电信股份有限公司', 'C00001', 'Chen', '100%']);
    expect(field(root, 'confirmDifferent').hidden).toBe(false);
    q<HTMLButtonElement>(row, 'button.ka-open').click();
    await settle();
    expect(revealed).toEqual(['customers:C00001']);
    expect(q(root, '.ka-form-title').textContent).toBe('Update customer');
    expect(q<HTMLSelectElement>(field(root, 'id'), 'select').value).toBe('C00001');
  });

  it('opens the record also where the panel was opened on one form (the Sheets menu)', async () => {
    const { root } = await mount(new WorkbookHost('Chen'), { form: 'newCustomer' });
    type(input(root, 'name'), '中国电信股份有限公司');
    await waitDebounce();
    q<HTMLButtonElement>(root, '.ka-dup-table tbody tr[data-id="C00001"] button.ka-open').click();
    await settle();
    expect(q(root, '.ka-form-title').textContent).toBe('Update customer');
    expect(q<HTMLSelectElement>(field(root, 'id'), 'select').value).toBe('C00001');
  });

  it('lists a possible match (a slip in the trade name) without asking for the confirmation', async () => {
    const { root } = await mount(new WorkbookHost('Chen'), { form: 'newCustomer' });
    type(input(root, 'name'), '中国电讯');
    await waitDebounce();
    expect(q(root, '.ka-dups').textContent).toMatch(/^Possible matches \(1\)/);
    expect(q(root, '.ka-dup-table tbody tr').getAttribute('data-kind')).toBe('possible');
    expect(field(root, 'confirmDifferent').hidden).toBe(true);
  });

  it('says when no similar customer exists', async () => {
    const { root } = await mount(new WorkbookHost('Chen'), { form: 'newCustomer' });
    type(input(root, 'name'), 'Zebra Logistics GmbH');
    await waitDebounce();
    expect(q(root, '.ka-dups').textContent).toBe('No similar customer in the register.');
    expect(field(root, 'confirmDifferent').hidden).toBe(true);
  });

  it('shows hostile names as text and stores formula-looking names as text', async () => {
    const alert = vi.fn();
    (window as unknown as { alert: unknown }).alert = alert;
    const records = demoRecords();
    records.customers!.push({ id: 'C00003', name: HOSTILE, account_manager: HOSTILE, tier: '', region: '' });
    records.team!.push({ person: HOSTILE, manager: 'Li', email: 'x@example.com', role: 'Account manager', region: '' });
    const host = new WorkbookHost('Chen', records);
    const { root } = await mount(host, { form: 'newCustomer' });
    type(input(root, 'name'), '<img src=x onerror=alert(1)> Ltd');
    await waitDebounce();
    expect(root.querySelector('img')).toBeNull();
    expect(q(root, '.ka-dup-table tbody td').textContent).toBe(HOSTILE);
    expect([...select(root, 'account_manager').options].map((o) => o.textContent)).toContain(`${HOSTILE} · Account manager`);

    input(root, 'confirmDifferent').click();
    type(input(root, 'name'), '=HYPERLINK("http://example.invalid","x")');
    await submit(root);
    const ok = host.results.at(-1)!;
    expect(ok.ok).toBe(true);
    const write = ok.ok ? ok.writes.find((w) => w.table === 'customers' && w.kind === 'append') : undefined;
    expect(write && write.kind === 'append' ? write.rows[0] : []).toContain('\'=HYPERLINK("http://example.invalid","x")');
    expect(q(root, '.ka-status-ok').textContent).toContain('=HYPERLINK("http://example.invalid","x")');
    await settle();
    expect(root.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('New opportunity', () => {
  it('shows the command’s reasons beside the right fields, then saves', async () => {
    const host = new WorkbookHost('Chen');
    const { root } = await mount(host, { form: 'newOpportunity' });
    expect(select(root, 'owner').value).toBe('Chen'); // the person registering it
    type(q(field(root, 'customer_id'), '.ka-filter'), 'Acme');
    expect(select(root, 'customer_id').value).toBe('C00002');
    type(input(root, 'name'), 'Forklift fleet');
    choose(select(root, 'stage'), '2');
    type(input(root, 'amount'), 'lots');
    type(input(root, 'close'), '2026-06-20');
    await submit(root);
    expect(host.results.at(-1)?.ok).toBe(false);
    expect(input(root, 'amount').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(root, 'amount').textContent).toMatch(/lots/);
    expect(errorOf(root, 'name').hidden).toBe(true);
    expect(q(root, '.ka-status-error').textContent).toMatch(/^Nothing was saved/);
    expect(host.rows('opportunities')).toHaveLength(3);
    expect(document.activeElement).toBe(input(root, 'amount'));

    type(input(root, 'amount'), '80,000');
    await submit(root);
    expect(host.results.at(-1)?.ok).toBe(true);
    expect(host.rows('opportunities').at(-1)).toMatchObject({ name: 'Forklift fleet', owner: 'Chen', customer_id: 'C00002', amount: 80000 });
    expect(q(root, '.ka-status-ok').textContent).not.toBe('');
  });
});

describe('Assess opportunity', () => {
  it('scores the 20 answers live and saves the assessment', async () => {
    const host = new WorkbookHost('Chen');
    const { root } = await mount(host, { form: 'assessOpportunity' });
    expect(root.querySelectorAll('fieldset.ka-dim')).toHaveLength(4);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.ka-answers input[type=checkbox]')];
    expect(boxes).toHaveLength(20);
    expect(q(root, '.ka-score').textContent).toBe('Score: 0 / 20 — Low value (high value above 10)');
    for (let i = 0; i < 10; i++) boxes[i].click();
    expect(q(root, '.ka-score').textContent).toContain('10 / 20 — Low value');
    boxes[15].click();
    expect(q(root, '.ka-score').textContent).toContain('11 / 20 — High value');
    expect([...root.querySelectorAll('.ka-dim-score')].map((e) => e.textContent)).toEqual(['5 / 5', '5 / 5', '0 / 5', '1 / 5']);

    choose(select(root, 'opportunity'), 'O00001');
    await submit(root);
    expect(host.results.at(-1)?.ok).toBe(true);
    const saved = host.rows('assessments').at(-1)!;
    expect(saved.opportunity).toBe('O00001');
    expect(saved.score).toBe(11);
    // a fresh form afterwards
    expect(q(root, '.ka-score').textContent).toContain('0 / 20');
  });

  it('needs the opportunity', async () => {
    const host = new WorkbookHost('Chen');
    const { root } = await mount(host, { form: 'assessOpportunity' });
    await submit(root);
    // asked, so that every reason shows at once; nothing saved
    expect(host.results.map((r) => r.ok)).toEqual([false]);
    expect(errorOf(root, 'opportunity').textContent).toBe('Please fill in “Opportunity”.');
  });
});

describe('Forecast', () => {
  it('lists only the person’s own opportunities of the period, as confirmed in the sheet, and submits', async () => {
    const host = new WorkbookHost('Chen');
    const { root } = await mount(host, { form: 'submitForecast' });
    const items = [...root.querySelectorAll('.ka-opps li')];
    // O00002 closes in September, outside the April–June period; O00003 is Sun's.
    expect(items.map((li) => li.querySelector('.ka-opp-name')?.textContent)).toEqual(['Core network upgrade']);
    const box = q<HTMLInputElement>(items[0], 'input');
    expect(box.checked).toBe(false);
    box.click();
    expect(q(root, '.ka-forecast .ka-score').textContent).toBe('Confirmed: 1 opportunities, weighted forecast 500,000');
    expect(root.querySelector('.ka-rollup table')).toBeNull(); // no reports
    await submit(root);
    expect(host.results.at(-1)?.ok).toBe(true);
    expect(host.rows('forecasts').at(-1)).toMatchObject({ person: 'Chen', to: 'Li', amount: 500000 });
    expect(host.rows('opportunities')[0].confirmed).toBe('Yes');
    // the form reloads with the sheet's state
    expect(q<HTMLInputElement>(root, '.ka-opps input').checked).toBe(true);
  });

  it('shows a superior the roll-up and revises a subordinate with a reason', async () => {
    const host = new WorkbookHost('Li');
    const { root } = await mount(host, { form: 'submitForecast' });
    const rows = [...root.querySelectorAll('.ka-rollup tbody tr')];
    expect(rows.map((r) => r.querySelector('.ka-opp-name')?.textContent)).toEqual(['Chen', 'Liu']);
    q<HTMLButtonElement>(rows[0], 'button').click();
    const sub = q(root, '.ka-rollup form');
    expect(q(sub, '.ka-form-title').textContent).toBe('Revise the forecast of Chen');
    expect(q<HTMLSelectElement>(sub, '[data-field="person"] select').value).toBe('Chen');
    expect(document.activeElement).toBe(q(sub, '[data-field="amount"] input'));
    // the reason is required; what was typed survives a language switch
    type(q(sub, '[data-field="amount"] input'), '420000');
    q<HTMLButtonElement>(root, '[data-lang="zh"]').click();
    await settle();
    expect(q<HTMLInputElement>(root, '.ka-rollup form [data-field="amount"] input').value).toBe('420000');
    q<HTMLButtonElement>(root, '[data-lang="en"]').click();
    await settle();
    q<HTMLFormElement>(root, '.ka-rollup form').requestSubmit();
    await settle();
    expect(host.results.map((r) => r.ok)).toEqual([false]);
    const sub2 = q(root, '.ka-rollup form');
    expect(q(sub2, '[data-field="reason"] .ka-error').textContent).toBe('Please fill in “Reason”.');
    type(q(sub2, '[data-field="reason"] textarea'), 'Customer delayed the budget');
    (sub2 as HTMLFormElement).requestSubmit();
    await settle();
    expect(host.results.at(-1)?.ok).toBe(true);
    expect(host.rows('forecasts').at(-1)).toMatchObject({ person: 'Chen', by: 'Li', amount: 420000, reason: 'Customer delayed the budget' });
    // the roll-up shows the revision
    const chen = q(root, '.ka-rollup tbody tr');
    expect(chen.textContent).toContain('420,000');
    expect(chen.textContent).toContain('revised');
    expect(q(root, 'form .ka-status-ok').textContent).not.toBe('');
  });
});

describe('Forecast without its view', () => {
  it('never submits (unticked would mean un-confirm) when the list could not be read', async () => {
    const host = new WorkbookHost('Chen');
    host.view = vi.fn(async () => {
      throw new Error('Settings: the forecast period is missing');
    });
    const { root } = await mount(host, { form: 'submitForecast' });
    expect(q(root, '.ka-forecast [role=alert]').textContent).toBe('Could not load the forecast: Settings: the forecast period is missing');
    await submit(root);
    expect(host.results).toHaveLength(0);
    expect(q(field(root, 'opportunities'), '.ka-error').textContent).toMatch(/not loaded yet/);
  });

  it('tells someone outside the Team table why there is nothing to confirm', async () => {
    const host = new WorkbookHost('stranger@example.com');
    const { root } = await mount(host, { form: 'submitForecast' });
    expect(q(root, '.ka-forecast .ka-warn').textContent).toBe('You are not in the Team table, so the forecast cannot know your opportunities.');
    await submit(root);
    expect(host.results).toHaveLength(0);
  });
});

describe('Change primary owner', () => {
  it('offers a superior only their team’s opportunities and their team as owners, each with its figure', async () => {
    const host = new WorkbookHost('Li');
    const { root } = await mount(host, { form: 'changeOwner' });
    const opts = (key: string) => [...select(root, key).options].slice(1).map((o) => o.textContent);
    expect(opts('opportunity')).toEqual(['Core network upgrade — 中国电信股份有限公司 · owner Chen (O00001)', 'Branch routers — 中国电信股份有限公司 · owner Chen (O00002)']);
    expect(opts('owner')).toEqual(['Li (you) · 0 open · 0', 'Chen · 2 open · 1,200,000', 'Liu · 0 open · 0']);
  });

  it('tells an account manager why there is nothing to choose', async () => {
    const host = new WorkbookHost('Chen');
    const { root } = await mount(host, { form: 'changeOwner' });
    expect(q(field(root, 'opportunity'), '[data-no-choice]').textContent).toBe(
      'Nothing to choose: no opportunity is owned by someone below you, and only a superior of the primary owner may change it.',
    );
    expect(select(root, 'opportunity').closest('.ka-picker')!.hasAttribute('hidden')).toBe(true);
    // the command refuses an opportunity given another way, with the reason in words (core: change-owner.test.ts)
  });
});

describe('language', () => {
  it('starts in the workbook’s language and switches with 简 / 繁 / EN, keeping the input', async () => {
    const host = new WorkbookHost('Chen', demoRecords(), 'zh');
    const { root } = await mount(host, { form: 'newCustomer' });
    expect(q(field(root, 'name'), 'label').textContent).toContain('客户名称');
    expect(q(root, 'button[type=submit]').textContent).toBe('保存');
    type(input(root, 'name'), '中国电信');
    q<HTMLButtonElement>(root, '[data-lang="zh-Hant"]').click();
    expect(q(field(root, 'name'), 'label').textContent).toContain('客戶名稱');
    expect(input(root, 'name').value).toBe('中国电信');
    expect([...select(root, 'tier').options].map((o) => o.textContent)).toContain('VIP客戶');
    q<HTMLButtonElement>(root, '[data-lang="en"]').click();
    expect(q(field(root, 'name'), 'label').textContent).toContain('Customer name');
    expect([...select(root, 'tier').options].map((o) => o.textContent)).toContain('MGC (growth potential)');
    expect(q(root, '.ka-form-title').textContent).toBe('New customer');
  });
});

describe('forms that know the record', () => {
  it('Update customer starts from the register once the customer is chosen; saving unchanged changes nothing', async () => {
    const host = new WorkbookHost('Chen');
    host.wb = applyWrites(host.wb, (runCommand('updateCustomer', host.wb, { id: 'C00001', value: '3165700', phone: '010-1234' }, ctxOf('Chen')) as { writes: Write[] }).writes);
    const { root } = await mount(host, { form: 'updateCustomer' });
    choose(select(root, 'id'), 'C00001');
    await settle();
    expect(input(root, 'name').value).toBe('中国电信股份有限公司');
    expect(input(root, 'value').value).toBe('3,165,700');
    expect(input(root, 'phone').value).toBe('010-1234');
    expect(select(root, 'account_manager').value).toBe('Chen');
    expect(select(root, 'tier').value).toBe('VIP');
    expect(q(root, '[data-record-loaded]').textContent).toBe('The form shows C00001 as the sheet holds it now.');
    // the name as the register holds it: no uniqueness check of the customer against the register
    expect(q(root, '.ka-dups').textContent).toBe('');
    type(input(root, 'name'), '中国电信股份有限公司 北京');
    await waitDebounce();
    expect(q(root, '.ka-dups').textContent).not.toBe('');
    type(input(root, 'name'), '中国电信股份有限公司');
    await waitDebounce();
    // another customer: its values replace the first one's (its blank phone is blank)
    choose(select(root, 'id'), 'C00002');
    await settle();
    expect(input(root, 'name').value).toBe('Acme Trading (Shanghai) Co., Ltd.');
    expect(input(root, 'phone').value).toBe('');
    type(input(root, 'phone'), '021-5555');
    await submit(root);
    expect(host.results.at(-1)?.ok).toBe(true);
    expect(host.rows('customers')[1]).toMatchObject({ name: 'Acme Trading (Shanghai) Co., Ltd.', phone: '021-5555', account_manager: 'Sun' });
  });

  it('a re-assessment starts from the opportunity’s latest answers', async () => {
    const host = new WorkbookHost('Chen');
    const yes = Array.from({ length: 20 }, (_, i) => i < 7);
    await host.submit('assessOpportunity', { opportunity: 'O00001', answers: yes });
    const { root } = await mount(host, { form: 'assessOpportunity' });
    choose(select(root, 'opportunity'), 'O00001');
    await settle();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.ka-answers input[type=checkbox]')];
    expect(boxes.map((b) => b.checked)).toEqual(yes);
    expect(q(root, '.ka-score').textContent).toMatch(/7/);
  });

  it('a revision offers only the acting person’s reports, each with their submitted forecast', async () => {
    const host = new WorkbookHost('Chen');
    await host.submit('submitForecast', { opportunities: ['O00001'] });
    host.actor = 'Li';
    const { root } = await mount(host, { form: 'reviseForecast' });
    expect([...select(root, 'person').options].slice(1).map((o) => o.textContent)).toEqual(['Chen · submitted 500,000', 'Liu · not submitted yet']);
  });
});
