import { inArray } from 'drizzle-orm';
import type { Locale } from '../../../shared/enums.ts';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type { DbOrTx } from '../../db/client.ts';
import { agreementAcceptances, users } from '../../db/schema.ts';
import { createAgreementsIn } from '../mentoring/agreements/commands/create-agreements.ts';
import {
  agreementText,
  latestTemplate,
  listAgreementRows,
  presentAgreements,
} from '../mentoring/agreements/queries.ts';
import { hashText } from '../mentoring/agreements/render.ts';
import type { ProgrammeRow } from '../mentoring/queries.ts';
import { seededRandom } from './plan.ts';

/*
 * The demo's agreements: one per enrolled NQT on the default template (version 1), made by the
 * coordinator in September. About four in five are signed by all four parties; the rest wait for the
 * unit leader, the mentor or both, so the coordinator's "who has not accepted" list has names. The
 * featured mentor and NQT (the demo logins) still have their own acceptance to give.
 */

const LOCALE: Locale = 'nb';

export async function seedDemoAgreements(
  tx: DbOrTx,
  opts: { programme: ProgrammeRow; coordinatorUserId: string; today: IsoDate; featuredPersonIds: string[] },
): Promise<void> {
  const { programme } = opts;
  const actor = { userId: opts.coordinatorUserId };
  await createAgreementsIn(tx, {
    actor,
    programme,
    coordinatorUserId: undefined,
    locale: LOCALE,
    today: opts.today,
  });
  const template = await latestTemplate(tx, programme.ownerId, programme.id);
  if (!template) throw new Error('demo: no agreement template');
  const rows = await listAgreementRows(tx, { ownerId: programme.ownerId, programmeId: programme.id });
  const views = await presentAgreements(tx, rows);
  const personIds = [
    ...new Set(rows.flatMap((r) => [r.nqtPersonId, r.mentorPersonId, r.unitLeaderPersonId]).filter((p) => p !== null)),
  ];
  const logins = await tx
    .select({ id: users.id, personId: users.personId })
    .from(users)
    .where(inArray(users.personId, personIds));
  const userOfPerson = new Map(logins.map((u) => [u.personId, u.id]));
  const personUser = (personId: string) => userOfPerson.get(personId) ?? null;
  const featured = new Set(opts.featuredPersonIds);
  const random = seededRandom(20260915);
  const acceptances: (typeof agreementAcceptances.$inferInsert)[] = [];
  rows.forEach((row, i) => {
    const view = views[i];
    if (!view) return;
    const textHash = hashText(agreementText(view, LOCALE));
    const pending = random.chance(0.2);
    // A pending agreement waits for the unit leader, the mentor, or both.
    const waitFor = pending ? random.int(0, 2) : -1;
    const day = (offset: number) => new Date(Date.UTC(2026, 8, 7 + offset, 8 + random.int(0, 7), random.int(0, 59)));
    const add = (
      party: 'nqt' | 'mentor' | 'unit_leader' | 'coordinator',
      userId: string | null,
      personId: string | null,
      when: Date,
    ) => {
      if (!userId) return;
      acceptances.push({
        ownerId: row.ownerId,
        agreementId: row.id,
        party,
        personId,
        userId,
        templateId: template.id,
        templateVersion: template.version,
        textHash,
        acceptedAt: when,
      });
    };
    const isFeatured =
      featured.has(row.nqtPersonId) || (row.mentorPersonId !== null && featured.has(row.mentorPersonId));
    add('coordinator', row.coordinatorUserId, null, day(0));
    if (!(isFeatured && featured.has(row.nqtPersonId)))
      add('nqt', personUser(row.nqtPersonId), row.nqtPersonId, day(random.int(1, 10)));
    if (row.mentorPersonId && waitFor !== 1 && waitFor !== 2 && !(isFeatured && featured.has(row.mentorPersonId))) {
      add('mentor', personUser(row.mentorPersonId), row.mentorPersonId, day(random.int(1, 14)));
    }
    if (row.unitLeaderPersonId && waitFor !== 0 && waitFor !== 2) {
      add('unit_leader', personUser(row.unitLeaderPersonId), row.unitLeaderPersonId, day(random.int(3, 21)));
    }
  });
  for (let i = 0; i < acceptances.length; i += 500) {
    await tx.insert(agreementAcceptances).values(acceptances.slice(i, i + 500));
  }
}
