import { and, asc, count, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Locale, UnitType } from '../../../shared/enums.ts';
import { osloDate } from '../../../shared/rules/school-year.ts';
import type { Audience, SurveyNetworkGroup, SurveyRole } from '../../../shared/schemas/surveys.ts';
import { SURVEY_ROLES } from '../../../shared/schemas/surveys.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  enrolments,
  mentorPairs,
  networkGroupMembers,
  networkGroups,
  people,
  programmes,
  roleGrants,
  units,
  users,
} from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { unitLeadersByUnit } from '../mentoring/unit-leaders.ts';

/** One person an audience reaches, with the group labels their response will carry. */
export interface Recipient {
  personId: string;
  email: string;
  name: string;
  locale: Locale;
  role: SurveyRole;
  unitType: UnitType | null;
  programmeYear: number | null;
}

/**
 * The people an audience reaches at the owner, each once (under the first of their roles in
 * SURVEY_ROLES order). NQTs come from enrolments that have not ended, mentors from accepted pairs
 * (and, for the whole owner, live mentor grants), unit leaders from unitLeadersByUnit, coordinators
 * and owner admins from owner-scoped grants. A programme narrows NQTs, mentors and unit leaders to
 * it; units narrow them to those units. Network groups narrow everyone found to the groups'
 * members (an unknown group of the owner is a 404, never silently skipped).
 */
