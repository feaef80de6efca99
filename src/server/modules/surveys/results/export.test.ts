import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_TYPES } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import { attack, type PublishedCount } from '../../../../shared/rules/suppression-attack.ts';
import {
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
  dimensionLabel,
  groupLabel,
  type SurveyResults,
} from '../../../../shared/schemas/survey-results.ts';
import { AGREEMENT5_OPTIONS } from '../../../../shared/schemas/surveys.ts';
import { aggregateResults, labelOf, type ResponseRecord } from './aggregate.ts';
import { resultsCsv, resultsXlsx } from './export.ts';

/*
 * Property: whatever the population, the CSV and the XLSX publish no sum or difference of counts that
 * counts fewer than k people — read back from the exported file itself, as a reader would.
 */

const L = (nb: string) => ({ nb, nn: nb, en: nb });
const QUESTION = {
  id: 'q1',
  key: 'q1',
  sectionTitle: L('Del'),
  type: 'agreement5' as const,
  text: L('Spørsmål én'),
  options: [...AGREEMENT5_OPTIONS],
};

const responseArb = fc
  .record({
    role: fc.constantFrom('nqt', 'mentor', 'unit_leader', null),
    unitType: fc.constantFrom('kindergarten', 'primary', null),
    year: fc.constantFrom(1, 2),
    answer: fc.constantFrom('1', '2', '3', '4', '5', null),
  })
  .map(
    (r): ResponseRecord => ({
      role: r.role,
      unitType: r.unitType,
      // Programme year is only given for NQTs: a hierarchy inside the role breakdown.
      programmeYear: r.role === 'nqt' ? r.year : null,
      answers: new Map(r.answer ? [['q1', { choice: r.answer, choices: null, text: null }]] : []),
    }),
  );

function resultsOf(responses: ResponseRecord[], k: number): SurveyResults {
  const aggregated = aggregateResults({ questions: [QUESTION], responses, minGroupSize: k });
  return {
    survey: { id: 's', title: L('Test'), kind: 'custom', mode: 'anonymous', schoolYear: '2026-27', closesAt: null },
    minGroupSize: aggregated.plan.minGroupSize,
    total: aggregated.total,
    breakdowns: aggregated.breakdowns,
    questions: aggregated.questions.map((q) => ({ ...q, previous: null })),
    previous: null,
  };
}

/** Reads (breakdown, group, n) rows back into the attacker's published counts. */
function publishedFromRows(rows: unknown[][]): PublishedCount[] {
  const dimensionByLabel = new Map<string, number>([[translate('nb', dimensionLabel('all')), -1]]);
  BREAKDOWN_DIMENSIONS.forEach((d, i) => {
    dimensionByLabel.set(translate('nb', dimensionLabel(d)), i);
  });
  const codes: Record<BreakdownDimension, string[]> = {
    role: ['nqt', 'mentor', 'unit_leader', ''],
    unitType: [...UNIT_TYPES, ''],
    programmeYear: ['1', '2', ''],
  };
  const out: PublishedCount[] = [];
  for (const row of rows) {
    const d = dimensionByLabel.get(String(row[1]));
    if (d === undefined || row[0] !== 'Spørsmål én') continue;
    const n = row[3];
    if (n === '–') continue;
    if (d < 0) {
      out.push({ dimension: -1, group: '*', n: Number(n) });
      continue;
    }
    const dimension = BREAKDOWN_DIMENSIONS[d] as BreakdownDimension;
    const code = codes[dimension].find((c) => {
      const l = groupLabel(dimension, c);
      return translate('nb', l.key, l.params) === row[2];
    });
    if (code === undefined) throw new Error(`unknown group ${String(row[2])}`);
    out.push({ dimension: d, group: code, n: Number(n) });
  }
  return out;
}

function cellsOf(responses: ResponseRecord[]) {
  return responses.map((r) => ({ labels: BREAKDOWN_DIMENSIONS.map((d) => labelOf(r, d)), count: 1 }));
}

describe('exports and suppression', () => {
  it('no sum or difference of the counts in a CSV counts fewer than k people', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 40 }), fc.integer({ min: 3, max: 6 }), (responses, k) => {
        const csv = resultsCsv(resultsOf(responses, k), 'nb');
        const rows = csv
          .replace(/^\uFEFF/, '')
          .split('\r\n')
          .map((l) => l.split(';'));
        const published = publishedFromRows(rows);
        expect(attack(cellsOf(responses), published, k)).toBeNull();
        // A hidden group's row is all "–": none of its option counts leaks either.
        for (const row of rows.filter((r) => r[0] === 'Spørsmål én' && r[3] === '–')) {
          expect(row.slice(3).every((v) => v === '–')).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the XLSX publishes the same counts as the CSV', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(responseArb, { maxLength: 40 }), async (responses) => {
        const results = resultsOf(responses, 5);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await resultsXlsx(results, 'nb')) as unknown as ArrayBuffer);
        const rows: unknown[][] = [];
        workbook.getWorksheet('Resultater')?.eachRow((r) => {
          rows.push((r.values as unknown[]).slice(1));
        });
        const fromXlsx = publishedFromRows(rows);
        const fromCsv = publishedFromRows(
          resultsCsv(results, 'nb')
            .replace(/^\uFEFF/, '')
            .split('\r\n')
            .map((l) => l.split(';')),
        );
        expect(fromXlsx).toEqual(fromCsv);
        expect(attack(cellsOf(responses), fromXlsx, 5)).toBeNull();
      }),
      { numRuns: 25 },
    );
  });

  it('a naive export (primary suppression only) is caught by the attacker', () => {
    // NQTs 10 = year 1 (8) + year 2 (2); hiding only year 2 leaves it as NQTs − year 1.
    const responses: ResponseRecord[] = [
      ...Array.from({ length: 8 }, () => ({ role: 'nqt', unitType: null, programmeYear: 1, answers: new Map() })),
      ...Array.from({ length: 2 }, () => ({ role: 'nqt', unitType: null, programmeYear: 2, answers: new Map() })),
      ...Array.from({ length: 7 }, () => ({ role: 'mentor', unitType: null, programmeYear: null, answers: new Map() })),
    ];
    const naive: PublishedCount[] = [
      { dimension: -1, group: '*', n: 17 },
      { dimension: 0, group: 'nqt', n: 10 },
      { dimension: 0, group: 'mentor', n: 7 },
      { dimension: 2, group: '1', n: 8 },
      { dimension: 2, group: '', n: 7 },
    ];
    expect(attack(cellsOf(responses), naive, 5)).toMatchObject({ size: 2 });
  });
});
