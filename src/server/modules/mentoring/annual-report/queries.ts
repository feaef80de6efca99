import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { AnnualReport } from '../../../../shared/schemas/annual-report.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { mentoringSessions, mentorPairs } from '../../../db/schema.ts';
import { getOwner } from '../../organisation/queries.ts';
import { planForEnrolment } from '../plan.ts';
import { getReach, listMentorProfiles, type ProgrammeRow } from '../queries.ts';
import { buildAnnualReport } from './build.ts';

/*
 * Loads what the annual report needs, every read filtered by the owner: reach (the enrolments with
 * their unit types, and the eligible not enrolled, in one pass over the owner's staff), pair statuses,
 * mentor profiles, and the sessions' dates, minutes and sub-goals. The session read names its columns,
 * so no private note can come in (notes live in their own table, read only by `notes.ts`).
 */
export async function getAnnualReport(
  db: DbOrTx,
  ownerId: string,
  programme: ProgrammeRow,
  today: IsoDate,
  now: Date = new Date(),
): Promise<AnnualReport> {
  const [owner, reach, pairRows, mentorRows, sessionRows] = await Promise.all([
    getOwner(db, ownerId),
    getReach(db, ownerId, programme, today),
    db
      .select({ enrolmentId: mentorPairs.enrolmentId, status: mentorPairs.status })
      .from(mentorPairs)
      .where(and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.programmeId, programme.id))),
    listMentorProfiles(db, ownerId, programme.id),
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
  ]);
  const figures = buildAnnualReport({
    asOf: reach.asOf,
    yearEnd: programme.settings.calendar.lastDay,
    enrolments: [...reach.enrolled, ...reach.left].map((e) => ({
      id: e.id,
      unitType: e.unitType,
      programmeYear: e.programmeYear,
      hasLeft: e.hasLeft,
      plan: planForEnrolment(programme.settings, e, e.unitType),
    })),
    pairs: pairRows,
    mentors: mentorRows.map((m) => ({ mentorEducation: m.mentorEducation, experienced: m.experienced })),
    sessions: sessionRows,
    eligibleNotEnrolled: reach.notReached.length,
  });
  return {
    ownerName: owner?.name ?? '',
    programme: { id: programme.id, name: programme.name, schoolYear: programme.schoolYear },
    generatedAt: now.toISOString(),
    ...figures,
  };
}
