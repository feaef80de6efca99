import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, expectAccessible, h1, launchBrowser, startServer } from './harness.ts';

/*
 * The calendar page: the demo mentor opens "Kalender" from the header, makes a feed URL (which a
 * calendar app then fetches without any cookie), turns the day-before reminders off, and turns the URL
 * off again (the app then gets 404). axe on every state, on desktop and phone; screenshots under
 * test-results/.
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

async function logIn(page: Page) {
  const mentor = server.credentials.find((c) => c.role === 'mentor');
  if (!mentor) throw new Error('the demo seed has no mentor');
  await page.goto(`${server.baseUrl}/`);
  await page.getByLabel('E-postadresse').fill(mentor.email);
  await page.getByLabel('Passord', { exact: true }).fill(mentor.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

describe('calendar page', () => {
  it('a mentor makes, copies and turns off a feed URL and chooses reminders', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logIn(page);
      await h1(page, 'Mine nyutdannede').waitFor();
      await page.getByRole('link', { name: 'Kalender', exact: true }).click();
      await h1(page, 'Kalender og påminnelser').waitFor();
      await page.getByText('Du har ingen kalenderlenke ennå.').waitFor();
      await expectAccessible(page, 'calendar-01-empty');

      await page.getByRole('button', { name: 'Lag kalenderlenke' }).click();
      const field = page.getByLabel('Din kalenderlenke');
      await field.waitFor();
      const url = await field.inputValue();
      expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      await expect(page.getByRole('link', { name: /Åpne i kalenderappen/ }).getAttribute('href')).resolves.toMatch(
        /^webcal:\/\//,
      );
      await expectAccessible(page, 'calendar-02-created');

      // A calendar app fetches the URL with no cookie.
      const feed = await fetch(url.replace(/^https?:\/\/[^/]+/, server.baseUrl));
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(await feed.text()).toContain('BEGIN:VTIMEZONE');

      const session = page.getByLabel(/Påminnelse dagen før en veiledningssamtale/);
      expect(await session.isChecked()).toBe(true);
      await session.uncheck();
      await page.getByRole('button', { name: 'Lagre påminnelser' }).click();
      await page.getByText('Valgene for påminnelser er lagret.').waitFor();
      await page.reload();
      await h1(page, 'Kalender og påminnelser').waitFor();
      expect(await page.getByLabel(/Påminnelse dagen før en veiledningssamtale/).isChecked()).toBe(false);
      await page.getByText(/Du har en kalenderlenke, laget/).waitFor();
      await expectAccessible(page, 'calendar-03-exists');

      await page.getByRole('button', { name: 'Slå av lenken' }).click();
      await page.getByText('Kalenderlenken er slått av.', { exact: false }).waitFor();
      expect((await fetch(url.replace(/^https?:\/\/[^/]+/, server.baseUrl))).status).toBe(404);
      await expectAccessible(page, 'calendar-04-revoked');
    } finally {
      await context.close();
    }
  });

  it('works on a phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      locale: 'nb-NO',
      isMobile: true,
    });
    try {
      const page = await context.newPage();
      await logIn(page);
      await h1(page, 'Mine nyutdannede').waitFor();
      await page.goto(`${server.baseUrl}/kalender`);
      await h1(page, 'Kalender og påminnelser').waitFor();
      await page.getByRole('button', { name: /Lag (kalenderlenke|ny lenke)/ }).click();
      await page.getByLabel('Din kalenderlenke').waitFor();
      await expectAccessible(page, 'calendar-05-phone');
    } finally {
      await context.close();
    }
  });
});
