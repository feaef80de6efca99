import type { MeasureStatus, PhaseState, QualityPhases } from '../schemas/quality-cycle.ts';
import { QUALITY_PHASES } from '../schemas/quality-cycle.ts';
import type { IsoDate } from './school-year.ts';

/*
 * Pure rules of the quality cycle.
 *
 * Carry-over ("the next year starts from last year's measures"): when a programme's cycle is created and
 * the owner's previous programme has a cycle, its measures that are still open — planned or in progress —
 * come along as new rows of the new cycle, in their order, with text, who is responsible, due date and
 * status kept, and a reference to the row they came from. Done and dropped measures stay behind. The link
 * to a goal is not kept: goals belong to their year, and last year's goals are shown beside the cycle for
 * reference. A measure that was itself carried over carries on from last year's row (one hop back), so
 * the chain can be followed year by year.
 *
 * Overdue: a measure with a due date before today (Oslo) that is neither done nor dropped.
 */

/** Statuses that mean the measure still needs doing. */
export const OPEN_MEASURE_STATUSES: readonly MeasureStatus[] = ['planned', 'in_progress'];

export interface CarryableMeasure {
  id: string;
  text: string;
  responsibleText: string;
  responsiblePersonId: string | null;
  dueOn: IsoDate | null;
  status: MeasureStatus;
}

export interface CarriedMeasure {
  carriedFromId: string;
  text: string;
  responsibleText: string;
  responsiblePersonId: string | null;
  dueOn: IsoDate | null;
  status: MeasureStatus;
}

/** Last year's measures that start the new cycle (see the header). */
export function carryOverMeasures(previous: readonly CarryableMeasure[]): CarriedMeasure[] {
  return previous
    .filter((m) => OPEN_MEASURE_STATUSES.includes(m.status))
    .map((m) => ({
      carriedFromId: m.id,
      text: m.text,
      responsibleText: m.responsibleText,
      responsiblePersonId: m.responsiblePersonId,
      dueOn: m.dueOn,
      status: m.status,
    }));
}

/** Past its due date and still open. A measure due today is not overdue yet. */
export function isMeasureOverdue(measure: { dueOn: IsoDate | null; status: MeasureStatus }, today: IsoDate): boolean {
  return measure.dueOn !== null && measure.dueOn < today && OPEN_MEASURE_STATUSES.includes(measure.status);
}

/** A new cycle: every phase not started. */
export function initialPhases(): QualityPhases {
  const state = (): PhaseState => ({ status: 'not_started', changedBy: null, changedAt: null });
  return Object.fromEntries(QUALITY_PHASES.map((p) => [p, state()])) as QualityPhases;
}

/** The phases after a save: a phase whose status changed gets the saver and the time; the others stay as they were. */
export function applyPhaseStatuses(
  current: QualityPhases,
  next: Record<keyof QualityPhases, PhaseState['status']>,
  userId: string,
  at: string,
): QualityPhases {
  return Object.fromEntries(
    QUALITY_PHASES.map((p) => {
      const before = current[p] ?? { status: 'not_started', changedBy: null, changedAt: null };
      return [p, before.status === next[p] ? before : { status: next[p], changedBy: userId, changedAt: at }];
    }),
  ) as QualityPhases;
}
