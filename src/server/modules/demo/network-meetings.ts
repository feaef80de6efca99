import { and, arrayContains, asc, eq } from 'drizzle-orm';
import { seriesDays, THEME_SUB_GOALS } from '../../../shared/rules/network-series.ts';
import type { AttendanceStatus } from '../../../shared/schemas/network-meetings.ts';
import type { NetworkPool, SaveNetworkInput } from '../../../shared/schemas/networks.ts';
import { poolOf } from '../../../solver/grouping/index.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import {
  networkGroups,
  networkMeetingAttendance,
  networkMeetingMaterials,
  networkMeetings,
  programmes,
  resources,
  socialMeetupSignups,
  socialMeetups,
} from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { osloInstant } from '../network-meetings/time.ts';
import { saveGroups } from '../networks/commands/save-groups.ts';
import { DEFAULT_RULES, loadNetworkContext } from '../networks/queries.ts';
import { DEMO_SCHOOL_YEAR, DEMO_TODAY } from './mentoring.ts';

/*
 * Demo kommune's NQT networks and their meetings (issue 4, items 2 and 3): the NQT groups formed by
 * the networks module's save command (people dealt round the groups unit by unit, so no unit crowds a
 * group), a series of six meetings per group from the seed's themes every six weeks from 8 September,
 * the ones before the demo's today with attendance, materials from the demo's resource bank for NQTs,
 * and two social meetups with a few sign-ups. No mail is queued: the invitations of these meetings
 * belong to the past, and the reminder job sends the coming ones.
 */

/** A stand-in for the coordinator, for the save command's audit row. */
const coordinatorActor = (userId: string | null): Actor => ({
  userId: userId ?? '',
  email: '',
  name: '',
  locale: 'nb',
  personId: null,
  grants: [],
  ownerRoles: new Map(),
  nationalRoles: new Set(),
  unitRoles: new Map(),
});

const ATTENDANCE: AttendanceStatus[] = ['present', 'present', 'present', 'present', 'present', 'excused', 'absent'];

