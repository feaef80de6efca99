import { describe, expect, it } from 'vitest';
import { AGREEMENT5_OPTIONS } from '../../../../shared/schemas/surveys.ts';
import { aggregateResults, figuresFor, type ResponseRecord, type ResultQuestion } from './aggregate.ts';

const L = (nb: string) => ({ nb, nn: nb, en: nb });
const question = (type: ResultQuestion['type'], options: string[] = []): ResultQuestion => ({
  id: 'q',
  key: 'q',
  sectionTitle: L('Del'),
  type,
  text: L('Spørsmål'),
  options: type === 'agreement5' ? [...AGREEMENT5_OPTIONS] : options.map((value) => ({ value, label: L(value) })),
});

function response(answer: { choice?: string; choices?: string[]; text?: string } | null, role = 'nqt'): ResponseRecord {
  return {
    role,
    unitType: null,
    programmeYear: null,
    answers: new Map(
      answer
        ? [['q', { choice: answer.choice ?? null, choices: answer.choices ?? null, text: answer.text ?? null }]]
        : [],
    ),
  };
}

describe('figuresFor', () => {
  it.each([
    {
      name: 'five steps: counts, no answer and mean',
      q: question('agreement5'),
      answers: [{ choice: '5' }, { choice: '4' }, { choice: '4' }, null, { choice: '1' }],
      counts: [1, 0, 0, 2, 1],
      answered: 4,
      mean: 3.5,
    },
    {
      name: 'a numbered scale has a mean, rounded to two decimals',
      q: question('scale', ['1', '2', '3']),
      answers: [{ choice: '1' }, { choice: '2' }, { choice: '2' }],
      counts: [1, 2, 0],
      answered: 3,
      mean: 1.67,
    },
    {
      name: 'single choice with words has no mean',
      q: question('single', ['ja', 'nei']),
      answers: [{ choice: 'ja' }, { choice: 'nei' }, { choice: 'ja' }],
      counts: [2, 1],
      answered: 3,
      mean: null,
    },
    {
      name: 'multiple choice counts each option; answered is "chose at least one"',
      q: question('multiple', ['a', 'b', 'c']),
      answers: [{ choices: ['a', 'b'] }, { choices: ['b'] }, { choices: [] }, null],
      counts: [1, 2, 0],
      answered: 2,
      mean: null,
    },
    {
      name: 'an option removed after answering is not counted',
      q: question('single', ['ja', 'nei']),
      answers: [{ choice: 'kanskje' }, { choice: 'ja' }],
      counts: [1, 0],
      answered: 2,
      mean: null,
    },
    {
      name: 'free text counts who wrote something, blanks are no answer',
      q: question('text'),
      answers: [{ text: 'Noe' }, { text: '   ' }, null],
      counts: [],
      answered: 1,
      mean: null,
    },
    {
      name: 'nobody answered: no mean',
      q: question('agreement5'),
      answers: [null, null],
      counts: [0, 0, 0, 0, 0],
      answered: 0,
      mean: null,
    },
  ])('$name', ({ q, answers, counts, answered, mean }) => {
    const responses = answers.map((a) => response(a));
    const figures = figuresFor(q, responses);
    expect(figures.counts.map((c) => c.count)).toEqual(counts);
    expect(figures).toMatchObject({ n: answers.length, answered, noAnswer: answers.length - answered, mean });
  });
});

describe('aggregateResults', () => {
  it('shows free text for the whole survey only, sorted, and only at or above the minimum', () => {
    const q = question('text');
    const texts = ['Øving', 'Alltid', 'Bra', 'Ærlig', 'Mer tid'];
    const shown = aggregateResults({
      questions: [q],
      responses: texts.map((text, i) => response({ text }, i < 3 ? 'nqt' : 'mentor')),
      minGroupSize: 5,
    });
    // Norwegian order: Æ and Ø after Z.
    expect(shown.questions[0]?.texts).toEqual(['Alltid', 'Bra', 'Mer tid', 'Ærlig', 'Øving']);
    expect(JSON.stringify(shown.questions[0]?.breakdowns)).not.toContain('Alltid');

    const hidden = aggregateResults({
      questions: [q],
      responses: texts.slice(0, 4).map((text) => response({ text })),
      minGroupSize: 5,
    });
    expect(hidden.questions[0]?.texts).toBeNull();
    expect(hidden.questions[0]?.total).toBeNull();
  });

  it('gives a hidden group no figures in any question', () => {
    const responses = [
      ...Array.from({ length: 8 }, () => response({ choice: '4' }, 'nqt')),
      ...Array.from({ length: 2 }, () => response({ choice: '1' }, 'mentor')),
      ...Array.from({ length: 6 }, () => response({ choice: '2' }, 'unit_leader')),
    ];
    const result = aggregateResults({
      questions: [question('agreement5'), { ...question('scale', ['1', '2']), id: 'q2' }],
      responses,
      minGroupSize: 5,
    });
    expect(result.breakdowns.find((b) => b.dimension === 'role')?.groups).toEqual([
      { group: 'mentor', n: null, suppressed: true },
      { group: 'nqt', n: 8, suppressed: false },
      { group: 'unit_leader', n: null, suppressed: true },
    ]);
    for (const q of result.questions) {
      const groups = q.breakdowns.find((b) => b.dimension === 'role')?.groups ?? [];
      expect(groups.map((g) => g.figures === null)).toEqual([true, false, true]);
    }
  });
});
