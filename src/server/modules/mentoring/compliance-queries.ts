import { and, eq, isNull } from 'drizzle-orm';
import { figures, isBehindSchedule } from '../../../shared/rules/compliance.ts';
import { type IsoDate, mondayOf, plusDays } from '../../../shared/rules/school-year.ts';
import { plannedMinutesTo } from '../../../shared/rules/session-plan.ts';
import { SUB_GOALS, type SubGoal } from '../../../shared/rules/sub-goals.ts';
import type { Compliance } from '../../../shared/schemas/mentoring.ts';
import type { DbOrTx } from '../../db/client.ts';
import { complianceLapses, enrolments, mentoringSessions, mentorPairs } from '../../db/schema.ts';
import { planForEnrolment } from './plan.ts';
import { loadOwnerStaff, type OwnerStaff, type ProgrammeRow, programmeAsOf } from './queries.ts';
import { heldMinutesTo } from './sessions.ts';

/*
 * Planned against held minutes to date for a programme: per NQT, per unit, for the whole programme,
 * by week (trend) and by sub-goal. Reads name their columns: no note text can come in (notes live in
 * their own table, which only `notes.ts` reads).
 *
 * - Every enrolment counts, its plan ending when the NQT left (`planForEnrolment`).
 * - The trend runs week by week (Mondays) from the school year's first week to the week of `asOf`.
 * - Sub-goal minutes: a held session's minutes count in full for every sub-goal it touched (the
 *   question is "how much mentoring time touched this sub-goal"), so they may add up to more than the
 *   held minutes.
 */
export async function getCompliance(
  db: DbOrTx,
  ownerId: string,
  programme: ProgrammeRow,
  today: IsoDate,
  /** The owner's staff when the caller has loaded it already. */
  loadedStaff?: Promise<OwnerStaff>,
): Promise<Compliance> {
  const { settings } = programme;
  const asOf = programmeAsOf(settings, today);
  const threshold = settings.behindScheduleThresholdPercent;
  const [staff, enrolmentRows, pairRows, sessionRows, lapseRows] = await Promise.all([
    loadedStaff ?? loadOwnerStaff(db, ownerId),
    db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.ownerId, ownerId), eq(enrolments.programmeId, programme.id))),
    db
      .select({ id: mentorPairs.id, enrolmentId: mentorPairs.enrolmentId, mentorPersonId: mentorPairs.mentorPersonId })
      .from(mentorPairs)
      .where(
        and(
          eq(mentorPairs.ownerId, ownerId),
          eq(mentorPairs.programmeId, programme.id),
          eq(mentorPairs.status, 'accepted'),
        ),
      ),
    db
      .select({
        enrolmentId: mentoringSessions.enrolmentId,
        status: mentoringSessions.status,
        date: mentoringSessions.date,
        heldMinutes: mentoringSessions.heldMinutes,
        subGoals: mentoringSessions.subGoals,
      })
      .from(mentoringSessions)
      .where(and(eq(mentoringSessions.ownerId, ownerId), eq(mentoringSessions.programmeId, programme.id))),
    db
      .select({
        enrolmentId: complianceLapses.enrolmentId,
        startedOn: complianceLapses.startedOn,
        mentorNudgedOn: complianceLapses.mentorNudgedOn,
        leaderNudgedOn: complianceLapses.leaderNudgedOn,
      })
      .from(complianceLapses)
      .where(
        and(
          eq(complianceLapses.ownerId, ownerId),
          eq(complianceLapses.programmeId, programme.id),
          isNull(complianceLapses.endedOn),
        ),
      ),
  ]);
  const lapseOf = new Map(lapseRows.map(({ enrolmentId, ...lapse }) => [enrolmentId, lapse]));

  const pairOf = new Map(pairRows.map((p) => [p.enrolmentId, p]));
  const nameOf = (personId: string | undefined) => {
    const p = personId ? staff.people.get(personId)?.person : undefined;
    return p ? `${p.givenName} ${p.familyName}` : null;
  };
  const sessionsOf = new Map<string, typeof sessionRows>();
  for (const s of sessionRows) {
    const list = sessionsOf.get(s.enrolmentId) ?? [];
    list.push(s);
    sessionsOf.set(s.enrolmentId, list);
  }

  const firstWeek = mondayOf(settings.calendar.firstDay);
  const lastWeek = mondayOf(asOf);
  const trend = new Map<IsoDate, { weekStart: IsoDate; plannedMinutes: number; heldMinutes: number }>();
  for (let w = firstWeek; w <= lastWeek; w = plusDays(w, 7)) {
    trend.set(w, { weekStart: w, plannedMinutes: 0, heldMinutes: 0 });
  }
  const unitTotals = new Map<string | null, { planned: number; held: number }>();
  let plannedAll = 0;
  let heldAll = 0;

  const nqts: Compliance['nqts'] = [];
  for (const e of enrolmentRows) {
    const unit = e.unitId ? staff.units.get(e.unitId) : undefined;
    const plan = planForEnrolment(settings, e, unit?.unitType);
    const rows = sessionsOf.get(e.id) ?? [];
    const planned = plannedMinutesTo(plan, asOf);
    const held = heldMinutesTo(rows, asOf);
    for (const p of plan) {
      const week = trend.get(mondayOf(p.date));
      if (week && p.date <= asOf) week.plannedMinutes += p.minutes;
    }
    for (const r of rows) {
      const week = trend.get(mondayOf(r.date));
      if (week && r.status === 'held' && r.date <= asOf) week.heldMinutes += r.heldMinutes ?? 0;
    }
    const totals = unitTotals.get(e.unitId) ?? { planned: 0, held: 0 };
    totals.planned += planned;
    totals.held += held;
    unitTotals.set(e.unitId, totals);
    plannedAll += planned;
    heldAll += held;
    const pair = pairOf.get(e.id);
    nqts.push({
      ...figures(planned, held),
      enrolmentId: e.id,
      personId: e.personId,
      name: nameOf(e.personId) ?? '',
      programmeYear: e.programmeYear,
      unitId: e.unitId,
      unitName: unit?.name ?? null,
      pairId: pair?.id ?? null,
      mentorPersonId: pair?.mentorPersonId ?? null,
      mentorName: nameOf(pair?.mentorPersonId),
      leftOn: e.leftOn,
      isBehind: isBehindSchedule(planned, held, threshold),
      lapse: lapseOf.get(e.id) ?? null,
    });
  }

  const subGoalMinutes = new Map<SubGoal, number>(SUB_GOALS.map((g) => [g, 0]));
  for (const s of sessionRows) {
    if (s.status !== 'held' || s.date > asOf) continue;
    for (const g of s.subGoals) subGoalMinutes.set(g, (subGoalMinutes.get(g) ?? 0) + (s.heldMinutes ?? 0));
  }

  return {
    asOf,
    behindScheduleThresholdPercent: threshold,
    programme: figures(plannedAll, heldAll),
    units: [...unitTotals]
      .map(([unitId, t]) => ({
        ...figures(t.planned, t.held),
        unitId,
        unitName: unitId ? (staff.units.get(unitId)?.name ?? null) : null,
      }))
      .sort((a, b) => (a.unitName ?? '').localeCompare(b.unitName ?? '', 'nb')),
    nqts: nqts.sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    trend: [...trend.values()],
    subGoalMinutes: SUB_GOALS.map((subGoal) => ({ subGoal, minutes: subGoalMinutes.get(subGoal) ?? 0 })),
  };
}
