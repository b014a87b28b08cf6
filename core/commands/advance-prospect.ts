/**
 * Advance prospect (S1 "开发流程的五个阶段"; "新客户开发管理规范" 4.4): a prospect moves to the next of the
 * five development stages once every criterion of its stage is ticked (e.g. stage 2 needs an insider
 * found, the needs clear …); a prospect with credit, operating or financial problems is stopped with a
 * reason and reported to the account manager's superior (4.4.5: 向上级汇报,请求终止), as an open action
 * of theirs on the Actions sheet. Only the account manager or a superior of theirs moves a prospect.
 */
import { normText } from '../cell';
import { fill, t as tr } from '../i18n';
import { DEV_CRITERIA, DEV_STAGES, devStageLabel, parseDevStage, type DevStage } from '../model/development';
import { listLabel } from '../schema/lists';
import { AM } from './accounts-messages';
import { auditWrite } from './audit';
import { Check } from './check';
import { M } from './messages';
import { appendWrite, field, reject, updateWrite } from './result';
import type { CommandSpec, FieldSpec, Write } from './types';
import { cellOf, findPerson, isSuperior, nextId, table, textOf, today, yes } from './workbook';

/** The checklist: one yes/no field per criterion of every stage (`check_<code>`); the form shows the prospect's stage's. */
export const CRITERIA_FIELDS: FieldSpec[] = DEV_STAGES.flatMap((s) =>
  DEV_CRITERIA[s].map((k) => field(`check_${k.code}`, 'yesno', k.label.en, k.label.zh, k.label.zhHant ?? k.label.zh, { help: { en: `Stage ${s}`, zh: `阶段 ${s}`, zhHant: `階段 ${s}` } })),
);

const lang3 = (l: 'en' | 'zh' | 'zh-Hant') => (l === 'zh-Hant' ? 'zhHant' : l);

