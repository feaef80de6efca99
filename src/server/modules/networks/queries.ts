import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { UnitType } from '../../../shared/enums.ts';
import { leftOn } from '../../../shared/rules/eligibility.ts';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type {
  GroupWhy,
  NetworkGroup,
  NetworkIssue,
  NetworkKind,
  NetworkMember,
  NetworkRules,
  NetworkView,
} from '../../../shared/schemas/networks.ts';
import type { GroupCheckIssue, GroupingIssue, GroupingParticipant } from '../../../solver/grouping/index.ts';
import { checkGroups, poolOf } from '../../../solver/grouping/index.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  enrolments,
  mentorProfiles,
  networkGroupings,
  networkGroupMembers,
  networkGroups,
  programmes,
} from '../../db/schema.ts';
import { loadOwnerStaff, type ProgrammeRow, programmeAsOf } from '../mentoring/queries.ts';

/*
 * Network reads: one context per request with the participants of a kind (the programme's enrolled NQTs
 * that have not left, or its mentors), the saved grouping, and last year's groups (the previous
 * programme of the owner), all filtered by the owner id.
 */

export type GroupingRow = typeof networkGroupings.$inferSelect;
export type GroupRow = typeof networkGroups.$inferSelect;
export type MemberRow = typeof networkGroupMembers.$inferSelect;

export interface Participant extends NetworkMember {
  /** The solver's view: unit type decides the pool, year two and last year's group the continuity. */
  solver: GroupingParticipant;
}

export interface NetworkContext {
  ownerId: string;
  programme: ProgrammeRow;
  kind: NetworkKind;
  asOf: IsoDate;
  minSize: number;
  maxSize: number;
  /** Participants by person id. */
  participants: Map<string, Participant>;
  grouping: GroupingRow | null;
  groups: GroupRow[];
  members: MemberRow[];
  /** Last year's group per person id (groups of the owner's previous programme, same kind). */
  lastYear: Map<string, { groupId: string; name: string }>;
  lastYearGroupNames: Map<string, string>;
}

export const DEFAULT_RULES: NetworkRules = { maxPerUnit: 3, keepKindergartenApart: true };

const isCurrent = (e: { startDate: string; endDate: string | null }, asOf: IsoDate) =>
  e.startDate <= asOf && (e.endDate === null || e.endDate >= asOf);

