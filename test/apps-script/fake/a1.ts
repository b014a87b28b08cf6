/**
 * A1 and R1C1 addressing as Google Sheets writes them: column letters, `Sheet!A1:B2`, open-ended
 * ranges (`A2:K` = rows 2 to the sheet's end, `A:K` = whole columns, `2:5` = whole rows), quoted
 * sheet titles (`'My sheet'!A1`), and R1C1 references in formulas (`R[-1]C`, `R2C3`, `C[1]`).
 */

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed reference; `null` row bounds mean "to the sheet's edge" (open-ended). */
export interface Ref {
  sheet?: string;
  row: number;
  col: number;
  /** Last row; `null` = the sheet's last row (open-ended). */
  row2: number | null;
  /** Last column; `null` = the sheet's last column (whole rows). */
  col2: number | null;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function splitSheet(a1: string): { sheet?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: a1.slice(bang + 1) };
}

/** Parses `A1`, `A1:C3`, `A2:C`, `A:C`, `2:4`, with an optional sheet. Throws on anything else. */
export function parseA1(a1: string): Ref {
  const { sheet, ref } = splitSheet(a1.trim());
  const parts = ref.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) throw new Error(`Range not found`);
  const ends = parts.map((p) => {
    const m = CELL.exec(p);
    if (!m || (!m[1] && !m[2])) throw new Error(`Range not found`);
    return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  });
  const [a, b = a] = ends;
  if (parts.length === 1 && (a.col === null || a.row === null)) throw new Error('Range not found');
  if (a.row === 0 || b.row === 0) throw new Error('Range not found');
  // Whole columns (A:C), whole rows (2:4), open-ended (A2:C).
  const row = a.row ?? 1;
  const col = a.col ?? 1;
  const row2 = b.row === null ? null : b.row;
  const col2 = b.col === null ? null : b.col;
  if (a.col === null && b.col !== null) throw new Error('Range not found');
  return {
    sheet,
    row: Math.min(row, row2 ?? row),
    col: Math.min(col, col2 ?? col),
    row2: row2 === null ? null : Math.max(row, row2),
    col2: col2 === null ? null : Math.max(col, col2),
  };
}

/** `A1`, `A1:C3`, `A2:C`, `A:C` for a rectangle (open ends given as null). */
export function toA1(row: number, col: number, row2: number | null, col2: number | null): string {
  const start = columnLetters(col) + (row2 === null && row === 1 ? '' : String(row));
  if (row2 === row && col2 === col) return columnLetters(col) + row;
  if (col2 === null) return `${row}:${row2 ?? ''}`;
  const end = columnLetters(col2) + (row2 === null ? '' : String(row2));
  return `${start}:${end}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Converts the R1C1 references of a formula (relative to the cell at `row`,`col`) to A1, outside
 * string literals. `R[-1]C` → `B1` at B2; `R2C3` → `$C$2`; `R1C1:R[0]C` stays a range.
 */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  const out: string[] = [];
  const re = /"(?:[^"]|"")*"|R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    if (m[0].startsWith('"')) continue;
    const prev = formula[m.index - 1];
    if (prev && /[A-Za-z0-9_]/.test(prev)) continue;
    out.push(formula.slice(last, m.index));
    const part = (spec: string | undefined, base: number, render: (n: number, abs: boolean) => string) => {
      if (spec === undefined) return render(base, false);
      if (spec.startsWith('[')) return render(base + Number(spec.slice(1, -1)), false);
      return render(Number(spec), true);
    };
    const r = part(m[1], row, (n, abs) => (abs ? '$' : '') + n);
    const c = part(m[2], col, (n, abs) => (abs ? '$' : '') + columnLetters(n));
    out.push(c + r);
    last = m.index + m[0].length;
  }
  out.push(formula.slice(last));
  return out.join('');
}

/** The inverse for A1 cell references outside strings (used by getFormulaR1C1). */
export function a1ToR1c1(formula: string, row: number, col: number): string {
  const re = /"(?:[^"]|"")*"|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;
  return formula.replace(re, (all, ca: string, letters: string, ra: string, digits: string, offset: number) => {
    if (all.startsWith('"')) return all;
    const prev = formula[offset - 1];
    if (prev && /[A-Za-z0-9_]/.test(prev)) return all;
    const r = Number(digits);
    const c = columnNumber(letters);
    const rs = ra ? `R${r}` : r === row ? 'R' : `R[${r - row}]`;
    const cs = ca ? `C${c}` : c === col ? 'C' : `C[${c - col}]`;
    return rs + cs;
  });
}
