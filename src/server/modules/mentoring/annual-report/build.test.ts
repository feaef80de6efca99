import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MENTOR_EDUCATIONS, UNIT_TYPES } from '../../../../shared/enums.ts';
import { SUB_GOALS } from '../../../../shared/rules/sub-goals.ts';
import {
  type AnnualReportInput,
  buildAnnualReport,
  type ReportEnrolment,
  type ReportPair,
  type ReportSession,
  share,
} from './build.ts';

const ASOF = '2026-11-22';
const YEAR_END = '2027-06-18';
const plan = (...dates: [string, number][]) =>
  dates.map(([date, minutes]) => ({ date, minutes, programmeYear: 1 as const }));
const enrolment = (id: string, extra: Partial<ReportEnrolment> = {}): ReportEnrolment => ({
  id,
  unitType: 'primary',
  programmeYear: 1,
  hasLeft: false,
  plan: [],
  ...extra,
});
const heldSession = (
  enrolmentId: string,
  date: string,
  heldMinutes = 60,
  extra: Partial<ReportSession> = {},
): ReportSession => ({
  enrolmentId,
  status: 'held',
  date,
  heldMinutes,
  subGoals: [],
  ...extra,
});
const input = (extra: Partial<AnnualReportInput>): AnnualReportInput => ({
  asOf: ASOF,
  yearEnd: YEAR_END,
  enrolments: [],
  pairs: [],
  mentors: [],
  sessions: [],
  eligibleNotEnrolled: 0,
  ...extra,
});

describe('share', () => {
  it.each([
    [0, 0, null],
    [1, 0, null],
    [0, 4, 0],
    [1, 3, 0.333],
    [2, 3, 0.667],
    [3, 3, 1],
  ])('%i of %i is %s', (part, whole, expected) => {
    expect(share(part, whole)).toBe(expected);
  });
});

describe('who counts as mentored', () => {
  const pair = (enrolmentId: string, status: ReportPair['status']): ReportPair => ({ enrolmentId, status });
  it.each<[string, ReportPair[], ReportSession[], 'mentored' | 'matchedNoSession' | 'notMatched']>([
    ['no pair, no session', [], [], 'notMatched'],
    ['only a proposal', [pair('e', 'proposed')], [], 'notMatched'],
    ['an accepted pair, nothing held', [pair('e', 'accepted')], [], 'matchedNoSession'],
    [
      'an accepted pair, a cancelled session',
      [pair('e', 'accepted')],
      [heldSession('e', '2026-10-01', 0, { status: 'cancelled', heldMinutes: null })],
      'matchedNoSession',
    ],
    [
      'an accepted pair, a moved session',
      [pair('e', 'accepted')],
      [heldSession('e', '2026-10-01', 0, { status: 'moved', heldMinutes: null })],
      'matchedNoSession',
    ],
    ['an accepted pair, one held session', [pair('e', 'accepted')], [heldSession('e', '2026-10-01')], 'mentored'],
    ['held on the day looked at', [pair('e', 'accepted')], [heldSession('e', ASOF)], 'mentored'],
    [
      'held only after the day looked at',
      [pair('e', 'accepted')],
      [heldSession('e', '2026-11-23')],
      'matchedNoSession',
    ],
    ['a pair that ended before any session', [pair('e', 'ended')], [], 'notMatched'],
    [
      'an ended pair that held a session, no new mentor',
      [pair('e', 'ended')],
      [heldSession('e', '2026-09-01')],
      'mentored',
    ],
    ['an ended pair and a new accepted one', [pair('e', 'ended'), pair('e', 'accepted')], [], 'matchedNoSession'],
    [
      'another NQT’s session does not count',
      [pair('e', 'accepted')],
      [heldSession('other', '2026-10-01')],
      'matchedNoSession',
    ],
  ])('%s → %s', (_, pairs, sessions, expected) => {
    const report = buildAnnualReport(input({ enrolments: [enrolment('e')], pairs, sessions }));
    const { mentored, matchedNoSession, notMatched, enrolled } = report.mentoring.total;
    expect(enrolled).toBe(1);
    expect({ mentored, matchedNoSession, notMatched }).toEqual({
      mentored: expected === 'mentored' ? 1 : 0,
      matchedNoSession: expected === 'matchedNoSession' ? 1 : 0,
      notMatched: expected === 'notMatched' ? 1 : 0,
    });
    expect(report.mentoring.total.mentoredShare).toBe(expected === 'mentored' ? 1 : 0);
  });
});

