import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import { type NudgeStep, nudgeSteps, type OpenLapse } from '../../../../shared/rules/nudges.ts';
import { type IsoDate, isSchoolDay, osloDate } from '../../../../shared/rules/school-year.ts';
import type { Compliance } from '../../../../shared/schemas/mentoring.ts';
import type { Db, DbOrTx, Tx } from '../../../db/client.ts';
import { complianceLapses, mentorPairs, people, programmes, users } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { queueMail } from '../../notifications/outbox.ts';
import { getCompliance } from '../compliance-queries.ts';
import type { ProgrammeRow } from '../queries.ts';
import { unitLeadersByUnit } from '../unit-leaders.ts';

export interface NudgeRun {
  programmes: number;
  opened: number;
  ended: number;
  mentorNudges: number;
  leaderNudges: number;
}

type NqtFigures = Compliance['nqts'][number];

/**
 * The daily compliance check (a pg-boss job, see `jobs.ts`): for every programme in its school year,
 * on school days only (no nudges in the holidays or at weekends), open and end lapses and send the
 * nudges `nudgeSteps` decides. Each NQT is handled in its own transaction that records the step and
 * queues the mail together; a step is taken only by the update that finds it not yet taken, so a
 * retried or doubled run sends nothing twice.
 *
 * Only matched NQTs who have not left are checked: an unmatched NQT is a matching matter for the
 * coordinator (the reach and matching pages), not a mentor's lapse.
 */
export async function runComplianceNudges(
  db: Db | Tx,
  opts: { today: IsoDate; publicUrl: string; ownerId?: string | undefined },
): Promise<NudgeRun> {
  const { today } = opts;
  const run: NudgeRun = { programmes: 0, opened: 0, ended: 0, mentorNudges: 0, leaderNudges: 0 };
  const all = await db
    .select()
    .from(programmes)
    .where(opts.ownerId ? eq(programmes.ownerId, opts.ownerId) : undefined);
  for (const programme of all) {
    const { calendar } = programme.settings;
    if (today < calendar.firstDay || today > calendar.lastDay || !isSchoolDay(today, calendar)) continue;
    run.programmes++;
    await checkProgramme(db, programme, today, opts.publicUrl, run);
  }
  return run;
}

async function checkProgramme(db: Db | Tx, programme: ProgrammeRow, today: IsoDate, publicUrl: string, run: NudgeRun) {
  const ownerId = programme.ownerId;
  const compliance = await getCompliance(db, ownerId, programme, today);
  const checked = compliance.nqts.filter((n) => n.pairId && n.mentorPersonId && !(n.leftOn && n.leftOn <= today));
  const leaders = await unitLeadersByUnit(db, ownerId, today);
  const handovers = await handoverDays(db, programme);
  for (const nqt of checked) {
    const open: OpenLapse | null = nqt.lapse;
    const steps = nudgeSteps({
      behind: nqt.isBehind,
      lapse: open,
      today,
      settings: programme.settings.nudges,
      pairSince: handovers.get(nqt.enrolmentId) ?? null,
    });
    if (steps.length === 0) continue;
    await db.transaction(async (tx) => {
      for (const step of steps) {
        const done = await takeStep(tx, { step, programme, nqt, today, publicUrl, compliance, leaders });
        if (!done) continue;
        if (step === 'open') run.opened++;
        if (step === 'end') run.ended++;
        if (step === 'nudge-mentor') run.mentorNudges++;
        if (step === 'nudge-leader') run.leaderNudges++;
      }
    });
  }
  // Lapses of NQTs no longer checked (left, or their pair ended) end too, so they do not linger as open.
  const stillChecked = new Set(checked.map((n) => n.enrolmentId));
  const stale = compliance.nqts.filter((n) => n.lapse && !stillChecked.has(n.enrolmentId)).map((n) => n.enrolmentId);
  if (stale.length > 0) {
    const ended = await db
      .update(complianceLapses)
      .set({ endedOn: today })
      .where(
        and(
          eq(complianceLapses.ownerId, ownerId),
          inArray(complianceLapses.enrolmentId, stale),
          isNull(complianceLapses.endedOn),
        ),
      )
      .returning({ id: complianceLapses.id });
    run.ended += ended.length;
  }
}

/**
 * Per re-paired NQT, the day their current pair took over (the day the latest earlier pair ended, as in
 * `sessions.ts`): a lapse from before it was the earlier mentor's.
 */
async function handoverDays(db: DbOrTx, programme: ProgrammeRow): Promise<Map<string, IsoDate>> {
  const rows = await db
    .select({ enrolmentId: mentorPairs.enrolmentId, endedAt: max(mentorPairs.endedAt) })
    .from(mentorPairs)
    .where(
      and(
        eq(mentorPairs.ownerId, programme.ownerId),
        eq(mentorPairs.programmeId, programme.id),
        eq(mentorPairs.status, 'ended'),
      ),
    )
    .groupBy(mentorPairs.enrolmentId);
  return new Map(rows.flatMap((r) => (r.endedAt ? [[r.enrolmentId, osloDate(r.endedAt)] as const] : [])));
}

