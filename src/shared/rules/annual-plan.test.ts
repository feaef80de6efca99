import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../schemas/annual-plan.ts';
import { PlanEventInputSchema } from '../schemas/annual-plan.ts';
import { comparePlanItems, monthSector, overlaps, planMonths, planSpan, wheelAngle } from './annual-plan.ts';

describe('the school year on the wheel', () => {
  it('spans 1 August to 31 July in twelve months, August first', () => {
    expect(planSpan('2026-27')).toEqual({ from: '2026-08-01', to: '2027-07-31' });
    expect(planMonths('2026-27')).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
    ]);
  });

  it.each([
    ['2026-08-01', 0, 0.48],
    ['2026-08-31', 0, 29.52],
    ['2026-09-15', 1, 44.5],
    ['2026-12-31', 4, 149.52],
    ['2027-01-01', 5, 150.48],
    // February has 28 days in 2027 and 29 in 2028: the day sits in its share of its own month.
    ['2027-02-28', 6, 209.46],
    ['2028-02-29', 6, 209.48],
    ['2027-06-20', 10, 319.5],
    ['2027-07-31', 11, 359.52],
  ])('%s is in sector %i at %f°', (date, sector, angle) => {
    expect(monthSector(date)).toBe(sector);
    expect(wheelAngle(date)).toBeCloseTo(angle, 1);
  });

  it('keeps days in order around the circle', () => {
    const days = ['2026-08-01', '2026-10-31', '2026-11-01', '2027-02-28', '2027-03-01', '2027-07-31'];
    const angles = days.map(wheelAngle);
    expect([...angles].sort((a, b) => a - b)).toEqual(angles);
    for (const a of angles) expect(a).toBeGreaterThanOrEqual(0);
    for (const a of angles) expect(a).toBeLessThan(360);
  });
});

const item = (over: Partial<PlanItem>): PlanItem => ({
  id: 'x',
  source: 'event',
  kind: 'gathering',
  title: 'A',
  date: '2026-09-10',
  audiences: ['nqt'],
  ...over,
});

describe('order and span', () => {
  it('sorts by day, all-day before timed, then time, title and id', () => {
    const items = [
      item({ id: '1', date: '2026-09-11' }),
      item({ id: '2', startsAt: '2026-09-10T13:00:00+02:00' }),
      item({ id: '3', startsAt: '2026-09-10T09:00:00+02:00' }),
      item({ id: '4', title: 'Å' }),
      item({ id: '5', title: 'B' }),
      item({ id: '6', title: 'B' }),
    ];
    expect([...items].sort(comparePlanItems).map((i) => i.id)).toEqual(['5', '6', '4', '3', '2', '1']);
  });

  it.each([
    [{ date: '2026-09-10' }, '2026-09-10', '2026-09-10', true],
    [{ date: '2026-09-09' }, '2026-09-10', '2026-09-30', false],
    [{ date: '2026-09-08', endDate: '2026-09-10' }, '2026-09-10', '2026-09-30', true],
    [{ date: '2026-10-01' }, '2026-09-10', '2026-09-30', false],
  ])('%o touches %s–%s: %s', (when, from, to, expected) => {
    expect(overlaps(when, from, to)).toBe(expected);
  });
});

describe('an own event’s times', () => {
  const base = { kind: 'gathering', title: 'Samling', date: '2026-09-10', audiences: ['nqt'] } as const;
  it.each([
    [{}, null],
    [{ startTime: '09:00', endTime: '15:00' }, null],
    [{ startTime: '09:00', endTime: '09:00' }, 'endTime'],
    [{ startTime: '15:00', endTime: '09:00', endDate: '2026-09-11' }, null],
    [{ endDate: '2026-09-09' }, 'endDate'],
    [{ endTime: '15:00' }, 'startTime'],
    [{ startTime: '24:00' }, 'startTime'],
    [{ audiences: [] }, 'audiences'],
  ])('%o → error at %s', (over, path) => {
    const result = PlanEventInputSchema.safeParse({ ...base, ...over });
    if (path === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('keeps audiences once each, in the fixed order', () => {
    const parsed = PlanEventInputSchema.parse({ ...base, audiences: ['mentor', 'nqt', 'mentor'] });
    expect(parsed.audiences).toEqual(['nqt', 'mentor']);
  });
});
