// The benchmark cases of the later areas, one file each (same shape as the cases in ../cases.mjs:
// id, fn, about, sizes, make, args, floor, compare, and optionally hf). ../cases.mjs appends them.
import { FORECAST_CASES } from './forecast.mjs';
import { ACCOUNTS_CASES } from './accounts.mjs';
import { TEAM_CASES } from './team.mjs';
import { HISTORY_CASES } from './history.mjs';

export const AREA_CASES = [
  ...FORECAST_CASES,
  ...ACCOUNTS_CASES,
  ...TEAM_CASES,
  ...HISTORY_CASES,
];
