import type { MeetingTheme } from '../schemas/network-meetings.ts';
import { type CalendarPeriod, holidayOn, type IsoDate, plusDays } from './school-year.ts';
import type { SubGoal } from './sub-goals.ts';

/*
 * A series of network meetings (issue 4, item 2). Decisions:
 * - The seed's four themes (Lillestrøm: pedagogical leadership, coping and mastery, challenges,
 *   experiences from own practice) are taken in turn; over the two years an NQT meets each theme at
 *   least twice, in year one close to doing the job and in year two to investigating it.
 * - Each theme carries default sub-goals of the knowledge base (seed 001, figure 4), so the
 *   coordinator sees which sub-goals get network time; they can be changed per meeting:
 *   pedagogical leadership → own teacher role (3); coping → a good start and inclusion (2);
 *   challenges → the workplace's practice and organisation (1); own practice → investigate and
 *   develop practice (4). The other bank themes map the same way.
 * - A date in a holiday moves on a week (the same weekday) until it is not; a series may not run past
 *   the school year's last day (the caller answers 422 with the first such date).
 */
export const DEFAULT_NETWORK_THEMES: readonly MeetingTheme[] = [
  'pedagogical_leadership',
  'coping',
  'challenges',
  'own_practice',
];

export const THEME_SUB_GOALS: Record<MeetingTheme, SubGoal[]> = {
  pedagogical_leadership: ['role'],
  coping: ['belonging'],
  challenges: ['workplace'],
  own_practice: ['investigate'],
  mentoring_methods: ['role'],
  classroom_leadership: ['role'],
  parent_collaboration: ['belonging'],
};

export interface SeriesDay {
  date: IsoDate;
  theme: MeetingTheme;
}

/** The days and themes of a series, or the first day that falls after `lastDay`. */
export function seriesDays(opts: {
  firstDate: IsoDate;
  everyWeeks: number;
  count: number;
  themes?: readonly MeetingTheme[] | undefined;
  holidays: readonly CalendarPeriod[];
  lastDay: IsoDate;
}): { ok: true; days: SeriesDay[] } | { ok: false; outside: IsoDate } {
  const themes = opts.themes?.length ? opts.themes : DEFAULT_NETWORK_THEMES;
  const days: SeriesDay[] = [];
  let next = opts.firstDate;
  for (let i = 0; i < opts.count; i++) {
    let date = next;
    while (holidayOn(date, opts.holidays)) date = plusDays(date, 7);
    if (date > opts.lastDay) return { ok: false, outside: date };
    days.push({ date, theme: themes[i % themes.length] as MeetingTheme });
    next = plusDays(date, 7 * opts.everyWeeks);
  }
  return { ok: true, days };
}
