import type { SectionInput, SurveyMode, TemplateKey } from '../../../../shared/schemas/surveys.ts';
import { DEFAULT_MIN_GROUP_SIZE } from '../../../../shared/schemas/surveys.ts';
import type { Db } from '../../../db/client.ts';
import { surveys } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import type { SurveyRow } from '../queries.ts';
import { surveyTemplate } from '../templates.ts';
import { writeStructure } from './write-structure.ts';

/** A draft survey from a template (its questions, title and suggested audience) or empty. */
export async function createSurvey({
  db,
  actor,
  ownerId,
  template,
  programmeId,
  mode,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  template: TemplateKey | null;
  programmeId: string | null;
  mode: SurveyMode;
}): Promise<SurveyRow> {
  const t = template ? surveyTemplate(template) : null;
  const sections: SectionInput[] = t?.sections ?? [];
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveys)
      .values({
        ownerId,
        programmeId,
        kind: template ?? 'custom',
        title: t?.title ?? { nb: 'Ny undersøkelse', nn: 'Ny undersøking', en: 'New survey' },
        intro: t?.intro ?? { nb: '', nn: '', en: '' },
        mode,
        minGroupSize: DEFAULT_MIN_GROUP_SIZE,
        audience: t ? { roles: t.roles, programmeId, unitIds: [], networkIds: [] } : null,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('survey insert failed');
    await writeStructure(tx, row, sections);
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'survey.create',
      entity: 'survey',
      entityId: row.id,
      details: { template, mode },
    });
    return row;
  });
}
