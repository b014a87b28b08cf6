/** The messages of the opportunity history and Update opportunity (issue 9), in every language. */
import type { L10n } from '../i18n';

export const MH = {
  wonEditUndone: {
    en: '{id} cannot be won yet — {reason} Its stage is put back to {stage}.',
    zh: '{id} 暂不能成交——{reason}阶段已恢复为 {stage}。',
    zhHant: '{id} 暫不能成交——{reason}階段已恢復為 {stage}。',
  },
  ownerEditUndone: {
    en: 'Only a superior of the primary owner may change it (use Change primary owner); put back: {list}.',
    zh: '只有主要负责人的上级才能更改主要负责人(请使用“变更主要负责人”);已恢复:{list}。',
    zhHant: '只有主要負責人的上級才能更改主要負責人(請使用「變更主要負責人」);已恢復:{list}。',
  },
  notOwnerOrSuperior: {
    en: 'Only the primary owner ({owner}) or a superior up the Team chain may update this opportunity; {actor} is neither.',
    zh: '只有主要负责人({owner})或其在销售团队表中的上级才能更新此商机;{actor} 都不是。',
    zhHant: '只有主要負責人({owner})或其在銷售團隊表中的上級才能更新此商機;{actor} 都不是。',
  },
  lostNeedsReason: {
    en: 'Moving to Lost needs a lost reason: choose one from the list.',
    zh: '改为丢单需要丢单原因:请从列表中选择。',
    zhHant: '改為丟單需要丟單原因:請從清單中選擇。',
  },
  reasonOnlyLost: {
    en: 'A lost reason is only for an opportunity moved to Lost; choose Lost as the stage, or clear this field.',
    zh: '丢单原因只用于改为丢单的商机;请将阶段选为丢单,或清空此项。',
    zhHant: '丟單原因只用於改為丟單的商機;請將階段選為丟單,或清空此欄。',
  },
  updated: {
    en: '{id} updated: {changes}.',
    zh: '已更新 {id}:{changes}。',
    zhHant: '已更新 {id}:{changes}。',
  },
  snapshotTaken: {
    en: 'Funnel snapshot of {date} saved: {count} open opportunities, {amount} in all.',
    zh: '已保存 {date} 的漏斗快照:{count} 个在途商机,合计 {amount}。',
    zhHant: '已儲存 {date} 的漏斗快照:{count} 個在途商機,合計 {amount}。',
  },
  snapshotExists: {
    en: 'A funnel snapshot of {date} already exists; nothing was written (one snapshot per date).',
    zh: '{date} 的漏斗快照已存在;未写入任何内容(每个日期只保存一次快照)。',
    zhHant: '{date} 的漏斗快照已存在;未寫入任何內容(每個日期只儲存一次快照)。',
  },
} satisfies Record<string, L10n>;
