import { and, eq, like } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, people, users } from '../../src/server/db/schema.ts';
import { type BrowserServer, demoUser, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * Surveys: the demo coordinator makes the NQTs' yearly survey from its template, previews it and
 * sends it to the programme's NQTs; the demo NQT answers through the personal link on a phone-sized
 * screen (no login), is told what is missing, then thanked; the link then says it has been used.
 * axe on every page, screenshots under test-results/.
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

/** The link mailed to the demo NQT (to the e-mail address of their person). */
async function surveyLinkOf(email: string): Promise<string> {
  const db = server.database.db;
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const [person] = user?.personId ? await db.select().from(people).where(eq(people.id, user.personId)) : [];
  const [mail] = await db
    .select()
    .from(mailOutbox)
    .where(
      and(eq(mailOutbox.toAddress, person?.email ?? email), like(mailOutbox.idempotencyKey, 'survey-invitation:%')),
    );
  const link = mail?.body.match(/https?:\/\/\S+\/svar\/[\w-]+/)?.[0];
  if (!link) throw new Error(`no survey link mailed to ${email}`);
  return link;
}

describe('surveys', () => {
  it('a coordinator builds from a template and sends; an NQT answers on a phone', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    let link = '';
    try {
      const page = await desktop.newPage();
      const { email, password } = demoUser(server, 'programme_coordinator');
      await page.goto(`${server.baseUrl}/`);
      await page.getByLabel('E-postadresse').fill(email);
      await page.getByLabel('Passord', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await h1(page, /^Hei, /).waitFor();
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Undersøkelser' }).click();
      await h1(page, 'Undersøkelser').waitFor();
      await page.getByRole('radio', { name: /Årlig undersøkelse for nyutdannede/ }).check();
      await expectAccessible(page, 'surveys-01-list');

      await page.getByRole('button', { name: 'Lag utkast' }).click();
      await h1(page, 'Årlig undersøkelse for nyutdannede').waitFor();
      // The author is warned that free text can identify people in an anonymous survey.
      await page
        .getByText(/Fritekst kan avsløre hvem som skrev den/)
        .first()
        .waitFor();
      await expectAccessible(page, 'surveys-02-builder');

      await page.getByRole('tab', { name: 'Forhåndsvisning' }).click();
      await page.getByRole('group', { name: 'Veiledningen har vært tilpasset mine behov.' }).first().waitFor();
      await expectAccessible(page, 'surveys-03-preview');

      await page.getByRole('tab', { name: 'Utsending' }).click();
      await page.getByRole('button', { name: 'Tell mottakere' }).click();
      await page.getByText(/\d+ mottakere\./).waitFor();
      await page.getByRole('button', { name: 'Send invitasjoner' }).click();
      await page.getByText(/\d+ invitasjoner sendt\./).waitFor();
      await page.getByText(/0 av \d+ har svart\./).waitFor();
      await page.getByText('Undersøkelsen er anonym: du ser bare antall, aldri hvem som har svart.').waitFor();
      await expectAccessible(page, 'surveys-04-sent');
      link = await surveyLinkOf(demoUser(server, 'nqt').email);
    } finally {
      await desktop.close();
    }

    // The NQT, not logged in, on a phone.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO', isMobile: true });
    try {
      const page = await phone.newPage();
      await page.goto(link);
      await h1(page, 'Årlig undersøkelse for nyutdannede').waitFor();
      await page.getByText(/Anonym: svarene dine lagres uten kobling til deg/).waitFor();
      await expectAccessible(page, 'surveys-05-answer-phone');

      await page.getByRole('button', { name: 'Send svar' }).click();
      await page.getByText('Svar på dette spørsmålet.').first().waitFor();
      await expectAccessible(page, 'surveys-06-answer-missing');

      // Keyboard and pointer alike: pick "I stor grad" (or the fourth step) in every single-choice group.
      const groups = page.locator('fieldset').filter({ has: page.getByRole('radio') });
      const count = await groups.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        const radios = groups.nth(i).getByRole('radio');
        await radios.nth(Math.min(3, (await radios.count()) - 1)).check();
      }
      await page.getByRole('checkbox', { name: 'Veiledningen' }).check();
      await page.getByLabel('Hva bør vi gjøre annerledes neste år?').fill('Flere nettverkssamlinger.');
      await page.getByRole('button', { name: 'Send svar' }).click();
      await h1(page, 'Takk for svaret!').waitFor();
      await expectAccessible(page, 'surveys-07-thanks');

      await page.goto(link);
      await page.getByText('Du har allerede svart på denne undersøkelsen. Takk!').waitFor();
      await expectAccessible(page, 'surveys-08-already');
    } finally {
      await phone.close();
    }
  });

  it('"Mine undersøkelser": the demo NQT finds the open survey, not yet answered, and opens it to answer', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport, locale: 'nb-NO', isMobile: viewport.width < 500 });
      try {
        const page = await context.newPage();
        await logInAs(page, server, 'nqt');
        await h1(page, /^(Hei, |Min veiledning)/).waitFor();
        if (viewport.width < 500) await page.goto(`${server.baseUrl}/mine-undersokelser`);
        // In the menu for NQTs.
        else
          await page
            .getByRole('navigation', { name: 'Hovedmeny' })
            .getByRole('link', { name: 'Mine undersøkelser' })
            .click();
        await h1(page, 'Mine undersøkelser').waitFor();
        const item = page.getByRole('listitem').filter({ hasText: 'Ikke svart ennå' }).first();
        await item.waitFor();
        await item.getByText('Åpen', { exact: true }).waitFor();
        const suffix = viewport.width < 500 ? 'phone' : 'desktop';
        await expectAccessible(page, `surveys-09-mine-${suffix}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        if (viewport.width < 500) {
          await item.getByRole('button', { name: /^Svar på «Årlig undersøkelse for nyutdannede»/ }).click();
          await h1(page, 'Årlig undersøkelse for nyutdannede').waitFor();
          await page.getByRole('button', { name: 'Send svar' }).waitFor();
          await expectAccessible(page, 'surveys-10-mine-answer');
        }
      } finally {
        await context.close();
      }
    }
  });
});
