import { and, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { figures } from '../../../shared/rules/compliance.ts';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type { MyUnits } from '../../../shared/schemas/my-unit.ts';
import type { DbOrTx } from '../../db/client.ts';
import { employments, mentorPairs, mentorProfiles, people, programmes, units } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { listAgreementRows, presentAgreements } from './agreements/queries.ts';
import { getCompliance } from './compliance-queries.ts';
import type { ProgrammeRow } from './queries.ts';
import { unitLeadersByUnit } from './unit-leaders.ts';

/**
 * The units the caller leads (a unit-leader grant there, or employed there as head: the same rule as
 * everywhere, `unitLeadersByUnit`), each with its NQTs in the current programme — or the latest, between
 * school years. Figures come from the coordinator's compliance query, narrowed to the unit; agreement
 * status from the agreements' own presenter. Nothing here reads notes.
 */
export async function getMyUnits(db: DbOrTx, actor: Actor, today: IsoDate): Promise<MyUnits> {
  const result: MyUnits = { units: [] };
  if (!actor.personId) return result;
  for (const ownerId of actor.ownerRoles.keys()) {
    const leaders = await unitLeadersByUnit(db, ownerId, today);
    const ledIds = [...leaders].filter(([, ids]) => ids.includes(actor.personId as string)).map(([unitId]) => unitId);
    if (ledIds.length === 0) continue;
    const [unitRows, programmeRows] = await Promise.all([
      db
        .select()
        .from(units)
        .where(and(eq(units.ownerId, ownerId), inArray(units.id, ledIds)))
        .orderBy(units.name),
      db.select().from(programmes).where(eq(programmes.ownerId, ownerId)),
    ]);
    const shown = currentProgrammes(programmeRows, today);
    const perProgramme = await Promise.all(shown.map((p) => programmeForUnits(db, ownerId, p, ledIds, today)));
    for (const unit of unitRows) {
      result.units.push({
        unitId: unit.id,
        ownerId,
        name: unit.name,
        unitType: unit.unitType,
        programmes: perProgramme.map((forUnit) => forUnit(unit.id)),
      });
    }
  }
  return result;
}

/** The programmes whose school year is under way; between years, the latest one. */
function currentProgrammes(rows: ProgrammeRow[], today: IsoDate): ProgrammeRow[] {
  const current = rows.filter((p) => p.settings.calendar.firstDay <= today && today <= p.settings.calendar.lastDay);
  if (current.length > 0) return current;
  const latest = [...rows].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))[0];
  return latest ? [latest] : [];
}

type UnitProgramme = MyUnits['units'][number]['programmes'][number];

async function programmeForUnits(
  db: DbOrTx,
  ownerId: string,
  programme: ProgrammeRow,
  unitIds: string[],
  today: IsoDate,
): Promise<(unitId: string) => UnitProgramme> {
  const compliance = await getCompliance(db, ownerId, programme, today);
  const nqts = compliance.nqts.filter((n) => n.unitId && unitIds.includes(n.unitId));
  const enrolmentIds = new Set(nqts.map((n) => n.enrolmentId));

  const agreementRows = (await listAgreementRows(db, { ownerId, programmeId: programme.id })).filter((a) =>
    enrolmentIds.has(a.enrolmentId),
  );
  const agreementOf = new Map((await presentAgreements(db, agreementRows)).map((a) => [a.enrolmentId, a]));

  const [profiles, pairs, staffHere] = await Promise.all([
    db
      .select()
      .from(mentorProfiles)
      .where(and(eq(mentorProfiles.ownerId, ownerId), eq(mentorProfiles.programmeId, programme.id))),
    db
      .select({ enrolmentId: mentorPairs.enrolmentId, mentorPersonId: mentorPairs.mentorPersonId })
      .from(mentorPairs)
      .where(
        and(
          eq(mentorPairs.ownerId, ownerId),
          eq(mentorPairs.programmeId, programme.id),
          eq(mentorPairs.status, 'accepted'),
        ),
      ),
    db
      .select({ personId: employments.personId, unitId: employments.unitId })
      .from(employments)
      .where(
        and(
          eq(employments.ownerId, ownerId),
          inArray(employments.unitId, unitIds),
          or(isNull(employments.endDate), gte(employments.endDate, today)),
        ),
      ),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.personId, p]));
  const nqtCount = new Map<string, number>();
  for (const p of pairs) nqtCount.set(p.mentorPersonId, (nqtCount.get(p.mentorPersonId) ?? 0) + 1);
  const enrolmentUnit = new Map(nqts.map((n) => [n.enrolmentId, n.unitId]));

  // A unit's mentors: those mentoring its NQTs, and those with a mentor profile who work there.
  const mentorsOfUnit = new Map<string, Set<string>>();
  const addMentor = (unitId: string | null | undefined, personId: string) => {
    if (!unitId) return;
    const set = mentorsOfUnit.get(unitId) ?? new Set<string>();
    set.add(personId);
    mentorsOfUnit.set(unitId, set);
  };
  for (const p of pairs) addMentor(enrolmentUnit.get(p.enrolmentId), p.mentorPersonId);
  for (const e of staffHere) if (profileOf.has(e.personId)) addMentor(e.unitId, e.personId);
  const mentorIds = [...new Set([...mentorsOfUnit.values()].flatMap((s) => [...s]))];
  const mentorPeople = mentorIds.length
    ? await db
        .select({
          id: people.id,
          givenName: people.givenName,
          familyName: people.familyName,
          mentorEducation: people.mentorEducation,
        })
        .from(people)
        .where(and(eq(people.ownerId, ownerId), inArray(people.id, mentorIds)))
    : [];
  const personOf = new Map(mentorPeople.map((p) => [p.id, p]));

  return (unitId) => {
    const here = nqts.filter((n) => n.unitId === unitId);
    const planned = here.reduce((sum, n) => sum + n.plannedMinutesToDate, 0);
    const held = here.reduce((sum, n) => sum + n.heldMinutesToDate, 0);
    return {
      programmeId: programme.id,
      name: programme.name,
      schoolYear: programme.schoolYear,
      asOf: compliance.asOf,
      behindScheduleThresholdPercent: compliance.behindScheduleThresholdPercent,
      unit: figures(planned, held),
      nqts: here.map((n) => {
        const agreement = agreementOf.get(n.enrolmentId);
        return {
          plannedMinutesToDate: n.plannedMinutesToDate,
          heldMinutesToDate: n.heldMinutesToDate,
          ratio: n.ratio,
          enrolmentId: n.enrolmentId,
          name: n.name,
          programmeYear: n.programmeYear,
          mentorName: n.mentorName,
          leftOn: n.leftOn,
          isBehind: n.isBehind,
          lapse: n.lapse,
          agreement: agreement ? { isSigned: agreement.isSigned, notAccepted: agreement.notAccepted } : null,
        };
      }),
      mentors: [...(mentorsOfUnit.get(unitId) ?? [])]
        .map((personId) => {
          const person = personOf.get(personId);
          const profile = profileOf.get(personId);
          return {
            personId,
            name: person ? `${person.givenName} ${person.familyName}` : '',
            mentorEducation: person?.mentorEducation ?? 'none',
            capacity: profile?.capacity ?? null,
            minutesPerWeek: profile?.minutesPerWeek ?? null,
            nqtCount: nqtCount.get(personId) ?? 0,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    };
  };
}
