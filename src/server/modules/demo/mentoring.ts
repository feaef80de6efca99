import type { UnitType } from '../../../shared/enums.ts';
import { translate } from '../../../shared/i18n/index.ts';
import { assessNqt } from '../../../shared/rules/eligibility.ts';
import { type IsoDate, latest, plusDays, type SchoolYear } from '../../../shared/rules/school-year.ts';
import { solveMatching } from '../../../solver/matching/index.ts';
import type { DbOrTx } from '../../db/client.ts';
import { enrolments, mentorProfiles, programmes } from '../../db/schema.ts';
import { recordProposal } from '../mentoring/commands/propose-pairs.ts';
import { defaultProgrammeSettings } from '../mentoring/defaults.ts';
import { ensureKnowledgeBase } from '../mentoring/knowledge-base/queries.ts';
import { buildProposalInput, loadMatchingContext } from '../mentoring/matching-queries.ts';
import { runComplianceNudges } from '../mentoring/nudges/run-nudges.ts';
import { eligibilityPerson, loadOwnerStaff } from '../mentoring/queries.ts';
import { seedDemoAgreements } from './agreements.ts';
import { seedDemoSessions } from './sessions.ts';

/*
 * Demo kommune's mentoring programme in mid-year: school year 2026-27 looked at on the demo's "today",
 * every demo NQT enrolled (they are all eligible by the shared rules, or seeding stops), a mentor
 * profile for every mentor, and accepted pairs from one run of the real solver, the way a coordinator
 * would have accepted the autumn's proposal, sessions logged up to the demo's today (`./sessions.ts`), and
 * the agreements, most signed by every party and some pending (`./agreements.ts`).
 */

export const DEMO_SCHOOL_YEAR: SchoolYear = '2026-27';
/** The day the demo is set on (the plan's NQT cohorts and experience are counted from it). */
export const DEMO_TODAY: IsoDate = '2026-11-22';

/**
 * Schools give a mentor three NQTs and an hour a week each; kindergartens two, with a monthly hour each
 * (about 15 minutes a week). 28 × 2 + 33 × 3 = 155 places for 150 NQTs.
 */
export function demoMentorProfile(unitType: UnitType): { capacity: number; minutesPerWeek: number } {
  return unitType === 'kindergarten' ? { capacity: 2, minutesPerWeek: 30 } : { capacity: 3, minutesPerWeek: 180 };
}

export async function seedDemoMentoring(
  tx: DbOrTx,
  opts: {
    ownerId: string;
    nqtPersonIds: string[];
    mentorPersonIds: string[];
    coordinatorUserId: string | null;
    /** For the links in the nudges the demo's compliance check mails. */
    publicUrl: string;
    /** The demo mentor's and NQT's people: their pairs get notes and a session to confirm. */
    featuredPersonIds?: string[];
  },
) {
  const { ownerId, coordinatorUserId } = opts;
  const settings = defaultProgrammeSettings(DEMO_SCHOOL_YEAR);
  const [programme] = await tx
    .insert(programmes)
    .values({
      ownerId,
      schoolYear: DEMO_SCHOOL_YEAR,
      name: translate('nb', 'mentoring.programme.defaultName', { schoolYear: DEMO_SCHOOL_YEAR }),
      settings,
    })
    .returning();
  if (!programme) throw new Error('demo programme insert failed');
  await ensureKnowledgeBase(tx, programme);

  const staff = await loadOwnerStaff(tx, ownerId);
  const enrolmentRows: (typeof enrolments.$inferInsert)[] = opts.nqtPersonIds.map((personId) => {
    const member = staff.people.get(personId);
    if (!member) throw new Error(`demo: NQT ${personId} not found`);
    const result = assessNqt(eligibilityPerson(member.person), member.employments, DEMO_TODAY);
    if (!result.eligible) throw new Error(`demo: NQT ${personId} is not eligible (${result.reason})`);
    return {
      ownerId,
      programmeId: programme.id,
      personId,
      unitId: result.unitId,
      professionStart: result.professionStart,
      // Enrolled from the school year's start, or from the first day for those who started later.
      startsOn: latest(result.professionStart, settings.calendar.firstDay),
      programmeYear: result.programmeYear,
      positionPercent: Math.round(result.positionPercent),
    };
  });
  await tx.insert(enrolments).values(enrolmentRows);

  await tx.insert(mentorProfiles).values(
    opts.mentorPersonIds.map((personId) => {
      const unitId = staff.people.get(personId)?.employments[0]?.unitId;
      const unitType = (unitId && staff.units.get(unitId)?.unitType) || 'primary';
      return { ownerId, programmeId: programme.id, personId, ...demoMentorProfile(unitType) };
    }),
  );

  const ctx = await loadMatchingContext(tx, ownerId, programme, DEMO_TODAY);
  const solverInput = buildProposalInput(ctx, undefined);
  const result = await solveMatching(solverInput);
  await recordProposal(tx, { ctx, solverInput, result, actorUserId: coordinatorUserId, status: 'accepted' });
  await seedDemoSessions(tx, { programme, today: DEMO_TODAY, featuredPersonIds: opts.featuredPersonIds ?? [] });
  if (coordinatorUserId) {
    await seedDemoAgreements(tx, {
      programme,
      coordinatorUserId,
      today: DEMO_TODAY,
      featuredPersonIds: opts.featuredPersonIds ?? [],
    });
  }
  // The daily compliance check as it would have run on the last two Mondays: the pairs behind have
  // open lapses and their mentors have been told, so the follow-up pages show what a coordinator sees.
  for (const today of [plusDays(DEMO_TODAY, -13), plusDays(DEMO_TODAY, -6)]) {
    await runComplianceNudges(tx, { today, publicUrl: opts.publicUrl, ownerId });
  }
  return { programme, result };
}
