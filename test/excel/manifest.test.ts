/**
 * manifest.xml: valid against Microsoft's XSDs (../shared/schemas, via xmllint-wasm), plus what the
 * schema cannot check: every resid defined (with the right kind), one shared runtime id everywhere,
 * every URL under the base URL and served by the build, a button per form + set-up wired to the
 * handlers commands.ts registers, Chinese strings, and the production rewrite (KA_BASE_URL).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { COMMAND_NAMES, COMMANDS } from '../../core/commands/index';
import { commandsByGroup } from '../../core/commands/groups';
import { registerRibbon } from '../../excel-addin/commands';

const ROOT = join(__dirname, '..', '..');
const XSD_DIR = join(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const BASE = 'https://localhost:3000';
const BUILT = join(ROOT, 'dist', 'excel-addin', 'manifest.xml');
beforeAll(() => {
  if (!existsSync(BUILT)) execSync('node scripts/build.mjs', { cwd: ROOT, stdio: 'inherit' });
  xml = readFileSync(BUILT, 'utf8');
});
let xml = '';

async function validate(text: string) {
  const xsds = readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd'));
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: text }],
    schema: [{ fileName: MAIN_XSD, contents: readFileSync(join(XSD_DIR, MAIN_XSD), 'utf8') }],
    preload: xsds.filter((f) => f !== MAIN_XSD).map((f) => ({ fileName: f, contents: readFileSync(join(XSD_DIR, f), 'utf8') })),
  });
}

function parse(text: string): Document {
  return new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
}

const all = (doc: Document | Element, local: string) => [...doc.getElementsByTagNameNS('*', local)];
const attr = (e: Element, name: string) => e.getAttribute(name) ?? '';

describe('manifest.xml', () => {
  let doc: Document;
  beforeAll(() => {
    doc = parse(xml);
  });

  it('is valid against the Office add-in manifest schemas', async () => {
    const r = await validate(xml);
    expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('the validator does reject a broken manifest (so the check above means something)', async () => {
    const r = await validate(xml.replace('<Permissions>ReadWriteDocument</Permissions>', ''));
    expect(r.valid).toBe(false);
  });

  it('defines every resid it uses, with the right kind, and uses every resource', () => {
    const kinds: Record<string, string> = {};
    for (const [local, kind] of [['Image', 'image'], ['Url', 'url']] as const) {
      for (const e of all(doc, local)) if (e.hasAttribute('id')) kinds[attr(e, 'id')] = kind;
    }
    for (const e of all(doc, 'ShortStrings').flatMap((s) => all(s, 'String'))) kinds[attr(e, 'id')] = 'short';
    for (const e of all(doc, 'LongStrings').flatMap((s) => all(s, 'String'))) kinds[attr(e, 'id')] = 'long';
    const want = (e: Element): string => {
      const name = e.localName;
      if (name === 'Image') return 'image';
      if (['SourceLocation', 'FunctionFile', 'Runtime'].includes(name)) return 'url';
      if (name === 'Description') return 'long';
      return 'short'; // Label, Title, Namespace
    };
    const used = new Set<string>();
    for (const e of [...doc.getElementsByTagName('*')].filter((x) => x.hasAttribute('resid'))) {
      const id = attr(e, 'resid');
      used.add(id);
      expect(kinds[id], `resid ${id} on <${e.localName}>`).toBe(want(e));
    }
    expect(Object.keys(kinds).filter((id) => !used.has(id))).toEqual([]);
  });

  it('asks for the requirement sets what it uses: CustomFunctionsRuntime 1.2 (CustomFunctions.Error), SharedRuntime 1.1 (setStartupBehavior)', () => {
    // https://learn.microsoft.com/en-us/javascript/api/custom-functions-runtime/customfunctions.error — CustomFunctionsRuntime 1.2;
    // https://learn.microsoft.com/en-us/javascript/api/office/office.addin#office-office-addin-setstartupbehavior-member(1) — SharedRuntime 1.1.
    const sets = Object.fromEntries(all(doc, 'Set').map((e) => [attr(e, 'Name'), attr(e, 'MinVersion')]));
    expect(sets).toEqual({ SharedRuntime: '1.1', CustomFunctionsRuntime: '1.2' });
  });

  it('has one shared runtime (lifetime long) used by the functions page, the function file and the task pane', () => {
    const runtimes = all(doc, 'Runtime');
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0], 'lifetime')).toBe('long');
    const id = attr(runtimes[0], 'resid');
    const page = all(doc, 'Page')[0];
    expect(attr(all(page, 'SourceLocation')[0], 'resid')).toBe(id);
    expect(all(doc, 'FunctionFile').map((e) => attr(e, 'resid'))).toEqual([id]);
    const panes = all(doc, 'Action').filter((a) => attr(a, 'xsi:type') === 'ShowTaskpane');
    expect(panes.length).toBeGreaterThan(0);
    for (const p of panes) expect(attr(all(p, 'SourceLocation')[0], 'resid')).toBe(id);
    // …and DefaultSettings opens the same page.
    const url = all(doc, 'Url').find((u) => attr(u, 'id') === id)!;
    expect(attr(all(all(doc, 'DefaultSettings')[0], 'SourceLocation')[0], 'DefaultValue')).toBe(attr(url, 'DefaultValue'));
  });

  it('declares the KA custom functions (script, metadata with a zh-CN override) and ReadWriteDocument', () => {
    const cf = all(doc, 'ExtensionPoint').find((e) => attr(e, 'xsi:type') === 'CustomFunctions')!;
    const urlOf = (resid: string) => all(doc, 'Url').find((u) => attr(u, 'id') === resid)!;
    expect(attr(urlOf(attr(all(all(cf, 'Script')[0], 'SourceLocation')[0], 'resid')), 'DefaultValue')).toBe(`${BASE}/functions.js`);
    const metaUrl = urlOf(attr(all(all(cf, 'Metadata')[0], 'SourceLocation')[0], 'resid'));
    expect(attr(metaUrl, 'DefaultValue')).toBe(`${BASE}/functions.json`);
    expect(all(metaUrl, 'Override').map((o) => [attr(o, 'Locale'), attr(o, 'Value')])).toEqual([
      ['zh-CN', `${BASE}/functions.zh-CN.json`],
      ['zh-TW', `${BASE}/functions.zh-TW.json`],
    ]);
    const ns = all(doc, 'String').find((s) => attr(s, 'id') === attr(all(cf, 'Namespace')[0], 'resid'))!;
    expect(attr(ns, 'DefaultValue')).toBe('KA');
    expect(all(doc, 'Permissions')[0].textContent).toBe('ReadWriteDocument');
  });

  it('has a ribbon menu per command group with an item per command, and set-up, wired to the handlers the runtime registers', () => {
    const registered = registerRibbon(Object.values(COMMANDS), {
      actions: { associate() {} },
      showPane: async () => {},
      showForm() {},
      run: async () => ({ ok: true, message: { en: '', zh: '' } }),
      setUp: async () => ({ message: { en: '', zh: '' } }),
      notify() {},
    });
    const fns = all(doc, 'FunctionName').map((e) => e.textContent);
    expect(fns.sort()).toEqual([...registered].sort());
    expect(registered).toEqual([...COMMAND_NAMES.map((n) => 'command_' + n), 'setUpWorkbook']);
    const menus = all(doc, 'Control').filter((c) => attr(c, 'xsi:type') === 'Menu');
    expect(menus.map((m) => attr(m, 'id'))).toEqual(commandsByGroup().map((g) => 'KA.menu.' + g.id));
    menus.forEach((m, i) => expect(all(m, 'Item').map((it) => attr(it, 'id'))).toEqual(commandsByGroup()[i].commands.map((c) => 'KA.' + c.name)));
  });

  it('speaks English and Chinese: every display string has zh-CN and zh-TW overrides', () => {
    const strings = all(doc, 'String').filter((s) => attr(s, 'id') !== 'Functions.Namespace');
    for (const s of strings) {
      for (const locale of ['zh-CN', 'zh-TW']) {
        const zh = all(s, 'Override').find((o) => attr(o, 'Locale') === locale);
        expect(zh && /[\u4e00-\u9fff]/.test(attr(zh, 'Value')), `${attr(s, 'id')} ${locale}`).toBe(true);
      }
    }
    for (const local of ['DisplayName', 'Description']) {
      const e = all(doc, local).find((x) => x.namespaceURI?.endsWith('appforoffice/1.1'))!;
      expect(all(e, 'Override').map((o) => attr(o, 'Locale'))).toEqual(['zh-CN', 'zh-TW']);
    }
  });

  it('points every URL under the base URL, at a file the build produces', async () => {
    const urls: string[] = [];
    for (const e of [...doc.getElementsByTagName('*')]) {
      for (const a of ['DefaultValue', 'Value']) {
        const v = e.getAttribute(a);
        if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      }
    }
    expect(urls.length).toBeGreaterThan(10);
    const { icons } = await import('../../scripts/excel-icons.mjs');
    const built = new Set(['taskpane.html', 'help.html', 'functions.js', 'functions.json', 'functions.zh-CN.json', 'functions.zh-TW.json', ...icons().map((i: { file: string }) => 'assets/' + i.file)]);
    for (const u of urls) {
      expect(u.startsWith(BASE + '/'), u).toBe(true);
      expect(built.has(u.slice(BASE.length + 1)), u).toBe(true);
    }
  });

  it('is rewritten for a production base URL and stays valid; bad URLs are refused', async () => {
    const { baseUrl, manifestFor } = await import('../../scripts/build/50-excel-addin.mjs');
    expect(baseUrl({})).toBe(BASE);
    const base = baseUrl({ KA_BASE_URL: 'https://addin.example.com/ka/' });
    expect(base).toBe('https://addin.example.com/ka');
    const prod = manifestFor(xml, base);
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('https://addin.example.com/ka/functions.json');
    expect((await validate(prod)).valid).toBe(true);
    expect(() => baseUrl({ KA_BASE_URL: 'http://addin.example.com' })).toThrow(/https/);
    expect(() => baseUrl({ KA_BASE_URL: 'https://x.example.com/"><a' })).toThrow();
    expect(() => baseUrl({ KA_BASE_URL: 'not a url' })).toThrow(/not a URL/);
  });
});
