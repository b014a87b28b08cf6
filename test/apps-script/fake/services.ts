/**
 * The Apps Script services other than the spreadsheet: Ui (menus, alerts, sidebars), HtmlService,
 * LockService, PropertiesService, Session, Utilities, ScriptApp. Modelled on Google's reference:
 * - Locks: one document lock per document, held by one execution at a time; `tryLock(ms)` returns
 *   false and `waitLock(ms)` throws `Lock timeout: another process was holding the lock for too
 *   long.` when the holder does not let go in time; an execution's locks are released when it ends.
 *   Waiting advances a virtual clock, so tests never sleep.
 * - Properties hold strings only (values are converted with String()).
 * - HtmlService reads the pushed `.html` files; templates evaluate `<?= ?>` (escaped), `<?!= ?>`
 *   (raw) and `<? ?>` scriptlets in the script's global scope.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Realm } from './realm';
import { wallClock, zoneOffset } from './zone';

// ---------------------------------------------------------------------------------------------
// Ui

export class Menu {
  items: ({ caption: string; fn: string } | { separator: true } | { submenu: Menu })[] = [];
  constructor(
    private ui: Ui,
    readonly caption: string,
    readonly addon: boolean,
  ) {}
  addItem(caption: string, fn: string) {
    if (typeof caption !== 'string' || typeof fn !== 'string') throw new Error('Exception: addItem takes (caption, functionName).');
    this.items.push({ caption, fn });
    return this;
  }
  addSeparator() {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(m: Menu) {
    this.items.push({ submenu: m });
    return this;
  }
  addToUi() {
    this.ui.menus.push(this);
  }
}

const CONTAINER_UI = 'https://www.googleapis.com/auth/script.container.ui';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class Ui {
  menus: Menu[] = [];
  alerts: { title: string; prompt: string; buttons: string }[] = [];
  sidebars: HtmlOutput[] = [];
  dialogs: { html: HtmlOutput; title: string; modal: boolean }[] = [];
  /** What the next alert answers (tests set it). */
  answer: string = Button.OK;
  /** Checks the script's scopes (set by the runtime). */
  require: (scopes: string[], what: string) => void = () => {};
  Button = Button;
  ButtonSet = ButtonSet;
  createMenu(caption: string) {
    return new Menu(this, caption, false);
  }
  /** The Extensions ▸ <add-on name> submenu; the fake names it as the project. */
  createAddonMenu() {
    return new Menu(this, '(add-on name)', true);
  }
  alert(a: string, b?: string, c?: string) {
    if (b === undefined) this.alerts.push({ title: '', prompt: a, buttons: ButtonSet.OK });
    else if (c === undefined) this.alerts.push({ title: '', prompt: a, buttons: b });
    else this.alerts.push({ title: a, prompt: b, buttons: c });
    return this.answer;
  }
  showSidebar(html: HtmlOutput) {
    this.require([CONTAINER_UI], 'Ui.showSidebar');
    if (!(html instanceof HtmlOutput)) throw new Error('Exception: showSidebar takes an HtmlOutput.');
    this.sidebars.push(html);
  }
  showModalDialog(html: HtmlOutput, title: string) {
    this.require([CONTAINER_UI], 'Ui.showModalDialog');
    this.dialogs.push({ html, title, modal: true });
  }
  showModelessDialog(html: HtmlOutput, title: string) {
    this.require([CONTAINER_UI], 'Ui.showModelessDialog');
    this.dialogs.push({ html, title, modal: false });
  }
}

// ---------------------------------------------------------------------------------------------
// HtmlService

export class HtmlOutput {
  title = '';
  width: number | null = null;
  height: number | null = null;
  sandbox = 'IFRAME';
  xframe = 'DEFAULT';
  meta: { name: string; content: string }[] = [];
  constructor(public content: string) {}
  getContent() {
    return this.content;
  }
  setContent(s: string) {
    this.content = s;
    return this;
  }
  append(s: string) {
    this.content += s;
    return this;
  }
  appendUntrusted(s: string) {
    this.content += escapeHtml(s);
    return this;
  }
  setTitle(t: string) {
    this.title = t;
    return this;
  }
  getTitle() {
    return this.title;
  }
  setWidth(w: number) {
    this.width = w;
    return this;
  }
  setHeight(h: number) {
    this.height = h;
    return this;
  }
  setSandboxMode(m: string) {
    this.sandbox = m;
    return this;
  }
  setXFrameOptionsMode(m: string) {
    this.xframe = m;
    return this;
  }
  addMetaTag(name: string, content: string) {
    this.meta.push({ name, content });
    return this;
  }
  setFaviconUrl() {
    return this;
  }
}

export function escapeHtml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class HtmlTemplate {
  [k: string]: unknown;
  constructor(
    private readonly source: string,
    private readonly context: vm.Context,
  ) {}
  getRawContent() {
    return this.source;
  }
  evaluate() {
    const parts: string[] = [];
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.source))) {
      parts.push(`__out.push(${JSON.stringify(this.source.slice(last, m.index))});`);
      if (m[1] === '=') parts.push(`__out.push(__esc(String(${m[2]})));`);
      else if (m[1] === '!=') parts.push(`__out.push(String(${m[2]}));`);
      else parts.push(m[2]);
      last = m.index + m[0].length;
    }
    parts.push(`__out.push(${JSON.stringify(this.source.slice(last))});`);
    const fn = vm.runInContext(`(function(__vars, __esc){ var __out = []; with (__vars) { ${parts.join('\n')} } return __out.join(''); })`, this.context);
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (k !== 'source' && k !== 'context') vars[k] = this[k];
    return new HtmlOutput(fn(vars, escapeHtml));
  }
}

