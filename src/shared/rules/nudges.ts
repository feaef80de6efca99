import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { NudgeSettings } from '../schemas/mentoring.ts';
import type { IsoDate } from './school-year.ts';

/*
 * "Make sure the mentoring actually happens" (issue 3, item 6): a daily check walks every matched NQT
 * and decides, from whether they are behind schedule today and the open lapse if any, what to do.
 *
 * - A lapse opens on the first check that finds the NQT behind and ends on the first that does not;
 *   a later fall behind is a new lapse, which may be nudged again.
 * - The mentor is told once per lapse, when it has lasted `mentorAfterDays` (0 = the same day).
 * - The unit leader is told once per lapse, when it has lasted `leaderAfterDays` and the mentor was
 *   told on an earlier day: the leader hears of a lapse that persisted after the mentor knew of it.
 * - With nudges off, lapses are still tracked (the coordinator sees them), nobody is mailed.
 * - A lapse that began before the NQT's current pair (re-paired with a reason) was the earlier mentor's:
 *   it ends, and if the NQT is still behind a new lapse opens, so the new mentor gets their own days
 *   before they are told and the leader never hears of it on the strength of a nudge to someone else.
 */

export interface OpenLapse {
  startedOn: IsoDate;
  mentorNudgedOn: IsoDate | null;
  leaderNudgedOn: IsoDate | null;
}

export type NudgeStep = 'open' | 'end' | 'nudge-mentor' | 'nudge-leader';

export function nudgeSteps(input: {
  behind: boolean;
  lapse: OpenLapse | null;
  today: IsoDate;
  settings: NudgeSettings;
  /** The first day of the NQT's current pair (null when unknown: then every lapse is taken as this pair's). */
  pairSince?: IsoDate | null;
}): NudgeStep[] {
  const { behind, lapse, today, settings, pairSince = null } = input;
  if (lapse && pairSince && lapse.startedOn < pairSince) {
    return behind ? ['end', ...nudgeSteps({ ...input, lapse: null })] : ['end'];
  }
  if (!behind) return lapse ? ['end'] : [];
  const steps: NudgeStep[] = lapse ? [] : ['open'];
  if (!settings.enabled) return steps;
  const days = differenceInCalendarDays(parseISO(today), parseISO(lapse?.startedOn ?? today));
  if (!lapse?.mentorNudgedOn) {
    if (days >= settings.mentorAfterDays) steps.push('nudge-mentor');
    return steps;
  }
  if (!lapse.leaderNudgedOn && lapse.mentorNudgedOn < today && days >= settings.leaderAfterDays) {
    steps.push('nudge-leader');
  }
  return steps;
}
