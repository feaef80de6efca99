import { and, eq, gte, isNull, or } from 'drizzle-orm';
import type { Locale } from '../../../../../shared/enums.ts';
import type { IsoDate } from '../../../../../shared/rules/school-year.ts';
import type { Db, DbOrTx } from '../../../../db/client.ts';
import { agreements, enrolments, mentorPairs, roleGrants, users } from '../../../../db/schema.ts';
import { audit } from '../../../../lib/audit.ts';
import { AppError } from '../../../../lib/errors.ts';
import type { Actor } from '../../../auth/actor.ts';
import type { ProgrammeRow } from '../../queries.ts';
import { unitLeadersByUnit } from '../../unit-leaders.ts';
import { ensureTemplate, lockProgramme } from './save-template.ts';

/** The coordinator named in the agreements: the caller, or a user with a programme coordinator grant at this owner. */
async function checkCoordinator(tx: DbOrTx, ownerId: string, userId: string) {
  const [grant] = await tx
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.ownerId, ownerId),
        eq(roleGrants.role, 'programme_coordinator'),
        isNull(roleGrants.revokedAt),
        eq(users.active, true),
      ),
    )
    .limit(1);
  if (!grant) throw new AppError('NOT_A_COORDINATOR');
}

/**
 * Makes one agreement for every enrolled NQT who has not left, and brings the named mentor (the open
 * accepted pair's) and unit leader up to date on the existing ones. Running it again changes nothing
 * that has not changed; acceptances are never removed (a new mentor accepts for themself).
 */
export async function createAgreements(opts: {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  coordinatorUserId: string | undefined;
  locale: Locale;
  today: IsoDate;
}): Promise<{ created: number; updated: number }> {
  return opts.db.transaction((tx) => createAgreementsIn(tx, opts));
}

/** createAgreements inside the caller's transaction (the demo seed runs it in its own). */
export async function createAgreementsIn(
  tx: DbOrTx,
  {
    actor,
    programme,
    coordinatorUserId,
    locale,
    today,
  }: {
    actor: Pick<Actor, 'userId'>;
    programme: ProgrammeRow;
    coordinatorUserId: string | undefined;
    locale: Locale;
    today: IsoDate;
  },
): Promise<{ created: number; updated: number }> {
  const { ownerId } = programme;
  await lockProgramme(tx, programme);
  if (coordinatorUserId && coordinatorUserId !== actor.userId) await checkCoordinator(tx, ownerId, coordinatorUserId);
  const coordinator = coordinatorUserId ?? actor.userId;
  const template = await ensureTemplate(tx, actor, programme);
  const enrolled = await tx
    .select()
    .from(enrolments)
    .where(
      and(
        eq(enrolments.ownerId, ownerId),
        eq(enrolments.programmeId, programme.id),
        or(isNull(enrolments.leftOn), gte(enrolments.leftOn, today)),
      ),
    );
  const pairs = await tx
    .select({ enrolmentId: mentorPairs.enrolmentId, mentorPersonId: mentorPairs.mentorPersonId })
    .from(mentorPairs)
    .where(
      and(
        eq(mentorPairs.ownerId, ownerId),
        eq(mentorPairs.programmeId, programme.id),
        eq(mentorPairs.status, 'accepted'),
      ),
    );
  const mentorOf = new Map(pairs.map((p) => [p.enrolmentId, p.mentorPersonId]));
  const unitIds = [...new Set(enrolled.map((e) => e.unitId).filter((u) => u !== null))];
  const leaders = await unitLeadersByUnit(tx, ownerId, today, unitIds);
  const existing = new Map(
    (
      await tx
        .select()
        .from(agreements)
        .where(and(eq(agreements.ownerId, ownerId), eq(agreements.programmeId, programme.id)))
    ).map((a) => [a.enrolmentId, a]),
  );

  let created = 0;
  let updated = 0;
  const toInsert: (typeof agreements.$inferInsert)[] = [];
  for (const e of enrolled) {
    const mentorPersonId = mentorOf.get(e.id) ?? null;
    const unitLeaderPersonId = (e.unitId && leaders.get(e.unitId)?.[0]) || null;
    const row = existing.get(e.id);
    if (!row) {
      toInsert.push({
        ownerId,
        programmeId: programme.id,
        enrolmentId: e.id,
        nqtPersonId: e.personId,
        mentorPersonId,
        unitLeaderPersonId,
        coordinatorUserId: coordinator,
        locale,
        createdBy: actor.userId,
      });
      created++;
    } else if (row.mentorPersonId !== mentorPersonId || row.unitLeaderPersonId !== unitLeaderPersonId) {
      await tx
        .update(agreements)
        .set({ mentorPersonId, unitLeaderPersonId, updatedAt: new Date() })
        .where(and(eq(agreements.ownerId, ownerId), eq(agreements.id, row.id)));
      updated++;
    }
  }
  for (let i = 0; i < toInsert.length; i += 500) await tx.insert(agreements).values(toInsert.slice(i, i + 500));
  if (created > 0 || updated > 0) {
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'agreement.create_all',
      entity: 'programme',
      entityId: programme.id,
      details: { created, updated, templateVersion: template.version, coordinatorUserId: coordinator },
    });
  }
  return { created, updated };
}
