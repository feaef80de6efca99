import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  describeAssignment,
  evaluateAssignment,
  loadCost,
  type MatchingMentor,
  type MatchingNqt,
  pairScore,
  prepareMatching,
  resolveWeights,
  scoreTerms,
} from './model.ts';

const W = resolveWeights(undefined);

const nqt = (over: Partial<MatchingNqt> = {}): MatchingNqt => ({
  id: 'n1',
  ownerId: 'o1',
  unitId: 'u1',
  unitType: 'primary',
  stage: '1-4',
  programmeYear: 1,
  subjects: ['norwegian', 'mathematics'],
  lineManagerPersonIds: ['head1'],
  ...over,
});

const mentor = (over: Partial<MatchingMentor> = {}): MatchingMentor => ({
  id: 'm1',
  personId: 'p1',
  ownerId: 'o1',
  unitId: 'u1',
  unitType: 'primary',
  stage: '1-4',
  subjects: ['norwegian', 'mathematics', 'music'],
  mentorEducation: 'completed',
  yearsExperience: 10,
  capacity: 3,
  currentLoad: 0,
  ...over,
});

describe('pairScore: which mentor is better for an NQT', () => {
  it.each([
    ['same unit beats another unit', mentor(), mentor({ unitId: 'u2' })],
    ['same unit type beats another type', mentor({ unitId: 'u2' }), mentor({ unitId: 'u2', unitType: 'kindergarten' })],
    ['same stage beats another stage', mentor({ unitId: 'u2' }), mentor({ unitId: 'u2', stage: '8-10' })],
    ['two shared subjects beat one', mentor(), mentor({ subjects: ['norwegian'] })],
    ['one shared subject beats none', mentor({ subjects: ['norwegian'] }), mentor({ subjects: ['music'] })],
    ['education completed beats ongoing', mentor(), mentor({ mentorEducation: 'ongoing' })],
    ['education ongoing beats none', mentor({ mentorEducation: 'ongoing' }), mentor({ mentorEducation: 'none' })],
    ['3 years counts as experienced', mentor({ yearsExperience: 3 }), mentor({ yearsExperience: 2 })],
    [
      'same unit outweighs every other goal together',
      mentor({ unitType: 'kindergarten', stage: null, subjects: [], mentorEducation: 'none', yearsExperience: 0 }),
      mentor({ unitId: 'u2' }),
    ],
  ])('%s', (_, better, worse) => {
    expect(pairScore(nqt(), better, W)).toBeGreaterThan(pairScore(nqt(), worse, W));
  });

  it('does not count subjects beyond the cap', () => {
    const many = nqt({ subjects: ['a', 'b', 'c', 'd'] });
    expect(pairScore(many, mentor({ subjects: ['a', 'b', 'c', 'd'] }), W)).toBe(
      pairScore(many, mentor({ subjects: ['a', 'b'] }), W),
    );
  });

  it('follows edited weights', () => {
    const w = resolveWeights({ sameUnit: 0, educationCompleted: 500 });
    expect(pairScore(nqt(), mentor({ unitId: 'u2' }), w)).toBeGreaterThan(
      pairScore(nqt(), mentor({ mentorEducation: 'none' }), w),
    );
  });
});

describe('scoreTerms: the explanation of a pair', () => {
  it.each([
    [
      'the best pair lists every term',
      mentor(),
      false,
      [
        { term: 'same_unit', points: 150 },
        { term: 'same_unit_type', points: 40 },
        { term: 'subject_overlap', points: 30 },
        { term: 'mentor_education', points: 40 },
        { term: 'experience', points: 20 },
      ],
    ],
    [
      'zero terms are left out',
      mentor({
        unitId: 'u9',
        unitType: 'kindergarten',
        stage: null,
        subjects: [],
        mentorEducation: 'none',
        yearsExperience: 1,
      }),
      false,
      [],
    ],
    [
      'ongoing education, another unit of the same type and stage',
      mentor({ unitId: 'u2', mentorEducation: 'ongoing', subjects: ['music'], yearsExperience: 2 }),
      false,
      [
        { term: 'same_unit_type', points: 40 },
        { term: 'mentor_education', points: 20 },
      ],
    ],
    [
      'a line-manager override costs points',
      mentor({ personId: 'head1', subjects: [], mentorEducation: 'none', yearsExperience: 0, stage: null }),
      true,
      [
        { term: 'same_unit', points: 150 },
        { term: 'same_unit_type', points: 30 },
        { term: 'line_manager_override', points: -50 },
      ],
    ],
  ])('%s', (_, m, isOverride, expected) => {
    expect(scoreTerms(nqt(), m, W, isOverride)).toEqual(expected);
  });

  it('sums to pairScore', () => {
    const m = mentor({ unitId: 'u3', subjects: ['mathematics'] });
    expect(scoreTerms(nqt(), m, W).reduce((s, t) => s + t.points, 0)).toBe(pairScore(nqt(), m, W));
  });
});

