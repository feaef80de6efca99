import { MENTOR_EDUCATIONS, type MentorEducation, UNIT_TYPES, type UnitType } from '../../../../shared/enums.ts';
import { complianceRatio } from '../../../../shared/rules/compliance.ts';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import { type PlannedSession, plannedMinutesTo } from '../../../../shared/rules/session-plan.ts';
import { SUB_GOALS, type SubGoal } from '../../../../shared/rules/sub-goals.ts';
import type { AnnualReport, ReportUnitType } from '../../../../shared/schemas/annual-report.ts';
import type { PairStatus, SessionStatus } from '../../../../shared/schemas/mentoring.ts';
import { heldMinutesTo } from '../sessions.ts';

/*
 * The annual report's figures, as a pure function of what the programme holds on the day looked at
 * (`asOf`, today held inside the school year). Decisions, also printed in the report's notes:
 *
 * - NQTs: every enrolment of the programme, including those who have left (they were served this
 *   year; `left` says how many). The programme year is the one set at enrolment (the anniversary rule
 *   or a reason given by hand), so an NQT whose second year begins in the spring still counts once,
 *   in the year they were enrolled in. An enrolment without a unit counts under `unknown`.
 * - Mentored: an NQT with at least one session logged as held on or before `asOf`. A held session is
 *   always logged under a pair, so a mentored NQT has (or had) a mentor. The other NQTs are
 *   "matched, no session held" when they have an accepted pair now, and "not matched" otherwise (no
 *   pair, only a proposal, or a pair that ended before any session was held). The three add up to
 *   the enrolled.
 * - Mentors: the programme's mentor profiles (its mentor corps, paired or not), by mentor education
 *   and by experience (three years of teaching or more, `EXPERIENCED_YEARS`).
 * - Minutes: the compliance rules, not a copy of them: planned minutes from each NQT's plan
 *   (`plannedMinutesTo`), held minutes of held sessions (`heldMinutesTo`), the ratio
 *   (`complianceRatio`). "For the year" is the plan to the school year's last day; held minutes can
 *   only be to date. So the totals equal the compliance view's programme figures.
 * - Sub-goal minutes: as in compliance, a held session's minutes count in full for every sub-goal it
 *   touched, so they may add up to more than the held minutes.
 *
 * No names and no note text come in: the inputs are ids, codes, dates and minutes.
 */

export interface ReportEnrolment {
  id: string;
  unitType: UnitType | null;
  programmeYear: 1 | 2;
  hasLeft: boolean;
  /** The NQT's planned sessions for the school year (`planForEnrolment`). */
  plan: readonly PlannedSession[];
}

export interface ReportPair {
  enrolmentId: string;
  status: PairStatus;
}

export interface ReportMentor {
  mentorEducation: MentorEducation;
  experienced: boolean;
}

export interface ReportSession {
  enrolmentId: string;
  status: Exclude<SessionStatus, 'planned'>;
  date: IsoDate;
  heldMinutes: number | null;
  subGoals: readonly SubGoal[];
}

export interface AnnualReportInput {
  asOf: IsoDate;
  yearEnd: IsoDate;
  enrolments: readonly ReportEnrolment[];
  pairs: readonly ReportPair[];
  mentors: readonly ReportMentor[];
  sessions: readonly ReportSession[];
  eligibleNotEnrolled: number;
}

export type AnnualReportFigures = Omit<AnnualReport, 'ownerName' | 'programme' | 'generatedAt'>;

/** A share with three decimals; null when there is nothing to share (no division by zero). */
export function share(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 1000;
}

/** Every unit type in the catalog's order (zeros shown, so year-on-year reports line up), `unknown` only when used. */
function unitTypeRows(used: ReadonlySet<ReportUnitType>): ReportUnitType[] {
  return [...UNIT_TYPES, ...(used.has('unknown') ? (['unknown'] as const) : [])];
}

