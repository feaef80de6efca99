import { and, eq, ne } from 'drizzle-orm';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import { type SubGoalSession, subGoalTime } from '../../../../shared/rules/sub-goal-time.ts';
import type { KnowledgeBase, SubGoalTime } from '../../../../shared/schemas/knowledge-base.ts';
import type { DbOrTx } from '../../../db/client.ts';
import {
  enrolments,
  knowledgeBases,
  mentoringSessions,
  mentorPairs,
  mentorProfiles,
  users,
} from '../../../db/schema.ts';
import type { ProgrammeRow } from '../queries.ts';
import { unitLeadersByUnit } from '../unit-leaders.ts';
import { defaultKnowledgeBaseTexts } from './defaults.ts';
import type { ProgrammePart } from './policy.ts';

export type KnowledgeBaseRow = typeof knowledgeBases.$inferSelect;

/** The programme's knowledge base row, or null before it has one. Filtered by owner. */
export async function getKnowledgeBaseRow(
  db: DbOrTx,
  programme: Pick<ProgrammeRow, 'id' | 'ownerId'>,
): Promise<KnowledgeBaseRow | null> {
  const [row] = await db
    .select()
    .from(knowledgeBases)
    .where(and(eq(knowledgeBases.ownerId, programme.ownerId), eq(knowledgeBases.programmeId, programme.id)));
  return row ?? null;
}

/**
 * The programme's knowledge base, written from the defaults if it has none yet (programmes created
 * before the knowledge base existed, or made by the test factories). Safe when two requests race:
 * the unique index on the programme keeps one row.
 */
export async function ensureKnowledgeBase(
  db: DbOrTx,
  programme: Pick<ProgrammeRow, 'id' | 'ownerId'>,
): Promise<KnowledgeBaseRow> {
  const existing = await getKnowledgeBaseRow(db, programme);
  if (existing) return existing;
  await db
    .insert(knowledgeBases)
    .values({ ownerId: programme.ownerId, programmeId: programme.id, texts: defaultKnowledgeBaseTexts() })
    .onConflictDoNothing({ target: knowledgeBases.programmeId });
  const row = await getKnowledgeBaseRow(db, programme);
  if (!row) throw new Error('knowledge base insert failed');
  return row;
}

/** The row as the API presents it, with the name of who saved it last. */
export async function presentKnowledgeBase(
  db: DbOrTx,
  programme: Pick<ProgrammeRow, 'id' | 'ownerId' | 'name'>,
  row: KnowledgeBaseRow,
  abilities: KnowledgeBase['abilities'],
): Promise<KnowledgeBase> {
  let updatedByName: string | null = null;
  if (row.updatedBy) {
    const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy));
    updatedByName = user?.name ?? null;
  }
  return {
    ownerId: programme.ownerId,
    programmeId: programme.id,
    programmeName: programme.name,
    version: row.version,
    isDefault: row.updatedBy === null,
    texts: row.texts,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName,
    abilities,
  };
}

/**
 * The caller's parts in a programme through their person: an enrolled NQT, a mentor (a mentor profile
 * or a pair that has not ended), or the leader of a unit where an NQT of the programme is enrolled.
 * Every read is filtered by the programme's owner.
 */
export async function programmePartsOf(
  db: DbOrTx,
  programme: Pick<ProgrammeRow, 'id' | 'ownerId'>,
  personId: string | null,
  today: IsoDate,
): Promise<ProgrammePart[]> {
  if (!personId) return [];
  const { ownerId, id: programmeId } = programme;
  const [asNqt, asMentorPair, asMentorProfile, unitRows] = await Promise.all([
    db
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(
        and(
          eq(enrolments.ownerId, ownerId),
          eq(enrolments.programmeId, programmeId),
          eq(enrolments.personId, personId),
        ),
      )
      .limit(1),
    db
      .select({ id: mentorPairs.id })
      .from(mentorPairs)
      .where(
        and(
          eq(mentorPairs.ownerId, ownerId),
          eq(mentorPairs.programmeId, programmeId),
          eq(mentorPairs.mentorPersonId, personId),
          ne(mentorPairs.status, 'ended'),
        ),
      )
      .limit(1),
    db
      .select({ id: mentorProfiles.id })
      .from(mentorProfiles)
      .where(
        and(
          eq(mentorProfiles.ownerId, ownerId),
          eq(mentorProfiles.programmeId, programmeId),
          eq(mentorProfiles.personId, personId),
        ),
      )
      .limit(1),
    db
      .selectDistinct({ unitId: enrolments.unitId })
      .from(enrolments)
      .where(and(eq(enrolments.ownerId, ownerId), eq(enrolments.programmeId, programmeId))),
  ]);
  const parts: ProgrammePart[] = [];
  if (asNqt.length > 0) parts.push('nqt');
  if (asMentorPair.length > 0 || asMentorProfile.length > 0) parts.push('mentor');
  const unitIds = unitRows.map((u) => u.unitId).filter((id): id is string => id !== null);
  if (unitIds.length > 0) {
    const leaders = await unitLeadersByUnit(db, ownerId, today, unitIds);
    if ([...leaders.values()].some((people) => people.includes(personId))) parts.push('unit_leader');
  }
  return parts;
}

/**
 * Held minutes per sub-goal and programme year (`shared/rules/sub-goal-time.ts`). Reads name their
 * columns: no note text can come in (notes live in their own table, which only `notes.ts` reads).
 */
export async function getSubGoalTime(
  db: DbOrTx,
  programme: Pick<ProgrammeRow, 'id' | 'ownerId'>,
): Promise<SubGoalTime> {
  const rows = await db
    .select({
      status: mentoringSessions.status,
      heldMinutes: mentoringSessions.heldMinutes,
      subGoals: mentoringSessions.subGoals,
      programmeYear: enrolments.programmeYear,
    })
    .from(mentoringSessions)
    .innerJoin(
      enrolments,
      and(eq(enrolments.id, mentoringSessions.enrolmentId), eq(enrolments.ownerId, mentoringSessions.ownerId)),
    )
    .where(
      and(
        eq(mentoringSessions.ownerId, programme.ownerId),
        eq(mentoringSessions.programmeId, programme.id),
        eq(mentoringSessions.status, 'held'),
      ),
    );
  return { programmeId: programme.id, ...subGoalTime(rows satisfies SubGoalSession[]) };
}
