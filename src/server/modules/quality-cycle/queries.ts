import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import { carryOverMeasures, initialPhases, isMeasureOverdue } from '../../../shared/rules/quality-cycle.ts';
import { type IsoDate, osloDate, schoolYearOf } from '../../../shared/rules/school-year.ts';
import { type CycleSurvey, QUALITY_PHASES, type QualityCycle } from '../../../shared/schemas/quality-cycle.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  people,
  programmes,
  qualityCycleSurveys,
  qualityCycles,
  qualityGoals,
  qualityMeasures,
  surveys,
  users,
} from '../../db/schema.ts';
import { audit } from '../../lib/audit.ts';
import { getKnowledgeBaseRow } from '../mentoring/knowledge-base/queries.ts';
import type { ProgrammeRow } from '../mentoring/queries.ts';
import { surveyStatus } from '../surveys/rules.ts';

export type CycleRow = typeof qualityCycles.$inferSelect;
export type GoalRow = typeof qualityGoals.$inferSelect;
export type MeasureRow = typeof qualityMeasures.$inferSelect;

type ProgrammeKey = Pick<ProgrammeRow, 'id' | 'ownerId'>;

/** The programme's cycle, or null before it has one. Filtered by owner. */
export async function getCycleRow(db: DbOrTx, programme: ProgrammeKey): Promise<CycleRow | null> {
  const [row] = await db
    .select()
    .from(qualityCycles)
    .where(and(eq(qualityCycles.ownerId, programme.ownerId), eq(qualityCycles.programmeId, programme.id)));
  return row ?? null;
}

/** The owner's programme before this one: the latest with an earlier school year (as networks find last year's groups). */
export async function previousProgramme(db: DbOrTx, programme: ProgrammeRow): Promise<ProgrammeRow | null> {
  const [row] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.ownerId, programme.ownerId), lt(programmes.schoolYear, programme.schoolYear)))
    .orderBy(desc(programmes.schoolYear))
    .limit(1);
  return row ?? null;
}

/**
 * The programme's cycle, made on first read. When it is made and the owner's previous programme has a
 * cycle, that cycle's open measures are carried over (`shared/rules/quality-cycle.ts`), in the same
 * transaction. Safe when two requests race: the unique index keeps one row, and only the request
 * whose insert made it carries measures over.
 */
export async function ensureCycle(tx: DbOrTx, programme: ProgrammeRow, actorUserId: string): Promise<CycleRow> {
  const existing = await getCycleRow(tx, programme);
  if (existing) return existing;
  const before = await previousProgramme(tx, programme);
  const previousCycle = before ? await getCycleRow(tx, before) : null;
  const [made] = await tx
    .insert(qualityCycles)
    .values({
      ownerId: programme.ownerId,
      programmeId: programme.id,
      previousCycleId: previousCycle?.id ?? null,
      phases: initialPhases(),
    })
    .onConflictDoNothing({ target: qualityCycles.programmeId })
    .returning();
  if (!made) {
    const row = await getCycleRow(tx, programme);
    if (!row) throw new Error('quality cycle insert failed');
    return row;
  }
  let carried = 0;
  if (previousCycle) {
    const open = carryOverMeasures(await listMeasureRows(tx, previousCycle));
    if (open.length > 0) {
      await tx.insert(qualityMeasures).values(
        open.map((m, position) => ({
          ownerId: programme.ownerId,
          cycleId: made.id,
          ...m,
          position,
        })),
      );
    }
    carried = open.length;
  }
  await audit(tx, {
    actorUserId,
    ownerId: programme.ownerId,
    action: 'quality_cycle.create',
    entity: 'quality_cycle',
    entityId: made.id,
    details: { programmeId: programme.id, previousCycleId: previousCycle?.id ?? null, carriedMeasures: carried },
  });
  return made;
}

/** A cycle's row locked for a save. Filtered by owner. */
export async function lockCycle(tx: DbOrTx, ownerId: string, cycleId: string): Promise<CycleRow | null> {
  const [row] = await tx
    .select()
    .from(qualityCycles)
    .where(and(eq(qualityCycles.ownerId, ownerId), eq(qualityCycles.id, cycleId)))
    .for('update');
  return row ?? null;
}