export async function loadNetworkContext(
  db: DbOrTx,
  ownerId: string,
  programme: ProgrammeRow,
  kind: NetworkKind,
  today: IsoDate,
): Promise<NetworkContext> {
  const asOf = programmeAsOf(programme.settings, today);
  const programmeId = programme.id;
  const [staff, enrolmentRows, profileRows, [grouping], groups, members, [previous]] = await Promise.all([
    loadOwnerStaff(db, ownerId),
    kind === 'nqt'
      ? db
          .select()
          .from(enrolments)
          .where(and(eq(enrolments.ownerId, ownerId), eq(enrolments.programmeId, programmeId)))
      : Promise.resolve([]),
    kind === 'mentor'
      ? db
          .select()
          .from(mentorProfiles)
          .where(and(eq(mentorProfiles.ownerId, ownerId), eq(mentorProfiles.programmeId, programmeId)))
      : Promise.resolve([]),
    db
      .select()
      .from(networkGroupings)
      .where(
        and(
          eq(networkGroupings.ownerId, ownerId),
          eq(networkGroupings.programmeId, programmeId),
          eq(networkGroupings.kind, kind),
        ),
      ),
    db
      .select()
      .from(networkGroups)
      .where(
        and(
          eq(networkGroups.ownerId, ownerId),
          eq(networkGroups.programmeId, programmeId),
          eq(networkGroups.kind, kind),
        ),
      )
      .orderBy(asc(networkGroups.position)),
    db
      .select()
      .from(networkGroupMembers)
      .where(
        and(
          eq(networkGroupMembers.ownerId, ownerId),
          eq(networkGroupMembers.programmeId, programmeId),
          eq(networkGroupMembers.kind, kind),
        ),
      ),
    db
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.ownerId, ownerId), lt(programmes.schoolYear, programme.schoolYear)))
      .orderBy(desc(programmes.schoolYear))
      .limit(1),
  ]);

  const lastYear = new Map<string, { groupId: string; name: string }>();
  const lastYearGroupNames = new Map<string, string>();
  if (previous) {
    const [oldGroups, oldMembers] = await Promise.all([
      db
        .select({ id: networkGroups.id, name: networkGroups.name })
        .from(networkGroups)
        .where(
          and(
            eq(networkGroups.ownerId, ownerId),
            eq(networkGroups.programmeId, previous.id),
            eq(networkGroups.kind, kind),
          ),
        ),
      db
        .select({ groupId: networkGroupMembers.groupId, personId: networkGroupMembers.personId })
        .from(networkGroupMembers)
        .where(
          and(
            eq(networkGroupMembers.ownerId, ownerId),
            eq(networkGroupMembers.programmeId, previous.id),
            eq(networkGroupMembers.kind, kind),
          ),
        ),
    ]);
    for (const g of oldGroups) lastYearGroupNames.set(g.id, g.name);
    for (const m of oldMembers) {
      const name = lastYearGroupNames.get(m.groupId);
      if (name !== undefined) lastYear.set(m.personId, { groupId: m.groupId, name });
    }
  }

  const participants = new Map<string, Participant>();
  const add = (personId: string, unitId: string | null, programmeYear: 1 | 2 | null) => {
    const member = staff.people.get(personId);
    if (!member) return;
    const unit = unitId ? staff.units.get(unitId) : undefined;
    const last = lastYear.get(personId) ?? null;
    // Year-two NQTs are kept with last year's group; mentors keep theirs too when the network continues.
    const keep = kind === 'mentor' || programmeYear === 2;
    participants.set(personId, {
      personId,
      name: `${member.person.givenName} ${member.person.familyName}`,
      unitId,
      unitName: unit?.name ?? null,
      unitType: unit?.unitType ?? null,
      programmeYear,
      lastGroupName: last?.name ?? null,
      solver: {
        id: personId,
        unitId: unitId ?? `none:${personId}`,
        unitName: unit?.name ?? '',
        unitType: (unit?.unitType ?? 'primary') as UnitType,
        programmeYear: programmeYear ?? 1,
        lastGroupId: keep ? (last?.groupId ?? null) : null,
        // Travel counts for participants whose unit has coordinates (the solver skips the others).
        lat: unit?.latitude ?? null,
        lon: unit?.longitude ?? null,
      },
    });
  };
  for (const e of enrolmentRows) {
    const member = staff.people.get(e.personId);
    const left =
      (e.leftOn !== null && e.leftOn <= asOf) || !member || leftOn(member.person, member.employments, asOf).left;
    if (!left) add(e.personId, e.unitId, e.programmeYear);
  }
  for (const profile of profileRows) {
    const member = staff.people.get(profile.personId);
    if (!member || leftOn(member.person, member.employments, asOf).left) continue;
    const job = member.employments.find((j) => isCurrent(j, asOf));
    add(profile.personId, job?.unitId ?? null, null);
  }
  const { min, max } = programme.settings.networkGroupSize;
  return {
    ownerId,
    programme,
    kind,
    asOf,
    minSize: min,
    maxSize: max,
    participants,
    grouping: grouping ?? null,
    groups,
    members,
    lastYear,
    lastYearGroupNames,
  };
}

export function rulesOf(ctx: NetworkContext): NetworkRules {
  return ctx.grouping
    ? { maxPerUnit: ctx.grouping.maxPerUnit, keepKindergartenApart: ctx.grouping.keepKindergartenApart }
    : DEFAULT_RULES;
}

export function solverParticipants(ctx: NetworkContext): GroupingParticipant[] {
  return [...ctx.participants.values()].map((p) => p.solver);
}

