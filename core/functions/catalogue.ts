/**
 * The catalogue: every spreadsheet function of the product, declared once. Hosts, the manifest
 * generators, the preview engine and the tests all take their list from here.
 */
import { OPP_ASSESS, OPP_SCORE } from './assessment';
import { STAGE_PROBABILITY, WEIGHTED_PIPELINE } from './pipeline';
import type { FunctionSpec } from './spec';

export const CATALOGUE: readonly FunctionSpec[] = [
  OPP_SCORE,
  OPP_ASSESS,
  STAGE_PROBABILITY,
  WEIGHTED_PIPELINE,
];

const BY_NAME = new Map(CATALOGUE.map((f) => [f.name, f]));

export function findFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toUpperCase());
}
