/*
 * "Make sure the mentoring actually happens": planned against held minutes to date.
 *
 * - Planned minutes come from the planned schedule (`session-plan.ts`) up to the day looked at; a
 *   cancelled or moved session still counts as planned on its planned day, so a cancellation shows
 *   as a lapse until the time is made up by other held sessions.
 * - Held minutes are the minutes logged for held sessions on or before that day.
 * - Behind schedule: held under the programme's threshold share of planned (default 80 %). Nothing
 *   planned yet is never behind. The ratio is null when nothing is planned (no division by zero).
 */

export interface Figures {
  plannedMinutesToDate: number;
  heldMinutesToDate: number;
  /** held / planned, rounded to three decimals; null when nothing is planned yet. */
  ratio: number | null;
}

export function complianceRatio(planned: number, held: number): number | null {
  if (planned <= 0) return null;
  return Math.round((held / planned) * 1000) / 1000;
}

/** Behind when held minutes are under `thresholdPercent` of the planned minutes to date. */
export function isBehindSchedule(planned: number, held: number, thresholdPercent: number): boolean {
  if (planned <= 0) return false;
  return held * 100 < planned * thresholdPercent;
}

export function figures(planned: number, held: number): Figures {
  return { plannedMinutesToDate: planned, heldMinutesToDate: held, ratio: complianceRatio(planned, held) };
}
