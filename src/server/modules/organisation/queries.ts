import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { PageQuery } from '../../../shared/schemas/common.ts';
import type { Employment, Person, PersonDetail, RoleGrant, Unit } from '../../../shared/schemas/organisation.ts';
import type { DbOrTx } from '../../db/client.ts';
import { employments, owners, people, roleGrants, units, users } from '../../db/schema.ts';

// Every read here takes the owner id and filters by it in the WHERE clause: the tenant scope is part
// of the query, not only of the policy check before it.

type UnitRow = typeof units.$inferSelect;
type PersonRow = typeof people.$inferSelect;

export function presentUnit(u: UnitRow): Unit {
  return {
    id: u.id,
    ownerId: u.ownerId,
    orgNumber: u.orgNumber,
    name: u.name,
    unitType: u.unitType,
    streetAddress: u.streetAddress,
    postalCode: u.postalCode,
    postalPlace: u.postalPlace,
    latitude: u.latitude,
    longitude: u.longitude,
    active: u.active,
    updatedAt: u.updatedAt.toISOString(),
  };
}

export function presentPerson(p: PersonRow, hasAccount: boolean): Person {
  return {
    id: p.id,
    ownerId: p.ownerId,
    employeeNumber: p.employeeNumber,
    givenName: p.givenName,
    familyName: p.familyName,
    email: p.email,
    phone: p.phone,
    teacherEducation: p.teacherEducation,
    teacherEducationYear: p.teacherEducationYear,
    mentorEducation: p.mentorEducation,
    mentorEducationCredits: p.mentorEducationCredits,
    teachingExperienceYears: p.teachingExperienceYears,
    subjects: p.subjects,
    active: p.active,
    hasAccount,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%". */
function likeTerm(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function getOwner(db: DbOrTx, ownerId: string) {
  const [owner] = await db.select().from(owners).where(eq(owners.id, ownerId));
  return owner ?? null;
}

export async function listUnits(db: DbOrTx, ownerId: string, query: PageQuery & { unitType?: string }) {
  const where: SQL[] = [eq(units.ownerId, ownerId)];
  if (!query.includeInactive) where.push(eq(units.active, true));
  if (query.unitType) where.push(eq(units.unitType, query.unitType as UnitRow['unitType']));
  if (query.q) {
    const term = likeTerm(query.q);
    where.push(or(ilike(units.name, term), ilike(units.orgNumber, term), ilike(units.postalPlace, term)) as SQL);
  }
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    db.select().from(units).where(condition).orderBy(asc(units.name)).limit(query.limit).offset(query.offset),
    db.select({ n: count() }).from(units).where(condition),
  ]);
  return { items: rows.map(presentUnit), total: Number(total?.n ?? 0) };
}

export async function getUnit(db: DbOrTx, ownerId: string, unitId: string) {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.ownerId, ownerId), eq(units.id, unitId)));
  return row ?? null;
}

export async function listPeople(db: DbOrTx, ownerId: string, query: PageQuery & { unitId?: string }) {
  const where: SQL[] = [eq(people.ownerId, ownerId)];
  if (!query.includeInactive) where.push(eq(people.active, true));
  // Every word must be found in one of the fields, so "Åse Ødegård" finds her as "ødeg" does.
  for (const word of (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5)) {
    const term = likeTerm(word);
    where.push(
      or(
        ilike(people.givenName, term),
        ilike(people.familyName, term),
        ilike(people.email, term),
        ilike(people.employeeNumber, term),
      ) as SQL,
    );
  }
  if (query.unitId) {
    const atUnit = db
      .select({ id: employments.personId })
      .from(employments)
      .where(and(eq(employments.ownerId, ownerId), eq(employments.unitId, query.unitId), isNull(employments.endDate)));
    where.push(inArray(people.id, atUnit));
  }
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select({ person: people, userId: users.id })
      .from(people)
      .leftJoin(users, eq(users.personId, people.id))
      .where(condition)
      .orderBy(asc(people.familyName), asc(people.givenName))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(people).where(condition),
  ]);
  return { items: rows.map((r) => presentPerson(r.person, r.userId !== null)), total: Number(total?.n ?? 0) };
}

export async function getPersonRow(db: DbOrTx, ownerId: string, personId: string) {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.ownerId, ownerId), eq(people.id, personId)));
  return row ?? null;
}

export async function getPersonDetail(db: DbOrTx, ownerId: string, personId: string): Promise<PersonDetail | null> {
  const person = await getPersonRow(db, ownerId, personId);
  if (!person) return null;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.personId, personId));
  const jobs = await db
    .select({ e: employments, unitName: units.name })
    .from(employments)
    .innerJoin(units, eq(units.id, employments.unitId))
    .where(and(eq(employments.ownerId, ownerId), eq(employments.personId, personId)))
    .orderBy(asc(employments.startDate));
  const roles: RoleGrant[] = user ? await listPersonRoles(db, ownerId, user.id) : [];
  return {
    ...presentPerson(person, Boolean(user)),
    employments: jobs.map(
      (j): Employment => ({
        id: j.e.id,
        personId: j.e.personId,
        unitId: j.e.unitId,
        unitName: j.unitName,
        position: j.e.position,
        positionPercent: j.e.positionPercent,
        startDate: j.e.startDate,
        endDate: j.e.endDate,
        stage: j.e.stage,
      }),
    ),
    roles,
  };
}

/** Live grants of a user inside this owner (owner- and unit-scoped), named for display. */
export async function listPersonRoles(db: DbOrTx, ownerId: string, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .select({ g: roleGrants, unitName: units.name, ownerName: owners.name })
    .from(roleGrants)
    .leftJoin(units, eq(units.id, roleGrants.scopeId))
    .leftJoin(owners, eq(owners.id, roleGrants.ownerId))
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.ownerId, ownerId), isNull(roleGrants.revokedAt)))
    .orderBy(asc(roleGrants.createdAt));
  return rows.map((r) => ({
    id: r.g.id,
    role: r.g.role,
    scopeType: r.g.scopeType,
    scopeId: r.g.scopeId,
    scopeName: (r.g.scopeType === 'unit' ? r.unitName : r.ownerName) ?? '',
    createdAt: r.g.createdAt.toISOString(),
  }));
}
