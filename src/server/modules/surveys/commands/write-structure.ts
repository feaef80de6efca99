import { and, eq } from 'drizzle-orm';
import type { SectionInput } from '../../../../shared/schemas/surveys.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { surveyQuestions, surveySections } from '../../../db/schema.ts';
import { normaliseOptions } from '../rules.ts';

/**
 * Replaces a draft's sections and questions. Ids sent back by the builder are kept (a question keeps
 * its id across saves); new ones get fresh ids. Only drafts have no answers, so nothing refers to them.
 */
export async function writeStructure(
  tx: DbOrTx,
  survey: { id: string; ownerId: string },
  sections: SectionInput[],
): Promise<void> {
  await tx
    .delete(surveySections)
    .where(and(eq(surveySections.ownerId, survey.ownerId), eq(surveySections.surveyId, survey.id)));
  const seen = new Set<string>();
  const fresh = (id: string | undefined) => {
    if (!id || seen.has(id)) return crypto.randomUUID();
    seen.add(id);
    return id;
  };
  for (const [s, section] of sections.entries()) {
    const sectionId = fresh(section.id);
    await tx
      .insert(surveySections)
      .values({ id: sectionId, ownerId: survey.ownerId, surveyId: survey.id, position: s, title: section.title });
    if (section.questions.length === 0) continue;
    await tx.insert(surveyQuestions).values(
      section.questions.map((q, i) => ({
        id: fresh(q.id),
        ownerId: survey.ownerId,
        surveyId: survey.id,
        sectionId,
        position: i,
        key: q.key ?? null,
        type: q.type,
        text: q.text,
        options: normaliseOptions(q),
        required: q.required,
      })),
    );
  }
}
