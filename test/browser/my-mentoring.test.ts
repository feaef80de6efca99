import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserServer,
  demoUser,
  expectAccessible,
  h1,
  launchBrowser,
  logInAs,
  RESULTS_DIR,
  startServer,
} from './harness.ts';

/*
 * The mentor's and the NQT's own pages: the demo mentor logs a session on a phone (a sub-goal and a
 * private note), sees it in the NQT's history, and logs a planned session "held as planned"; the demo
 * NQT sees the session with its note and confirms it; the programme coordinator opens the programme
 * pages and the note's text is on none of them. axe on every page, screenshots under test-results/.
 */

let server: BrowserServer;
let browser: Browser;

type DemoRole = 'programme_coordinator' | 'mentor' | 'nqt';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const logIn = (page: Page, role: DemoRole) => logInAs(page, server, role);

/** A viewport-sized picture of one part of a long page, to look at beside the full-page one. */
async function snapshot(page: Page, name: string, part: ReturnType<Page['locator']>) {
  await part.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
}

// Unique, so finding it anywhere on a page means it leaked.
const NOTE = `Vi snakket om klasseledelse i 5B og en plan for foreldremøtet (${Date.now()}).`;

interface MatchingPair {
  id: string;
  nqt: { enrolmentId: string; givenName: string; familyName: string };
  mentor: { personId: string; givenName: string; familyName: string };
}
interface Matching {
  pairs: MatchingPair[];
  mentors: { personId: string; givenName: string; familyName: string; capacity: number; load: number }[];
}
const nameOf = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

/**
 * The demo's solver run pairs the demo NQT with whichever mentor fits best; this makes the two demo
 * logins a pair, the way a coordinator re-pairs by hand (end with a reason, pair by hand), through the API.
 */
