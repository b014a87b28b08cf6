/**
 * The fake Apps Script runtime: loads the BUILT project (dist/apps-script) into a node:vm context
 * the way Apps Script does — every `.js`/`.gs` file of the push in clasp's order (appsscript.json's
 * `filePushOrder` first, then the rest alphabetically), all in one global scope — with in-memory
 * services as globals, and runs its top-level functions as executions.
 *
 * `run(name, …args)` is one execution (a menu click, a trigger): its locks are released when it
 * ends. `client(name, …args)` is a call through `google.script.run`: arguments and the result are
 * copied as Apps Script does (a `Date` anywhere in the result makes the whole result `null`,
 * functions and DOM nodes are refused), and a thrown error reaches the failure handler as an Error
 * with the message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createRealm, isDate, type Realm } from './realm';
import {
  BooleanCriteria,
  ChartType,
  ConditionalFormatRuleBuilder,
  DataValidationBuilder,
  DataValidationCriteria,
  counted,
  counting,
  newCallCounts,
  ProtectionType,
  Spreadsheet,
  type CallCounts,
  type Sheet,
} from './spreadsheet';
import { Clock, htmlService, Lock, LockTable, Properties, Ui, utilities } from './services';

export interface RuntimeOptions {
  /** The pushed folder (default dist/apps-script). */
  dir?: string;
  email?: string;
  /** The user's locale (Session.getActiveUserLocale), e.g. `zh_CN`. */
  userLocale?: string;
  /** The spreadsheet's locale, e.g. `zh_CN`. */
  locale?: string;
  /** Computes a formula's value (default: formulas read as ''). */
  evaluate?: (formula: string, sheet: Sheet, row: number, col: number) => unknown;
  /** An existing spreadsheet to open (e.g. after a previous runtime filled it). */
  spreadsheet?: Spreadsheet;
  /**
   * The add-on's state for this user and document, as a test deployment's Config sets it
   * (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons): `installed`
   * (installed for the user, not yet used in this document), `enabled` (used in this document by
   * someone else), `installed-and-enabled` (the default). Custom functions of an add-on resolve only in
   * a document where it is enabled; using its menu there enables it
   * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#installed_versus_enabled).
   */
  addon?: 'installed' | 'enabled' | 'installed-and-enabled';
}

export const DIST_APPS_SCRIPT = fileURLToPath(new URL('../../../dist/apps-script', import.meta.url));

/** The files clasp pushes from `dir`, in push order. */
export function pushOrder(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as { filePushOrder?: string[] };
  const all = readdirSync(dir)
    .filter((f) => /\.(js|gs)$/.test(f))
    .sort();
  const first = (manifest.filePushOrder ?? []).map((f) => f.replace(/^.*[\\/]/, '')).filter((f) => all.includes(f));
  return [...first, ...all.filter((f) => !first.includes(f))];
}

type Handler = (detail: unknown) => void;

export class Runtime {
  readonly realm: Realm;
  readonly ss: Spreadsheet;
  readonly ui = new Ui();
  readonly clock = new Clock();
  readonly properties = { script: new Properties(), user: new Properties(), document: new Properties() };
  readonly session: { email: string; userLocale: string };
  readonly documentLock: LockTable;
  readonly files: string[];
  readonly logs: string[] = [];
  private stack: number[] = [];
  private execSeq = 0;
  private handlers = new Map<string, Handler[]>();
  private evaluate?: RuntimeOptions['evaluate'];
  /** The manifest's oauthScopes (null: none declared, Apps Script would infer them). */
  readonly scopes: string[] | null;
  /** The Spreadsheet-service calls the executions made (see `CallCounts`); tests may reset it. */
  calls: CallCounts = newCallCounts();
  /** The authorization mode of the running execution (`NONE` for an add-on's onOpen before it is used). */
  authMode = 'FULL';
  /** Whether the add-on is installed for this user / enabled in this document (see `RuntimeOptions.addon`). */
  installed: boolean;
  enabled: boolean;

