import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, findFunction } from '../core/functions/catalogue';
import { callFunction, resultSize } from '../core/functions/run';
import { CallError, CellError, type FunctionSpec, type Out } from '../core/functions/spec';
import { createEngine, fromEngineValue, recomputeCatalogue, setEngineLanguage } from './engine';

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function refOf(sheet: string, rows: number, cols: number): string {
  const a = `${sheet}!A1`;
  return rows === 1 && cols === 1 ? a : `${a}:${colName(cols - 1)}${rows}`;
}

function toGrid(v: unknown): unknown[][] {
  if (Array.isArray(v)) return Array.isArray(v[0]) ? (v as unknown[][]) : [v as unknown[]];
  return [[v]];
}

/** Engine result of `=NAME(args…)` with every argument in a sheet of its own; and the values the engine holds. */
function runInEngine(spec: FunctionSpec, args: unknown[], lang: 'en' | 'zh' = 'en') {
  const sheets: Record<string, unknown[][]> = { Out: [[]] };
  const refs: string[] = [];
  args.forEach((a, i) => {
    if (a === undefined) {
      refs.push('');
      return;
    }
    const g = toGrid(a);
    sheets[`Arg${i}`] = g;
    refs.push(refOf(`Arg${i}`, g.length, g[0].length));
  });
  while (refs.length && refs[refs.length - 1] === '') refs.pop();
  const hf = createEngine(sheets, lang);
  const out = hf.getSheetId('Out')!;
  hf.setCellContents({ sheet: out, row: 0, col: 0 }, [[`=${spec.name}(${refs.join(', ')})`]]);
  // What the engine actually holds (text such as "03" is typed by the engine, as in any spreadsheet).
  const held = args.map((a, i) => {
    if (a === undefined) return undefined;
    const id = hf.getSheetId(`Arg${i}`)!;
    const g = hf.getSheetValues(id).map((r) => r.map(fromEngineValue));
    return g.length === 1 && g[0].length === 1 ? g[0][0] : g;
  });
  return { hf, out, held };
}

function readResult(hf: HyperFormula, sheet: number, rows: number, cols: number): unknown[][] {
  const g: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) {
      const v = hf.getCellValue({ sheet, row: r, col: c });
      row.push(v instanceof DetailedCellError ? { error: v.value, reason: v.message } : v);
    }
    g.push(row);
  }
  return g;
}

function expected(spec: FunctionSpec, held: unknown[], lang: 'en' | 'zh' = 'en'): unknown[][] {
  let r: Out | Out[][];
  try {
    r = callFunction(spec, held, { lang });
  } catch (e) {
    if (e instanceof CallError) return [[{ error: '#VALUE!', reason: e.message }]];
    throw e;
  }
  const g = Array.isArray(r) ? r : [[r]];
  return g.map((row) => row.map((v) => (v instanceof CellError ? { error: '#VALUE!', reason: v.reason } : v)));
}

function dimsOf(held: unknown[]) {
  return held.map((a) => (a === undefined ? undefined : Array.isArray(a) ? { rows: a.length, cols: (a[0] as unknown[]).length } : { rows: 1, cols: 1 }));
}

describe('the catalogue in HyperFormula', () => {
  it('registers every catalogue function', () => {
    const hf = createEngine({ S: [[]] });
    const names = new Set(hf.getRegisteredFunctionNames());
    for (const f of CATALOGUE) expect(names.has(f.name), f.name).toBe(true);
  });

  for (const spec of CATALOGUE) {
    spec.examples.forEach((ex, k) => {
      it(`${spec.name} example ${k + 1} (${ex.formula}) computes in the engine as callFunction does`, () => {
        const { hf, out, held } = runInEngine(spec, ex.args);
        const want = expected(spec, held);
        const size = resultSize(spec, dimsOf(held));
        expect(readResult(hf, out, size.rows, size.cols)).toEqual(want);
        // …and what the example documents
        expect(readResult(hf, out, size.rows, size.cols)).toEqual(toGrid(ex.result));
      });
    });
  }
});