export async function seedDemoNetworkMeetings(
  tx: DbOrTx,
  opts: { ownerId: string; coordinatorUserId: string | null; coordinatorPersonId: string | null },
) {
  const { ownerId } = opts;
  const [programme] = await tx
    .select()
    .from(programmes)
    .where(and(eq(programmes.ownerId, ownerId), eq(programmes.schoolYear, DEMO_SCHOOL_YEAR)));
  if (!programme) throw new Error('demo: no programme for the network meetings');

  // Groups: per pool, as few groups as the largest size allows, people dealt round by unit.
  const ctx = await loadNetworkContext(tx, ownerId, programme, 'nqt', DEMO_TODAY);
  const byPool = new Map<NetworkPool, { personId: string; unitId: string }[]>();
  for (const p of ctx.participants.values()) {
    const pool = poolOf(p.solver, DEFAULT_RULES.keepKindergartenApart) as NetworkPool;
    byPool.set(pool, [...(byPool.get(pool) ?? []), { personId: p.personId, unitId: p.solver.unitId }]);
  }
  const groups: SaveNetworkInput['groups'] = [];
  for (const [pool, people] of [...byPool].sort(([a], [b]) => a.localeCompare(b))) {
    const count = Math.max(1, Math.ceil(people.length / ctx.maxSize));
    const sorted = [...people].sort((a, b) => a.unitId.localeCompare(b.unitId) || a.personId.localeCompare(b.personId));
    const members: string[][] = Array.from({ length: count }, () => []);
    for (const [i, p] of sorted.entries()) members[i % count]?.push(p.personId);
    const name = pool === 'kindergarten' ? 'Barnehage' : 'Skole';
    members.forEach((memberIds, i) => {
      groups.push({ name: `${name} ${i + 1}`, pool, continuesGroupId: null, memberIds });
    });
  }
  await saveGroups({
    db: tx as Db,
    actor: coordinatorActor(opts.coordinatorUserId),
    ctx,
    input: { ...DEFAULT_RULES, groups },
  });

  const groupRows = await tx
    .select()
    .from(networkGroups)
    .where(and(eq(networkGroups.ownerId, ownerId), eq(networkGroups.programmeId, programme.id)))
    .orderBy(asc(networkGroups.position));
  const material = await tx
    .select({ id: resources.id, themes: resources.themes })
    .from(resources)
    .where(and(eq(resources.ownerId, ownerId), arrayContains(resources.audience, ['nqt'])))
    .orderBy(asc(resources.title));
  const plan = seriesDays({
    firstDate: '2026-09-08',
    everyWeeks: 6,
    count: 6,
    holidays: programme.settings.calendar.holidays,
    lastDay: programme.settings.calendar.lastDay,
  });
  if (!plan.ok) throw new Error('demo: the network series runs past the school year');
  const cutoff = osloInstant(DEMO_TODAY, '00:00');
  for (const [g, group] of groupRows.entries()) {
    const seriesId = crypto.randomUUID();
    const rows = await tx
      .insert(networkMeetings)
      .values(
        plan.days.map((d) => ({
          ownerId,
          programmeId: programme.id,
          groupId: group.id,
          kind: group.kind,
          seriesId,
          theme: d.theme,
          title: '',
          description: '',
          subGoals: THEME_SUB_GOALS[d.theme],
          place: g % 2 === 0 ? 'Rådhuset, store møtesal' : 'Demoby bibliotek, møterom 1',
          startsAt: osloInstant(d.date, '12:30'),
          endsAt: osloInstant(d.date, '15:00'),
          facilitatorPersonIds: opts.coordinatorPersonId ? [opts.coordinatorPersonId] : [],
          externalFacilitators: ['Kari Nordmann, lærerutdanner ved OsloMet'],
          updatedBy: opts.coordinatorUserId,
        })),
      )
      .returning();
    for (const m of rows) {
      const fitting = material.filter((r) => r.themes.includes(m.theme)).slice(0, 2);
      const picked = fitting.length ? fitting : material.slice(0, 1);
      if (picked.length) {
        await tx
          .insert(networkMeetingMaterials)
          .values(picked.map((r, position) => ({ meetingId: m.id, ownerId, resourceId: r.id, position })));
      }
      if (m.endsAt >= cutoff) continue;
      const members = ctx.participants.size ? (groups[g]?.memberIds ?? []) : [];
      if (members.length) {
        await tx.insert(networkMeetingAttendance).values(
          members.map((personId, i) => ({
            meetingId: m.id,
            ownerId,
            personId,
            status: ATTENDANCE[(i + g) % ATTENDANCE.length] as AttendanceStatus,
            recordedBy: opts.coordinatorUserId,
            recordedAt: m.endsAt,
          })),
        );
      }
    }
  }

  const [christmas] = await tx
    .insert(socialMeetups)
    .values([
      {
        ownerId,
        programmeId: programme.id,
        title: 'Julegrøt for nyutdannede',
        description: 'Grøt, nisser og quiz. Ta med en venn fra nettverket!',
        place: 'Kafé Torget, Demoby',
        startsAt: osloInstant('2026-12-09', '17:30'),
        endsAt: osloInstant('2026-12-09', '20:30'),
        capacity: 40,
        updatedBy: opts.coordinatorUserId,
      },
      {
        ownerId,
        programmeId: programme.id,
        title: 'Sommeravslutning',
        description: 'Grilling i parken når skoleåret er over.',
        place: 'Byparken, Demoby',
        startsAt: osloInstant('2027-06-10', '16:00'),
        endsAt: osloInstant('2027-06-10', '19:00'),
        capacity: null,
        updatedBy: opts.coordinatorUserId,
      },
    ])
    .returning();
  const signUps = [...ctx.participants.keys()].sort().slice(0, 12);
  if (christmas && signUps.length) {
    await tx
      .insert(socialMeetupSignups)
      .values(signUps.map((personId) => ({ meetupId: christmas.id, ownerId, personId })));
  }
}
