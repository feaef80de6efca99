import { describe, expect, it } from 'vitest';
import type { MeasureStatus } from '../schemas/quality-cycle.ts';
import {
  applyPhaseStatuses,
  type CarryableMeasure,
  carryOverMeasures,
  initialPhases,
  isMeasureOverdue,
} from './quality-cycle.ts';

const measure = (id: string, status: MeasureStatus, extra: Partial<CarryableMeasure> = {}): CarryableMeasure => ({
  id,
  text: `Tiltak ${id}`,
  responsibleText: 'Ressursteamet',
  responsiblePersonId: null,
  dueOn: '2026-03-01',
  status,
  ...extra,
});

describe('carryOverMeasures', () => {
  it.each<[string, CarryableMeasure[], { from: string; status: MeasureStatus }[]]>([
    ['nothing last year: nothing carried', [], []],
    ['a planned measure comes along, status kept', [measure('a', 'planned')], [{ from: 'a', status: 'planned' }]],
    ['an ongoing measure comes along', [measure('a', 'in_progress')], [{ from: 'a', status: 'in_progress' }]],
    ['a done measure stays behind', [measure('a', 'done')], []],
    ['a dropped measure stays behind', [measure('a', 'dropped')], []],
    [
      'a mix: only the open ones, in their order',
      [measure('a', 'done'), measure('b', 'in_progress'), measure('c', 'dropped'), measure('d', 'planned')],
      [
        { from: 'b', status: 'in_progress' },
        { from: 'd', status: 'planned' },
      ],
    ],
  ])('%s', (_name, previous, expected) => {
    expect(carryOverMeasures(previous).map((m) => ({ from: m.carriedFromId, status: m.status }))).toEqual(expected);
  });

  it('keeps the text, who is responsible and the due date, and drops the goal link', () => {
    const [carried] = carryOverMeasures([
      measure('a', 'planned', { responsiblePersonId: 'p1', responsibleText: 'Rektor', dueOn: '2026-05-01' }),
    ]);
    expect(carried).toEqual({
      carriedFromId: 'a',
      text: 'Tiltak a',
      responsibleText: 'Rektor',
      responsiblePersonId: 'p1',
      dueOn: '2026-05-01',
      status: 'planned',
    });
    expect(carried).not.toHaveProperty('goalId');
  });
});

describe('isMeasureOverdue', () => {
  it.each<[string, string | null, MeasureStatus, string, boolean]>([
    ['due yesterday, planned', '2026-11-22', 'planned', '2026-11-23', true],
    ['due yesterday, in progress', '2026-11-22', 'in_progress', '2026-11-23', true],
    ['due today is not overdue yet', '2026-11-23', 'planned', '2026-11-23', false],
    ['due tomorrow', '2026-11-24', 'planned', '2026-11-23', false],
    ['past due but done', '2026-01-01', 'done', '2026-11-23', false],
    ['past due but dropped', '2026-01-01', 'dropped', '2026-11-23', false],
    ['no due date is never overdue', null, 'planned', '2030-01-01', false],
  ])('%s', (_name, dueOn, status, today, expected) => {
    expect(isMeasureOverdue({ dueOn, status }, today)).toBe(expected);
  });
});

describe('applyPhaseStatuses', () => {
  it('stamps only the phases whose status changed', () => {
    const start = initialPhases();
    const first = applyPhaseStatuses(
      start,
      {
        information: 'done',
        knowledge_base: 'in_progress',
        assessment: 'not_started',
        goals: 'not_started',
        measures: 'not_started',
      },
      'u1',
      '2026-11-01T10:00:00.000Z',
    );
    expect(first.information).toEqual({ status: 'done', changedBy: 'u1', changedAt: '2026-11-01T10:00:00.000Z' });
    expect(first.knowledge_base.changedBy).toBe('u1');
    expect(first.assessment).toEqual({ status: 'not_started', changedBy: null, changedAt: null });
    const second = applyPhaseStatuses(
      first,
      {
        information: 'done',
        knowledge_base: 'done',
        assessment: 'not_started',
        goals: 'not_started',
        measures: 'not_started',
      },
      'u2',
      '2026-11-02T10:00:00.000Z',
    );
    expect(second.information).toEqual(first.information);
    expect(second.knowledge_base).toEqual({ status: 'done', changedBy: 'u2', changedAt: '2026-11-02T10:00:00.000Z' });
  });
});
