/**
 * A year of the funnel's history (issue 9), so that the learnt benchmarks, win rates, days in stage
 * and lost reasons mean something on first open:
 * - every opportunity's history from its opening day: its first rows (stage, amount, close date,
 *   owner, confirmation), then each move to the next stage (now and then skipping one, some first
 *   recorded at stage 02–03), amount and close-date revisions, and the confirmation; won ones end
 *   at 08 on their close date (their won date), lost ones at Lost with a reason (and the competitor
 *   who won when one was chosen);
 * - a few owner changes typed straight into the grid, recorded "Edit (unverified)", to review;
 * - weekly funnel snapshots for the past 52 weeks, counted from that history as FUNNEL_HEALTH counts
 *   (lost ones excluded).
 * The last recorded value of every field is what the Opportunities row holds, so the page's first
 * edit reconciles nothing but itself.
 */
import { serialToIso, toDateSerial } from '../../core/cell';
import { historyValue } from '../../core/commands/history';
import type { TrackedField } from '../../core/model/history';
import { LOST, type Stage } from '../../core/model/stage';
import { listLabel } from '../../core/schema/lists';
import type { Rng } from '../random';
import type { DemoArea } from './types';

const COMPETITORS = ['Dell', 'HPE', 'Lenovo', 'Huawei', 'Inspur', 'Cisco', 'H3C', 'Sugon'];
/** Lost reasons as they fall in a hardware business: price and competitors first. */
const REASONS: [string, number][] = [['price', 30], ['competitor', 25], ['product', 12], ['relationship', 10], ['budget', 9], ['timing', 9], ['other', 5]];
const NOTES = {
  en: ['Lower bid by 8 %', 'Customer chose the incumbent', 'Project frozen by head office'],
  zh: ['对手报价低 8%', '客户选择了原供应商', '总部冻结了项目'],
  zhHant: ['對手報價低 8%', '客戶選擇了原供應商', '總部凍結了項目'],
};

function weighted(rng: Rng): string {
  let r = rng.int(1, 100);
  for (const [code, w] of REASONS) if ((r -= w) <= 0) return code;
  return 'other';
}

