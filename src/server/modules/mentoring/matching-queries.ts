import { and, desc, eq } from 'drizzle-orm';
import type { UnitType } from '../../../shared/enums.ts';
import { leftOn, TEACHING_POSITIONS } from '../../../shared/rules/eligibility.ts';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type {
  Matching,
  MatchingMentorSummary,
  MatchingRun,
  Pair,
  PairExplanation,
  PairNqt,
  UnpairedNqt,
} from '../../../shared/schemas/mentoring.ts';
import { type Stage, sharedSubjects } from '../../../shared/subjects.ts';
import {
  DEFAULT_WEIGHTS,
  type ForbiddenPair,
  type LineManagerOverride,
  type MatchingInput,
  type MatchingMentor,
  type MatchingNqt,
  type MatchingWeights,
  marginalLoadCost,
  type PairRef,
  prepareMatching,
  type ScoreContribution,
  scoreTerms,
  checkAssignment as solverCheckAssignment,
} from '../../../solver/matching/index.ts';
import type { DbOrTx } from '../../db/client.ts';
import { enrolments, matchingRuns, mentorPairs, mentorProfiles } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageProgrammes } from './policy.ts';
import {
  type EnrolmentRow,
  EXPERIENCED_YEARS,
  loadOwnerStaff,
  type OwnerStaff,
  type ProgrammeRow,
  programmeAsOf,
  type StaffMember,
} from './queries.ts';
import { unitLeadersByUnit } from './unit-leaders.ts';

/*
 * Matching reads: one context per request with everything the solver input, the save-time checks and
 * the presenter need (the owner's staff, the programme's enrolments, mentor profiles, pairs, line
 * managers, the last run), in a handful of reads that all filter by the owner id.
 */

export type PairRow = typeof mentorPairs.$inferSelect;
export type RunRow = typeof matchingRuns.$inferSelect;
type ProfileRow = typeof mentorProfiles.$inferSelect;

export interface MatchingContext {
  ownerId: string;
  programme: ProgrammeRow;
  asOf: IsoDate;
  staff: OwnerStaff;
  /** Enrolments that have not left, by id. */
  enrolments: Map<string, EnrolmentRow>;
  /** Every enrolment of the programme (left ones too), by id, for presenting old pairs. */
  allEnrolments: Map<string, EnrolmentRow>;
  profiles: Map<string, ProfileRow>;
  pairs: PairRow[];
  /** Person ids of each unit's line managers: unit leaders by role grant, and heads employed there. */
  lineManagers: Map<string, Set<string>>;
  lastRun: RunRow | null;
}

const isCurrent = (e: { startDate: string; endDate: string | null }, asOf: IsoDate) =>
  e.startDate <= asOf && (e.endDate === null || e.endDate >= asOf);

export async function loadMatchingContext(
  db: DbOrTx,
  ownerId: string,
  programme: ProgrammeRow,
  today: IsoDate,
): Promise<MatchingContext> {
  const asOf = programmeAsOf(programme.settings, today);
  const programmeId = programme.id;
  const [staff, enrolmentRows, profileRows, pairRows, leaders, [lastRun]] = await Promise.all([
    loadOwnerStaff(db, ownerId),
    db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.ownerId, ownerId), eq(enrolments.programmeId, programmeId))),
    db
      .select()
      .from(mentorProfiles)
      .where(and(eq(mentorProfiles.ownerId, ownerId), eq(mentorProfiles.programmeId, programmeId))),
    db
      .select()
      .from(mentorPairs)
      .where(and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.programmeId, programmeId))),
    unitLeadersByUnit(db, ownerId, asOf),
    db
      .select()
      .from(matchingRuns)
      .where(and(eq(matchingRuns.ownerId, ownerId), eq(matchingRuns.programmeId, programmeId)))
      .orderBy(desc(matchingRuns.createdAt))
      .limit(1),
  ]);

  // Every leader of the NQT's unit counts as their line manager (a national principle: never their mentor).
  const lineManagers = new Map([...leaders].map(([unitId, people]) => [unitId, new Set(people)]));

  const allEnrolments = new Map(enrolmentRows.map((e) => [e.id, e]));
  const active = new Map<string, EnrolmentRow>();
  for (const e of enrolmentRows) {
    const member = staff.people.get(e.personId);
    const left =
      (e.leftOn !== null && e.leftOn <= asOf) || !member || leftOn(member.person, member.employments, asOf).left;
    if (!left) active.set(e.id, e);
  }
  return {
    ownerId,
    programme,
    asOf,
    staff,
    enrolments: active,
    allEnrolments,
    profiles: new Map(profileRows.map((p) => [p.personId, p])),
    pairs: pairRows,
    lineManagers,
    lastRun: lastRun ?? null,
  };
}

