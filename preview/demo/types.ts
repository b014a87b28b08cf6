/**
 * What the demo's areas share: the people, customers and opportunities the base generator made
 * (preview/demo-data.ts), and the records of every table so far. An area (one file in this folder,
 * listed in index.ts) returns the rows of its own tables and may add fields to the records it is
 * handed (e.g. an opportunity's won date); it draws from its own seeded stream.
 */
import type { Lang } from '../../core/i18n';
import type { Stage } from '../../core/model/stage';
import type { TableId } from '../../core/schema/types';
import type { Rng } from '../random';

export interface Person {
  name: string;
  email: string;
  manager: string;
  role: 'director' | 'regional' | 'team_lead' | 'account_manager';
  /** 0–2; -1 for the sales director. */
  region: number;
}

export interface Customer {
  id: string;
  name: string;
  short: string;
  am: Person;
  region: number;
  value: number;
  growth: number;
}

export interface Opp {
  id: string;
  customer: Customer;
  owner: Person;
  /** 1–8, 0 = lost. */
  stage: Stage;
  amount: number;
  /** Expected (or actual, when won or lost) close date, `YYYY-MM-DD`. */
  close: string;
  /** Opened on, `YYYY-MM-DD`. */
  created: string;
}

export interface DemoBase {
  seed: number;
  lang: Lang;
  /** The demo's "today", `YYYY-MM-DD`. */
  today: string;
  period: { from: string; to: string };
  people: Person[];
  customers: Customer[];
  /** Aligned with `records.opportunities`. */
  opportunities: Opp[];
  /** Every table's records by column key, as generated so far (an area may add fields to them). */
  records: Partial<Record<TableId, Record<string, unknown>[]>>;
}

export interface DemoArea {
  /** Names the area's own random stream. */
  name: string;
  generate(base: DemoBase, rng: Rng): Partial<Record<TableId, Record<string, unknown>[]>>;
}

/** The seed of an area's stream: the demo's seed mixed with the area's name. */
export function areaSeed(seed: number, name: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