  /**
   * Fails as Apps Script does when the manifest does not grant one of `scopes`, or when the
   * execution runs in AuthMode.NONE (simple triggers of an add-on not yet used in the document).
   */
  require(scopes: string[], what: string) {
    const customFunctionMay = ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/spreadsheets.currentonly'];
    if (this.authMode === 'CUSTOM_FUNCTION' && !scopes.some((s) => customFunctionMay.includes(s)))
      throw this.realm.error(`Exception: You do not have permission to call ${what}. Custom functions may not use services that need authorization.`);
    if (this.authMode === 'NONE' || (this.scopes && !scopes.some((s) => this.scopes!.includes(s))))
      throw this.realm.error(`Exception: You do not have permission to call ${what}. Required permissions: ${scopes.join(' || ')}`);
  }

  constructor(opts: RuntimeOptions = {}) {
    const dir = opts.dir ?? DIST_APPS_SCRIPT;
    if (!existsSync(join(dir, 'appsscript.json'))) throw new Error(`no built project in ${dir} (run the build)`);
    this.realm = createRealm();
    this.evaluate = opts.evaluate;
    const addon = opts.addon ?? 'installed-and-enabled';
    this.installed = addon !== 'enabled';
    this.enabled = addon !== 'installed';
    const hooks = { emit: (e: string, d?: unknown) => this.emit(e, d), evaluate: opts.evaluate };
    this.ss = opts.spreadsheet ?? new Spreadsheet(this.realm, hooks);
    if (opts.spreadsheet) Object.assign(opts.spreadsheet, { hooks });
    if (opts.locale) this.ss.locale = opts.locale;
    this.session = { email: opts.email ?? 'manager@example.com', userLocale: opts.userLocale ?? 'en' };
    const current = () => this.stack[this.stack.length - 1] ?? 0;
    this.documentLock = new LockTable('document', this.clock, current, (e, d) => this.emit(e, d));
    const scriptLock = new LockTable('script', this.clock, current, (e, d) => this.emit(e, d));
    const userLock = new LockTable('user', this.clock, current, (e, d) => this.emit(e, d));

    const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as { oauthScopes?: string[] };
    this.scopes = manifest.oauthScopes ?? null;
    const ss = this.ss;
    const g = this.realm.context as Record<string, unknown>;
    const spreadsheet = (what: string) => {
      this.require(['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/spreadsheets.currentonly'], `SpreadsheetApp.${what}`);
      return ss;
    };
    const app = (name: string, fn: (...a: any[]) => unknown) => counted('SpreadsheetApp', name, fn);
    g.SpreadsheetApp = {
      getActiveSpreadsheet: app('getActiveSpreadsheet', () => spreadsheet('getActiveSpreadsheet')),
      getActive: app('getActive', () => spreadsheet('getActive')),
      getActiveSheet: app('getActiveSheet', () => spreadsheet('getActiveSheet').getActiveSheet()),
      getUi: app('getUi', () => {
        if (this.authMode === 'CUSTOM_FUNCTION') throw this.realm.error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
        return this.ui;
      }),
      flush: app('flush', () => this.emit('flush')),
      newDataValidation: app('newDataValidation', () => new DataValidationBuilder()),
      newConditionalFormatRule: app('newConditionalFormatRule', () => new ConditionalFormatRuleBuilder()),
      DataValidationCriteria,
      BooleanCriteria,
      ProtectionType,
    };
    g.Charts = { ChartType };
    g.HtmlService = htmlService(dir, () => this.realm.context);
    g.LockService = {
      getDocumentLock: () => new Lock(this.documentLock, current()),
      getScriptLock: () => new Lock(scriptLock, current()),
      getUserLock: () => new Lock(userLock, current()),
    };
    g.PropertiesService = {
      getScriptProperties: () => this.properties.script,
      getUserProperties: () => this.properties.user,
      getDocumentProperties: () => this.properties.document,
    };
    g.Session = {
      getActiveUser: () => {
        this.emit('session.user');
        this.require(['https://www.googleapis.com/auth/userinfo.email'], 'Session.getActiveUser');
        return { getEmail: () => this.session.email };
      },
      getEffectiveUser: () => ({ getEmail: () => this.session.email }),
      getActiveUserLocale: () => this.session.userLocale,
      // The script's Dates are the realm's: their time zone is this process's (TZ), whatever
      // appsscript.json says (tests that need the manifest's zone run with TZ set to it).
      getScriptTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      getTemporaryActiveUserKey: () => 'temp-key-' + this.session.email.length,
    };
    g.Utilities = utilities(this.clock, this.realm);
    g.ScriptApp = { AuthMode: { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } };
    const log = (...a: unknown[]) => {
      this.logs.push(a.map(String).join(' '));
    };
    g.Logger = { log };
    g.console = { log, info: log, warn: log, error: log };

    this.ui.require = (scopes, what) => this.require(scopes, what);
    this.files = pushOrder(dir);
    for (const f of this.files) vm.runInContext(readFileSync(join(dir, f), 'utf8'), this.realm.context, { filename: f });
  }

