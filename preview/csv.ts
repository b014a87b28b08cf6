/**
 * Reading a `.csv` file for the Import forms: the bytes decoded (UTF-8 with or without a BOM, UTF-16
 * with its BOM, and — when the bytes are not UTF-8 — GBK, as Excel saves "CSV" on a Chinese Windows)
 * and parsed as RFC 4180 says: fields separated by commas (or by tabs / semicolons when the header row
 * uses those and no comma), a field in double quotes may hold commas, line breaks and `""` for a quote;
 * lines end in CRLF, LF or CR.
 */

/** The text of a CSV file's bytes, and the encoding it was read in. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a Chinese Excel's CSV is GBK (GB18030 covers it); where the browser lacks it, UTF-8 with replacements.
    try {
      return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
    } catch {
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
    }
  }
}

/** The separator of a CSV text: a comma, unless its first line has tabs (or semicolons) outside quotes and no comma. */
export function csvSeparator(text: string): string {
  let quoted = false;
  const count: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in count) count[c]++;
  }
  if (count[','] > 0) return ',';
  if (count['\t'] > 0) return '\t';
  if (count[';'] > 0) return ';';
  return ',';
}

/** The rows of a CSV text (a leading BOM dropped; a final line break ends the last row, it adds none). */
export function parseCsv(text: string, separator = csvSeparator(text)): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && !fieldStarted && field === '') {
      // A quoted field: up to the closing quote; "" is a quote.
      i++;
      for (;;) {
        if (i >= s.length) break;
        const d = s[i];
        if (d === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += d;
        i++;
      }
      fieldStarted = true;
      continue;
    }
    if (c === separator) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      // Text after a closing quote is kept (lenient, as spreadsheets are).
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return rows;
}
