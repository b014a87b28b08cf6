/**
 * The preview's toolbar and shortcuts: undo / redo (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z), find (Ctrl+F, Enter
 * for the next match, Shift+Enter the previous, Escape closes), sort A→Z / Z→A and filter by the
 * selected column, export of the workbook as .xlsx, and "reset demo". Every text is set as text.
 */
import { fill, t, type L10n, type Lang } from '../core/i18n';
import type { TableId } from '../core/schema/types';
import type { PreviewBook, SheetInfo } from './book';
import { exportXlsx } from './export-xlsx';
import type { Grid } from './grid';
import { findCells, sortTable, type SheetView } from './sheet-tools';
import type { History } from './undo';

export const TOOLS_UI = {
  undo: { en: 'Undo', zh: '撤销', zhHant: '復原' },
  redo: { en: 'Redo', zh: '重做', zhHant: '重做' },
  find: { en: 'Find', zh: '查找', zhHant: '尋找' },
  findPlaceholder: { en: 'Find in this sheet…', zh: '在本表中查找…', zhHant: '在本表中尋找…' },
  findCount: { en: '{at} of {count}', zh: '第 {at} 个,共 {count} 个', zhHant: '第 {at} 個,共 {count} 個' },
  findNone: { en: 'No match', zh: '无匹配', zhHant: '無相符' },
  previous: { en: 'Previous', zh: '上一个', zhHant: '上一個' },
  next: { en: 'Next', zh: '下一个', zhHant: '下一個' },
  close: { en: 'Close', zh: '关闭', zhHant: '關閉' },
  sortAsc: { en: 'Sort A→Z', zh: '升序', zhHant: '升冪' },
  sortDesc: { en: 'Sort Z→A', zh: '降序', zhHant: '降冪' },
  sortTitle: { en: 'Sort the table’s rows by the selected column', zh: '按所选列排序表中的行', zhHant: '按所選欄排序表中的列' },
  filter: { en: 'Filter', zh: '筛选', zhHant: '篩選' },
  filterPlaceholder: { en: 'Rows whose {column} contains…', zh: '{column}包含…的行', zhHant: '{column}包含…的列' },
  filterOn: { en: '{shown} of {total} rows', zh: '显示 {total} 行中的 {shown} 行', zhHant: '顯示 {total} 列中的 {shown} 列' },
  clearFilter: { en: 'Show all rows', zh: '显示全部行', zhHant: '顯示全部列' },
  export: { en: 'Export .xlsx', zh: '导出 .xlsx', zhHant: '匯出 .xlsx' },
  exporting: { en: 'Exporting…', zh: '正在导出…', zhHant: '正在匯出…' },
  exported: { en: 'Exported {file} ({size} KB).', zh: '已导出 {file}({size} KB)。', zhHant: '已匯出 {file}({size} KB)。' },
  exportFailed: { en: 'Export failed: {reason}', zh: '导出失败:{reason}', zhHant: '匯出失敗:{reason}' },
  reset: { en: 'Reset demo', zh: '重置演示', zhHant: '重設示範' },
  resetAsk: {
    en: 'Start again from the demo workbook? Everything changed in this browser is discarded.',
    zh: '从演示工作簿重新开始?在此浏览器中所做的全部修改将被丢弃。',
    zhHant: '從示範活頁簿重新開始?在此瀏覽器中所做的全部修改將被捨棄。',
  },
  yes: { en: 'Yes', zh: '确定', zhHant: '確定' },
  cancel: { en: 'Cancel', zh: '取消', zhHant: '取消' },
  saved: { en: 'Saved in this browser', zh: '已保存在此浏览器中', zhHant: '已儲存在此瀏覽器中' },
  notSaved: { en: 'Could not save in this browser', zh: '无法保存在此浏览器中', zhHant: '無法儲存在此瀏覽器中' },
  undone: { en: 'Undone: {what}', zh: '已撤销:{what}', zhHant: '已復原:{what}' },
  redone: { en: 'Redone: {what}', zh: '已重做:{what}', zhHant: '已重做:{what}' },
  nothingToUndo: { en: 'Nothing to undo', zh: '没有可撤销的操作', zhHant: '沒有可復原的操作' },
  nothingToRedo: { en: 'Nothing to redo', zh: '没有可重做的操作', zhHant: '沒有可重做的操作' },
  notTable: { en: 'Sorting and filtering work on a table’s sheet.', zh: '排序和筛选仅适用于数据表。', zhHant: '排序和篩選僅適用於資料表。' },
} satisfies Record<string, L10n>;

