import { describe, expect, it } from 'vitest';
import { type MatchingMentor, type MatchingNqt, solveMatching } from './index.ts';

const nqt = (id: string, unitId: string): MatchingNqt => ({
  id,
  ownerId: 'o1',
  unitId,
  unitType: 'primary',
  stage: '1-4',
  programmeYear: 1,
  subjects: ['norwegian'],
  lineManagerPersonIds: [`head-${unitId}`],
});
const mentor = (id: string, unitId: string, capacity: number): MatchingMentor => ({
  id,
  personId: `p-${id}`,
  ownerId: 'o1',
  unitId,
  unitType: 'primary',
  stage: '1-4',
  subjects: ['norwegian'],
  mentorEducation: 'completed',
  yearsExperience: 5,
  capacity,
  currentLoad: 0,
});

describe('solveMatching (through the worker thread)', () => {
  it('solves a small programme', async () => {
    const result = await solveMatching({
      nqts: [nqt('n1', 'u1'), nqt('n2', 'u1'), nqt('n3', 'u2')],
      mentors: [mentor('m1', 'u1', 1), mentor('m2', 'u2', 2)],
      locked: [{ nqtId: 'n3', mentorId: 'm2' }],
    });
    expect(result.status).toBe('optimal');
    expect(result.solver).toBe('highs');
    expect(result.pairs.map((p) => [p.nqtId, p.mentorId, p.locked])).toEqual([
      ['n1', 'm1', false],
      ['n2', 'm2', false],
      ['n3', 'm2', true],
    ]);
    expect(result.unmatched).toEqual([]);
    expect(result.gap).toBe(0);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const pending = solveMatching({ nqts: [], mentors: [] }, { signal: controller.signal });
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });
});
