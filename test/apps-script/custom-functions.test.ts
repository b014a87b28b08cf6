/** The catalogue's globals in the pushed Code.js, called the way Sheets calls a custom function. */
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/functions/catalogue';
import { callFunction } from '../../core/functions/run';
import { CellError } from '../../core/functions/spec';
import { Runtime } from './fake/runtime';
import { ensureBuilt } from './helpers';

beforeAll(() => ensureBuilt());

/** Sheets passes a one-cell range as its value and a larger range as rows of values. */
function asSheetsArg(a: unknown): unknown {
  if (a === undefined) return undefined;
  if (Array.isArray(a) && a.length === 1 && Array.isArray(a[0]) && a[0].length === 1) return a[0][0];
  return a;
}

const sheets = (v: unknown): unknown =>
  Array.isArray(v) ? v.map((r) => (r as unknown[]).map((x) => (x instanceof CellError ? `#VALUE! ${x.reason}` : x))) : v instanceof CellError ? `#VALUE! ${v.reason}` : v;

describe('custom functions in Sheets', () => {
  it('every example of the catalogue gives, through its global, what core gives (add-on installed and enabled, custom-function mode)', () => {
    const rt = new Runtime({ addon: 'installed-and-enabled' });
    let n = 0;
    for (const f of CATALOGUE)
      for (const ex of f.examples) {
        const args = ex.args.map(asSheetsArg);
        let want: unknown;
        try {
          want = sheets(callFunction(f, args, { lang: 'en' }));
        } catch (e) {
          want = { error: (e as Error).message };
        }
        const cell = rt.cell(f.name, ...args);
        const got = 'value' in cell ? JSON.parse(JSON.stringify(cell.value)) : { error: cell.message };
        expect(got, ex.formula).toEqual(JSON.parse(JSON.stringify(want)));
        n++;
      }
    expect(n).toBeGreaterThanOrEqual(CATALOGUE.length);
  });

  it('speaks the spreadsheet’s language in its messages', () => {
    const zh = new Runtime({ locale: 'zh_CN' });
    const en = new Runtime({ locale: 'en_US' });
    const call = (rt: Runtime) => {
      try {
        rt.run('OPP_SCORE', [['x', 'y']]);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(call(en)).toMatch(/[A-Za-z]/);
    expect(call(zh)).toMatch(/[\u4e00-\u9fff]/);
  });
});