  /** One-shot: `fn` runs (inside the execution) the next time `event` happens. */
  once(event: string, fn: Handler) {
    const list = this.handlers.get(event) ?? [];
    let done = false;
    list.push((d) => {
      if (done) return;
      done = true;
      fn(d);
    });
    this.handlers.set(event, list);
  }

  private emit(event: string, detail?: unknown) {
    const list = this.handlers.get(event);
    if (!list) return;
    this.handlers.set(
      event,
      list.filter((h) => {
        h(detail);
        return false;
      }),
    );
  }

  /** The global `name` of the script (a function Apps Script can call). */
  global(name: string): unknown {
    return (this.realm.context as Record<string, unknown>)[name];
  }

  /** Runs the global function `name` as one execution; its locks are released at the end. */
  run(name: string, ...args: unknown[]): unknown {
    const e = args[0] as { authMode?: string } | undefined;
    return this.execute(name, args, e && typeof e === 'object' && typeof e.authMode === 'string' ? e.authMode : undefined);
  }

  private execute(name: string, args: unknown[], authMode?: string): unknown {
    const fn = this.global(name);
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const id = ++this.execSeq;
    this.stack.push(id);
    const mode = this.authMode;
    if (authMode) this.authMode = authMode;
    const into = counting.into;
    counting.into = this.calls;
    try {
      return fn(...args.map((a) => this.realm.adopt(a)));
    } finally {
      counting.into = into;
      this.authMode = mode;
      this.stack.pop();
      this.documentLock.release(id);
    }
  }

  /**
   * A click on an item of the add-on's menu (Extensions › the add-on): one execution in AuthMode.FULL;
   * using the add-on in a document enables it there
   * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#installed_versus_enabled).
   */
  menu(name: string, ...args: unknown[]): unknown {
    if (!this.installed && !this.enabled) throw new Error('the add-on is neither installed nor enabled: its menu is not there');
    this.enabled = true;
    return this.run(name, ...args);
  }

  /** Opening the document: the add-on's onOpen simple trigger, in the mode its state gives it. */
  openDocument(): void {
    if (!this.installed && !this.enabled) return;
    this.run('onOpen', { authMode: this.enabled ? 'LIMITED' : 'NONE' });
  }

