import { and, asc, desc, eq, inArray, isNotNull, lte, ne, or } from 'drizzle-orm';
import type { UnitType } from '../../../shared/enums.ts';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import { earliest, osloDate } from '../../../shared/rules/school-year.ts';
import type { PlannedSession } from '../../../shared/rules/session-plan.ts';
import type { Session } from '../../../shared/schemas/mentoring.ts';
import type { DbOrTx } from '../../db/client.ts';
import { enrolments, mentoringSessions, mentorPairs, programmes, units } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { readNotes } from './notes.ts';
import { planForEnrolment } from './plan.ts';
import { pairRoleOf } from './policy.ts';
import { type EnrolmentRow, type ProgrammeRow, programmeAsOf } from './queries.ts';

/*
 * A pair's sessions: the planned schedule computed from the programme's settings (`plan.ts`, never
 * stored) merged with the stored rows (`mentoring_sessions`) by planned date. A planned session that
 * nothing has happened to yet has the id `planned:<date>`; cancelling or moving it stores a row first
 * (it is "materialised"), logging it as held likewise. So a change of cadence or calendar moves the
 * future plan without a migration of rows, and only what people did is stored.
 *
 * The schedule of a pair is its enrolment's plan (the NQT's right to mentoring counts from their start
 * in the programme, not from the day the pair was made, so a late match shows as behind). An ended
 * pair's plan stops on the day it ended. Figures (planned vs held) are per enrolment.
 */

export type PairRow = typeof mentorPairs.$inferSelect;
export type SessionRow = typeof mentoringSessions.$inferSelect;