/** What a history step was, in words. */
export const STEP_NAMES: Record<string, L10n> = {
  edit: { en: 'cell edit', zh: '单元格编辑', zhHant: '儲存格編輯' },
  save: { en: 'form save', zh: '表单保存', zhHant: '表單儲存' },
  sort: { en: 'sort', zh: '排序', zhHant: '排序' },
};

export interface ToolsContext {
  book: PreviewBook;
  grid: Grid;
  history: History;
  lang(): Lang;
  /** The sheet in view and its (filterable) source. */
  current(): { info: SheetInfo; view: SheetView };
  /** After the workbook changed outside an edit (undo, redo, sort, filter): recompute and redraw. */
  refresh(): void;
  /** Deletes the kept workbook and starts from the demo again. */
  reset(): Promise<void>;
  /** Shows a short message in the toolbar's status. */
  say(text: string): void;
}

function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  for (const [k, v] of Object.entries(attrs)) b.setAttribute(k, v);
  b.addEventListener('click', onClick);
  return b;
}

/** Asks a yes/no question in the page (a <dialog>, not a browser prompt); resolves true for yes. */
export function ask(question: string, lang: Lang): Promise<boolean> {
  const dlg = document.createElement('dialog');
  dlg.className = 'ask';
  const p = document.createElement('p');
  p.textContent = question;
  const row = document.createElement('div');
  row.className = 'ask-buttons';
  return new Promise((resolve) => {
    const done = (v: boolean) => {
      dlg.close();
      dlg.remove();
      resolve(v);
    };
    const yes = button(t(TOOLS_UI.yes, lang), () => done(true), { class: 'primary', 'data-answer': 'yes' });
    const no = button(t(TOOLS_UI.cancel, lang), () => done(false), { 'data-answer': 'no' });
    dlg.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(false);
    });
    row.append(no, yes);
    dlg.append(p, row);
    document.body.append(dlg);
    dlg.showModal();
    yes.focus();
  });
}

