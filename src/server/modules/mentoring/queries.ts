import { and, asc, eq } from 'drizzle-orm';
import type { UnitType } from '../../../shared/enums.ts';
import {
  assessNqt,
  type EligibilityEmployment,
  type EligibilityPerson,
  leftOn,
} from '../../../shared/rules/eligibility.ts';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type {
  Enrolment,
  MentorProfile,
  NotReached,
  ProgrammeSettings,
  ProgrammeSummary,
  Reach,
} from '../../../shared/schemas/mentoring.ts';
import type { Stage } from '../../../shared/subjects.ts';
import type { DbOrTx } from '../../db/client.ts';
import { employments, enrolments, mentorProfiles, people, programmes, units } from '../../db/schema.ts';

// Every read takes the owner id and filters by it in the WHERE clause, as in the organisation module.

export type ProgrammeRow = typeof programmes.$inferSelect;
export type EnrolmentRow = typeof enrolments.$inferSelect;
type PersonRow = typeof people.$inferSelect;

export function presentProgrammeSummary(p: ProgrammeRow): ProgrammeSummary {
  return {
    id: p.id,
    ownerId: p.ownerId,
    regionId: p.regionId,
    schoolYear: p.schoolYear,
    name: p.name,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function listProgrammes(db: DbOrTx, ownerId: string): Promise<ProgrammeSummary[]> {
  const rows = await db
    .select()
    .from(programmes)
    .where(eq(programmes.ownerId, ownerId))
    .orderBy(asc(programmes.schoolYear));
  return rows.map(presentProgrammeSummary);
}

export async function getProgrammeRow(db: DbOrTx, ownerId: string, programmeId: string): Promise<ProgrammeRow | null> {
  const [row] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.ownerId, ownerId), eq(programmes.id, programmeId)));
  return row ?? null;
}

/** The day a programme is looked at: today, held inside the programme's school year. */
export function programmeAsOf(settings: ProgrammeSettings, today: IsoDate): IsoDate {
  const { firstDay, lastDay } = settings.calendar;
  return today < firstDay ? firstDay : today > lastDay ? lastDay : today;
}

export interface StaffMember {
  person: PersonRow;
  /** With the school stage taught in each job (matching compares it). */
  employments: (EligibilityEmployment & { stage: Stage | null })[];
}

export interface OwnerStaff {
  people: Map<string, StaffMember>;
  units: Map<string, { name: string; unitType: UnitType; latitude: number | null; longitude: number | null }>;
}

/**
 * The owner's people with their employments and units, in three scoped reads. Reach looks at every
 * person, so this is one pass over the owner's staff (a few thousand rows in a large municipality).
 */
export async function loadOwnerStaff(db: DbOrTx, ownerId: string): Promise<OwnerStaff> {
  const [personRows, jobRows, unitRows] = await Promise.all([
    db.select().from(people).where(eq(people.ownerId, ownerId)),
    db.select().from(employments).where(eq(employments.ownerId, ownerId)),
    db
      .select({
        id: units.id,
        name: units.name,
        unitType: units.unitType,
        latitude: units.latitude,
        longitude: units.longitude,
      })
      .from(units)
      .where(eq(units.ownerId, ownerId)),
  ]);
  const staff = new Map<string, StaffMember>(personRows.map((p) => [p.id, { person: p, employments: [] }]));
  for (const j of jobRows) {
    staff.get(j.personId)?.employments.push({
      unitId: j.unitId,
      position: j.position,
      positionPercent: j.positionPercent,
      startDate: j.startDate,
      endDate: j.endDate,
      stage: j.stage,
    });
  }
  return { people: staff, units: new Map(unitRows.map(({ id, ...unit }) => [id, unit])) };
}

export function eligibilityPerson(p: PersonRow): EligibilityPerson {
  return {
    active: p.active,
    teacherEducation: p.teacherEducation,
    teacherEducationYear: p.teacherEducationYear,
    teachingExperienceYears: p.teachingExperienceYears,
  };
}

