import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, demoUser, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * Quality cycle: the demo coordinator opens the programme's "Kvalitetssyklus" (Demo kommune's cycle is
 * in progress, with an overdue measure said in words), adds a goal and a measure (a measure without
 * anyone responsible is refused, in words, next to the field), marks the measure done with one select,
 * sets a phase's status, and it all holds after a reload. Then the same page on a 390 px phone.
 * axe on every state, screenshots under test-results/.
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

async function openCycle(page: Page, role: 'programme_coordinator' | 'analyst' = 'programme_coordinator') {
  await logInAs(page, server, role);
  await h1(page, /^Hei, /).waitFor();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Veiledningsordningen' }).click();
  await h1(page, 'Veiledningsordningen').waitFor();
  await page.getByRole('link', { name: 'Åpne ordningen' }).click();
  await h1(page, 'Nyutdannede i ordningen').waitFor();
  await page
    .getByRole('navigation', { name: 'Deler av ordningen' })
    .getByRole('link', { name: 'Kvalitetssyklus' })
    .click();
  await h1(page, 'Kvalitetssyklus').waitFor();
  await page.getByRole('table', { name: 'Tiltak med ansvar, frist og status' }).waitFor();
}

const GOAL = 'Alle nyutdannede kjenner kunnskapsgrunnlaget innen oktober';
const MEASURE = 'Gjennomgang av kunnskapsgrunnlaget på første nettverkssamling';

