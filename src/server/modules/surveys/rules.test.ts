import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_TYPES } from '../../../shared/enums.ts';
import {
  AGREEMENT5_OPTIONS,
  type Question,
  type ResponseLabels,
  SURVEY_ROLES,
} from '../../../shared/schemas/surveys.ts';
import {
  checkAnswers,
  coarsenLabels,
  dueReminderRounds,
  structureErrors,
  surveyStatus,
  surveyWarnings,
} from './rules.ts';

const at = (iso: string) => new Date(iso);

describe('surveyStatus', () => {
  const published = {
    publishedAt: at('2026-11-01T00:00:00Z'),
    opensAt: at('2026-11-10T08:00:00Z'),
    closesAt: at('2026-11-20T16:00:00Z'),
  };
  it.each([
    ['not published', { ...published, publishedAt: null }, '2026-11-15T00:00:00Z', 'draft'],
    [
      'published without dates',
      { publishedAt: published.publishedAt, opensAt: null, closesAt: null },
      '2026-11-15T00:00:00Z',
      'draft',
    ],
    ['before opening', published, '2026-11-10T07:59:59Z', 'scheduled'],
    ['at opening', published, '2026-11-10T08:00:00Z', 'open'],
    ['just before closing', published, '2026-11-20T15:59:59Z', 'open'],
    ['at closing', published, '2026-11-20T16:00:00Z', 'closed'],
  ] as const)('%s → %s', (_, survey, now, expected) => {
    expect(surveyStatus(survey, at(now))).toBe(expected);
  });
});

const L = (nb: string) => ({ nb, nn: nb, en: nb });
const q = (
  id: string,
  type: Question['type'],
  required = true,
  options = type === 'agreement5' ? [...AGREEMENT5_OPTIONS] : [],
): Question => ({
  id,
  key: null,
  type,
  text: L(id),
  options,
  required,
});
const ab = [
  { value: 'a', label: L('A') },
  { value: 'b', label: L('B') },
];

describe('checkAnswers', () => {
  const questions = [
    q('agree', 'agreement5'),
    q('one', 'single', true, ab),
    q('many', 'multiple', false, ab),
    q('free', 'text', false),
  ];
  const valid = [
    { questionId: 'agree', choice: '5' },
    { questionId: 'one', choice: 'b' },
  ];
  it.each([
    ['all required answered', valid, []],
    ['a required question missing', valid.slice(1), ['answers.agree:surveys.validation.answerRequired']],
    [
      'a step outside the scale',
      [{ questionId: 'agree', choice: '6' }, valid[1]],
      ['answers.agree:surveys.validation.answerOption'],
    ],
    [
      'a choice list on a single question',
      [valid[0], { questionId: 'one', choices: ['a'] }],
      ['answers.one:validation.invalid'],
    ],
    [
      'a repeated choice',
      [...valid, { questionId: 'many', choices: ['a', 'a'] }],
      ['answers.many:surveys.validation.answerOption'],
    ],
    [
      'an unknown question',
      [...valid, { questionId: 'nope', choice: 'a' }],
      ['answers.nope:surveys.validation.unknownQuestion'],
    ],
    ['the same question twice', [...valid, valid[0]], ['answers:surveys.validation.answerTwice']],
  ] as const)('%s', (_, answers, expected) => {
    const result = checkAnswers(questions, answers.filter((a) => a !== undefined) as never);
    expect(result.errors.map((e) => `${e.path}:${e.message}`)).toEqual(expected);
  });

  it('stores only answered questions, free text trimmed', () => {
    const { answers } = checkAnswers(questions, [
      ...valid,
      { questionId: 'free', text: '  Mer tid.  ' },
      { questionId: 'many', choices: [] },
    ]);
    expect(answers).toEqual([
      { questionId: 'agree', choice: '5', choices: null, text: null },
      { questionId: 'one', choice: 'b', choices: null, text: null },
      { questionId: 'free', choice: null, choices: null, text: 'Mer tid.' },
    ]);
  });
});

