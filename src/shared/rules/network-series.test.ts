import { describe, expect, it } from 'vitest';
import { seriesDays, THEME_SUB_GOALS } from './network-series.ts';

const holidays = [
  { from: '2026-09-28', to: '2026-10-02', name: 'Høstferie' },
  { from: '2026-12-21', to: '2027-01-01', name: 'Juleferie' },
];

describe('seriesDays', () => {
  it.each([
    {
      name: 'every six weeks, themes in turn from the seed',
      input: { firstDate: '2026-09-01', everyWeeks: 6, count: 5 },
      days: [
        ['2026-09-01', 'pedagogical_leadership'],
        ['2026-10-13', 'coping'],
        ['2026-11-24', 'challenges'],
        ['2027-01-05', 'own_practice'],
        ['2027-02-16', 'pedagogical_leadership'],
      ],
    },
    {
      name: 'a day in the autumn holiday moves on a week, and the rest follow from it',
      input: { firstDate: '2026-09-29', everyWeeks: 4, count: 2 },
      days: [
        ['2026-10-06', 'pedagogical_leadership'],
        ['2026-11-03', 'coping'],
      ],
    },
    {
      name: 'chosen themes',
      input: { firstDate: '2026-12-15', everyWeeks: 1, count: 2, themes: ['coping'] as const },
      days: [
        ['2026-12-15', 'coping'],
        ['2027-01-05', 'coping'],
      ],
    },
  ])('$name', ({ input, days }) => {
    const out = seriesDays({ ...input, holidays, lastDay: '2027-06-18' });
    expect(out).toEqual({ ok: true, days: days.map(([date, theme]) => ({ date, theme })) });
  });

  it('refuses a series that runs past the last day, naming the first such day', () => {
    expect(seriesDays({ firstDate: '2027-05-04', everyWeeks: 4, count: 3, holidays, lastDay: '2027-06-18' })).toEqual({
      ok: false,
      outside: '2027-06-29',
    });
  });

  it('tags every theme with at least one sub-goal', () => {
    for (const goals of Object.values(THEME_SUB_GOALS)) expect(goals.length).toBeGreaterThan(0);
  });
});
