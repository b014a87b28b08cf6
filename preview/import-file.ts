/**
 * The preview's source for the Import forms: a chosen `.xlsx` (every sheet, read by ExcelJS in the
 * export's bundle, loaded on first use) or `.csv` file (csv.ts). The file is only read.
 */
import { t, type Lang } from '../core/i18n';
import type { SourceValues } from '../ui/host';
import { decodeCsv, parseCsv } from './csv';
import { loadWriter } from './export-xlsx';

const NOT_A_LIST = { en: 'not a list the preview reads; expects a .xlsx or .csv file', zh: '无法读取;应为 .xlsx 或 .csv 文件', zhHant: '無法讀取;應為 .xlsx 或 .csv 檔案' };

export async function readImportFile(file: File, lang: Lang): Promise<SourceValues[]> {
  const name = file.name;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b; // an .xlsx is a zip file: "PK"
  if (zip || /\.xlsx$/i.test(name)) {
    if (!zip) throw new Error(`${name}: ${t(NOT_A_LIST, lang)}`);
    await loadWriter();
    const sheets = await window.kaXlsx!.read(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return sheets.map((s) => ({ name: sheets.length > 1 ? `${name} › ${s.name}` : name, values: s.values, firstRow: 1 }));
  }
  if (/\.(xls|numbers|ods)$/i.test(name)) throw new Error(`${name}: ${t(NOT_A_LIST, lang)}`);
  const { text } = decodeCsv(bytes);
  return [{ name, values: parseCsv(text), firstRow: 1 }];
}
