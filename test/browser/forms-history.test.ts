/**
 * Update opportunity in the preview, in Chromium (issue 9): moving an opportunity to its next stage
 * and to Lost through the form; the history records each move, and the Dashboard's funnel, stuck list
 * and lost reasons follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, dashboardPlaces, field, openForm, openPreview, pick, records, save, sectionCell, shot, showSheet, startPreview, tableRows, type DashboardPlaces, type Preview, type Watched } from './harness';

let preview: Preview;
let w: Watched;
let places: DashboardPlaces;

beforeAll(async () => {
  preview = await startPreview();
  w = await openPreview(preview, '?lang=en');
  places = await dashboardPlaces(w.page);
});

afterAll(async () => {
  await preview?.close();
});

const stageOf = (s: unknown) => {
  const m = /^0(\d)/.exec(String(s));
  return m ? Number(m[1]) : 0;
};
const stageCount = async (stage: number) => (await sectionCell(w.page, places, 'funnel_count', stage - 1, 1)) as number;

/** The IDs the Dashboard lists as stuck. */
async function stuckIds(): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < places.sections.stuck.rows; i++) {
    const v = await sectionCell(w.page, places, 'stuck', i, 0);
    if (v) out.push(String(v));
  }
  return out;
}

describe('Update opportunity', () => {
  it('moves a stuck opportunity to its next stage: preloaded form, one history row, the funnel and the stuck list follow', async () => {
    const { page } = w;
    const stuck = await stuckIds();
    expect(stuck.length).toBeGreaterThan(0);
    const opps = await records(page, 'opportunities');
    const o = opps.find((x) => x.id === stuck[0])!;
    const s = stageOf(o.stage);
    expect(s).toBeGreaterThanOrEqual(1);
    expect(s).toBeLessThanOrEqual(7);
    await actAs(page, String(o.owner));
    const [before, beforeNext] = [await stageCount(s), await stageCount(s + 1)];
    const history = await tableRows(page, 'history');
    const form = await openForm(page, 'updateOpportunity');
    await pick(form, 'opportunity', String(o.id), String(o.id));
    // The form shows what the row holds now.
    await page.waitForFunction((v) => (document.querySelector('#forms [name="stage"]') as HTMLSelectElement | null)?.value === v, String(s));
    expect(await field(form, 'amount').inputValue()).toBe(String(o.amount));
    await field(form, 'stage').selectOption(String(s + 1));
    await field(form, 'next_step').fill('Send the revised proposal');
    await shot(page, 'form-updateOpportunity.png');
    const r = await save(form);
    expect(r.ok, r.status).toBe(true);
    const after = (await records(page, 'opportunities')).find((x) => x.id === o.id)!;
    expect(stageOf(after.stage)).toBe(s + 1);
    expect(after.next_step).toBe('Send the revised proposal');
    const h = (await records(page, 'history')).slice(history);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ opportunity: o.id, field: 'Stage', source: 'Form', by: o.owner });
    await showSheet(page, 'dashboard');
    expect(await stageCount(s)).toBe(before - 1);
    expect(await stageCount(s + 1)).toBe(beforeNext + 1);
    expect(await stuckIds()).not.toContain(o.id); // it has just entered its stage
    await shot(page, 'dashboard-after-update.png');
  });

  it('moves one to Lost: refused without a reason, then saved with it; the lost reasons follow', async () => {
    const { page } = w;
    const actor = await page.locator('#actor').inputValue();
    const opps = await records(page, 'opportunities');
    const o = opps.find((x) => x.owner === actor && stageOf(x.stage) >= 1 && stageOf(x.stage) <= 7)!;
    const s = stageOf(o.stage);
    const price = async () => [await sectionCell(page, places, 'lost_reasons', 0, 1), await sectionCell(page, places, 'lost_reasons', 0, 2)] as number[];
    const [count, amount] = await price();
    const stageBefore = await stageCount(s);
    const form = await openForm(page, 'updateOpportunity');
    await pick(form, 'opportunity', String(o.id), String(o.id));
    await page.waitForFunction((v) => (document.querySelector('#forms [name="stage"]') as HTMLSelectElement | null)?.value === v, String(s));
    await field(form, 'stage').selectOption('0');
    let r = await save(form);
    expect(r.ok).toBe(false);
    expect(r.fieldErrors.lost_reason).toMatch(/lost reason/);
    expect(stageOf((await records(page, 'opportunities')).find((x) => x.id === o.id)!.stage)).toBe(s);
    await field(form, 'lost_reason').selectOption('price');
    await field(form, 'competitor').fill('Lenovo');
    r = await save(form);
    expect(r.ok, r.status).toBe(true);
    const after = (await records(page, 'opportunities')).find((x) => x.id === o.id)!;
    expect(after).toMatchObject({ stage: 'Lost', lost_reason: 'Price', competitor: 'Lenovo' });
    await showSheet(page, 'dashboard');
    expect(await price()).toEqual([count + 1, amount + Number(o.amount)]);
    expect(await stageCount(s)).toBe(stageBefore - 1);
  });
});
