import type { UnitType } from '../../../shared/enums.ts';
import { cadenceFor } from '../../../shared/rules/cadence.ts';
import { type PlannedSession, planSessions } from '../../../shared/rules/session-plan.ts';
import type { ProgrammeSettings } from '../../../shared/schemas/mentoring.ts';
import type { EnrolmentRow } from './queries.ts';

/** The planned schedule of one enrolment under the programme's settings (one place, so every view agrees). */
export function planForEnrolment(
  settings: ProgrammeSettings,
  enrolment: Pick<
    EnrolmentRow,
    'professionStart' | 'startsOn' | 'leftOn' | 'programmeYear' | 'programmeYearReason' | 'positionPercent'
  >,
  unitType: UnitType | null | undefined,
): PlannedSession[] {
  const type = unitType ?? 'primary';
  return planSessions({
    cadences: { year1: cadenceFor(settings.cadences, type, 1), year2: cadenceFor(settings.cadences, type, 2) },
    calendar: settings.calendar,
    professionStart: enrolment.professionStart,
    startsOn: enrolment.startsOn,
    endsOn: enrolment.leftOn,
    fixedYear: enrolment.programmeYearReason ? enrolment.programmeYear : null,
    positionPercent: enrolment.positionPercent ?? 100,
    scaleByPosition: settings.scaleByPosition,
    weekday: settings.sessionWeekday,
  });
}
