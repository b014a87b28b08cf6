/**
 * The forecast on the Dashboard (domain.md §4), as people submit and revise it: per person the live
 * figure of their confirmed opportunities, what they submitted, their superior's revision, what counts
 * upward and who is missing; the forecast categories; the chart of forecast against quota of the
 * people below the top; and the band's live and submitted forecasts.
 */
import { t } from '../../i18n';
import { CATEGORY_LABELS, DEFAULT_CATEGORY_RULE, parseCategoryRule } from '../../model/forecast-category';
import { STATUS_LABELS } from '../../model/submissions';
import { every, isOneOf, quote } from './template';
import type { DashboardArea, LayoutEnv } from './types';

const PERIOD = '{ref:settings.period_from},{ref:settings.period_to}';
const OPPS = '{ref:opportunities.owner:close}';
const TEAM = '{ref:team.person:manager}';

/**
 * Each opportunity's forecast category: the one set on it, else its stage's by the rule (the lane's
 * `category_rule`, made from Settings' `forecast_category_rule` when the Dashboard is laid out) —
 * the stage's number read once by STAGE_PROBABILITY against the lane's 0.01 … 0.08 (lost: 0).
 */
const EFFECTIVE_CATEGORIES =
  'IF({ref:opportunities.forecast_category}<>"",{ref:opportunities.forecast_category},' +
  'IFERROR(VLOOKUP(ROUND({fn:STAGE_PROBABILITY}({ref:opportunities.stage},{out:stage_scale.1})*100,0),{out:category_rule},2,0),""))';

/** The category of each stage (0 = lost … 8) by the rule of Settings, in the workbook's language. */
function ruleOf(env: LayoutEnv) {
  const parsed = parseCategoryRule(env.settings.forecast_category_rule ?? '');
  return 'rule' in parsed ? parsed.rule : [...DEFAULT_CATEGORY_RULE];
}

const H = {
  person: { en: 'Person', zh: '姓名', zhHant: '姓名' },
  manager: { en: 'Manager', zh: '上级', zhHant: '上級' },
};

