/**
 * The workbook itself: Settings (key / value) and the append-only audit log; the lists every area uses.
 */
import { c, L } from './column';
import type { ListSpec, SettingSpec, TableSpec } from './types';

export const SETTINGS: TableSpec = {
  id: 'settings',
  name: 'KA_Settings',
  sheet: { en: 'Settings', zh: '设置', zhHant: '設定' },
  columns: [
    c('key', 'text', 'Setting', '设置项', '設定項', { required: true, width: 140 }),
    c('value', 'text', 'Value', '值', '值', { width: 140, mixed: true }),
    c('description', 'text', 'Meaning', '说明', '說明', { width: 320 }),
  ],
};

export const AUDIT: TableSpec = {
  id: 'audit',
  name: 'KA_Audit',
  sheet: { en: 'Audit log', zh: '操作日志', zhHant: '操作日誌' },
  columns: [
    c('when', 'datetime', 'When', '时间', '時間', { required: true, width: 150 }),
    c('who', 'text', 'Who', '操作人', '操作人', { required: true, width: 140 }),
    // The form's title and the table's sheet title, in the workbook's language.
    c('command', 'text', 'Form', '操作', '操作', { required: true, width: 150 }),
    c('table', 'text', 'Sheet', '表', '表', { required: true, width: 110 }),
    c('row_id', 'text', 'Row', '记录', '記錄', { width: 90 }),
    // The change as a sentence: each field's header with before → after, values as the workbook shows them.
    c('change', 'longtext', 'Change', '变更内容', '變更內容', { width: 420 }),
    c('before', 'longtext', 'Before', '修改前', '修改前', { width: 240 }),
    c('after', 'longtext', 'After', '修改后', '修改後', { width: 240 }),
  ],
};

/** The drop-down lists of this area. */
export const SYSTEM_LISTS: readonly ListSpec[] = [
  {
    id: 'yesno',
    items: [L('yes', 'Yes', '是', '是'), L('no', 'No', '否', '否')],
  },
  {
    id: 'language',
    items: [L('en', 'English', '英文', '英文'), L('zh', 'Chinese (Simplified) 简体中文', '简体中文', '簡體中文'), L('zh-Hant', 'Chinese (Traditional) 繁體中文', '繁体中文', '繁體中文')],
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const SYSTEM_SETTINGS: readonly SettingSpec[] = [
  { key: 'language', value: 'zh', list: 'language', type: 'list', description: { en: 'Workbook language (en, zh, zh-Hant)', zh: '工作簿语言(en、zh、zh-Hant)', zhHant: '活頁簿語言(en、zh、zh-Hant)' } },
  { key: 'currency', value: '¥', type: 'text', description: { en: 'Currency sign of amounts on the Dashboard (e.g. ¥, HK$, US$)', zh: '仪表板金额的货币符号(如 ¥、HK$、US$)', zhHant: '儀表板金額的貨幣符號(如 ¥、HK$、US$)' } },
];
