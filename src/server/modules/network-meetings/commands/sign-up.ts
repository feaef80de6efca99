import { and, eq, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { Db } from '../../../db/client.ts';
import { enrolments, socialMeetupSignups, socialMeetups } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { MeetupRow } from '../queries.ts';

/**
 * Whether the person is an NQT of the meetup's programme who has not left: only they sign up.
 * Mentors, leaders and coordinators get 403 MEETUP_FOR_NQTS.
 */
export async function isMeetupNqt(db: Db, meetup: MeetupRow, personId: string | null, today: IsoDate) {
  if (!personId) return false;
  const [row] = await db
    .select({ leftOn: enrolments.leftOn })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.ownerId, meetup.ownerId),
        eq(enrolments.programmeId, meetup.programmeId),
        eq(enrolments.personId, personId),
      ),
    );
  return row !== undefined && (row.leftOn === null || row.leftOn > today);
}

/**
 * Signs the NQT up. The meetup row is locked for the count, so two last sign-ups cannot both take the
 * last place (409 MEETUP_FULL). Signing up twice is no error. Not after it started, nor when cancelled.
 */
export async function signUp(db: Db, actor: Actor, meetup: MeetupRow, today: IsoDate, now: Date) {
  if (!(await isMeetupNqt(db, meetup, actor.personId, today))) throw new AppError('MEETUP_FOR_NQTS');
  if (meetup.cancelledAt || meetup.startsAt <= now) throw new AppError('MEETUP_CLOSED');
  const personId = actor.personId as string;
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ capacity: socialMeetups.capacity })
      .from(socialMeetups)
      .where(and(eq(socialMeetups.ownerId, meetup.ownerId), eq(socialMeetups.id, meetup.id)))
      .for('update');
    const [taken] = await tx
      .select({
        n: sql<number>`count(*)::int`,
        mine: sql<number>`count(*) filter (where ${socialMeetupSignups.personId} = ${personId})::int`,
      })
      .from(socialMeetupSignups)
      .where(and(eq(socialMeetupSignups.ownerId, meetup.ownerId), eq(socialMeetupSignups.meetupId, meetup.id)));
    if ((taken?.mine ?? 0) > 0) return;
    if (locked?.capacity != null && (taken?.n ?? 0) >= locked.capacity) throw new AppError('MEETUP_FULL');
    await tx.insert(socialMeetupSignups).values({ meetupId: meetup.id, ownerId: meetup.ownerId, personId });
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: meetup.ownerId,
      action: 'meetups.sign_up',
      entity: 'social_meetup',
      entityId: meetup.id,
    });
  });
}

/** Withdraws the NQT's sign-up (nothing to withdraw is no error). */
export async function withdraw(db: Db, actor: Actor, meetup: MeetupRow) {
  if (!actor.personId) throw new AppError('MEETUP_FOR_NQTS');
  const personId = actor.personId;
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(socialMeetupSignups)
      .where(
        and(
          eq(socialMeetupSignups.ownerId, meetup.ownerId),
          eq(socialMeetupSignups.meetupId, meetup.id),
          eq(socialMeetupSignups.personId, personId),
        ),
      )
      .returning({ personId: socialMeetupSignups.personId });
    if (gone.length) {
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId: meetup.ownerId,
        action: 'meetups.withdraw',
        entity: 'social_meetup',
        entityId: meetup.id,
      });
    }
  });
}
