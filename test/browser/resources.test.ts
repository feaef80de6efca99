import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * The resource bank: the demo coordinator searches with an inflected word, is told plainly why a file
 * whose name lies is refused, uploads a real one, writes a Markdown text and edits it; the demo NQT on
 * a phone sees only what is meant for NQTs and reads a text. axe on every page, screenshots under
 * test-results/.
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

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('resource bank', () => {
  it('the coordinator searches, is told why a lying file is refused, uploads, writes and edits', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logIn(page, 'programme_coordinator');
      await h1(page, /^Hei, /).waitFor();
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Ressursbank' }).click();
      await h1(page, 'Ressursbank').waitFor();
      await page.getByRole('heading', { name: '6 ressurser' }).waitFor();
      await expectAccessible(page, 'resources-01-coordinator-list');

      // "veiledningen" is not in any title as typed; stemming finds "Veiledningen" and "veiledning".
      await page.getByRole('searchbox', { name: 'Søk i ressursbanken' }).fill('veiledningene');
      await page.getByRole('button', { name: 'Søk', exact: true }).click();
      await page.getByRole('link', { name: 'Veiledningen i første år: slik jobber vi' }).waitFor();
      await page.getByRole('heading', { name: /^[1-5] ressurser$/ }).waitFor();
      expect(page.url()).toContain('q=veiledningene');
      await expectAccessible(page, 'resources-02-coordinator-search');

      await page.getByRole('link', { name: 'Ny ressurs' }).click();
      await h1(page, 'Ny ressurs').waitFor();
      await page.getByRole('radio', { name: /^En fil/ }).check();
      await page.getByLabel('Tittel').fill('Plan for nettverkssamlingene');
      await page.getByLabel('Fil', { exact: true }).setInputFiles({
        name: 'plan.pdf',
        mimeType: 'application/pdf',
        buffer: PNG,
      });
      await page.getByRole('button', { name: 'Legg til' }).click();
      await page.getByText('Filnavnet stemmer ikke med innholdet i filen', { exact: false }).first().waitFor();
      await expectAccessible(page, 'resources-03-coordinator-lying-file');

      await page.getByLabel('Fil', { exact: true }).setInputFiles({
        name: 'plan.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      await page.getByRole('button', { name: 'Legg til' }).click();
      await h1(page, 'Plan for nettverkssamlingene').waitFor();
      await page.getByRole('link', { name: /^Last ned plan\.png/ }).waitFor();
      await expectAccessible(page, 'resources-04-coordinator-file');

      await page.getByRole('link', { name: 'Tilbake til ressursbanken' }).click();
      await page.getByRole('link', { name: 'Ny ressurs' }).click();
      await page.getByRole('radio', { name: /^En tekst/ }).check();
      await page.getByLabel('Tittel').fill('Mestring i hverdagen');
      await page
        .getByLabel('Tekst', { exact: true })
        .fill('## Små seire\n\nSkriv ned **én** ting som gikk bra.\n\n<script>alert(1)</script>');
      await page.getByRole('checkbox', { name: 'Veiledere' }).uncheck();
      await expectAccessible(page, 'resources-05-coordinator-new-text');
      await page.getByRole('button', { name: 'Legg til' }).click();
      await h1(page, 'Mestring i hverdagen').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Små seire' }).waitFor();
      await page.getByText('<script>alert(1)</script>').waitFor();
      await expectAccessible(page, 'resources-06-coordinator-text');

      await page.getByRole('link', { name: 'Endre' }).click();
      await h1(page, 'Endre ressurs').waitFor();
      await expectAccessible(page, 'resources-07-coordinator-edit');
      await page.getByLabel('Tittel').fill('Mestring i hverdagen for nyutdannede');
      await page.getByRole('button', { name: 'Lagre' }).click();
      await h1(page, 'Mestring i hverdagen for nyutdannede').waitFor();

      await page.getByRole('button', { name: 'Slett' }).click();
      const confirm = page.getByRole('alertdialog', { name: /^Slette «Mestring i hverdagen for nyutdannede»\?/ });
      await confirm.waitFor();
      await expect(
        confirm.getByRole('button', { name: 'Avbryt' }).evaluate((b) => b === document.activeElement),
      ).resolves.toBe(true);
      await expectAccessible(page, 'resources-08-coordinator-delete');
      await confirm.getByRole('button', { name: 'Slett' }).click();
      await h1(page, 'Ressursbank').waitFor();
      await page.getByText('«Mestring i hverdagen for nyutdannede» er slettet.').waitFor();
      await expect(page.getByRole('link', { name: 'Mestring i hverdagen for nyutdannede' }).count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the NQT on a phone sees the resources meant for NQTs only and reads one', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logIn(page, 'nqt');
      await h1(page, 'Min veiledning').waitFor();
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Ressursbank' }).click();
      await h1(page, 'Ressursbank').waitFor();
      await page.getByRole('link', { name: 'Den første foreldresamtalen' }).waitFor();
      await page.getByRole('link', { name: 'Plan for nettverkssamlingene' }).waitFor();
      // For mentors only, and for leaders and coordinators only: not shown to an NQT.
      await expect(page.getByRole('link', { name: 'Veiledersamtalen: spørsmål som åpner' }).count()).resolves.toBe(0);
      await expect(page.getByRole('link', { name: 'Lederens rolle i mottaket av nyutdannede' }).count()).resolves.toBe(
        0,
      );
      await expect(page.getByRole('link', { name: 'Ny ressurs' }).count()).resolves.toBe(0);
      await expectAccessible(page, 'resources-09-nqt-list');

      await page.getByRole('link', { name: 'Den første foreldresamtalen' }).click();
      await h1(page, 'Den første foreldresamtalen').waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Start med noe som går bra.' }).waitFor();
      await expect(page.getByRole('link', { name: 'Endre' }).count()).resolves.toBe(0);
      await expectAccessible(page, 'resources-10-nqt-text');
    } finally {
      await context.close();
    }
  });
});