export function presentEnrolment(row: EnrolmentRow, staff: OwnerStaff, asOf: IsoDate): Enrolment {
  const member = staff.people.get(row.personId);
  const unit = row.unitId ? staff.units.get(row.unitId) : undefined;
  const derivedLeft = member ? leftOn(member.person, member.employments, asOf).left : true;
  return {
    id: row.id,
    programmeId: row.programmeId,
    personId: row.personId,
    givenName: member?.person.givenName ?? '',
    familyName: member?.person.familyName ?? '',
    unitId: row.unitId,
    unitName: unit?.name ?? null,
    unitType: unit?.unitType ?? null,
    positionPercent: row.positionPercent,
    professionStart: row.professionStart,
    startsOn: row.startsOn,
    programmeYear: row.programmeYear,
    programmeYearReason: row.programmeYearReason,
    leftOn: row.leftOn,
    hasLeft: (row.leftOn !== null && row.leftOn <= asOf) || derivedLeft,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const byName = (a: { familyName: string; givenName: string }, b: { familyName: string; givenName: string }) =>
  a.familyName.localeCompare(b.familyName, 'nb') || a.givenName.localeCompare(b.givenName, 'nb');

/** Every eligible person not enrolled ("not reached"), the enrolled, and those who have left. */
export async function getReach(
  db: DbOrTx,
  ownerId: string,
  programme: ProgrammeRow,
  today: IsoDate,
  /** The owner's staff when the caller has loaded it already (the overview reads reach and compliance). */
  loadedStaff?: Promise<OwnerStaff>,
): Promise<Reach> {
  const asOf = programmeAsOf(programme.settings, today);
  const [staff, rows] = await Promise.all([
    loadedStaff ?? loadOwnerStaff(db, ownerId),
    db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.ownerId, ownerId), eq(enrolments.programmeId, programme.id))),
  ]);
  const enrolled = new Set(rows.map((r) => r.personId));
  const notReached: NotReached[] = [];
  for (const { person, employments: jobs } of staff.people.values()) {
    if (enrolled.has(person.id)) continue;
    const result = assessNqt(eligibilityPerson(person), jobs, asOf);
    if (!result.eligible) continue;
    const unit = staff.units.get(result.unitId);
    notReached.push({
      personId: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      unitId: result.unitId,
      unitName: unit?.name ?? null,
      unitType: unit?.unitType ?? null,
      positionPercent: result.positionPercent,
      professionStart: result.professionStart,
      programmeYear: result.programmeYear,
    });
  }
  const presented = rows.map((r) => presentEnrolment(r, staff, asOf)).sort(byName);
  return {
    asOf,
    notReached: notReached.sort(byName),
    enrolled: presented.filter((e) => !e.hasLeft),
    left: presented.filter((e) => e.hasLeft),
  };
}

export async function getEnrolmentRow(db: DbOrTx, ownerId: string, programmeId: string, enrolmentId: string) {
  const [row] = await db
    .select()
    .from(enrolments)
    .where(
      and(eq(enrolments.ownerId, ownerId), eq(enrolments.programmeId, programmeId), eq(enrolments.id, enrolmentId)),
    );
  return row ?? null;
}

/** Three or more years of teaching counts as experienced (issue 3). */
export const EXPERIENCED_YEARS = 3;

export async function listMentorProfiles(
  db: DbOrTx,
  ownerId: string,
  programmeId: string,
  personId?: string,
): Promise<MentorProfile[]> {
  const where = [eq(mentorProfiles.ownerId, ownerId), eq(mentorProfiles.programmeId, programmeId)];
  if (personId) where.push(eq(mentorProfiles.personId, personId));
  const rows = await db
    .select({ m: mentorProfiles, p: people })
    .from(mentorProfiles)
    .innerJoin(people, and(eq(people.id, mentorProfiles.personId), eq(people.ownerId, ownerId)))
    .where(and(...where))
    .orderBy(asc(people.familyName), asc(people.givenName));
  return rows.map(({ m, p }) => ({
    programmeId: m.programmeId,
    personId: m.personId,
    givenName: p.givenName,
    familyName: p.familyName,
    teacherEducation: p.teacherEducation,
    mentorEducation: p.mentorEducation,
    mentorEducationCredits: p.mentorEducationCredits,
    teachingExperienceYears: p.teachingExperienceYears,
    experienced: (p.teachingExperienceYears ?? 0) >= EXPERIENCED_YEARS,
    capacity: m.capacity,
    minutesPerWeek: m.minutesPerWeek,
    updatedAt: m.updatedAt.toISOString(),
  }));
}