async function pairDemoLogins() {
  const context = await browser.newContext({ locale: 'nb-NO' });
  try {
    const page = await context.newPage();
    await logIn(page, 'programme_coordinator');
    await h1(page, /^Hei, /).waitFor();
    const get = async <T>(url: string): Promise<T> => (await page.request.get(`${server.baseUrl}${url}`)).json();
    const me = await get<{ csrfToken: string; owners: { id: string }[] }>('/api/auth/me');
    const headers = { 'x-csrf-token': me.csrfToken };
    const ownerId = me.owners[0]?.id;
    const programmes = await get<{ items: { id: string; schoolYear: string }[] }>(`/api/owners/${ownerId}/programmes`);
    const programme = programmes.items.find((p) => p.schoolYear === '2026-27') ?? programmes.items[0];
    const base = `${server.baseUrl}/api/owners/${ownerId}/programmes/${programme?.id}/matching`;
    let matching = await get<Matching>(`/api/owners/${ownerId}/programmes/${programme?.id}/matching`);
    const mentor = matching.mentors.find((m) => nameOf(m) === demoUser(server, 'mentor').name);
    const nqtPair = matching.pairs.find((p) => nameOf(p.nqt) === demoUser(server, 'nqt').name);
    if (!mentor || !nqtPair) throw new Error('the demo has no mentor profile or pair for the demo logins');
    if (nqtPair.mentor.personId === mentor.personId) return;
    const reason = { reason: 'Demo: the demo mentor takes over, so both logins see the same pair.' };
    const end = async (pairId: string) => {
      const response = await page.request.post(`${base}/pairs/${pairId}/end`, { headers, data: reason });
      expect(response.status(), await response.text()).toBe(200);
    };
    await end(nqtPair.id);
    if (mentor.load >= mentor.capacity) {
      matching = await get<Matching>(`/api/owners/${ownerId}/programmes/${programme?.id}/matching`);
      const other = matching.pairs.find((p) => p.mentor.personId === mentor.personId);
      if (other) await end(other.id);
    }
    const response = await page.request.post(`${base}/pairs`, {
      headers,
      data: { enrolmentId: nqtPair.nqt.enrolmentId, mentorPersonId: mentor.personId },
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
  } finally {
    await context.close();
  }
}

describe('a mentor logs a session, the NQT confirms it, the coordinator never sees the note', () => {
  let nqtName = '';

  beforeAll(async () => {
    await pairDemoLogins();
  });

  describe('the mentor, on a phone', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO', hasTouch: true });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('lands on "Mine nyutdannede" after logging in, with the NQTs and how far they have come', async () => {
      await logIn(page, 'mentor');
      await h1(page, 'Mine nyutdannede').waitFor();
      await page.getByText('Planlagt hittil').first().waitFor();
      await page.getByRole('link', { name: 'Mine nyutdannede' }).first().waitFor();
      nqtName = demoUser(server, 'nqt').name;
      await page.getByRole('heading', { level: 2, name: nqtName }).waitFor();
      await expectAccessible(page, 'my-mentoring-01-mentor');
    });

    it('logs a session in a few taps: defaults filled in, one sub-goal, a private note', async () => {
      const card = page.getByRole('region', { name: nqtName });
      await card.getByRole('button', { name: `Logg veiledning med ${nqtName}` }).click();
      const form = page.getByRole('form', { name: `Logg veiledning med ${nqtName}` });
      await form.waitFor();
      // The pressed button is gone: focus is on the form's heading, not lost at the top of the page.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe(`Logg veiledning med ${nqtName}`);
      // Today, one-to-one and the planned length are already there.
      expect(await form.getByLabel('Dato').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await form.getByLabel('Individuell').isChecked()).toBe(true);
      expect(await form.getByLabel('Varighet').inputValue()).toMatch(/^\d+$/);
      await form.getByText(`Bare du og ${nqtName} kan lese notatet.`).waitFor();
      // A length the server refuses is explained beside the field, and in the summary above the form.
      const length = await form.getByLabel('Varighet').inputValue();
      await form.getByLabel('Varighet').fill('2');
      await form.getByRole('button', { name: 'Lagre' }).click();
      await form.getByRole('link', { name: /^Varighet:/ }).waitFor();
      await expectAccessible(page, 'my-mentoring-02b-log-error');
      await form.getByLabel('Varighet').fill(length);
      await form.getByLabel('Reflektere over og bygge egen lærerrolle').check();
      await form.getByLabel('Notat (valgfritt)').fill(NOTE);
      await expectAccessible(page, 'my-mentoring-02-log-form');
      await snapshot(page, 'my-mentoring-02a-log-form-phone', form);
      await form.getByRole('button', { name: 'Lagre' }).click();
      await card.getByText(/^Veiledningen .* er logget\.$/).waitFor();
      await expectAccessible(page, 'my-mentoring-03-logged');
    });

    it('marks a planned session held as planned in two taps, and moves another', async () => {
      const card = page.getByRole('region', { name: nqtName });
      // Sessions whose day has passed and that nobody logged: "Holdt som planlagt", then "Lagre".
      const held = card.getByRole('button', { name: /^Holdt som planlagt/ });
      if ((await held.count()) > 0) {
        await held.first().click();
        await card.getByText('Lagres som gjennomført for den planlagte samtalen.').waitFor();
        await card.getByRole('button', { name: 'Lagre' }).click();
        await card.getByText(/^Veiledningen .* er logget\.$/).waitFor();
      }
      await card
        .getByRole('button', { name: /^Flytt samtalen/ })
        .first()
        .click();
      await card.getByLabel('Ny dato').fill('2026-11-25');
      await expectAccessible(page, 'my-mentoring-03a-move');
      await card.getByRole('button', { name: 'Flytt', exact: true }).click();
      await card.getByText('Samtalen er flyttet til 25. nov. 2026.').waitFor();
      await card
        .getByText(/flyttet fra /)
        .first()
        .waitFor();
    });

    it("shows the session with its sub-goal and note in the NQT's history", async () => {
      await page.getByRole('link', { name: `Alle samtaler og notater med ${nqtName}` }).click();
      await h1(page, `Veiledning med ${nqtName}`).waitFor();
      const logged = page.getByRole('listitem').filter({ hasText: NOTE });
      await logged.waitFor();
      await logged.getByText('Delmål: Reflektere over og bygge egen lærerrolle').waitFor();
      await logged.getByText(`Notat (bare du og ${nqtName} kan lese det):`).waitFor();
      await expectAccessible(page, 'my-mentoring-04-history');
      await snapshot(page, 'my-mentoring-04a-history-phone', logged);

      // A logged session is corrected: the length, with the note kept.
      await logged.getByRole('button', { name: /^Endre samtalen/ }).click();
      const edit = logged.getByRole('form', { name: /^Endre samtalen/ });
      expect(await edit.getByLabel('Notat (valgfritt)').inputValue()).toBe(NOTE);
      await edit.getByLabel('Varighet').fill('45');
      await edit.getByRole('button', { name: 'Lagre' }).click();
      await page.getByText('Samtalen er endret.').waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: NOTE })
        .getByText(/^45 min/)
        .waitFor();
    });

    it('still opens the start page from the menu, without the organisation things a mentor cannot open', async () => {
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Start' }).click();
      await h1(page, /^Hei, /).waitFor();
      await page
        .getByRole('link', { name: /^Mine nyutdannede/ })
        .first()
        .waitFor();
      expect(await page.getByText('Du kan ikke se enheter og personer').count()).toBe(0);
      await expectAccessible(page, 'my-mentoring-04b-mentor-start');
    });
  });

  describe('the NQT', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('lands on "Min veiledning", sees the mentor, the session and its note, and confirms it', async () => {
      await logIn(page, 'nqt');
      await h1(page, 'Min veiledning').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Veilederen din' }).waitFor();
      await page.getByText(demoUser(server, 'mentor').name, { exact: true }).waitFor();
      const logged = page.getByRole('listitem').filter({ hasText: NOTE });
      await logged.waitFor();
      await logged.getByText('Ikke bekreftet ennå').waitFor();
      await expectAccessible(page, 'my-mentoring-05-nqt');
      await logged.getByRole('button', { name: /^Bekreft samtalen/ }).click();
      await page.getByText(/^Du har bekreftet samtalen /).waitFor();
      await logged.getByText('Bekreftet', { exact: true }).waitFor();
      await expectAccessible(page, 'my-mentoring-06-nqt-confirmed');
    });
  });

  describe('the programme coordinator', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    async function expectNoNote(name: string) {
      await expectAccessible(page, name);
      expect(await page.content()).not.toContain(NOTE.slice(0, 40));
    }

    it('still starts on the start page, and finds the note on none of the programme pages', async () => {
      await logIn(page, 'programme_coordinator');
      await h1(page, /^Hei, /).waitFor();
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Veiledningsordningen' })
        .click();
      await h1(page, 'Veiledningsordningen').waitFor();
      await expectNoNote('my-mentoring-07-coordinator-programmes');
      await page.getByRole('link', { name: 'Åpne ordningen' }).click();
      await h1(page, 'Nyutdannede i ordningen').waitFor();
      await expectNoNote('my-mentoring-08-coordinator-reach');
      const enrolled = page.getByRole('table', { name: 'Nyutdannede i ordningen' });
      await enrolled.getByRole('link', { name: nqtName }).click();
      await h1(page, nqtName).waitFor();
      await expectNoNote('my-mentoring-09-coordinator-nqt');
      await page.goBack();
      await h1(page, 'Nyutdannede i ordningen').waitFor();
      await page.getByRole('navigation', { name: 'Deler av ordningen' }).getByRole('link', { name: 'Kobling' }).click();
      await h1(page, /Kobling/).waitFor();
      await expectNoNote('my-mentoring-10-coordinator-matching');
      // The mentor's page is theirs alone: the coordinator has no pairs there.
      await page.goto(`${server.baseUrl}/mine-nyutdannede`);
      await h1(page, 'Mine nyutdannede').waitFor();
      await page.getByText('Du er ikke veileder for noen nyutdannede ennå.', { exact: false }).waitFor();
      await expectNoNote('my-mentoring-11-coordinator-mine');
    });
  });
});
