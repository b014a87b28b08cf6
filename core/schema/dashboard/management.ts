/**
 * Sales-team management on the Dashboard (domain.md §6): the period's quotas against won business
 * (CLOSED_WON, plus what a user typed as closed outside the workbook) and the open pipeline, each
 * person with their team below them — so a manager's attainment and coverage are their team's — and
 * the band's quota, won, attainment, coverage and open pipeline.
 */
import type { DashboardArea } from './types';

const PERIOD = '{ref:settings.period_from},{ref:settings.period_to}';
const OPPS = '{ref:opportunities.owner:close}';
const TEAM = '{ref:team.person:manager}';
/** A Quotas row of the current period (its period equal to Settings'). */
const THIS_PERIOD = '(({ref:quotas.period_from}={ref:settings.period_from})*({ref:quotas.period_to}={ref:settings.period_to})*({ref:quotas.person}<>""))=1';
const only = (col: string) => `IFERROR(FILTER({ref:quotas.${col}},${THIS_PERIOD}),"")`;
/** Won in the workbook + closed outside it, blank on a blank row. */
const CLOSED = 'IF({out:quota.0}="","",IFERROR(--{out:quota.2},0)+IFERROR(--{out:quota.3},0))';
/** Σ of a quota column over the people at the top of the team. */
const atTop = (col: number) => `SUMPRODUCT(({out:quota.0}<>"")*ISNUMBER(MATCH({out:quota.0},{out:roots.0},0))*IFERROR(--{out:quota.${col}},0))`;
const PROBS = (k: number) => `{fn:WEIGHTED_PIPELINE}({ref:opportunities.amount},{ref:opportunities.stage},{out:stage_weights.${k}},{ref:opportunities.close},${PERIOD})`;

