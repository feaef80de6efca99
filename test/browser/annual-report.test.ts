import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, expectAccessible, h1, launchBrowser, startServer } from './harness.ts';

/*
 * The annual report: the demo coordinator opens the programme's "Årsrapport", reads the tables (each
 * named by its caption) and downloads the PDF, XLSX and CSV through the page's links. axe on the page
 * on a desktop and on a phone; screenshots under test-results/.
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

async function logInAsCoordinator(page: Page) {
  const credential = server.credentials.find((c) => c.role === 'programme_coordinator');
  if (!credential) throw new Error('the demo seed has no coordinator');
  await page.goto(`${server.baseUrl}/`);
  await page.getByLabel('E-postadresse').fill(credential.email);
  await page.getByLabel('Passord', { exact: true }).fill(credential.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

describe('annual report', () => {
  it('shows the tables and downloads PDF, XLSX and CSV', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logInAsCoordinator(page);
      await h1(page, /^Hei, /).waitFor();
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Veiledningsordningen' })
        .click();
      await page.getByRole('link', { name: 'Åpne ordningen' }).click();
      await h1(page, 'Nyutdannede i ordningen').waitFor();
      await page
        .getByRole('navigation', { name: 'Deler av ordningen' })
        .getByRole('link', { name: 'Årsrapport' })
        .click();
      await h1(page, 'Årsrapport').waitFor();

      const nqts = page.getByRole('table', { name: 'Nyutdannede etter enhetstype og veiledningsår' });
      await nqts.waitFor();
      // The demo has 150 NQTs in the programme: the total row says so.
      const totalRow = nqts.getByRole('row', { name: /^Totalt/ });
      await expect(totalRow.getByRole('cell').nth(2).textContent()).resolves.toBe('150');
      for (const name of [
        'Nøkkeltall',
        'Veiledet etter enhetstype',
        'Veiledere etter veilederutdanning og erfaring',
        'Planlagte og holdte minutter etter enhetstype',
        'Holdte minutter etter delmål',
      ]) {
        await expect(page.getByRole('table', { name }).isVisible(), name).resolves.toBe(true);
      }
      await expect(page.getByRole('rowheader', { name: 'Andel veiledet' }).isVisible()).resolves.toBe(true);
      await expectAccessible(page, 'annual-report-01-coordinator');

      const downloads = [
        ['PDF', 'application/pdf', '%PDF-'],
        ['Excel-arbeidsbok (XLSX)', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
        ['CSV (semikolon, for Excel)', 'text/csv; charset=utf-8', '\uFEFFÅrsrapport'],
      ] as const;
      for (const [name, type, start] of downloads) {
        const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
        expect(href, name).toMatch(/\/annual-report\.(pdf|xlsx|csv)$/);
        const res = await context.request.get(`${server.baseUrl}${href}`);
        expect(res.status(), name).toBe(200);
        expect(res.headers()['content-type'], name).toBe(type);
        expect(res.headers()['content-disposition'], name).toMatch(/^attachment; filename="arsrapport-veiledning-/);
        const body = await res.body();
        expect(body.subarray(0, Buffer.byteLength(start)).toString('utf8'), name).toBe(start);
      }
      // A click on a link downloads the file (the browser does not navigate away).
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'PDF', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^arsrapport-veiledning-\d{4}-\d{2}\.pdf$/);
    } finally {
      await context.close();
    }
  });

  it('reads on a phone: the wide tables scroll inside their box', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logInAsCoordinator(page);
      await h1(page, /^Hei, /).waitFor();
      const programmes = await context.request.get(`${server.baseUrl}/api/auth/me`);
      const ownerId = (await programmes.json()).owners[0].id as string;
      const list = await (await context.request.get(`${server.baseUrl}/api/owners/${ownerId}/programmes`)).json();
      await page.goto(`${server.baseUrl}/veiledning/${list.items[0].id}/arsrapport`);
      await h1(page, 'Årsrapport').waitFor();
      await page.getByRole('table', { name: 'Veiledet etter enhetstype' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'annual-report-02-phone');
    } finally {
      await context.close();
    }
  });
});