type StaffEmployment = StaffMember['employments'][number];

/** The job a mentor works in: the current teaching employment with the largest position, else any current one. */
function currentEmployment(member: StaffMember, asOf: IsoDate): StaffEmployment | null {
  const current = member.employments
    .filter((e) => isCurrent(e, asOf))
    .sort(
      (a, b) =>
        Number(TEACHING_POSITIONS.includes(b.position)) - Number(TEACHING_POSITIONS.includes(a.position)) ||
        b.positionPercent - a.positionPercent,
    );
  return current[0] ?? null;
}

/** The unit a mentor works at (see currentEmployment). */
function currentUnitId(member: StaffMember, asOf: IsoDate): string | null {
  return currentEmployment(member, asOf)?.unitId ?? null;
}

/**
 * The stage the NQT teaches at: from their current job at the unit where the mentoring happens (the
 * enrolment's), else from their latest job there, else from their current job anywhere.
 */
function nqtStage(member: StaffMember, unitId: string | null, asOf: IsoDate): Stage | null {
  if (unitId) {
    const atUnit = member.employments
      .filter((e) => e.unitId === unitId)
      .sort(
        (a, b) => Number(isCurrent(b, asOf)) - Number(isCurrent(a, asOf)) || b.startDate.localeCompare(a.startDate),
      );
    if (atUnit[0]) return atUnit[0].stage;
  }
  return currentEmployment(member, asOf)?.stage ?? null;
}

/** The NQT's unit: the enrolment's (where mentoring happens), else their current employment's. */
function nqtUnitId(ctx: MatchingContext, enrolment: EnrolmentRow): string | null {
  if (enrolment.unitId) return enrolment.unitId;
  const member = ctx.staff.people.get(enrolment.personId);
  return member ? currentUnitId(member, ctx.asOf) : null;
}

/**
 * The solver's view of an enrolled NQT: their subjects (the person's) and stage (their job at the
 * mentoring unit), which the subject-overlap and same-stage goals compare with the mentor's.
 */
export function toMatchingNqt(ctx: MatchingContext, enrolment: EnrolmentRow): MatchingNqt {
  const unitId = nqtUnitId(ctx, enrolment);
  const unitType: UnitType = (unitId && ctx.staff.units.get(unitId)?.unitType) || 'primary';
  const member = ctx.staff.people.get(enrolment.personId);
  return {
    id: enrolment.id,
    ownerId: enrolment.ownerId,
    // An NQT without a unit shares no unit with anyone.
    unitId: unitId ?? `none:${enrolment.id}`,
    unitType,
    stage: member ? nqtStage(member, unitId, ctx.asOf) : null,
    programmeYear: enrolment.programmeYear,
    subjects: member?.person.subjects ?? [],
    lineManagerPersonIds: unitId ? [...(ctx.lineManagers.get(unitId) ?? [])] : [],
  };
}

