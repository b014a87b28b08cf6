/**
 * The built sidebar page (dist/apps-script/Sidebar.html as the server serves it) in jsdom, with
 * `google.script.run` stubbed onto the fake runtime: it renders the form, submits through the
 * server functions, and shows the server's reasons beside the fields.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromGrid, records } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import { ensureBuilt, runtime } from './helpers';
import type { Runtime } from './fake/runtime';

beforeAll(() => ensureBuilt());

function workbook(): Runtime {
  const rt = runtime({ email: 'zhang.wei@example.com', locale: 'en_US', userLocale: 'en_US' });
  rt.run('kaSetUp');
  rt.ss.getRangeByName('KA_Team')!.getSheet().getRange('A2:C3').setValues([
    ['Zhang Wei', '', 'zhang.wei@example.com'],
    ['Li Na', 'Zhang Wei', 'li.na@example.com'],
  ]);
  return rt;
}

/** google.script.run over the fake runtime: asynchronous, copied arguments and results, handlers per call. */
function scriptRun(rt: Runtime, calls: string[]) {
  const make = (ok?: (v: unknown) => void, fail?: (e: Error) => void): Record<string, unknown> => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (f: (v: unknown) => void) => make(f, fail),
      withFailureHandler: (f: (e: Error) => void) => make(ok, f),
    };
    for (const name of ['kaLoad', 'kaView', 'kaSubmit']) {
      runner[name] = (...args: unknown[]) => {
        calls.push(name);
        setTimeout(() => {
          const r = rt.client(name, ...args);
          if (r.ok) ok?.(r.value);
          else fail?.(new Error(r.error));
        }, 0);
      };
    }
    return runner;
  };
  return make();
}

async function open(rt: Runtime, fn = 'kaForm_newCustomer') {
  rt.run(fn);
  const html = rt.ui.sidebars.at(-1)!.getContent();
  const calls: string[] = [];
  let closed = false;
  const dom = new JSDOM(html, {
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse(window) {
      (window as unknown as { google: unknown }).google = {
        script: { run: scriptRun(rt, calls), host: { close: () => (closed = true) } },
      };
    },
  });
  const doc = dom.window.document;
  await waitFor(() => doc.querySelector('form.ka-form'));
  return { dom, doc, calls, closed: () => closed };
}

async function waitFor<T>(probe: () => T | null | undefined | false, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function setField(doc: Document, key: string, value: string) {
  const el = doc.querySelector(`[data-field="${key}"] input, [data-field="${key}"] select, [data-field="${key}"] textarea`) as HTMLInputElement;
  if (!el) throw new Error(`no control for ${key}`);
  el.value = value;
  el.dispatchEvent(new doc.defaultView!.Event('input', { bubbles: true }));
  el.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
}

function submit(doc: Document) {
  (doc.querySelector('form.ka-form button[type="submit"]') as HTMLButtonElement).click();
}

function customers(rt: Runtime) {
  return records(tableFromGrid(tableSpec('customers'), rt.ss.getRangeByName('KA_Customers')!.getValues()));
}

describe('the sidebar page', () => {
  it('is one self-contained page: inline script and styles, nothing fetched', () => {
    const rt = workbook();
    rt.run('kaForm_newCustomer');
    const html = rt.ui.sidebars[0].getContent();
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*\shref=|@import/i);
  });

  it('renders the form the menu asked for, with the people of the Team sheet', async () => {
    const rt = workbook();
    const { doc, calls } = await open(rt);
    expect(doc.querySelector('form.ka-form-newCustomer')).not.toBeNull();
    expect(doc.querySelector('[data-field="name"] input')).not.toBeNull();
    expect(calls).toContain('kaLoad');
    const options = [...doc.querySelectorAll('[data-field="account_manager"] option')].map((o) => o.textContent);
    expect(options.join('|')).toMatch(/Zhang Wei/);
  });

  it('submits through kaSubmit and shows the saved message; the row is in the sheet', async () => {
    const rt = workbook();
    const { doc, calls } = await open(rt);
    setField(doc, 'name', 'Tencent Holdings');
    setField(doc, 'account_manager', 'Li Na');
    submit(doc);
    const status = await waitFor(() => doc.querySelector('.ka-status-ok'));
    expect(status.textContent).toMatch(/C00001/);
    expect(calls).toContain('kaSubmit');
    expect(customers(rt)).toMatchObject([{ id: 'C00001', name: 'Tencent Holdings', account_manager: 'Li Na' }]);
  });

  it('shows the server’s reasons beside the fields, and writes nothing', async () => {
    const rt = workbook();
    rt.client('kaSubmit', 'newCustomer', { name: 'Tencent Holdings', account_manager: 'Li Na' });
    const { doc } = await open(rt);
    setField(doc, 'name', 'Tencent Holdings Ltd');
    setField(doc, 'account_manager', 'Li Na');
    submit(doc);
    const err = await waitFor(() => {
      const e = doc.querySelector('[data-field="name"] .ka-error') as HTMLElement | null;
      return e && !e.hidden && e.textContent ? e : null;
    });
    expect(err.textContent).toMatch(/Tencent Holdings/);
    expect(doc.querySelector('.ka-status-error')).not.toBeNull();
    expect(customers(rt)).toHaveLength(1);
  });

  it('shows a refused save (someone else holds the lock) and saves nothing', async () => {
    const rt = workbook();
    const { doc } = await open(rt);
    rt.holdDocumentLockExternally(120000);
    setField(doc, 'name', 'Baidu');
    setField(doc, 'account_manager', 'Li Na');
    submit(doc);
    const status = await waitFor(() => doc.querySelector('.ka-status-error'));
    expect(status.textContent).toMatch(/try again/);
    expect(customers(rt)).toHaveLength(0);
  });

  it('sheet text reaches the page as text, never as markup', async () => {
    const rt = workbook();
    rt.client('kaSubmit', 'newCustomer', { name: '<img src=x onerror="window.__pwned=1">', account_manager: 'Li Na' });
    const { dom, doc } = await open(rt, 'kaForm_updateCustomer');
    await new Promise((r) => setTimeout(r, 50));
    expect(doc.querySelector('img')).toBeNull();
    expect((dom.window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(doc.body.textContent).toContain('<img src=x');
  });
});
