/**
 * The preview's charts, drawn by our own code as SVG elements (every text set with `textContent`,
 * never parsed as HTML): the funnel — one centred bar per stage, widest at the top — and the
 * clustered columns of forecast against quota per person. They stand in for the native charts
 * Sheets and Excel draw from the same cells.
 */
import type { ChartData } from './dashboard';

const SVG = 'http://www.w3.org/2000/svg';
/** Series colours, the same order as the Sheets chart's. */
export const SERIES_COLOURS = ['#9aa9bd', '#1f6fb2', '#f0a030', '#2e8b57', '#8e5ea2'];
const FUNNEL_COLOURS = ['#c6dbef', '#a9cbe6', '#8bbadc', '#6aa6cf', '#4b91c2', '#3479b2', '#22619c', '#144c82'];

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.append(e);
  return e;
}

function text(parent: Element, s: string, attrs: Record<string, string | number>): SVGTextElement {
  const e = el('text', attrs, parent);
  e.textContent = s;
  return e;
}

/** Rough width in pixels of `s` at 11 px (CJK characters are about twice as wide). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\uffef]/.test(ch) ? 11 : 6.2;
  return w;
}

/** `s` cut with an ellipsis to fit `px` pixels. */
export function fit(s: string, px: number): string {
  if (width(s) <= px) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch + '…') > px) break;
    out += ch;
  }
  return out + '…';
}

/** A short money label: 1.2M, 350K (the axis and the bars; the cells carry the exact figure). */
export function shortAmount(v: number, lang: string): string {
  const a = Math.abs(v);
  if (lang !== 'en') {
    if (a >= 1e8) return `${(v / 1e8).toFixed(a >= 1e9 ? 0 : 1)}亿`;
    if (a >= 1e4) return `${(v / 1e4).toFixed(a >= 1e6 ? 0 : 1)}万`;
    return String(Math.round(v));
  }
  if (a >= 1e9) return `${(v / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `${(v / 1e6).toFixed(a >= 1e8 ? 0 : 1)}M`;
  if (a >= 1e3) return `${(v / 1e3).toFixed(0)}K`;
  return String(Math.round(v));
}

/** Draws `data` into `box` (replacing what was there). */
export function drawChart(box: HTMLElement, data: ChartData, size: { width: number; height: number }, lang: string): void {
  box.replaceChildren();
  const svg = el('svg', { width: size.width, height: size.height, viewBox: `0 0 ${size.width} ${size.height}`, role: 'img', class: 'chart chart-' + data.chart.kind });
  svg.setAttribute('aria-label', data.chart.title);
  box.append(svg);
  el('rect', { x: 0, y: 0, width: size.width, height: size.height, rx: 6, fill: '#ffffff', stroke: '#d0d7de' }, svg);
  text(svg, data.chart.title, { x: 12, y: 20, class: 'chart-title' });
  if (!data.categories.length) {
    text(svg, '—', { x: size.width / 2, y: size.height / 2, 'text-anchor': 'middle', class: 'chart-empty' });
    return;
  }
  if (data.chart.kind === 'funnel') funnel(svg, data, size);
  else columns(svg, data, size, lang);
}

function funnel(svg: SVGSVGElement, data: ChartData, size: { width: number; height: number }): void {
  const values = data.series[0]?.values ?? [];
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const top = 32;
  const labelW = Math.min(200, Math.round(size.width * 0.4));
  const plotW = size.width - labelW - 24;
  const rowH = (size.height - top - 10) / data.categories.length;
  data.categories.forEach((name, i) => {
    const v = values[i] ?? 0;
    const w = Math.max(2, (plotW * v) / max);
    const y = top + i * rowH;
    const cx = labelW + 12 + plotW / 2;
    const t = text(svg, fit(name, labelW - 10), { x: labelW, y: y + rowH / 2 + 4, 'text-anchor': 'end', class: 'chart-label' });
    const tip = el('title', {}, t);
    tip.textContent = `${name}: ${v}`;
    el('rect', { x: cx - w / 2, y: y + 2, width: w, height: Math.max(4, rowH - 5), rx: 2, fill: FUNNEL_COLOURS[i % FUNNEL_COLOURS.length] }, svg);
    text(svg, String(v), { x: cx, y: y + rowH / 2 + 4, 'text-anchor': 'middle', class: i > 3 ? 'chart-value chart-value-light' : 'chart-value' });
  });
}

function columns(svg: SVGSVGElement, data: ChartData, size: { width: number; height: number }, lang: string): void {
  const series = data.series;
  const all = series.flatMap((s) => s.values.map((v) => v ?? 0));
  const max = Math.max(1, ...all);
  const step = niceStep(max);
  const top = 34;
  const legendH = 22;
  const left = 52;
  const bottom = size.height - legendH - 26;
  const plotH = bottom - top;
  const plotW = size.width - left - 12;
  // axis lines and ticks
  for (let v = 0; v <= max + step * 0.01; v += step) {
    const y = bottom - (plotH * v) / (Math.ceil(max / step) * step);
    el('line', { x1: left, x2: left + plotW, y1: y, y2: y, class: 'chart-grid' }, svg);
    text(svg, shortAmount(v, lang), { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'chart-tick' });
  }
  const scale = Math.ceil(max / step) * step;
  const groupW = plotW / data.categories.length;
  const barW = Math.max(3, Math.min(26, (groupW - 10) / series.length));
  data.categories.forEach((name, i) => {
    const x0 = left + i * groupW + (groupW - barW * series.length) / 2;
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const h = (plotH * Math.max(0, v)) / scale;
      const bar = el('rect', { x: x0 + k * barW, y: bottom - h, width: barW - 2, height: h, fill: SERIES_COLOURS[k % SERIES_COLOURS.length] }, svg);
      const tip = el('title', {}, bar);
      tip.textContent = `${name} · ${s.name}: ${v.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN')}`;
    });
    text(svg, fit(name, groupW - 4), { x: left + i * groupW + groupW / 2, y: bottom + 16, 'text-anchor': 'middle', class: 'chart-label' });
  });
  // legend
  let lx = left;
  const ly = size.height - 12;
  series.forEach((s, k) => {
    el('rect', { x: lx, y: ly - 9, width: 10, height: 10, fill: SERIES_COLOURS[k % SERIES_COLOURS.length] }, svg);
    const t = text(svg, s.name, { x: lx + 14, y: ly, class: 'chart-legend' });
    lx += 24 + Math.max(40, s.name.length * (/[\u3400-\u9fff]/.test(s.name) ? 12 : 6.5));
    void t;
  });
}

function niceStep(max: number): number {
  const raw = max / 4;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}
