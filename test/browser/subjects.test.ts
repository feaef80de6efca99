import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matching } from '../../src/shared/schemas/mentoring.ts';
import { type BrowserServer, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * Subjects and stage: the coordinator sees why Demo kommune's pairs fit (the shared stage and subjects),
 * opens an NQT from a pair, and edits their subjects in the person form, on a desktop and on a phone.
 */

let server: BrowserServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The demo programme and a pair whose explanation names shared subjects. */
async function pairWithSubjects(page: Page) {
  const me = await (await page.request.get(`${server.baseUrl}/api/auth/me`)).json();
  const ownerId: string = me.owners[0].id;
  const programmes = await (await page.request.get(`${server.baseUrl}/api/owners/${ownerId}/programmes`)).json();
  const programmeId: string = programmes.items[0].id;
  const matching = (await (
    await page.request.get(`${server.baseUrl}/api/owners/${ownerId}/programmes/${programmeId}/matching`)
  ).json()) as Matching;
  const pair = matching.pairs.find((p) =>
    p.explanation.some((e) => e.term === 'subject_overlap' && (e.subjects?.length ?? 0) >= 2),
  );
  if (!pair) throw new Error('the demo has no pair sharing two subjects');
  return { programmeId, pair };
}

describe('subjects and stage', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    page = await context.newPage();
    await logInAs(page, server, 'programme_coordinator');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows on the matching page which stage and subjects a pair shares', async () => {
    const { programmeId, pair } = await pairWithSubjects(page);
    await page.goto(`${server.baseUrl}/veiledning/${programmeId}/kobling`);
    await h1(page, 'Kobling av veiledere og nyutdannede').waitFor();
    const pairs = page.getByRole('table', { name: 'Veiledere og nyutdannede, med hvorfor de passer' });
    const row = pairs.getByRole('row', { name: new RegExp(`${pair.nqt.givenName} ${pair.nqt.familyName}`) });
    await row
      .getByText(/^Felles fag: /)
      .first()
      .waitFor();
    await expect(
      row
        .getByText(/^Felles fag: /)
        .first()
        .textContent(),
    ).resolves.toMatch(/^Felles fag: \p{Lu}/u);
    await expect(pairs.getByText(/Samme trinn \((1\.–4\.|5\.–7\.|8\.–10\.) trinn\)/).count()).resolves.toBeGreaterThan(
      0,
    );
    await expectAccessible(page, 'subjects-01-matching-why');
  });

  it("edits an NQT's subjects in the person form and shows them and the stage afterwards", async () => {
    const { pair } = await pairWithSubjects(page);
    await page.goto(`${server.baseUrl}/personer/${pair.nqt.personId}`);
    await page.getByRole('heading', { level: 2, name: 'Ansettelser' }).waitFor();
    // The employment table has the stage; the details list the subjects.
    await expect(page.getByRole('columnheader', { name: 'Trinn' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Endre' }).first().click();
    const subjects = page.getByRole('group', { name: 'Fag' });
    await subjects.waitFor();
    await expectAccessible(page, 'subjects-02-person-form');
    const music = subjects.getByRole('checkbox', { name: 'Musikk' });
    const before = await music.isChecked();
    await music.setChecked(!before);
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Endringene er lagret.').waitFor();
    const shown = page.locator('dt', { hasText: /^Fag$/ }).locator('xpath=following-sibling::dd[1]');
    if (before) await expect(shown.textContent()).resolves.not.toContain('Musikk');
    else await expect(shown.textContent()).resolves.toContain('Musikk');
    await expectAccessible(page, 'subjects-03-person-saved');
  });

  it('fits the subjects form on a 390 px phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const small = await phone.newPage();
      await logInAs(small, server, 'programme_coordinator');
      await small.getByRole('navigation', { name: 'Hovedmeny' }).waitFor({ state: 'attached' });
      const { pair } = await pairWithSubjects(small);
      await small.goto(`${server.baseUrl}/personer/${pair.nqt.personId}`);
      await small.getByRole('button', { name: 'Endre' }).first().click();
      await small.getByRole('group', { name: 'Fag' }).waitFor();
      const width = await small.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await expectAccessible(small, 'subjects-04-person-form-phone');
    } finally {
      await phone.close();
    }
  });
});
