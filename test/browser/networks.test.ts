import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, demoUser, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * Network groups: the demo coordinator opens the programme's "Nettverk", makes a proposal (the solver in
 * its worker), saves it and moves the demo NQT by hand; the demo NQT then finds the group on "Mitt
 * nettverk". axe on every page, screenshots under test-results/.
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

describe('network groups', () => {
  it('the coordinator proposes, saves and adjusts groups; the NQT sees theirs in "Mitt nettverk"', async () => {
    const nqtName = demoUser(server, 'nqt').name;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    let groupName = '';
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
      await page
        .getByRole('navigation', { name: 'Deler av ordningen' })
        .getByRole('link', { name: 'Nettverk' })
        .click();
      await h1(page, 'Nettverksgrupper').waitFor();
      // The demo's NQT groups are saved already (they have network meetings); a new proposal replaces them.
      const groupHeadings = page.getByRole('heading', { level: 3, name: /^(Barnehage|Skole) \d+$/ });
      await page.getByRole('heading', { level: 3, name: 'Skole 1' }).waitFor();
      const savedBefore = await groupHeadings.count();
      await expectAccessible(page, 'networks-01-saved-demo');

      // A unit limit of 0 is explained beside the field.
      const limit = page.getByLabel('Høyst antall fra samme enhet i en gruppe');
      await limit.fill('0');
      await page.getByRole('button', { name: 'Lag forslag' }).click();
      await page
        .getByText(/Høyst antall fra samme enhet i en gruppe: /)
        .first()
        .waitFor();

      await limit.fill('3');
      await page.getByRole('button', { name: 'Lag forslag' }).click();
      const proposal = page.getByRole('heading', { level: 2, name: 'Forslag' });
      await proposal.waitFor();
      await expect.poll(() => proposal.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByText(/^(Den beste inndelingen etter reglene|En god inndeling)/).waitFor();
      // The proposal's groups are shown above the saved ones.
      const proposedGroups = (await groupHeadings.count()) - savedBefore;
      expect(proposedGroups).toBeGreaterThan(1);
      await page.screenshot({ path: 'test-results/networks-02b-proposal-top.png' });
      await expectAccessible(page, 'networks-02-proposal');

      await page.getByRole('button', { name: 'Lagre forslaget' }).click();
      await page.getByText('Gruppene er lagret.').waitFor();
      await expect(page.getByRole('heading', { level: 2, name: 'Forslag' }).count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { level: 3, name: /^(Barnehage|Skole) \d+$/ }).count()).resolves.toBe(
        proposedGroups,
      );
      await page.screenshot({ path: 'test-results/networks-03b-saved-top.png' });
      await expectAccessible(page, 'networks-03-saved');

      // Move the demo NQT by hand to another group of the same kind: refused with the rule, or moved.
      const moveSelect = page.getByLabel(`Flytt ${nqtName} til`);
      const options = await moveSelect.locator('option').allTextContents();
      const row = page.getByRole('row').filter({ hasText: nqtName });
      const table = page.getByRole('table').filter({ has: row });
      const fromGroup = (
        (await table.getAttribute('aria-label')) ??
        (await table.locator('caption').textContent()) ??
        ''
      )
        .replace(/^Deltakere i /, '')
        .trim();
      const pool = fromGroup.replace(/ \d+$/, '');
      const target = options.find((o) => o.startsWith(pool) && o !== fromGroup);
      expect(target, `another ${pool} group than ${fromGroup} among ${options.join(', ')}`).toBeDefined();
      await moveSelect.selectOption({ label: target as string });
      await page.getByRole('button', { name: `Flytt ${nqtName}` }).click();
      await page.getByText(`${nqtName} er flyttet til ${target}.`).waitFor();
      groupName = target as string;
      await page
        .getByRole('table', { name: `Deltakere i ${target}` })
        .getByRole('cell', { name: nqtName, exact: true })
        .waitFor();
      await page.screenshot({ path: 'test-results/networks-04-moved.png', fullPage: false });

      // The mentor networks have their own view.
      await page.getByRole('radio', { name: 'Veiledere' }).check();
      await page.getByText('Ingen grupper er lagret ennå. Lag et forslag.').waitFor();
      await expectAccessible(page, 'networks-05-mentors');
    } finally {
      await context.close();
    }

    const nqtContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await nqtContext.newPage();
      await logIn(page, 'nqt');
      await h1(page, /^(Hei, |Min veiledning)/).waitFor();
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mitt nettverk' }).click();
      await h1(page, 'Mitt nettverk').waitFor();
      await page.getByRole('heading', { level: 2, name: groupName }).waitFor();
      await page
        .getByRole('table', { name: `Medlemmer i ${groupName}` })
        .getByText(`${nqtName} (deg)`)
        .waitFor();
      await expectAccessible(page, 'networks-06-my-network');
    } finally {
      await nqtContext.close();
    }
  });
});
