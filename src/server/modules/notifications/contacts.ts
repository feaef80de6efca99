import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '../../../shared/enums.ts';
import type { DbOrTx } from '../../db/client.ts';
import { people, reminderSettings, users } from '../../db/schema.ts';

/*
 * Who mail goes to: e-mail, language and reminder choices of the owner's people (the first login per
 * person; none means bokmål and everything on). Read by the reminders and by network meetings, so it
 * lives here, where neither imports the other.
 */

export interface Contact {
  personId: string;
  givenName: string;
  familyName: string;
  email: string;
  locale: Locale;
  sessionReminders: boolean;
  weeklyDigest: boolean;
}

export async function contacts(
  db: DbOrTx,
  ownerId: string,
  personIds: readonly string[],
): Promise<Map<string, Contact>> {
  const out = new Map<string, Contact>();
  if (personIds.length === 0) return out;
  const rows = await db
    .select({
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      locale: users.locale,
      sessionReminders: reminderSettings.sessionReminders,
      weeklyDigest: reminderSettings.weeklyDigest,
    })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .leftJoin(reminderSettings, eq(reminderSettings.userId, users.id))
    .where(and(eq(people.ownerId, ownerId), inArray(people.id, [...personIds])));
  for (const r of rows) {
    if (!r.email || out.has(r.personId)) continue;
    out.set(r.personId, {
      personId: r.personId,
      givenName: r.givenName,
      familyName: r.familyName,
      email: r.email,
      locale: (r.locale ?? 'nb') as Locale,
      sessionReminders: r.sessionReminders ?? true,
      weeklyDigest: r.weeklyDigest ?? true,
    });
  }
  return out;
}
