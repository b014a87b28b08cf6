/**
 * The local preview page: the demo workbook as tabs of sheets computed by HyperFormula with the
 * catalogue registered, cell editing through a formula bar, and the shared forms in a sidebar that
 * run core's commands against the engine's tables. Every sheet text is put in with `textContent`.
 */
import { t, type L10n, type Lang } from '../core/i18n';
import { records } from '../core/schema/read';
import { PreviewBook, type SheetInfo } from './book';
import { Grid, type GridSource } from './grid';
import { mountSidebar, type Sidebar } from './forms-host';

const UI = {
  title: { en: 'Key-account workbook — local preview', zh: '大客户工作簿 — 本地预览', zhHant: '大客戶活頁簿 — 本地預覽' },
  actor: { en: 'Acting as', zh: '当前用户', zhHant: '當前使用者' },
  language: { en: 'Language', zh: '语言', zhHant: '語言' },
  formula: { en: 'Cell content', zh: '单元格内容', zhHant: '儲存格內容' },
  sheets: { en: 'Sheets', zh: '工作表', zhHant: '工作表' },
  forms: { en: 'Forms', zh: '表单', zhHant: '表單' },
  loading: { en: 'Computing the workbook…', zh: '正在计算工作簿…', zhHant: '正在計算活頁簿…' },
  hint: {
    en: 'Demo data (fixed seed). Double-click or type to edit a cell; Enter saves it.',
    zh: '演示数据(固定种子)。双击或直接输入以编辑单元格,按回车保存。',
    zhHant: '示範資料(固定種子)。雙擊或直接輸入以編輯儲存格,按 Enter 儲存。',
  },
} satisfies Record<string, L10n>;

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

function start(): void {
  const params = new URLSearchParams(location.search);
  const workbookLang = parseLang(params.get('lang')) ?? 'zh';
  const seed = Number(params.get('seed')) || undefined;
  const book = new PreviewBook({ lang: workbookLang, seed });
  let lang: Lang = workbookLang;

  const tabs = byId<HTMLElement>('tabs');
  const actorSelect = byId<HTMLSelectElement>('actor');
  const langSelect = byId<HTMLSelectElement>('lang');
  const grid = new Grid(byId('grid'), { addr: byId('cell-addr'), input: byId<HTMLInputElement>('cell-input'), message: byId('cell-msg') }, () => {
    followLanguage();
    sidebar?.changed();
  });

  let current: SheetInfo = book.sheets()[0];

  const sourceFor = (info: SheetInfo): GridSource => ({
    headerRows: info.table ? 1 : 0,
    dimensions: () => book.dimensions(info.id),
    columns: () => book.columns(info.id),
    display: (r, c, f) => book.display(info.id, r, c, f),
    source: (r, c) => book.source(info.id, r, c),
    edit: (r, c, text) => book.edit(info.id, r, c, text, lang),
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
      b.addEventListener('click', () => {
        current = s;
        renderTabs();
        grid.scroller.setAttribute('aria-label', s.title);
        grid.setSource(sourceFor(s));
      });
      tabs.append(b);
    }
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
    onSaved: (writes) => {
      book.syncLanguage();
      followLanguage();
      renderTabs();
      grid.refresh();
      // Show the saved row when its table is the sheet in view (the audit row is not what one looks for).
      const w = writes.find((x) => x.table === current.table);
      if (w && current.table) grid.select(w.kind === 'update' ? w.row + 1 : book.wb.dataRows(current.table) - (w.kind === 'append' ? w.rows.length - 1 : 0), 0);
    },
  });

  actorSelect.addEventListener('change', () => sidebar.changed());
  // The language lives in the workbook's Settings (key `language`), as in every host: the switch
  // writes it there; an edit of that cell switches the page too.
  const followLanguage = () => {
    const l = book.functionLanguage();
    if (l === lang) return;
    lang = l;
    langSelect.value = l;
    renderChrome();
    renderTabs();
    sidebar.setLang(l);
    grid.refresh();
  };
  langSelect.addEventListener('change', () => {
    book.setWorkbookLanguage(parseLang(langSelect.value) ?? lang);
    followLanguage();
  });

  renderChrome();
  renderTabs();
  grid.scroller.setAttribute('aria-label', current.title);
  grid.setSource(sourceFor(current));
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
  };
}

// Let the "computing" note paint before the engine computes the workbook (a second or two).
requestAnimationFrame(() =>
  setTimeout(() => {
    try {
      start();
    } catch (e) {
      const box = document.getElementById('loading');
      if (box) box.textContent = `The preview failed to start / 预览启动失败: ${e instanceof Error ? e.message : String(e)}`;
      throw e;
    }
  }),
);
