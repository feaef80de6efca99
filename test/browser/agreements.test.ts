import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, demoUser, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * Agreements: the demo coordinator opens the programme's "Avtaler", sees each party's status and
 * filters to those missing an acceptance; the demo NQT (whose agreement is pending in the demo) finds
 * it on "Min veiledning" and accepts it. axe on every page, screenshots under test-results/.
 */

let server: BrowserServer;
let browser: Browser;

type DemoRole = 'programme_coordinator' | 'nqt';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const logIn = (page: Page, role: DemoRole) => logInAs(page, server, role);

describe('agreements', () => {
  it('the coordinator sees who has not accepted and filters to the pending ones', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logIn(page, 'programme_coordinator');
      await h1(page, /^Hei, /).waitFor();
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Veiledningsordningen' })
        .click();
      await h1(page, 'Veiledningsordningen').waitFor();
      await page.getByRole('link', { name: 'Åpne ordningen' }).click();
      await h1(page, 'Nyutdannede i ordningen').waitFor();
      await page.getByRole('navigation', { name: 'Deler av ordningen' }).getByRole('link', { name: 'Avtaler' }).click();
      await h1(page, 'Avtaler').waitFor();
      const all = page.getByRole('table', { name: 'Avtalene og hver parts godkjenning' });
      await all.waitFor();
      const allRows = await all.getByRole('row').count();
      await expect(page.getByRole('button', { name: 'Lag avtaler for alle påmeldte' }).isVisible()).resolves.toBe(true);
      await expectAccessible(page, 'agreements-01-coordinator');

      await page.getByRole('checkbox', { name: 'Vis bare de som mangler godkjenning' }).check();
      const pending = page.getByRole('table', { name: /^Avtaler som mangler godkjenning/ });
      await pending.waitFor();
      const pendingRows = await pending.getByRole('row').count();
      expect(pendingRows).toBeGreaterThan(1);
      expect(pendingRows).toBeLessThan(allRows);
      // Every shown agreement lacks someone's acceptance, and the NQT's own is among them.
      expect(await pending.getByRole('cell', { name: 'Nei', exact: true }).count()).toBe(pendingRows - 1);
      await pending.getByText(demoUser(server, 'nqt').name).first().waitFor();
      await expectAccessible(page, 'agreements-02-coordinator-pending');

      await page.getByRole('button', { name: 'Endre avtaleteksten' }).click();
      await page.getByText('Alle parter i alle avtalene må da godta avtalen på nytt.', { exact: false }).waitFor();
      await expectAccessible(page, 'agreements-03-coordinator-template');
    } finally {
      await context.close();
    }
  });

  it('the NQT reads their agreement on "Min veiledning" and accepts it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logIn(page, 'nqt');
      await h1(page, 'Min veiledning').waitFor();
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Avtaler å godkjenne' })
        .waitFor();
      const section = page.getByRole('region', { name: 'Avtaler å godkjenne' });
      await section.getByText('Les avtaleteksten').click();
      await section.getByText('Enhetens fokus', { exact: false }).first().waitFor();
      await expectAccessible(page, 'agreements-04-nqt');

      await section.getByRole('button', { name: 'Jeg godtar avtalen' }).click();
      await section.getByText('Du har godtatt avtalen', { exact: false }).waitFor();
      await section.getByText('Du har godtatt denne versjonen').waitFor();
      await expect(section.getByRole('button', { name: 'Jeg godtar avtalen' }).count()).resolves.toBe(0);
      await expectAccessible(page, 'agreements-05-nqt-accepted');
    } finally {
      await context.close();
    }
  });
});
