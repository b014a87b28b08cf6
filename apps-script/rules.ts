/**
 * Conditional formats in Sheets: each of core's text rules (cells equal to one of several texts get a
 * style) as ONE Sheets rule over its range — a custom formula `=OR(E5="优秀",E5="Excellent",…)` relative
 * to the range's first cell — never added twice, the user's own rules kept. A rule is known by its
 * criteria and range; the per-text rules of earlier versions (`whenTextEqualTo`, one per text) count as
 * the same rule, so a workbook set up before is not given a second copy.
 */
import { RULE_COLOURS, type FormatRule } from '../core/schema/setup';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** `=OR(E5="a",E5="b")` for the cells of a range whose first cell is `first` (`E5`). */
export function equalsFormula(first: string, equals: readonly string[]): string {
  return '=OR(' + equals.map((e) => `${first}="${e.replace(/"/g, '""')}"`).join(',') + ')';
}

/** What the existing rules of a sheet cover: custom formulas per range, and texts per range (older rules). */
function covered(existing: Rule[]): { formulas: Set<string>; texts: Set<string> } {
  const formulas = new Set<string>();
  const texts = new Set<string>();
  for (const r of existing) {
    const cond = r.getBooleanCondition();
    if (!cond) continue;
    const type = String(cond.getCriteriaType());
    const values = cond.getCriteriaValues();
    const ranges = r.getRanges().map((x) => x.getA1Notation());
    for (const a1 of ranges) {
      if (type === 'CUSTOM_FORMULA') formulas.add(`${a1}|${String(values[0])}`);
      else if (type === 'TEXT_EQUAL_TO') texts.add(`${a1}|${String(values[0])}`);
    }
  }
  return { formulas, texts };
}

/**
 * Adds the conditional formats `rules` to `sheet` (one Sheets rule per core rule), keeping the user's
 * own rules and never adding one that is there already: one read of the sheet's rules, one write.
 */
export function addRules(sheet: Sheet, rules: { range: Range; equals: string[]; style: FormatRule['style'] }[]) {
  const existing = sheet.getConditionalFormatRules();
  const have = covered(existing);
  const added: Rule[] = [];
  for (const r of rules) {
    const a1 = r.range.getA1Notation();
    const first = /^([A-Z]+)(\d*)/.exec(a1);
    if (!first) continue;
    const formula = equalsFormula(first[1] + (first[2] || '1'), r.equals);
    if (have.formulas.has(`${a1}|${formula}`) || r.equals.every((e) => have.texts.has(`${a1}|${e}`))) continue;
    have.formulas.add(`${a1}|${formula}`);
    const colours = RULE_COLOURS[r.style];
    added.push(SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(colours.fill).setFontColor(colours.font).setRanges([r.range]).build());
  }
  if (added.length) sheet.setConditionalFormatRules([...existing, ...added]);
}
