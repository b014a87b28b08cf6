/**
 * Keeps the preview's workbook across reloads: every sheet's content as entered (formulas as `=…`,
 * text as typed) in the browser's IndexedDB, saved a moment after each change and when the page is
 * hidden. A saved workbook is used only when it fits this build's schema (same tables and columns)
 * and language; otherwise the demo is generated afresh. "Reset demo" deletes it.
 */
import { t, type Lang } from '../core/i18n';
import { DASHBOARD_SHEET } from '../core/schema/dashboard';
import { TABLES } from '../core/schema/tables';
import type { SavedSheets } from './book';

const DB = 'ka-preview';
const STORE = 'workbook';
const KEY = 'current';
const FORMAT = 1;

export interface SavedWorkbook extends SavedSheets {
  format: number;
  /** The schema the workbook was saved under (tables and column keys). */
  schema: string;
  savedAt: string;
}

/** The tables and columns of this build, as one string: a saved workbook of another schema is not reused. */
export function schemaSignature(): string {
  return TABLES.map((s) => `${s.name}:${s.columns.map((c) => c.key).join(',')}`).join('|');
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function request<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = run(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? req.error);
        };
      }),
  );
}

/** True when `saved` can be rebuilt by this build: its format, schema and every sheet of `lang`. */
export function usable(saved: unknown): saved is SavedWorkbook {
  if (!saved || typeof saved !== 'object') return false;
  const s = saved as Partial<SavedWorkbook>;
  if (s.format !== FORMAT || s.schema !== schemaSignature() || !s.sheets || (s.lang !== 'en' && s.lang !== 'zh' && s.lang !== 'zh-Hant')) return false;
  const lang = s.lang as Lang;
  const titles = [t(DASHBOARD_SHEET, lang), ...TABLES.map((x) => t(x.sheet, lang))];
  return titles.every((title) => Array.isArray(s.sheets![title]));
}

/** The saved workbook, or null (none, unusable, or IndexedDB unavailable). */
export async function loadWorkbook(): Promise<SavedWorkbook | null> {
  try {
    const saved = await request('readonly', (st) => st.get(KEY));
    return usable(saved) ? saved : null;
  } catch {
    return null;
  }
}

export async function saveWorkbook(sheets: SavedSheets): Promise<void> {
  const rec: SavedWorkbook = { ...sheets, format: FORMAT, schema: schemaSignature(), savedAt: new Date().toISOString() };
  await request('readwrite', (st) => st.put(rec, KEY));
}

export async function clearWorkbook(): Promise<void> {
  try {
    await request('readwrite', (st) => st.delete(KEY));
  } catch {
    // nothing kept, nothing to delete
  }
}

/**
 * Saves `snapshot()` `delay` ms after the last change, and at once when the page is hidden. `onSaved`
 * hears each save (or its failure) so the page can say "saved".
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending = false;
  private stopped = false;
  /** Resolves when the last requested save has been written. */
  idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly snapshot: () => SavedSheets,
    private readonly onSaved: (ok: boolean) => void = () => undefined,
    private readonly delay = 400,
  ) {
    const flush = () => {
      if (document.visibilityState === 'hidden') this.flush();
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', () => this.flush());
  }

  /** A change happened: save soon. */
  changed(): void {
    if (this.stopped) return;
    this.pending = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending || this.stopped) return this.idle;
    this.pending = false;
    const snap = this.snapshot();
    this.idle = this.idle.then(() =>
      saveWorkbook(snap).then(
        () => this.onSaved(true),
        () => this.onSaved(false),
      ),
    );
    return this.idle;
  }

  /** No more saves (before the saved workbook is deleted and the page reloaded). */
  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    return this.idle;
  }
}
