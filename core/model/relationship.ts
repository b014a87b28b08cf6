/**
 * Relationship degree (客户关系度, domain.md §5): how much of the customer's decision we control.
 * > 80 % fully in place (非常到位), > 60 % fairly in place (比较到位), otherwise ordinary (一般);
 * "unknown" / 无法判断 means it cannot be judged yet. The edges belong to the lower level:
 * exactly 80 % is 比较到位 and exactly 60 % is 一般.
 */
import { normText, toNumber } from '../cell';
import type { L10n } from '../i18n';

export type RelationshipLevel = 'full' | 'strong' | 'ordinary' | 'unknown';

export const RELATIONSHIP_LABELS: Record<RelationshipLevel, L10n> = {
  full: { en: 'Fully in place', zh: '非常到位', zhHant: '非常到位' },
  strong: { en: 'Fairly in place', zh: '比较到位', zhHant: '比較到位' },
  ordinary: { en: 'Ordinary', zh: '一般', zhHant: '一般' },
  unknown: { en: 'Cannot judge', zh: '无法判断', zhHant: '無法判斷' },
};

/** The level of a control share given as a fraction 0–1. */
export function levelOf(share: number): RelationshipLevel {
  if (share > 0.8) return 'full';
  if (share > 0.6) return 'strong';
  return 'ordinary';
}

const UNKNOWN_WORDS = new Set(['unknown', 'cannot judge', "can't judge", 'n/a', '?', '？', '无法判断', '無法判斷', '未知', '不确定', '不確定', '待定']);
const LEVEL_WORDS = new Map<string, RelationshipLevel>();
for (const [level, l] of Object.entries(RELATIONSHIP_LABELS) as [RelationshipLevel, L10n][]) {
  for (const w of [l.en, l.zh, l.zhHant ?? l.zh]) LEVEL_WORDS.set(normText(w), level);
}

/**
 * A control share from a cell, as a fraction: 0.85, "85%", or 85 (a number above 1 and up to 100 is
 * read as percent, since a share cannot exceed 100 %). `null` for blank, `undefined` when it is not
 * a share (negative, above 100 %, or not a number).
 */
export function readShare(v: unknown): number | null | undefined {
  const n = toNumber(v);
  if (n === null || n === undefined) return n;
  if (n < 0 || n > 100) return undefined;
  return n > 1 ? n / 100 : n;
}

/**
 * The level from a cell: a share (see `readShare`), an "unknown" word (unknown, 无法判断, 未知 …) or
 * a level's own name (非常到位 …). `null` for blank, `undefined` when unreadable.
 */
export function relationshipLevel(v: unknown): RelationshipLevel | null | undefined {
  if (typeof v === 'number') {
    const s = readShare(v);
    return s === null || s === undefined ? s : levelOf(s);
  }
  const s = readShare(v);
  if (s !== undefined) return s === null ? null : levelOf(s);
  if (typeof v !== 'string') return undefined;
  const w = normText(v);
  if (UNKNOWN_WORDS.has(w)) return 'unknown';
  return LEVEL_WORDS.get(w);
}
