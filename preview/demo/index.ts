/**
 * The demo's areas beyond the base (people, customers, opportunities and the tables generated with
 * them in demo-data.ts), in the order they run: each fills its own tables (see types.ts).
 */
import { forecastArea } from './forecast';
import { prospectingArea } from './prospecting';
import { historyArea } from './history';
import { accountsArea } from './accounts';
import { teamArea } from './team';
import type { DemoArea } from './types';

export const DEMO_AREAS: readonly DemoArea[] = [
  forecastArea,
  prospectingArea,
  historyArea,
  accountsArea,
  teamArea,
];
