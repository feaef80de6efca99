import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { isBehindSchedule } from '../../../shared/rules/compliance.ts';
import { type IsoDate, plusDays } from '../../../shared/rules/school-year.ts';
import type { SubGoal } from '../../../shared/rules/sub-goals.ts';
import type { DbOrTx } from '../../db/client.ts';
import { enrolments, mentoringSessions, mentorPairs, units } from '../../db/schema.ts';
import { seedNotes } from '../mentoring/notes.ts';
import { planForEnrolment } from '../mentoring/plan.ts';
import type { ProgrammeRow } from '../mentoring/queries.ts';
import { seededRandom } from './plan.ts';

/*
 * Logged sessions for the demo pairs up to the demo's "today": most pairs on schedule (every planned
 * session held, now and then one cancelled and made up by an extra one), about 15 % behind (only
 * the first half or so held, the rest left as planned: a lapse the coordinator should see), a few
 * fictional, harmless private notes, and most sessions older than a week confirmed by the NQT. The
 * featured people (the demo mentor's and NQT's logins) get an on-schedule pair with notes and a
 * last session still to confirm, so their pages show every state.
 */

const NOTES = [
  'Vi gikk gjennom planen for foreldremøtet og delte opp agendaen.',
  'Snakket om overganger mellom aktiviteter. Prøver faste signaler neste uke.',
  'Gikk gjennom vurderingsskjemaet for muntlig framføring sammen.',
  'Refleksjon rundt egen lærerrolle: hva gjør jeg når klassen blir urolig?',
  'Observerte hverandres time i forrige uke; snakket om spørsmålsstilling.',
  'Planla samtale med en elev som trenger mer struktur i hverdagen.',
];

export async function seedDemoSessions(
  tx: DbOrTx,
  opts: { programme: ProgrammeRow; today: IsoDate; featuredPersonIds: string[] },
): Promise<void> {
  const { programme, today } = opts;
  const { ownerId, settings } = programme;
  const random = seededRandom(20261122);
  const rows = await tx
    .select({ pair: mentorPairs, enrolment: enrolments, unitType: units.unitType })
    .from(mentorPairs)
    .innerJoin(enrolments, and(eq(enrolments.id, mentorPairs.enrolmentId), eq(enrolments.ownerId, ownerId)))
    .leftJoin(units, and(eq(units.id, enrolments.unitId), eq(units.ownerId, ownerId)))
    .where(and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.programmeId, programme.id)))
    .orderBy(enrolments.id);
  const featured = new Set(opts.featuredPersonIds);

  const sessionRows: (typeof mentoringSessions.$inferInsert)[] = [];
  const noteRows: Parameters<typeof seedNotes>[1] = [];
  for (const { pair, enrolment, unitType } of rows) {
    const isFeatured = featured.has(pair.mentorPersonId) || featured.has(pair.nqtPersonId);
    const plan = planForEnrolment(settings, enrolment, unitType).filter((p) => p.date < today);
    const behind = !isFeatured && random.chance(0.15);
    const heldCount = behind ? Math.floor(plan.length * (0.35 + random.next() * 0.3)) : plan.length;
    // On schedule with one cancelled (and an extra session the week after) only where there is room.
    const cancelIndex = !behind && plan.length >= 6 && random.chance(0.3) ? random.int(1, plan.length - 2) : -1;
    const lastHeld = heldCount - 1;
    plan.slice(0, heldCount).forEach((p, i) => {
      const id = randomUUID();
      const base = {
        id,
        ownerId,
        programmeId: programme.id,
        pairId: pair.id,
        enrolmentId: enrolment.id,
        plannedDate: p.date,
        plannedMinutes: p.minutes,
      };
      if (i === cancelIndex) {
        sessionRows.push({ ...base, date: p.date, status: 'cancelled' });
        sessionRows.push({
          ...base,
          id: randomUUID(),
          plannedDate: null,
          plannedMinutes: null,
          date: plusDays(p.date, 8) < today ? plusDays(p.date, 8) : p.date,
          status: 'held',
          heldMinutes: p.minutes,
          format: 'individual',
          subGoals: subGoalsFor(enrolment.programmeYear, i, random),
        });
        return;
      }
      const recent = plusDays(p.date, 7) >= today;
      const confirmed = !(isFeatured && i === lastHeld) && !recent && random.chance(0.7);
      sessionRows.push({
        ...base,
        date: p.date,
        status: 'held',
        heldMinutes: p.minutes,
        format: random.chance(0.15) ? 'group' : 'individual',
        subGoals: subGoalsFor(enrolment.programmeYear, i, random),
        confirmedByNqtAt: confirmed ? new Date(`${plusDays(p.date, 1)}T14:00:00Z`) : null,
      });
      const withNote = isFeatured ? i >= lastHeld - 2 : random.chance(0.04);
      if (withNote) {
        noteRows.push({ ownerId, pairId: pair.id, sessionId: id, body: random.pick(NOTES), updatedBy: null });
      }
    });
    // Guard the demo's promise: pairs meant to be on schedule are not behind.
    const planned = plan.reduce((n, p) => n + p.minutes, 0);
    const held = plan.slice(0, heldCount).reduce((n, p) => n + p.minutes, 0);
    if (!behind && isBehindSchedule(planned, held, settings.behindScheduleThresholdPercent)) {
      throw new Error('demo: an on-schedule pair came out behind');
    }
  }
  for (let i = 0; i < sessionRows.length; i += 500) {
    await tx.insert(mentoringSessions).values(sessionRows.slice(i, i + 500));
  }
  await seedNotes(tx, noteRows);
}

/** Year one: doing the job (workplace first in the autumn, then belonging and role); year two adds investigating. */
function subGoalsFor(year: 1 | 2, index: number, random: ReturnType<typeof seededRandom>): SubGoal[] {
  const pool: SubGoal[] =
    year === 1
      ? index < 4
        ? ['workplace', 'belonging']
        : ['belonging', 'role', 'workplace']
      : ['role', 'investigate'];
  const first = random.pick(pool);
  const second = random.chance(0.4) ? random.pick(pool) : first;
  return first === second ? [first] : [first, second];
}
