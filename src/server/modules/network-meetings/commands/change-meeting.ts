import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Locale } from '../../../../shared/enums.ts';
import type { MeetingPatchSchema } from '../../../../shared/schemas/network-meetings.ts';
import type { Db } from '../../../db/client.ts';
import { networkMeetings } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ProgrammeRow } from '../../mentoring/queries.ts';
import { inInviteWindow, inviteToMeeting } from '../mail.ts';
import type { MeetingRow } from '../queries.ts';
import { requirePeople, reschedule, setMaterials } from './refs.ts';

interface Deps {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  locale: Locale;
  publicUrl: string;
  now: Date;
}

/**
 * Changes a meeting. A new day, time or place raises the sequence (calendars take the new version) and,
 * within the invitation window, mails the change; other edits (theme, materials …) just show.
 */
export async function editMeeting(
  { db, actor, programme, locale, publicUrl, now }: Deps,
  meeting: MeetingRow,
  patch: z.output<typeof MeetingPatchSchema>,
): Promise<MeetingRow> {
  if (meeting.cancelledAt) throw new AppError('MEETING_CANCELLED');
  const { startsAt, endsAt, moved } = reschedule(programme, locale, meeting, patch);
  return db.transaction(async (tx) => {
    const facilitatorPersonIds = patch.facilitatorPersonIds
      ? await requirePeople(tx, programme.ownerId, patch.facilitatorPersonIds)
      : meeting.facilitatorPersonIds;
    const [row] = await tx
      .update(networkMeetings)
      .set({
        theme: patch.theme ?? meeting.theme,
        title: patch.title ?? meeting.title,
        description: patch.description ?? meeting.description,
        subGoals: patch.subGoals ?? meeting.subGoals,
        place: patch.place ?? meeting.place,
        startsAt,
        endsAt,
        facilitatorPersonIds,
        externalFacilitators: patch.externalFacilitators ?? meeting.externalFacilitators,
        sequence: moved ? meeting.sequence + 1 : meeting.sequence,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(networkMeetings.ownerId, programme.ownerId), eq(networkMeetings.id, meeting.id)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    if (patch.resourceIds) await setMaterials(tx, programme.ownerId, meeting.id, patch.resourceIds);
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'network_meetings.edit',
      entity: 'network_meeting',
      entityId: meeting.id,
      details: { fields: Object.keys(patch), moved },
    });
    if (moved && inInviteWindow(row.startsAt, now)) await inviteToMeeting(tx, row, publicUrl);
    return row;
  });
}

/** Cancels a meeting (kept, shown as cancelled in lists and calendars); members in the window are told. */
export async function cancelMeeting(
  { db, actor, programme, publicUrl, now }: Deps,
  meeting: MeetingRow,
): Promise<MeetingRow> {
  if (meeting.cancelledAt) return meeting;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(networkMeetings)
      .set({ cancelledAt: now, sequence: meeting.sequence + 1, updatedBy: actor.userId, updatedAt: now })
      .where(and(eq(networkMeetings.ownerId, programme.ownerId), eq(networkMeetings.id, meeting.id)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'network_meetings.cancel',
      entity: 'network_meeting',
      entityId: meeting.id,
    });
    if (inInviteWindow(row.startsAt, now)) await inviteToMeeting(tx, row, publicUrl);
    return row;
  });
}