describe('quality cycle', () => {
  it('the coordinator adds a goal and a measure, marks the measure done and sets a phase’s status', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await openCycle(page);

      // The demo's cycle: five phases in order, with their status in words; an overdue measure said in words.
      const steps = page.getByRole('navigation', { name: 'Fasene' });
      expect(await steps.getByRole('listitem').allTextContents()).toEqual([
        'Innhente informasjon Ferdig',
        'Revidere kunnskapsgrunnlaget Pågår',
        'Vurdere kvaliteten Ferdig',
        'Sette mål Pågår',
        'Planlegge og gjennomføre tiltak Pågår',
      ]);
      const table = page.getByRole('table', { name: 'Tiltak med ansvar, frist og status' });
      const overdueRow = table.getByRole('row', { name: /Fast veiledningstid i turnusen/ });
      await overdueRow.getByText('Forfalt').waitFor();
      await page.getByText('1 tiltak har passert fristen.').waitFor();
      await expectAccessible(page, 'quality-cycle-01-demo');

      // A goal.
      await page.getByLabel('Nytt mål').fill(GOAL);
      await page.getByRole('button', { name: 'Legg til målet' }).click();
      await page.getByRole('listitem').filter({ hasText: GOAL }).waitFor();
      // Edited in place: the field takes focus; the new text stands in the list.
      await page.getByRole('button', { name: `Endre målet «${GOAL}»` }).click();
      const goalField = page.getByRole('textbox', { name: 'Målet', exact: true });
      expect(await goalField.evaluate((el) => el === document.activeElement)).toBe(true);
      await goalField.fill(`${GOAL}.`);
      await page.getByRole('button', { name: 'Lagre målet' }).click();
      await page.getByText('Målet er lagret.').waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: `${GOAL}.` })
        .waitFor();

      // A measure with nobody responsible is refused, in words, and linked from the summary.
      await page.getByLabel('Tiltak', { exact: true }).fill(MEASURE);
      await page.getByRole('button', { name: 'Legg til tiltaket' }).click();
      await page.getByRole('link', { name: 'Ansvarlig: Skriv hvem som har ansvaret for tiltaket.' }).waitFor();
      await expectAccessible(page, 'quality-cycle-02-refused');
      await page.getByLabel('Ansvarlig', { exact: true }).fill('Ressursteamet');
      await page.getByRole('textbox', { name: 'Frist' }).fill('2027-09-30');
      await page.getByLabel('Hører til målet').selectOption({ label: `3. ${GOAL}.` });
      await page.getByRole('button', { name: 'Legg til tiltaket' }).click();
      const row = table.getByRole('row', { name: new RegExp(MEASURE) });
      await row.waitFor();
      expect(await row.textContent()).toContain(GOAL);

      // Done with one select; said back in words.
      await row.getByLabel(`Status for tiltaket «${MEASURE}»`).selectOption({ label: 'Gjennomført' });
      await page.getByText(`Status for «${MEASURE}» er nå «Gjennomført».`).waitFor();

      // Edited from its row: the form says so and takes focus; the status set in the table stays.
      await row.getByRole('button', { name: `Endre tiltaket «${MEASURE}»` }).click();
      const formHeading = page.getByText('Endre tiltaket', { exact: true });
      await formHeading.waitFor();
      expect(await formHeading.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByLabel('Ansvarlig', { exact: true }).fill('Rektorene');
      // And a person of the owner, found by name.
      const { name: coordinator, email } = demoUser(server, 'programme_coordinator');
      await page.getByRole('textbox', { name: 'Navn eller e-post' }).fill(email);
      await page.getByRole('button', { name: 'Søk', exact: true }).click();
      await page.getByRole('radio', { name: coordinator }).check();
      await page.getByRole('button', { name: 'Lagre tiltaket' }).click();
      await page.getByText('Tiltaket er lagret.').waitFor();
      expect(await row.textContent()).toContain(`${coordinator}, Rektorene`);
      expect(await row.getByLabel(`Status for tiltaket «${MEASURE}»`).inputValue()).toBe('done');

      // A phase's status, with who changed it.
      await page.getByLabel('Status for fasen «Sette mål»').selectOption({ label: 'Ferdig' });
      await page.getByText('Status for «Sette mål» er lagret.').waitFor();
      await expectAccessible(page, 'quality-cycle-03-saved');

      await page.reload();
      await h1(page, 'Kvalitetssyklus').waitFor();
      const again = page
        .getByRole('table', { name: 'Tiltak med ansvar, frist og status' })
        .getByRole('row', { name: new RegExp(MEASURE) });
      expect(await again.getByLabel(`Status for tiltaket «${MEASURE}»`).inputValue()).toBe('done');
      expect(await page.getByLabel('Status for fasen «Sette mål»').inputValue()).toBe('done');
      await page.getByRole('navigation', { name: 'Fasene' }).getByText('Sette mål Ferdig').waitFor();
    } finally {
      await context.close();
    }
  });

  it('an analyst reads the cycle without any way to change it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await openCycle(page, 'analyst');
      const table = page.getByRole('table', { name: 'Tiltak med ansvar, frist og status' });
      const row = table.getByRole('row', { name: /Fast veiledningstid i turnusen/ });
      expect(await row.textContent()).toContain('Pågår');
      expect(await table.getByRole('combobox').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Legg til tiltaket' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Lagre' }).count()).toBe(0);
      expect(await page.getByLabel(/^Status for fasen/).count()).toBe(0);
      await page.getByText('De fleste nyutdannede i skolen får ukentlig veiledning', { exact: false }).waitFor();
      await expectAccessible(page, 'quality-cycle-05-analyst');
    } finally {
      await context.close();
    }
  });

  it('works on a 390 px phone and by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await openCycle(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'quality-cycle-04-phone');

      // The phase list links to its section; the measure table's status select is reachable by keyboard.
      await page.getByRole('navigation', { name: 'Fasene' }).getByRole('link', { name: 'Vurdere kvaliteten' }).click();
      expect(page.url()).toContain('#phase-assessment');
      const select = page.getByLabel('Status for tiltaket «Oppstartsdag for nyutdannede i august»');
      await select.focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(focused).toBe('Endre tiltaket «Oppstartsdag for nyutdannede i august»');
    } finally {
      await context.close();
    }
  });
});
