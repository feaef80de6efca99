import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runComplianceNudges } from '../../src/server/modules/mentoring/nudges/run-nudges.ts';
import { type BrowserServer, expectAccessible, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * Follow-up of the mentoring: the coordinator's "Oppfølging" part of the programme (who is behind and
 * who has been told, units by share, the year's trend) and the demo head's "Min enhet" (the unit's NQTs
 * against the plan, mentors, agreements waiting), on a desktop and on a phone. axe on every page.
 */

let server: BrowserServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // The demo is mid-year with some pairs behind: a check on two school days a week apart opens their
  // lapses and tells their mentors, as the daily job would have.
  const publicUrl = server.baseUrl;
  await runComplianceNudges(server.database.db, { today: '2026-11-09', publicUrl });
  await runComplianceNudges(server.database.db, { today: '2026-11-16', publicUrl });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const logIn = (page: Page, role: 'programme_coordinator' | 'unit_leader') => logInAs(page, server, role);

describe('follow-up of the mentoring', () => {
  it('the coordinator sees who is behind, who has been told, the units and the trend', async () => {
    const context = await browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    await logIn(page, 'programme_coordinator');
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Veiledningsordningen' })
      .click();
    await page.getByRole('link', { name: 'Åpne ordningen' }).first().click();
    // The overview leads with the programme's status, each part a sentence and a link.
    const status = page.getByRole('region', { name: 'Status for ordningen' });
    await status.getByText(/av \d+ nyutdannede har veileder/).waitFor();
    await status.getByText(/veiledere varslet/).waitFor();
    await expectAccessible(page, 'follow-up-overview');
    await status.getByRole('link', { name: 'Oppfølging' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oppfølging av veiledningen' }).waitFor();
    const behind = page.getByRole('table', { name: /Nyutdannede som ligger etter/ });
    await behind.waitFor();
    expect(await behind.getByRole('row').count()).toBeGreaterThan(1);
    await expect.poll(() => behind.getByText(/veileder varslet/).count()).toBeGreaterThan(0);
    await page.getByRole('table', { name: /per enhet/ }).waitFor();
    await page.getByRole('img', { name: /minutter planlagt/ }).waitFor();
    await page.getByText('Vis tall per uke').click();
    await page.getByRole('table', { name: 'Planlagte og holdte minutter per uke' }).waitFor();
    await expectAccessible(page, 'follow-up-programme');

    // The matching weights: a bad value is refused with a message by the field, the defaults come back.
    await page.getByRole('link', { name: 'Kobling' }).first().click();
    await page.getByText('Vekter for kobling').click();
    const sameUnit = page.getByRole('textbox', { name: 'Samme enhet' });
    await sameUnit.fill('-5');
    await page.getByRole('button', { name: 'Lagre vektene' }).click();
    const form = page.locator('#matching-weights');
    await form
      .getByText(/Må være minst 0/)
      .first()
      .waitFor();
    await expectAccessible(page, 'follow-up-weights-refused');
    await page.getByRole('button', { name: 'Tilbake til standard' }).click();
    await page.getByText('Vektene er lagret. Neste forslag bruker dem.').waitFor();
    expect(await sameUnit.inputValue()).toBe('150');
    await context.close();
  });

  it('the head sees the unit on a phone: NQTs against the plan, mentors, agreements waiting', async () => {
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await logIn(page, 'unit_leader');
    // A head without organisation pages lands on their own unit.
    await page.getByRole('heading', { level: 1, name: 'Min enhet' }).waitFor();
    const nqts = page.getByRole('table', { name: /^Nyutdannede ved / });
    await nqts.first().waitFor();
    expect(await nqts.first().getByRole('row').count()).toBeGreaterThan(1);
    await page
      .getByRole('table', { name: /^Veiledere ved / })
      .first()
      .waitFor();
    await expectAccessible(page, 'follow-up-my-unit-phone');
    await context.close();
  });
});
