/**
 * Running the sales team through the preview's forms, in Chromium: a customer in a territory is
 * assigned by its rule (and the form says which); an order review is requested, signed by finance,
 * quality and purchasing, refused to its requester and approved by the owner's superior — every step
 * appended to Order reviews.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, field, openForm, openPreview, pick, records, save, shot, startPreview, tableRows, type Preview, type Watched } from './harness';

let preview: Preview;
let w: Watched;

beforeAll(async () => {
  preview = await startPreview();
  w = await openPreview(preview, '?lang=en');
});

afterAll(async () => {
  await preview?.close();
});

describe('New customer in a territory', () => {
  it('is assigned by the first matching territory rule, and the form says which rule', async () => {
    const { page } = w;
    const rules = await records(page, 'territories');
    const rule = rules.find((r) => r.region !== '' && r.industry !== '')!;
    expect(rule).toBeDefined();
    const before = await tableRows(page, 'customers');
    const form = await openForm(page, 'newCustomer');
    await field(form, 'name').fill('Zephyr Quantum Instruments Co., Ltd.');
    await field(form, 'region').fill(String(rule.region));
    await field(form, 'industry').fill(String(rule.industry).toUpperCase());
    await field(form, 'revenue').fill('5000万');
    await field(form, 'net_profit').fill('400万');
    await field(form, 'current_assets').fill('1800万');
    await field(form, 'current_liabilities').fill('1200万');
    await field(form, 'current_liabilities').blur();
    // the ratios show as the figures are filled
    expect(await form.locator('[data-finance]').textContent()).toMatch(/Current ratio 1\.5; Net profit margin 8%/);
    await shot(page, 'form-newCustomer-territory.png');
    const r = await save(form);
    expect(r.ok, r.status).toBe(true);
    expect(r.status).toContain(`Assigned by territory ${rule.territory}`);
    expect(await tableRows(page, 'customers')).toBe(before + 1);
    const added = (await records(page, 'customers')).at(-1)!;
    expect(added.account_manager).toBe(rule.account_manager);
    expect(added.revenue).toBe(50000000);
  });
});

describe('Order review', () => {
  it('is requested, signed by the three departments, refused to its requester and approved by the owner’s superior', async () => {
    const { page } = w;
    const team = await records(page, 'team');
    const opps = await records(page, 'opportunities');
    const reviews = await records(page, 'reviews');
    const reviewed = new Set(reviews.map((r) => r.opportunity));
    const opp = opps.find((o) => !reviewed.has(o.id) && Number(o.amount) > 1000000 && !/^0?8|Lost/.test(String(o.stage)))!;
    expect(opp).toBeDefined();
    const owner = String(opp.owner);
    const boss = String(team.find((p) => p.person === owner)!.manager);
    const roleOf = (label: RegExp) => String(team.find((p) => label.test(String(p.role)))!.person);
    const signers: [string, string][] = [
      ['finance', roleOf(/^Finance/)],
      ['quality', roleOf(/^Quality/)],
      ['purchasing', roleOf(/^Purchasing/)],
    ];
    const rows = await tableRows(page, 'reviews');

    await actAs(page, owner);
    let form = await openForm(page, 'requestReview');
    await pick(form, 'opportunity', String(opp.id), String(opp.id));
    await field(form, 'price').fill('0');
    await field(form, 'cost').fill('800000');
    let r = await save(form);
    expect(r.ok).toBe(false);
    expect(r.fieldErrors.price).toMatch(/price above 0/);
    expect(await tableRows(page, 'reviews')).toBe(rows);
    await field(form, 'price').fill(String(opp.amount));
    await field(form, 'cost').fill(String(Math.round(Number(opp.amount) * 0.7)));
    await field(form, 'expenses').fill(String(Math.round(Number(opp.amount) * 0.05)));
    await field(form, 'taxes').fill(String(Math.round(Number(opp.amount) * 0.06)));
    await field(form, 'quality').fill('ISO 9001');
    await shot(page, 'form-requestReview.png');
    r = await save(form);
    expect(r.ok, r.status).toBe(true);
    expect(r.status).toMatch(/gross margin 30%, expense ratio 5%, profit margin 19%/);
    const id = String((await records(page, 'reviews')).at(-1)!.id);

    for (const [step, person] of signers) {
      await actAs(page, person);
      form = await openForm(page, 'decideReview');
      // the picker offers the review waiting for this department
      await field(form, 'review').selectOption(id);
      await field(form, 'step').selectOption(step);
      await field(form, 'verdict').selectOption('accept');
      r = await save(form);
      expect(r.ok, r.status).toBe(true);
    }
    expect(r.status).toMatch(/All three accepted/);

    // The requester may not approve their own request: the picker offers it nothing (core refuses it
    // too, whichever way it comes: core/commands/review.test.ts), and nothing is written.
    await actAs(page, owner);
    form = await openForm(page, 'decideReview');
    await expect.poll(() => form.locator('[data-field="review"] [data-no-choice]').textContent()).toMatch(/no order review waits for you/);
    expect(await form.locator(`[data-field="review"] option[value="${id}"]`).count()).toBe(0);
    expect(await tableRows(page, 'reviews')).toBe(rows + 4);

    await actAs(page, boss);
    form = await openForm(page, 'decideReview');
    await field(form, 'review').selectOption(id);
    await field(form, 'step').selectOption('approval');
    await field(form, 'verdict').selectOption('accept');
    await shot(page, 'form-decideReview.png');
    r = await save(form);
    expect(r.ok, r.status).toBe(true);
    expect(r.status).toMatch(new RegExp(`approved by ${boss}`));
    const mine = (await records(page, 'reviews')).filter((x) => x.id === id);
    expect(mine.map((x) => [x.kind, x.step, x.verdict, x.by])).toEqual([
      ['Request', '', '', owner],
      ['Sign-off', 'Finance', 'Accept', signers[0][1]],
      ['Sign-off', 'Quality', 'Accept', signers[1][1]],
      ['Sign-off', 'Purchasing', 'Accept', signers[2][1]],
      ['Sign-off', 'Approval', 'Accept', boss],
    ]);
  });
});

describe('Assess opportunity', () => {
  it("question 3 (is the customer financially strong?) shows the customer's financial ratios as a hint", async () => {
    const { page } = w;
    const customers = await records(page, 'customers');
    const withFigures = new Set(customers.filter((c) => c.revenue !== '' && c.net_profit !== '').map((c) => c.id));
    const without = new Set(customers.filter((c) => c.revenue === '' && c.current_assets === '').map((c) => c.id));
    const opps = await records(page, 'opportunities');
    const rich = opps.find((o) => withFigures.has(o.customer_id))!;
    const bare = opps.find((o) => without.has(o.customer_id))!;
    const form = await openForm(page, 'assessOpportunity');
    const hint = form.locator('[data-finance-hint]');
    expect(((await hint.textContent()) ?? '').trim()).toBe('');
    await pick(form, 'opportunity', String(rich.id), String(rich.id));
    await expect.poll(async () => (await hint.textContent()) ?? '').toMatch(/^Finances: .*Net profit margin -?\d/);
    await shot(page, 'form-assessOpportunity-finance.png');
    await pick(form, 'opportunity', String(bare.id), String(bare.id));
    await expect.poll(async () => (await hint.textContent()) ?? '').toMatch(/No financial figures recorded for this customer/);
  });
});
