import { describe, expect, it } from 'vitest';
import type { ProgrammeSettings } from '../schemas/mentoring.ts';
import {
  type ExistingProgramme,
  type MembershipPlan,
  planMembership,
  withRegionalSettings,
} from './regional-programme.ts';

const R = 'region-r';
const p = (programmeId: string, ownerId: string, regionId: string | null): ExistingProgramme => ({
  programmeId,
  ownerId,
  regionId,
});
const empty: MembershipPlan = { create: [], link: [], keep: [], unlink: [], inOtherRegion: [] };

describe('planMembership', () => {
  it.each<[string, string[], ExistingProgramme[], Partial<MembershipPlan>]>([
    ['no programmes yet: one is created per member', ['a', 'b'], [], { create: ['a', 'b'] }],
    ['an owner programme of its own joins', ['a', 'b'], [p('pa', 'a', null)], { link: ['pa'], create: ['b'] }],
    ['already in this regional programme: kept', ['a'], [p('pa', 'a', R)], { keep: ['pa'] }],
    [
      'in another region’s programme: reported, not taken over',
      ['a'],
      [p('pa', 'a', 'region-s')],
      { inOtherRegion: [{ ownerId: 'a', programmeId: 'pa' }] },
    ],
    [
      'an owner that left the region leaves',
      ['a'],
      [p('pa', 'a', R), p('pb', 'b', R)],
      { keep: ['pa'], unlink: ['pb'] },
    ],
    ['a region with no members: nothing', [], [], {}],
    [
      'an owner not in the region with its own programme: untouched',
      ['a'],
      [p('pa', 'a', R), p('px', 'x', null)],
      { keep: ['pa'] },
    ],
  ])('%s', (_name, members, programmes, expected) => {
    expect(planMembership(R, members, programmes)).toEqual({ ...empty, ...expected });
  });
});

const local = {
  cadences: { kindergarten: { year1: { minutes: 60, every: 'month' } } },
  scaleByPosition: false,
  sessionWeekday: 3,
  calendar: { firstDay: '2026-08-17', lastDay: '2027-06-18', holidays: [] },
  networkGroupSize: { min: 10, max: 15 },
  behindScheduleThresholdPercent: 80,
  nudges: { enabled: true, mentorAfterDays: 7, leaderAfterDays: 21 },
  matchingWeights: { sameUnit: 5 },
} as unknown as ProgrammeSettings;

describe('withRegionalSettings', () => {
  it.each<[string, Record<string, unknown>, Partial<ProgrammeSettings>]>([
    [
      'the region’s threshold replaces the owner’s',
      { behindScheduleThresholdPercent: 60 },
      { behindScheduleThresholdPercent: 60 },
    ],
    ['group size replaced whole', { networkGroupSize: { min: 8, max: 12 } }, { networkGroupSize: { min: 8, max: 12 } }],
    ['nothing given: the owner’s settings unchanged', {}, {}],
  ])('%s', (_name, shared, changed) => {
    expect(withRegionalSettings(local, shared)).toEqual({ ...local, ...changed });
  });

  it('never touches the calendar or the session weekday, even if sent', () => {
    const merged = withRegionalSettings(local, {
      calendar: { firstDay: '2026-08-20', lastDay: '2027-06-20', holidays: [] },
      sessionWeekday: 1,
    } as never);
    expect(merged.calendar).toEqual(local.calendar);
    expect(merged.sessionWeekday).toBe(3);
  });

  it('matching weights given as absent mean the solver defaults for the member too', () => {
    const merged = withRegionalSettings(local, { matchingWeights: undefined });
    expect(merged).not.toHaveProperty('matchingWeights');
  });
});