export const FORECAST_DASHBOARD: DashboardArea = {
  sections: [
    {
      id: 'forecast',
      order: 10,
      title: { en: 'Forecast by person, current period', zh: '本期销售预测(按人员)', zhHant: '本期銷售預測(按人員)' },
      note: {
        en: "Submitted: each person's latest submission; Revision: their superior's latest revision; Counted upward: the later of the two; Reports' total: what a manager's direct reports count upward; Live forecast: confirmed opportunities closing in the period × stage probability, rolled up the team.",
        zh: '提交额:本人最近一次提交;修正额:上级最近一次修正;上报额:两者中较晚的一个;下属合计:直接下属上报额之和;实时预测:已确认、在本期成交的商机 × 阶段概率,沿团队汇总。',
        zhHant: '提交額:本人最近一次提交;修正額:上級最近一次修正;上報額:兩者中較晚的一個;下屬合計:直接下屬上報額之和;即時預測:已確認、在本期成交的商機 × 階段機率,沿團隊匯總。',
      },
      columns: [
        { header: H.person, format: 'text' },
        { header: H.manager, format: 'text' },
        { header: { en: 'Submitted', zh: '提交额', zhHant: '提交額' }, format: 'money' },
        { header: { en: 'Submitted at', zh: '提交时间', zhHant: '提交時間' }, format: 'stamp' },
        { header: { en: 'Revision', zh: '修正额', zhHant: '修正額' }, format: 'money' },
        { header: { en: 'Revised by', zh: '修正人', zhHant: '修正人' }, format: 'text' },
        { header: { en: 'Counted upward', zh: '上报额', zhHant: '上報額' }, format: 'money' },
        { header: { en: 'Status', zh: '状态', zhHant: '狀態' }, format: 'text' },
        { header: { en: "Reports' total", zh: '下属合计', zhHant: '下屬合計' }, format: 'money' },
        { header: { en: 'Live forecast', zh: '实时预测', zhHant: '即時預測' }, format: 'money' },
      ],
      cells: [
        { col: 0, formula: `{fn:FORECAST_SUBMITTED}(${TEAM},{ref:forecasts.when:amount},${PERIOD})` },
        { col: 9, formula: '{out:rollup.3}', array: true },
      ],
      extent: { per: 'team', extra: 1 },
      rules: [
        { column: 7, equals: every(STATUS_LABELS.missing), style: 'bad' },
        { column: 7, equals: every(STATUS_LABELS.revised), style: 'watch' },
        { column: 7, equals: every(STATUS_LABELS.submitted), style: 'good' },
      ],
    },
    {
      id: 'categories',
      order: 20,
      title: { en: 'Forecast categories by person', zh: '预测类别(按人员)', zhHant: '預測類別(按人員)' },
      note: {
        en: "Amounts of the opportunities closing in the period, by forecast category (set on the opportunity, else its stage's by the rule in Settings), each person with their team.",
        zh: '在本期成交的商机金额,按预测类别(商机上设定的类别,否则按设置中的阶段规则),每人含其团队。',
        zhHant: '在本期成交的商機金額,按預測類別(商機上設定的類別,否則按設定中的階段規則),每人含其團隊。',
      },
      columns: [
        { header: H.person, format: 'text' },
        { header: CATEGORY_LABELS.pipeline, format: 'money' },
        { header: CATEGORY_LABELS.best_case, format: 'money' },
        { header: CATEGORY_LABELS.commit, format: 'money' },
        { header: CATEGORY_LABELS.closed, format: 'money' },
      ],
      cells: [{ col: 0, formula: `{fn:FORECAST_CATEGORIES}(${TEAM},${OPPS},${EFFECTIVE_CATEGORIES},${PERIOD})`, array: true }],
      extent: { per: 'team', extra: 1 },
    },
    // The calculation lane.
    {
      id: 'category_rule',
      order: 45,
      lane: true,
      title: { en: 'Forecast category of each stage (Settings)', zh: '各阶段的预测类别(设置)', zhHant: '各階段的預測類別(設定)' },
      columns: [
        { header: { en: 'Stage', zh: '阶段', zhHant: '階段' }, format: 'integer' },
        { header: { en: 'Category', zh: '类别', zhHant: '類別' }, format: 'text' },
      ],
      cells: [
        { col: 0, formula: 'SEQUENCE(9)-1', array: true },
        ...Array.from({ length: 9 }, (_, k) => ({ col: 1, row: k, formula: (env: LayoutEnv) => quote(t(CATEGORY_LABELS[ruleOf(env)[k]], env.lang)) })),
      ],
      extent: { rows: 9 },
    },
    {
      id: 'rollup',
      order: 10,
      lane: true,
      title: { en: 'Live forecast (confirmed opportunities)', zh: '实时预测(已确认商机)', zhHant: '即時預測(已確認商機)' },
      columns: [
        { header: H.person, format: 'text' },
        { header: H.manager, format: 'text' },
        { header: { en: 'Own', zh: '本人', zhHant: '本人' }, format: 'money' },
        { header: { en: 'Team', zh: '团队', zhHant: '團隊' }, format: 'money' },
        { header: { en: 'Adjustment', zh: '调整', zhHant: '調整' }, format: 'money' },
        { header: { en: 'Submitted', zh: '提交', zhHant: '提交' }, format: 'money' },
        { header: { en: 'Counted', zh: '计入数', zhHant: '計入數' }, format: 'integer' },
      ],
      cells: [{ col: 0, formula: `{fn:FORECAST_ROLLUP}(${TEAM},${OPPS},${PERIOD},,{ref:benchmarks.probability},{ref:opportunities.confirmed})` }],
      extent: { per: 'team', extra: 1 },
    },
    {
      id: 'roots',
      order: 20,
      lane: true,
      title: { en: 'At the top of the team', zh: '团队最高层', zhHant: '團隊最高層' },
      columns: [{ header: H.person, format: 'text' }],
      cells: [{ col: 0, formula: 'IFERROR(FILTER({ref:team.person},(({ref:team.manager}="")*({ref:team.person}<>""))=1),"")', array: true }],
      extent: { per: 'team' },
    },
    {
      id: 'leaders',
      order: 30,
      lane: true,
      title: { en: 'Their direct reports (the chart)', zh: '其直接下属(图表)', zhHant: '其直接下屬(圖表)' },
      columns: [
        { header: H.person, format: 'text' },
        { header: { en: 'Quota', zh: '销售指标', zhHant: '銷售指標' }, format: 'money' },
        { header: { en: 'Counted upward', zh: '上报额', zhHant: '上報額' }, format: 'money' },
        { header: { en: 'Live forecast', zh: '实时预测', zhHant: '即時預測' }, format: 'money' },
        { header: { en: 'Won', zh: '已赢单', zhHant: '已贏單' }, format: 'money' },
      ],
      cells: [
        {
          col: 0,
          formula: 'IFERROR(FILTER({ref:team.person},(ISNUMBER(MATCH({ref:team.manager},{out:roots.0},0))*({ref:team.manager}<>""))=1),{out:roots.0})',
          array: true,
        },
        { col: 1, formula: 'IF({out:leaders.0}="","",IFERROR(VLOOKUP({out:leaders.0},{out:quota},2,0),""))', array: true },
        { col: 2, formula: 'IF({out:leaders.0}="","",IFERROR(VLOOKUP({out:leaders.0},{out:forecast},7,0),""))', array: true },
        { col: 3, formula: 'IF({out:leaders.0}="","",IFERROR(VLOOKUP({out:leaders.0},{out:forecast},10,0),""))', array: true },
        { col: 4, formula: `{fn:CLOSED_WON}({out:leaders.0},${OPPS},${PERIOD},${TEAM})` },
      ],
      extent: { count: 'leaders' },
    },
    {
      id: 'stage_scale',
      order: 40,
      lane: true,
      title: { en: 'Stage numbers', zh: '阶段编号', zhHant: '階段編號' },
      columns: [
        { header: { en: 'Stage', zh: '阶段', zhHant: '階段' }, format: 'integer' },
        { header: { en: 'Scale', zh: '刻度', zhHant: '刻度' }, format: 'number' },
      ],
      cells: [
        { col: 0, formula: 'SEQUENCE(8)', array: true },
        { col: 1, formula: 'SEQUENCE(8)/100', array: true },
      ],
      extent: { rows: 8 },
    },
  ],
  figures: [
    {
      id: 'live',
      order: 10,
      label: { en: 'Live forecast', zh: '实时预测', zhHant: '即時預測' },
      // the people at the top (their whole teams) and (unassigned): the rows without a manager
      formula: 'SUMPRODUCT(({out:forecast.1}="")*IFERROR(--{out:forecast.9},0))',
      array: true,
      format: 'money',
      detail: { text: { en: 'confirmed × stage probability', zh: '已确认商机 × 阶段概率', zhHant: '已確認商機 × 階段機率' } },
      span: 2,
    },
    {
      id: 'submitted',
      order: 20,
      label: { en: 'Submitted, after revisions', zh: '已提交(含修正)', zhHant: '已提交(含修正)' },
      // what the people below the top count upward
      formula: 'SUMPRODUCT(({out:forecast.1}<>"")*ISNUMBER(MATCH({out:forecast.1},{out:roots.0},0))*IFERROR(--{out:forecast.6},0))',
      array: true,
      format: 'money',
      detail: {
        formula: (env: LayoutEnv) => `${quote(t({ en: 'Missing: ', zh: '未提交:', zhHant: '未提交:' }, env.lang))}&SUMPRODUCT(${isOneOf('{out:forecast.7}', every(STATUS_LABELS.missing))})`,
        array: true,
        format: 'text',
      },
      span: 2,
    },
  ],
  charts: [
    {
      id: 'forecast_quota',
      order: 20,
      kind: 'columns',
      title: { en: 'Forecast against quota', zh: '预测与销售指标对比', zhHant: '預測與銷售指標對比' },
      section: 'leaders',
      categories: 0,
      series: [1, 2, 3, 4],
    },
  ],
};
