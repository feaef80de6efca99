import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '../../../shared/enums.ts';
import type { DbOrTx } from '../../db/client.ts';
import { people, reminderSettings, users } from '../../db/schema.ts';

export interface Contact {
  personId: string;
  givenName: string;
  familyName: string;
  email: string;
  locale: Locale;
  /** The person's day-before reminder choice (on unless turned off on /kalender). */
  reminders: boolean;
}

/**
 * E-mail, language and reminder choice of the owner's people (the first login per person; none means
 * bokmål and reminders on), as the reminders module reads them. Its own copy, because the reminders
 * module imports this module's job (`DAY_BEFORE_REMINDERS`) and a cycle would leave that list empty.
 */
export async function contacts(db: DbOrTx, ownerId: string, personIds: readonly string[]) {
  const out = new Map<string, Contact>();
  if (personIds.length === 0) return out;
  const rows = await db
    .select({
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      locale: users.locale,
      reminders: reminderSettings.sessionReminders,
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
      reminders: r.reminders ?? true,
    });
  }
  return out;
}
