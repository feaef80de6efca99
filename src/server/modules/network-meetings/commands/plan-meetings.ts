import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Locale } from '../../../../shared/enums.ts';
import { seriesDays, THEME_SUB_GOALS } from '../../../../shared/rules/network-series.ts';
import type { MeetingInputSchema, SeriesInputSchema } from '../../../../shared/schemas/network-meetings.ts';
import type { Db } from '../../../db/client.ts';
import { networkMeetings } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ProgrammeRow } from '../../mentoring/queries.ts';
import { inInviteWindow, inviteToMeeting } from '../mail.ts';
import type { MeetingRow } from '../queries.ts';
import { osloInstant } from '../time.ts';
import { requireGroups, requireInYear, requirePeople, setMaterials } from './refs.ts';

interface Deps {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  locale: Locale;
  publicUrl: string;
  now: Date;
}

/** Plans one meeting of one group; members get the invitation now if it is within the window. */
export async function planMeeting(
  { db, actor, programme, locale, publicUrl, now }: Deps,
  input: z.output<typeof MeetingInputSchema>,
): Promise<{ meeting: MeetingRow; mails: number }> {
  requireInYear(programme, input.date, locale);
  return db.transaction(async (tx) => {
    const [group] = await requireGroups(tx, programme, [input.groupId]);
    const facilitatorPersonIds = await requirePeople(tx, programme.ownerId, input.facilitatorPersonIds);
    const [meeting] = await tx
      .insert(networkMeetings)
      .values({
        ownerId: programme.ownerId,
        programmeId: programme.id,
        groupId: input.groupId,
        kind: group?.kind ?? 'nqt',
        theme: input.theme,
        title: input.title,
        description: input.description,
        subGoals: input.subGoals,
        place: input.place,
        startsAt: osloInstant(input.date, input.startTime),
        endsAt: osloInstant(input.date, input.endTime),
        facilitatorPersonIds,
        externalFacilitators: input.externalFacilitators,
        updatedBy: actor.userId,
      })
      .returning();
    if (!meeting) throw new Error('insert returned no row');
    await setMaterials(tx, programme.ownerId, meeting.id, input.resourceIds);
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'network_meetings.plan',
      entity: 'network_meeting',
      entityId: meeting.id,
      details: { groupId: input.groupId, theme: input.theme, date: input.date },
    });
    const mails = inInviteWindow(meeting.startsAt, now) ? await inviteToMeeting(tx, meeting, publicUrl) : 0;
    return { meeting, mails };
  });
}

/**
 * Plans a series for each chosen group (see `seriesDays`: themes in turn, holidays skipped, inside the
 * school year), all or nothing. Only meetings within the invitation window are mailed now.
 */
export async function planSeries(
  { db, actor, programme, locale, publicUrl, now }: Deps,
  input: z.output<typeof SeriesInputSchema>,
): Promise<{ meetings: MeetingRow[]; mails: number }> {
  requireInYear(programme, input.firstDate, locale, 'firstDate');
  const { holidays, lastDay } = programme.settings.calendar;
  const plan = seriesDays({ ...input, holidays, lastDay });
  if (!plan.ok) requireInYear(programme, plan.outside, locale, 'count');
  const days = plan.ok ? plan.days : [];
  return db.transaction(async (tx) => {
    const groups = await requireGroups(tx, programme, input.groupIds);
    const facilitatorPersonIds = await requirePeople(tx, programme.ownerId, input.facilitatorPersonIds);
    const meetings: MeetingRow[] = [];
    for (const group of groups) {
      const seriesId = randomUUID();
      const rows = await tx
        .insert(networkMeetings)
        .values(
          days.map((d) => ({
            ownerId: programme.ownerId,
            programmeId: programme.id,
            groupId: group.id,
            kind: group.kind,
            seriesId,
            theme: d.theme,
            title: '',
            description: '',
            subGoals: THEME_SUB_GOALS[d.theme],
            place: input.place,
            startsAt: osloInstant(d.date, input.startTime),
            endsAt: osloInstant(d.date, input.endTime),
            facilitatorPersonIds,
            externalFacilitators: input.externalFacilitators,
            updatedBy: actor.userId,
          })),
        )
        .returning();
      meetings.push(...rows);
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId: programme.ownerId,
        action: 'network_meetings.plan_series',
        entity: 'network_group',
        entityId: group.id,
        details: { seriesId, days: days.map((d) => d.date) },
      });
    }
    let mails = 0;
    for (const m of meetings) if (inInviteWindow(m.startsAt, now)) mails += await inviteToMeeting(tx, m, publicUrl);
    return { meetings, mails };
  });
}