export function htmlService(dir: string, context: () => vm.Context) {
  const read = (name: string) => {
    const file = name.endsWith('.html') ? name : `${name}.html`;
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch {
      throw new Error(`Exception: No HTML file named ${name} was found.`);
    }
  };
  return {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput: (html = '') => new HtmlOutput(String(html)),
    createHtmlOutputFromFile: (name: string) => new HtmlOutput(read(name)),
    createTemplate: (html: string) => new HtmlTemplate(String(html), context()),
    createTemplateFromFile: (name: string) => new HtmlTemplate(read(name), context()),
  };
}

// ---------------------------------------------------------------------------------------------
// LockService

export class Clock {
  now = 0;
  advance(ms: number) {
    this.now += ms;
  }
}

export class LockTable {
  holder: number | null = null;
  /** A holder outside the scripts under test (another user's save), until this virtual time. */
  externalUntil: number | null = null;
  constructor(
    readonly scope: string,
    private clock: Clock,
    private current: () => number,
    private emit: (e: string, d?: unknown) => void,
  ) {}
  private free() {
    if (this.externalUntil !== null && this.clock.now >= this.externalUntil) this.externalUntil = null;
    return this.holder === null && this.externalUntil === null;
  }
  acquire(timeout: number): boolean {
    const me = this.current();
    if (this.holder === me) return true;
    if (!this.free()) {
      // Wait (virtually) up to `timeout`; only an external holder can let go meanwhile.
      if (this.holder === null && this.externalUntil !== null && this.externalUntil <= this.clock.now + timeout) {
        this.clock.advance(this.externalUntil - this.clock.now);
        this.externalUntil = null;
      } else {
        this.clock.advance(timeout);
        this.emit('lock.timeout', this.scope);
        return false;
      }
    }
    this.holder = me;
    this.emit('lock.acquired', this.scope);
    return true;
  }
  release(exec: number) {
    if (this.holder === exec) {
      this.holder = null;
      this.emit('lock.released', this.scope);
    }
  }
}

export class Lock {
  constructor(
    private table: LockTable,
    private exec: number,
  ) {}
  tryLock(timeoutMs: number) {
    if (typeof timeoutMs !== 'number' || timeoutMs < 0 || timeoutMs > 300000) throw new Error('Exception: Invalid argument: timeoutInMillis');
    return this.table.acquire(timeoutMs);
  }
  waitLock(timeoutMs: number) {
    if (!this.tryLock(timeoutMs)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock() {
    return this.table.holder === this.exec;
  }
  releaseLock() {
    this.table.release(this.exec);
  }
}

// ---------------------------------------------------------------------------------------------
// PropertiesService

export class Properties {
  data = new Map<string, string>();
  getProperty(k: string) {
    return this.data.has(k) ? this.data.get(k)! : null;
  }
  setProperty(k: string, v: unknown) {
    this.data.set(String(k), String(v));
    return this;
  }
  setProperties(o: Record<string, unknown>, deleteAllOthers = false) {
    if (deleteAllOthers) this.data.clear();
    for (const k of Object.keys(o)) this.data.set(k, String(o[k]));
    return this;
  }
  getProperties() {
    return Object.fromEntries(this.data);
  }
  getKeys() {
    return [...this.data.keys()];
  }
  deleteProperty(k: string) {
    this.data.delete(k);
    return this;
  }
  deleteAllProperties() {
    this.data.clear();
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Utilities

/** `Utilities.formatDate` for the patterns of SimpleDateFormat the add-on uses, in a fixed-offset or IANA zone. */
export function formatDate(date: Date, tz: string, pattern: string): string {
  const w = wallClock(date.getTime(), tz);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const map: Record<string, string> = {
    yyyy: String(w.year),
    MM: p2(w.month),
    dd: p2(w.day),
    HH: p2(w.hour),
    mm: p2(w.minute),
    ss: p2(w.second),
    SSS: String(((date.getTime() % 1000) + 1000) % 1000).padStart(3, '0'),
  };
  let out = '';
  const re = /'([^']*)'|yyyy|MM|dd|HH|mm|ss|SSS|XXX|Z/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(pattern))) {
    out += pattern.slice(last, m.index);
    if (m[1] !== undefined) out += m[1];
    else if (m[0] === 'XXX' || m[0] === 'Z') {
      const off = Math.round(zoneOffset(date.getTime(), tz) / 60000);
      const sign = off >= 0 ? '+' : '-';
      const h = String(Math.floor(Math.abs(off) / 60)).padStart(2, '0');
      const mi = String(Math.abs(off) % 60).padStart(2, '0');
      out += m[0] === 'XXX' ? (off === 0 ? 'Z' : `${sign}${h}:${mi}`) : `${sign}${h}${mi}`;
    } else out += map[m[0]];
    last = m.index + m[0].length;
  }
  return out + pattern.slice(last);
}

export function utilities(clock: Clock, realm: Realm) {
  let uuid = 0;
  return {
    formatDate: (d: Date, tz: string, pattern: string) => formatDate(d, tz, pattern),
    getUuid: () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`,
    sleep: (ms: number) => clock.advance(ms),
    base64Encode: (s: string) => Buffer.from(String(s), 'utf8').toString('base64'),
    newDate: () => new realm.Date(),
  };
}
