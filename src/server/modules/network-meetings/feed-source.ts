import { and, eq, inArray } from 'drizzle-orm';
import { networkGroups, socialMeetupSignups, socialMeetups } from '../../db/schema.ts';
import type { FeedItem, FeedSource } from '../calendar/feed.ts';
import { contacts } from '../notifications/contacts.ts';
import { meetingFeedItem, meetupFeedItem } from './mail.ts';
import { myMeetingRows, personOwner } from './my-routes.ts';

/**
 * The feed's network meetings (the person's groups' and those they facilitate, cancelled ones as
 * STATUS:CANCELLED) and the meetups they signed up for: timed events in Europe/Oslo, under the same
 * UIDs as the invitation mails' .ics, so a calendar keeps one event.
 */
export const networkMeetingItems: FeedSource = async (db, { actor, locale, publicUrl }) => {
  const ownerId = await personOwner(db, actor.personId);
  if (!ownerId || !actor.personId) return [];
  const items: FeedItem[] = [];
  const meetings = await myMeetingRows(db, ownerId, actor.personId);
  if (meetings.length) {
    const groups = await db
      .select({ id: networkGroups.id, name: networkGroups.name })
      .from(networkGroups)
      .where(
        and(
          eq(networkGroups.ownerId, ownerId),
          inArray(networkGroups.id, [...new Set(meetings.map((m) => m.groupId))]),
        ),
      );
    const names = await contacts(db, ownerId, [...new Set(meetings.flatMap((m) => m.facilitatorPersonIds))]);
    for (const m of meetings) {
      const facilitators = [
        ...m.facilitatorPersonIds.flatMap((id) => {
          const c = names.get(id);
          return c ? [`${c.givenName} ${c.familyName}`] : [];
        }),
        ...m.externalFacilitators,
      ].join(', ');
      const group = groups.find((g) => g.id === m.groupId)?.name ?? '';
      items.push(meetingFeedItem(locale, m, group, publicUrl, facilitators));
    }
  }
  const meetups = await db
    .select({ meetup: socialMeetups })
    .from(socialMeetupSignups)
    .innerJoin(
      socialMeetups,
      and(eq(socialMeetups.id, socialMeetupSignups.meetupId), eq(socialMeetups.ownerId, socialMeetupSignups.ownerId)),
    )
    .where(and(eq(socialMeetupSignups.ownerId, ownerId), eq(socialMeetupSignups.personId, actor.personId)));
  for (const { meetup } of meetups) items.push(meetupFeedItem(locale, meetup, publicUrl));
  return items;
};
