import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import type { TemplateTexts } from '../../../../../shared/schemas/agreements.ts';
import type { Db, DbOrTx } from '../../../../db/client.ts';
import { agreementTemplates, programmes } from '../../../../db/schema.ts';
import { audit } from '../../../../lib/audit.ts';
import type { Actor } from '../../../auth/actor.ts';
import type { ProgrammeRow } from '../../queries.ts';
import { latestTemplate, type TemplateRow } from '../queries.ts';
import { defaultTemplateTexts } from '../render.ts';

/** Serialises writes to one programme's agreements (template versions are max + 1; agreements one per enrolment). */
export async function lockProgramme(tx: DbOrTx, programme: ProgrammeRow): Promise<void> {
  await tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.ownerId, programme.ownerId), eq(programmes.id, programme.id)))
    .for('update');
}

async function insertVersion(
  tx: DbOrTx,
  actor: Pick<Actor, 'userId'>,
  programme: ProgrammeRow,
  version: number,
  texts: TemplateTexts,
) {
  const [row] = await tx
    .insert(agreementTemplates)
    .values({ ownerId: programme.ownerId, programmeId: programme.id, version, texts, createdBy: actor.userId })
    .returning();
  if (!row) throw new Error('template insert failed');
  await audit(tx, {
    actorUserId: actor.userId,
    ownerId: programme.ownerId,
    action: 'agreement_template.version',
    entity: 'agreement_template',
    entityId: row.id,
    details: { programmeId: programme.id, version },
  });
  return row;
}

/** The programme's newest template, writing version 1 from the defaults when there is none (inside the caller's transaction). */
export async function ensureTemplate(
  tx: DbOrTx,
  actor: Pick<Actor, 'userId'>,
  programme: ProgrammeRow,
): Promise<TemplateRow> {
  return (
    (await latestTemplate(tx, programme.ownerId, programme.id)) ??
    insertVersion(tx, actor, programme, 1, defaultTemplateTexts())
  );
}

/**
 * Saves the template as a new version; versions are never changed, since parties accepted them. The
 * same texts as the newest version change nothing (no new version, nobody has to accept again).
 */
export async function saveTemplate({
  db,
  actor,
  programme,
  texts,
}: {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  texts: TemplateTexts;
}): Promise<TemplateRow> {
  return db.transaction(async (tx) => {
    await lockProgramme(tx, programme);
    const latest = await latestTemplate(tx, programme.ownerId, programme.id);
    if (latest && isDeepStrictEqual(latest.texts, texts)) return latest;
    if (!latest && isDeepStrictEqual(defaultTemplateTexts(), texts)) return ensureTemplate(tx, actor, programme);
    return insertVersion(tx, actor, programme, (latest?.version ?? 0) + 1, texts);
  });
}
