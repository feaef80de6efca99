import { and, eq } from 'drizzle-orm';
import type { SurveyInput } from '../../../../shared/schemas/surveys.ts';
import type { Db } from '../../../db/client.ts';
import { programmes, surveys } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { lockSurvey, type SurveyRow } from '../queries.ts';
import { structureErrors, surveyStatus } from '../rules.ts';
import { writeStructure } from './write-structure.ts';

/** Saves a draft as the builder sends it (settings and the whole structure). Only drafts change. */
export async function saveSurvey({
  db,
  actor,
  ownerId,
  surveyId,
  input,
  now,
  translateKey,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  surveyId: string;
  input: SurveyInput;
  now: Date;
  translateKey: (key: string) => string;
}): Promise<SurveyRow> {
  const errors = structureErrors(input.sections);
  if (errors.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      fields: errors.map((e) => ({ path: e.path, message: translateKey(e.message) })),
    });
  }
  return db.transaction(async (tx) => {
    const survey = await lockSurvey(tx, ownerId, surveyId);
    if (!survey) throw new AppError('NOT_FOUND');
    if (surveyStatus(survey, now) !== 'draft') throw new AppError('SURVEY_NOT_DRAFT');
    if (input.programmeId) {
      const [programme] = await tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(and(eq(programmes.ownerId, ownerId), eq(programmes.id, input.programmeId)));
      if (!programme) throw new AppError('NOT_FOUND');
    }
    const [row] = await tx
      .update(surveys)
      .set({
        title: input.title,
        intro: input.intro,
        mode: input.mode,
        programmeId: input.programmeId,
        minGroupSize: input.minGroupSize,
        updatedAt: now,
      })
      .where(and(eq(surveys.ownerId, ownerId), eq(surveys.id, surveyId)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await writeStructure(tx, row, input.sections);
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'survey.save',
      entity: 'survey',
      entityId: surveyId,
      details: { sections: input.sections.length, mode: input.mode },
    });
    return row;
  });
}
