import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../src/shared/rules/org-number.ts';
import { type BrowserServer, demoUser, expectAccessible, launchBrowser, startServer } from './harness.ts';

/*
 * The flows the resource team and the owner admin live in: the coordinator logs in, opens the units,
 * imports a small file and sees the result (and a bad file saving nothing), looks at people; the owner
 * admin grants a role, finds the invitation in the mail outbox, and the invited person gets in; then
 * forms, languages, session loss and a phone. Every page visited is checked with axe and saved as a
 * screenshot under test-results/.
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

const admin = () => demoUser(server, 'owner_admin');

/** Valid, random organisation numbers, so the imported units never collide with the demo's. */
function orgNumber(): string {
  for (;;) {
    const eight = `8${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
    const full = withCheckDigit(eight);
    if (full) return full;
  }
}

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

describe('coordinator and owner admin in the browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('sends a visitor to the login page and back to the units after login', async () => {
    await page.goto(`${server.baseUrl}/enheter`);
    await page.getByRole('heading', { level: 1, name: 'Logg inn i Tillit' }).waitFor();
    await expectAccessible(page, '01-login');

    const { email, password } = demoUser(server, 'programme_coordinator');
    await logIn(page, email, password);
    await page.getByRole('heading', { level: 1, name: 'Enheter' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/enheter');
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    await expectAccessible(page, '02-units');
  });

  it('searches the units', async () => {
    await page.getByLabel('Søk på navn, organisasjonsnummer eller sted').fill('skole');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL(/q=skole/);
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    const names = await page.getByRole('table').locator('tbody tr td:first-child').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain('skole');
  });

  it('imports a small units file and shows the result', async () => {
    await page.getByRole('link', { name: 'Importer fra fil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer fra fil' }).waitFor();
    await expectAccessible(page, '03-import');

    const csv = [
      'org_number;name;unit_type;street_address;postal_code;postal_place',
      `${orgNumber()};Nordlys barnehage;kindergarten;Lysveien 2;2004;Lillestrøm`,
      `${orgNumber()};Sørbråten skole;primary;Skoleveien 9;2007;Kjeller`,
    ].join('\n');
    await page.getByLabel('Fil').setInputFiles({ name: 'enheter.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importer enheter' }).click();
    await page.getByRole('heading', { name: 'Importen er ferdig' }).waitFor();
    await page.getByText('2 rader er lest: 2 nye og 0 oppdatert.').waitFor();
    await expectAccessible(page, '04-import-done');

    await page.getByRole('link', { name: 'Se enhetene' }).click();
    await page.getByLabel('Søk på navn, organisasjonsnummer eller sted').fill('Nordlys');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('link', { name: 'Nordlys barnehage' }).waitFor();
  });

  it('shows the rows of a bad file and saves nothing', async () => {
    await page.goto(`${server.baseUrl}/import`);
    await page.getByRole('heading', { level: 1, name: 'Importer fra fil' }).waitFor();
    const csv = [
      'org_number;name;unit_type;street_address;postal_code;postal_place',
      `${orgNumber()};Gode skole;primary;Veien 1;2000;Lillestrøm`,
      '123456789;;castle;Veien 2;2000;Lillestrøm',
    ].join('\n');
    await page.getByLabel('Fil').setInputFiles({ name: 'feil.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importer enheter' }).click();
    await page.getByRole('heading', { name: 'Filen er ikke importert' }).waitFor();
    await page.getByText(/Ingenting er lagret/).waitFor();
    const report = page.getByRole('table', { name: /Rader med feil/ });
    await report.waitFor();
    const rows = await report.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    // The bad row is row 3 of the file (the header is row 1).
    for (const row of rows) expect(row.startsWith('3')).toBe(true);
    await expectAccessible(page, '05-import-errors');

    // All or nothing: the good row of the bad file was not saved either.
    await page.goto(`${server.baseUrl}/enheter?q=Gode`);
    await page.getByText('Ingen enheter passer med søket.').waitFor();
  });

  it('lists people and opens a person', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();
    await page.getByRole('table').locator('tbody tr').first().waitFor();
    await expectAccessible(page, '06-people');

    await page.getByRole('table').locator('tbody tr a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Ansettelser' }).waitFor();
    await expectAccessible(page, '07-person');
  });

  it('grants a role, which invites the person, and finds the invitation in the mail outbox', async () => {
    // The coordinator keeps the data but does not hand out access: no role form, no mail outbox.
    const personUrl = page.url();
    expect(await page.getByRole('button', { name: 'Gi rollen' }).count()).toBe(0);
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await menu.getByRole('link', { name: 'E-post' }).count()).toBe(0);

    // The owner admin does.
    await context.clearCookies();
    await page.goto(personUrl);
    await page.getByRole('heading', { level: 1, name: 'Logg inn i Tillit' }).waitFor();
    await logIn(page, admin().email, admin().password);
    await page.getByRole('heading', { level: 2, name: 'Ansettelser' }).waitFor();
    await page.getByLabel('Rolle', { exact: true }).selectOption('programme_coordinator');
    await page.getByLabel('Gjelder for').selectOption('owner');
    await page.getByRole('button', { name: 'Gi rollen' }).click();
    await page.getByText(/Rollen er gitt/).waitFor();
    await expectAccessible(page, '08-person-role-granted');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'E-post' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sendt e-post' }).waitFor();
    const link = page.getByRole('link', { name: /\/invitasjon#/ }).first();
    await link.waitFor();
    await expectAccessible(page, '09-mail');

    // The invited person follows the link in a browser of their own, sets a password and is in.
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/invitasjon#.{10,}/);
    const invitee = await browser.newContext({ locale: 'nb-NO' });
    try {
      const invitedPage = await invitee.newPage();
      await invitedPage.goto(href ?? '');
      await invitedPage.getByRole('heading', { level: 1, name: 'Lag passordet ditt' }).waitFor();
      await expectAccessible(invitedPage, '13-invitation');
      await invitedPage.getByLabel('Nytt passord').fill('kort');
      await invitedPage.getByLabel('Skriv passordet en gang til').fill('kort');
      await invitedPage.getByRole('button', { name: 'Lagre passord og logg inn' }).click();
      await invitedPage.getByText('Passordet må ha minst 12 tegn.').first().waitFor();
      await expectAccessible(invitedPage, '14-invitation-error');
      const password = 'en lang og god setning 2026';
      await invitedPage.getByLabel('Nytt passord').fill(password);
      await invitedPage.getByLabel('Skriv passordet en gang til').fill(password);
      await invitedPage.getByRole('button', { name: 'Lagre passord og logg inn' }).click();
      await invitedPage.getByRole('heading', { level: 1, name: /^Hei/ }).waitFor();
      // The new programme coordinator keeps units and people, but the mail outbox is not theirs.
      const invitedMenu = invitedPage.getByRole('navigation', { name: 'Hovedmeny' });
      await invitedMenu.getByRole('link', { name: 'Enheter' }).click();
      await invitedPage.getByRole('table').locator('tbody tr').first().waitFor();
      expect(await invitedPage.getByRole('link', { name: 'Ny enhet' }).count()).toBe(1);
      expect(await invitedMenu.getByRole('link', { name: 'E-post' }).count()).toBe(0);
      await expectAccessible(invitedPage, '15-coordinator-units');
    } finally {
      await invitee.close();
    }
  });

  it('creates a person with a first employment, then ends the employment', async () => {
    await page.goto(`${server.baseUrl}/personer/ny`);
    await page.getByRole('heading', { level: 1, name: 'Ny person' }).waitFor();
    await page.getByLabel('Fornavn', { exact: true }).fill('Ingrid');
    await page.getByLabel('Etternavn', { exact: true }).fill('Testesen');
    await page.getByLabel('E-post', { exact: true }).fill(`ingrid.testesen.${Date.now()}@demo.kommune.no`);
    await page.getByLabel('Ansattnummer', { exact: true }).fill(`T${Date.now()}`);
    await page.getByLabel('Lærerutdanning', { exact: true }).selectOption('primary_1_7');
    await page.getByLabel('År lærerutdanningen ble fullført').fill('2025');
    const unitSelect = page.getByLabel('Enhet', { exact: true });
    await unitSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    await unitSelect.selectOption({ index: 1 });
    await page.getByLabel('Stilling', { exact: true }).selectOption('teacher');
    await page.getByLabel('Stillingsprosent', { exact: true }).fill('80');
    await page.getByLabel('Startdato', { exact: true }).fill('2026-08-01');
    await expectAccessible(page, '17-person-new');
    await page.getByRole('button', { name: 'Legg til person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ingrid Testesen' }).waitFor();
    await page.getByText('Personen er lagt til.').waitFor();
    await page.getByText('80 %').waitFor();

    await page.getByRole('button', { name: /^Avslutt/ }).click();
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Endringene er lagret.').waitFor();
    expect(await page.getByText('løpende').count()).toBe(0);
  });

  it('shows form errors beside the fields when a unit is not valid', async () => {
    await page.goto(`${server.baseUrl}/enheter/ny`);
    await page.getByRole('heading', { level: 1, name: 'Ny enhet' }).waitFor();
    await page.getByLabel('Organisasjonsnummer').fill('123456789');
    await page.getByRole('button', { name: 'Legg til enhet' }).click();
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    await page.getByText('Organisasjonsnummeret må ha ni siffer og gyldig kontrollsiffer.').first().waitFor();
    // A unit type left at "Velg …" is "required", not a list of codes.
    await page.getByRole('link', { name: 'Type enhet: Feltet må fylles ut.' }).waitFor();
    await expectAccessible(page, '10-unit-form-errors');
  });

  it('switches the language to English and back', async () => {
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'New unit' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, '11-english');
    await page.getByLabel('Language').selectOption('nn');
    await page.getByRole('heading', { level: 1, name: 'Ny eining' }).waitFor();
    await page.getByLabel('Språk').selectOption('nb');
  });

  it('sends the user to the login page when the session is gone, and back afterwards', async () => {
    await page.goto(`${server.baseUrl}/enheter`);
    await page.getByRole('table').locator('tbody tr').first().waitFor();
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personer' }).click();
    await page.getByText('Du må logge inn.').waitFor();
    const { email, password } = admin();
    await logIn(page, email, password);
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor();
    await expectAccessible(page, '16-logged-out');
    await logIn(page, email, password);
    await page.getByRole('heading', { level: 1, name: /^Hei/ }).waitFor();
  });

  it('shows a 404 page for an unknown address', async () => {
    await page.goto(`${server.baseUrl}/finnes-ikke`);
    await page.getByRole('heading', { level: 1, name: 'Siden finnes ikke' }).waitFor();
    await expectAccessible(page, '12-not-found');
  });
});

describe('on a phone', () => {
  it('works at 390×844', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'nb-NO',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/logg-inn`);
      await expectAccessible(page, '20-mobile-login', { fullPage: false });
      const { email, password } = admin();
      await logIn(page, email, password);
      await page.getByRole('heading', { level: 1, name: /^Hei/ }).waitFor();
      await expectAccessible(page, '21-mobile-start', { fullPage: false });
      await page.goto(`${server.baseUrl}/enheter`);
      await page.getByRole('table').locator('tbody tr').first().waitFor();
      await expectAccessible(page, '22-mobile-units', { fullPage: false });
      // Nothing may push the page wider than the phone: wide tables scroll inside their box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole('table').locator('tbody tr a').first().click();
      await page.getByRole('heading', { level: 2, name: 'Ansatte her' }).waitFor();
      await expectAccessible(page, '23-mobile-unit', { fullPage: false });
    } finally {
      await context.close();
    }
  });
});
