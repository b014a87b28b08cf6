/**
 * A virtualised sheet grid: only the rows in view (plus a margin) exist in the DOM, so a sheet of
 * 1,500 rows scrolls as fast as one of 15. Cell text is set with `textContent`, never parsed as HTML.
 * Selection with the mouse or the arrow keys (Tab leaves the grid, as it should for keyboard users); Enter / F2 / double-click / typing edits in the
 * formula bar; Enter commits, Escape cancels.
 */
import type { NumberFormatKind } from '../core/schema/setup';
import { LOOKS, toA1 } from '../core/schema/dashboard';
import type { DisplayCell } from './book';

export interface GridSource {
  dimensions(): { rows: number; cols: number };
  columns(): { width: number; format: NumberFormatKind }[];
  display(row: number, col: number, format: NumberFormatKind): DisplayCell;
  source(row: number, col: number): string;
  /** Writes the input, or refuses it with the reason (the column's validation, as set-up makes it in the hosts). */
  edit(row: number, col: number, input: string): string | null;
  /** Rows shown as a header (bold, frozen look). */
  headerRows: number;
  /** The row number shown for a grid row (a filtered view shows the sheet's own numbers); default row + 1. */
  rowLabel?(row: number): string;
  /** Things floating over the cells (the Dashboard's charts): each drawn into its own box. */
  overlays?(): Overlay[];
}

/** A box over the cells `row`…`row + rows - 1`, `col`…`col + cols - 1`, drawn by `draw`. */
export interface Overlay {
  id: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  draw(box: HTMLElement, size: { width: number; height: number }): void;
}

const ROW_H = 24;
const ROWNUM_W = 52;
const MARGIN = 8;
const MIN_ROWS = 60;
const MIN_COLS = 12;

