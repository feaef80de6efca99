import type { Locale } from '../../../shared/enums.ts';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type { PlanAudience, PlanItem } from '../../../shared/schemas/annual-plan.ts';
import type { DbOrTx } from '../../db/client.ts';

/**
 * What a plan source is asked for: one programme of one owner, a span of days and the reader's language.
 */
export interface PlanSourceContext {
  ownerId: string;
  programmeId: string;
  locale: Locale;
  /** First and last day asked for (both included, Oslo days). */
  from: IsoDate;
  to: IsoDate;
  /** Set when only some audiences are wanted (a participant, or the audience filter); undefined = all. */
  audiences?: readonly PlanAudience[] | undefined;
  /** The reader is a participant (NQT, mentor, unit leader): leave out `href`s to coordinators' pages. */
  asParticipant?: boolean | undefined;
  /**
   * The reader's person when they read as a participant: a source whose items belong to some people only
   * (a network group's meetings) narrows to this person's. Undefined for the programme's viewers.
   */
  personId?: string | undefined;
}

/**
 * The seam of the annual plan. A source returns its items of the programme that touch [from, to].
 *
 * Contract:
 * - Every query filters by `ctx.ownerId` in its WHERE clause, and by `ctx.programmeId`.
 * - Item ids are `<source>:<id>`, unique across sources and stable across reads.
 * - `date` is the Oslo day the item starts; timed items give `startsAt`/`endsAt` with Oslo's offset
 *   (see `PlanItemSchema`). Titles are in `ctx.locale` where the source has translations.
 * - A source may leave out items for audiences not in `ctx.audiences`; the route filters again and sorts,
 *   so a source need not sort.
 * - Nothing confidential: no private notes, nothing from survey answers, only what every member of the
 *   item's audiences may see.
 *
 * Network meetings, mentor networks and social meetups add their source to `PLAN_SOURCES` in
 * `./registry.ts` (one import, one line).
 */
export type PlanSource = (db: DbOrTx, ctx: PlanSourceContext) => Promise<PlanItem[]>;