/** The solver's view of a mentor (id = person id), or null when they cannot mentor now (inactive, no current job). */
export function toMatchingMentor(
  ctx: MatchingContext,
  profile: ProfileRow,
  currentLoad: number,
): MatchingMentor | null {
  const member = ctx.staff.people.get(profile.personId);
  if (!member?.person.active) return null;
  const job = currentEmployment(member, ctx.asOf);
  const unitId = job?.unitId;
  const unit = unitId ? ctx.staff.units.get(unitId) : undefined;
  if (!job || !unitId || !unit) return null;
  return {
    id: profile.personId,
    personId: profile.personId,
    ownerId: profile.ownerId,
    unitId,
    unitType: unit.unitType,
    stage: job.stage,
    subjects: member.person.subjects,
    mentorEducation: member.person.mentorEducation,
    yearsExperience: member.person.teachingExperienceYears ?? 0,
    capacity: profile.capacity,
    currentLoad,
  };
}

const isOpen = (p: PairRow) => p.status !== 'ended';
/** A decision the solver keeps: an accepted pair, or a proposal the coordinator locked. */
const isCommitted = (p: PairRow) => p.status === 'accepted' || (p.status === 'proposed' && p.locked);

/**
 * The solver input for a proposal: every enrolled NQT without an accepted pair. Accepted pairs stay
 * outside the solve and count as their mentor's load; locked proposals are passed as `locked`; pairs
 * ended for an NQT are forbidden for it; recorded line-manager overrides are passed with their reason.
 */
export function buildProposalInput(ctx: MatchingContext, weights: Partial<MatchingWeights> | undefined): MatchingInput {
  const acceptedLoad = new Map<string, number>();
  const acceptedEnrolments = new Set<string>();
  for (const p of ctx.pairs) {
    if (p.status !== 'accepted') continue;
    acceptedEnrolments.add(p.enrolmentId);
    acceptedLoad.set(p.mentorPersonId, (acceptedLoad.get(p.mentorPersonId) ?? 0) + 1);
  }
  const nqts = [...ctx.enrolments.values()]
    .filter((e) => !acceptedEnrolments.has(e.id))
    .map((e) => toMatchingNqt(ctx, e));
  const inSolve = new Set(nqts.map((n) => n.id));
  const mentors: MatchingMentor[] = [];
  for (const profile of ctx.profiles.values()) {
    const mentor = toMatchingMentor(ctx, profile, acceptedLoad.get(profile.personId) ?? 0);
    if (mentor) mentors.push(mentor);
  }
  const locked: PairRef[] = [];
  const forbidden: ForbiddenPair[] = [];
  const lineManagerOverrides: LineManagerOverride[] = [];
  for (const p of ctx.pairs) {
    if (!inSolve.has(p.enrolmentId)) continue;
    const ref = { nqtId: p.enrolmentId, mentorId: p.mentorPersonId };
    if (p.status === 'ended') forbidden.push({ ...ref, reason: p.endedReason ?? '' });
    else if (p.status === 'proposed' && p.locked) locked.push(ref);
    if (isOpen(p) && p.lineManagerOverrideReason)
      lineManagerOverrides.push({ ...ref, reason: p.lineManagerOverrideReason });
  }
  return { nqts, mentors, locked, forbidden, lineManagerOverrides, weights: weights ?? {} };
}

/**
 * The hard rules for one pair, checked again when it is saved (made by hand or accepted) with the
 * solver's own `checkAssignment`: same owner, the mentor's capacity (counting their accepted pairs and
 * locked proposals, this NQT's own pair left out), and never the NQT's line manager without a written
 * override. Throws the matching AppError; returns the pair's explanation and points.
 */
