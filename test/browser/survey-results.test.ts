import { and, eq, lt } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { owners, programmes, surveys } from '../../src/server/db/schema.ts';
import { DEMO_ORG_NUMBER } from '../../src/server/modules/demo/plan.ts';
import { buildSurveyWithResponses, many } from '../../src/server/modules/surveys/results/test-data.ts';
import { type BrowserServer, expectAccessible, launchBrowser, startServer } from './harness.ts';

/*
 * Survey results: a closed guidance-programme evaluation of Demo kommune (seeded straight into the
 * survey tables) with last year's survey beside it. The demo coordinator opens the results page, sees
 * the stacked five-step bars with n and the data tables, switches the breakdown to role and finds the
 * small groups hidden ("–"), and the page on a phone. axe on every view; screenshots in test-results/.
 */

let server: BrowserServer;
let browser: Browser;
let surveyId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const [owner] = await db.select().from(owners).where(eq(owners.orgNumber, DEMO_ORG_NUMBER));
  if (!owner) throw new Error('no demo owner');
  const [programme] = await db.select().from(programmes).where(eq(programmes.ownerId, owner.id));
  const answers = (contributed: string, match: string, comment?: string) => ({
    contributed,
    match,
    ...(comment ? { comment } : {}),
  });
  const { survey } = await buildSurveyWithResponses(db, {
    ownerId: owner.id,
    programmeId: programme?.id ?? null,
    title: 'Evaluering av veiledningsordningen',
    closesAt: new Date(Date.now() - 86_400_000),
    responses: [
      ...many(5, {
        role: 'nqt',
        unitType: 'primary',
        programmeYear: 1,
        answers: answers('4', '5', 'Trygghet i klasserommet'),
      }),
      ...many(4, { role: 'nqt', unitType: 'primary', programmeYear: 1, answers: answers('5', '4') }),
      ...many(2, { role: 'nqt', unitType: 'kindergarten', programmeYear: 2, answers: answers('2', '3') }),
      ...many(6, { role: 'mentor', unitType: 'primary', answers: answers('4', '4', 'Bedre samtaler om undervisning') }),
      ...many(3, { role: 'unit_leader', unitType: 'kindergarten', answers: answers('3', '5') }),
      ...many(2, { role: 'coordinator', answers: answers('1', '2') }),
    ],
  });
  surveyId = survey.id;
  if (programme) {
    const [year, next] = programme.schoolYear.split('-').map(Number) as [number, number];
    const lastYear = `${year - 1}-${String(next - 1).padStart(2, '0')}`;
    const [previousProgramme] = await db
      .insert(programmes)
      .values({ ownerId: owner.id, schoolYear: lastYear, name: `Veiledning ${lastYear}`, settings: programme.settings })
      .returning();
    await buildSurveyWithResponses(db, {
      ownerId: owner.id,
      programmeId: previousProgramme?.id ?? null,
      title: 'Evaluering av veiledningsordningen',
      closesAt: new Date(`${year}-05-15T10:00:00Z`),
      responses: [
        ...many(7, { role: 'nqt', answers: answers('3', '4') }),
        ...many(5, { role: 'mentor', answers: answers('4', '3') }),
      ],
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function logIn(page: Page) {
  const credential = server.credentials.find((c) => c.role === 'programme_coordinator');
  if (!credential) throw new Error('the demo seed has no coordinator');
  await page.goto(`${server.baseUrl}/`);
  await page.getByLabel('E-postadresse').fill(credential.email);
  await page.getByLabel('Passord', { exact: true }).fill(credential.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hei, / }).waitFor();
}

describe('survey results', () => {
  it('the coordinator reads the bars and tables, by role with small groups hidden, and last year', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await logIn(page);
      await page.goto(`${server.baseUrl}/undersokelser/${surveyId}/resultater`);
      await page.getByRole('heading', { level: 1, name: 'Resultater: Evaluering av veiledningsordningen' }).waitFor();
      await page.getByText('22 svar', { exact: false }).first().waitFor();

      // Each bar is an image whose text alternative reads every share with n.
      const question = 'Veiledningen har bidratt positivt til utviklingsarbeidet';
      const bar = page.getByRole('img', { name: new RegExp(`^${question}, Alle svar: n = 22`) });
      await bar.waitFor();
      expect(await bar.getAttribute('aria-label')).toContain('I stor grad 50 % (11)');
      await page.getByRole('img', { name: new RegExp(`^${question}, I fjor \\(\\d{4}-\\d{2}\\): n = 12`) }).waitFor();
      const table = page.getByRole('table', {
        name: 'Tabell: Veiledningen har bidratt positivt til utviklingsarbeidet',
      });
      await table.getByRole('rowheader', { name: 'Alle svar' }).waitFor();
      await expect(table.getByRole('row').count()).resolves.toBe(3);
      // Free text for the whole survey, sorted.
      await page.getByText('Bedre samtaler om undervisning').first().waitFor();
      await page.screenshot({ path: 'test-results/survey-results-01-all.png', fullPage: true });
      await expectAccessible(page, 'survey-results-01-all');

      await page.getByLabel('Vis etter').selectOption('role');
      const byRole = page.getByRole('table', {
        name: 'Tabell: Veiledningen har bidratt positivt til utviklingsarbeidet',
      });
      const nqtRow = byRole.getByRole('row', { name: /^Nyutdannede/ });
      await nqtRow.waitFor();
      await expect(nqtRow.getByRole('cell').first().textContent()).resolves.toBe('11');
      // Coordinators (2) and unit leaders (3) are under 5. Mentors (6) go too: all mentors are at primary
      // schools, so primary (15) − mentors (6) would count the primary-school NQTs, and NQTs (11) − those the 2 others.
      for (const hidden of ['Koordinatorer', 'Enhetsledere', 'Veiledere']) {
        const row = byRole.getByRole('row', { name: new RegExp(`^${hidden}`) });
        await expect(row.getByRole('cell').first().textContent()).resolves.toBe('–');
      }
      // In the chart a hidden group has no bar, only the word, and says why to a screen reader.
      await page
        .getByText('Enhetsledere: skjult (færre enn 5 svar, eller kunne regnes ut).')
        .first()
        .waitFor({ state: 'attached' });
      await page.getByRole('img', { name: new RegExp(`^${question}, Nyutdannede: n = 11`) }).waitFor();
      expect(
        await page
          .getByRole('img', { name: new RegExp(`^${question}, (Veiledere|Enhetsledere|Koordinatorer)`) })
          .count(),
      ).toBe(0);
      await page.screenshot({ path: 'test-results/survey-results-02-role.png', fullPage: true });
      await expectAccessible(page, 'survey-results-02-role');
    } finally {
      await context.close();
    }
  });

  it('reads on a phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'nb-NO',
      isMobile: true,
    });
    try {
      const page = await context.newPage();
      await logIn(page);
      await page.goto(`${server.baseUrl}/undersokelser/${surveyId}/resultater`);
      await page.getByRole('heading', { level: 1, name: /^Resultater/ }).waitFor();
      await page
        .getByRole('img', { name: /Alle svar: n = 22/ })
        .first()
        .waitFor();
      await page.screenshot({ path: 'test-results/survey-results-03-phone.png', fullPage: true });
      await expectAccessible(page, 'survey-results-03-phone');
    } finally {
      await context.close();
    }
  });

  it('choice questions of the demo NQT survey show bars with n and shares as text, small groups hidden', async () => {
    const db = server.database.db;
    const [owner] = await db.select().from(owners).where(eq(owners.orgNumber, DEMO_ORG_NUMBER));
    const [closed] = await db
      .select()
      .from(surveys)
      .where(
        and(eq(surveys.ownerId, owner?.id ?? ''), eq(surveys.kind, 'nqt_yearly'), lt(surveys.closesAt, new Date())),
      );
    if (!closed) throw new Error('no closed demo NQT survey');
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport, locale: 'nb-NO', isMobile: viewport.width < 500 });
      try {
        const page = await context.newPage();
        await logIn(page);
        await page.goto(`${server.baseUrl}/undersokelser/${closed.id}/resultater`);
        await page
          .getByRole('heading', { level: 1, name: /^Resultater: Årlig undersøkelse for nyutdannede 2025–26/ })
          .waitFor();
        const chart = page.getByRole('figure', { name: 'Søylediagram: Hvor ofte har du fått veiledning?' });
        await chart.waitFor();
        await chart.getByText('Alle svar', { exact: true }).waitFor();
        await chart.getByText('(n = 40)').waitFor();
        await chart
          .getByText(/^\d+ % \(\d+\)$/)
          .first()
          .waitFor();
        await page.getByRole('figure', { name: /^Søylediagram: Hva har hjulpet deg mest i starten/ }).waitFor();
        const suffix = viewport.width < 500 ? 'phone' : 'desktop';
        if (viewport.width >= 500) {
          await page.getByLabel('Vis etter').selectOption('unitType');
          // Combined schools (2) and lower secondary (4) are under 5: hidden in the chart too.
          await chart.getByText('Barnehage', { exact: true }).waitFor();
          await chart
            .getByText(/skjult \(færre enn 5 svar, eller kunne regnes ut\)/)
            .first()
            .waitFor({ state: 'attached' });
        }
        await page.screenshot({ path: `test-results/survey-results-choice-${suffix}.png`, fullPage: true });
        await expectAccessible(page, `survey-results-choice-${suffix}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      } finally {
        await context.close();
      }
    }
  });
});
