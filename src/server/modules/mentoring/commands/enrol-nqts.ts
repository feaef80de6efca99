import { and, eq, inArray } from 'drizzle-orm';
import { assessNqt } from '../../../../shared/rules/eligibility.ts';
import { type IsoDate, latest } from '../../../../shared/rules/school-year.ts';
import type { EnrolInput } from '../../../../shared/schemas/mentoring.ts';
import type { Db } from '../../../db/client.ts';
import { enrolments } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError, violatedConstraint } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { eligibilityPerson, getProgrammeRow, loadOwnerStaff, programmeAsOf } from '../queries.ts';

/**
 * Enrols one or many NQTs, all or nothing: a person of another owner is 404; one already in the
 * programme is 409 ALREADY_ENROLLED; one who is not an NQT on the programme's day is 422
 * NOT_ELIGIBLE (with each person's reason in `details`). The programme year is computed from the
 * start in the profession (anniversary rule). Mentoring starts on `startsOn` if given, else on the
 * later of the start in the profession and the programme's day.
 */
export async function enrolNqts({
  db,
  actor,
  ownerId,
  programmeId,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  programmeId: string;
  input: EnrolInput;
  today: IsoDate;
}): Promise<string[]> {
  try {
    return await db.transaction(async (tx) => {
      const programme = await getProgrammeRow(tx, ownerId, programmeId);
      if (!programme) throw new AppError('NOT_FOUND');
      const asOf = programmeAsOf(programme.settings, today);
      const staff = await loadOwnerStaff(tx, ownerId);
      if (input.personIds.some((id) => !staff.people.has(id))) throw new AppError('NOT_FOUND');

      const existing = await tx
        .select({ personId: enrolments.personId })
        .from(enrolments)
        .where(
          and(
            eq(enrolments.ownerId, ownerId),
            eq(enrolments.programmeId, programmeId),
            inArray(enrolments.personId, input.personIds),
          ),
        );
      if (existing.length) {
        throw new AppError('ALREADY_ENROLLED', { details: { personIds: existing.map((e) => e.personId) } });
      }

      const values: (typeof enrolments.$inferInsert)[] = [];
      const ineligible: { personId: string; reason: string }[] = [];
      for (const personId of input.personIds) {
        const member = staff.people.get(personId);
        if (!member) continue;
        const result = assessNqt(eligibilityPerson(member.person), member.employments, asOf);
        if (!result.eligible) {
          ineligible.push({ personId, reason: result.reason });
          continue;
        }
        const startsOn = input.startsOn ?? latest(result.professionStart, asOf);
        values.push({
          ownerId,
          programmeId,
          personId,
          unitId: result.unitId,
          professionStart: result.professionStart,
          startsOn,
          programmeYear: result.programmeYear,
          positionPercent: Math.round(result.positionPercent),
        });
      }
      if (ineligible.length) throw new AppError('NOT_ELIGIBLE', { details: { people: ineligible } });

      const rows = await tx.insert(enrolments).values(values).returning({ id: enrolments.id });
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action: 'enrolment.create',
        entity: 'programme',
        entityId: programmeId,
        details: { personIds: input.personIds },
      });
      return rows.map((r) => r.id);
    });
  } catch (err) {
    // Two coordinators enrolling the same person at once: the unique index decides, with the same answer.
    if (violatedConstraint(err) === 'enrolments_programme_person')
      throw new AppError('ALREADY_ENROLLED', { cause: err });
    throw err;
  }
}
