import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { networkGroups, networkMeetingMaterials, people } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import type { ProgrammeRow } from '../../mentoring/queries.ts';
import { resolveResourcesForMeeting } from '../../resources/queries.ts';

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