/** Rough width of text in the grid's font (CJK characters are wider). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\uffef]/.test(ch) ? 13 : 7;
  return w;
}

function colLetters(i: number): string {
  return toA1(i, 0).replace(/\d+$/, '');
}

export class Grid {
  private src: GridSource | null = null;
  private cols: { width: number; format: NumberFormatKind }[] = [];
  private lefts: number[] = [];
  private totalW = 0;
  private rows = 0;
  private sel = { row: 0, col: 0 };
  private frame = 0;
  readonly scroller: HTMLDivElement;
  private readonly canvas: HTMLDivElement;
  private readonly head: HTMLDivElement;
  private readonly body: HTMLDivElement;
  private readonly layer: HTMLDivElement;
  private frozenRows: HTMLDivElement | null = null;

  constructor(
    readonly root: HTMLElement,
    private readonly bar: { addr: HTMLElement; input: HTMLInputElement; message?: HTMLElement },
    private readonly onEdited: () => void,
  ) {
    this.scroller = document.createElement('div');
    this.scroller.className = 'grid-scroller';
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute('role', 'grid');
    this.canvas = document.createElement('div');
    this.canvas.className = 'grid-canvas';
    this.head = document.createElement('div');
    this.head.className = 'grid-head';
    this.body = document.createElement('div');
    this.body.className = 'grid-body';
    this.layer = document.createElement('div');
    this.layer.className = 'grid-layer';
    this.canvas.append(this.head, this.body, this.layer);
    this.scroller.append(this.canvas);
    root.append(this.scroller);
    this.scroller.addEventListener('scroll', () => this.schedule());
    window.addEventListener('resize', () => this.schedule());
    this.scroller.addEventListener('mousedown', (e) => this.onMouse(e));
    this.scroller.addEventListener('dblclick', (e) => {
      if (this.cellAt(e)) this.startEdit();
    });
    this.scroller.addEventListener('keydown', (e) => this.onKey(e));
    bar.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (!this.commit(bar.input.value)) return; // refused: the input stays for correcting
        this.move(1, 0);
        this.scroller.focus();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.say(null);
        this.showSelection();
        this.scroller.focus();
      }
    });
  }

  setSource(src: GridSource): void {
    this.src = src;
    this.sel = { row: src.headerRows, col: 0 };
    this.scroller.scrollTop = 0;
    this.scroller.scrollLeft = 0;
    this.refresh();
  }

  /** Re-reads sizes and values (after an edit, a save or a recalculation). */
  refresh(): void {
    if (!this.src) return;
    const d = this.src.dimensions();
    this.rows = Math.max(d.rows + 20, MIN_ROWS);
    const cols = this.src.columns();
    while (cols.length < Math.max(d.cols, MIN_COLS)) cols.push({ width: 100, format: 'text' });
    this.cols = cols;
    this.lefts = [];
    let x = ROWNUM_W;
    for (const c of cols) {
      this.lefts.push(x);
      x += c.width;
    }
    this.totalW = x;
    this.scroller.setAttribute('aria-rowcount', String(this.rows + 1));
    this.scroller.setAttribute('aria-colcount', String(this.cols.length + 1));
    this.canvas.style.width = `${this.totalW}px`;
    this.canvas.style.height = `${(this.rows + 1) * ROW_H}px`;
    this.body.style.height = `${(this.rows - this.frozen()) * ROW_H}px`;
    this.renderHead();
    this.render();
    this.renderOverlays();
    this.showSelection();
  }

  /** The floating boxes (charts), placed over their cells below the sticky head; they scroll with the sheet. */
  private renderOverlays(): void {
    this.layer.replaceChildren();
    const list = this.src?.overlays?.() ?? [];
    this.layer.style.top = `${(1 + this.frozen()) * ROW_H}px`;
    for (const o of list) {
      const box = document.createElement('div');
      box.className = 'overlay';
      box.dataset.overlay = o.id;
      const left = this.lefts[o.col] ?? ROWNUM_W;
      let width = 0;
      for (let c = o.col; c < o.col + o.cols; c++) width += this.cols[c]?.width ?? 100;
      const top = (o.row - this.frozen()) * ROW_H;
      box.style.left = `${left + 3}px`;
      box.style.top = `${top + 3}px`;
      box.style.width = `${width - 6}px`;
      box.style.height = `${o.rows * ROW_H - 6}px`;
      this.layer.append(box);
      o.draw(box, { width: width - 6, height: o.rows * ROW_H - 6 });
    }
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Rows kept at the top while scrolling: the column letters and the sheet's header rows (frozen). */
  private frozen(): number {
    return this.src ? Math.min(this.src.headerRows, this.rows) : 0;
  }

  private renderHead(): void {
    this.head.replaceChildren();
    this.head.style.width = `${this.totalW}px`;
    this.head.style.height = `${(1 + this.frozen()) * ROW_H}px`;
    const letters = document.createElement('div');
    letters.className = 'letters';
    letters.setAttribute('role', 'row');
    const corner = document.createElement('div');
    corner.className = 'cell rownum corner';
    corner.style.width = `${ROWNUM_W}px`;
    letters.append(corner);
    this.cols.forEach((c, i) => {
      const h = document.createElement('div');
      h.className = 'cell colhead';
      h.style.left = `${this.lefts[i]}px`;
      h.style.width = `${c.width}px`;
      h.textContent = colLetters(i);
      h.setAttribute('role', 'columnheader');
      letters.append(h);
    });
    this.frozenRows = document.createElement('div');
    this.head.append(letters, this.frozenRows);
  }

  /** Renders the rows in view (and a margin), and the frozen header rows for the columns in view. */
  private render(): void {
    const src = this.src;
    if (!src) return;
    const frozen = this.frozen();
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight || 600;
    const first = Math.max(frozen, Math.floor(top / ROW_H) - MARGIN);
    const last = Math.min(this.rows - 1, Math.ceil((top + height) / ROW_H) + MARGIN);
    const left = this.scroller.scrollLeft;
    const width = this.scroller.clientWidth || 1000;
    let c0 = 0;
    while (c0 < this.cols.length - 1 && this.lefts[c0] + this.cols[c0].width < left) c0++;
    let c1 = c0;
    while (c1 < this.cols.length - 1 && this.lefts[c1] < left + width) c1++;
    const head = document.createDocumentFragment();
    for (let r = 0; r < frozen; r++) head.append(this.rowElement(src, r, c0, c1, (r + 1) * ROW_H));
    this.frozenRows?.replaceChildren(head);
    const frag = document.createDocumentFragment();
    // body rows are placed below the sticky head (letters + frozen rows)
    for (let r = first; r <= last; r++) frag.append(this.rowElement(src, r, c0, c1, (r - frozen) * ROW_H));
    this.body.replaceChildren(frag);
  }

  private rowElement(src: GridSource, r: number, c0: number, c1: number, top: number): HTMLDivElement {
    const rowEl = document.createElement('div');
    rowEl.className = r < src.headerRows ? 'row header-row' : 'row';
    rowEl.style.top = `${top}px`;
    rowEl.style.width = `${this.totalW}px`;
    rowEl.dataset.row = String(r);
    rowEl.setAttribute('role', 'row');
    rowEl.setAttribute('aria-rowindex', String(r + 2));
    const num = document.createElement('div');
    num.className = 'cell rownum';
    num.setAttribute('role', 'rowheader');
    num.style.width = `${ROWNUM_W}px`;
    num.textContent = src.rowLabel ? src.rowLabel(r) : String(r + 1);
    rowEl.append(num);
    const ds: DisplayCell[] = [];
    const end = Math.min(this.cols.length - 1, c1 + 1);
    for (let c = c0; c <= end; c++) ds[c] = src.display(r, c, this.cols[c].format);
    for (let c = c0; c <= c1; c++) {
      const d = ds[c];
      if (d.span === 0) continue; // inside a merged cell to its left
      const cell = document.createElement('div');
      let cls = 'cell';
      if (d.look) cls += ' look-' + d.look;
      if (d.align !== 'left') cls += ' ' + d.align;
      if (d.style) cls += ' rule-' + d.style;
      if (d.error) cls += ' error';
      if (r === this.sel.row && c === this.sel.col) cls += ' selected';
      cell.style.left = `${this.lefts[c]}px`;
      let w = this.cols[c].width;
      for (let k = 1; k < (d.span ?? 1); k++) w += this.cols[c + k]?.width ?? 0;
      cell.style.width = `${w}px`;
      if (d.look && !d.style) {
        // The Dashboard's looks, from core (the fonts and fills Sheets and Excel get).
        const l = LOOKS[d.look];
        if (l.bold) cell.style.fontWeight = '700';
        if (l.italic) cell.style.fontStyle = 'italic';
        if (l.size) cell.style.fontSize = `${Math.round(l.size * 1.25)}px`;
        cell.style.color = l.color;
        if (l.background) cell.style.background = l.background;
      }
      cell.dataset.col = String(c);
      cell.setAttribute('role', r < src.headerRows ? 'columnheader' : 'gridcell');
      cell.setAttribute('aria-colindex', String(c + 2));
      if (r === this.sel.row && c === this.sel.col) cell.setAttribute('aria-selected', 'true');
      // Like a spreadsheet, long text runs on over empty cells to its right (not a key figure's card:
      // its neighbour is the next card, whatever it holds).
      const next = ds[c + (d.span ?? 1)];
      const size = d.look ? LOOKS[d.look].size ?? 10 : 10;
      const card = d.look === 'label' || d.look === 'figure' || d.look === 'detail';
      if (!card && d.align === 'left' && !d.error && !d.style && d.text && (c + (d.span ?? 1) >= this.cols.length || (next && next.text === '')) && (textWidth(d.text) * size) / 10 > w - 12) {
        cls += ' spill';
        const span = document.createElement('span');
        span.className = 'spill-text';
        span.textContent = d.text;
        cell.append(span);
      } else cell.textContent = d.text;
      cell.className = cls;
      if (d.error) cell.title = d.error;
      else if (d.text.length > 12) cell.title = d.text;
      rowEl.append(cell);
    }
    return rowEl;
  }

  private cellAt(e: MouseEvent): { row: number; col: number } | null {
    const target = (e.target as HTMLElement).closest('.cell') as HTMLElement | null;
    const rowEl = target?.parentElement as HTMLElement | null;
    if (!target || !rowEl?.dataset.row || target.dataset.col === undefined) return null;
    return { row: Number(rowEl.dataset.row), col: Number(target.dataset.col) };
  }

  private onMouse(e: MouseEvent): void {
    const at = this.cellAt(e);
    if (!at) return;
    this.select(at.row, at.col);
  }

  select(row: number, col: number): void {
    this.sel = { row: Math.max(0, Math.min(this.rows - 1, row)), col: Math.max(0, Math.min(this.cols.length - 1, col)) };
    const y = (this.sel.row + 1) * ROW_H;
    const headH = (1 + this.frozen()) * ROW_H;
    if (this.sel.row >= this.frozen() && y < this.scroller.scrollTop + headH) this.scroller.scrollTop = y - headH;
    else if (y + ROW_H > this.scroller.scrollTop + this.scroller.clientHeight) this.scroller.scrollTop = y + 2 * ROW_H - this.scroller.clientHeight;
    const x = this.lefts[this.sel.col];
    const w = this.cols[this.sel.col].width;
    if (x - ROWNUM_W < this.scroller.scrollLeft) this.scroller.scrollLeft = x - ROWNUM_W;
    else if (x + w > this.scroller.scrollLeft + this.scroller.clientWidth) this.scroller.scrollLeft = x + w - this.scroller.clientWidth;
    this.render();
    this.showSelection();
  }

  private move(dr: number, dc: number): void {
    this.select(this.sel.row + dr, this.sel.col + dc);
  }

  private showSelection(): void {
    if (!this.src) return;
    this.bar.addr.textContent = toA1(this.sel.col, this.sel.row);
    this.bar.input.value = this.src.source(this.sel.row, this.sel.col);
  }

  startEdit(initial?: string): void {
    if (initial !== undefined) this.bar.input.value = initial;
    this.bar.input.focus();
    if (initial === undefined) this.bar.input.select();
  }

  /** Writes the edit; false when the cell refused it (the reason is shown under the formula bar). */
  private commit(text: string): boolean {
    if (!this.src) return true;
    if (text === this.src.source(this.sel.row, this.sel.col)) {
      this.say(null);
      return true;
    }
    const refused = this.src.edit(this.sel.row, this.sel.col, text);
    if (refused) {
      this.say(refused);
      this.bar.input.focus();
      return false;
    }
    this.say(null);
    this.refresh();
    this.onEdited();
    return true;
  }

  private say(message: string | null): void {
    const m = this.bar.message;
    if (!m) return;
    m.textContent = message ?? '';
    m.hidden = message === null;
    if (message === null) this.bar.input.removeAttribute('aria-invalid');
    else this.bar.input.setAttribute('aria-invalid', 'true');
  }

  /** The selected cell (grid row and column). */
  get selection(): { row: number; col: number } {
    return { ...this.sel };
  }

  /**
   * Ctrl+arrow, as in a spreadsheet: from a filled cell whose neighbour is filled, to the last filled
   * cell before a blank; otherwise to the next filled cell; the edge of the data when there is none.
   */
  private jump(dr: number, dc: number): void {
    if (!this.src) return;
    const d = this.src.dimensions();
    const maxR = Math.max(0, d.rows - 1);
    const maxC = Math.max(0, d.cols - 1);
    const filled = (r: number, c: number) => r >= 0 && c >= 0 && r <= maxR && c <= maxC && this.src!.source(r, c) !== '';
    let { row: r, col: c } = this.sel;
    const inside = (rr: number, cc: number) => rr >= 0 && cc >= 0 && rr <= maxR && cc <= maxC;
    if (!inside(r + dr, c + dc)) {
      // already at (or beyond) the data's edge: go to the edge of the data
      r = dr > 0 ? Math.max(r, maxR) : dr < 0 ? 0 : r;
      c = dc > 0 ? Math.max(c, maxC) : dc < 0 ? 0 : c;
    } else if (filled(r, c) && filled(r + dr, c + dc)) {
      while (filled(r + dr, c + dc)) {
        r += dr;
        c += dc;
      }
    } else {
      r += dr;
      c += dc;
      while (inside(r, c) && !filled(r, c) && inside(r + dr, c + dc)) {
        r += dr;
        c += dc;
      }
    }
    this.select(r, c);
  }

  private onKey(e: KeyboardEvent): void {
    const k = e.key;
    if ((e.ctrlKey || e.metaKey) && k.startsWith('Arrow')) {
      e.preventDefault();
      if (k === 'ArrowDown') this.jump(1, 0);
      else if (k === 'ArrowUp') this.jump(-1, 0);
      else if (k === 'ArrowLeft') this.jump(0, -1);
      else this.jump(0, 1);
      return;
    }
    if (k === 'ArrowDown') this.move(1, 0);
    else if (k === 'ArrowUp') this.move(-1, 0);
    else if (k === 'ArrowLeft') this.move(0, -1);
    else if (k === 'ArrowRight') this.move(0, 1);
    else if (k === 'PageDown') this.move(20, 0);
    else if (k === 'PageUp') this.move(-20, 0);
    else if (k === 'Enter' || k === 'F2') this.startEdit();
    else if (k === 'Delete' || k === 'Backspace') void this.commit('');
    else if (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.startEdit(k);
      return;
    } else return;
    e.preventDefault();
  }
}
