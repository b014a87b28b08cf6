/**
 * The local preview page: the demo workbook as tabs of sheets computed by HyperFormula with the
 * catalogue registered, cell editing through a formula bar, and the shared forms in a sidebar that
 * run core's commands against the engine's tables. Every sheet text is put in with `textContent`.
 */
import { t, type L10n, type Lang } from '../core/i18n';
import type { Write } from '../core/commands/types';
import { records } from '../core/schema/read';
import type { TableId } from '../core/schema/types';
import { PreviewBook, type SheetInfo } from './book';
import { drawChart } from './chart';
import { Grid, type GridSource } from './grid';
import { mountSidebar, type Sidebar } from './forms-host';
import { Autosave, clearWorkbook, loadWorkbook } from './persist';
import { SheetView } from './sheet-tools';
import { ask, installTools, TOOLS_UI } from './tools';
import { History, type CellRange } from './undo';
import { autoSnapshotBook, historyRange, reconcileBook } from './history-sync';

const UI = {
  title: { en: 'Key-account workbook — local preview', zh: '大客户工作簿 — 本地预览', zhHant: '大客戶活頁簿 — 本地預覽' },
  actor: { en: 'Acting as', zh: '当前用户', zhHant: '當前使用者' },
  language: { en: 'Language', zh: '语言', zhHant: '語言' },
  formula: { en: 'Cell content', zh: '单元格内容', zhHant: '儲存格內容' },
  sheets: { en: 'Sheets', zh: '工作表', zhHant: '工作表' },
  forms: { en: 'Forms', zh: '表单', zhHant: '表單' },
  loading: { en: 'Computing the workbook…', zh: '正在计算工作簿…', zhHant: '正在計算活頁簿…' },
  hint: {
    en: 'Demo data (fixed seed), kept in this browser. Double-click or type to edit a cell; Enter saves it.',
    zh: '演示数据(固定种子),保存在此浏览器中。双击或直接输入以编辑单元格,按回车保存。',
    zhHant: '示範資料(固定種子),儲存在此瀏覽器中。雙擊或直接輸入以編輯儲存格,按 Enter 儲存。',
  },
  switchAsk: {
    en: 'Rebuild the demo workbook in English? Everything changed in this browser is discarded.',
    zh: '用简体中文重建演示工作簿?在此浏览器中所做的全部修改将被丢弃。',
    zhHant: '用繁體中文重建示範活頁簿?在此瀏覽器中所做的全部修改將被捨棄。',
  },
} satisfies Record<string, L10n>;

/** The question before a switch to `to`, asked in the language switched to. */
function switchQuestion(to: Lang): string {
  return t(UI.switchAsk, to);
}