export const historyArea: DemoArea = {
  name: 'history',
  generate(base, rng) {
    const { lang, today, people } = base;
    const recs = base.records.opportunities ?? [];
    const now = toDateSerial(today) as number;
    const p2 = (n: number) => (n < 10 ? '0' : '') + n;
    // Times in the order the rows are made, so an opportunity's rows of one day keep their order.
    let clock = 0;
    const stampOf = (day: number) => {
      const sec = clock++ * 420 + 8 * 3600;
      return `${serialToIso(day)} ${p2(Math.floor(sec / 3600))}:${p2(Math.floor(sec / 60) % 60)}:${p2(sec % 60)}`;
    };
    const form = listLabel('historySource', 'form', lang);
    const unverified = listLabel('historySource', 'unverified', lang);
    const rows: { day: number; rec: Record<string, unknown> }[] = [];
    const add = (day: number, id: string, field: TrackedField, before: unknown, after: unknown, by: string, source = form) =>
      rows.push({
        day,
        rec: { when: stampOf(day), opportunity: id, field: listLabel('historyField', field, lang), before: before === '' ? '' : historyValue(field, before, lang), after: historyValue(field, after, lang), by, source },
      });
    /** Per opportunity: the days it entered each stage (for the snapshots). */
    const paths: { from: number; stage: Stage }[][] = [];
    const notes = lang === 'en' ? NOTES.en : lang === 'zh-Hant' ? NOTES.zhHant : NOTES.zh;

    base.opportunities.forEach((o, i) => {
      const rec = recs[i];
      clock = rng.int(0, 30);
      const created = Math.min(toDateSerial(o.created) as number, now);
      const closed = o.stage === 8 || o.stage === LOST;
      const end = closed ? Math.min(toDateSerial(o.close) as number, now) : now - rng.int(0, 60);
      const last = Math.max(created, end);
      // The stages it went through: from 01 (or first recorded at 02–03), one at a time or skipping one.
      const top: Stage = o.stage === LOST ? (rng.int(1, 6) as Stage) : o.stage;
      const stages: Stage[] = [];
      let s = top >= 3 && rng.chance(0.15) ? rng.int(2, 3) : 1;
      while (s <= top) {
        stages.push(s as Stage);
        s += s < top - 1 && rng.chance(0.12) ? 2 : 1;
      }
      if (stages[stages.length - 1] !== top) stages.push(top);
      if (o.stage === LOST) stages.push(LOST);
      const n = stages.length;
      const days = stages.map((_, k) => (k === 0 ? created : Math.round(created + ((last - created) * (k + rng.next() * 0.3)) / Math.max(1, n - 0.7))));
      for (let k = 1; k < n; k++) days[k] = Math.min(last, Math.max(days[k], days[k - 1]));
      if (closed) days[n - 1] = last;
      paths.push(stages.map((st, k) => ({ from: days[k], stage: st })));

      const by = o.owner.name;
      const amount0 = rng.chance(0.35) ? Math.round((o.amount * (0.7 + rng.next() * 0.5)) / 1000) * 1000 : o.amount;
      const close0 = rng.chance(0.3) ? serialToIso((toDateSerial(o.close) as number) - rng.int(-45, 30)) : o.close;
      const confirmedNow = String(rec.confirmed ?? '');
      const no = listLabel('yesno', 'no', lang);
      // A few owners were changed in the grid by someone the workbook could not name.
      const handedOver = !closed && rng.chance(0.004);
      const owner0 = handedOver ? rng.pick(people.filter((p) => p.role === 'account_manager' && p.name !== by)).name : by;
      add(created, o.id, 'stage', '', stageOf(stages[0]), owner0);
      add(created, o.id, 'amount', '', amount0, owner0);
      add(created, o.id, 'close', '', close0, owner0);
      add(created, o.id, 'owner', '', owner0, owner0);
      add(created, o.id, 'confirmed', '', no, owner0);
      for (let k = 1; k < n; k++) add(days[k], o.id, 'stage', stageOf(stages[k - 1]), stageOf(stages[k]), by);
      const mid = days[Math.floor(n / 2)];
      if (amount0 !== o.amount) add(mid, o.id, 'amount', amount0, o.amount, by);
      if (close0 !== o.close) add(mid, o.id, 'close', close0, o.close, by);
      if (handedOver) add(Math.min(now, created + rng.int(1, 20)), o.id, 'owner', owner0, by, '', unverified);
      if (confirmedNow !== '' && confirmedNow !== no) add(days[n - 1], o.id, 'confirmed', no, confirmedNow, by);

      if (o.stage === 8) rec.won_date = serialToIso(last);
      if (o.stage === LOST) {
        const reason = weighted(rng);
        rec.lost_reason = listLabel('lostReason', reason, lang);
        if (reason === 'competitor' || (reason === 'price' && rng.chance(0.5))) rec.competitor = rng.pick(COMPETITORS);
        if (rng.chance(0.3)) rec.lost_note = rng.pick(notes);
      }
    });

    function stageOf(st: Stage): string {
      return String(historyValue('stage', st === LOST ? 'lost' : st, lang));
    }

    // Weekly snapshots: the funnel as it stood on each of the last 52 Mondays-or-so (lost excluded).
    const snapshots: Record<string, unknown>[] = [];
    for (let w = 52; w >= 1; w--) {
      const day = now - 7 * w;
      const count = new Array(9).fill(0);
      const amount = new Array(9).fill(0);
      base.opportunities.forEach((o, i) => {
        const path = paths[i];
        if (path[0].from > day) return;
        let st: Stage = path[0].stage;
        for (const p of path) if (p.from <= day) st = p.stage;
        if (st === LOST) return;
        count[st]++;
        amount[st] += o.amount;
      });
      for (let st = 1; st <= 8; st++) snapshots.push({ date: serialToIso(day), stage: st, count: count[st], amount: amount[st] });
    }

    rows.sort((a, b) => a.day - b.day || (String(a.rec.when) < String(b.rec.when) ? -1 : String(a.rec.when) > String(b.rec.when) ? 1 : 0));
    return { history: rows.map((r) => r.rec), snapshots };
  },
};
