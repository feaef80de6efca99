import { and, eq } from 'drizzle-orm';
import { startYearOf } from '../../../shared/rules/school-year.ts';
import type { PlanAudience, PlanEventKind } from '../../../shared/schemas/annual-plan.ts';
import type { DbOrTx } from '../../db/client.ts';
import { planEvents, programmes } from '../../db/schema.ts';
import { DEMO_SCHOOL_YEAR } from './mentoring.ts';

interface DemoEvent {
  kind: PlanEventKind;
  title: string;
  /** Month and day; August to December fall in the first calendar year of the school year. */
  on: string;
  until?: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  description?: string;
  audiences: PlanAudience[];
}

// A year as Lillestrøm and the Trøndelag regions publish theirs: gatherings for NQTs, mentor networks'
// gatherings, leaders' gatherings, evaluations in the middle and at the end, and the deadlines between.
const EVENTS: DemoEvent[] = [
  {
    kind: 'gathering',
    title: 'Oppstartssamling for nyutdannede og veiledere',
    on: '08-27',
    startTime: '09:00',
    endTime: '15:00',
    place: 'Kulturhuset, store sal',
    description: 'Velkommen til veiledningsåret. Vi går gjennom veiledningsavtalen og delmålene.',
    audiences: ['nqt', 'mentor', 'coordinator'],
  },
  {
    kind: 'deadline',
    title: 'Veiledningsavtalene signert',
    on: '09-15',
    audiences: ['nqt', 'mentor', 'unit_leader', 'coordinator'],
  },
  {
    kind: 'gathering',
    title: 'Veiledersamling 1: den første samtalen',
    on: '09-24',
    startTime: '12:30',
    endTime: '15:30',
    place: 'Rådhuset, møterom Glomma',
    audiences: ['mentor', 'coordinator'],
  },
  {
    kind: 'gathering',
    title: 'Ledersamling: å ta imot nyutdannede',
    on: '10-22',
    startTime: '08:30',
    endTime: '11:30',
    place: 'Rådhuset, kommunestyresalen',
    audiences: ['unit_leader', 'owner', 'coordinator'],
  },
  {
    kind: 'gathering',
    title: 'Samling for nyutdannede: klasseledelse og relasjoner',
    on: '11-12',
    until: '11-13',
    place: 'Scandic Lillestrøm',
    description: 'To dager med faglig påfyll og erfaringsdeling i nettverkene.',
    audiences: ['nqt', 'coordinator'],
  },
  {
    kind: 'deadline',
    title: 'Innspill til vårens samlinger',
    on: '12-04',
    audiences: ['nqt', 'mentor', 'coordinator'],
  },
  {
    kind: 'gathering',
    title: 'Veiledersamling 2: når det butter',
    on: '01-21',
    startTime: '12:30',
    endTime: '15:30',
    place: 'Rådhuset, møterom Glomma',
    audiences: ['mentor', 'coordinator'],
  },
  {
    kind: 'evaluation',
    title: 'Midtveisevaluering av veiledningen',
    on: '02-03',
    until: '02-14',
    description: 'Nyutdannede og veiledere svarer på en kort undersøkelse om hvordan veiledningen går.',
    audiences: ['nqt', 'mentor', 'coordinator'],
  },
  {
    kind: 'gathering',
    title: 'Samling for nyutdannede: foreldresamarbeid',
    on: '03-18',
    startTime: '09:00',
    endTime: '14:00',
    place: 'Kulturhuset, store sal',
    audiences: ['nqt', 'coordinator'],
  },
  {
    kind: 'gathering',
    title: 'Veiledersamling 3: å avslutte veiledningsåret',
    on: '04-22',
    startTime: '12:30',
    endTime: '15:30',
    place: 'Rådhuset, møterom Glomma',
    audiences: ['mentor', 'coordinator'],
  },
  {
    kind: 'evaluation',
    title: 'Sluttevaluering',
    on: '05-05',
    until: '05-20',
    audiences: ['nqt', 'mentor', 'unit_leader', 'coordinator'],
  },
  {
    kind: 'deadline',
    title: 'Årsrapport til eier',
    on: '05-28',
    audiences: ['coordinator', 'owner'],
  },
  {
    kind: 'other',
    title: 'Avslutning med grilling',
    on: '06-10',
    startTime: '16:00',
    endTime: '19:00',
    place: 'Kanalparken',
    audiences: ['nqt', 'mentor', 'unit_leader', 'coordinator'],
  },
  {
    kind: 'evaluation',
    title: 'Ressursteamets evalueringsmøte',
    on: '06-16',
    startTime: '09:00',
    endTime: '12:00',
    audiences: ['coordinator'],
  },
];

/** Demo kommune's annual plan: the own events of its programme across the school year. */
export async function seedDemoAnnualPlan(tx: DbOrTx, opts: { ownerId: string; coordinatorUserId: string | null }) {
  const [programme] = await tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.ownerId, opts.ownerId), eq(programmes.schoolYear, DEMO_SCHOOL_YEAR)));
  if (!programme) return;
  const start = startYearOf(DEMO_SCHOOL_YEAR);
  const day = (monthDay: string) => `${Number(monthDay.slice(0, 2)) >= 8 ? start : start + 1}-${monthDay}`;
  await tx.insert(planEvents).values(
    EVENTS.map((e) => ({
      ownerId: opts.ownerId,
      programmeId: programme.id,
      kind: e.kind,
      title: e.title,
      description: e.description ?? null,
      place: e.place ?? null,
      date: day(e.on),
      endDate: e.until ? day(e.until) : null,
      startTime: e.startTime ?? null,
      endTime: e.endTime ?? null,
      audiences: e.audiences,
      createdBy: opts.coordinatorUserId,
    })),
  );
}