export function checkPair(
  ctx: MatchingContext,
  opts: { enrolment: EnrolmentRow; mentorPersonId: string; overrideReason: string | null; ignorePairId?: string },
) {
  const profile = ctx.profiles.get(opts.mentorPersonId);
  if (!profile) throw new AppError('NOT_A_MENTOR');
  const committed = ctx.pairs.filter(
    (p) =>
      p.mentorPersonId === opts.mentorPersonId &&
      isCommitted(p) &&
      p.enrolmentId !== opts.enrolment.id &&
      p.id !== opts.ignorePairId,
  ).length;
  const mentor = toMatchingMentor(ctx, profile, committed);
  if (!mentor) throw new AppError('NOT_A_MENTOR');
  const nqt = toMatchingNqt(ctx, opts.enrolment);
  const pair = { nqtId: nqt.id, mentorId: mentor.id };
  const prepared = prepareMatching({
    nqts: [nqt],
    mentors: [mentor],
    lineManagerOverrides: opts.overrideReason ? [{ ...pair, reason: opts.overrideReason }] : [],
  });
  const problems = solverCheckAssignment(prepared, [0]);
  if (problems.some((p) => p.startsWith('owners mixed'))) throw new AppError('NOT_FOUND');
  if (problems.some((p) => p.startsWith('line manager'))) throw new AppError('MENTOR_IS_LINE_MANAGER');
  if (problems.some((p) => p.startsWith('capacity'))) throw new AppError('MENTOR_FULL');
  if (problems.length) throw new Error(`pair check: ${problems.join('; ')}`);
  const isLineManager = nqt.lineManagerPersonIds.includes(mentor.personId);
  return { isLineManager, ...scoreOf(prepared.weights, nqt, mentor, isLineManager) };
}

/** The solver's terms for a pair, with the load cost of the mentor's next NQT (their first is free). */
function scoreOf(weights: MatchingWeights, nqt: MatchingNqt, mentor: MatchingMentor, isOverride: boolean) {
  const terms = scoreTerms(nqt, mentor, weights, isOverride);
  const load = -marginalLoadCost(mentor.currentLoad + 1, weights);
  if (load !== 0) terms.push({ term: 'load', points: load });
  return { explanation: explainTerms(nqt, mentor, terms, weights), points: terms.reduce((s, t) => s + t.points, 0) };
}

/**
 * The solver's terms with what a reader needs to see why: the stage the two share (on the unit-type
 * term, which carries the same-stage points, unless that weight is 0) and the subjects they share (on the subject term, all of
 * them, though points count only up to the weight's maximum).
 */
export function explainTerms(
  nqt: MatchingNqt,
  mentor: MatchingMentor,
  terms: readonly ScoreContribution[],
  weights: MatchingWeights,
): PairExplanation {
  return terms.map((t) => {
    if (t.term === 'same_unit_type' && weights.sameStage !== 0 && nqt.stage != null && nqt.stage === mentor.stage)
      return { ...t, stage: nqt.stage as Stage };
    if (t.term === 'subject_overlap') return { ...t, subjects: sharedSubjects(nqt.subjects, mentor.subjects) };
    return { ...t };
  });
}

// Presenting

const byName = (a: { familyName: string; givenName: string }, b: { familyName: string; givenName: string }) =>
  a.familyName.localeCompare(b.familyName, 'nb') || a.givenName.localeCompare(b.givenName, 'nb');

function unitRef(ctx: MatchingContext, unitId: string | null) {
  const unit = unitId ? ctx.staff.units.get(unitId) : undefined;
  return { unitId: unit ? unitId : null, unitName: unit?.name ?? null, unitType: unit?.unitType ?? null };
}

function presentNqt(ctx: MatchingContext, enrolment: EnrolmentRow): PairNqt {
  const person = ctx.staff.people.get(enrolment.personId)?.person;
  return {
    enrolmentId: enrolment.id,
    personId: enrolment.personId,
    givenName: person?.givenName ?? '',
    familyName: person?.familyName ?? '',
    ...unitRef(ctx, nqtUnitId(ctx, enrolment)),
    programmeYear: enrolment.programmeYear,
  };
}

