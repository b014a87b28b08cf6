/**
 * Daily practice (domain.md §8): the activity log and the complaint register.
 */
import { c, L } from './column';
import type { ListSpec, SettingSpec, TableSpec } from './types';

export const ACTIVITIES: TableSpec = {
  id: 'activities',
  name: 'KA_Activities',
  sheet: { en: 'Activities', zh: '活动记录', zhHant: '活動記錄' },
  columns: [
    c('date', 'date', 'Date', '日期', '日期', { required: true, width: 100 }),
    c('person', 'person', 'Person', '姓名', '姓名', { required: true, width: 100 }),
    c('type', 'list', 'Activity', '活动类型', '活動類型', { list: 'activityType', required: true, width: 100 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { width: 90 }),
    c('opportunity', 'opportunity', 'Opportunity ID', '商机编号', '商機編號', { width: 90 }),
    c('new_names', 'number', 'New names', '新名单数', '新名單數', { integer: true, width: 80 }),
    c('introductions', 'number', 'Introductions', '引荐数', '引薦數', { integer: true, width: 80 }),
    c('notes', 'longtext', 'Notes', '记录', '記錄', { width: 220 }),
    c('follow_up', 'date', 'Follow-up on', '跟进日期', '跟進日期', { width: 100 }),
    // Issue 13: when the follow-up was settled (a later activity with the customer); blank = still open.
    c('follow_up_done', 'date', 'Follow-up settled on', '跟进完成日期', '跟進完成日期', { width: 100 }),
  ],
};

export const COMPLAINTS: TableSpec = {
  id: 'complaints',
  name: 'KA_Complaints',
  sheet: { en: 'Complaints', zh: '客户投诉登记表', zhHant: '客戶投訴登記表' },
  columns: [
    c('id', 'id', 'Complaint ID', '投诉编号', '投訴編號', { required: true, width: 90 }),
    c('received', 'date', 'Received on', '受理日期', '受理日期', { required: true, width: 100 }),
    c('customer_id', 'customer', 'Customer ID', '客户编号', '客戶編號', { required: true, width: 90 }),
    c('description', 'longtext', 'Complaint', '投诉内容', '投訴內容', { required: true, width: 220 }),
    c('status', 'list', 'Status', '处理状态', '處理狀態', { list: 'complaintStatus', required: true, width: 90 }),
    c('handler', 'person', 'Handled by', '处理人', '處理人', { width: 100 }),
    c('cause', 'longtext', 'Cause', '原因分析', '原因分析', { width: 180 }),
    c('responsibility', 'text', 'Responsibility', '责任', '責任', { width: 120 }),
    c('resolution', 'longtext', 'Resolution', '处理结果', '處理結果', { width: 180 }),
    c('resolved', 'date', 'Resolved on', '解决日期', '解決日期', { width: 100 }),
  ],
};

/** The drop-down lists of this area. */
export const ACTIVITIES_LISTS: readonly ListSpec[] = [
  {
    id: 'activityType',
    items: [
      L('visit', 'Visit', '拜访', '拜訪'),
      L('call', 'Call', '电话', '電話'),
      L('new_name', 'New name', '新名单', '新名單'),
      L('introduction', 'Introduction', '引荐', '引薦'),
      L('meeting', 'Meeting', '会议', '會議'),
      L('proposal', 'Proposal', '方案提交', '方案提交'),
      L('other', 'Other', '其他', '其他'),
    ],
  },
  {
    // 客户投诉登记表: received → investigated (cause, responsibility) → resolved.
    id: 'complaintStatus',
    items: [
      L('received', 'Received', '已受理', '已受理'),
      L('investigating', 'Investigating', '调查中', '調查中'),
      L('resolved', 'Resolved', '已解决', '已解決'),
    ],
  },
];

/** The Settings rows of this area (key, default, meaning). */
export const ACTIVITIES_SETTINGS: readonly SettingSpec[] = [
];
