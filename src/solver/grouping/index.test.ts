import { describe, expect, it } from 'vitest';
import { type GroupingParticipant, solveGrouping } from './index.ts';

const person = (i: number, type: GroupingParticipant['unitType']): GroupingParticipant => ({
  id: `${type}-${i}`,
  unitId: `${type}-u${Math.floor(i / 3)}`,
  unitType: type,
  programmeYear: i % 2 === 0 ? 1 : 2,
});

describe('solveGrouping (through the worker thread)', () => {
  it('forms kindergarten and school groups apart', async () => {
    const participants = [
      ...Array.from({ length: 24 }, (_, i) => person(i, 'kindergarten')),
      ...Array.from({ length: 36 }, (_, i) => person(i, 'primary')),
    ];
    const result = await solveGrouping({ participants, minSize: 10, maxSize: 15, maxPerUnit: 2 });
    expect(result.status).toBe('optimal');
    expect(result.groups.map((g) => [g.pool, g.why.size])).toEqual([
      ['kindergarten', 12],
      ['kindergarten', 12],
      ['school', 12],
      ['school', 12],
      ['school', 12],
    ]);
  });

  it('returns the issue when no grouping can exist', async () => {
    const participants = Array.from({ length: 16 }, (_, i) => person(i, 'primary'));
    const result = await solveGrouping({ participants, minSize: 10, maxSize: 15, maxPerUnit: 2 });
    expect(result.status).toBe('infeasible');
    expect(result.issues.map((i) => i.code)).toEqual(['sizes_do_not_fit']);
  });

  it('throws at once when already aborted', () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    expect(() =>
      solveGrouping({ participants: [], minSize: 10, maxSize: 15, maxPerUnit: 2 }, { signal: controller.signal }),
    ).toThrow('stop');
  });
});