function presentPair(ctx: MatchingContext, p: PairRow): Pair | null {
  const enrolment = ctx.allEnrolments.get(p.enrolmentId);
  const member = ctx.staff.people.get(p.mentorPersonId);
  if (!enrolment || !member) return null;
  return {
    id: p.id,
    status: p.status,
    locked: p.locked,
    source: p.source,
    nqt: presentNqt(ctx, enrolment),
    mentor: {
      personId: p.mentorPersonId,
      givenName: member.person.givenName,
      familyName: member.person.familyName,
      ...unitRef(ctx, currentUnitId(member, ctx.asOf)),
    },
    points: p.points,
    explanation: p.explanation,
    lineManagerOverrideReason: p.lineManagerOverrideReason,
    endedReason: p.endedReason,
    createdAt: p.createdAt.toISOString(),
    acceptedAt: p.acceptedAt?.toISOString() ?? null,
    endedAt: p.endedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function presentRun(run: RunRow): MatchingRun {
  return {
    id: run.id,
    status: run.status,
    solver: run.solver,
    objective: run.objective,
    bound: run.bound,
    gap: run.gap,
    boundScope: run.boundScope,
    solveSeconds: run.solveSeconds,
    nqtCount: run.nqtCount,
    mentorCount: run.mentorCount,
    proposedCount: run.proposedCount,
    unmatched: run.unmatched,
    issues: run.issues,
    weights: run.weights,
    note: run.note,
    createdAt: run.createdAt.toISOString(),
  };
}

/** The coordinator's matching view: pairs, the NQTs without one, mentors with load, and the last run. */
export function presentMatching(ctx: MatchingContext, actor: Actor): Matching {
  const open = ctx.pairs.filter(isOpen);
  const pairedEnrolments = new Set(open.map((p) => p.enrolmentId));
  const pairs = open
    .map((p) => presentPair(ctx, p))
    .filter((p): p is Pair => p !== null)
    .sort((a, b) => byName(a.nqt, b.nqt));
  const ended = ctx.pairs
    .filter((p) => p.status === 'ended')
    .sort((a, b) => (b.endedAt?.getTime() ?? 0) - (a.endedAt?.getTime() ?? 0))
    .map((p) => presentPair(ctx, p))
    .filter((p): p is Pair => p !== null);
  const runReason = new Map((ctx.lastRun?.unmatched ?? []).map((u) => [u.enrolmentId, u.reason]));
  const unpaired: UnpairedNqt[] = [...ctx.enrolments.values()]
    .filter((e) => !pairedEnrolments.has(e.id))
    .map((e) => ({
      ...presentNqt(ctx, e),
      reason: runReason.get(e.id) ?? null,
      excludedMentorPersonIds: ctx.pairs
        .filter((p) => p.enrolmentId === e.id && p.status === 'ended')
        .map((p) => p.mentorPersonId),
    }))
    .sort(byName);
  const mentors: MatchingMentorSummary[] = [];
  for (const profile of ctx.profiles.values()) {
    const member = ctx.staff.people.get(profile.personId);
    if (!member) continue;
    const mine = open.filter((p) => p.mentorPersonId === profile.personId);
    mentors.push({
      personId: profile.personId,
      givenName: member.person.givenName,
      familyName: member.person.familyName,
      ...unitRef(ctx, currentUnitId(member, ctx.asOf)),
      mentorEducation: member.person.mentorEducation,
      teachingExperienceYears: member.person.teachingExperienceYears,
      experienced: (member.person.teachingExperienceYears ?? 0) >= EXPERIENCED_YEARS,
      capacity: profile.capacity,
      minutesPerWeek: profile.minutesPerWeek,
      load: mine.length,
      acceptedLoad: mine.filter((p) => p.status === 'accepted').length,
      available: toMatchingMentor(ctx, profile, 0) !== null,
    });
  }
  mentors.sort(byName);
  return {
    programmeId: ctx.programme.id,
    asOf: ctx.asOf,
    pairs,
    unpaired,
    mentors,
    ended,
    lastRun: ctx.lastRun ? presentRun(ctx.lastRun) : null,
    defaultWeights: { ...DEFAULT_WEIGHTS },
    weights: { ...DEFAULT_WEIGHTS, ...ctx.programme.settings.matchingWeights },
    abilities: { manage: canManageProgrammes(actor, ctx.ownerId) },
  };
}
