/** RELATIONSHIP_LEVEL: the customer relationship degree from the share of control. */
import { t, type L10n } from '../i18n';
import { relationshipLevel, RELATIONSHIP_LABELS, type RelationshipLevel } from '../model/relationship';
import { withGot } from './got';
import { RowError, type EachSpec } from './spec';

const BAD: L10n = {
  en: 'control: got {got}, expects a share of control from 0 to 100 % (0.85, 85%, 85) or unknown / 无法判断',
  zh: 'control:收到 {got},应为 0–100% 的控制程度(0.85、85%、85)或“无法判断”/ unknown',
  zhHant: 'control:收到 {got},應為 0–100% 的控制程度(0.85、85%、85)或「無法判斷」/ unknown',
};

export const RELATIONSHIP_LEVEL: EachSpec<Record<RelationshipLevel, string>> = {
  kind: 'each',
  name: 'RELATIONSHIP_LEVEL',
  help: {
    en: 'Customer relationship degree per row from the share of the decision we control: above 80 % Fully in place, above 60 % Fairly in place, otherwise Ordinary (exactly 80 % and 60 % belong to the lower level); unknown / 无法判断 gives Cannot judge. A number above 1 (up to 100) is read as percent.',
    zh: '逐行根据我们对客户决策的控制程度判断客户关系度:高于 80% 为非常到位,高于 60% 为比较到位,否则为一般(恰好 80%、60% 归入较低一级);“无法判断”/ unknown 返回无法判断。大于 1(至 100)的数按百分数读取。',
    zhHant: '逐列根據我們對客戶決策的控制程度判斷客戶關係度:高於 80% 為非常到位,高於 60% 為比較到位,否則為一般(恰好 80%、60% 歸入較低一級);「無法判斷」/ unknown 返回無法判斷。大於 1(至 100)的數按百分數讀取。',
  },
  params: [
    {
      name: 'control',
      shape: 'each',
      sample: 'H2:H',
      help: {
        en: 'Share of control per row: 0.85, 85% or 85; or unknown / 无法判断',
        zh: '每行的控制程度:0.85、85% 或 85;或“无法判断”/ unknown',
        zhHant: '每列的控制程度:0.85、85% 或 85;或「無法判斷」/ unknown',
      },
    },
  ],
  examples: [
    {
      formula: '=RELATIONSHIP_LEVEL(H2:H5)',
      args: [[['85%'], [0.8], [45], ['无法判断']]],
      result: [['Fully in place'], ['Fairly in place'], ['Ordinary'], ['Cannot judge']],
      explain: {
        en: '85 % > 80 %; exactly 80 % is fairly in place; 45 % is ordinary; unknown cannot be judged',
        zh: '85% > 80%;恰好 80% 为比较到位;45% 为一般;无法判断',
        zhHant: '85% > 80%;恰好 80% 為比較到位;45% 為一般;無法判斷',
      },
    },
  ],
  prepare(_call, ctx) {
    return {
      full: t(RELATIONSHIP_LABELS.full, ctx.lang),
      strong: t(RELATIONSHIP_LABELS.strong, ctx.lang),
      ordinary: t(RELATIONSHIP_LABELS.ordinary, ctx.lang),
      unknown: t(RELATIONSHIP_LABELS.unknown, ctx.lang),
    };
  },
  cell([control], _call, _ctx, labels) {
    const level = relationshipLevel(control);
    if (!level) throw new RowError(withGot(BAD, control));
    return labels[level];
  },
};
