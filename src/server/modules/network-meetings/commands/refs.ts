import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { networkGroups, networkMeetingMaterials, people } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import type { ProgrammeRow } from '../../mentoring/queries.ts';
import { resolveResourcesForMeeting } from '../../resources/queries.ts';
import { osloInstant, osloParts } from '../time.ts';

/*
 * Checks shared by the meeting commands: every id a coordinator sends must be the owner's (a group of
 * this programme, a person, a resource), else 404 and nothing is written; days inside the school year.
 */

export async function requireGroups(tx: DbOrTx, programme: ProgrammeRow, groupIds: readonly string[]) {
  const unique = [...new Set(groupIds)];
  const rows = await tx
    .select()
    .from(networkGroups)
    .where(
      and(
        eq(networkGroups.ownerId, programme.ownerId),
        eq(networkGroups.programmeId, programme.id),
        inArray(networkGroups.id, unique),
      ),
    );
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND');
  return rows;
}

export async function requirePeople(tx: DbOrTx, ownerId: string, personIds: readonly string[]) {
  const unique = [...new Set(personIds)];
  if (unique.length === 0) return [];
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.ownerId, ownerId), inArray(people.id, unique)));
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND');
  return unique;
}

/** 400 naming the field when a day is outside the programme's school year. */
export function requireInYear(programme: ProgrammeRow, date: IsoDate, locale: Locale, path = 'date') {
  const { firstDay, lastDay } = programme.settings.calendar;
  if (date < firstDay || date > lastDay) {
    const message = translate(locale, 'networkMeetings.validation.outsideYear', { date, firstDay, lastDay });
    throw new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
  }
}

/** Replaces a meeting's materials with the given resources of the owner, in order (404 if one is not found). */
export async function setMaterials(tx: DbOrTx, ownerId: string, meetingId: string, resourceIds: readonly string[]) {
  const { found, missing } = await resolveResourcesForMeeting(tx, ownerId, resourceIds);
  if (missing.length) throw new AppError('NOT_FOUND');
  await tx
    .delete(networkMeetingMaterials)
    .where(and(eq(networkMeetingMaterials.ownerId, ownerId), eq(networkMeetingMaterials.meetingId, meetingId)));
  if (found.length) {
    await tx
      .insert(networkMeetingMaterials)
      .values(found.map((r, position) => ({ meetingId, ownerId, resourceId: r.id, position })));
  }
}

/**
 * The new times of a meeting or meetup after a change: the day, start and end given replace the stored
 * ones (a start not before the end is a field error, a day outside the school year too), and whether it
 * moved (day, time or place), which raises its sequence and tells the invited again.
 */
export function reschedule(
  programme: ProgrammeRow,
  locale: Locale,
  current: { startsAt: Date; endsAt: Date; place: string },
  patch: {
    date?: IsoDate | undefined;
    startTime?: string | undefined;
    endTime?: string | undefined;
    place?: string | undefined;
  },
): { startsAt: Date; endsAt: Date; moved: boolean } {
  const start = osloParts(current.startsAt);
  const date = patch.date ?? start.date;
  const startTime = patch.startTime ?? start.time;
  const endTime = patch.endTime ?? osloParts(current.endsAt).time;
  if (startTime >= endTime) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'endTime', message: translate(locale, 'validation.timeOrder') }],
    });
  }
  if (patch.date) requireInYear(programme, date, locale);
  const startsAt = osloInstant(date, startTime);
  const endsAt = osloInstant(date, endTime);
  const moved =
    startsAt.getTime() !== current.startsAt.getTime() ||
    endsAt.getTime() !== current.endsAt.getTime() ||
    (patch.place !== undefined && patch.place !== current.place);
  return { startsAt, endsAt, moved };
}