describe('load', () => {
  it('is convex: the first NQT is free, each further one costs more', () => {
    expect([1, 2, 3, 4].map((k) => loadCost(0, k, W))).toEqual([0, 10, 30, 60]);
    expect(loadCost(1, 1, W)).toBe(10); // a mentor who already has one NQT pays for the second
  });

  it('is shared by the mentor’s pairs in the explanation, and pairs sum to the objective', () => {
    const nqts = [nqt({ id: 'a' }), nqt({ id: 'b' }), nqt({ id: 'c' })];
    const p = prepareMatching({ nqts, mentors: [mentor()] });
    const mentorOf = [0, 0, 0];
    const { pairs } = describeAssignment(p, mentorOf);
    expect(pairs.map((x) => x.explanation.find((t) => t.term === 'load')?.points)).toEqual([-10, -10, -10]);
    expect(pairs.reduce((s, x) => s + x.points, 0)).toBe(evaluateAssignment(p, mentorOf));
  });
});

describe('prepareMatching', () => {
  it('scores each feasible edge as pairScore does', () => {
    const nqts = [nqt(), nqt({ id: 'n2', unitId: 'u2', subjects: ['music'], stage: null, unitType: 'kindergarten' })];
    const mentors = [
      mentor(),
      mentor({ id: 'm2', unitId: 'u2', mentorEducation: 'ongoing', yearsExperience: 1 }),
      mentor({ id: 'm3', personId: 'head1' }),
    ];
    const p = prepareMatching({ nqts, mentors, lineManagerOverrides: [{ nqtId: 'n1', mentorId: 'm3', reason: 'x' }] });
    for (let e = 0; e < p.edgeNqt.length; e++) {
      const n = nqts[p.edgeNqt[e] ?? 0] as MatchingNqt;
      const m = mentors[p.edgeMentor[e] ?? 0] as MatchingMentor;
      expect(p.edgeScore[e]).toBe(pairScore(n, m, W, n.lineManagerPersonIds.includes(m.personId)));
    }
    expect(p.edgeNqt.length).toBe(5); // n2 may not have its line manager m3
  });

  it.each([
    ['owner', [mentor({ ownerId: 'o2' })], [], []],
    ['line_manager', [mentor({ personId: 'head1' })], [], []],
    ['capacity', [mentor({ capacity: 1, currentLoad: 1 })], [], []],
    ['forbidden', [mentor()], [{ nqtId: 'n1', mentorId: 'm1', reason: 'did not work' }], []],
  ] as const)('names %s as the binding constraint when no candidate is left', (constraint, mentors, forbidden, _) => {
    const p = prepareMatching({ nqts: [nqt()], mentors, forbidden });
    expect(p.noCandidate.get(0)).toBe(constraint);
  });

  it('reports locked pairs that break a hard constraint', () => {
    const p = prepareMatching({
      nqts: [nqt(), nqt({ id: 'n2' }), nqt({ id: 'n3', ownerId: 'o2' })],
      mentors: [mentor({ capacity: 1 }), mentor({ id: 'm2', personId: 'head1' })],
      locked: [
        { nqtId: 'n1', mentorId: 'm1' },
        { nqtId: 'n2', mentorId: 'm1' },
        { nqtId: 'n3', mentorId: 'm2' },
        { nqtId: 'nx', mentorId: 'm1' },
      ],
    });
    expect(p.issues.map((i) => i.code).sort()).toEqual([
      'locked_line_manager',
      'locked_over_capacity',
      'locked_owner_mismatch',
      'unknown_nqt',
    ]);
  });

  it('has defaults that put the NQT’s own unit first', () => {
    const rest =
      DEFAULT_WEIGHTS.sameUnitType +
      DEFAULT_WEIGHTS.sameStage +
      DEFAULT_WEIGHTS.subjectOverlapPerSubject * DEFAULT_WEIGHTS.subjectOverlapMaxSubjects +
      DEFAULT_WEIGHTS.educationCompleted +
      DEFAULT_WEIGHTS.experienced;
    expect(DEFAULT_WEIGHTS.sameUnit).toBeGreaterThan(rest);
  });
});