export async function listMeasureRows(db: DbOrTx, cycle: Pick<CycleRow, 'id' | 'ownerId'>): Promise<MeasureRow[]> {
  return db
    .select()
    .from(qualityMeasures)
    .where(and(eq(qualityMeasures.ownerId, cycle.ownerId), eq(qualityMeasures.cycleId, cycle.id)))
    .orderBy(asc(qualityMeasures.position), asc(qualityMeasures.createdAt));
}

export async function listGoalRows(db: DbOrTx, cycle: Pick<CycleRow, 'id' | 'ownerId'>): Promise<GoalRow[]> {
  return db
    .select()
    .from(qualityGoals)
    .where(and(eq(qualityGoals.ownerId, cycle.ownerId), eq(qualityGoals.cycleId, cycle.id)))
    .orderBy(asc(qualityGoals.position), asc(qualityGoals.createdAt));
}

/** Which of these survey ids are the owner's. */
export async function ownersSurveyIds(db: DbOrTx, ownerId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.ownerId, ownerId), inArray(surveys.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

/** Whether the person is the owner's. */
export async function isOwnersPerson(db: DbOrTx, ownerId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.ownerId, ownerId), eq(people.id, personId)));
  return row !== undefined;
}

/** A goal of this cycle, or null. */
export async function getGoalRow(db: DbOrTx, cycle: Pick<CycleRow, 'id' | 'ownerId'>, goalId: string) {
  const [row] = await db
    .select()
    .from(qualityGoals)
    .where(
      and(eq(qualityGoals.ownerId, cycle.ownerId), eq(qualityGoals.cycleId, cycle.id), eq(qualityGoals.id, goalId)),
    );
  return row ?? null;
}

/** A measure of this cycle, or null. */
export async function getMeasureRow(db: DbOrTx, cycle: Pick<CycleRow, 'id' | 'ownerId'>, measureId: string) {
  const [row] = await db
    .select()
    .from(qualityMeasures)
    .where(
      and(
        eq(qualityMeasures.ownerId, cycle.ownerId),
        eq(qualityMeasures.cycleId, cycle.id),
        eq(qualityMeasures.id, measureId),
      ),
    );
  return row ?? null;
}

const surveyColumns = {
  id: surveys.id,
  title: surveys.title,
  programmeId: surveys.programmeId,
  publishedAt: surveys.publishedAt,
  opensAt: surveys.opensAt,
  closesAt: surveys.closesAt,
};

