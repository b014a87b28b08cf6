/** Conditional formats in Sheets: core's text rules as one Sheets rule per accepted text, never twice. */
import { RULE_COLOURS, type FormatRule } from '../core/schema/setup';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function ruleKey(r: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string {
  const cond = r.getBooleanCondition();
  if (!cond) return '';
  const ranges = r.getRanges().map((x) => `${x.getSheet().getSheetId()}!${x.getA1Notation()}`);
  return JSON.stringify([String(cond.getCriteriaType()), cond.getCriteriaValues(), cond.getBackground(), cond.getFontColor(), ranges]);
}

/**
 * Adds the conditional formats `rules` (one Sheets rule per accepted text) to `sheet`, keeping the
 * user's own rules and never adding one that is there already.
 */
export function addRules(sheet: Sheet, rules: { range: Range; equals: string[]; style: FormatRule['style'] }[]) {
  const existing = sheet.getConditionalFormatRules();
  const have = new Set(existing.map(ruleKey));
  const added: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const r of rules) {
    const colours = RULE_COLOURS[r.style];
    for (const text of r.equals) {
      const rule = SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground(colours.fill)
        .setFontColor(colours.font)
        .setRanges([r.range])
        .build();
      const key = ruleKey(rule);
      if (have.has(key)) continue;
      have.add(key);
      added.push(rule);
    }
  }
  if (added.length) sheet.setConditionalFormatRules([...existing, ...added]);
}

