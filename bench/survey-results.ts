// node_modules/.bin/node bench/survey-results.ts — times the survey results on synthetic surveys:
// the suppression plan (with its audit across breakdowns), the per-question figures, and the CSV and
// XLSX exports, for 500 and 5,000 responses to 25 five-step questions and 2 free-text questions; and
// the plan alone on the worst shape we can think of (every role × unit type × year combination
// present, many of them small, so the audit runs many rounds). Figures only; nothing asserts on time.

import { performance } from 'node:perf_hooks';
import {
  aggregateResults,
  type ResponseRecord,
  type ResultQuestion,
} from '../src/server/modules/surveys/results/aggregate.ts';
import { resultsCsv, resultsXlsx } from '../src/server/modules/surveys/results/export.ts';
import { UNIT_TYPES } from '../src/shared/enums.ts';
import { planSuppression } from '../src/shared/rules/suppression.ts';
import { BREAKDOWN_DIMENSIONS, type SurveyResults } from '../src/shared/schemas/survey-results.ts';
import { AGREEMENT5_OPTIONS, SURVEY_ROLES } from '../src/shared/schemas/surveys.ts';

const L = (nb: string) => ({ nb, nn: nb, en: nb });
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[], skew = 1): T => items[Math.floor(random() ** skew * items.length)] as T;

const questions: ResultQuestion[] = [
  ...Array.from({ length: 25 }, (_, i) => ({
    id: `q${i}`,
    key: `q${i}`,
    sectionTitle: L('Del'),
    type: 'agreement5' as const,
    text: L(`Påstand ${i + 1}`),
    options: [...AGREEMENT5_OPTIONS],
  })),
  ...[0, 1].map((i) => ({
    id: `t${i}`,
    key: `t${i}`,
    sectionTitle: L('Fritekst'),
    type: 'text' as const,
    text: L(`Kommentar ${i + 1}`),
    options: [],
  })),
];

function responses(n: number): ResponseRecord[] {
  return Array.from({ length: n }, () => {
    const role = pick(SURVEY_ROLES, 2);
    const answers = new Map(
      questions.map((q) => [
        q.id,
        q.type === 'text'
          ? { choice: null, choices: null, text: random() < 0.2 ? 'En kommentar om veiledningen' : null }
          : { choice: random() < 0.05 ? null : String(1 + Math.floor(random() * 5)), choices: null, text: null },
      ]),
    );
    return {
      role,
      unitType: random() < 0.05 ? null : pick(UNIT_TYPES, 2),
      programmeYear: role === 'nqt' ? 1 + Math.floor(random() * 2) : null,
      answers,
    };
  });
}

const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;

for (const n of [500, 5_000]) {
  const input = { questions, responses: responses(n), minGroupSize: 5 };
  let t = performance.now();
  const aggregated = aggregateResults(input);
  const aggregateTime = ms(t);
  const results: SurveyResults = {
    survey: { id: 's', title: L('Bench'), kind: 'custom', mode: 'anonymous', schoolYear: '2026-27', closesAt: null },
    minGroupSize: 5,
    total: aggregated.total,
    breakdowns: aggregated.breakdowns,
    questions: aggregated.questions.map((q) => ({ ...q, previous: null })),
    previous: null,
  };
  t = performance.now();
  const csv = resultsCsv(results, 'nb');
  const csvTime = ms(t);
  t = performance.now();
  const xlsx = await resultsXlsx(results, 'nb');
  const xlsxTime = ms(t);
  const hidden = aggregated.breakdowns.flatMap((b) => b.groups).filter((g) => g.suppressed !== null).length;
  const groups = aggregated.breakdowns.flatMap((b) => b.groups).length;
  console.log(
    `${n} responses × ${questions.length} questions: aggregate ${aggregateTime} (${hidden}/${groups} groups hidden), CSV ${csvTime} (${(csv.length / 1024).toFixed(0)} kB), XLSX ${xlsxTime} (${(xlsx.length / 1024).toFixed(0)} kB)`,
  );
}

// Worst shape for the audit: every combination present, counts 1..6.
const cells = SURVEY_ROLES.flatMap((role) =>
  [...UNIT_TYPES, ''].flatMap((unitType) =>
    ['1', '2', ''].map((year) => ({ labels: [role, unitType, year], count: 1 + Math.floor(random() * 6) })),
  ),
);
let worst = 0;
for (let run = 0; run < 20; run++) {
  for (const c of cells) c.count = 1 + Math.floor(random() * 6);
  const t = performance.now();
  planSuppression({ dimensions: BREAKDOWN_DIMENSIONS, cells, minGroupSize: 5 });
  worst = Math.max(worst, performance.now() - t);
}
console.log(`suppression plan, ${cells.length} cross-cells of 1–6 responses, 20 runs: worst ${worst.toFixed(0)} ms`);
