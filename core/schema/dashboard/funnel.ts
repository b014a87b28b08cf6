/**
 * The funnel on the Dashboard (domain.md §3): funnel health by count and by amount against the
 * benchmarks (the typed ones, or those learnt from the snapshots: `bench_used` in history.ts), stages shown with their names, and the funnel chart of the opportunities per stage.
 */
import { HEALTH_LABELS } from '../../model/funnel';
import { every } from './template';
import type { DashboardArea, SectionColumn, SectionRule } from './types';

/** Health status colours, from the labels FUNNEL_HEALTH writes in every language. */
export const HEALTH_RULES: SectionRule[] = [
  { column: 4, equals: every(HEALTH_LABELS.excellent), style: 'good' },
  { column: 4, equals: every(HEALTH_LABELS.good), style: 'watch' },
  { column: 4, equals: every(HEALTH_LABELS.warning), style: 'bad' },
];

const STAGE = { en: 'Stage', zh: '阶段', zhHant: '階段' };

const headers = (current: SectionColumn['format'], bench: SectionColumn['format']): SectionColumn[] => [
  { header: STAGE, format: 'text' },
  { header: { en: 'Current', zh: '当前', zhHant: '當前' }, format: current },
  { header: { en: 'Benchmark', zh: '基准', zhHant: '基準' }, format: bench },
  { header: { en: 'Ratio', zh: '比率', zhHant: '比率' }, format: 'percent' },
  { header: { en: 'Status', zh: '状态', zhHant: '狀態' }, format: 'text' },
];

/** A section showing FUNNEL_HEALTH's result (in the lane) with the stages' names instead of their numbers. */
const shown = (id: string, order: number, title: SectionColumn['header'], lane: string, current: SectionColumn['format'], bench: SectionColumn['format']) => ({
  id,
  order,
  title,
  columns: headers(current, bench),
  cells: [
    { col: 0, formula: '{out:funnel_chart.0}', array: true },
    { col: 1, formula: `{out:${lane}.1}`, array: true },
    { col: 2, formula: `{out:${lane}.2}`, array: true },
    { col: 3, formula: `{out:${lane}.3}`, array: true },
    { col: 4, formula: `{out:${lane}.4}`, array: true },
  ],
  extent: { rows: 8 },
  rules: HEALTH_RULES,
});

const healthColumns = (current: SectionColumn['format']): SectionColumn[] => [{ header: STAGE, format: 'integer' }, ...headers(current, current).slice(1)];

export const FUNNEL_DASHBOARD: DashboardArea = {
  sections: [
    shown('funnel_count', 40, { en: 'Funnel health by count', zh: '漏斗健康度(按数量)', zhHant: '漏斗健康度(按數量)' }, 'health_count', 'integer', 'integer'),
    shown('funnel_amount', 41, { en: 'Funnel health by amount', zh: '漏斗健康度(按金额)', zhHant: '漏斗健康度(按金額)' }, 'health_amount', 'money', 'money'),
    {
      id: 'funnel_chart',
      order: 60,
      lane: true,
      title: { en: 'The funnel (chart)', zh: '销售漏斗(图表)', zhHant: '銷售漏斗(圖表)' },
      columns: [
        { header: STAGE, format: 'text' },
        { header: { en: 'Opportunities', zh: '商机数', zhHant: '商機數' }, format: 'integer' },
        { header: { en: 'Spacer', zh: '间隔', zhHant: '間隔' }, format: 'number' },
      ],
      cells: [
        { col: 0, formula: 'TEXT(SEQUENCE(8),"00")&" "&{ref:benchmarks.stage_name}', array: true },
        { col: 1, formula: '{out:health_count.1}', array: true },
        { col: 2, formula: '(MAX({out:health_count.1})-{out:health_count.1})/2', array: true },
      ],
      extent: { rows: 8 },
    },
    {
      id: 'health_count',
      order: 70,
      lane: true,
      title: { en: 'Funnel health by count', zh: '漏斗健康度(按数量)', zhHant: '漏斗健康度(按數量)' },
      columns: healthColumns('integer'),
      cells: [{ col: 0, formula: '{fn:FUNNEL_HEALTH}({ref:opportunities.stage},{out:bench_used.0})' }],
      extent: { rows: 8 },
    },
    {
      id: 'health_amount',
      order: 71,
      lane: true,
      title: { en: 'Funnel health by amount', zh: '漏斗健康度(按金额)', zhHant: '漏斗健康度(按金額)' },
      columns: healthColumns('money'),
      cells: [{ col: 0, formula: '{fn:FUNNEL_HEALTH}({ref:opportunities.stage},{out:bench_used.1},{ref:opportunities.amount})' }],
      extent: { rows: 8 },
    },
  ],
  charts: [
    {
      id: 'funnel',
      order: 10,
      kind: 'funnel',
      title: { en: 'Sales funnel: opportunities per stage', zh: '销售漏斗:各阶段商机数', zhHant: '銷售漏斗:各階段商機數' },
      section: 'funnel_chart',
      categories: 0,
      series: [1],
      spacer: 2,
    },
  ],
};
