import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { translate } from '../../../shared/i18n/index.ts';
import { plusDays } from '../../../shared/rules/school-year.ts';
import type { PlanItem } from '../../../shared/schemas/annual-plan.ts';
import { networkGroupMembers, networkGroups, networkMeetings, socialMeetups } from '../../db/schema.ts';
import type { PlanSource } from '../annual-plan/sources.ts';
import { meetingTitle } from './mail.ts';
import { osloIso, osloParts } from './time.ts';

/**
 * The annual plan's network meetings (kind `network_meeting` for NQT networks, `mentor_network` for
 * mentors', audience the network's kind and the coordinators) and meetups (`social_meetup`, NQTs).
 * The title names the group; nothing about who came. A participant gets their own groups' meetings.
 */
export const networkMeetingPlanItems: PlanSource = async (db, ctx) => {
  // A day's margin on the UTC bounds; the Oslo day decides below.
  const from = new Date(`${plusDays(ctx.from, -1)}T00:00:00Z`);
  const to = new Date(`${plusDays(ctx.to, 2)}T00:00:00Z`);
  const inSpan = (at: Date) => {
    const day = osloParts(at).date;
    return day >= ctx.from && day <= ctx.to;
  };
  let meetings = await db
    .select()
    .from(networkMeetings)
    .where(
      and(
        eq(networkMeetings.ownerId, ctx.ownerId),
        eq(networkMeetings.programmeId, ctx.programmeId),
        gte(networkMeetings.startsAt, from),
        lt(networkMeetings.startsAt, to),
      ),
    )
    .orderBy(asc(networkMeetings.startsAt));
  // A participant sees their own groups' meetings (and those they lead), not every group's.
  if (ctx.personId) {
    const personId = ctx.personId;
    const mine = await db
      .select({ groupId: networkGroupMembers.groupId })
      .from(networkGroupMembers)
      .where(and(eq(networkGroupMembers.ownerId, ctx.ownerId), eq(networkGroupMembers.personId, personId)));
    const own = new Set(mine.map((r) => r.groupId));
    meetings = meetings.filter((m) => own.has(m.groupId) || m.facilitatorPersonIds.includes(personId));
  }
  const groupIds = [...new Set(meetings.map((m) => m.groupId))];
  const groups = groupIds.length
    ? await db
        .select({ id: networkGroups.id, name: networkGroups.name })
        .from(networkGroups)
        .where(and(eq(networkGroups.ownerId, ctx.ownerId), inArray(networkGroups.id, groupIds)))
    : [];
  const items: PlanItem[] = [];
  for (const m of meetings) {
    if (!inSpan(m.startsAt)) continue;
    const group = groups.find((g) => g.id === m.groupId)?.name ?? '';
    items.push({
      id: `network-meeting:${m.id}`,
      source: 'network-meeting',
      kind: m.kind === 'mentor' ? 'mentor_network' : 'network_meeting',
      title: translate(ctx.locale, 'networkMeetings.plan.title', { title: meetingTitle(ctx.locale, m), group }),
      date: osloParts(m.startsAt).date,
      startsAt: osloIso(m.startsAt),
      endsAt: osloIso(m.endsAt),
      place: m.place,
      audiences: [m.kind === 'mentor' ? 'mentor' : 'nqt', 'coordinator'],
      href: '/nettverk',
      cancelled: m.cancelledAt !== null,
    });
  }
  const meetups = await db
    .select()
    .from(socialMeetups)
    .where(
      and(
        eq(socialMeetups.ownerId, ctx.ownerId),
        eq(socialMeetups.programmeId, ctx.programmeId),
        gte(socialMeetups.startsAt, from),
        lt(socialMeetups.startsAt, to),
      ),
    );
  for (const m of meetups) {
    if (!inSpan(m.startsAt)) continue;
    items.push({
      id: `meetup:${m.id}`,
      source: 'meetup',
      kind: 'social_meetup',
      title: m.title,
      description: m.description || undefined,
      date: osloParts(m.startsAt).date,
      startsAt: osloIso(m.startsAt),
      endsAt: osloIso(m.endsAt),
      place: m.place,
      audiences: ['nqt', 'coordinator'],
      href: '/treff',
      cancelled: m.cancelledAt !== null,
    });
  }
  return items.filter((i) => !ctx.audiences || i.audiences.some((a) => ctx.audiences?.includes(a)));
};
