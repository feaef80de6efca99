import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate, plusDays } from '../../src/shared/rules/school-year.ts';
import { type BrowserServer, demoUser, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * Network meetings (issue 4, items 2 and 3): the demo coordinator forms the NQT groups, plans a meeting
 * for the demo NQT's group from "Nettverk", takes attendance on the meeting's page on a phone and
 * publishes a social meetup; the demo NQT finds the meeting in "Mitt nettverk" and signs up for the
 * meetup. axe on every new page, desktop and a 390 px phone; screenshots under test-results/.
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

const day = plusDays(osloDate(new Date()), 10);

async function openNetworks(page: Page) {
  await logInAs(page, server, 'programme_coordinator');
  await h1(page, /^Hei, /).waitFor();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Veiledningsordningen' }).click();
  await h1(page, 'Veiledningsordningen').waitFor();
  await page.getByRole('link', { name: 'Åpne ordningen' }).click();
  await h1(page, 'Nyutdannede i ordningen').waitFor();
  await page.getByRole('navigation', { name: 'Deler av ordningen' }).getByRole('link', { name: 'Nettverk' }).click();
  await h1(page, 'Nettverksgrupper').waitFor();
}

describe('network meetings', () => {
  it('the coordinator forms groups and plans a meeting; the NQT sees it in "Mitt nettverk" and signs up for a meetup', async () => {
    const nqtName = demoUser(server, 'nqt').name;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    let groupName = '';
    let meetingUrl = '';
    try {
      const page = await context.newPage();
      await openNetworks(page);
      // Form the NQT groups from a proposal.
      await page.getByRole('button', { name: 'Lag forslag' }).click();
      await page.getByRole('heading', { level: 2, name: 'Forslag' }).waitFor();
      await page.getByRole('button', { name: 'Lagre forslaget' }).click();
      await page.getByText('Gruppene er lagret.').waitFor();
      const table = page.getByRole('table').filter({ has: page.getByRole('row').filter({ hasText: nqtName }) });
      groupName = ((await table.locator('caption').textContent()) ?? '').replace(/^Deltakere i /, '').trim();
      expect(groupName).toMatch(/^(Skole|Barnehage) \d+$/);

      await page.getByRole('link', { name: 'Planlegg nettverkssamlinger og sosiale treff' }).click();
      await h1(page, 'Nettverkssamlinger').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Planlegg én samling' }).waitFor();
      await expectAccessible(page, 'network-meetings-01-plan');

      // Nothing chosen: the summary names the fields.
      await page.getByRole('button', { name: 'Planlegg samlingen' }).click();
      await page.getByRole('link', { name: /^Nettverksgruppe: / }).waitFor();
      await page.getByRole('link', { name: /^Sted: / }).waitFor();

      await page.getByLabel('Nettverksgruppe').selectOption({ label: `${groupName} (nyutdannede)` });
      await page.getByLabel('Tema', { exact: true }).selectOption({ label: 'Mestring' });
      await page.getByLabel('Dato').first().fill(day);
      await page.getByLabel('Starter kl.').first().fill('12:30');
      await page.getByLabel('Slutter kl.').first().fill('15:00');
      await page.getByLabel('Sted', { exact: true }).first().fill('Rådhuset, møterom 2');
      await page.getByLabel('Samlingsledere utenfra').first().fill('Kari Lærerutdanner, OsloMet');
      await page.getByRole('button', { name: 'Planlegg samlingen' }).click();
      await page.getByText('Samlingen er planlagt.').waitFor();
      // The group keeps its earlier meetings (saving the groups again continues them): find the new one.
      const link = page
        .getByRole('table', { name: 'Samlinger' })
        .getByRole('row')
        .filter({ hasText: 'Rådhuset, møterom 2' })
        .filter({ hasText: groupName })
        .getByRole('link', { name: 'Mestring' });
      await link.waitFor();
      await expectAccessible(page, 'network-meetings-02-planned');
      await link.click();
      await h1(page, 'Mestring').waitFor();
      meetingUrl = page.url();
      await expectAccessible(page, 'network-meetings-03-meeting');

      // Meetups: publish one with two places.
      await page.goto(meetingUrl.replace(/\/samlinger\/.*/, '/veiledning'));
      await page.getByRole('link', { name: 'Åpne ordningen' }).click();
      await page
        .getByRole('navigation', { name: 'Deler av ordningen' })
        .getByRole('link', { name: 'Nettverk' })
        .click();
      await page.getByRole('link', { name: 'Planlegg nettverkssamlinger og sosiale treff' }).click();
      await page.getByRole('link', { name: 'Sosiale treff for nyutdannede' }).click();
      await h1(page, 'Sosiale treff').waitFor();
      await page.getByLabel('Navn på treffet').fill('Pizza og quiz');
      await page.getByLabel('Dato').fill(day);
      await page.getByLabel('Sted', { exact: true }).fill('Kafé Sentrum');
      await page.getByLabel('Antall plasser').fill('2');
      await page.getByRole('button', { name: 'Publiser treffet' }).click();
      await page.getByText('Treffet er publisert, og invitasjonene er sendt.').waitFor();
      await page.getByRole('heading', { level: 3, name: 'Pizza og quiz' }).waitFor();
      await expectAccessible(page, 'network-meetings-04-meetups');
    } finally {
      await context.close();
    }

    // Attendance on a phone: a tap per person saves at once.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await phone.newPage();
      await logInAs(page, server, 'programme_coordinator');
      await h1(page, /^Hei, /).waitFor();
      await page.goto(meetingUrl);
      await h1(page, 'Mestring').waitFor();
      const group = page.getByRole('group', { name: new RegExp(`^${nqtName}`) });
      await group.getByRole('button', { name: 'Til stede' }).click();
      await expect
        .poll(() => group.getByRole('button', { name: 'Til stede' }).getAttribute('aria-pressed'))
        .toBe('true');
      await page.getByText(/^Til stede: 1\./).waitFor();
      // Nothing but the scrolling menus reaches past the 390 px screen.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 392 && !el.closest('nav'))
          .slice(0, 8)
          .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
      );
      expect(wide).toEqual([]);
      await expectAccessible(page, 'network-meetings-05-attendance-phone');
    } finally {
      await phone.close();
    }

    const nqtContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await nqtContext.newPage();
      await logInAs(page, server, 'nqt');
      await h1(page, /^(Hei, |Min veiledning)/).waitFor();
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mitt nettverk' }).click();
      await h1(page, 'Mitt nettverk').waitFor();
      // The new meeting, among the group's earlier ones.
      const card = page.getByRole('article', { name: 'Mestring' }).filter({ hasText: 'Rådhuset, møterom 2' });
      await card.waitFor();
      await card.getByText(groupName, { exact: true }).waitFor();
      await card.getByText(/12:30–15:00/).waitFor();
      await card.getByText('Kari Lærerutdanner, OsloMet').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectAccessible(page, 'network-meetings-06-my-network-phone');

      await page.getByRole('link', { name: 'Sosiale treff for nyutdannede' }).click();
      await h1(page, 'Sosiale treff').waitFor();
      await page.getByRole('button', { name: 'Meld meg på Pizza og quiz' }).click();
      await page.getByText('Du er påmeldt Pizza og quiz.').waitFor();
      await page.getByRole('button', { name: 'Meld meg av Pizza og quiz' }).waitFor();
      await expectAccessible(page, 'network-meetings-07-my-meetups-phone');
    } finally {
      await nqtContext.close();
    }
  });
});
