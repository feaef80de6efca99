import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * A region-run programme: the demo region's coordinator opens the region's programme for the school year,
 * sees each member owner's figures (Demo kommune in mid-year, the neighbour not started), changes a shared
 * setting for all members, and opens a member's own programme. On a desktop and on a phone; axe on each page.
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

describe('regional programme', () => {
  it('the region coordinator sees the members, changes a shared setting and opens a member', async () => {
    const context = await browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    await logInAs(page, server, 'region_coordinator');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Region' }).click();
    await h1(page, 'Regionale veiledningsordninger').waitFor();
    await page.getByRole('table', { name: /Regionens ordninger/ }).waitFor();
    await expectAccessible(page, 'regional-list');

    await page
      .getByRole('link', { name: /Veiledning av nyutdannede i/ })
      .first()
      .click();
    const members = page.getByRole('table', { name: 'Eierne i ordningen med nøkkeltall' });
    await members.waitFor();
    const demo = members.getByRole('row', { name: /Demo kommune/ });
    // Demo kommune's 150 NQTs are enrolled and matched; the neighbour has a new, empty programme.
    await expect.poll(() => demo.getByRole('cell').first().textContent()).toBe('150');
    expect(await members.getByRole('row').count()).toBe(3);
    await expectAccessible(page, 'regional-programme');

    // A shared setting: a bad value is refused by the field; a good one is saved for every member.
    const threshold = page.getByLabel('Grense for etterslep');
    await threshold.fill('0');
    await page
      .getByRole('region', { name: 'Navn, nettverk og oppfølging' })
      .getByRole('button', { name: 'Lagre' })
      .click();
    await expect.poll(() => threshold.getAttribute('aria-invalid')).toBe('true');
    await threshold.fill('70');
    await page
      .getByRole('region', { name: 'Navn, nettverk og oppfølging' })
      .getByRole('button', { name: 'Lagre' })
      .click();
    await page.getByText('Lagret').first().waitFor();
    await expectAccessible(page, 'regional-programme-saved');

    // Demo kommune's knowledge base shared with the neighbour.
    await page.getByLabel('Kunnskapsgrunnlaget til').selectOption({ label: 'Demo kommune' });
    await page.getByRole('button', { name: 'Del med alle eierne' }).click();
    // The demo's two knowledge bases are both the defaults, so nothing needs a new version.
    await page.getByText('Delt. Eiere som fikk en ny versjon: 0').waitFor();
    await expectAccessible(page, 'regional-knowledge-base-shared');

    // The owner's own programme: its settings follow the region's and say so.
    await demo.getByRole('link').click();
    await page.waitForURL((url) => url.pathname.startsWith('/veiledning/'));
    await page.goto(`${page.url()}/innstillinger`);
    await page.getByText(/Ordningen er med i en regional ordning/).waitFor();
    await expect.poll(() => page.getByLabel('Grense for etterslep').inputValue()).toBe('70');
    await expectAccessible(page, 'regional-member-settings');
    await context.close();
  });

  it('works on a phone', async () => {
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await logInAs(page, server, 'region_coordinator');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Region' }).click();
    await page
      .getByRole('link', { name: /Veiledning av nyutdannede i/ })
      .first()
      .click();
    await page.getByRole('table', { name: 'Eierne i ordningen med nøkkeltall' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'regional-programme-phone');
    await context.close();
  });
});