describe('ranges, spills and errors', () => {
  const score = findFunction('OPP_ASSESS')!;
  const rows: unknown[][] = [];
  for (let i = 0; i < 120; i++) rows.push(Array.from({ length: 20 }, (_, q) => ((i * 7 + q * 3) % 5 < 2 ? 1 : 0)));
  rows[5][3] = 'maybe'; // one unreadable answer: that row alone is an error

  it('a rows function spills one row per input row and marks only the bad row', () => {
    const hf = createEngine({ Opps: rows, Dash: [[]] });
    const dash = hf.getSheetId('Dash')!;
    hf.setCellContents({ sheet: dash, row: 0, col: 0 }, [['=OPP_ASSESS(Opps!A1:T120, 10)']]);
    const got = readResult(hf, dash, 120, 6);
    expect(got).toEqual(expected(score, [rows, 10]));
    expect((got[5][0] as { error: string }).error).toBe('#VALUE!');
    expect((got[5][0] as { reason: string }).reason).toMatch(/maybe/);
    expect(typeof got[6][4]).toBe('number');
  });

  it('recalculates when a cell changes', () => {
    const hf = createEngine({ Opps: [['02', 100000], ['07', 50000], ['lost', 80000]], Dash: [['=WEIGHTED_PIPELINE(Opps!B1:B3, Opps!A1:A3)']] });
    const dash = hf.getSheetId('Dash')!;
    expect(hf.getCellValue({ sheet: dash, row: 0, col: 0 })).toBe(65000);
    hf.setCellContents({ sheet: hf.getSheetId('Opps')!, row: 2, col: 0 }, [['05']]);
    expect(hf.getCellValue({ sheet: dash, row: 0, col: 0 })).toBe(105000);
  });

  it('a call that cannot be computed is #VALUE! with the message, in the Settings language', () => {
    const hf = createEngine({ Opps: [['02', 1], ['07', 2], ['03', 3]], Dash: [['=WEIGHTED_PIPELINE(Opps!B1:B3, Opps!A1:A2)']] }, 'en');
    const dash = hf.getSheetId('Dash')!;
    const v = hf.getCellValue({ sheet: dash, row: 0, col: 0 });
    expect(v).toBeInstanceOf(DetailedCellError);
    const en = (v as DetailedCellError).message;
    expect(en).toMatch(/amounts/);
    setEngineLanguage('zh');
    expect(recomputeCatalogue(hf)).toBe(1);
    const zh = (hf.getCellValue({ sheet: dash, row: 0, col: 0 }) as DetailedCellError).message;
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    setEngineLanguage('en');
  });

  it('array results follow a language switch', () => {
    const yes = [Array.from({ length: 20 }, () => 1)];
    const hf = createEngine({ A: yes, D: [['=OPP_ASSESS(A!A1:T1)'], ['=SUM(A!A1:T1)']] }, 'zh');
    const d = hf.getSheetId('D')!;
    expect(readResult(hf, d, 1, 6)).toEqual(expected(score, [yes], 'zh'));
    setEngineLanguage('en');
    expect(recomputeCatalogue(hf)).toBe(1);
    expect(readResult(hf, d, 1, 6)).toEqual(expected(score, [yes], 'en'));
    expect(hf.getCellValue({ sheet: d, row: 1, col: 0 })).toBe(20);
  });

  it('labels follow the language', () => {
    const yes = [Array.from({ length: 20 }, () => 1)];
    const hf = createEngine({ A: yes, D: [['=OPP_ASSESS(A!A1:T1)']] }, 'zh');
    const d = hf.getSheetId('D')!;
    const want = expected(score, [yes], 'zh');
    expect(readResult(hf, d, 1, 6)).toEqual(want);
    setEngineLanguage('en');
  });
});