/** The cycle as the API presents it. Reads name their columns; every read is filtered by the owner. */
export async function presentCycle(
  db: DbOrTx,
  programme: ProgrammeRow,
  cycle: CycleRow,
  abilities: QualityCycle['abilities'],
  now: Date,
): Promise<QualityCycle> {
  const ownerId = programme.ownerId;
  const today: IsoDate = osloDate(now);
  const [linked, available, kb, goals, measures, responsible, previous] = await Promise.all([
    db
      .select(surveyColumns)
      .from(qualityCycleSurveys)
      .innerJoin(surveys, and(eq(surveys.id, qualityCycleSurveys.surveyId), eq(surveys.ownerId, ownerId)))
      .where(and(eq(qualityCycleSurveys.ownerId, ownerId), eq(qualityCycleSurveys.cycleId, cycle.id)))
      .orderBy(desc(surveys.createdAt)),
    abilities.manage
      ? db.select(surveyColumns).from(surveys).where(eq(surveys.ownerId, ownerId)).orderBy(desc(surveys.createdAt))
      : Promise.resolve([]),
    getKnowledgeBaseRow(db, programme),
    listGoalRows(db, cycle),
    listMeasureRows(db, cycle),
    db
      .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
      .from(qualityMeasures)
      .innerJoin(
        people,
        and(eq(people.id, qualityMeasures.responsiblePersonId), eq(people.ownerId, qualityMeasures.ownerId)),
      )
      .where(and(eq(qualityMeasures.ownerId, ownerId), eq(qualityMeasures.cycleId, cycle.id))),
    previousCycleOf(db, programme, cycle),
  ]);

  const userIds = [
    ...new Set(
      [cycle.updatedBy, ...QUALITY_PHASES.map((p) => cycle.phases[p]?.changedBy)].filter(
        (id): id is string => typeof id === 'string',
      ),
    ),
  ];
  const names = new Map(
    userIds.length === 0
      ? []
      : (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))).map(
          (u) => [u.id, u.name] as const,
        ),
  );
  const personNames = new Map(responsible.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
  const toSurvey = (s: (typeof linked)[number]): CycleSurvey => ({
    id: s.id,
    title: s.title,
    status: surveyStatus(s, now),
    closesAt: s.closesAt?.toISOString() ?? null,
    ofProgramme: s.programmeId === programme.id,
  });

  return {
    ownerId,
    programmeId: programme.id,
    programmeName: programme.name,
    schoolYear: programme.schoolYear,
    version: cycle.version,
    updatedAt: cycle.updatedAt.toISOString(),
    updatedByName: cycle.updatedBy ? (names.get(cycle.updatedBy) ?? null) : null,
    phases: QUALITY_PHASES.map((phase) => {
      const state = cycle.phases[phase] ?? { status: 'not_started', changedBy: null, changedAt: null };
      return {
        phase,
        status: state.status,
        changedAt: state.changedAt,
        changedByName: state.changedBy ? (names.get(state.changedBy) ?? null) : null,
      };
    }),
    otherSources: cycle.otherSources,
    knowledgeBaseNote: cycle.knowledgeBaseNote,
    assessment: cycle.assessment,
    surveys: linked.map(toSurvey),
    availableSurveys: available.map(toSurvey),
    knowledgeBase: kb
      ? {
          version: kb.version,
          updatedAt: kb.updatedAt.toISOString(),
          isDefault: kb.updatedBy === null,
          revisedThisYear: kb.updatedBy !== null && schoolYearOf(osloDate(kb.updatedAt)) === programme.schoolYear,
        }
      : null,
    goals: goals.map((g) => ({ id: g.id, text: g.text, version: g.version })),
    measures: measures.map((m) => ({
      id: m.id,
      text: m.text,
      responsibleText: m.responsibleText,
      responsiblePersonId: m.responsiblePersonId,
      responsibleName: m.responsiblePersonId ? (personNames.get(m.responsiblePersonId) ?? null) : null,
      dueOn: m.dueOn,
      status: m.status,
      goalId: m.goalId,
      carriedFromSchoolYear: m.carriedFromId ? (previous?.schoolYear ?? null) : null,
      overdue: isMeasureOverdue(m, today),
      version: m.version,
    })),
    previous,
    abilities,
  };
}

/**
 * Last year's cycle for reference: the one this cycle was made from, else the previous programme's
 * cycle if it has one now (made after this one, so nothing was carried over from it).
 */
async function previousCycleOf(
  db: DbOrTx,
  programme: ProgrammeRow,
  cycle: CycleRow,
): Promise<QualityCycle['previous']> {
  let row: { cycle: CycleRow; programme: ProgrammeRow } | null = null;
  if (cycle.previousCycleId) {
    const [found] = await db
      .select({ cycle: qualityCycles, programme: programmes })
      .from(qualityCycles)
      .innerJoin(
        programmes,
        and(eq(programmes.id, qualityCycles.programmeId), eq(programmes.ownerId, qualityCycles.ownerId)),
      )
      .where(and(eq(qualityCycles.ownerId, programme.ownerId), eq(qualityCycles.id, cycle.previousCycleId)));
    row = found ?? null;
  } else {
    const before = await previousProgramme(db, programme);
    const found = before ? await getCycleRow(db, before) : null;
    row = before && found ? { cycle: found, programme: before } : null;
  }
  if (!row) return null;
  const goals = await listGoalRows(db, row.cycle);
  return {
    programmeId: row.programme.id,
    programmeName: row.programme.name,
    schoolYear: row.programme.schoolYear,
    assessment: row.cycle.assessment,
    goals: goals.map((g) => g.text),
  };
}
