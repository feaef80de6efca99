import type { ProgrammeSettings } from '../schemas/mentoring.ts';
import type { RegionalSettings } from '../schemas/regional-programmes.ts';

/**
 * Rules of a region-run programme.
 *
 * Decisions:
 * - A region runs a programme as one owner programme per member owner, linked by `region_id` and the school
 *   year, not as one programme holding several owners' NQTs. Every mentoring row keeps a single owner, so
 *   tenancy, the "same owner" matching rule, agreements and private notes work as for any owner; the region's
 *   coordinators reach each member through their region grant.
 * - The region decides the shared settings (cadence, group size, thresholds, nudges, matching weights); the
 *   calendar and session weekday stay the owner's, because member municipalities keep their own holidays.
 * - An owner that already has a programme for the year joins with it (it keeps its enrolments, pairs and
 *   calendar; the shared settings replace its own). A programme already in another region's programme is not
 *   taken over: it is reported. An owner that left the region leaves the regional programme; its programme
 *   goes on as the owner's own.
 */

export const REGIONAL_SETTING_KEYS = [
  'cadences',
  'scaleByPosition',
  'networkGroupSize',
  'behindScheduleThresholdPercent',
  'nudges',
  'matchingWeights',
] as const satisfies readonly (keyof RegionalSettings)[];

/** The region's part of a programme's settings. */
export function regionalPart(settings: ProgrammeSettings): RegionalSettings {
  const { cadences, scaleByPosition, networkGroupSize, behindScheduleThresholdPercent, nudges, matchingWeights } =
    settings;
  return {
    cadences,
    scaleByPosition,
    networkGroupSize,
    behindScheduleThresholdPercent,
    nudges,
    ...(matchingWeights ? { matchingWeights } : {}),
  };
}

/** An owner programme's settings with the region's part laid over; calendar and weekday stay the owner's. */
export function withRegionalSettings(local: ProgrammeSettings, shared: Partial<RegionalSettings>): ProgrammeSettings {
  const merged: ProgrammeSettings = { ...local };
  for (const key of REGIONAL_SETTING_KEYS) {
    if (key in shared) Object.assign(merged, { [key]: shared[key] });
  }
  // Matching weights absent in the region's settings means the solver's defaults for every member.
  if ('matchingWeights' in shared && shared.matchingWeights === undefined) delete merged.matchingWeights;
  return merged;
}

export interface ExistingProgramme {
  programmeId: string;
  ownerId: string;
  regionId: string | null;
}

export interface MembershipPlan {
  /** Member owners without a programme for the year: one is created in the region. */
  create: string[];
  /** Member owners' own programmes for the year: they join. */
  link: string[];
  /** Already in this regional programme. */
  keep: string[];
  /** In this regional programme, but the owner has left the region: the programme goes on as the owner's own. */
  unlink: string[];
  /** Member owners whose programme for the year belongs to another region's programme. */
  inOtherRegion: { ownerId: string; programmeId: string }[];
}

/**
 * Who joins, stays, leaves: `programmes` are the school year's programmes of the region's member owners and
 * the programmes already linked to this region for the year.
 */
export function planMembership(
  regionId: string,
  memberOwnerIds: readonly string[],
  programmes: readonly ExistingProgramme[],
): MembershipPlan {
  const members = new Set(memberOwnerIds);
  const byOwner = new Map(programmes.map((p) => [p.ownerId, p]));
  const plan: MembershipPlan = { create: [], link: [], keep: [], unlink: [], inOtherRegion: [] };
  for (const ownerId of members) {
    const p = byOwner.get(ownerId);
    if (!p) plan.create.push(ownerId);
    else if (p.regionId === regionId) plan.keep.push(p.programmeId);
    else if (p.regionId === null) plan.link.push(p.programmeId);
    else plan.inOtherRegion.push({ ownerId, programmeId: p.programmeId });
  }
  for (const p of programmes) {
    if (p.regionId === regionId && !members.has(p.ownerId)) plan.unlink.push(p.programmeId);
  }
  return plan;
}
