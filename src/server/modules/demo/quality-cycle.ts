import { and, eq } from 'drizzle-orm';
import { applyPhaseStatuses } from '../../../shared/rules/quality-cycle.ts';
import { osloDate, plusDays } from '../../../shared/rules/school-year.ts';
import type { MeasureStatus } from '../../../shared/schemas/quality-cycle.ts';
import type { DbOrTx } from '../../db/client.ts';
import { programmes, qualityCycles, qualityGoals, qualityMeasures } from '../../db/schema.ts';
import { ensureCycle } from '../quality-cycle/queries.ts';

/**
 * Demo kommune's quality cycle, in progress: information gathered, the knowledge base being revised,
 * an assessment written, two goals and five measures — three of them planned last spring and still
 * open (the demo has one programme, so they stand as this year's rows rather than carried-over ones),
 * one of those past its due date. Due dates are counted from today so the demo always shows one overdue.
 */
export async function seedDemoQualityCycle(tx: DbOrTx, opts: { ownerId: string; coordinatorUserId: string | null }) {
  const [programme] = await tx.select().from(programmes).where(eq(programmes.ownerId, opts.ownerId)).limit(1);
  if (!programme || !opts.coordinatorUserId) return;
  const userId = opts.coordinatorUserId;
  const cycle = await ensureCycle(tx, programme, userId);
  const now = new Date();
  const today = osloDate(now);
  await tx
    .update(qualityCycles)
    .set({
      phases: applyPhaseStatuses(
        cycle.phases,
        {
          information: 'done',
          knowledge_base: 'in_progress',
          assessment: 'done',
          goals: 'in_progress',
          measures: 'in_progress',
        },
        userId,
        now.toISOString(),
      ),
      otherSources:
        'Fokusgruppe med seks nyutdannede i barnehage (oktober).\nSamtaler med rektorene på skolelederforum.\nInnspill fra veiledernettverket.',
      knowledgeBaseNote:
        'Delmål 2 skal få tydeligere tekst om foreldresamarbeid. Ressursteamet og OsloMet går gjennom teksten i januar.',
      assessment:
        'De fleste nyutdannede i skolen får ukentlig veiledning, men i barnehagene blir en av fire veiledninger avlyst. Veilederne ønsker mer tid til forberedelse. Nettverkene får gode tilbakemeldinger.',
      version: 2,
      updatedBy: userId,
      updatedAt: now,
    })
    .where(and(eq(qualityCycles.ownerId, programme.ownerId), eq(qualityCycles.id, cycle.id)));

  const goals = await tx
    .insert(qualityGoals)
    .values(
      [
        'Alle nyutdannede i barnehage får veiledning hver måned',
        'Alle nye veiledere har startet på veilederutdanning',
      ].map((text, position) => ({ ownerId: programme.ownerId, cycleId: cycle.id, text, position })),
    )
    .returning({ id: qualityGoals.id });
  const [kindergartenGoal, mentorGoal] = goals.map((g) => g.id);

  const measures: {
    text: string;
    responsibleText: string;
    dueInDays: number;
    status: MeasureStatus;
    goalId?: string;
  }[] = [
    {
      text: 'Fast veiledningstid i turnusen i alle barnehager',
      responsibleText: 'Styrerne',
      dueInDays: -14,
      status: 'in_progress',
      ...(kindergartenGoal ? { goalId: kindergartenGoal } : {}),
    },
    {
      text: 'Avtale med OsloMet om plasser på veilederutdanningen',
      responsibleText: 'Ressursteamet',
      dueInDays: 45,
      status: 'planned',
      ...(mentorGoal ? { goalId: mentorGoal } : {}),
    },
    {
      text: 'Oppstartsdag for nyutdannede i august',
      responsibleText: 'Ressursteamet',
      dueInDays: 200,
      status: 'planned',
    },
    {
      text: 'Månedlig påminnelse til styrere om avlyste veiledninger',
      responsibleText: 'Koordinator',
      dueInDays: 20,
      status: 'planned',
      ...(kindergartenGoal ? { goalId: kindergartenGoal } : {}),
    },
    {
      text: 'Nettverk for veiledere i barnehage',
      responsibleText: 'Ressursteamet',
      dueInDays: -60,
      status: 'done',
    },
  ];
  await tx.insert(qualityMeasures).values(
    measures.map((m, position) => ({
      ownerId: programme.ownerId,
      cycleId: cycle.id,
      text: m.text,
      responsibleText: m.responsibleText,
      dueOn: plusDays(today, m.dueInDays),
      status: m.status,
      goalId: m.goalId ?? null,
      position,
    })),
  );
}
