import { and, eq, isNull } from 'drizzle-orm';
import { hasTeacherEducation } from '../../../../shared/rules/eligibility.ts';
import type { MentorProfileInput } from '../../../../shared/schemas/mentoring.ts';
import type { Db } from '../../../db/client.ts';
import { enrolments, mentorProfiles } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { getPersonRow } from '../../organisation/queries.ts';
import { getProgrammeRow } from '../queries.ts';

/**
 * Makes a person a mentor in the programme, or changes their capacity and time. Only active people
 * with approved teacher education qualify, and not an NQT enrolled in the same programme. Mentor
 * education and experience stay on the person (the organisation data), so one edit serves every year.
 */
export async function saveMentorProfile({
  db,
  actor,
  ownerId,
  programmeId,
  personId,
  input,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  programmeId: string;
  personId: string;
  input: MentorProfileInput;
}) {
  return db.transaction(async (tx) => {
    if (!(await getProgrammeRow(tx, ownerId, programmeId))) throw new AppError('NOT_FOUND');
    const person = await getPersonRow(tx, ownerId, personId);
    if (!person) throw new AppError('NOT_FOUND');
    if (!person.active || !hasTeacherEducation(person.teacherEducation)) throw new AppError('MENTOR_NOT_QUALIFIED');
    const [asNqt] = await tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(
        and(
          eq(enrolments.ownerId, ownerId),
          eq(enrolments.programmeId, programmeId),
          eq(enrolments.personId, personId),
          isNull(enrolments.leftOn),
        ),
      );
    if (asNqt) throw new AppError('MENTOR_NOT_QUALIFIED');
    const [row] = await tx
      .insert(mentorProfiles)
      .values({ ownerId, programmeId, personId, ...input })
      .onConflictDoUpdate({
        target: [mentorProfiles.programmeId, mentorProfiles.personId],
        set: { ...input, updatedAt: new Date() },
      })
      .returning();
    if (!row) throw new Error('mentor profile upsert returned nothing');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'mentor_profile.save',
      entity: 'mentor_profile',
      entityId: row.id,
      details: { programmeId, personId, ...input },
    });
    return row;
  });
}
