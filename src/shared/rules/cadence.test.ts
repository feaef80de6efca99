import { describe, expect, it } from 'vitest';
import type { UnitType } from '../enums.ts';
import { cadenceFor, DEFAULT_CADENCES, defaultCadences, sessionMinutes } from './cadence.ts';

describe('default cadences (seed 000)', () => {
  it.each<[UnitType, 1 | 2, string, number]>([
    ['primary', 1, 'weekly', 60],
    ['primary', 2, 'weekly', 30],
    ['lower_secondary', 1, 'weekly', 60],
    ['combined', 2, 'weekly', 30],
    ['upper_secondary', 1, 'weekly', 60],
    ['upper_secondary', 2, 'weekly', 30],
    ['kindergarten', 1, 'monthly', 60],
    ['kindergarten', 2, 'monthly', 60],
    ['after_school', 1, 'weekly', 60],
    ['after_school', 2, 'weekly', 30],
  ])('%s year %i: %s, %i minutes', (unitType, year, frequency, minutes) => {
    expect(cadenceFor(DEFAULT_CADENCES, unitType, year)).toEqual({ frequency, minutes });
  });

  it('hands out copies, so editing one programme’s settings leaves the defaults alone', () => {
    const mine = defaultCadences();
    mine.primary.year1.minutes = 45;
    expect(DEFAULT_CADENCES.primary.year1.minutes).toBe(60);
    expect(defaultCadences().primary.year1.minutes).toBe(60);
  });
});

describe('part-time', () => {
  const weekly60 = { frequency: 'weekly', minutes: 60 } as const;
  it.each([
    [100, false, 60],
    [50, false, 60], // time is per NQT, whatever the position size
    [20, false, 60],
    [100, true, 60],
    [80, true, 50],
    [50, true, 30],
    [33, true, 20],
    [10, true, 15], // never under 15
    [120, true, 60], // never over the full session
  ])('%i %% with scaling %s → %i minutes', (percent, scale, minutes) => {
    expect(sessionMinutes(weekly60, percent, scale)).toBe(minutes);
  });
});