describe('the annual report', () => {
  it('counts NQTs by unit type and programme year, the left included, every unit type shown', () => {
    const report = buildAnnualReport(
      input({
        enrolments: [
          enrolment('a', { unitType: 'kindergarten', programmeYear: 1 }),
          enrolment('b', { unitType: 'kindergarten', programmeYear: 2, hasLeft: true }),
          enrolment('c', { unitType: 'primary', programmeYear: 1 }),
          enrolment('d', { unitType: null, programmeYear: 2 }),
        ],
      }),
    );
    const byType = Object.fromEntries(report.nqtsByUnitType.rows.map(({ unitType, ...r }) => [unitType, r]));
    expect(report.nqtsByUnitType.rows.map((r) => r.unitType)).toEqual([...UNIT_TYPES, 'unknown']);
    expect(byType.kindergarten).toEqual({ year1: 1, year2: 1, total: 2, left: 1 });
    expect(byType.primary).toEqual({ year1: 1, year2: 0, total: 1, left: 0 });
    expect(byType.lower_secondary).toEqual({ year1: 0, year2: 0, total: 0, left: 0 });
    expect(byType.unknown).toEqual({ year1: 0, year2: 1, total: 1, left: 0 });
    expect(report.nqtsByUnitType.total).toEqual({ year1: 2, year2: 2, total: 4, left: 1 });
  });

  it('leaves out the unknown row when every NQT has a unit', () => {
    const report = buildAnnualReport(input({ enrolments: [enrolment('a')] }));
    expect(report.nqtsByUnitType.rows.map((r) => r.unitType)).toEqual([...UNIT_TYPES]);
  });

  it('splits mentored, matched and not matched per unit type with the share', () => {
    const report = buildAnnualReport(
      input({
        enrolments: [
          enrolment('a', { unitType: 'kindergarten' }),
          enrolment('b', { unitType: 'kindergarten' }),
          enrolment('c', { unitType: 'kindergarten' }),
          enrolment('d', { unitType: 'combined' }),
        ],
        pairs: [
          { enrolmentId: 'a', status: 'accepted' },
          { enrolmentId: 'b', status: 'accepted' },
          { enrolmentId: 'd', status: 'accepted' },
        ],
        sessions: [heldSession('a', '2026-09-01'), heldSession('a', '2026-09-08'), heldSession('d', '2026-09-02')],
      }),
    );
    const kindergarten = report.mentoring.rows.find((r) => r.unitType === 'kindergarten');
    expect(kindergarten).toEqual({
      unitType: 'kindergarten',
      enrolled: 3,
      mentored: 1,
      matchedNoSession: 1,
      notMatched: 1,
      mentoredShare: 0.333,
    });
    expect(report.mentoring.rows.find((r) => r.unitType === 'primary')?.mentoredShare).toBeNull();
    expect(report.mentoring.total).toEqual({
      enrolled: 4,
      mentored: 2,
      matchedNoSession: 1,
      notMatched: 1,
      mentoredShare: 0.5,
    });
  });

  it('counts mentors by mentor education and experience', () => {
    const report = buildAnnualReport(
      input({
        mentors: [
          { mentorEducation: 'completed', experienced: true },
          { mentorEducation: 'completed', experienced: true },
          { mentorEducation: 'completed', experienced: false },
          { mentorEducation: 'ongoing', experienced: true },
          { mentorEducation: 'none', experienced: false },
        ],
      }),
    );
    expect(report.mentors.rows).toEqual([
      { mentorEducation: 'none', experienced: 0, notExperienced: 1, total: 1 },
      { mentorEducation: 'ongoing', experienced: 1, notExperienced: 0, total: 1 },
      { mentorEducation: 'completed', experienced: 2, notExperienced: 1, total: 3 },
    ]);
    expect(report.mentors.total).toEqual({ experienced: 3, notExperienced: 2, total: 5 });
  });

  it('sums planned minutes to date and for the year, and held minutes to date, with the compliance ratio', () => {
    const report = buildAnnualReport(
      input({
        enrolments: [
          enrolment('a', {
            unitType: 'primary',
            plan: plan(['2026-09-01', 60], ['2026-10-01', 60], ['2027-03-01', 60]),
          }),
          enrolment('b', { unitType: 'kindergarten', plan: plan(['2026-11-22', 45], ['2026-11-29', 45]) }),
        ],
        sessions: [
          heldSession('a', '2026-09-01', 60),
          heldSession('a', '2026-10-02', 30),
          heldSession('a', '2026-11-30', 60), // after the day looked at: not held yet
          heldSession('b', '2026-11-22', 45, { status: 'cancelled', heldMinutes: null }),
        ],
      }),
    );
    const primary = report.minutes.rows.find((r) => r.unitType === 'primary');
    const kindergarten = report.minutes.rows.find((r) => r.unitType === 'kindergarten');
    expect(primary).toEqual({
      unitType: 'primary',
      plannedMinutesToDate: 120,
      heldMinutesToDate: 90,
      ratio: 0.75,
      plannedMinutesYear: 180,
    });
    expect(kindergarten).toMatchObject({
      plannedMinutesToDate: 45,
      heldMinutesToDate: 0,
      ratio: 0,
      plannedMinutesYear: 90,
    });
    expect(report.minutes.rows.find((r) => r.unitType === 'combined')?.ratio).toBeNull();
    expect(report.minutes.total).toEqual({
      plannedMinutesToDate: 165,
      heldMinutesToDate: 90,
      ratio: 0.545,
      plannedMinutesYear: 270,
    });
  });

  it('counts a held session in full for every sub-goal it touched, to date only', () => {
    const report = buildAnnualReport(
      input({
        enrolments: [enrolment('a')],
        sessions: [
          heldSession('a', '2026-09-01', 60, { subGoals: ['workplace', 'role'] }),
          heldSession('a', '2026-09-08', 30, { subGoals: ['role'] }),
          heldSession('a', '2026-12-01', 90, { subGoals: ['investigate'] }),
          heldSession('a', '2026-09-15', 0, { status: 'cancelled', heldMinutes: null, subGoals: ['belonging'] }),
        ],
      }),
    );
    expect(report.subGoalMinutes).toEqual([
      { subGoal: 'workplace', minutes: 60 },
      { subGoal: 'belonging', minutes: 0 },
      { subGoal: 'role', minutes: 90 },
      { subGoal: 'investigate', minutes: 0 },
    ]);
  });

  it('passes the eligible-but-not-enrolled count and the days through', () => {
    const report = buildAnnualReport(input({ eligibleNotEnrolled: 7 }));
    expect(report).toMatchObject({ eligibleNotEnrolled: 7, asOf: ASOF, yearEnd: YEAR_END });
    expect(report.mentoring.total.mentoredShare).toBeNull();
  });
});

