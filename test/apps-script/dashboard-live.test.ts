/**
 * The dashboard set-up writes, computed: the fake spreadsheet (after set-up and some typed data) is
 * copied into HyperFormula with the catalogue registered (the preview's engine) and every named
 * range as a named expression, so the Sheets formulas and the named ranges they use are evaluated
 * together. HyperFormula is not Google Sheets; this checks the wiring (names, ranges, argument order,
 * ARRAYFORMULA, setting look-ups), not Sheets' own functions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dateToSerial } from '../../core/cell';
import { dashboardLayout, dashboardSettings } from '../../core/schema/dashboard';
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
 * The spreadsheet as HyperFormula sheets (open-ended ranges cut at LAST_ROW, the Dashboard whole).
 * Named ranges are put into the formulas as the ranges they name (HyperFormula cannot size a spilled
 * result over a named expression); a name that does not exist stays and computes as #NAME?.
 * Open-ended ranges run to their table's last row, as Sheets' cut of them (`ARRAY_CONSTRAIN` to the
 * lane's row count, which HyperFormula cannot size before computing) leaves them.
 */
function toEngine(ss: Spreadsheet, lang: Lang) {
  const names = new Map(
    ss.named.map((n) => {
      const ref = n.ref!;
      const q = `'${ref.sheet.name.replace(/'/g, "''")}'`;
      const a = `$${columnLetters(ref.col)}$${ref.row}`;
      // An open-ended range to the table's last row: what Sheets' cut to the table's rows leaves.
      const b = `$${columnLetters(ref.col2 ?? ref.sheet.maxCols)}$${ref.row2 ?? Math.max(ref.row, Math.min(LAST_ROW, ref.sheet.getLastRow()))}`;
      return [n.name, `${q}!${a}:${b}`] as const;
    }),
  );
  const dashboard = ss.getRangeByName('KA_Dashboard')!.getSheet();
  const sheets: Record<string, unknown[][]> = {};
  for (const s of ss.sheets) {
    const rows: unknown[][] = [];
    const last = s === dashboard ? s.getLastRow() : Math.min(s.maxRows, LAST_ROW);
    for (let r = 1; r <= last; r++) {
      const line: unknown[] = [];
      for (let c = 1; c <= s.maxCols; c++) {
        const d = s.cell(r, c);
        // HyperFormula refuses ARRAYFORMULA(range) (Sheets spills it); an element-wise IF gives the same cells.
        // Sheets' cut of a named range to the table's rows (which HyperFormula cannot size before
        // computing) is left to the range, which runs to the table's last row here.
        if (d?.formula)
          line.push(
            d.formula
              .replace(/ARRAY_CONSTRAIN\((KA_\w+),MAX\(1,\$[A-Z]+\$\d+\),COLUMNS\(\1\)\)/g, '$1')
              .replace(/ARRAYFORMULA\((KA_\w+|\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)\)/g, 'ARRAYFORMULA(IF($1="","",$1))')
              .replace(/"(?:[^"]|"")*"|\bKA_\w+/g, (m) => names.get(m) ?? m),
          );
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
    ['en_US', 'en', /warning/i, 'Missing'],
    ['zh_CN', 'zh', /预警/, '未提交'],
  ] as const)('in a %s workbook: the forecast, quotas, funnel and key figures compute through the named ranges', (locale, lang, warning, missing) => {
    const rt = runtime({ locale, email: 'zhang.wei@example.com' });
    const stage = (n: Stage) => stageValues(lang)[n - 1];
    rt.run('kaSetUp');
    type(rt, 'team', [
      { person: 'Li Na', email: 'li.na@example.com' },
      { person: 'Zhang Wei', manager: 'Li Na', email: 'zhang.wei@example.com' },
    ]);
    const settings = tableFromGrid(tableSpec('settings'), rt.ss.getRangeByName('KA_Settings')!.getValues());
    const from = settings.rows.find((r) => r[settings.col.key] === 'period_from')![settings.col.value] as Date;
    const to = settings.rows.find((r) => r[settings.col.key] === 'period_to')![settings.col.value] as Date;
    // A date cell is midnight of its day in the spreadsheet's zone (not necessarily this process's).
    const iso = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: rt.ss.getSpreadsheetTimeZone() }).format(d);
    const close = `${iso(from).slice(0, 4)}-${String(Number(iso(from).slice(5, 7)) + 1).padStart(2, '0')}-15`;
    const yes = lang === 'en' ? 'Yes' : '是';
    type(rt, 'opportunities', [
      { id: 'O00001', name: 'Core network', customer_id: 'C00001', owner: 'Zhang Wei', amount: 100000, stage: stage(3), close, confirmed: yes },
      { id: 'O00002', name: 'Billing', customer_id: 'C00001', owner: 'Zhang Wei', amount: 50000, stage: stage(3), close },
      { id: 'O00003', name: 'Cloud', customer_id: 'C00002', owner: 'Li Na', amount: 200000, stage: stage(5), close, confirmed: yes },
      { id: 'O00004', name: 'Storage', customer_id: 'C00002', owner: 'Zhang Wei', amount: 70000, stage: stage(8), close },
    ]);
    type(rt, 'quotas', [
      { person: 'Li Na', period_from: iso(from), period_to: iso(to), quota: 1000000, actual: '' },
      { person: 'Zhang Wei', period_from: iso(from), period_to: iso(to), quota: 300000, actual: 60000 },
    ]);
    type(rt, 'forecasts', [{ id: 'F00001', when: `${close} 09:00`, kind: lang === 'en' ? 'Submission' : '提交', person: 'Zhang Wei', by: 'Zhang Wei', to: 'Li Na', period_from: iso(from), period_to: iso(to), amount: 30000 }]);
    const bench = rt.ss.getRangeByName('KA_Benchmarks_hist_count')!;
    bench.getSheet().getRange(bench.getRow(), bench.getColumn(), 8, 1).setValues([[1], [1], [4], [1], [1], [1], [1], [1]]);
    rt.run('kaRefreshDashboard'); // laid out for the rows typed

    const hf = toEngine(rt.ss, lang);
    const dashSheet = rt.ss.getRangeByName('KA_Dashboard')!.getSheet();
    const dash = hf.getSheetId(dashSheet.getName())!;
    const value = (row: number, col: number) => fromEngineValue(hf.getCellValue({ sheet: dash, row, col }));
    const layout = dashboardLayout(lang, { team: 2, quotas: 2, opportunities: 4, forecasts: 1, settings: settings.rows.length, benchmarks: 8, leaders: 1 }, dashboardSettings(settings));
    expect(dashSheet.getRange(layout.stampAt.row + 1, layout.stampAt.col + 1).getValue()).toBe(layout.stamp);
    const sec = (id: string, r: number, c: number) => {
      const s = layout.sections.find((x) => x.id === id)!;
      return value(s.body.row + r, s.body.col + c);
    };
    const figure = (label: string) => {
      const c = layout.cells.find((x) => x.text === label)!;
      return value(c.row + 1, c.col);
    };
    // Funnel health by count: stage 3 holds 2 of a benchmark of 4 → 50 %, a warning; the stage shown by its name.
    expect(String(sec('funnel_count', 2, 0))).toMatch(/^03 /);
    expect(sec('funnel_count', 2, 1)).toBe(2);
    expect(sec('funnel_count', 2, 2)).toBe(4);
    expect(sec('funnel_count', 2, 3)).toBeCloseTo(0.5);
    expect(String(sec('funnel_count', 2, 4))).toMatch(warning);
    // The forecast: Zhang Wei submitted 30,000 to Li Na; Li Na has not submitted; the live figures
    // are the confirmed opportunities only: 100,000 × 30 % for Zhang Wei, 200,000 × 50 % + his for Li Na.
    expect([sec('forecast', 0, 0), sec('forecast', 0, 7), sec('forecast', 0, 8), sec('forecast', 0, 9)]).toEqual(['Li Na', missing, 30000, 130000]);
    expect([sec('forecast', 1, 0), sec('forecast', 1, 2), sec('forecast', 1, 6), sec('forecast', 1, 9)]).toEqual(['Zhang Wei', 30000, 30000, 30000]);
    // Quotas: won with the team (70,000 under Zhang Wei, so Li Na's too), his 60,000 closed outside.
    expect([sec('quota', 0, 0), sec('quota', 0, 1), sec('quota', 0, 2)]).toEqual(['Li Na', 1000000, 70000]);
    expect([sec('quota', 1, 0), sec('quota', 1, 2), sec('quota', 1, 3)]).toEqual(['Zhang Wei', 70000, 60000]);
    expect(sec('quota', 1, 4)).toBeCloseTo(130000 / 300000);
    expect(sec('quota', 0, 5)).toBe(350000);
    // The band: live (the top's team), quota at the top, won, weighted open pipeline of the period.
    expect(figure(lang === 'en' ? 'Live forecast' : '实时预测')).toBe(130000);
    expect(figure(lang === 'en' ? 'Quota' : '销售指标')).toBe(1000000);
    expect(figure(lang === 'en' ? 'Won' : '已赢单')).toBe(70000);
    expect(figure(lang === 'en' ? 'Weighted pipeline' : '加权销售管道')).toBeCloseTo(150000 * 0.3 + 200000 * 0.5);
    expect(figure(lang === 'en' ? 'Submitted, after revisions' : '已提交(含修正)')).toBe(30000);
    // No cell of the Dashboard fails to compute.
    const bad: string[] = [];
    hf.getSheetValues(dash).forEach((r, i) =>
      r.forEach((v, j) => {
        const x = fromEngineValue(v);
        if (typeof x === 'string' && /^#(NAME\?|REF!|VALUE!|N\/A|ERROR!|DIV|SPILL|NUM)/.test(x)) bad.push(`${i},${j}: ${x} ${hf.getCellFormula({ sheet: dash, row: i, col: j })?.slice(0, 120)}`);
      }),
    );
    expect(bad).toEqual([]);
  });
});
