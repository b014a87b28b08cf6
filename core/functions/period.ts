/**
 * The period pair every function over opportunities shares (`from`, `to`): one declaration, one
 * reading (from ≤ to, else the call fails saying so, in the workbook's language).
 */
import { t } from '../i18n';
import { checkPeriod, ForecastError, type Period } from '../model/forecast';
import { CallError, type Ctx, type ParamSpec } from './spec';

export const fromParam: ParamSpec = {
  name: 'from',
  shape: 'scalar',
  type: 'date',
  optional: true,
  sample: 'DATE(2026,4,1)',
  help: {
    en: 'Optional: first day of the period (inclusive); blank = open',
    zh: '可选:期间第一天(含);空白 = 不限',
    zhHant: '可選:期間第一天(含);空白 = 不限',
  },
};

export const toParam: ParamSpec = {
  name: 'to',
  shape: 'scalar',
  type: 'date',
  optional: true,
  sample: 'DATE(2026,6,30)',
  help: {
    en: 'Optional: last day of the period (inclusive); blank = open',
    zh: '可选:期间最后一天(含);空白 = 不限',
    zhHant: '可選:期間最後一天(含);空白 = 不限',
  },
};

/** `from`, `to`, in this order: spread into a function's parameters. */
export const periodParams: readonly [ParamSpec, ParamSpec] = [fromParam, toParam];

/** The call's period (blank bounds open); fails the call when from is after to. */
export function readPeriod(args: Record<string, unknown>, ctx: Ctx): Period {
  const p: Period = { from: (args.from as number | null | undefined) ?? null, to: (args.to as number | null | undefined) ?? null };
  try {
    checkPeriod(p);
  } catch (e) {
    if (e instanceof ForecastError) throw new CallError(t(e.reason, ctx.lang));
    throw e;
  }
  return p;
}

/** Is a close date inside the period? With a bound set, no close date is outside. */
export function inPeriod(close: number | null, p: Period): boolean {
  if (p.from !== null && (close === null || close < p.from)) return false;
  if (p.to !== null && (close === null || close > p.to)) return false;
  return true;
}
