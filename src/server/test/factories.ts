import { randomBytes, randomInt } from 'node:crypto';
import type { MentorEducation, OwnerKind, Position, Role, TeacherEducation, UnitType } from '../../shared/enums.ts';
import { withCheckDigit } from '../../shared/rules/org-number.ts';
import type { Stage, Subject } from '../../shared/subjects.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  employments,
  enrolments,
  mentorPairs,
  mentorProfiles,
  owners,
  people,
  programmes,
  roleGrants,
  units,
  users,
} from '../db/schema.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { defaultProgrammeSettings } from '../modules/mentoring/defaults.ts';

/*
 * Factories make a fresh tenant per test (and the demo seed reuses them). Every unique value is
 * random, so test files run in parallel against one PostgreSQL database without colliding.
 */

export type OwnerRow = typeof owners.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type PersonRow = typeof people.$inferSelect;

/** A random, valid organisation number (mod-11 check digit). */
export function randomOrgNumber(): string {
  for (;;) {
    const eight = `9${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
    const full = withCheckDigit(eight);
    if (full) return full;
  }
}

const uniq = () => randomBytes(4).toString('hex');

export async function buildOwner(
  db: DbOrTx,
  overrides: Partial<{ name: string; kind: OwnerKind; orgNumber: string }> = {},
): Promise<OwnerRow> {
  const [row] = await db
    .insert(owners)
    .values({
      name: overrides.name ?? `Testkommune ${uniq()}`,
      kind: overrides.kind ?? 'municipality',
      orgNumber: overrides.orgNumber ?? randomOrgNumber(),
    })
    .returning();
  if (!row) throw new Error('owner insert failed');
  return row;
}

export type UnitOptions = { owner: OwnerRow } & Partial<{
  id: string;
  name: string;
  unitType: UnitType;
  orgNumber: string;
  active: boolean;
  streetAddress: string;
  postalCode: string;
  postalPlace: string;
  latitude: number | null;
  longitude: number | null;
}>;

/** The row buildUnit inserts, for callers that insert many in one statement (the demo seed). */
export function unitValues(opts: UnitOptions): typeof units.$inferInsert {
  return {
    ...(opts.id ? { id: opts.id } : {}),
    ownerId: opts.owner.id,
    name: opts.name ?? `Testskole ${uniq()}`,
    unitType: opts.unitType ?? 'primary',
    orgNumber: opts.orgNumber ?? randomOrgNumber(),
    streetAddress: opts.streetAddress ?? 'Skoleveien 1',
    postalCode: opts.postalCode ?? '2000',
    postalPlace: opts.postalPlace ?? 'Lillestrøm',
    latitude: opts.latitude ?? null,
    longitude: opts.longitude ?? null,
    active: opts.active ?? true,
  };
}

export async function buildUnit(db: DbOrTx, opts: UnitOptions): Promise<UnitRow> {
  const [row] = await db.insert(units).values(unitValues(opts)).returning();
  if (!row) throw new Error('unit insert failed');
  return row;
}

export type PersonOptions = { owner: OwnerRow; unit?: UnitRow } & Partial<{
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  employeeNumber: string;
  position: Position;
  positionPercent: number;
  startDate: string;
  endDate: string | null;
  teacherEducation: TeacherEducation | null;
  teacherEducationYear: number | null;
  mentorEducation: MentorEducation;
  mentorEducationCredits: number | null;
  teachingExperienceYears: number | null;
  subjects: Subject[];
  /** The stage of the employment buildPerson adds. */
  stage: Stage | null;
}>;

/** The person row buildPerson inserts, for callers that insert many in one statement (the demo seed). */
export function personValues(opts: Omit<PersonOptions, 'unit'>): typeof people.$inferInsert {
  const id = uniq();
  return {
    ...(opts.id ? { id: opts.id } : {}),
    ownerId: opts.owner.id,
    employeeNumber: opts.employeeNumber ?? `E${id}`,
    givenName: opts.givenName ?? 'Kari',
    familyName: opts.familyName ?? `Nordmann ${id}`,
    email: opts.email ?? `person-${id}@example.no`,
    teacherEducation: opts.teacherEducation === undefined ? 'primary_1_7' : opts.teacherEducation,
    teacherEducationYear: opts.teacherEducationYear ?? 2020,
    mentorEducation: opts.mentorEducation ?? 'none',
    mentorEducationCredits: opts.mentorEducationCredits ?? null,
    teachingExperienceYears: opts.teachingExperienceYears === undefined ? 5 : opts.teachingExperienceYears,
    subjects: opts.subjects ?? [],
  };
}

/** The employment buildPerson inserts when given a unit. */
export function employmentValues(
  opts: { owner: OwnerRow; personId: string; unit: Pick<UnitRow, 'id'> } & Pick<
    PersonOptions,
    'position' | 'positionPercent' | 'startDate' | 'endDate' | 'stage'
  >,
): typeof employments.$inferInsert {
  return {
    ownerId: opts.owner.id,
    personId: opts.personId,
    unitId: opts.unit.id,
    position: opts.position ?? 'teacher',
    positionPercent: opts.positionPercent ?? 100,
    startDate: opts.startDate ?? '2024-08-01',
    endDate: opts.endDate ?? null,
    stage: opts.stage ?? null,
  };
}

export async function buildPerson(db: DbOrTx, opts: PersonOptions): Promise<PersonRow> {
  const [row] = await db.insert(people).values(personValues(opts)).returning();
  if (!row) throw new Error('person insert failed');
  if (opts.unit) {
    await db.insert(employments).values(employmentValues({ ...opts, personId: row.id, unit: opts.unit }));
  }
  return row;
}

/** A role grant as the factories take it: national, region, unit, or else owner scope (needs an owner). */
export type GrantSpec = { role: Role; unit?: Pick<UnitRow, 'id' | 'ownerId'>; national?: boolean; regionId?: string };

/** The role_grants row for a grant spec; buildUser inserts these, the demo seed inserts many at once. */
export function grantValues(opts: {
  userId: string;
  owner?: Pick<OwnerRow, 'id'>;
  grant: GrantSpec;
}): typeof roleGrants.$inferInsert {
  const { userId, grant } = opts;
  if (grant.national) return { userId, role: grant.role, scopeType: 'national', scopeId: null, ownerId: null };
  if (grant.regionId) return { userId, role: grant.role, scopeType: 'region', scopeId: grant.regionId, ownerId: null };
  if (grant.unit) {
    return { userId, role: grant.role, scopeType: 'unit', scopeId: grant.unit.id, ownerId: grant.unit.ownerId };
  }
  if (!opts.owner) throw new Error('an owner-scoped grant needs opts.owner');
  return { userId, role: grant.role, scopeType: 'owner', scopeId: opts.owner.id, ownerId: opts.owner.id };
}

const SHARED_PASSWORD = `test-pass-${uniq()}-${uniq()}`;
let sharedHash: Promise<string> | undefined;

/** A login with role grants. Without a password given, all factory users share one (hashed once per process). */
export async function buildUser(
  db: DbOrTx,
  opts: {
    owner?: OwnerRow;
    person?: PersonRow;
    email?: string;
    name?: string;
    password?: string;
    roles?: GrantSpec[];
  } = {},
) {
  const password = opts.password ?? SHARED_PASSWORD;
  // Hashing is deliberately slow, so users without their own password share one hash.
  sharedHash ??= hashPassword(SHARED_PASSWORD);
  const passwordHash = opts.password ? await hashPassword(opts.password) : await sharedHash;
  const email = (opts.email ?? opts.person?.email ?? `user-${uniq()}@example.no`).toLowerCase();
  const name = opts.name ?? (opts.person ? `${opts.person.givenName} ${opts.person.familyName}` : `Bruker ${uniq()}`);
  const [user] = await db
    .insert(users)
    .values({ email, name, passwordHash, personId: opts.person?.id ?? null })
    .returning();
  if (!user) throw new Error('user insert failed');
  for (const grant of opts.roles ?? []) {
    await db.insert(roleGrants).values(grantValues({ userId: user.id, owner: opts.owner, grant }));
  }
  return { ...user, password };
}

/** A mentoring programme of the owner for a school year, with the default settings. */
export async function buildProgramme(
  db: DbOrTx,
  opts: { owner: OwnerRow; schoolYear?: `${number}-${number}`; name?: string },
): Promise<typeof programmes.$inferSelect> {
  const schoolYear = opts.schoolYear ?? '2026-27';
  const [row] = await db
    .insert(programmes)
    .values({
      ownerId: opts.owner.id,
      schoolYear,
      name: opts.name ?? `Veiledning ${schoolYear} ${uniq()}`,
      settings: defaultProgrammeSettings(schoolYear),
    })
    .returning();
  if (!row) throw new Error('programme insert failed');
  return row;
}

/** An NQT enrolled in a programme: a teacher who started on `startDate` (default this school year's first day). */
export async function buildEnrolment(
  db: DbOrTx,
  opts: { programme: typeof programmes.$inferSelect; person: PersonRow; unit?: Pick<UnitRow, 'id'>; startDate: string },
): Promise<typeof enrolments.$inferSelect> {
  const [row] = await db
    .insert(enrolments)
    .values({
      ownerId: opts.programme.ownerId,
      programmeId: opts.programme.id,
      personId: opts.person.id,
      unitId: opts.unit?.id ?? null,
      professionStart: opts.startDate,
      startsOn: opts.startDate,
      programmeYear: 1,
    })
    .returning();
  if (!row) throw new Error('enrolment insert failed');
  return row;
}

/** A mentor profile in a programme (capacity NQTs, minutes per week), inserted directly. */
export async function buildMentorProfile(
  db: DbOrTx,
  opts: { programme: typeof programmes.$inferSelect; person: PersonRow; capacity?: number; minutesPerWeek?: number },
): Promise<typeof mentorProfiles.$inferSelect> {
  const [row] = await db
    .insert(mentorProfiles)
    .values({
      ownerId: opts.programme.ownerId,
      programmeId: opts.programme.id,
      personId: opts.person.id,
      capacity: opts.capacity ?? 2,
      minutesPerWeek: opts.minutesPerWeek ?? 120,
    })
    .returning();
  if (!row) throw new Error('mentor profile insert failed');
  return row;
}

/** A mentor pair of an enrolment, accepted by default (as the coordinator would have). */
export async function buildPair(
  db: DbOrTx,
  opts: {
    enrolment: typeof enrolments.$inferSelect;
    mentor: PersonRow;
    status?: 'proposed' | 'accepted' | 'ended';
  },
): Promise<typeof mentorPairs.$inferSelect> {
  const status = opts.status ?? 'accepted';
  const [row] = await db
    .insert(mentorPairs)
    .values({
      ownerId: opts.enrolment.ownerId,
      programmeId: opts.enrolment.programmeId,
      enrolmentId: opts.enrolment.id,
      nqtPersonId: opts.enrolment.personId,
      mentorPersonId: opts.mentor.id,
      status,
      source: 'manual',
      acceptedAt: status === 'proposed' ? null : new Date(),
      endedAt: status === 'ended' ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('pair insert failed');
  return row;
}

/**
 * A programme ready for agreements: a school with a head, an NQT (æøå in the name) paired with a
 * mentor, and a second NQT without a mentor yet. Logins are left to the test.
 */
export async function buildAgreementParties(db: DbOrTx) {
  const owner = await buildOwner(db);
  const unit = await buildUnit(db, { owner, name: `Løvåsen skole ${uniq()}` });
  const programme = await buildProgramme(db, { owner });
  const nqtValues = { owner, unit, startDate: '2026-08-10', teachingExperienceYears: 0 } as const;
  const nqt = await buildPerson(db, { ...nqtValues, givenName: 'Åse', familyName: `Ødegård ${uniq()}` });
  const otherNqt = await buildPerson(db, { ...nqtValues, givenName: 'Bjørn', familyName: `Sæther ${uniq()}` });
  const mentor = await buildPerson(db, { owner, unit, givenName: 'Mette' });
  const head = await buildPerson(db, { owner, unit, givenName: 'Hege', position: 'head' });
  const enrolment = await buildEnrolment(db, { programme, person: nqt, unit, startDate: '2026-08-10' });
  const otherEnrolment = await buildEnrolment(db, { programme, person: otherNqt, unit, startDate: '2026-08-10' });
  const pair = await buildPair(db, { enrolment, mentor });
  return { owner, unit, programme, nqt, otherNqt, mentor, head, enrolment, otherEnrolment, pair };
}
