/** Every text the Sheets host itself shows (menus, toasts, alerts); the forms' texts are the UI's. */
import type { L10n } from '../core/i18n';

export const S = {
  menu: { en: 'Key accounts', zh: '大客户', zhHant: '大客戶' },
  setup: { en: 'Set up the workbook', zh: '设置工作簿', zhHant: '設定活頁簿' },
  forms: { en: 'Forms', zh: '表单', zhHant: '表單' },
  refresh: { en: 'Refresh the dashboard', zh: '刷新仪表板', zhHant: '重新整理儀表板' },
  help: { en: 'Help', zh: '帮助', zhHant: '說明' },

  setupTitle: { en: 'Key-account workbook', zh: '大客户工作簿', zhHant: '大客戶活頁簿' },
  setupStart: { en: 'Setting up the workbook…', zh: '正在设置工作簿…', zhHant: '正在設定活頁簿…' },
  setupTable: { en: 'Setting up {n} of {total}: {sheet}', zh: '正在设置第 {n}/{total} 个表:{sheet}', zhHant: '正在設定第 {n}/{total} 個表:{sheet}' },
  setupDashboard: { en: 'Building the dashboard…', zh: '正在生成仪表板…', zhHant: '正在產生儀表板…' },
  setupDone: {
    en: 'The workbook is ready: {created} sheets created, {columns} columns added, nothing of yours changed. The add-on is now enabled in this spreadsheet, so its functions (=FUNNEL_HEALTH, =OPP_SCORE …) work in its cells.',
    zh: '工作簿已就绪:新建 {created} 个表,补充 {columns} 列,您的数据未被改动。本表格已启用此插件,其函数(=FUNNEL_HEALTH、=OPP_SCORE 等)现在可在单元格中使用。',
    zhHant: '活頁簿已就緒:新建 {created} 個表,補充 {columns} 欄,您的資料未被改動。本試算表已啟用此外掛程式,其函數(=FUNNEL_HEALTH、=OPP_SCORE 等)現在可在儲存格中使用。',
  },
  dashboardDone: { en: 'The dashboard is up to date.', zh: '仪表板已更新。', zhHant: '儀表板已更新。' },
  notSetUp: {
    en: 'This spreadsheet is not set up yet (table {name} is missing). Choose "Key accounts › Set up the workbook" first.',
    zh: '此表格尚未设置(缺少表 {name})。请先选择"大客户 › 设置工作簿"。',
    zhHant: '此試算表尚未設定(缺少表 {name})。請先選擇「大客戶 › 設定活頁簿」。',
  },
  busy: {
    en: 'Someone else is saving to this workbook right now. Nothing was saved — please try again in a moment.',
    zh: '其他人正在保存此工作簿,本次未保存任何内容,请稍后重试。',
    zhHant: '其他人正在儲存此活頁簿,本次未儲存任何內容,請稍後重試。',
  },
  busySetup: {
    en: 'Someone else is saving to this workbook right now. Set-up changed nothing — please try again in a moment.',
    zh: '其他人正在保存此工作簿,设置未做任何改动,请稍后重试。',
    zhHant: '其他人正在儲存此活頁簿,設定未做任何改動,請稍後重試。',
  },
  unknownForm: { en: 'Unknown form "{name}".', zh: '未知的表单"{name}"。', zhHant: '未知的表單「{name}」。' },
  unknownView: { en: 'Unknown view "{name}".', zh: '未知的视图"{name}"。', zhHant: '未知的檢視「{name}」。' },
  badInput: {
    en: 'The form sent no field values (expected an object of field → value).',
    zh: '表单未提交任何字段值(应为"字段 → 值"的对象)。',
    zhHant: '表單未提交任何欄位值(應為「欄位 → 值」的物件)。',
  },
  helpTitle: { en: 'Key accounts — help', zh: '大客户 — 帮助', zhHant: '大客戶 — 說明' },
  helpIntro: {
    en: 'Start with "Set up the workbook": it creates the sheets, drop-downs and the dashboard (run it again at any time: it only adds what is missing), and it enables the add-on in this spreadsheet. The spreadsheet functions below work only in a spreadsheet where the add-on is enabled — until then Google Sheets shows #NAME? for them; running set-up (or any item of this menu) once enables it. The forms save customers, opportunities, assessments, forecasts and more, checking every field.',
    zh: '请先运行"设置工作簿":它会创建各个表、下拉列表和仪表板(可随时再次运行,只补充缺少的部分),并在本表格中启用此插件。以下表格函数只能在已启用此插件的表格中使用,启用前 Google 表格会显示 #NAME?;运行一次设置(或本菜单中的任意一项)即可启用。表单用于登记客户、商机、评估、预测等,并检查每个字段。',
    zhHant: '請先執行「設定活頁簿」:它會建立各個表、下拉清單和儀表板(可隨時再次執行,只補充缺少的部分),並在本試算表中啟用此外掛程式。以下試算表函數只能在已啟用此外掛程式的試算表中使用,啟用前 Google 試算表會顯示 #NAME?;執行一次設定(或本選單中的任一項)即可啟用。表單用於登記客戶、商機、評估、預測等,並檢查每個欄位。',
  },
} satisfies Record<string, L10n>;
