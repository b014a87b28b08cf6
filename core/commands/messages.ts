/**
 * The messages of the form commands, in every language. Each says what was wrong and what is expected.
 */
import type { L10n } from '../i18n';

export const M = {
  required: { en: 'Required: please fill this in.', zh: '必填项,请填写。', zhHant: '必填項,請填寫。' },
  notText: { en: '{got} is not text; expects a text.', zh: '{got} 不是文本;应为文本。', zhHant: '{got} 不是文字;應為文字。' },
  tooLong: {
    en: 'Too long: {length} characters; this field takes at most {max}.',
    zh: '内容过长:{length} 个字符;此项最多 {max} 个字符。',
    zhHant: '內容過長:{length} 個字元;此欄最多 {max} 個字元。',
  },
  notNumber: {
    en: '{got} is not a number; expects a number such as 1,200.50, ¥1,200, 125万, 1.2亿, 3.5k or 70%.',
    zh: '{got} 不是数字;应为数字,如 1,200.50、¥1,200、125万、1.2亿、3.5k 或 70%。',
    zhHant: '{got} 不是數字;應為數字,如 1,200.50、¥1,200、125萬、1.2億、3.5k 或 70%。',
  },
  notInteger: { en: '{got} is not a whole number; expects 0, 1, 2 …', zh: '{got} 不是整数;应为 0、1、2 …', zhHant: '{got} 不是整數;應為 0、1、2 …' },
  tooSmall: { en: '{got} is below {min}; expects {min} or more.', zh: '{got} 小于 {min};应不小于 {min}。', zhHant: '{got} 小於 {min};應不小於 {min}。' },
  tooLarge: { en: '{got} is above {max}; expects {max} or less.', zh: '{got} 大于 {max};应不大于 {max}。', zhHant: '{got} 大於 {max};應不大於 {max}。' },
  notDate: {
    en: '{got} is not a date; expects a date such as 2026-03-31.',
    zh: '{got} 不是日期;应为日期,如 2026-03-31。',
    zhHant: '{got} 不是日期;應為日期,如 2026-03-31。',
  },
  notEmail: {
    en: '{got} is not an e-mail address; expects name@example.com.',
    zh: '{got} 不是电子邮件地址;应如 name@example.com。',
    zhHant: '{got} 不是電子郵件地址;應如 name@example.com。',
  },
  notInList: { en: '{got} is not in the list; expects one of: {values}.', zh: '{got} 不在列表中;应为以下之一:{values}。', zhHant: '{got} 不在清單中;應為以下之一:{values}。' },
  notStage: {
    en: '{got} is not a stage; expects a stage 1–8 or Lost.',
    zh: '{got} 不是有效阶段;应为阶段 1–8 或丢单。',
    zhHant: '{got} 不是有效階段;應為階段 1–8 或丟單。',
  },
  notYesNo: { en: '{got} is not yes or no.', zh: '{got} 不是“是”或“否”。', zhHant: '{got} 不是「是」或「否」。' },
  unknownPerson: {
    en: '{got} is not in the Team sheet; expects a person listed there.',
    zh: '{got} 不在销售团队表中;应为团队表中的人员。',
    zhHant: '{got} 不在銷售團隊表中;應為團隊表中的人員。',
  },
  unknownCustomer: {
    en: 'No customer {got} in the register; expects the ID of an existing customer.',
    zh: '客户登记表中没有 {got};应为已有客户的编号。',
    zhHant: '客戶登記表中沒有 {got};應為已有客戶的編號。',
  },
  unknownOpportunity: {
    en: 'No opportunity {got}; expects the ID of an existing opportunity.',
    zh: '没有商机 {got};应为已有商机的编号。',
    zhHant: '沒有商機 {got};應為已有商機的編號。',
  },
  unknownComplaint: {
    en: 'No complaint {got}; expects the ID of a registered complaint.',
    zh: '没有投诉 {got};应为已登记投诉的编号。',
    zhHant: '沒有投訴 {got};應為已登記投訴的編號。',
  },
  unknownActor: {
    en: '{actor} is not in the Team sheet, so the workbook cannot tell who is acting. Add yourself to the Team sheet (person or e-mail).',
    zh: '{actor} 不在销售团队表中,无法确定操作人。请将自己(姓名或电子邮件)加入销售团队表。',
    zhHant: '{actor} 不在銷售團隊表中,無法確定操作人。請將自己(姓名或電子郵件)加入銷售團隊表。',
  },
  answers: {
    en: 'Expects the 20 answers as yes, no or blank (got {got}).',
    zh: '应为 20 个回答,每个为“是”、“否”或空白(收到 {got})。',
    zhHant: '應為 20 個回答,每個為「是」、「否」或空白(收到 {got})。',
  },
  duplicate: {
    en: 'This looks like a customer already in the register: {names}.',
    zh: '客户登记表中可能已有此客户:{names}。',
    zhHant: '客戶登記表中可能已有此客戶:{names}。',
  },
  branchOf: {
    en: 'This is a branch of a customer in the register: {names}.',
    zh: '这是客户登记表中已有客户的分支机构:{names}。',
    zhHant: '這是客戶登記表中已有客戶的分支機構:{names}。',
  },
  confirmToSave: {
    en: 'If it is a different company (or a branch kept as a customer of its own), tick “This is a different company” and save again.',
    zh: '如确为另一家公司(或分支机构需单独登记),请勾选“这是另一家公司”后再保存。',
    zhHant: '如確為另一家公司(或分支機構需單獨登記),請勾選「這是另一家公司」後再儲存。',
  },
  dupItem: {
    en: '{name} ({id}, account manager {manager}, {similarity} alike)',
    zh: '{name}({id},客户经理 {manager},相似度 {similarity})',
    zhHant: '{name}({id},客戶經理 {manager},相似度 {similarity})',
  },
  possibleMatch: {
    en: 'Check the similar name in the register: {names}.',
    zh: '请核对登记表中的相似名称:{names}。',
    zhHant: '請核對登記表中的相似名稱:{names}。',
  },
  missingTable: {
    en: 'The workbook has no {table} table (named range {name}). Run set-up again.',
    zh: '工作簿中缺少 {table} 表(命名区域 {name})。请重新运行初始化。',
    zhHant: '活頁簿中缺少 {table} 表(命名範圍 {name})。請重新執行初始化。',
  },
  noAccountManager: {
    en: 'No account manager could be assigned: the Team sheet lists nobody. Choose an account manager.',
    zh: '无法分配客户经理:销售团队表中没有人员。请选择客户经理。',
    zhHant: '無法分配客戶經理:銷售團隊表中沒有人員。請選擇客戶經理。',
  },
  notSuperiorOwner: {
    en: '{owner} is not in your team: only a superior of the primary owner ({owner}) may change it.',
    zh: '{owner} 不在您的团队中:只有主要负责人({owner})的上级才能更改。',
    zhHant: '{owner} 不在您的團隊中:只有主要負責人({owner})的上級才能更改。',
  },
  ownOpportunity: {
    en: 'This is your own opportunity: you cannot change its primary owner. Your superior ({manager}) can.',
    zh: '这是您自己的商机:您不能更改它的主要负责人,请由您的上级({manager})更改。',
    zhHant: '這是您自己的商機:您不能更改它的主要負責人,請由您的上級({manager})更改。',
  },
  ownerNotInTeam: {
    en: '{person} is not in your team: choose yourself or someone below you in the Team sheet.',
    zh: '{person} 不在您的团队中:请选择您本人或销售团队表中您的下属。',
    zhHant: '{person} 不在您的團隊中:請選擇您本人或銷售團隊表中您的下屬。',
  },
  reviseOwn: {
    en: 'You cannot revise your own forecast: submit it with the Forecast form (your superior may revise it).',
    zh: '您不能修正自己的预测:请用“预测”表单提交(您的上级可以修正)。',
    zhHant: '您不能修正自己的預測:請用「預測」表單提交(您的上級可以修正)。',
  },
  sameOwner: { en: '{owner} already is the primary owner; choose another person.', zh: '{owner} 已是主要负责人;请选择其他人员。', zhHant: '{owner} 已是主要負責人;請選擇其他人員。' },
  notSuperiorRevise: {
    en: '{person} is not one of your reports: you may revise the forecasts of the people below you in the Team sheet.',
    zh: '{person} 不是您的下属:您只能修正销售团队表中您下属的预测。',
    zhHant: '{person} 不是您的下屬:您只能修正銷售團隊表中您下屬的預測。',
  },
  notOwnOpportunity: {
    en: '{id} belongs to {owner}; only the primary owner confirms an opportunity, so nothing is counted twice.',
    zh: '{id} 的主要负责人是 {owner};只有主要负责人才能确认商机,避免重复计算。',
    zhHant: '{id} 的主要負責人是 {owner};只有主要負責人才能確認商機,避免重複計算。',
  },
  lostOpportunity: { en: '{id} is lost; a lost opportunity cannot be forecast.', zh: '{id} 已丢单,不能计入预测。', zhHant: '{id} 已丟單,不能計入預測。' },
  notInPeriod: {
    en: '{id} is expected to close on {close}, outside the forecast period {from} – {to}.',
    zh: '{id} 预计成交日期为 {close},不在预测期 {from} – {to} 内。',
    zhHant: '{id} 預計成交日期為 {close},不在預測期 {from} – {to} 內。',
  },
  noPeriod: {
    en: 'The forecast period is not set: fill in period_from and period_to on the Settings sheet.',
    zh: '尚未设置预测期:请在设置表中填写 period_from 和 period_to。',
    zhHant: '尚未設定預測期:請在設定表中填寫 period_from 和 period_to。',
  },
  periodOrder: { en: 'The period ends ({to}) before it starts ({from}).', zh: '预测期截止日({to})早于起始日({from})。', zhHant: '預測期截止日({to})早於起始日({from})。' },
  hierarchy: { en: 'The Team sheet cannot be rolled up: {reason}', zh: '销售团队表无法汇总:{reason}', zhHant: '銷售團隊表無法匯總:{reason}' },
  badBenchmarks: {
    en: 'Funnel benchmarks: the win probability of stage {stage} is not a percentage; fix the Funnel benchmarks sheet.',
    zh: '漏斗基准:阶段 {stage} 的赢单概率不是有效百分比;请修正漏斗基准表。',
    zhHant: '漏斗基準:階段 {stage} 的贏單概率不是有效百分比;請修正漏斗基準表。',
  },
  statusForNew: {
    en: 'A new complaint is registered as received; set investigating or resolved when updating it.',
    zh: '新投诉登记为“已受理”;更新时再设为“调查中”或“已解决”。',
    zhHant: '新投訴登記為「已受理」;更新時再設為「調查中」或「已解決」。',
  },
  nothingToChange: {
    en: 'Nothing to change: every field is blank or the same as now.',
    zh: '没有需要修改的内容:所有字段为空或与现有值相同。',
    zhHant: '沒有需要修改的內容:所有欄位為空或與現有值相同。',
  },
  internal: { en: 'The command failed: {reason}', zh: '操作失败:{reason}', zhHant: '操作失敗:{reason}' },
  unknownCommand: { en: 'Unknown command {name}.', zh: '未知操作 {name}。', zhHant: '未知操作 {name}。' },
  notRead: {
    en: 'The host did not read the {table} table this command needs.',
    zh: '宿主未读取此操作所需的 {table} 表。',
    zhHant: '宿主未讀取此操作所需的 {table} 表。',
  },
} satisfies Record<string, L10n>;
