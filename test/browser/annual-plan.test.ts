import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * The annual plan: the demo coordinator opens the programme's "Årshjul", sees the seeded plan, adds a
 * gathering (after a refused empty form), finds it in the list, the month grid and the year wheel, and
 * prints; the demo NQT finds it on their own "Årshjul" on a phone, without the coordinators' own items.
 * axe on every view, screenshots under test-results/.
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

const TITLE = 'Nettverksdag om vurdering';

/** Picks a view (a toggle group of radios, each inside its label, which takes the click). */
async function chooseView(page: Page, name: string) {
  const radio = page.getByRole('radio', { name });
  await page.locator('label').filter({ has: radio }).click();
  await expect.poll(() => radio.isChecked()).toBe(true);
}

/** Moves the month view to `name` ("oktober 2026") with the previous/next buttons. */
async function goToMonth(page: Page, name: string) {
  const heading = page.getByRole('heading', { level: 2, name: /\d{4}$/ });
  for (let i = 0; i < 12; i++) {
    const now = (await heading.textContent()) ?? '';
    if (now === name) return;
    const [monthNow, yearNow] = now.split(' ');
    const months = [
      'august',
      'september',
      'oktober',
      'november',
      'desember',
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
    ];
    const [monthWanted, yearWanted] = name.split(' ');
    const before =
      Number(yearNow) < Number(yearWanted) ||
      (yearNow === yearWanted && months.indexOf(monthNow ?? '') < months.indexOf(monthWanted ?? ''));
    await page.getByRole('button', { name: before ? 'Neste måned' : 'Forrige måned' }).click();
  }
  await expect.poll(() => heading.textContent()).toBe(name);
}

