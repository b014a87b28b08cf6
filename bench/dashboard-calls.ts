/**
 * Bench only (bundled by bench/dashboard.mjs, never shipped): how many custom-function calls one
 * recalculation of the Dashboard makes, and whether that number grows with the rows.
 *
 * Method: the preview's workbook (the demo tables and the Dashboard that set-up's templates render,
 * in HyperFormula with the catalogue registered) with the Opportunities and Customers tables grown
 * to N rows by repeating their demo rows; the Dashboard is rendered again over the grown ranges;
 * every catalogue function is instrumented to count its evaluations; the calls of one full calculation
 * of the Dashboard (all its formulas removed, then written again in one batch) are counted, and those of one single-cell edit of an opportunity's amount. (HyperFormula's
 * `rebuildAndRecalculate` does not re-evaluate array formulas, so it is not used as the measure.)
 */
import { CATALOGUE } from '../core/functions/catalogue';
import type { FunctionSpec } from '../core/functions/spec';
import { dashboardLayout, placeholders } from '../core/schema/dashboard';
import { PreviewBook } from '../preview/book';
import { HyperFormula } from 'hyperformula';
import { ENGINE_CONFIG, registerCatalogue } from '../preview/engine';

const calls = new Map<string, number>();
let instrumented = false;

/**
 * Counts every evaluation HyperFormula makes of a catalogue function: wraps the registered plugin's
 * method for each name (the method the engine calls per formula evaluation, failed calls included).
 */
function instrument(): void {
  if (instrumented) return;
  instrumented = true;
  registerCatalogue();
  for (const spec of CATALOGUE as FunctionSpec[]) {
    const plugin = HyperFormula.getFunctionPlugin(spec.name) as unknown as { prototype: Record<string, any>; implementedFunctions: Record<string, { method: string }> } | undefined;
    if (!plugin) throw new Error(`${spec.name} is not registered with HyperFormula`);
    const method = plugin.implementedFunctions[spec.name].method;
    const inner = plugin.prototype[method];
    plugin.prototype[method] = function (this: unknown, ...args: unknown[]) {
      calls.set(spec.name, (calls.get(spec.name) ?? 0) + 1);
      return inner.apply(this, args);
    };
  }
}

const total = () => [...calls.values()].reduce((a, b) => a + b, 0);

/** The catalogue calls written in the Dashboard's formula templates (independent of the engine). */
export function templateCalls(): { formulas: number; calls: number; perFunction: Record<string, number> } {
  const per: Record<string, number> = {};
  let formulas = 0;
  for (const c of dashboardLayout('zh').cells) {
    if (c.formula === undefined) continue;
    const fns = placeholders(c.formula).filter((p) => p.kind === 'fn');
    if (fns.length) formulas++;
    for (const p of fns) per[(p as { name: string }).name] = (per[(p as { name: string }).name] ?? 0) + 1;
  }
  return { formulas, calls: Object.values(per).reduce((a, b) => a + b, 0), perFunction: per };
}

function grow(book: PreviewBook, id: 'opportunities' | 'customers', n: number): number {
  const e = book.wb.entry(id);
  if (!e) throw new Error(`the preview workbook has no ${id} table`);
  const have = book.wb.dataRows(id);
  if (have === 0) throw new Error(`the demo ${id} table is empty`);
  const rows = book.hf.getSheetSerialized(e.sheet).slice(1, 1 + have);
  const add: unknown[][] = [];
  for (let i = have; i < n; i++) add.push(rows[i % have]);
  if (add.length) book.hf.setCellContents({ sheet: e.sheet, row: 1 + have, col: 0 }, add as never);
  return book.wb.dataRows(id);
}

export interface DashboardRow {
  n: number;
  customers: number;
  calls: number;
  perFunction: Record<string, number>;
  editCalls: number;
  recalcMs: number;
  formulas: number;
  /** Dashboard cells holding an error after the recalculation (what they say). */
  errors: string[];
}

/** Dashboard cells holding an error, summarised: how many, and the distinct messages (at most 5). */
function dashboardErrors(book: PreviewBook): string[] {
  const all: string[] = [];
  const values = book.hf.getSheetValues(book.dashboardSheet);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v && typeof v === 'object' && 'type' in v) all.push(`${(v as { value: string }).value} ${(v as { message?: string }).message ?? ''}`.trim());
    }),
  );
  const distinct = [...new Set(all)];
  return all.length ? [`${all.length} error cells`, ...distinct.slice(0, 5)] : [];
}

/** For each size: Opportunities grown to n rows, Customers to n/10; the calls of one recalculation. */
export function dashboardCalls(sizes: number[], now: () => number): DashboardRow[] {
  instrument();
  (ENGINE_CONFIG as { maxRows: number }).maxRows = Math.max(ENGINE_CONFIG.maxRows ?? 0, ...sizes.map((n) => n + 10));
  const out: DashboardRow[] = [];
  let errors: string[] = [];
  for (const n of sizes) {
    const book = new PreviewBook({ lang: 'zh' });
    grow(book, 'opportunities', n);
    const customers = grow(book, 'customers', Math.max(10, Math.floor(n / 10)));
    book.writeDashboard(); // the Dashboard rendered over the grown ranges
    // One full calculation: every formula of the Dashboard removed, then written again (counted, timed).
    const sheet = book.dashboardSheet;
    const written: { row: number; col: number; f: string }[] = [];
    book.hf.getSheetSerialized(sheet).forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && v.startsWith('=')) written.push({ row: r, col: c, f: v });
      }),
    );
    book.hf.batch(() => {
      for (const w of written) book.hf.setCellContents({ sheet, row: w.row, col: w.col }, [[null]]);
    });
    calls.clear();
    const t0 = now();
    book.hf.batch(() => {
      for (const w of written) book.hf.setCellContents({ sheet, row: w.row, col: w.col }, [[w.f]]);
    });
    const recalcMs = now() - t0;
    errors = dashboardErrors(book);
    const formulas = book.hf.getSheetFormulas(book.dashboardSheet).flat().filter((f) => typeof f === 'string' && CATALOGUE.some((s) => f.includes(s.name + '('))).length;
    const full = total();
    const perFunction = Object.fromEntries([...calls.entries()].sort());
    calls.clear();
    const opp = book.wb.entry('opportunities')!;
    const amountCol = book.wb.read('opportunities').col.amount;
    book.hf.setCellContents({ sheet: opp.sheet, row: 1 + Math.floor(n / 2), col: amountCol }, [[123456]]);
    out.push({ n, customers, calls: full, perFunction, editCalls: total(), recalcMs, formulas, errors });
  }
  return out;
}
