// node_modules/.bin/node bench/reminders.ts — seeds Demo kommune into an in-memory PGlite and times the
// reminder jobs over its 150 pairs: the day-before reminders (first run sends, second finds all taken),
// the weekly digest, and one mentor's calendar feed.
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client.ts';
import { mailOutbox, mentorPairs, owners, people, users } from '../src/server/db/schema.ts';
import { loadActor } from '../src/server/modules/auth/actor.ts';
import { buildFeed } from '../src/server/modules/calendar/feed.ts';
import { mentoringSessionItems } from '../src/server/modules/calendar/mentoring-source.ts';
import { DEMO_TODAY } from '../src/server/modules/demo/mentoring.ts';
import { seedDemo } from '../src/server/modules/demo/seed.ts';
import { runDayBeforeReminders, runWeeklyDigest } from '../src/server/modules/reminders/run-reminders.ts';
import { mondayOf, plusDays } from '../src/shared/rules/school-year.ts';

const database = await openDatabase({ dataDir: null });
await database.migrate();
const credentials = await seedDemo(database.db);
const db = database.db;
const [owner] = await db.select().from(owners).where(eq(owners.name, 'Demo kommune'));
if (!owner) throw new Error('no demo owner');
const pairs = await db.select().from(mentorPairs).where(eq(mentorPairs.ownerId, owner.id));
const accepted = pairs.filter((p) => p.status === 'accepted');
const mentorEmails = await db
  .select({ id: people.id, email: people.email })
  .from(people)
  .where(eq(people.ownerId, owner.id));
const withEmail = new Set(mentorEmails.filter((p) => p.email).map((p) => p.id));
console.log(
  `mentors with an e-mail address: ${new Set(accepted.map((p) => p.mentorPersonId).filter((id) => withEmail.has(id))).size}`,
);
console.log(`${accepted.length} accepted pairs, ${new Set(accepted.map((p) => p.mentorPersonId)).size} mentors`);
const opts = (today: string) => ({ today, publicUrl: 'https://tillit.test', ownerId: owner.id });
const time = async (label: string, f: () => Promise<unknown>) => {
  const t0 = performance.now();
  const out = await f();
  console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms → ${JSON.stringify(out)}`);
  return out;
};
// The Sunday before the demo week's Monday, so tomorrow has the Monday sessions.
const sunday = plusDays(mondayOf(DEMO_TODAY), 6);
await time(`day-before reminders for ${plusDays(sunday, 1)} (mails sent)`, () =>
  runDayBeforeReminders(db, opts(sunday)),
);
await time('the same again (all taken)', () => runDayBeforeReminders(db, opts(sunday)));
await time(`weekly digest for ${mondayOf(DEMO_TODAY)} (mails sent)`, () =>
  runWeeklyDigest(db, opts(mondayOf(DEMO_TODAY))),
);
await time('the same again (all taken)', () => runWeeklyDigest(db, opts(mondayOf(DEMO_TODAY))));
console.log(`outbox rows: ${(await db.select().from(mailOutbox).where(eq(mailOutbox.ownerId, owner.id))).length}`);
const mentor = credentials.find((c) => c.role === 'mentor');
const [user] = mentor ? await db.select().from(users).where(eq(users.email, mentor.email)) : [];
const actor = user ? await loadActor(db, user.id) : null;
if (actor) {
  await time('one mentor’s feed (items, then bytes)', async () => {
    const items = await mentoringSessionItems(db, { actor, locale: actor.locale, today: DEMO_TODAY, publicUrl: '' });
    return [items.length, buildFeed(items, { locale: actor.locale, now: new Date() }).length];
  });
}
await database.close();