export function buildAnnualReport(input: AnnualReportInput): AnnualReportFigures {
  const { asOf, yearEnd } = input;
  const typeOf = (e: ReportEnrolment): ReportUnitType => e.unitType ?? 'unknown';
  const types = unitTypeRows(new Set(input.enrolments.map(typeOf)));

  const sessionsOf = new Map<string, ReportSession[]>();
  for (const s of input.sessions) {
    const list = sessionsOf.get(s.enrolmentId) ?? [];
    list.push(s);
    sessionsOf.set(s.enrolmentId, list);
  }
  const withAcceptedPair = new Set(input.pairs.filter((p) => p.status === 'accepted').map((p) => p.enrolmentId));
  const hasHeldSession = (id: string) => (sessionsOf.get(id) ?? []).some((s) => s.status === 'held' && s.date <= asOf);

  const nqtRow = () => ({ year1: 0, year2: 0, total: 0, left: 0 });
  const mentoredRow = () => ({ enrolled: 0, mentored: 0, matchedNoSession: 0, notMatched: 0 });
  const minutesRow = () => ({ plannedMinutesToDate: 0, heldMinutesToDate: 0, plannedMinutesYear: 0 });
  const nqts = new Map(types.map((t) => [t, nqtRow()]));
  const mentoring = new Map(types.map((t) => [t, mentoredRow()]));
  const minutes = new Map(types.map((t) => [t, minutesRow()]));
  const nqtTotal = nqtRow();
  const mentoredTotal = mentoredRow();
  const minutesTotal = minutesRow();

  for (const e of input.enrolments) {
    const type = typeOf(e);
    for (const row of [nqts.get(type), nqtTotal]) {
      if (!row) continue;
      if (e.programmeYear === 1) row.year1 += 1;
      else row.year2 += 1;
      row.total += 1;
      if (e.hasLeft) row.left += 1;
    }
    const category = hasHeldSession(e.id) ? 'mentored' : withAcceptedPair.has(e.id) ? 'matchedNoSession' : 'notMatched';
    for (const row of [mentoring.get(type), mentoredTotal]) {
      if (!row) continue;
      row.enrolled += 1;
      row[category] += 1;
    }
    const planned = plannedMinutesTo(e.plan, asOf);
    const held = heldMinutesTo(sessionsOf.get(e.id) ?? [], asOf);
    const plannedYear = plannedMinutesTo(e.plan, yearEnd);
    for (const row of [minutes.get(type), minutesTotal]) {
      if (!row) continue;
      row.plannedMinutesToDate += planned;
      row.heldMinutesToDate += held;
      row.plannedMinutesYear += plannedYear;
    }
  }

  const mentorRow = () => ({ experienced: 0, notExperienced: 0, total: 0 });
  const mentors = new Map(MENTOR_EDUCATIONS.map((m) => [m, mentorRow()]));
  const mentorTotal = mentorRow();
  for (const m of input.mentors) {
    for (const row of [mentors.get(m.mentorEducation), mentorTotal]) {
      if (!row) continue;
      if (m.experienced) row.experienced += 1;
      else row.notExperienced += 1;
      row.total += 1;
    }
  }

  const subGoalMinutes = new Map<SubGoal, number>(SUB_GOALS.map((g) => [g, 0]));
  for (const s of input.sessions) {
    if (s.status !== 'held' || s.date > asOf) continue;
    for (const g of s.subGoals) subGoalMinutes.set(g, (subGoalMinutes.get(g) ?? 0) + (s.heldMinutes ?? 0));
  }

  const withShare = <T extends { enrolled: number; mentored: number }>(r: T) => ({
    ...r,
    mentoredShare: share(r.mentored, r.enrolled),
  });
  const withRatio = <T extends { plannedMinutesToDate: number; heldMinutesToDate: number }>(r: T) => ({
    ...r,
    ratio: complianceRatio(r.plannedMinutesToDate, r.heldMinutesToDate),
  });

  return {
    asOf,
    yearEnd,
    nqtsByUnitType: {
      rows: types.map((unitType) => ({ unitType, ...(nqts.get(unitType) ?? nqtRow()) })),
      total: nqtTotal,
    },
    mentoring: {
      rows: types.map((unitType) => ({ unitType, ...withShare(mentoring.get(unitType) ?? mentoredRow()) })),
      total: withShare(mentoredTotal),
    },
    eligibleNotEnrolled: input.eligibleNotEnrolled,
    mentors: {
      rows: MENTOR_EDUCATIONS.map((mentorEducation) => ({
        mentorEducation,
        ...(mentors.get(mentorEducation) ?? mentorRow()),
      })),
      total: mentorTotal,
    },
    minutes: {
      rows: types.map((unitType) => ({ unitType, ...withRatio(minutes.get(unitType) ?? minutesRow()) })),
      total: withRatio(minutesTotal),
    },
    subGoalMinutes: SUB_GOALS.map((subGoal) => ({ subGoal, minutes: subGoalMinutes.get(subGoal) ?? 0 })),
  };
}
