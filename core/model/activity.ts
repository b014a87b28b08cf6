/**
 * Daily prospecting pace (domain.md §8): every day, 8 new names and introductions to 3 new ideal
 * customers. Pace = done ÷ (target per day × days); 1 = exactly on target. A row is on pace when
 * both paces reach 100 %.
 */
import type { L10n } from '../i18n';

export const NAMES_PER_DAY = 8;
export const INTRODUCTIONS_PER_DAY = 3;

export const PACE_LABELS = {
  onPace: { en: 'On pace', zh: '达标', zhHant: '達標' },
  behind: { en: 'Behind', zh: '落后', zhHant: '落後' },
} satisfies Record<string, L10n>;

export interface Pace {
  /** new names ÷ (8 × days) */
  names: number;
  /** introductions ÷ (3 × days) */
  introductions: number;
  onPace: boolean;
}

/** Pace of `newNames` names and `introductions` introductions over `days` days (> 0). */
export function namesPace(newNames: number, days: number): number {
  return newNames / (NAMES_PER_DAY * days);
}

export function introductionsPace(introductions: number, days: number): number {
  return introductions / (INTRODUCTIONS_PER_DAY * days);
}

/** Tolerance so that 8 names in a day computed from fractions is still on pace. */
const EDGE = 1e-9;

export function isOnPace(names: number, introductions: number): boolean {
  return names >= 1 - EDGE && introductions >= 1 - EDGE;
}

export function activityPace(newNames: number, introductions: number, days = 1): Pace {
  const n = namesPace(newNames, days);
  const i = introductionsPace(introductions, days);
  return { names: n, introductions: i, onPace: isOnPace(n, i) };
}