const PLANNED_PREFIX = 'planned:';
const plannedId = (date: IsoDate) => `${PLANNED_PREFIX}${date}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A session id from a URL: a stored row's uuid or `planned:<date>`; anything else is not found. */
export function parseSessionId(id: string): { kind: 'stored'; id: string } | { kind: 'planned'; date: IsoDate } {
  if (id.startsWith(PLANNED_PREFIX)) {
    const date = id.slice(PLANNED_PREFIX.length);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { kind: 'planned', date };
  } else if (UUID.test(id)) return { kind: 'stored', id };
  throw new AppError('NOT_FOUND');
}

/** Everything a pair's session routes need, loaded once and scoped by the pair's owner. */
export interface PairContext {
  pair: PairRow;
  role: 'mentor' | 'nqt';
  programme: ProgrammeRow;
  enrolment: EnrolmentRow;
  plan: PlannedSession[];
}

/**
 * The caller's own pair (accepted, or ended for its history), or 404: a pair someone is not part of
 * does not exist for them, whatever role they hold.
 */
export async function loadMyPair(db: DbOrTx, actor: Actor, pairId: string, forUpdate = false): Promise<PairContext> {
  if (!actor.personId) throw new AppError('NOT_FOUND');
  const query = db
    .select()
    .from(mentorPairs)
    .where(
      and(
        eq(mentorPairs.id, pairId),
        inArray(mentorPairs.status, ['accepted', 'ended']),
        or(eq(mentorPairs.mentorPersonId, actor.personId), eq(mentorPairs.nqtPersonId, actor.personId)),
      ),
    );
  const [pair] = forUpdate ? await query.for('update') : await query;
  const role = pair ? pairRoleOf(actor, pair) : null;
  if (!pair || !role) throw new AppError('NOT_FOUND');
  const [row] = await db
    .select({ programme: programmes, enrolment: enrolments, unitType: units.unitType })
    .from(enrolments)
    .innerJoin(programmes, and(eq(programmes.id, enrolments.programmeId), eq(programmes.ownerId, pair.ownerId)))
    .leftJoin(units, and(eq(units.id, enrolments.unitId), eq(units.ownerId, pair.ownerId)))
    .where(and(eq(enrolments.ownerId, pair.ownerId), eq(enrolments.id, pair.enrolmentId)));
  if (!row) throw new AppError('NOT_FOUND');
  const takenOverOn = await handoverDay(db, pair);
  return { pair, role, programme: row.programme, enrolment: row.enrolment, plan: pairPlan(pair, row, takenOverOn) };
}

/**
 * The day this pair took over the NQT from an earlier pair that ended (re-paired with a reason), or
 * null for the NQT's first pair. The earlier pair's planned sessions are its own: the new mentor's
 * schedule starts on the day the old pair ended, so they never show up as "not logged" for the new one.
 */
async function handoverDay(db: DbOrTx, pair: PairRow): Promise<IsoDate | null> {
  const earlier = await db
    .select({ endedAt: mentorPairs.endedAt })
    .from(mentorPairs)
    .where(
      and(
        eq(mentorPairs.ownerId, pair.ownerId),
        eq(mentorPairs.enrolmentId, pair.enrolmentId),
        eq(mentorPairs.status, 'ended'),
        ne(mentorPairs.id, pair.id),
        isNotNull(mentorPairs.endedAt),
        lte(mentorPairs.endedAt, pair.endedAt ?? pair.acceptedAt ?? pair.createdAt),
      ),
    )
    .orderBy(desc(mentorPairs.endedAt))
    .limit(1);
  const endedAt = earlier[0]?.endedAt;
  return endedAt ? osloDate(endedAt) : null;
}

/** The pair's planned sessions: the NQT's plan, from the handover (if any) to the pair's end or the NQT leaving. */
function pairPlan(
  pair: PairRow,
  row: { programme: ProgrammeRow; enrolment: EnrolmentRow; unitType: UnitType | null },
  takenOverOn: IsoDate | null,
): PlannedSession[] {
  const endedOn = pair.status === 'ended' && pair.endedAt ? osloDate(pair.endedAt) : null;
  const leftOn =
    row.enrolment.leftOn && endedOn ? earliest(row.enrolment.leftOn, endedOn) : (row.enrolment.leftOn ?? endedOn);
  const plan = planForEnrolment(row.programme.settings, { ...row.enrolment, leftOn }, row.unitType);
  return takenOverOn ? plan.filter((p) => p.date >= takenOverOn) : plan;
}

export async function listPairSessionRows(db: DbOrTx, pair: Pick<PairRow, 'id' | 'ownerId'>): Promise<SessionRow[]> {
  return db
    .select()
    .from(mentoringSessions)
    .where(and(eq(mentoringSessions.ownerId, pair.ownerId), eq(mentoringSessions.pairId, pair.id)))
    .orderBy(asc(mentoringSessions.date));
}

/** Held minutes of an enrolment's sessions (any pair) on or before `asOf`. */
export function heldMinutesTo(rows: readonly Pick<SessionRow, 'status' | 'date' | 'heldMinutes'>[], asOf: IsoDate) {
  let total = 0;
  for (const r of rows) if (r.status === 'held' && r.date <= asOf) total += r.heldMinutes ?? 0;
  return total;
}

export function presentSessionRow(row: SessionRow, note: string | null, plannedMinutes: number | null): Session {
  return {
    id: row.id,
    date: row.date,
    plannedMinutes: row.plannedMinutes ?? plannedMinutes,
    status: row.status,
    heldMinutes: row.heldMinutes,
    format: row.format,
    subGoals: row.subGoals,
    movedTo: row.movedTo,
    note,
    confirmedByNqtAt: row.confirmedByNqtAt?.toISOString() ?? null,
  };
}

function presentPlanned(p: PlannedSession): Session {
  return {
    id: plannedId(p.date),
    date: p.date,
    plannedMinutes: p.minutes,
    status: 'planned',
    heldMinutes: null,
    format: null,
    subGoals: [],
    movedTo: null,
    note: null,
    confirmedByNqtAt: null,
  };
}

/** The day a session is (or was) on: a moved one on its new day. */
const effectiveDate = (s: Session) => s.movedTo ?? s.date;

/** The plan merged with the stored rows, oldest first (newest last). */
export function mergeSchedule(
  plan: readonly PlannedSession[],
  rows: readonly SessionRow[],
  notes: ReadonlyMap<string, string>,
): Session[] {
  const byPlanned = new Map(rows.filter((r) => r.plannedDate).map((r) => [r.plannedDate as string, r]));
  const planMinutes = new Map(plan.map((p) => [p.date, p.minutes]));
  const out: Session[] = [];
  for (const p of plan) {
    const row = byPlanned.get(p.date);
    out.push(row ? presentSessionRow(row, notes.get(row.id) ?? null, p.minutes) : presentPlanned(p));
  }
  for (const row of rows) {
    if (row.plannedDate && planMinutes.has(row.plannedDate)) continue;
    out.push(presentSessionRow(row, notes.get(row.id) ?? null, null));
  }
  return out.sort((a, b) => effectiveDate(a).localeCompare(effectiveDate(b)) || a.id.localeCompare(b.id));
}

/** The pair's whole schedule as the caller may see it (notes only for the pair's own two people). */
export async function pairSchedule(db: DbOrTx, actor: Actor, ctx: PairContext): Promise<Session[]> {
  const rows = await listPairSessionRows(db, ctx.pair);
  const notes = await readNotes(
    db,
    actor,
    ctx.pair,
    rows.map((r) => r.id),
  );
  return mergeSchedule(ctx.plan, rows, notes);
}

/** Up to three coming sessions (planned or moved, on or after today). */
export function nextSessions(schedule: readonly Session[], today: IsoDate): Session[] {
  return schedule
    .filter((s) => (s.status === 'planned' || s.status === 'moved') && effectiveDate(s) >= today)
    .slice(0, 3);
}

/** One stored session of the pair, presented for the caller. */
export async function presentOne(db: DbOrTx, actor: Actor, ctx: PairContext, sessionId: string): Promise<Session> {
  const [row] = await db
    .select()
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.ownerId, ctx.pair.ownerId),
        eq(mentoringSessions.pairId, ctx.pair.id),
        eq(mentoringSessions.id, sessionId),
      ),
    );
  if (!row) throw new AppError('NOT_FOUND');
  const notes = await readNotes(db, actor, ctx.pair, [row.id]);
  const planned = ctx.plan.find((p) => p.date === row.plannedDate)?.minutes ?? null;
  return presentSessionRow(row, notes.get(row.id) ?? null, planned);
}

/** The programme's "today", held inside its school year. */
export function pairAsOf(programme: ProgrammeRow, today: IsoDate): IsoDate {
  return programmeAsOf(programme.settings, today);
}
