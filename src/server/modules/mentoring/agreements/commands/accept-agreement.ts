import { eq } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import { agreementAcceptances, agreements } from '../../../../db/schema.ts';
import { audit } from '../../../../lib/audit.ts';
import { AppError } from '../../../../lib/errors.ts';
import type { Actor } from '../../../auth/actor.ts';
import { agreementText, latestTemplate, partiesOf, presentAgreements } from '../queries.ts';
import { hashText } from '../render.ts';

/**
 * The caller accepts an agreement on the template version they read, for every part they hold in it.
 * Not a party: 404. An older version than the current: 409 AGREEMENT_VERSION_CHANGED. Accepting the
 * same version again changes nothing. The hash is of the text in the agreement's own language.
 */
export async function acceptAgreement({
  db,
  actor,
  agreementId,
  version,
}: {
  db: Db;
  actor: Actor;
  agreementId: string;
  version: number;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(agreements).where(eq(agreements.id, agreementId)).for('update');
    const mine = row ? partiesOf(actor, row) : [];
    if (!row || mine.length === 0) throw new AppError('NOT_FOUND');
    const template = await latestTemplate(tx, row.ownerId, row.programmeId);
    if (!template || template.version !== version) throw new AppError('AGREEMENT_VERSION_CHANGED');
    const [view] = await presentAgreements(tx, [row]);
    if (!view) throw new AppError('NOT_FOUND');
    const textHash = hashText(agreementText(view, row.locale));
    const inserted = await tx
      .insert(agreementAcceptances)
      .values(
        mine.map((party) => ({
          ownerId: row.ownerId,
          agreementId: row.id,
          party,
          personId: party === 'coordinator' ? null : actor.personId,
          userId: actor.userId,
          templateId: template.id,
          templateVersion: template.version,
          textHash,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: agreementAcceptances.id, party: agreementAcceptances.party });
    if (inserted.length === 0) return;
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: row.ownerId,
      action: 'agreement.accept',
      entity: 'agreement',
      entityId: row.id,
      details: { parties: inserted.map((i) => i.party), templateVersion: template.version, textHash },
    });
  });
}
