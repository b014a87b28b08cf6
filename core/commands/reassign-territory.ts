/**
 * Re-assign a territory (domain.md §6): the territory's customers held by its account manager move to
 * a new one, and the territory's rule names the new one for customers to come. Only a superior of both
 * the old and the new account manager — anywhere up the Team chain — may do it. One audit row per
 * customer moved (and one for the territory's rule).
 */
import { fill } from '../i18n';
import { normText } from '../cell';
import { territoryMatcher } from '../model/territory';
import { record } from '../schema/read';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { field, reject, updateWrite } from './result';
import { territoryRules } from './territory-data';
import type { CommandSpec, Write } from './types';
import { findPerson, findRow, isSuperior, table, textOf } from './workbook';

const MSG = {
  unknownTerritory: {
    en: 'No territory {got} in the Territories sheet; expects a territory listed there.',
    zh: '销售区域表中没有“{got}”;应为表中已有的销售区域。',
    zhHant: '銷售區域表中沒有「{got}」;應為表中已有的銷售區域。',
  },
  notSuperior: {
    en: 'Only a superior of both {from} and {to} may re-assign territory {territory}; {actor} is not above {who} in the Team sheet.',
    zh: '只有 {from} 和 {to} 共同的上级才能重新分配销售区域“{territory}”;在销售团队表中 {actor} 不是 {who} 的上级。',
    zhHant: '只有 {from} 和 {to} 共同的上級才能重新分配銷售區域「{territory}」;在銷售團隊表中 {actor} 不是 {who} 的上級。',
  },
  same: { en: '{manager} already holds territory {territory}; choose another account manager.', zh: '{manager} 已负责销售区域“{territory}”;请选择其他客户经理。', zhHant: '{manager} 已負責銷售區域「{territory}」;請選擇其他客戶經理。' },
  done: {
    en: 'Territory {territory}: {from} → {to}; {count} customer(s) moved.',
    zh: '销售区域“{territory}”:{from} → {to};已转移 {count} 个客户。',
    zhHant: '銷售區域「{territory}」:{from} → {to};已轉移 {count} 個客戶。',
  },
};

export const reassignTerritory: CommandSpec = {
  name: 'reassignTerritory',
  title: { en: 'Re-assign a territory', zh: '重新分配销售区域', zhHant: '重新分配銷售區域' },
  group: 'team',
  tip: {
    en: "Move a territory and its customers to another account manager (a superior of both only); each customer moved is logged.",
    zh: '将销售区域及其客户转给另一位客户经理(仅限两人共同的上级);每个转移的客户都记入日志。',
    zhHant: '將銷售區域及其客戶轉給另一位客戶經理(僅限兩人共同的上級);每個轉移的客戶都記入日誌。',
  },
  short: { en: 'Re-assign territory', zh: '重新分配区域', zhHant: '重新分配區域' },
  fields: [
    field('territory', 'text', 'Territory', '销售区域', '銷售區域', { required: true, help: { en: 'As named in the Territories sheet.', zh: '与销售区域表中的名称一致。', zhHant: '與銷售區域表中的名稱一致。' } }),
    field('account_manager', 'person', 'New account manager', '新客户经理', '新客戶經理', { required: true }),
    field('reason', 'longtext', 'Reason', '原因', '原因'),
  ],
  reads: ['territories', 'customers', 'team'],
  auditLabels: { customers: { en: 'Customers moved', zh: '移交客户数', zhHant: '移交客戶數' } },
  run(wb, input, ctx) {
    const c = new Check(input);
    const terr = table(wb, 'territories');
    const name = c.text('territory', { required: true });
    const trow = name === null ? -1 : findRow(terr, 'territory', name);
    if (name !== null && trow < 0) c.fail('territory', MSG.unknownTerritory, { got: name });
    const next = c.blank('account_manager') ? c.fail('account_manager', M.required) : findPerson(wb, input.account_manager);
    if (!c.blank('account_manager') && !next) c.fail('account_manager', M.unknownPerson, { got: String(input.account_manager) });
    const reason = c.text('reason');
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    if (!c.ok) return reject(c.errors);

    const territory = textOf(terr, trow, 'territory');
    const old = textOf(terr, trow, 'account_manager');
    const oldPerson = findPerson(wb, old);
    if (oldPerson && oldPerson.name === next!.name) return reject([{ field: 'account_manager', message: fill(MSG.same, { manager: next!.name, territory }) }]);
    for (const who of [old, next!.name]) {
      if (who === '') continue;
      if (!isSuperior(wb, actor!.name, who)) {
        return reject([{ field: '', message: fill(MSG.notSuperior, { from: old || '—', to: next!.name, territory, actor: actor!.name, who }) }]);
      }
    }

    // The territory's customers: those whose first matching rule is this territory's, held by its old manager.
    const match = territoryMatcher(territoryRules(wb));
    const cust = table(wb, 'customers');
    const writes: Write[] = [];
    const oldKey = normText(old);
    let moved = 0;
    for (let i = 0; i < cust.rows.length; i++) {
      const rule = match(textOf(cust, i, 'region'), textOf(cust, i, 'industry'));
      if (!rule || rule.row !== trow) continue;
      const holder = textOf(cust, i, 'account_manager');
      if (oldKey === '' ? holder !== '' : normText(holder) !== oldKey) continue;
      const id = textOf(cust, i, 'id');
      const after: Record<string, unknown> = { account_manager: next!.name };
      writes.push(updateWrite(cust, i, after));
      writes.push(auditWrite(wb, ctx, { command: 'reassignTerritory', table: 'customers', rowId: id, before: { account_manager: record(cust, i).account_manager }, after: { ...after, territory, ...(reason ? { reason } : {}) } }));
      moved++;
    }
    writes.unshift(
      updateWrite(terr, trow, { account_manager: next!.name }),
      auditWrite(wb, ctx, { command: 'reassignTerritory', table: 'territories', rowId: territory, before: { account_manager: old }, after: { account_manager: next!.name, customers: moved, ...(reason ? { reason } : {}) } }),
    );
    return { ok: true, id: territory, writes, message: fill(MSG.done, { territory, from: old || '—', to: next!.name, count: moved }) };
  },
};