export const MANAGEMENT_DASHBOARD: DashboardArea = {
  sections: [
    {
      id: 'quota',
      order: 15,
      title: { en: 'Quota attainment and coverage, current period', zh: '本期销售指标完成率与覆盖率', zhHant: '本期銷售指標完成率與覆蓋率' },
      note: {
        en: "The Quotas rows of the current period. Won: stage-08 opportunities closed in the period, the person's and their team's; closed outside: what you typed in Quotas (\"Closed to date\") for business outside the workbook. Attainment = (won + closed outside) ÷ quota; coverage = open pipeline ÷ what is left of the quota.",
        zh: '当前预测期的销售指标行。已赢单:本期成交的阶段 08 商机,含本人及其团队;外部成交:在销售指标表“已完成”中录入的工作簿以外的业绩。完成率 =(已赢单 + 外部成交)÷ 指标;覆盖率 = 在途金额 ÷ 尚未完成的指标。',
        zhHant: '當前預測期的銷售指標列。已贏單:本期成交的階段 08 商機,含本人及其團隊;外部成交:在銷售指標表「已完成」中錄入的活頁簿以外的業績。完成率 =(已贏單 + 外部成交)÷ 指標;覆蓋率 = 在途金額 ÷ 尚未完成的指標。',
      },
      columns: [
        { header: { en: 'Person', zh: '姓名', zhHant: '姓名' }, format: 'text' },
        { header: { en: 'Quota', zh: '销售指标', zhHant: '銷售指標' }, format: 'money' },
        { header: { en: 'Won', zh: '已赢单', zhHant: '已贏單' }, format: 'money' },
        { header: { en: 'Closed outside', zh: '外部成交', zhHant: '外部成交' }, format: 'money' },
        { header: { en: 'Attainment', zh: '完成率', zhHant: '完成率' }, format: 'percent' },
        { header: { en: 'Open pipeline', zh: '在途金额', zhHant: '在途金額' }, format: 'money' },
        { header: { en: 'Coverage', zh: '覆盖率', zhHant: '覆蓋率' }, format: 'percent' },
      ],
      cells: [
        { col: 0, formula: only('person'), array: true },
        { col: 1, formula: only('quota'), array: true },
        { col: 2, formula: `{fn:CLOSED_WON}({out:quota.0},${OPPS},${PERIOD},${TEAM})` },
        { col: 3, formula: only('actual'), array: true },
        { col: 4, formula: `{fn:QUOTA_ATTAINMENT}(${CLOSED},{out:quota.1})`, array: true },
        { col: 5, formula: `{fn:OPEN_PIPELINE}({out:quota.0},${OPPS},${PERIOD},${TEAM})` },
        { col: 6, formula: `{fn:PIPELINE_COVERAGE}({out:quota.5},{out:quota.1},${CLOSED})`, array: true },
      ],
      extent: { per: 'quotas' },
    },
    {
      id: 'stage_weights',
      order: 50,
      lane: true,
      title: { en: 'Weights by stage', zh: '各阶段权重', zhHant: '各階段權重' },
      columns: [
        { header: { en: 'Stage', zh: '阶段', zhHant: '階段' }, format: 'integer' },
        { header: { en: 'Open, weighted', zh: '在途(加权)', zhHant: '在途(加權)' }, format: 'percent' },
        { header: { en: 'Won', zh: '赢单', zhHant: '贏單' }, format: 'percent' },
        { header: { en: 'Open', zh: '在途', zhHant: '在途' }, format: 'percent' },
      ],
      cells: [
        { col: 0, formula: 'SEQUENCE(8)', array: true },
        { col: 1, formula: 'IF(SEQUENCE(8)=8,0,{ref:benchmarks.probability})', array: true },
        { col: 2, formula: 'IF(SEQUENCE(8)=8,1,0)', array: true },
        { col: 3, formula: 'IF(SEQUENCE(8)=8,0,1)', array: true },
      ],
      extent: { rows: 8 },
    },
  ],
  figures: [
    {
      id: 'quota',
      order: 30,
      label: { en: 'Quota', zh: '销售指标', zhHant: '銷售指標' },
      // the quota of the people at the top; when they have none, the sum of the period's quotas
      formula: `IF(${atTop(1)}>0,${atTop(1)},SUMPRODUCT(IFERROR(--{out:quota.1},0)))`,
      array: true,
      format: 'money',
      detail: { text: { en: 'the top of the team', zh: '团队最高层', zhHant: '團隊最高層' } },
      span: 2,
    },
    {
      id: 'won',
      order: 40,
      label: { en: 'Won', zh: '已赢单', zhHant: '已贏單' },
      formula: `${PROBS(2)}+${atTop(3)}`,
      array: true,
      format: 'money',
      detail: { text: { en: 'closed this period', zh: '本期成交', zhHant: '本期成交' } },
      span: 2,
    },
    {
      id: 'attainment',
      order: 50,
      label: { en: 'Attainment', zh: '完成率', zhHant: '完成率' },
      formula: 'IF({fig:quota}>0,{fn:QUOTA_ATTAINMENT}({fig:won},{fig:quota}),"")',
      format: 'percent',
      detail: { text: { en: 'won ÷ quota', zh: '赢单 ÷ 指标', zhHant: '贏單 ÷ 指標' } },
      span: 1,
    },
    {
      id: 'coverage',
      order: 60,
      label: { en: 'Coverage', zh: '覆盖率', zhHant: '覆蓋率' },
      formula: 'IF({fig:quota}>0,{fn:PIPELINE_COVERAGE}({fig:open},{fig:quota},{fig:won}),"")',
      format: 'percent',
      detail: { text: { en: 'open ÷ what is left', zh: '在途 ÷ 剩余指标', zhHant: '在途 ÷ 剩餘指標' } },
      span: 1,
    },
    {
      id: 'weighted',
      order: 70,
      label: { en: 'Weighted pipeline', zh: '加权销售管道', zhHant: '加權銷售管道' },
      formula: PROBS(1),
      format: 'money',
      detail: { text: { en: 'open, closing this period', zh: '本期预计成交的在途商机', zhHant: '本期預計成交的在途商機' } },
      span: 2,
    },
    {
      id: 'open',
      order: 80,
      label: { en: 'Open pipeline', zh: '在途金额', zhHant: '在途金額' },
      formula: PROBS(3),
      format: 'money',
      detail: { text: { en: 'unweighted, this period', zh: '未加权,本期预计成交', zhHant: '未加權,本期預計成交' } },
      span: 2,
    },
  ],
};
