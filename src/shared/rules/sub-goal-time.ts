import { SUB_GOALS, type SubGoal } from './sub-goals.ts';

/*
 * Which sub-goals get time (issue 3, item 8): minutes of HELD sessions per sub-goal, per programme
 * year and in all, and the minutes of held sessions tagged with none.
 *
 * - Only held sessions count; cancelled and moved ones were not mentoring time.
 * - A session tagged with several sub-goals counts in full for each (the question is "how much
 *   mentoring time touched this sub-goal"), so the sub-goal minutes may add up to more than the
 *   held minutes; the page says so. A sub-goal named twice in one session counts once.
 * - Held minutes = tagged + untagged minutes, per year and in all.
 * - The programme year is the NQT's (from the enrolment), so a session counts for the year its NQT is in.
 */

export interface SubGoalSession {
  status: 'held' | 'cancelled' | 'moved';
  heldMinutes: number | null;
  subGoals: readonly SubGoal[];
  programmeYear: 1 | 2;
}

export interface SubGoalTimeFigures {
  heldMinutes: number;
  heldSessions: number;
  untaggedMinutes: number;
  untaggedSessions: number;
  subGoals: { subGoal: SubGoal; minutes: number; sessions: number }[];
}

function emptyFigures(): SubGoalTimeFigures {
  return {
    heldMinutes: 0,
    heldSessions: 0,
    untaggedMinutes: 0,
    untaggedSessions: 0,
    subGoals: SUB_GOALS.map((subGoal) => ({ subGoal, minutes: 0, sessions: 0 })),
  };
}

function add(figures: SubGoalTimeFigures, minutes: number, goals: ReadonlySet<SubGoal>) {
  figures.heldMinutes += minutes;
  figures.heldSessions += 1;
  if (goals.size === 0) {
    figures.untaggedMinutes += minutes;
    figures.untaggedSessions += 1;
  }
  for (const row of figures.subGoals) {
    if (!goals.has(row.subGoal)) continue;
    row.minutes += minutes;
    row.sessions += 1;
  }
}

/** Held minutes per sub-goal for programme years 1 and 2 (both always present) and for the programme. */
export function subGoalTime(sessions: Iterable<SubGoalSession>): {
  years: (SubGoalTimeFigures & { programmeYear: 1 | 2 })[];
  total: SubGoalTimeFigures;
} {
  const years = { 1: emptyFigures(), 2: emptyFigures() };
  const total = emptyFigures();
  for (const s of sessions) {
    if (s.status !== 'held') continue;
    const minutes = s.heldMinutes ?? 0;
    const goals = new Set(s.subGoals);
    add(years[s.programmeYear], minutes, goals);
    add(total, minutes, goals);
  }
  return {
    years: [
      { programmeYear: 1, ...years[1] },
      { programmeYear: 2, ...years[2] },
    ],
    total,
  };
}