describe('builder checks', () => {
  it('refuses a choice question with fewer than two or repeated options, never a scale or free text', () => {
    const sections = [
      {
        questions: [
          { key: null, type: 'single' as const, text: L('x'), options: ab.slice(0, 1), required: true },
          {
            key: null,
            type: 'multiple' as const,
            text: L('y'),
            options: [ab[0], ab[0]].filter((o) => o !== undefined),
            required: true,
          },
          { key: null, type: 'agreement5' as const, text: L('z'), options: [], required: true },
          { key: null, type: 'text' as const, text: L('w'), options: [], required: true },
        ],
      },
    ];
    expect(structureErrors(sections)).toEqual([
      { path: 'sections.0.questions.0.options', message: 'surveys.validation.optionsMin' },
      { path: 'sections.0.questions.1.options', message: 'surveys.validation.optionsDistinct' },
    ]);
  });

  it('warns about free text only when anonymous, and about missing translations', () => {
    const text = { ...q('free', 'text'), text: { nb: 'Hva?', nn: '', en: 'What?' } };
    expect(surveyWarnings('anonymous', [{ questions: [text] }]).map((w) => w.code)).toEqual([
      'freeTextAnonymous',
      'translationMissing',
    ]);
    expect(surveyWarnings('identified', [{ questions: [q('agree', 'agreement5')] }])).toEqual([]);
  });
});

describe('coarsenLabels', () => {
  const label = (role: ResponseLabels['role'], unitType: ResponseLabels['unitType'], programmeYear: number | null) => ({
    role,
    unitType,
    programmeYear,
  });
  const many = (n: number, l: ResponseLabels) => Array.from({ length: n }, () => l);

  it.each([
    ['a large group keeps every label', many(5, label('nqt', 'primary', 1)), label('nqt', 'primary', 1)],
    [
      'a small year drops the year',
      [...many(4, label('nqt', 'primary', 1)), label('nqt', 'primary', 2)],
      label('nqt', 'primary', null),
    ],
    [
      'a lone kindergarten drops the unit type too',
      [...many(4, label('nqt', 'primary', 1)), label('nqt', 'kindergarten', 1)],
      label('nqt', null, null),
    ],
    [
      'a lone role keeps nothing',
      [...many(6, label('nqt', 'primary', 1)), label('mentor', 'primary', null)],
      label(null, null, null),
    ],
  ] as const)('%s', (_, invitees, expected) => {
    const own = invitees[invitees.length - 1] ?? label(null, null, null);
    expect(coarsenLabels(own, invitees, 5)).toEqual(expected);
  });

  it('always keeps a combination shared by at least the minimum group size, or none at all', () => {
    const labelArb = fc.record({
      role: fc.constantFrom(...SURVEY_ROLES),
      unitType: fc.option(fc.constantFrom(...UNIT_TYPES), { nil: null }),
      programmeYear: fc.option(fc.constantFrom(1, 2), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(labelArb, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 3, max: 10 }),
        (invitees, pick, k) => {
          const own = invitees[pick % invitees.length] as ResponseLabels;
          const kept = coarsenLabels(own, invitees, k);
          // Never invents a value; only drops.
          for (const key of ['role', 'unitType', 'programmeYear'] as const) {
            expect(kept[key] === null || kept[key] === own[key]).toBe(true);
          }
          const shared = invitees.filter(
            (i) =>
              (kept.role === null || i.role === kept.role) &&
              (kept.unitType === null || i.unitType === kept.unitType) &&
              (kept.programmeYear === null || i.programmeYear === kept.programmeYear),
          ).length;
          const allNull = kept.role === null && kept.unitType === null && kept.programmeYear === null;
          expect(allNull || shared >= k).toBe(true);
        },
      ),
    );
  });
});

describe('dueReminderRounds', () => {
  const at = (iso: string) => new Date(iso);
  const survey = {
    publishedAt: at('2026-03-01T08:00:00Z'),
    opensAt: at('2026-03-02T08:00:00Z'),
    closesAt: at('2026-03-16T15:00:00Z'),
    reminderDays: [7, 2],
  };
  it.each([
    ['before the first round', '2026-03-09T14:59:00Z', [], []],
    ['at the first round', '2026-03-09T15:00:00Z', [], [7]],
    ['after the first round was sent', '2026-03-10T10:00:00Z', [7], []],
    ['both due, none sent (job was down)', '2026-03-15T10:00:00Z', [], [7, 2]],
    ['the second round', '2026-03-14T15:00:00Z', [7], [2]],
    ['all sent', '2026-03-15T10:00:00Z', [7, 2], []],
    ['after closing', '2026-03-16T15:00:00Z', [], []],
    ['before opening', '2026-03-01T09:00:00Z', [], []],
  ])('%s', (_label, now, sent, due) => {
    expect(dueReminderRounds(survey, at(now), sent)).toEqual(due);
  });
  it('skips a round that falls before opening', () => {
    const short = { ...survey, opensAt: at('2026-03-12T08:00:00Z') };
    expect(dueReminderRounds(short, at('2026-03-14T16:00:00Z'), [])).toEqual([2]);
  });
  it('does nothing for a draft', () => {
    expect(dueReminderRounds({ ...survey, publishedAt: null }, at('2026-03-15T10:00:00Z'), [])).toEqual([]);
  });
});