describe('the annual report’s invariants (property)', () => {
  const day = fc
    .integer({ min: 0, max: 300 })
    .map((d) => new Date(Date.UTC(2026, 7, 17 + d)).toISOString().slice(0, 10));
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const arbitraryInput = fc.record({
    enrolments: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...ids),
        unitType: fc.constantFrom(...UNIT_TYPES, null),
        programmeYear: fc.constantFrom(1 as const, 2 as const),
        hasLeft: fc.boolean(),
        plan: fc.array(
          fc.record({ date: day, minutes: fc.integer({ min: 15, max: 90 }), programmeYear: fc.constant(1 as const) }),
          {
            maxLength: 6,
          },
        ),
      }),
      { selector: (e) => e.id, maxLength: ids.length },
    ),
    pairs: fc.array(
      fc.record({
        enrolmentId: fc.constantFrom(...ids),
        status: fc.constantFrom('proposed' as const, 'accepted' as const, 'ended' as const),
      }),
      {
        maxLength: 8,
      },
    ),
    sessions: fc.array(
      fc.record({
        enrolmentId: fc.constantFrom(...ids),
        status: fc.constantFrom('held' as const, 'cancelled' as const, 'moved' as const),
        date: day,
        heldMinutes: fc.option(fc.integer({ min: 15, max: 120 }), { nil: null }),
        subGoals: fc.subarray([...SUB_GOALS]),
      }),
      { maxLength: 12 },
    ),
    mentors: fc.array(
      fc.record({ mentorEducation: fc.constantFrom(...MENTOR_EDUCATIONS), experienced: fc.boolean() }),
      { maxLength: 6 },
    ),
  });

  it('the three groups add up to the enrolled; the rows add up to the totals', () => {
    fc.assert(
      fc.property(arbitraryInput, (generated) => {
        const report = buildAnnualReport(input(generated));
        const sum = <T>(rows: readonly T[], pick: (r: T) => number) => rows.reduce((s, r) => s + pick(r), 0);
        const m = report.mentoring;
        expect(m.total.mentored + m.total.matchedNoSession + m.total.notMatched).toBe(generated.enrolments.length);
        for (const r of m.rows) expect(r.mentored + r.matchedNoSession + r.notMatched).toBe(r.enrolled);
        expect(sum(m.rows, (r) => r.mentored)).toBe(m.total.mentored);
        expect(sum(report.nqtsByUnitType.rows, (r) => r.total)).toBe(report.nqtsByUnitType.total.total);
        expect(report.nqtsByUnitType.total.year1 + report.nqtsByUnitType.total.year2).toBe(generated.enrolments.length);
        expect(sum(report.minutes.rows, (r) => r.heldMinutesToDate)).toBe(report.minutes.total.heldMinutesToDate);
        expect(sum(report.minutes.rows, (r) => r.plannedMinutesToDate)).toBe(report.minutes.total.plannedMinutesToDate);
        expect(report.minutes.total.plannedMinutesYear).toBeGreaterThanOrEqual(
          report.minutes.total.plannedMinutesToDate,
        );
        expect(sum(report.mentors.rows, (r) => r.total)).toBe(generated.mentors.length);
        // Every held minute to date of an enrolled NQT touches at most all four sub-goals.
        for (const g of report.subGoalMinutes)
          expect(g.minutes).toBeLessThanOrEqual(
            sum(
              generated.sessions.filter((s) => s.status === 'held' && s.date <= ASOF && s.subGoals.includes(g.subGoal)),
              (s) => s.heldMinutes ?? 0,
            ),
          );
      }),
    );
  });
});