/** Builds the toolbar into `bar` and the find box into `findBox`; returns a function that relabels them (language). */
export function installTools(bar: HTMLElement, findBox: HTMLElement, ctx: ToolsContext): { relabel(): void; updateState(): void } {
  const L = () => ctx.lang();
  const undo = button('', () => doUndo(), { id: 'undo', 'aria-keyshortcuts': 'Control+Z' });
  const redo = button('', () => doRedo(), { id: 'redo', 'aria-keyshortcuts': 'Control+Y' });
  const find = button('', () => openFind(), { id: 'find', 'aria-keyshortcuts': 'Control+F' });
  const sortAsc = button('', () => sort(false), { id: 'sort-asc' });
  const sortDesc = button('', () => sort(true), { id: 'sort-desc' });
  const filterInput = document.createElement('input');
  filterInput.type = 'search';
  filterInput.id = 'filter';
  filterInput.autocomplete = 'off';
  const filterNote = document.createElement('span');
  filterNote.className = 'filter-note';
  filterNote.setAttribute('aria-live', 'polite');
  const clearFilter = button('', () => setFilter(''), { id: 'clear-filter' });
  const exportBtn = button('', () => void doExport(), { id: 'export' });
  const reset = button('', () => void doReset(), { id: 'reset' });
  const status = document.createElement('span');
  status.id = 'tool-status';
  status.className = 'tool-status';
  status.setAttribute('role', 'status');
  // Whether the kept copy is written: apart from the last action's message, so neither hides the other.
  const saveStatus = document.createElement('span');
  saveStatus.id = 'save-status';
  saveStatus.className = 'save-status';
  const sep = () => {
    const s = document.createElement('span');
    s.className = 'sep';
    return s;
  };
  bar.append(undo, redo, sep(), find, sep(), sortAsc, sortDesc, filterInput, filterNote, clearFilter, sep(), exportBtn, reset, status, saveStatus);

  // The find box.
  const findInput = document.createElement('input');
  findInput.type = 'search';
  findInput.id = 'find-input';
  findInput.autocomplete = 'off';
  const findCount = document.createElement('span');
  findCount.id = 'find-count';
  findCount.setAttribute('aria-live', 'polite');
  const prev = button('↑', () => step(-1), { id: 'find-prev' });
  const next = button('↓', () => step(1), { id: 'find-next' });
  const closeFind = button('×', () => hideFind(), { id: 'find-close' });
  findBox.append(findInput, findCount, prev, next, closeFind);
  findBox.hidden = true;

  let matches: { row: number; col: number }[] = [];
  let at = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = () => {
    matches = findCells(ctx.current().view, findInput.value);
    at = -1;
    step(1);
  };
  const step = (d: number) => {
    if (!matches.length) {
      findCount.textContent = findInput.value.trim() ? t(TOOLS_UI.findNone, L()) : '';
      return;
    }
    // From the selection on: the next match after (or before) the selected cell.
    if (at < 0) {
      const s = ctx.grid.selection;
      at = matches.findIndex((m) => m.row > s.row || (m.row === s.row && m.col >= s.col));
      if (at < 0) at = 0;
      if (d < 0) at = (at - 1 + matches.length) % matches.length;
    } else at = (at + d + matches.length) % matches.length;
    ctx.grid.select(matches[at].row, matches[at].col);
    findCount.textContent = t(fill(TOOLS_UI.findCount, { at: at + 1, count: matches.length }), L());
  };
  findInput.addEventListener('input', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      search();
    }, 150);
  });
  findInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        search();
        if (e.shiftKey) step(-2);
      } else step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      hideFind();
    }
  });
  const openFind = () => {
    findBox.hidden = false;
    findInput.focus();
    findInput.select();
  };
  const hideFind = () => {
    findBox.hidden = true;
    ctx.grid.scroller.focus();
  };

  const doUndo = () => {
    const what = ctx.history.next;
    if (!ctx.history.undo()) return ctx.say(t(TOOLS_UI.nothingToUndo, L()));
    ctx.say(t(fill(TOOLS_UI.undone, { what: t(STEP_NAMES[what ?? 'edit'] ?? STEP_NAMES.edit, L()) }), L()));
  };
  const doRedo = () => {
    if (!ctx.history.redo()) return ctx.say(t(TOOLS_UI.nothingToRedo, L()));
    ctx.say(t(fill(TOOLS_UI.redone, { what: t(STEP_NAMES[ctx.history.next ?? 'edit'] ?? STEP_NAMES.edit, L()) }), L()));
  };

  const sort = (descending: boolean) => {
    const { info } = ctx.current();
    if (!info.table) return ctx.say(t(TOOLS_UI.notTable, L()));
    sortTable(ctx.book, info.table as TableId, ctx.grid.selection.col, descending, L(), ctx.history);
    ctx.refresh();
  };

  const setFilter = (text: string) => {
    const { info, view } = ctx.current();
    if (!info.table) {
      filterInput.value = '';
      return ctx.say(t(TOOLS_UI.notTable, L()));
    }
    filterInput.value = text;
    view.setFilter(ctx.grid.selection.col, text);
    ctx.refresh();
    showFilter();
  };
  let filterTimer: ReturnType<typeof setTimeout> | undefined;
  filterInput.addEventListener('input', () => {
    if (filterTimer !== undefined) clearTimeout(filterTimer);
    filterTimer = setTimeout(() => setFilter(filterInput.value), 200);
  });
  const showFilter = () => {
    const { info, view } = ctx.current();
    const f = view.active;
    clearFilter.hidden = !f;
    if (!f || !info.table) {
      filterNote.textContent = '';
      if (!f) filterInput.value = '';
      return;
    }
    const shown = view.dimensions().rows - view.headerRows;
    filterNote.textContent = t(fill(TOOLS_UI.filterOn, { shown, total: ctx.book.wb.dataRows(info.table) }), L());
  };

  const doExport = async () => {
    exportBtn.disabled = true;
    ctx.say(t(TOOLS_UI.exporting, L()));
    try {
      const file = `${L() === 'en' ? 'key-account-workbook' : L() === 'zh-Hant' ? '大客戶活頁簿' : '大客户工作簿'}.xlsx`;
      const size = await exportXlsx(ctx.book, L(), file);
      ctx.say(t(fill(TOOLS_UI.exported, { file, size: Math.round(size / 1024) }), L()));
    } catch (e) {
      ctx.say(t(fill(TOOLS_UI.exportFailed, { reason: e instanceof Error ? e.message : String(e) }), L()));
    } finally {
      exportBtn.disabled = false;
    }
  };
  const doReset = async () => {
    if (await ask(t(TOOLS_UI.resetAsk, L()), L())) await ctx.reset();
  };

  // Shortcuts: in the grid and anywhere outside a text field (where Ctrl+Z undoes the typing).
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox') || target.isContentEditable || target.tagName === 'SELECT');
    if (k === 'f') {
      e.preventDefault();
      openFind();
    } else if (!typing && k === 'z' && !e.shiftKey) {
      e.preventDefault();
      doUndo();
    } else if (!typing && (k === 'y' || (k === 'z' && e.shiftKey))) {
      e.preventDefault();
      doRedo();
    }
  });

  const relabel = () => {
    const l = L();
    undo.textContent = t(TOOLS_UI.undo, l);
    undo.title = `${t(TOOLS_UI.undo, l)} (Ctrl+Z)`;
    redo.textContent = t(TOOLS_UI.redo, l);
    redo.title = `${t(TOOLS_UI.redo, l)} (Ctrl+Y)`;
    find.textContent = t(TOOLS_UI.find, l);
    find.title = `${t(TOOLS_UI.find, l)} (Ctrl+F)`;
    sortAsc.textContent = t(TOOLS_UI.sortAsc, l);
    sortDesc.textContent = t(TOOLS_UI.sortDesc, l);
    sortAsc.title = sortDesc.title = t(TOOLS_UI.sortTitle, l);
    clearFilter.textContent = t(TOOLS_UI.clearFilter, l);
    exportBtn.textContent = t(TOOLS_UI.export, l);
    reset.textContent = t(TOOLS_UI.reset, l);
    findInput.placeholder = t(TOOLS_UI.findPlaceholder, l);
    findInput.setAttribute('aria-label', t(TOOLS_UI.find, l));
    prev.title = prev.ariaLabel = t(TOOLS_UI.previous, l);
    next.title = next.ariaLabel = t(TOOLS_UI.next, l);
    closeFind.title = closeFind.ariaLabel = t(TOOLS_UI.close, l);
    bar.setAttribute('aria-label', 'Tools');
    updateState();
  };
  const updateState = () => {
    undo.disabled = !ctx.history.canUndo;
    redo.disabled = !ctx.history.canRedo;
    const { info, grid } = { info: ctx.current().info, grid: ctx.grid };
    const colHeader = info.table ? ctx.book.display(info.id, 0, grid.selection.col, 'text').text : '';
    filterInput.placeholder = t(fill(TOOLS_UI.filterPlaceholder, { column: colHeader ? `“${colHeader}”` : '' }), L());
    filterInput.setAttribute('aria-label', t(TOOLS_UI.filter, L()));
    filterInput.disabled = sortAsc.disabled = sortDesc.disabled = !info.table;
    showFilter();
  };
  relabel();
  return { relabel, updateState };
}
