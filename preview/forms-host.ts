/**
 * The preview's FormHost: the shared forms in the sidebar, running core's commands against the
 * tables in the engine. A save reads the tables the command declares (and the audit log), calls
 * core's `runCommand`, and applies every write in one engine batch — or none when rejected.
 */
import { COMMANDS, runCommand } from '../core/commands/index';
import { formData } from '../core/commands/form-data';
import type { CommandName, CommandResult, FormData, ViewName, Write } from '../core/commands/types';
import { runView, VIEW_READS } from '../core/commands/views';
import type { Lang } from '../core/i18n';
import { TABLES } from '../core/schema/tables';
import type { TableId, Workbook } from '../core/schema/types';
import type { FormHost } from '../ui/host';
import { mountForms, type Mounted } from '../ui/index';
import type { PreviewBook } from './book';
import { localIso } from '../ui/local-time';
import { readImportFile } from './import-file';

export interface Sidebar {
  /** The workbook or the acting person changed outside the forms: reload their data. */
  changed(): void;
  setLang(lang: Lang): void;
  readonly mounted: Mounted;
}

export interface SidebarOptions {
  actor(): string;
  lang(): Lang;
  /** Called after an accepted command was written, with its writes (the page re-renders its grid). */
  onSaved(writes: readonly Write[]): void;
  /** Now as an ISO timestamp (defaults to the clock; the shell is where the clock is read). */
  now?(): string;
  /** Shows a record in the grid (its sheet, its row), for the forms' "open" links. */
  reveal?(table: TableId, id: string): void;
  /** Applies an accepted command's writes (default: straight into the engine; the page records them for undo). */
  apply?(writes: readonly Write[]): void;
}

function readTables(book: PreviewBook, ids: readonly TableId[]): Workbook {
  const wb: Workbook = {};
  for (const id of ids) if (book.wb.entry(id)) wb[id] = book.wb.read(id);
  return wb;
}

const SAVE_FAILED = {
  en: 'The workbook could not take the rows: {reason}',
  zh: '工作簿无法写入这些行:{reason}',
  zhHant: '活頁簿無法寫入這些列:{reason}',
};

/** The FormHost of the preview (exported for tests). */
export function previewHost(book: PreviewBook, options: SidebarOptions): FormHost {
  const now = options.now ?? (() => localIso(new Date()));
  const apply = options.apply ?? ((writes: readonly Write[]) => book.wb.apply(writes));
  return {
    reveal: options.reveal ? (table, id) => options.reveal!(table, id) : undefined,
    readFile: (file: File) => readImportFile(file, options.lang()),
    async load(): Promise<FormData> {
      return formData(readTables(book, TABLES.map((s) => s.id)), options.actor(), options.lang());
    },
    async view(name: ViewName, input: Record<string, unknown>): Promise<unknown> {
      return runView(name, readTables(book, VIEW_READS[name] ?? []), options.actor(), options.lang(), input);
    },
    async submit(command: CommandName, input: Record<string, unknown>): Promise<CommandResult> {
      const spec = COMMANDS[command];
      const ids = spec ? [...new Set<TableId>([...spec.reads, ...(spec.appends ?? []), 'audit'])] : [];
      const wb = readTables(book, ids);
      const result = runCommand(command, wb, input, { actor: options.actor(), now: now(), lang: options.lang() });
      if (!result.ok) return result;
      try {
        apply(result.writes);
      } catch (e) {
        // apply() checks every write before touching the engine: nothing was written.
        const reason = e instanceof Error ? e.message : String(e);
        return { ok: false, errors: [{ field: '', message: { en: SAVE_FAILED.en.replace('{reason}', reason), zh: SAVE_FAILED.zh.replace('{reason}', reason), zhHant: SAVE_FAILED.zhHant.replace('{reason}', reason) } }] };
      }
      book.refreshIfResized();
      options.onSaved(result.writes);
      return result;
    },
  };
}

export function mountSidebar(root: HTMLElement, book: PreviewBook, options: SidebarOptions): Sidebar {
  // One language control for the page and the sidebar: the page's (it rebuilds the demo in that language).
  const mounted = mountForms(root, previewHost(book, options), { lang: options.lang(), languageSwitch: false });
  return {
    mounted,
    changed() {
      void mounted.reload();
    },
    setLang(lang: Lang) {
      mounted.setLang(lang);
    },
  };
}
