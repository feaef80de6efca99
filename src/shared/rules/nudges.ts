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
}): NudgeStep[] {
  const { behind, lapse, today, settings } = input;
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
