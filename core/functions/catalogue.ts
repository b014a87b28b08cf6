/**
 * The catalogue: every spreadsheet function of the product, declared once. Hosts, the manifest
 * generators, the preview engine and the tests all take their list from here.
 */
import { ACTIVITY_PACE } from './activity';
import { OPP_ASSESS, OPP_SCORE } from './assessment';
import { CUSTOMER_KEY, CUSTOMER_MATCH, DUPLICATE_GROUPS } from './customer';
import { FORECAST_ROLLUP } from './forecast';
import { FORECAST_CATEGORIES } from './forecast-categories';
import { FORECAST_SUBMITTED } from './forecast-submitted';
import { FUNNEL_HEALTH, HEALTH_STATUS } from './funnel';
import { CLOSED_WON, OPEN_PIPELINE } from './open-pipeline';
import { STAGE_PROBABILITY, WEIGHTED_PIPELINE } from './pipeline';
import { PIPELINE_COVERAGE, QUOTA_ATTAINMENT } from './quota';
import { RELATIONSHIP_LEVEL } from './relationship';
import type { FunctionSpec } from './spec';
import { CUSTOMER_TIER } from './tier';
import { DECISION_MAP } from './decision-map';
import { OVERDUE } from './overdue';
import { TEAM_CREDIT } from './team-credit';
import { DEVELOPMENT_REPORT } from './development';
import { TERRITORY_OF } from './territory';
import { QUOTA_ROLLUP, QUOTA_SPLIT } from './quota-plan';
import { BONUS, BONUS_BY_PLAN } from './bonus';
import { DEAL_MARGIN } from './margin';
import { CUSTOMER_FINANCE } from './customer-finance';
import { DAYS_IN_STAGE, FUNNEL_BENCHMARK, LOST_REASONS, STAGE_CONVERSION } from './funnel-history';

export const CATALOGUE: readonly FunctionSpec[] = [
  OPP_SCORE,
  OPP_ASSESS,
  STAGE_PROBABILITY,
  WEIGHTED_PIPELINE,
  FUNNEL_HEALTH,
  HEALTH_STATUS,
  FORECAST_ROLLUP,
  QUOTA_ATTAINMENT,
  PIPELINE_COVERAGE,
  OPEN_PIPELINE,
  CUSTOMER_KEY,
  CUSTOMER_MATCH,
  DUPLICATE_GROUPS,
  CUSTOMER_TIER,
  RELATIONSHIP_LEVEL,
  ACTIVITY_PACE,
  FORECAST_SUBMITTED,
  CLOSED_WON,
  FORECAST_CATEGORIES,
  DECISION_MAP,
  OVERDUE,
  TEAM_CREDIT,
  DEVELOPMENT_REPORT,
  TERRITORY_OF,
  QUOTA_SPLIT,
  QUOTA_ROLLUP,
  BONUS,
  DEAL_MARGIN,
  CUSTOMER_FINANCE,
  BONUS_BY_PLAN,
  FUNNEL_BENCHMARK,
  STAGE_CONVERSION,
  DAYS_IN_STAGE,
  LOST_REASONS,
];

const BY_NAME = new Map(CATALOGUE.map((f) => [f.name, f]));

export function findFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toUpperCase());
}