export async function computeAudience(
  db: DbOrTx,
  ownerId: string,
  audience: Audience,
  now: Date,
): Promise<Recipient[]> {
  const today = osloDate(now);
  const unitFilter = audience.unitIds.length > 0 ? audience.unitIds : null;
  const roles = new Set(audience.roles);
  const found = new Map<string, Omit<Recipient, 'email' | 'name' | 'locale'>>();
  const add = (r: Omit<Recipient, 'email' | 'name' | 'locale'>) => {
    const existing = found.get(r.personId);
    if (!existing || SURVEY_ROLES.indexOf(r.role) < SURVEY_ROLES.indexOf(existing.role)) found.set(r.personId, r);
  };
  const ownerUnits = await db
    .select({ id: units.id, unitType: units.unitType })
    .from(units)
    .where(eq(units.ownerId, ownerId));
  const unitType = new Map(ownerUnits.map((u) => [u.id, u.unitType]));
  const inUnits = (unitId: string | null) => !unitFilter || (unitId !== null && unitFilter.includes(unitId));

  const programmeIds = audience.programmeId
    ? [audience.programmeId]
    : (await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.ownerId, ownerId))).map((p) => p.id);

  const liveEnrolments =
    programmeIds.length === 0
      ? []
      : await db
          .select({
            id: enrolments.id,
            personId: enrolments.personId,
            unitId: enrolments.unitId,
            programmeYear: enrolments.programmeYear,
          })
          .from(enrolments)
          .where(
            and(
              eq(enrolments.ownerId, ownerId),
              inArray(enrolments.programmeId, programmeIds),
              or(isNull(enrolments.leftOn), gt(enrolments.leftOn, today)),
            ),
          );

  if (roles.has('nqt')) {
    for (const e of liveEnrolments) {
      if (!inUnits(e.unitId)) continue;
      add({
        personId: e.personId,
        role: 'nqt',
        unitType: e.unitId ? (unitType.get(e.unitId) ?? null) : null,
        programmeYear: e.programmeYear,
      });
    }
  }

  if (roles.has('mentor') && programmeIds.length > 0) {
    const pairs = await db
      .select({ mentorPersonId: mentorPairs.mentorPersonId, unitId: enrolments.unitId })
      .from(mentorPairs)
      .innerJoin(enrolments, eq(enrolments.id, mentorPairs.enrolmentId))
      .where(
        and(
          eq(mentorPairs.ownerId, ownerId),
          inArray(mentorPairs.programmeId, programmeIds),
          eq(mentorPairs.status, 'accepted'),
        ),
      );
    for (const p of pairs) {
      if (!inUnits(p.unitId)) continue;
      add({
        personId: p.mentorPersonId,
        role: 'mentor',
        unitType: p.unitId ? (unitType.get(p.unitId) ?? null) : null,
        programmeYear: null,
      });
    }
  }

  const grantsOf = async (role: 'mentor' | 'programme_coordinator' | 'owner_admin', scope: 'unit' | 'owner') =>
    db
      .select({ personId: users.personId, unitId: roleGrants.scopeId })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(
        and(
          eq(roleGrants.ownerId, ownerId),
          eq(roleGrants.role, role),
          eq(roleGrants.scopeType, scope),
          isNull(roleGrants.revokedAt),
          eq(users.active, true),
        ),
      );

  if (roles.has('mentor') && !audience.programmeId) {
    for (const g of await grantsOf('mentor', 'unit')) {
      if (!g.personId || !inUnits(g.unitId)) continue;
      add({
        personId: g.personId,
        role: 'mentor',
        unitType: g.unitId ? (unitType.get(g.unitId) ?? null) : null,
        programmeYear: null,
      });
    }
  }

  if (roles.has('unit_leader')) {
    // A programme's unit leaders lead the units where its NQTs are mentored.
    const programmeUnits = audience.programmeId
      ? [...new Set(liveEnrolments.map((e) => e.unitId).filter((u): u is string => u !== null))]
      : null;
    const scope =
      programmeUnits && unitFilter
        ? programmeUnits.filter((u) => unitFilter.includes(u))
        : (programmeUnits ?? unitFilter);
    const leaders = await unitLeadersByUnit(db, ownerId, today, scope);
    for (const [unitId, personIds] of leaders) {
      for (const personId of personIds) {
        add({ personId, role: 'unit_leader', unitType: unitType.get(unitId) ?? null, programmeYear: null });
      }
    }
  }

  if (roles.has('coordinator')) {
    for (const g of await grantsOf('programme_coordinator', 'owner')) {
      if (g.personId) add({ personId: g.personId, role: 'coordinator', unitType: null, programmeYear: null });
    }
  }
  if (roles.has('owner_admin')) {
    for (const g of await grantsOf('owner_admin', 'owner')) {
      if (g.personId) add({ personId: g.personId, role: 'owner_admin', unitType: null, programmeYear: null });
    }
  }

  if (audience.networkIds.length > 0) {
    const ids = [...new Set(audience.networkIds)];
    const groups = await db
      .select({ id: networkGroups.id })
      .from(networkGroups)
      .where(and(eq(networkGroups.ownerId, ownerId), inArray(networkGroups.id, ids)));
    if (groups.length !== ids.length) throw new AppError('NOT_FOUND');
    const members = await db
      .select({ personId: networkGroupMembers.personId })
      .from(networkGroupMembers)
      .where(and(eq(networkGroupMembers.ownerId, ownerId), inArray(networkGroupMembers.groupId, ids)));
    const inNetworks = new Set(members.map((m) => m.personId));
    for (const personId of [...found.keys()]) if (!inNetworks.has(personId)) found.delete(personId);
  }

  if (found.size === 0) return [];
  const persons = await db
    .select({
      id: people.id,
      email: people.email,
      givenName: people.givenName,
      familyName: people.familyName,
      locale: users.locale,
    })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .where(and(eq(people.ownerId, ownerId), eq(people.active, true), inArray(people.id, [...found.keys()])));
  const byPerson = new Map(persons.map((p) => [p.id, p]));
  const result: Recipient[] = [];
  for (const r of found.values()) {
    const p = byPerson.get(r.personId);
    if (!p) continue;
    result.push({ ...r, email: p.email, name: `${p.givenName} ${p.familyName}`, locale: p.locale ?? 'nb' });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The owner's network groups an audience can be narrowed to, newest programme first, with member counts. */
export async function networkGroupOptions(db: DbOrTx, ownerId: string): Promise<SurveyNetworkGroup[]> {
  const rows = await db
    .select({
      id: networkGroups.id,
      name: networkGroups.name,
      kind: networkGroups.kind,
      programmeId: networkGroups.programmeId,
      programmeName: programmes.name,
      schoolYear: programmes.schoolYear,
      position: networkGroups.position,
      members: count(networkGroupMembers.id),
    })
    .from(networkGroups)
    .innerJoin(programmes, and(eq(programmes.id, networkGroups.programmeId), eq(programmes.ownerId, ownerId)))
    .leftJoin(
      networkGroupMembers,
      and(eq(networkGroupMembers.groupId, networkGroups.id), eq(networkGroupMembers.ownerId, ownerId)),
    )
    .where(eq(networkGroups.ownerId, ownerId))
    .groupBy(networkGroups.id, programmes.id)
    .orderBy(desc(programmes.schoolYear), asc(networkGroups.kind), asc(networkGroups.position));
  return rows.map(({ schoolYear: _y, position: _p, ...r }) => r);
}