interface StepContext {
  step: NudgeStep;
  programme: ProgrammeRow;
  nqt: NqtFigures;
  today: IsoDate;
  publicUrl: string;
  compliance: Compliance;
  leaders: Map<string, string[]>;
}

/** Takes one step inside the NQT's transaction; false when another run already took it. */
async function takeStep(tx: DbOrTx, ctx: StepContext): Promise<boolean> {
  const { step, programme, nqt, today } = ctx;
  const ownerId = programme.ownerId;
  const openLapse = and(
    eq(complianceLapses.ownerId, ownerId),
    eq(complianceLapses.enrolmentId, nqt.enrolmentId),
    isNull(complianceLapses.endedOn),
  );
  if (step === 'open') {
    const opened = await tx
      .insert(complianceLapses)
      .values({ ownerId, programmeId: programme.id, enrolmentId: nqt.enrolmentId, startedOn: today })
      .onConflictDoNothing()
      .returning({ id: complianceLapses.id });
    return opened.length > 0;
  }
  if (step === 'end') {
    const ended = await tx
      .update(complianceLapses)
      .set({ endedOn: today })
      .where(openLapse)
      .returning({ id: complianceLapses.id });
    return ended.length > 0;
  }
  if (step === 'nudge-mentor') {
    const [lapse] = await tx
      .update(complianceLapses)
      .set({ mentorNudgedOn: today, mentorPersonId: nqt.mentorPersonId })
      .where(and(openLapse, isNull(complianceLapses.mentorNudgedOn)))
      .returning({ id: complianceLapses.id });
    if (!lapse || !nqt.mentorPersonId || !nqt.pairId) return false;
    const [mentor] = await contacts(tx, ownerId, [nqt.mentorPersonId]);
    if (mentor) {
      await queueMail(tx, {
        idempotencyKey: `nudge:${lapse.id}:mentor`,
        ownerId,
        to: mentor.email,
        subject: translate(mentor.locale, 'nudges.mail.mentor.subject', { nqt: nqt.name }),
        body: translate(mentor.locale, 'nudges.mail.mentor.body', {
          name: mentor.givenName,
          nqt: nqt.name,
          ...figureParams(ctx),
          link: `${ctx.publicUrl}/mine-nyutdannede/${nqt.pairId}`,
        }),
      });
    }
    await audit(tx, {
      actorUserId: null,
      ownerId,
      action: 'compliance.nudge_mentor',
      entity: 'compliance_lapse',
      entityId: lapse.id,
      details: { enrolmentId: nqt.enrolmentId, mentorPersonId: nqt.mentorPersonId, mailed: Boolean(mentor) },
    });
    return true;
  }
  // nudge-leader
  const [lapse] = await tx
    .update(complianceLapses)
    .set({ leaderNudgedOn: today })
    .where(and(openLapse, isNull(complianceLapses.leaderNudgedOn)))
    .returning({ id: complianceLapses.id, mentorNudgedOn: complianceLapses.mentorNudgedOn });
  if (!lapse) return false;
  const leaderIds = (nqt.unitId ? (ctx.leaders.get(nqt.unitId) ?? []) : []).filter((id) => id !== nqt.personId);
  const leaders = await contacts(tx, ownerId, leaderIds);
  for (const leader of leaders) {
    await queueMail(tx, {
      idempotencyKey: `nudge:${lapse.id}:leader:${leader.personId}`,
      ownerId,
      to: leader.email,
      subject: translate(leader.locale, 'nudges.mail.leader.subject', { nqt: nqt.name }),
      body: translate(leader.locale, 'nudges.mail.leader.body', {
        name: leader.givenName,
        nqt: nqt.name,
        unit: nqt.unitName ?? '',
        mentor: nqt.mentorName ?? '',
        mentorNudgedOn: lapse.mentorNudgedOn ?? '',
        ...figureParams(ctx),
        link: `${ctx.publicUrl}/min-enhet`,
      }),
    });
  }
  await audit(tx, {
    actorUserId: null,
    ownerId,
    action: 'compliance.nudge_leader',
    entity: 'compliance_lapse',
    entityId: lapse.id,
    details: { enrolmentId: nqt.enrolmentId, leaderPersonIds: leaders.map((l) => l.personId) },
  });
  return true;
}

function figureParams({ nqt, compliance }: StepContext) {
  return {
    held: nqt.heldMinutesToDate,
    planned: nqt.plannedMinutesToDate,
    percent: nqt.ratio === null ? 0 : Math.round(nqt.ratio * 100),
    threshold: compliance.behindScheduleThresholdPercent,
  };
}

/** Where to reach people: their e-mail, and the language of their login when they have one. */
async function contacts(tx: DbOrTx, ownerId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  const rows = await tx
    .select({ personId: people.id, givenName: people.givenName, email: people.email, locale: users.locale })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .where(and(eq(people.ownerId, ownerId), inArray(people.id, personIds)));
  // A person has at most one login in practice; keep the first row per person all the same.
  const byPerson = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (r.email && !byPerson.has(r.personId)) byPerson.set(r.personId, r);
  return [...byPerson.values()].map((r) => ({ ...r, locale: (r.locale ?? 'nb') as Locale }));
}
