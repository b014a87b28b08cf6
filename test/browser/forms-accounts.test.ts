/**
 * The decision chain and the actions in the preview, in Chromium: mapping a decision maker and a coach
 * takes an opportunity off the Dashboard's list of uncovered decision chains; an action past its due
 * date appears among the overdue actions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardPlaces, field, lastRow, openForm, openPreview, pick, records, save, sectionCell, shot, showSheet, startPreview, type Preview, type Watched } from './harness';

let preview: Preview;
let w: Watched;

beforeAll(async () => {
  preview = await startPreview();
  w = await openPreview(preview, '?lang=en');
});

afterAll(async () => {
  await preview?.close();
});

/** The first column of a Dashboard section, as listed now. */
async function listed(id: string, col = 0): Promise<unknown[]> {
  const places = await dashboardPlaces(w.page);
  const out: unknown[] = [];
  for (let r = 0; r < places.sections[id].rows; r++) {
    const v = await sectionCell(w.page, places, id, r, col);
    if (v === '' || v === null) break;
    out.push(v);
  }
  return out;
}

describe('the decision chain on the Dashboard', () => {
  it('an opportunity leaves the gap list once a decision maker and a coach are mapped', async () => {
    const { page } = w;
    await showSheet(page, 'dashboard');
    const ids = await listed('coverage_gaps');
    const gaps = await listed('coverage_gaps', 3);
    expect(ids.length).toBeGreaterThan(3);
    const i = gaps.findIndex((g) => g === 'No decision maker' || g === 'No coach');
    expect(i).toBeGreaterThanOrEqual(0);
    const opp = String(ids[i]);
    const o = (await records(page, 'opportunities')).find((x) => x.id === opp)!;
    for (const [name, role] of [['Tang Kai', 'decision_maker'], ['Deng Ying', 'coach']] as const) {
      const form = await openForm(page, 'saveContact');
      await pick(form, 'customer_id', String(o.customer_id), String(o.customer_id));
      await pick(form, 'opportunity', opp, opp);
      await field(form, 'name').fill(name);
      await field(form, 'role').selectOption(role);
      await field(form, 'attitude').selectOption('supporter');
      const r = await save(form);
      expect(r.ok, r.status).toBe(true);
    }
    await shot(page, 'form-saveContact.png');
    await showSheet(page, 'dashboard');
    await expect.poll(async () => (await listed('coverage_gaps')).includes(opp), { timeout: 20000 }).toBe(false);
    const mine = (await records(page, 'contacts')).filter((c) => c.opportunity === opp);
    expect(mine.map((c) => c.role)).toEqual(expect.arrayContaining(['Decision maker', 'Coach (insider)']));
  });
});

describe('overdue actions on the Dashboard', () => {
  it('an action past its due date is listed with its owner and the days overdue', async () => {
    const { page } = w;
    const actor = await page.locator('#actor').inputValue();
    const form = await openForm(page, 'addAction');
    await field(form, 'ref').fill('O00001');
    await field(form, 'action').fill('Call back about the site survey');
    await field(form, 'due').fill('2026-11-06');
    const r = await save(form);
    expect(r.ok, r.status).toBe(true);
    await shot(page, 'form-addAction.png');
    const row = await lastRow(page, 'actions');
    const id = String(row[0]);
    await showSheet(page, 'dashboard');
    await expect.poll(async () => (await listed('overdue_actions', 2)).includes(id), { timeout: 20000 }).toBe(true);
    const ids = await listed('overdue_actions', 2);
    const k = ids.indexOf(id);
    const places = await dashboardPlaces(page);
    expect(await sectionCell(page, places, 'overdue_actions', k, 0)).toBe(actor);
    expect(await sectionCell(page, places, 'overdue_actions', k, 1)).toBe(10); // the demo's today is 2026-11-16
  });
});
