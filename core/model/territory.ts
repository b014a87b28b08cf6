/**
 * Territories and assignment rules (domain.md §6, 销售区域划分): a rule names a territory, the region
 * and industry it covers and its account manager, with a priority (lower first; ties and blank
 * priorities keep the table's order, blanks after every numbered rule). A customer gets the first rule
 * that matches: region and industry compared as the catalogue compares text (`normText`: trimmed, any
 * case, full-width folded), a blank rule cell matching anything. A customer whose region and industry
 * are both blank matches nothing (a catch-all rule is no reason to assign an unknown customer).
 */
import { memoText, normText } from '../cell';

export interface TerritoryRule {
  territory: string;
  region: string;
  industry: string;
  manager: string;
  priority: number | null;
  /** 0-based row in the table the rules were read from. */
  row: number;
}

/** The rules in the order they are tried: by priority (blank last), then table order. */
export function orderRules(rules: readonly TerritoryRule[]): TerritoryRule[] {
  return rules
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const pa = a.r.priority;
      const pb = b.r.priority;
      if (pa !== pb) {
        if (pa === null) return 1;
        if (pb === null) return -1;
        return pa - pb;
      }
      return a.i - b.i;
    })
    .map((x) => x.r);
}

/** A matcher over the ordered rules; repeated (region, industry) pairs are answered from a cache. */
export function territoryMatcher(rules: readonly TerritoryRule[]): (region: unknown, industry: unknown) => TerritoryRule | null {
  const ordered = orderRules(rules).map((r) => ({ r, region: normText(r.region), industry: normText(r.industry) }));
  const memo = new Map<string, TerritoryRule | null>();
  // A region or industry column holds a handful of texts: each is normalised once.
  const norm = memoText((s: string) => normText(s));
  return (region, industry) => {
    const rk = typeof region === 'string' ? norm(region) : normText(region);
    const ik = typeof industry === 'string' ? norm(industry) : normText(industry);
    if (rk === '' && ik === '') return null;
    const key = rk + '\u0000' + ik;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let found: TerritoryRule | null = null;
    for (const x of ordered) {
      if ((x.region === '' || x.region === rk) && (x.industry === '' || x.industry === ik)) {
        found = x.r;
        break;
      }
    }
    if (memo.size < 100000) memo.set(key, found);
    return found;
  };
}
