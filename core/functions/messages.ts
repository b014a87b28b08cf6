/** Messages of the error policy, in every language. */
import type { L10n } from '../i18n';

export const MSG = {
  notGrid: { en: 'argument {arg}: got {got}, expects a range', zh: '参数 {arg}:收到 {got},应为一个区域', zhHant: '參數 {arg}:收到 {got},應為一個區域' },
  required: { en: 'argument {arg} is required', zh: '缺少参数 {arg}', zhHant: '缺少參數 {arg}' },
  scalar: { en: 'argument {arg}: got a range of {rows}×{cols}, expects a single value', zh: '参数 {arg}:收到 {rows}×{cols} 的区域,应为单个值', zhHant: '參數 {arg}:收到 {rows}×{cols} 的區域,應為單個值' },
  width: { en: 'argument {arg}: got {cols} columns, expects {width}', zh: '参数 {arg}:收到 {cols} 列,应为 {width} 列', zhHant: '參數 {arg}:收到 {cols} 欄,應為 {width} 欄' },
  minWidth: { en: 'argument {arg}: got {cols} columns, expects at least {width}', zh: '参数 {arg}:收到 {cols} 列,应至少 {width} 列', zhHant: '參數 {arg}:收到 {cols} 欄,應至少 {width} 欄' },
  vector8: { en: 'argument {arg}: got a range of {rows}×{cols}, expects 8 values (one per stage) in a row or a column', zh: '参数 {arg}:收到 {rows}×{cols} 的区域,应为一行或一列共 8 个值(每阶段一个)', zhHant: '參數 {arg}:收到 {rows}×{cols} 的區域,應為一列或一欄共 8 個值(每階段一個)' },
  probability: { en: 'argument {arg}: value {pos} is {got}, expects a probability from 0 % to 100 %', zh: '参数 {arg}:第 {pos} 个值为 {got},应为 0%–100% 的概率', zhHant: '參數 {arg}:第 {pos} 個值為 {got},應為 0%–100% 的機率' },
  shapeMismatch: { en: 'argument {arg}: got a range of {rows}×{cols}, expects the same size as {other} ({orows}×{ocols}) or a single cell', zh: '参数 {arg}:收到 {rows}×{cols} 的区域,应与 {other}({orows}×{ocols})大小相同,或为单个单元格', zhHant: '參數 {arg}:收到 {rows}×{cols} 的區域,應與 {other}({orows}×{ocols})大小相同,或為單個儲存格' },
  rowsMismatch: { en: 'argument {arg}: got {rows} rows, expects {expected} rows like {other}', zh: '参数 {arg}:收到 {rows} 行,应与 {other} 一样为 {expected} 行', zhHant: '參數 {arg}:收到 {rows} 列,應與 {other} 一樣為 {expected} 列' },
  internal: { en: 'internal error in {fn}: {message}', zh: '{fn} 内部错误:{message}', zhHant: '{fn} 內部錯誤:{message}' },
  // Cell-level reasons: "{arg}: got X, expects Y"
  expectNumber: { en: '{arg}: got {got}, expects a number (such as 1,200, 125万, 1.2亿 or 3.5k)', zh: '{arg}:收到 {got},应为数字(如 1,200、125万、1.2亿 或 3.5k)', zhHant: '{arg}:收到 {got},應為數字(如 1,200、125萬、1.2億 或 3.5k)' },
  expectDate: { en: '{arg}: got {got}, expects a date such as 2026-03-31', zh: '{arg}:收到 {got},应为日期,如 2026-03-31', zhHant: '{arg}:收到 {got},應為日期,如 2026-03-31' },
  expectYesNo: { en: '{arg}: got {got}, expects yes/no (1/0, 是/否, y/n)', zh: '{arg}:收到 {got},应为是/否(1/0、是/否、y/n)', zhHant: '{arg}:收到 {got},應為是/否(1/0、是/否、y/n)' },
  expectStage: { en: '{arg}: got {got}, expects a stage 1–8 or "lost"', zh: '{arg}:收到 {got},应为阶段 1–8 或“丢单”', zhHant: '{arg}:收到 {got},應為階段 1–8 或「丟單」' },
  expectText: { en: '{arg}: got {got}, expects text', zh: '{arg}:收到 {got},应为文本', zhHant: '{arg}:收到 {got},應為文字' },
  inRow: { en: 'row {row} of {arg}: {reason}', zh: '{arg} 第 {row} 行:{reason}', zhHant: '{arg} 第 {row} 列:{reason}' },
} satisfies Record<string, L10n>;
