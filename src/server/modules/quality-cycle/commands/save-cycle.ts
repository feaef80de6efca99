import { and, eq, sql } from 'drizzle-orm';
import { applyPhaseStatuses } from '../../../../shared/rules/quality-cycle.ts';
import type { QualityCycleInput } from '../../../../shared/schemas/quality-cycle.ts';
import type { Db } from '../../../db/client.ts';
import { qualityCycleSurveys, qualityCycles } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ProgrammeRow } from '../../mentoring/queries.ts';
import { type CycleRow, ensureCycle, lockCycle, ownersSurveyIds } from '../queries.ts';

/**
 * Saves the cycle's own fields whole: phase statuses (a changed phase records who and when), the linked
 * surveys (the owner's only), other sources, the knowledge-base note and the assessment. The caller
 * names the version they edited; if someone saved in between nothing is written (409
 * QUALITY_CYCLE_CHANGED). An unknown or another owner's survey refuses the whole save.
 */
export async function saveCycle({
  db,
  actor,
  programme,
  input,
  now,
  translateKey,
}: {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  input: QualityCycleInput;
  now: Date;
  translateKey: (key: string) => string;
}): Promise<CycleRow> {
  return db.transaction(async (tx) => {
    const current = await ensureCycle(tx, programme, actor.userId);
    // Locked so two saves of the same version cannot both pass the check.
    const locked = await lockCycle(tx, programme.ownerId, current.id);
    if (!locked) throw new AppError('NOT_FOUND');
    if (locked.version !== input.version) {
      throw new AppError('QUALITY_CYCLE_CHANGED', { details: { version: locked.version } });
    }
    const known = await ownersSurveyIds(tx, programme.ownerId, input.surveyIds);
    const unknown = input.surveyIds.flatMap((id, i) => (known.has(id) ? [] : [i]));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        fields: unknown.map((i) => ({
          path: `surveyIds.${i}`,
          message: translateKey('validation.qualityCycle.surveyNotFound'),
        })),
      });
    }
    const [row] = await tx
      .update(qualityCycles)
      .set({
        phases: applyPhaseStatuses(locked.phases, input.phases, actor.userId, now.toISOString()),
        otherSources: input.otherSources,
        knowledgeBaseNote: input.knowledgeBaseNote,
        assessment: input.assessment,
        version: sql`${qualityCycles.version} + 1`,
        updatedBy: actor.userId,
        updatedAt: now,
      })
      .where(and(eq(qualityCycles.ownerId, programme.ownerId), eq(qualityCycles.id, locked.id)))
      .returning();
    if (!row) throw new Error('quality cycle update failed');
    await tx
      .delete(qualityCycleSurveys)
      .where(and(eq(qualityCycleSurveys.ownerId, programme.ownerId), eq(qualityCycleSurveys.cycleId, row.id)));
    if (input.surveyIds.length > 0) {
      await tx
        .insert(qualityCycleSurveys)
        .values(input.surveyIds.map((surveyId) => ({ ownerId: programme.ownerId, cycleId: row.id, surveyId })));
    }
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'quality_cycle.update',
      entity: 'quality_cycle',
      entityId: row.id,
      details: {
        programmeId: programme.id,
        version: row.version,
        phases: input.phases,
        surveys: input.surveyIds.length,
      },
    });
    return row;
  });
}
