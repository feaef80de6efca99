import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complianceRatio, figures, isBehindSchedule } from './compliance.ts';

describe('isBehindSchedule', () => {
  it.each([
    // planned, held, threshold %, behind?
    [0, 0, 80, false],
    [0, 60, 80, false],
    [600, 600, 80, false],
    [600, 480, 80, false],
    [600, 479, 80, true],
    [600, 0, 80, true],
    [600, 900, 80, false],
    [60, 59, 100, true],
    [60, 60, 100, false],
    [100, 1, 1, false],
    [100, 0, 1, true],
    [780, 600, 80, true],
    [780, 624, 80, false],
  ])('planned %i, held %i, threshold %i%% → %s', (planned, held, threshold, behind) => {
    expect(isBehindSchedule(planned, held, threshold)).toBe(behind);
  });

  it('is never behind once held reaches planned, whatever the threshold', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), fc.integer({ min: 1, max: 100 }), (planned, extra, threshold) => {
        expect(isBehindSchedule(planned, planned + extra, threshold)).toBe(false);
      }),
    );
  });
});

describe('complianceRatio', () => {
  it.each([
    [0, 0, null],
    [0, 30, null],
    [600, 300, 0.5],
    [900, 600, 0.667],
    [60, 90, 1.5],
  ])('planned %i, held %i → %s', (planned, held, ratio) => {
    expect(complianceRatio(planned, held)).toBe(ratio);
  });

  it('figures carries the inputs and the ratio', () => {
    expect(figures(120, 60)).toEqual({ plannedMinutesToDate: 120, heldMinutesToDate: 60, ratio: 0.5 });
  });
});
