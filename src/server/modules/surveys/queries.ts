import { and, asc, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Question, Section, SurveyDetail, SurveySummary } from '../../../shared/schemas/surveys.ts';
import type { DbOrTx } from '../../db/client.ts';
import { surveyInvitations, surveyQuestions, surveyResponses, surveySections, surveys } from '../../db/schema.ts';
import { surveyStatus, surveyWarnings } from './rules.ts';

export type SurveyRow = typeof surveys.$inferSelect;

/** One survey of the owner, or undefined (another owner's id finds nothing). */
export async function getSurveyRow(db: DbOrTx, ownerId: string, surveyId: string): Promise<SurveyRow | undefined> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.ownerId, ownerId), eq(surveys.id, surveyId)));
  return row;
}

/** The survey's sections with their questions, in order. */
export async function loadSections(db: DbOrTx, ownerId: string, surveyId: string): Promise<Section[]> {
  const [sections, questions] = await Promise.all([
    db
      .select()
      .from(surveySections)
      .where(and(eq(surveySections.ownerId, ownerId), eq(surveySections.surveyId, surveyId)))
      .orderBy(asc(surveySections.position)),
    db
      .select()
      .from(surveyQuestions)
      .where(and(eq(surveyQuestions.ownerId, ownerId), eq(surveyQuestions.surveyId, surveyId)))
      .orderBy(asc(surveyQuestions.position)),
  ]);
  return sections.map((s) => ({
    id: s.id,
    title: s.title,
    questions: questions
      .filter((q) => q.sectionId === s.id)
      .map(
        (q): Question => ({
          id: q.id,
          key: q.key,
          type: q.type,
          text: q.text,
          options: q.options,
          required: q.required,
        }),
      ),
  }));
}

/**
 * Invited and answered per survey. The answered count comes from the responses (anonymous mode keeps
 * no other trace worth counting), so a coordinator sees only numbers, never who.
 */
export async function surveyCounts(
  db: DbOrTx,
  ownerId: string,
  surveyIds: string[],
): Promise<Map<string, { invited: number; answered: number; lastRemindedAt: Date | null }>> {
  const result = new Map<string, { invited: number; answered: number; lastRemindedAt: Date | null }>();
  if (surveyIds.length === 0) return result;
  for (const id of surveyIds) result.set(id, { invited: 0, answered: 0, lastRemindedAt: null });
  const [invited, answered] = await Promise.all([
    db
      .select({ surveyId: surveyInvitations.surveyId, n: count(), reminded: max(surveyInvitations.remindedAt) })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.ownerId, ownerId), inArray(surveyInvitations.surveyId, surveyIds)))
      .groupBy(surveyInvitations.surveyId),
    db
      .select({ surveyId: surveyResponses.surveyId, n: count() })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.ownerId, ownerId), inArray(surveyResponses.surveyId, surveyIds)))
      .groupBy(surveyResponses.surveyId),
  ]);
  for (const r of invited) {
    const entry = result.get(r.surveyId);
    if (entry) {
      entry.invited = r.n;
      entry.lastRemindedAt = r.reminded ? new Date(r.reminded) : null;
    }
  }
  for (const r of answered) {
    const entry = result.get(r.surveyId);
    if (entry) entry.answered = r.n;
  }
  return result;
}

function summary(row: SurveyRow, counts: { invited: number; answered: number }, now: Date): SurveySummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    mode: row.mode,
    status: surveyStatus(row, now),
    programmeId: row.programmeId,
    opensAt: row.opensAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    counts: { invited: counts.invited, answered: counts.answered },
  };
}

export async function listSurveys(db: DbOrTx, ownerId: string, now: Date): Promise<SurveySummary[]> {
  const rows = await db
    .select()
    .from(surveys)
    .where(eq(surveys.ownerId, ownerId))
    .orderBy(desc(surveys.createdAt), asc(surveys.id));
  const counts = await surveyCounts(
    db,
    ownerId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => summary(r, counts.get(r.id) ?? { invited: 0, answered: 0 }, now));
}

/** The builder's and the distribution page's view of one survey. */
export async function presentSurvey(
  db: DbOrTx,
  row: SurveyRow,
  abilities: { manage: boolean },
  now: Date,
): Promise<SurveyDetail> {
  const [sections, counts] = await Promise.all([
    loadSections(db, row.ownerId, row.id),
    surveyCounts(db, row.ownerId, [row.id]),
  ]);
  const c = counts.get(row.id) ?? { invited: 0, answered: 0, lastRemindedAt: null };
  const status = surveyStatus(row, now);
  return {
    ...summary(row, c, now),
    intro: row.intro,
    minGroupSize: row.minGroupSize,
    audience: row.audience,
    sections,
    warnings: surveyWarnings(row.mode, sections),
    lastRemindedAt: c.lastRemindedAt?.toISOString() ?? null,
    reminderDays: row.reminderDays,
    abilities: { manage: abilities.manage, edit: abilities.manage && status === 'draft' },
  };
}

/** Locks the survey row: answers, sends and edits of one survey run one at a time. */
export async function lockSurvey(tx: DbOrTx, ownerId: string, surveyId: string): Promise<SurveyRow | undefined> {
  const [row] = await tx
    .select()
    .from(surveys)
    .where(and(eq(surveys.ownerId, ownerId), eq(surveys.id, surveyId)))
    .for('update');
  return row;
}