  /**
   * A user's edit in the grid: `values` typed (or pasted) into the block at `a1` of sheet `sheet`, read
   * as typed input, then the add-on's `onEdit(e)` simple trigger — only where the add-on is enabled in
   * the document, in AuthMode.LIMITED, with the event object Sheets hands it
   * (https://developers.google.com/apps-script/guides/triggers/events#edit): `range`, `source`, `value`
   * and `oldValue` for a single cell only, and `user` — whose e-mail may be blank when Sheets does not
   * disclose who is editing (`user: null` here). A script's own writes never fire onEdit
   * (https://developers.google.com/apps-script/guides/triggers#restrictions).
   */
  userEdit(sheet: string, a1: string, values: unknown[][], opts: { user?: string | null } = {}): void {
    const sh = this.ss.getSheetByName(sheet);
    if (!sh) throw new Error(`no sheet ${sheet}`);
    const range = sh.getRange(a1);
    const single = values.length === 1 && values[0].length === 1;
    const oldValue = single ? range.getValue() : undefined;
    const into = counting.into;
    counting.into = newCallCounts(); // the user's typing is not the script's calls
    try {
      range.setValues(values.map((r) => r.map((v) => this.realm.adopt(v))));
    } finally {
      counting.into = into;
    }
    if (!this.enabled || typeof this.global('onEdit') !== 'function') return;
    const email = opts.user === undefined ? this.session.email : opts.user ?? '';
    const e: Record<string, unknown> = { authMode: 'LIMITED', range, source: this.ss, user: { getEmail: () => email } };
    if (single) {
      e.value = values[0][0];
      if (oldValue !== '' && oldValue !== undefined) e.oldValue = oldValue;
    }
    this.execute('onEdit', [e], 'LIMITED');
  }

  /**
   * What a cell `=NAME(args…)` shows, as Sheets evaluates a custom function
   * (https://developers.google.com/apps-script/guides/sheets/functions): the add-on's functions are
   * unknown (`#NAME?`) in a document where the add-on is not enabled; otherwise one execution in
   * AuthMode.CUSTOM_FUNCTION — read-only access to the spreadsheet, no service that needs authorization,
   * no Ui — whose thrown error shows as `#ERROR!` with its message.
   */
  cell(name: string, ...args: unknown[]): { value: unknown } | { error: '#NAME?' | '#ERROR!'; message: string } {
    if (!this.enabled || typeof this.global(name) !== 'function') return { error: '#NAME?', message: `Unknown function: '${name}'.` };
    const guard = counting.guard;
    counting.guard = (cls, method, kind) => {
      if (kind === 'write') throw this.realm.error(`Exception: You do not have permission to call ${cls}.${method}. Custom functions are read only.`);
    };
    try {
      return { value: this.execute(name, args, 'CUSTOM_FUNCTION') };
    } catch (e) {
      return { error: '#ERROR!', message: String((e as Error).message ?? e) };
    } finally {
      counting.guard = guard;
    }
  }

  /** A call through google.script.run: copied arguments and result as Apps Script copies them. */
  client(name: string, ...args: unknown[]): { ok: true; value: unknown } | { ok: false; error: string } {
    for (const a of args) checkTransferable(a, 'parameter');
    try {
      const value = this.run(name, ...args.map((a) => JSON.parse(JSON.stringify(a ?? null))));
      return { ok: true, value: transferResult(value) };
    } catch (e) {
      return { ok: false, error: e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e) };
    }
  }

  /** A simulated save by someone else holding the document lock for `ms` (virtual time). */
  holdDocumentLockExternally(ms: number) {
    this.documentLock.externalUntil = this.clock.now + ms;
  }
}

function checkTransferable(v: unknown, what: string) {
  if (typeof v === 'function') throw new Error(`Invalid ${what}: functions cannot be passed to the server.`);
  if (isDate(v)) throw new Error(`Invalid ${what}: Date objects cannot be passed to the server.`);
  if (Array.isArray(v)) v.forEach((x) => checkTransferable(x, what));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => checkTransferable(x, what));
}

function hasDate(v: unknown): boolean {
  if (isDate(v)) return true;
  if (Array.isArray(v)) return v.some(hasDate);
  if (v && typeof v === 'object') return Object.values(v).some(hasDate);
  return false;
}

/** A server function's result as the client gets it: `null` if it holds a Date, functions dropped. */
function transferResult(v: unknown): unknown {
  if (v === undefined) return undefined;
  if (hasDate(v)) return null;
  return JSON.parse(JSON.stringify(v));
}