describe('annual plan', () => {
  it('the coordinator adds a gathering and sees it in the list, month and wheel; the NQT sees it on a phone', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await desktop.newPage();
      await logInAs(page, server, 'programme_coordinator');
      await h1(page, /^Hei, /).waitFor();
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Veiledningsordningen' })
        .click();
      await h1(page, 'Veiledningsordningen').waitFor();
      await page.getByRole('link', { name: 'Åpne ordningen' }).click();
      await page.getByRole('navigation', { name: 'Deler av ordningen' }).getByRole('link', { name: 'Årshjul' }).click();
      await h1(page, 'Årshjul').waitFor();
      await page.getByText('Oppstartssamling for nyutdannede og veiledere').waitFor();
      await page.getByText('Ressursteamets evalueringsmøte').waitFor();
      await expectAccessible(page, 'annual-plan-01-list');

      await page.getByRole('link', { name: 'Legg til hendelse' }).click();
      await h1(page, 'Ny hendelse').waitFor();
      await page.getByRole('button', { name: 'Lagre' }).click();
      await page.getByText('Rett opp dette før du lagrer:').waitFor();
      await expectAccessible(page, 'annual-plan-02-form-errors');

      await page.getByLabel('Type').selectOption({ label: 'Samling' });
      await page.getByLabel('Tittel').fill(TITLE);
      await page.getByLabel('Dato', { exact: true }).fill('2026-10-08');
      await page.getByLabel('Starttid').fill('12:00');
      await page.getByLabel('Sluttid').fill('09:00');
      await page.getByLabel('Sted').fill('Rådhuset');
      await page.getByRole('button', { name: 'Lagre' }).click();
      // The end before the start is named by its field.
      await page.getByText('Sluttid: Slutten kan ikke være før starten.').waitFor();
      await page.getByLabel('Sluttid').fill('15:00');
      await page.getByRole('button', { name: 'Lagre' }).click();
      await h1(page, 'Årshjul').waitFor();
      const item = page.getByRole('listitem').filter({ hasText: TITLE });
      await item.waitFor();
      await expect(item.textContent()).resolves.toContain('12:00–15:00');

      await chooseView(page, 'Måned');
      await goToMonth(page, 'oktober 2026');
      await page.getByRole('table', { name: 'Hendelser i oktober 2026' }).getByText(TITLE).waitFor();
      await expectAccessible(page, 'annual-plan-03-month');

      // Filtered to the unit leaders' items, the month stays and the new gathering (for NQTs and mentors) goes.
      await page.getByLabel('Målgruppe').selectOption({ label: 'Ledere' });
      const october = page.getByRole('table', { name: 'Hendelser i oktober 2026' });
      await october.getByText('Ledersamling: å ta imot nyutdannede').waitFor();
      await expect.poll(() => october.getByText(TITLE).count()).toBe(0);
      await page.getByLabel('Målgruppe').selectOption({ label: 'Alle' });
      await october.getByText(TITLE).waitFor();

      await chooseView(page, 'Årshjul');
      const wheel = page.getByRole('img', { name: /^Årshjul for / });
      await wheel.waitFor();
      await expect(wheel.locator('desc').textContent()).resolves.toMatch(/oktober 2026: \d+ hendelser/);
      // One mark per item in the text alternative below the wheel.
      const listed = page.locator('.plan-wheel__list').getByRole('listitem');
      await expect(wheel.locator('circle').count()).resolves.toBe(await listed.count());
      await page.getByRole('heading', { name: 'Hendelsene i årshjulet' }).waitFor();
      await page.getByText(TITLE).waitFor();
      await expectAccessible(page, 'annual-plan-04-wheel');

      // Printed, the plan stands alone: no header, menus or buttons.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Skriv ut' }).isVisible()).resolves.toBe(false);
      await expect(wheel.isVisible()).resolves.toBe(true);
      await page.screenshot({ path: 'test-results/annual-plan-05-print.png', fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      // Change the place, then delete the seeded closing event (after a confirmation).
      await chooseView(page, 'Liste');
      await page.getByRole('link', { name: `Endre ${TITLE}` }).click();
      await h1(page, 'Endre hendelse').waitFor();
      await expect(page.getByLabel('Tittel').inputValue()).resolves.toBe(TITLE);
      await expectAccessible(page, 'annual-plan-05b-edit');
      await page.getByLabel('Sted').fill('Kulturhuset');
      await page.getByRole('button', { name: 'Lagre' }).click();
      await h1(page, 'Årshjul').waitFor();
      await expect(page.getByRole('listitem').filter({ hasText: TITLE }).textContent()).resolves.toContain(
        'Kulturhuset',
      );
      await page.getByRole('link', { name: 'Endre Avslutning med grilling' }).click();
      await h1(page, 'Endre hendelse').waitFor();
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Slett hendelsen' }).click();
      await h1(page, 'Årshjul').waitFor();
      await page.getByText(TITLE).first().waitFor();
      await expect(page.getByText('Avslutning med grilling').count()).resolves.toBe(0);
    } finally {
      await desktop.close();
    }

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await phone.newPage();
      await logInAs(page, server, 'nqt');
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Årshjul' }).click();
      await h1(page, 'Årshjul').waitFor();
      await page.getByText(TITLE).waitFor();
      await page.getByText('Oppstartssamling for nyutdannede og veiledere').waitFor();
      // The coordinators' and mentors' own items are not the NQT's.
      await expect(page.getByText('Ressursteamets evalueringsmøte').count()).resolves.toBe(0);
      await expect(page.getByText('Veiledersamling 1: den første samtalen').count()).resolves.toBe(0);
      await expect(page.getByText('Kulturhuset').first().isVisible()).resolves.toBe(true);
      await expect(page.getByRole('link', { name: 'Legg til hendelse' }).count()).resolves.toBe(0);
      const width = () => page.evaluate(() => document.documentElement.scrollWidth);
      await expect(width()).resolves.toBeLessThanOrEqual(390);
      await expectAccessible(page, 'annual-plan-06-phone-list');

      // On a phone the month is a list of days, not a grid.
      await chooseView(page, 'Måned');
      await goToMonth(page, 'oktober 2026');
      await expect(page.getByRole('table').isVisible()).resolves.toBe(false);
      await page.getByRole('heading', { level: 3, name: /8\. oktober/ }).waitFor();
      await expect(width()).resolves.toBeLessThanOrEqual(390);
      await expectAccessible(page, 'annual-plan-07-phone-month');

      await chooseView(page, 'Årshjul');
      await page.getByRole('img', { name: /^Årshjul for / }).waitFor();
      await expect(width()).resolves.toBeLessThanOrEqual(390);
      await expectAccessible(page, 'annual-plan-08-phone-wheel');
    } finally {
      await phone.close();
    }
  });
});
