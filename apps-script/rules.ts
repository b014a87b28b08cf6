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

/**
 * Builds custom-formula colour rules, each style's colours set once: a later rule of a style starts
 * from a copy of the one before (`ConditionalFormatRule.copy`, colours kept), so it takes its
 * formula and ranges only. One per set-up or Dashboard build (rules are values; any sheet may use them).
 */
export class ColourRules {
  private last = new Map<FormatRule['style'], Rule>();
  rule(style: FormatRule['style'], formula: string, ranges: Range[]): Rule {
    const prev = this.last.get(style);
    const colours = RULE_COLOURS[style];
    const b = prev ? prev.copy() : SpreadsheetApp.newConditionalFormatRule().setBackground(colours.fill).setFontColor(colours.font);
    const rule = b.whenFormulaSatisfied(formula).setRanges(ranges).build();
    this.last.set(style, rule);
    return rule;
  }
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
 * Adds the conditional formats `rules` (each over the range `a1` of `sheet`) to `sheet`, one Sheets
 * rule per core rule, keeping the user's own rules and never adding one that is there already: the
 * ranges in one call, one read of the sheet's rules (none for a sheet made now: `fresh`), one write.
 * Ranges compare by Sheets' own A1 notation of them (an open-ended `E2:E` reads back bounded).
 */
export function addRules(sheet: Sheet, rules: { a1: string; equals: string[]; style: FormatRule['style'] }[], fresh = false, colours = new ColourRules()) {
  if (!rules.length) return;
  const ranges: Range[] = rules.length === 1 ? [sheet.getRange(rules[0].a1)] : sheet.getRangeList(rules.map((r) => r.a1)).getRanges();
  const existing = fresh ? [] : sheet.getConditionalFormatRules();
  const have = covered(existing);
  const added: Rule[] = [];
  rules.forEach((r, i) => {
    const first = /^([A-Z]+)(\d*)/.exec(r.a1);
    if (!first) return;
    const formula = equalsFormula(first[1] + (first[2] || '1'), r.equals);
    if (!fresh) {
      const a1 = ranges[i].getA1Notation();
      if (have.formulas.has(`${a1}|${formula}`) || r.equals.every((e) => have.texts.has(`${a1}|${e}`))) return;
      have.formulas.add(`${a1}|${formula}`);
    }
    added.push(colours.rule(r.style, formula, [ranges[i]]));
  });
  if (added.length) sheet.setConditionalFormatRules([...existing, ...added]);
}
