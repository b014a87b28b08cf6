/** A message naming a cell's value in each language ("(blank)" / "(空白)" differ by language). */
import { showCell } from '../cell';
import { fill, type L10n } from '../i18n';

export function withGot(l: L10n, v: unknown, values: Record<string, string | number> = {}): L10n {
  return {
    en: fill(l, { ...values, got: showCell(v, 'en') }).en,
    zh: fill(l, { ...values, got: showCell(v, 'zh') }).zh,
    zhHant: l.zhHant === undefined ? undefined : fill(l, { ...values, got: showCell(v, 'zh-Hant') }).zhHant,
  };
}
