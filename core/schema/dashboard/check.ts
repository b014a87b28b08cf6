/**
 * Checks of the areas' declarations: every placeholder names a table column, a setting, a section, a
 * key figure or a catalogue function (for tests and tools; hosts do not ship it — it reads the whole
 * catalogue).
 */
import { CATALOGUE } from '../../functions/catalogue';
import { SETTING_ROWS, TABLES } from '../tables';
import { templateText } from './layout';
import { placeholders } from './template';
import type { DashboardArea, Template } from './types';
import { DASHBOARD_AREAS } from './index';

/** What is wrong with the declarations (empty when nothing is). */
export function areaProblems(areas: readonly DashboardArea[]): string[] {
  const out: string[] = [];
  const sections = areas.flatMap((a) => a.sections ?? []);
  // Sections, figures and charts each have their own ids ({out:…} and {fig:…} say which).
  for (const [kind, list] of [
    ['section', sections.map((s) => s.id)],
    ['key figure', areas.flatMap((a) => (a.figures ?? []).map((f) => f.id))],
    ['chart', areas.flatMap((a) => (a.charts ?? []).map((c) => c.id))],
  ] as const) {
    const ids = new Set<string>();
    for (const id of list) {
      if (ids.has(id)) out.push(`${id}: ${kind} declared twice`);
      ids.add(id);
    }
  }
  const width = new Map(sections.map((s) => [s.id, s.columns.length]));
  const figures = new Set(areas.flatMap((a) => (a.figures ?? []).map((f) => f.id)));
  const templates: { id: string; f: Template | undefined }[] = [
    ...sections.flatMap((s) => s.cells.map((c) => ({ id: s.id, f: c.formula }))),
    ...areas.flatMap((a) => (a.figures ?? []).flatMap((f) => [{ id: f.id, f: f.formula }, ...(f.detail && 'formula' in f.detail ? [{ id: f.id, f: f.detail.formula }] : [])])),
  ];
  for (const { id, f } of templates) {
    for (const p of placeholders(templateText(f, { lang: 'en', settings: {} }))) {
      switch (p.kind) {
        case 'fn':
          if (!CATALOGUE.some((x) => x.name === p.name)) out.push(`${id}: ${p.name} is not a catalogue function`);
          break;
        case 'setting':
          if (!SETTING_ROWS.some((s) => s.key === p.key)) out.push(`${id}: unknown setting ${p.key}`);
          break;
        case 'out':
          if (!width.has(p.section)) out.push(`${id}: no section ${p.section}`);
          else if (p.column !== undefined && !(p.column >= 0 && p.column < width.get(p.section)!)) out.push(`${id}: section ${p.section} has no column ${p.column}`);
          break;
        case 'rows':
          if (!TABLES.some((s) => s.id === p.table)) out.push(`${id}: unknown table ${p.table}`);
          break;
        case 'fig':
          if (!figures.has(p.id)) out.push(`${id}: no key figure ${p.id}`);
          break;
        case 'ref':
        case 'range': {
          const spec = TABLES.find((s) => s.id === p.table);
          if (!spec) {
            out.push(`${id}: unknown table ${p.table}`);
            break;
          }
          const i = spec.columns.findIndex((c) => c.key === p.column);
          if (i < 0) out.push(`${id}: ${p.table} has no column ${p.column}`);
          if (p.kind === 'ref' && p.last !== undefined) {
            const j = spec.columns.findIndex((c) => c.key === p.last);
            if (j < i) out.push(`${id}: ${p.table}.${p.column}:${p.last} is not a left-to-right block`);
          }
          break;
        }
        default:
          break;
      }
    }
  }
  for (const s of sections) {
    for (const c of s.cells) {
      if (!(c.col >= 0 && c.col < s.columns.length)) out.push(`${s.id}: a formula at column ${c.col} outside its ${s.columns.length} columns`);
      if ((c.formula === undefined) === (c.text === undefined)) out.push(`${s.id}: a cell needs a formula or a text`);
      if ('rows' in s.extent && (c.row ?? 0) >= s.extent.rows) out.push(`${s.id}: a cell at row ${c.row} outside its ${s.extent.rows} rows`);
    }
    for (const r of s.rules ?? []) if (!(r.column >= 0 && r.column < s.columns.length)) out.push(`${s.id}: a rule at column ${r.column} outside its columns`);
  }
  for (const ch of areas.flatMap((a) => a.charts ?? [])) {
    const w = width.get(ch.section);
    if (w === undefined) out.push(`${ch.id}: no section ${ch.section}`);
    else for (const k of [ch.categories, ...ch.series, ...(ch.spacer !== undefined ? [ch.spacer] : [])]) if (!(k >= 0 && k < w)) out.push(`${ch.id}: section ${ch.section} has no column ${k}`);
  }
  return out;
}

/** The product's own declarations checked. */
export function dashboardProblems(): string[] {
  return areaProblems(DASHBOARD_AREAS);
}
