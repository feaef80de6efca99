import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type { ProgrammeOverview } from '../../../shared/schemas/overview.ts';
import type { DbOrTx } from '../../db/client.ts';
import { mentorPairs } from '../../db/schema.ts';
import { listAgreementRows, presentAgreements } from './agreements/queries.ts';
import { getCompliance } from './compliance-queries.ts';
import { getReach, loadOwnerStaff, type ProgrammeRow } from './queries.ts';

/**
 * The programme at a glance, from the same queries as each part's own page (reach, compliance,
 * agreements), so the overview's figures always equal the figures one click away.
 */
export async function getProgrammeOverview(
  db: DbOrTx,
  ownerId: string,
  programme: ProgrammeRow,
  today: IsoDate,
): Promise<ProgrammeOverview> {
  // Reach and compliance both read the owner's staff: load it once for both.
  const staff = loadOwnerStaff(db, ownerId);
  const [reach, compliance, pairs, agreementRows] = await Promise.all([
    getReach(db, ownerId, programme, today, staff),
    getCompliance(db, ownerId, programme, today, staff),
    db
      .select({ enrolmentId: mentorPairs.enrolmentId, status: mentorPairs.status })
      .from(mentorPairs)
      .where(and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.programmeId, programme.id))),
    listAgreementRows(db, { ownerId, programmeId: programme.id }),
  ]);
  const agreements = await presentAgreements(db, agreementRows);
  const enrolledIds = new Set(reach.enrolled.map((e) => e.id));
  const pairedIds = new Set(pairs.filter((p) => p.status === 'accepted').map((p) => p.enrolmentId));
  const proposedIds = new Set(pairs.filter((p) => p.status === 'proposed').map((p) => p.enrolmentId));
  const active = compliance.nqts.filter((n) => enrolledIds.has(n.enrolmentId));
  const behind = active.filter((n) => n.isBehind);
  return {
    asOf: compliance.asOf,
    reach: { notReached: reach.notReached.length, enrolled: reach.enrolled.length, left: reach.left.length },
    matching: {
      accepted: [...enrolledIds].filter((id) => pairedIds.has(id)).length,
      proposed: [...enrolledIds].filter((id) => !pairedIds.has(id) && proposedIds.has(id)).length,
      unmatched: [...enrolledIds].filter((id) => !pairedIds.has(id) && !proposedIds.has(id)).length,
    },
    mentoring: {
      plannedMinutesToDate: compliance.programme.plannedMinutesToDate,
      heldMinutesToDate: compliance.programme.heldMinutesToDate,
      ratio: compliance.programme.ratio,
      behind: behind.length,
      mentorsTold: behind.filter((n) => n.lapse?.mentorNudgedOn).length,
      leadersTold: behind.filter((n) => n.lapse?.leaderNudgedOn).length,
    },
    agreements: {
      count: agreements.filter((a) => enrolledIds.has(a.enrolmentId)).length,
      signed: agreements.filter((a) => enrolledIds.has(a.enrolmentId) && a.isSigned).length,
    },
    subGoalMinutes: compliance.subGoalMinutes,
  };
}
