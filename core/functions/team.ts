/**
 * What the functions over the sales team share: the team argument (person, manager rows), the
 * opportunities argument (owner, amount, stage, close date — adjacent in the Opportunities table),
 * and reading the team into the model's checked hierarchy (a cycle, a manager not in the team or a
 * person listed twice fails the call naming them).
 */
import { t } from '../i18n';
import { buildTeam, ForecastError, type Team, type TeamMember } from '../model/forecast';
import { need, type Grid } from './run';
import { CallError, type Ctx, type ParamSpec } from './spec';

export function teamParam(optional = false): ParamSpec {
  return {
    name: 'team',
    shape: 'table',
    width: 2,
    sample: 'Team!A2:B',
    ...(optional ? { optional: true } : {}),
    help: optional
      ? {
          en: 'Optional: team rows person, manager — with it, each person\'s figure includes their whole team below them',
          zh: '可选:团队行 人员、上级——给出时,每人的金额包括其下属整个团队',
          zhHant: '可選:團隊列 人員、上級——給出時,每人的金額包括其下屬整個團隊',
        }
      : {
          en: 'Team rows: person, manager (blank manager at the top); each person once',
          zh: '团队行:人员、上级(最高层上级为空);每人一行',
          zhHant: '團隊列:人員、上級(最高層上級為空);每人一列',
        },
  };
}

export const opportunitiesParam: ParamSpec = {
  name: 'opportunities',
  shape: 'table',
  width: 3,
  sample: 'Opportunities!E2:H',
  help: {
    en: 'Opportunity rows: primary owner, amount, stage, expected close date (the date column may be left out when no period is given)',
    zh: '商机行:主要负责人、金额、阶段、预计成交日期(不设期间时可省略日期列)',
    zhHant: '商機列:主要負責人、金額、階段、預計成交日期(不設期間時可省略日期欄)',
  },
};

/** Team rows as the model takes them (`null` for a blank row); a bad cell fails the call naming its row. */
export function readTeam(g: Grid, ctx: Ctx): (TeamMember | null)[] {
  const out: (TeamMember | null)[] = new Array(g.length);
  for (let r = 0; r < g.length; r++) {
    const person = need('text', g[r][0], 'team', r + 1, ctx) as string | null;
    const manager = need('text', g[r][1], 'team', r + 1, ctx) as string | null;
    out[r] = person === null && manager === null ? null : { person: person ?? '', manager };
  }
  return out;
}

/** The checked hierarchy of a team argument. */
export function teamOf(g: Grid, ctx: Ctx): Team {
  try {
    return buildTeam(readTeam(g, ctx));
  } catch (e) {
    if (e instanceof ForecastError) throw new CallError(t(e.reason, ctx.lang));
    throw e;
  }
}