const LANGS: { lang: Lang; label: string }[] = [
  { lang: 'zh', label: '简体中文' },
  { lang: 'zh-Hant', label: '繁體中文' },
  { lang: 'en', label: 'English' },
];

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} missing from index.html`);
  return e as T;
}

function parseLang(s: string | null): Lang | null {
  return s === 'en' || s === 'zh' || s === 'zh-Hant' ? s : null;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const seed = Number(params.get('seed')) || undefined;
  // A workbook kept in this browser wins; `?lang=` (default zh) chooses the demo when none is kept.
  const saved = await loadWorkbook();
  const book = saved ? new PreviewBook({ restore: saved }) : new PreviewBook({ lang: parseLang(params.get('lang')) ?? 'zh', seed });
  // The page, the sidebar and the workbook speak one language: the one the demo was built in.
  const lang: Lang = book.lang;

  const tabs = byId<HTMLElement>('tabs');
  const actorSelect = byId<HTMLSelectElement>('actor');
  const langSelect = byId<HTMLSelectElement>('lang');
  const grid = new Grid(byId('grid'), { addr: byId('cell-addr'), input: byId<HTMLInputElement>('cell-input'), message: byId('cell-msg') }, () => {
    followLanguage();
    sidebar?.changed();
    afterChange();
  });

  let current: SheetInfo = book.sheets()[0];

  // --- issue 12: kept across reloads, undo / redo, find, sort and filter (preview/persist.ts, undo.ts, tools.ts)
  const toolStatus = () => document.getElementById('tool-status');
  const say = (text: string) => {
    const el = toolStatus();
    if (el) el.textContent = text;
  };
  const autosave = new Autosave(
    () => book.snapshot(),
    (ok) => {
      const el = document.getElementById('save-status');
      if (el) el.textContent = t(ok ? TOOLS_UI.saved : TOOLS_UI.notSaved, lang);
    },
  );
  const history = new History(book.hf, () => {
    book.refreshIfResized();
    book.syncLanguage();
    followLanguage();
    grid.refresh();
    sidebar?.changed();
    afterChange();
  });
  const afterChange = () => {
    autosave.changed();
    tools?.updateState();
  };
  /** The cells a command's writes touch: appended rows after each table's data, updated rows. */
  const rangesOf = (writes: readonly Write[]): CellRange[] => {
    const next = new Map<TableId, number>();
    const out: CellRange[] = [];
    for (const w of writes) {
      const e = book.wb.entry(w.table);
      if (!e) continue;
      const t0 = book.wb.read(w.table);
      if (!next.has(w.table)) next.set(w.table, t0.rows.length);
      const rows = w.kind === 'append' ? w.rows : [w.values];
      const cols = Math.max(t0.width, ...rows.map((r) => r.length), 1);
      if (w.kind === 'append') {
        out.push({ sheet: e.sheet, row: next.get(w.table)! + 1, col: 0, rows: rows.length, cols });
        next.set(w.table, next.get(w.table)! + rows.length);
      } else out.push({ sheet: e.sheet, row: w.row + 1, col: 0, rows: 1, cols });
    }
    return out;
  };
  const views = new Map<number, SheetView>();
  const viewOf = (info: SheetInfo): SheetView => {
    let v = views.get(info.id);
    if (!v) views.set(info.id, (v = new SheetView(sourceFor(info))));
    return v;
  };
  let tools: ReturnType<typeof installTools> | undefined;
  // --- end issue 12

  const sourceFor = (info: SheetInfo): GridSource => ({
    headerRows: info.table ? 1 : 0,
    dimensions: () => book.dimensions(info.id),
    columns: () => book.columns(info.id),
    display: (r, c, f) => book.display(info.id, r, c, f),
    source: (r, c) => book.source(info.id, r, c),
    // A direct edit of an opportunity is kept in its history, in the same undo step (issue 9).
    edit: (r, c, text) =>
      history.record('edit', [{ sheet: info.id, row: r, col: c, rows: 1, cols: 1 }, ...(info.table === 'opportunities' ? historyRange(book) : [])], () => {
        const out = book.edit(info.id, r, c, text, lang);
        if (info.table === 'opportunities') reconcileBook(book, lang);
        return out;
      }),
    // The Dashboard's charts, drawn over their cells from the values the engine holds now.
    overlays: info.table
      ? undefined
      : () =>
          book.dashboard.charts().map((data) => ({
            id: data.chart.id,
            ...data.chart.at,
            draw: (box: HTMLElement, size: { width: number; height: number }) => drawChart(box, data, size, lang),
          })),
  });

  const renderTabs = () => {
    tabs.replaceChildren();
    for (const s of book.sheets()) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'tab';
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(s.id === current.id));
      b.dataset.sheet = s.table ?? 'dashboard';
      b.textContent = s.title;
      b.addEventListener('click', () => showSheetOf(s));
      tabs.append(b);
    }
  };

  const showSheetOf = (s: SheetInfo) => {
    current = s;
    renderTabs();
    grid.scroller.setAttribute('aria-label', s.title);
    grid.setSource(viewOf(s));
    tools?.updateState();
  };

  const renderChrome = () => {
    document.documentElement.lang = lang === 'en' ? 'en' : lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
    document.title = t(UI.title, lang);
    byId('title').textContent = t(UI.title, lang);
    byId('actor-label').textContent = t(UI.actor, lang);
    byId('lang-label').textContent = t(UI.language, lang);
    byId('hint').textContent = t(UI.hint, lang);
    byId('cell-input').setAttribute('aria-label', t(UI.formula, lang));
    tabs.setAttribute('aria-label', t(UI.sheets, lang));
    byId('sidebar').setAttribute('aria-label', t(UI.forms, lang));
  };

  // Acting user: any Team person (default: the first account manager).
  const team = book.wb.read('team');
  const people = team.rows.map((r) => ({ name: String(r[team.col.person] ?? ''), role: String(r[team.col.role] ?? '') })).filter((p) => p.name);
  for (const p of people) {
    const o = document.createElement('option');
    o.value = p.name;
    o.textContent = p.role ? `${p.name} · ${p.role}` : p.name;
    actorSelect.append(o);
  }
  const asked = params.get('actor');
  const firstAm = people.find((p) => /account manager|客户经理|客戶經理/i.test(p.role));
  actorSelect.value = asked && people.some((p) => p.name === asked) ? asked : firstAm?.name ?? people[0]?.name ?? '';
  // The funnel snapshot when one is due, on the preview's own day (the Dashboard's {today}): the demo's
  // weekly snapshots end a week before it, so a fresh demo takes none.
  if (autoSnapshotBook(book, lang, actorSelect.value, `${book.today}T00:00:00`) > 0) book.refreshIfResized();

  for (const l of LANGS) {
    const o = document.createElement('option');
    o.value = l.lang;
    o.textContent = l.label;
    langSelect.append(o);
  }
  langSelect.value = lang;

  const sidebar: Sidebar = mountSidebar(byId('forms'), book, {
    actor: () => actorSelect.value,
    lang: () => lang,
    apply: (writes) => history.record('save', rangesOf(writes), () => book.wb.apply(writes)),
    reveal: (table, id) => {
      const info = book.sheets().find((x) => x.table === table);
      if (!info) return;
      const data = book.wb.read(table);
      const i = data.rows.findIndex((r) => String(r[data.col.id] ?? '').trim() === id);
      if (i < 0) return;
      const view = viewOf(info);
      if (view.viewRow(i + 1) < 0) view.clearFilter();
      showSheetOf(info);
      grid.select(view.viewRow(i + 1), Math.max(0, data.col.name ?? 0));
    },
    onSaved: (writes) => {
      book.syncLanguage();
      followLanguage();
      renderTabs();
      grid.refresh();
      afterChange();
      // Show the saved row when its table is the sheet in view (the audit row is not what one looks for).
      const w = writes.find((x) => x.table === current.table);
      const view = viewOf(current);
      if (w && current.table) grid.select(view.viewRow(w.kind === 'update' ? w.row + 1 : book.wb.dataRows(current.table) - (w.kind === 'append' ? w.rows.length - 1 : 0)), 0);
    },
  });

  actorSelect.addEventListener('change', () => sidebar.changed());
  // The catalogue answers in the Settings language (key `language`), as in every host; an edit of that
  // cell changes what the functions write. The page's language is the demo's: switching it rebuilds the
  // demo in the new language (after asking: what was changed here is discarded).
  let shownFunctionLang = book.functionLanguage();
  const followLanguage = () => {
    const l = book.functionLanguage();
    if (l === shownFunctionLang) return;
    shownFunctionLang = l;
    grid.refresh();
  };
  langSelect.addEventListener('change', () => {
    const to = parseLang(langSelect.value);
    if (!to || to === lang) return;
    void ask(switchQuestion(to), to).then(async (yes) => {
      if (!yes) {
        langSelect.value = lang;
        return;
      }
      await restartWith(to);
    });
  });
  /** Deletes the kept workbook and loads the page again with the demo in `to`. */
  const restartWith = async (to: Lang) => {
    await autosave.stop();
    await clearWorkbook();
    const q = new URLSearchParams(location.search);
    q.set('lang', to);
    location.search = q.toString();
  };

  renderChrome();
  renderTabs();
  grid.scroller.setAttribute('aria-label', current.title);
  grid.setSource(viewOf(current));
  tools = installTools(byId('toolbar'), byId('find-box'), {
    book,
    grid,
    history,
    lang: () => lang,
    current: () => ({ info: current, view: viewOf(current) }),
    refresh: () => {
      book.refreshIfResized();
      grid.refresh();
      sidebar.changed();
      afterChange();
    },
    reset: () => restartWith(lang),
    say,
  });
  grid.scroller.addEventListener('click', () => tools?.updateState());
  grid.scroller.addEventListener('keyup', () => tools?.updateState());
  byId('loading').hidden = true;
  document.body.dataset.ready = 'true';
  // Read-only hooks for the browser tests and the curious: what the engine holds in a cell.
  (window as unknown as { kaPreview: unknown }).kaPreview = {
    sheetNames: () => book.sheets().map((s) => s.title),
    cell: (sheet: string, row: number, col: number) => {
      const id = book.hf.getSheetId(sheet);
      if (id === undefined) return undefined;
      const v = book.hf.getCellValue({ sheet: id, row, col });
      return { value: typeof v === 'object' && v !== null ? String((v as { value?: unknown }).value) : v, formula: book.hf.doesCellHaveFormula({ sheet: id, row, col }), serialized: book.hf.getCellSerialized({ sheet: id, row, col }) };
    },
    tableRows: (id: string) => book.wb.read(id as never).rows.length,
    lastRow: (id: string) => {
      const tdata = book.wb.read(id as never);
      return tdata.rows[tdata.rows.length - 1] ?? null;
    },
    columnIndex: (id: string, key: string) => book.wb.read(id as never).col[key],
    records: (id: string) => records(book.wb.read(id as never)),
    /** Writes the kept copy now (the page saves a moment after each change); resolves when written. */
    flushSave: () => {
      autosave.changed();
      return autosave.flush();
    },
    canUndo: () => history.canUndo,
    lang: () => lang,
    /** Every sheet as shown: its title, its table and column keys, and its values. */
    dump: () =>
      book.sheets().map((info) => {
        const data = info.table ? book.wb.read(info.table) : null;
        const keys: Record<number, string> = {};
        if (data) for (const [k, j] of Object.entries(data.col)) if (j >= 0) keys[j] = k;
        const dims = book.dimensions(info.id);
        const values: string[][] = [];
        for (let r = 0; r < dims.rows; r++) {
          const row: string[] = [];
          for (let c = 0; c < dims.cols; c++) row.push(book.display(info.id, r, c, 'text').text);
          values.push(row);
        }
        return { title: info.title, table: info.table, keys, values };
      }),
    /** Where the Dashboard's parts are now (0-based cells): sections' results, key figures' values, charts. */
    dashboard: () => {
      const L = book.dashboard.layout;
      return {
        sections: Object.fromEntries(L.sections.map((x) => [x.id, x.body])),
        figures: Object.fromEntries(L.looks.filter((l) => l.look === 'label').map((l) => [L.cells.find((c) => c.row === l.row && c.col === l.col)?.text ?? '', { row: l.row + 1, col: l.col }])),
        charts: L.charts.map((c) => ({ id: c.id, at: c.at })),
      };
    },
  };
}

// Let the "computing" note paint before the engine computes the workbook (a second or two).
requestAnimationFrame(() =>
  setTimeout(() => {
    start().catch((e) => {
      const box = document.getElementById('loading');
      if (box) box.textContent = `The preview failed to start / 预览启动失败: ${e instanceof Error ? e.message : String(e)}`;
      throw e;
    });
  }),
);
