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
  Spreadsheet,
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
  /** The authorization mode of the running execution (`NONE` for an add-on's onOpen before it is used). */
  authMode = 'FULL';

  /**
   * Fails as Apps Script does when the manifest does not grant one of `scopes`, or when the
   * execution runs in AuthMode.NONE (simple triggers of an add-on not yet used in the document).
   */
  require(scopes: string[], what: string) {
    if (this.authMode === 'NONE' || (this.scopes && !scopes.some((s) => this.scopes!.includes(s))))
      throw this.realm.error(`Exception: You do not have permission to call ${what}. Required permissions: ${scopes.join(' || ')}`);
  }

  constructor(opts: RuntimeOptions = {}) {
    const dir = opts.dir ?? DIST_APPS_SCRIPT;
    if (!existsSync(join(dir, 'appsscript.json'))) throw new Error(`no built project in ${dir} (run the build)`);
    this.realm = createRealm();
    this.evaluate = opts.evaluate;
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
    g.SpreadsheetApp = {
      getActiveSpreadsheet: () => spreadsheet('getActiveSpreadsheet'),
      getActive: () => spreadsheet('getActive'),
      getActiveSheet: () => spreadsheet('getActiveSheet').getActiveSheet(),
      getUi: () => this.ui,
      flush: () => this.emit('flush'),
      newDataValidation: () => new DataValidationBuilder(),
      newConditionalFormatRule: () => new ConditionalFormatRuleBuilder(),
      DataValidationCriteria,
      BooleanCriteria,
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
      getScriptTimeZone: () => 'Asia/Shanghai',
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
    const fn = this.global(name);
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const id = ++this.execSeq;
    this.stack.push(id);
    const mode = this.authMode;
    const e = args[0] as { authMode?: string } | undefined;
    if (e && typeof e === 'object' && typeof e.authMode === 'string') this.authMode = e.authMode;
    try {
      return fn(...args.map((a) => this.realm.adopt(a)));
    } finally {
      this.authMode = mode;
      this.stack.pop();
      this.documentLock.release(id);
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