export const advanceProspect: CommandSpec = {
  name: 'advanceProspect',
  title: { en: 'Advance prospect', zh: '推进新客户开发', zhHant: '推進新客戶開發' },
  group: 'customers',
  tip: { en: 'Move a prospect through the five development stages by their checklists, or stop it with a reason reported to the superior.', zh: '按检查清单推进新客户的五个开发阶段,或说明原因终止开发并上报上级。', zhHant: '按檢查清單推進新客戶的五個開發階段,或說明原因終止開發並上報上級。' },
  short: { en: 'Prospect', zh: '新客户开发', zhHant: '新客戶開發' },
  fields: [
    field('customer_id', 'customer', 'Customer', '客户', '客戶', { required: true }),
    field('outcome', 'list', 'Outcome', '操作', '操作', { list: 'prospectOutcome', required: true }),
    ...CRITERIA_FIELDS,
    field('stop_reason', 'list', 'Reason stopped', '终止原因', '終止原因', { list: 'stopReason' }),
    field('note', 'longtext', 'Note', '说明', '說明'),
  ],
  reads: ['customers', 'team', 'actions'],
  run(wb, input, ctx) {
    const c = new Check(input);
    const cust = table(wb, 'customers');
    const row = c.row('customer_id', cust, M.unknownCustomer, { required: true });
    const outcome = c.list('outcome', 'prospectOutcome', { required: true });
    const reason = c.list('stop_reason', 'stopReason', { required: outcome === 'stop' });
    const note = c.text('note');
    const ticked = new Set<string>();
    for (const f of CRITERIA_FIELDS) if (c.yesNo(f.key) === true) ticked.add(f.key.slice('check_'.length));
    const actor = findPerson(wb, ctx.actor);
    if (!actor) c.fail('', M.unknownActor, { actor: ctx.actor });
    if (!c.ok) return reject(c.errors);

    const id = textOf(cust, row, 'id');
    const manager = findPerson(wb, textOf(cust, row, 'account_manager'));
    const managerName = manager?.name ?? textOf(cust, row, 'account_manager');
    if (normText(managerName) !== normText(actor!.name) && !isSuperior(wb, actor!.name, managerName)) {
      return reject([{ field: '', message: fill(AM.notProspectOwner, { owner: managerName || '—', actor: actor!.name }) }]);
    }
    const raw = cellOf(cust, row, 'dev_stage');
    const stage = parseDevStage(raw);
    if (stage === undefined) return reject([{ field: 'customer_id', message: fill(AM.badStage, { id, got: String(raw) }) }]);
    const stopped = yes(cust, row, 'dev_stopped') === true;
    const l = lang3(ctx.lang);

    if (outcome === 'stop') {
      if (stopped) return reject([{ field: 'outcome', message: fill(AM.alreadyStopped, { id }) }]);
      const why = listLabel('stopReason', reason!, ctx.lang) + (note ? ` — ${note}` : '');
      const after = { dev_stopped: listLabel('yesno', 'yes', ctx.lang), stop_reason: why };
      const writes: Write[] = [updateWrite(cust, row, after)];
      // Reported to the superior: an open action of theirs, due today, to confirm the stop.
      const boss = manager?.manager ? findPerson(wb, manager.manager) : null;
      let reported = '';
      if (boss) {
        const acts = table(wb, 'actions');
        const aid = nextId(acts, 'id', 'AC');
        const name = textOf(cust, row, 'name');
        const text = tr(fill({ en: 'Stopped development of {id} {name}: {why} ({by}) — review', zh: '{id} {name} 已终止开发:{why}({by})——请审阅', zhHant: '{id} {name} 已終止開發:{why}({by})——請審閱' }, { id, name, why, by: actor!.name }), ctx.lang);
        writes.push(appendWrite(acts, [{ id: aid, ref: id, action: text, owner: boss.name, due: today(ctx.now), status: listLabel('actionStatus', 'open', ctx.lang), impact: '', done_on: '' }]));
        reported = boss.name;
      }
      writes.push(auditWrite(wb, ctx, { command: 'advanceProspect', table: 'customers', rowId: id, before: { dev_stopped: cellOf(cust, row, 'dev_stopped'), stop_reason: cellOf(cust, row, 'stop_reason') }, after: reported ? { ...after, reported_to: reported } : after }));
      return {
        ok: true,
        id,
        writes,
        message: reported
          ? fill({ en: 'Development of {id} stopped ({why}); reported to {boss}.', zh: '{id} 已终止开发({why}),已上报 {boss}。', zhHant: '{id} 已終止開發({why}),已上報 {boss}。' }, { id, why, boss: reported })
          : fill({ en: 'Development of {id} stopped ({why}); {owner} has no superior to report to.', zh: '{id} 已终止开发({why});{owner} 没有可上报的上级。', zhHant: '{id} 已終止開發({why});{owner} 沒有可上報的上級。' }, { id, why, owner: managerName }),
      };
    }

    if (stopped) return reject([{ field: 'outcome', message: fill(AM.prospectStopped, { id, reason: textOf(cust, row, 'stop_reason') || '—' }) }]);
    if (stage === 5) return reject([{ field: 'outcome', message: fill(AM.lastStage, { id }) }]);
    if (stage !== null) {
      const missing = DEV_CRITERIA[stage].filter((k) => !ticked.has(k.code));
      if (missing.length) {
        const sep = ctx.lang === 'en' ? '; ' : ';';
        const list = { en: missing.map((k) => k.label.en).join(sep), zh: missing.map((k) => k.label.zh).join(';'), zhHant: missing.map((k) => k.label.zhHant ?? k.label.zh).join(';') };
        return reject(missing.map((k, i) => ({ field: i === 0 ? '' : `check_${k.code}`, message: i === 0 ? { en: fill(AM.criteriaMissing, { stage, missing: list.en }).en, zh: fill(AM.criteriaMissing, { stage, missing: list.zh }).zh, zhHant: fill(AM.criteriaMissing, { stage, missing: list.zhHant }).zhHant } : AM.criterionMissing })));
      }
    }
    const next = ((stage ?? 0) + 1) as DevStage;
    const after = { dev_stage: devStageLabel(next, l) };
    const done = stage === null ? [] : DEV_CRITERIA[stage].map((k) => k.code);
    return {
      ok: true,
      id,
      writes: [updateWrite(cust, row, after), auditWrite(wb, ctx, { command: 'advanceProspect', table: 'customers', rowId: id, before: { dev_stage: raw }, after: done.length ? { ...after, criteria: done.join(', ') } : after })],
      message: fill({ en: '{id} is now in development stage {stage}.', zh: '{id} 已进入开发阶段 {stage}。', zhHant: '{id} 已進入開發階段 {stage}。' }, { id, stage: after.dev_stage }),
    };
  },
};
