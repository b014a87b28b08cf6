/**
 * The dashboard set-up writes, computed: the fake spreadsheet (after set-up and some typed data) is
 * copied into HyperFormula with the catalogue registered (the preview's engine) and every named
 * range as a named expression, so the Sheets formulas and the named ranges they use are evaluated
 * together. HyperFormula is not Google Sheets; this checks the wiring (names, ranges, argument order,
 * ARRAYFORMULA, setting look-ups), not Sheets' own functions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dateToSerial } from '../../core/cell';
import { DASHBOARD } from '../../core/schema/dashboard';
import { stageValues } from '../../core/schema/setup';
import type { Stage } from '../../core/model/stage';
import type { Lang } from '../../core/i18n';
import { tableFromGrid } from '../../core/schema/read';
import { tableSpec } from '../../core/schema/tables';
import type { TableId } from '../../core/schema/types';
import { HyperFormula } from 'hyperformula';
import { ENGINE_CONFIG, fromEngineValue, registerCatalogue, setEngineLanguage } from '../../preview/engine';
import { columnLetters } from './fake/a1';
import type { Runtime } from './fake/runtime';
import type { Spreadsheet } from './fake/spreadsheet';
import { ensureBuilt, runtime } from './helpers';

beforeAll(() => ensureBuilt());

/** Types records into a table's sheet, each value in the column its header names (as a user would). */
function type(rt: Runtime, id: TableId, rows: Record<string, unknown>[]) {
  const spec = tableSpec(id);
  const range = rt.ss.getRangeByName(spec.name)!;
  const t = tableFromGrid(spec, range.getValues());
  const sheet = range.getSheet();
  rows.forEach((rec, i) => {
    for (const [k, v] of Object.entries(rec)) sheet.getRange(range.getRow() + 1 + t.rows.length + i, range.getColumn() + t.col[k]).setValue(v);
  });
}

const LAST_ROW = 60;

/**
 * The spreadsheet as HyperFormula sheets (open-ended ranges cut at LAST_ROW). Named ranges are put
 * into the formulas as the ranges they name (HyperFormula cannot size a spilled result over a named
 * expression); a name that does not exist stays and computes as #NAME?.
 */
function toEngine(ss: Spreadsheet, lang: Lang) {
  const names = new Map(
    ss.named.map((n) => {
      const ref = n.ref!;
      const q = `'${ref.sheet.name.replace(/'/g, "''")}'`;
      const a = `$${columnLetters(ref.col)}$${ref.row}`;
      const b = `$${columnLetters(ref.col2 ?? ref.sheet.maxCols)}$${ref.row2 ?? LAST_ROW}`;
      return [n.name, `${q}!${a}:${b}`] as const;
    }),
  );
  const sheets: Record<string, unknown[][]> = {};
  for (const s of ss.sheets) {
    const rows: unknown[][] = [];
    for (let r = 1; r <= Math.min(s.maxRows, LAST_ROW); r++) {
      const line: unknown[] = [];
      for (let c = 1; c <= s.maxCols; c++) {
        const d = s.cell(r, c);
        // HyperFormula refuses ARRAYFORMULA(range) (Sheets spills it); an element-wise IF gives the same cells.
        if (d?.formula) line.push(d.formula.replace(/ARRAYFORMULA\((KA_\w+)\)/g, 'ARRAYFORMULA(IF($1="","",$1))').replace(/"(?:[^"]|"")*"|\bKA_\w+/g, (m) => names.get(m) ?? m));
        else if (d?.value instanceof Date) line.push(dateToSerial(d.value));
        else if (d?.value === undefined || d.value === '') line.push(null);
        else line.push(typeof d.value === 'string' && d.value.startsWith('=') ? "'" + d.value : d.value);
      }
      rows.push(line);
    }
    sheets[s.name] = rows;
  }
  registerCatalogue();
  setEngineLanguage(lang); // custom functions speak the spreadsheet's language (custom-functions.ts)
  return HyperFormula.buildFromSheets(sheets as never, ENGINE_CONFIG);
}

describe('the dashboard, computed', () => {
  it.each([
    ['en_US', 'en', /warning/i],
    ['zh_CN', 'zh', /预警/],
  ] as const)('in a %s workbook: funnel health, weighted pipeline, period and quota blocks compute through the named ranges', (locale, lang, warning) => {
    const rt = runtime({ locale, email: 'zhang.wei@example.com' });
    const stage = (n: Stage) => stageValues(lang)[n - 1];
    rt.run('kaSetUp');
    type(rt, 'team', [
      { person: 'Li Na', email: 'li.na@example.com' },
      { person: 'Zhang Wei', manager: 'Li Na', email: 'zhang.wei@example.com' },
    ]);
    const period = rt.ss.getRangeByName('KA_Settings_value')!.getValues();
    const from = period[1][0] as Date;
    const close = `${from.getFullYear()}-${String(from.getMonth() + 2).padStart(2, '0')}-15`;
    type(rt, 'opportunities', [
      { id: 'O00001', name: 'Core network', customer_id: 'C00001', owner: 'Zhang Wei', amount: 100000, stage: stage(3), close },
      { id: 'O00002', name: 'Billing', customer_id: 'C00001', owner: 'Zhang Wei', amount: 50000, stage: stage(3), close },
      { id: 'O00003', name: 'Cloud', customer_id: 'C00002', owner: 'Li Na', amount: 200000, stage: stage(5), close },
    ]);
    type(rt, 'quotas', [{ person: 'Zhang Wei', period_from: close, period_to: close, quota: 300000, actual: 60000 }]);
    const bench = rt.ss.getRangeByName('KA_Benchmarks_hist_count')!;
    bench.getSheet().getRange(bench.getRow(), bench.getColumn(), 8, 1).setValues([[1], [1], [4], [1], [1], [1], [1], [1]]);

    const hf = toEngine(rt.ss, lang);
    const dash = hf.getSheetId(rt.ss.getRangeByName('KA_Dashboard')!.getSheet().getName())!;
    const at = (a1: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      return fromEngineValue(hf.getCellValue({ sheet: dash, row: Number(m[2]) - 1, col: col - 1 }));
    };
    // Funnel health by count: stage 3 holds 2 of a benchmark of 4 → 50 %, a warning.
    expect(at('B7')).toBe(2);
    expect(at('C7')).toBe(4);
    expect(at('D7')).toBeCloseTo(0.5);
    expect(String(at('E7'))).toMatch(warning);
    expect(at('B9')).toBe(1);
    // Weighted pipeline: 150 000 × 30 % + 200 000 × 50 %.
    expect(at('M5')).toBeCloseTo(145000);
    // The current period, looked up in Settings by key.
    expect(at('N5')).toBe(dateToSerial(from));
    // Quotas: the person, quota, closed, open pipeline in period, attainment.
    // Quotas: the person, quota, open pipeline in period, attainment (cells as core places them).
    const quota = DASHBOARD.find((b) => b.id === 'quota')!.cells;
    expect(at(quota[0].at)).toBe('Zhang Wei');
    expect(at(quota[1].at)).toBe(300000);
    expect(at(quota[3].at)).toBe(150000);
    expect(at(quota[4].at)).toBeCloseTo(0.2);
    // No dashboard formula fails to compute.
    for (const b of DASHBOARD)
      for (const c of b.cells) {
        const v = at(c.at);
        expect(v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v), `${b.id} ${c.at}`).not.toMatch(/#(NAME\?|REF!|VALUE!|N\/A|ERROR!|DIV)/);
      }
  });
});
