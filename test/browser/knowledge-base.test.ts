import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserServer, expectAccessible, h1, launchBrowser, logInAs, startServer } from './harness.ts';

/*
 * Knowledge base: the demo coordinator opens the programme's "Kunnskapsgrunnlag", reads which
 * sub-goals get time, edits the text (a refused blank field in nynorsk is shown in nynorsk), saves;
 * the demo NQT follows the link on "Min veiledning" and reads the new text on a phone, the demo
 * mentor finds the link on "Mine nyutdannede". axe on every page, screenshots under test-results/.
 */

let server: BrowserServer;
let browser: Browser;

type DemoRole = 'programme_coordinator' | 'nqt' | 'mentor';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const logIn = (page: Page, role: DemoRole) => logInAs(page, server, role);

const NEW_AIM = 'Trivsel, mestring og nysgjerrighet i hele Demo kommune.';

describe('knowledge base', () => {
  it('the coordinator sees which sub-goals get time and edits the text in three languages', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logIn(page, 'programme_coordinator');
      await h1(page, /^Hei, /).waitFor();
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Veiledningsordningen' })
        .click();
      await h1(page, 'Veiledningsordningen').waitFor();
      await page.getByRole('link', { name: 'Åpne ordningen' }).click();
      await h1(page, 'Nyutdannede i ordningen').waitFor();
      await page
        .getByRole('navigation', { name: 'Deler av ordningen' })
        .getByRole('link', { name: 'Kunnskapsgrunnlag' })
        .click();
      await h1(page, 'Kunnskapsgrunnlag').waitFor();

      // The demo has held sessions: every sub-goal row and the untagged row, with minutes.
      const table = page.getByRole('table', { name: 'Gjennomført veiledningstid per delmål og programår' });
      await table.waitFor();
      await table.getByRole('rowheader', { name: 'Uten delmål' }).waitFor();
      await table.getByRole('rowheader', { name: 'Reflektere over og bygge egen lærerrolle' }).waitFor();
      const heldRow = table.getByRole('row', { name: /Gjennomført i alt/ });
      expect(await heldRow.textContent()).toMatch(/\d[\d\s]* min/);
      await page.getByText('teller fullt for hvert av dem', { exact: false }).waitFor();
      await page.getByText('Standardteksten etter Trøndelag-modellen', { exact: false }).waitFor();
      await page
        .getByRole('heading', { name: /^Delmål 4: / })
        .first()
        .waitFor();
      await expectAccessible(page, 'knowledge-base-01-coordinator');

      // Another language is a tab away.
      await page.getByRole('tab', { name: 'Nynorsk' }).click();
      await page.getByText('Trivsel, meistring og anerkjenning', { exact: false }).waitFor();
      await page.getByRole('tab', { name: 'Bokmål' }).click();

      await page.getByRole('button', { name: 'Endre', exact: true }).click();
      await page.getByRole('heading', { name: 'Endre kunnskapsgrunnlaget' }).waitFor();
      await page.getByRole('textbox', { name: 'Målsetting' }).fill(NEW_AIM);
      // Blank a nynorsk field, go back to bokmål and save: the refusal brings the nynorsk field back.
      await page.getByRole('radio', { name: 'Nynorsk' }).check();
      const roleDescription = page
        .getByRole('group', { name: /^Delmål 3: / })
        .getByRole('textbox', { name: 'Beskrivelse' });
      await roleDescription.fill('');
      await page.getByRole('radio', { name: 'Bokmål' }).check();
      await page.getByRole('button', { name: 'Lagre kunnskapsgrunnlaget' }).click();
      await page.getByText('Nynorsk: Delmål 3: ', { exact: false }).first().waitFor();
      await expect(page.getByRole('radio', { name: 'Nynorsk' }).isChecked()).resolves.toBe(true);
      await expectAccessible(page, 'knowledge-base-02-refused');

      await roleDescription.fill('Reflektere over og byggje eiga lærarrolle.');
      await page.getByRole('button', { name: 'Lagre kunnskapsgrunnlaget' }).click();
      await page.getByText('Kunnskapsgrunnlaget er lagret (versjon 2).').waitFor();
      await page.getByText(NEW_AIM).waitFor();
      await page.getByText(/^Versjon 2, sist endret /).waitFor();
      await expectAccessible(page, 'knowledge-base-03-saved');
      // On a phone the table scrolls inside its box and the text reflows.
      await page.setViewportSize({ width: 390, height: 844 });
      await expectAccessible(page, 'knowledge-base-03-saved-phone');
    } finally {
      await context.close();
    }
  });

  it('the NQT reads it from "Min veiledning" on a phone, the mentor finds it on "Mine nyutdannede"', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logIn(page, 'nqt');
      await h1(page, 'Min veiledning').waitFor();
      await page.getByRole('link', { name: 'Les kunnskapsgrunnlaget' }).click();
      await h1(page, 'Kunnskapsgrunnlag').waitFor();
      await page.getByText(NEW_AIM).waitFor();
      await page
        .getByRole('heading', { name: 'Delmål 1: Bli kjent med arbeidsplassens praksis', exact: false })
        .waitFor();
      await expect(page.getByRole('button', { name: 'Endre', exact: true }).count()).resolves.toBe(0);
      await expectAccessible(page, 'knowledge-base-04-nqt');
    } finally {
      await context.close();
    }
    const mentorContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO' });
    try {
      const page = await mentorContext.newPage();
      await logIn(page, 'mentor');
      await h1(page, 'Mine nyutdannede').waitFor();
      await page.getByRole('link', { name: 'Les kunnskapsgrunnlaget' }).click();
      await h1(page, 'Kunnskapsgrunnlag').waitFor();
      await page.getByText(NEW_AIM).waitFor();
      await expectAccessible(page, 'knowledge-base-05-mentor');
    } finally {
      await mentorContext.close();
    }
  });
});
