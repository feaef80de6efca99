import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Locale } from '../../../../shared/enums.ts';
import { osloDate } from '../../../../shared/rules/school-year.ts';
import type { MeetupInputSchema, MeetupPatchSchema } from '../../../../shared/schemas/network-meetings.ts';
import type { Db } from '../../../db/client.ts';
import { socialMeetups } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ProgrammeRow } from '../../mentoring/queries.ts';
import { inviteToMeetup } from '../mail.ts';
import type { MeetupRow } from '../queries.ts';
import { osloInstant } from '../time.ts';
import { requireInYear, reschedule } from './refs.ts';

interface Deps {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  locale: Locale;
  publicUrl: string;
  now: Date;
}

/** Publishes a meetup: every NQT of the programme gets one invitation with the .ics, in one transaction. */
export async function publishMeetup(
  { db, actor, programme, locale, publicUrl, now }: Deps,
  input: z.output<typeof MeetupInputSchema>,
): Promise<{ meetup: MeetupRow; mails: number }> {
  requireInYear(programme, input.date, locale);
  return db.transaction(async (tx) => {
    const [meetup] = await tx
      .insert(socialMeetups)
      .values({
        ownerId: programme.ownerId,
        programmeId: programme.id,
        title: input.title,
        description: input.description,
        place: input.place,
        startsAt: osloInstant(input.date, input.startTime),
        endsAt: osloInstant(input.date, input.endTime),
        capacity: input.capacity,
        updatedBy: actor.userId,
      })
      .returning();
    if (!meetup) throw new Error('insert returned no row');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'meetups.publish',
      entity: 'social_meetup',
      entityId: meetup.id,
    });
    const mails = meetup.startsAt > now ? await inviteToMeetup(tx, meetup, publicUrl, osloDate(now)) : 0;
    return { meetup, mails };
  });
}

/** Changes a meetup; a new day, time or place raises the sequence and tells the NQTs again. */
export async function editMeetup(
  { db, actor, programme, locale, publicUrl, now }: Deps,
  meetup: MeetupRow,
  patch: z.output<typeof MeetupPatchSchema>,
): Promise<MeetupRow> {
  if (meetup.cancelledAt) throw new AppError('MEETING_CANCELLED');
  const { startsAt, endsAt, moved } = reschedule(programme, locale, meetup, patch);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(socialMeetups)
      .set({
        title: patch.title ?? meetup.title,
        description: patch.description ?? meetup.description,
        place: patch.place ?? meetup.place,
        startsAt,
        endsAt,
        capacity: patch.capacity === undefined ? meetup.capacity : patch.capacity,
        sequence: moved ? meetup.sequence + 1 : meetup.sequence,
        updatedBy: actor.userId,
        updatedAt: now,
      })
      .where(and(eq(socialMeetups.ownerId, programme.ownerId), eq(socialMeetups.id, meetup.id)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'meetups.edit',
      entity: 'social_meetup',
      entityId: meetup.id,
      details: { fields: Object.keys(patch), moved },
    });
    if (moved && row.startsAt > now) await inviteToMeetup(tx, row, publicUrl, osloDate(now));
    return row;
  });
}

/** Cancels a meetup; the NQTs are told (it was announced to all of them). */
export async function cancelMeetup({ db, actor, programme, publicUrl, now }: Deps, meetup: MeetupRow) {
  if (meetup.cancelledAt) return meetup;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(socialMeetups)
      .set({ cancelledAt: now, sequence: meetup.sequence + 1, updatedBy: actor.userId, updatedAt: now })
      .where(and(eq(socialMeetups.ownerId, programme.ownerId), eq(socialMeetups.id, meetup.id)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'meetups.cancel',
      entity: 'social_meetup',
      entityId: meetup.id,
    });
    if (row.startsAt > now) await inviteToMeetup(tx, row, publicUrl, osloDate(now));
    return row;
  });
}