/** Issues as code + params for the web (each value a string or a number). */
export function presentIssue(issue: GroupingIssue | GroupCheckIssue, ctx: NetworkContext): NetworkIssue {
  const { code, ...rest } = issue;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  if (issue.code === 'unit_limit') params.capacity = issue.limit * issue.groups;
  // Name people and groups instead of ids.
  if ('participantId' in issue) params.name = ctx.participants.get(issue.participantId)?.name ?? issue.participantId;
  if ('groupKey' in issue) params.group = ctx.groups.find((g) => g.id === issue.groupKey)?.name ?? issue.groupKey;
  return { code, params };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

export function groupWhy(
  members: readonly Participant[],
  continuesGroupId: string | null,
  yearTwoShare: number,
): GroupWhy {
  const size = members.length;
  const yearTwo = members.filter((m) => m.programmeYear === 2).length;
  const units = new Map<string, number>();
  for (const m of members) units.set(m.solver.unitId, (units.get(m.solver.unitId) ?? 0) + 1);
  return {
    size,
    yearOne: size - yearTwo,
    yearTwo,
    fairYearTwo: Math.round(yearTwoShare * size * 10) / 10,
    units: units.size,
    maxFromOneUnit: Math.max(0, ...units.values()),
    keptFromLastYear: continuesGroupId ? members.filter((m) => m.solver.lastGroupId === continuesGroupId).length : 0,
    averageKm: null,
    maxKm: null,
  };
}

/** Year-two share per pool, for the fair share shown with each group. */
export function yearTwoShares(ctx: NetworkContext, keepApart: boolean): Map<string, number> {
  const counts = new Map<string, { all: number; two: number }>();
  for (const p of ctx.participants.values()) {
    const pool = poolOf(p.solver, keepApart);
    const c = counts.get(pool) ?? { all: 0, two: 0 };
    c.all++;
    if (p.programmeYear === 2) c.two++;
    counts.set(pool, c);
  }
  return new Map([...counts].map(([pool, c]) => [pool, c.all > 0 ? c.two / c.all : 0]));
}

export function presentNetwork(ctx: NetworkContext, canManage: boolean): NetworkView {
  const rules = rulesOf(ctx);
  const shares = yearTwoShares(ctx, rules.keepKindergartenApart);
  const membersOf = new Map<string, Participant[]>();
  const placed = new Set<string>();
  for (const m of ctx.members) {
    const participant = ctx.participants.get(m.personId);
    if (!participant) continue; // left the programme: no longer shown
    placed.add(m.personId);
    membersOf.set(m.groupId, [...(membersOf.get(m.groupId) ?? []), participant]);
  }
  const groups: NetworkGroup[] = ctx.groups.map((g) => {
    const members = (membersOf.get(g.id) ?? []).sort(byName);
    return {
      id: g.id,
      name: g.name,
      pool: g.pool,
      continuesGroupId: g.continuesGroupId,
      continuesGroupName: g.continuesGroupId ? (ctx.lastYearGroupNames.get(g.continuesGroupId) ?? null) : null,
      members: members.map(({ solver: _solver, ...m }) => m),
      why: groupWhy(members, g.continuesGroupId, shares.get(g.pool) ?? 0),
    };
  });
  const issues = ctx.grouping
    ? checkGroups(
        { participants: solverParticipants(ctx), minSize: ctx.minSize, maxSize: ctx.maxSize, ...rules },
        ctx.groups.map((g) => ({ key: g.id, memberIds: (membersOf.get(g.id) ?? []).map((m) => m.personId) })),
      ).map((issue) => presentIssue(issue, ctx))
    : [];
  return {
    kind: ctx.kind,
    minSize: ctx.minSize,
    maxSize: ctx.maxSize,
    rules,
    saved: ctx.grouping !== null,
    lastSolve:
      ctx.grouping?.solverStatus != null
        ? {
            status: ctx.grouping.solverStatus as 'optimal' | 'feasible' | 'infeasible',
            objective: ctx.grouping.objective,
            gap: ctx.grouping.gap,
          }
        : null,
    groups,
    unassigned: [...ctx.participants.values()]
      .filter((p) => !placed.has(p.personId))
      .sort(byName)
      .map(({ solver: _solver, ...m }) => m),
    issues,
    participants: ctx.participants.size,
    canManage,
  };
}
