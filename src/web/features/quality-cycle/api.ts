import type {
  CycleSurvey,
  MeasureStatus,
  PhaseStatus,
  QualityCycle,
  QualityMeasure,
  QualityPhase,
} from '../../../shared/schemas/quality-cycle.ts';
import { api } from '../../lib/api.ts';

export { MEASURE_STATUSES, PHASE_STATUSES, QUALITY_PHASES } from '../../../shared/schemas/quality-cycle.ts';
export type { CycleSurvey, MeasureStatus, PhaseStatus, QualityCycle, QualityMeasure, QualityPhase };

export const qualityCyclePath = (ownerId: string, programmeId: string) =>
  `/api/owners/${ownerId}/programmes/${programmeId}/quality-cycle`;

export const qualityCycleRoute = (programmeId: string) => `/veiledning/${programmeId}/kvalitet`;

/** The cycle's own fields as the server holds them now, with `patch` over them (the body of a save). */
export function cycleBody(cycle: QualityCycle, patch: Partial<CycleFields> = {}) {
  const phases = Object.fromEntries(cycle.phases.map((p) => [p.phase, p.status])) as Record<QualityPhase, PhaseStatus>;
  return {
    version: cycle.version,
    phases: { ...phases, ...(patch.phases ?? {}) },
    surveyIds: patch.surveyIds ?? cycle.surveys.map((s) => s.id),
    otherSources: patch.otherSources ?? cycle.otherSources,
    knowledgeBaseNote: patch.knowledgeBaseNote ?? cycle.knowledgeBaseNote,
    assessment: patch.assessment ?? cycle.assessment,
  };
}

export interface CycleFields {
  phases: Partial<Record<QualityPhase, PhaseStatus>>;
  surveyIds: string[];
  otherSources: string;
  knowledgeBaseNote: string;
  assessment: string;
}

export const saveCycle = (cycle: QualityCycle, patch: Partial<CycleFields>) =>
  api.put<QualityCycle>(qualityCyclePath(cycle.ownerId, cycle.programmeId), cycleBody(cycle, patch));

export const addGoal = (cycle: QualityCycle, text: string) =>
  api.post<QualityCycle>(`${qualityCyclePath(cycle.ownerId, cycle.programmeId)}/goals`, { text });

export const updateGoal = (cycle: QualityCycle, goal: { id: string; version: number }, text: string) =>
  api.put<QualityCycle>(`${qualityCyclePath(cycle.ownerId, cycle.programmeId)}/goals/${goal.id}`, {
    version: goal.version,
    text,
  });

export const removeGoal = (cycle: QualityCycle, goalId: string) =>
  api.delete<QualityCycle>(`${qualityCyclePath(cycle.ownerId, cycle.programmeId)}/goals/${goalId}`);

export interface MeasureFields {
  text: string;
  responsibleText: string;
  responsiblePersonId: string | null;
  dueOn: string | null;
  status: MeasureStatus | undefined;
  goalId: string | null;
}

export const addMeasure = (cycle: QualityCycle, fields: MeasureFields) =>
  api.post<QualityCycle>(`${qualityCyclePath(cycle.ownerId, cycle.programmeId)}/measures`, fields);

/** Saves a measure's fields, naming the version the page showed. */
export const updateMeasure = (cycle: QualityCycle, m: QualityMeasure, fields: MeasureFields) =>
  api.put<QualityCycle>(`${qualityCyclePath(cycle.ownerId, cycle.programmeId)}/measures/${m.id}`, {
    version: m.version,
    ...fields,
  });

/** Saves a measure with a new status (the whole measure, naming the version the page showed). */
export const setMeasureStatus = (cycle: QualityCycle, m: QualityMeasure, status: MeasureStatus) =>
  api.put<QualityCycle>(`${qualityCyclePath(cycle.ownerId, cycle.programmeId)}/measures/${m.id}`, {
    version: m.version,
    text: m.text,
    responsibleText: m.responsibleText,
    responsiblePersonId: m.responsiblePersonId,
    dueOn: m.dueOn,
    status,
    goalId: m.goalId,
  });

export const removeMeasure = (cycle: QualityCycle, measureId: string) =>
  api.delete<QualityCycle>(`${qualityCyclePath(cycle.ownerId, cycle.programmeId)}/measures/${measureId}`);
