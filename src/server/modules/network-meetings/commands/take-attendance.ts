import { and, eq, inArray } from 'drizzle-orm';
import type { AttendanceInput } from '../../../../shared/schemas/network-meetings.ts';
import type { Db } from '../../../db/client.ts';
import { networkGroupMembers, networkMeetingAttendance } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { MeetingRow } from '../queries.ts';

/**
 * Records attendance during (or after) a meeting: each entry's person must be a member of the
 * meeting's group (else 422 and nothing is written); a second tap replaces the status. Not for a
 * cancelled meeting.
 */
export async function takeAttendance(db: Db, actor: Actor, meeting: MeetingRow, input: AttendanceInput) {
  if (meeting.cancelledAt) throw new AppError('MEETING_CANCELLED');
  const personIds = [...new Set(input.entries.map((e) => e.personId))];
  await db.transaction(async (tx) => {
    const members = await tx
      .select({ personId: networkGroupMembers.personId })
      .from(networkGroupMembers)
      .where(
        and(
          eq(networkGroupMembers.ownerId, meeting.ownerId),
          eq(networkGroupMembers.groupId, meeting.groupId),
          inArray(networkGroupMembers.personId, personIds),
        ),
      );
    if (members.length !== personIds.length) throw new AppError('NOT_A_GROUP_MEMBER');
    const now = new Date();
    for (const entry of input.entries) {
      await tx
        .insert(networkMeetingAttendance)
        .values({
          meetingId: meeting.id,
          ownerId: meeting.ownerId,
          personId: entry.personId,
          status: entry.status,
          recordedBy: actor.userId,
          recordedAt: now,
        })
        .onConflictDoUpdate({
          target: [networkMeetingAttendance.meetingId, networkMeetingAttendance.personId],
          set: { status: entry.status, recordedBy: actor.userId, recordedAt: now },
        });
    }
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: meeting.ownerId,
      action: 'network_meetings.attendance',
      entity: 'network_meeting',
      entityId: meeting.id,
      details: { entries: input.entries.length },
    });
  });
}
