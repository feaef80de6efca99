import { createHash } from 'node:crypto';
import type { MentorEducation, Position, Role, ScopeType, TeacherEducation, UnitType } from '../../../shared/enums.ts';
import { withCheckDigit } from '../../../shared/rules/org-number.ts';
import { type Stage, SUBJECTS, type Subject } from '../../../shared/subjects.ts';
import {
  AFTER_SCHOOL_NAMES,
  COMBINED_SCHOOL_NAMES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  KINDERGARTEN_NAMES,
  LOWER_SECONDARY_NAMES,
  NEIGHBOUR_PLACES,
  PLACE_CENTRES,
  PLACES,
  PRIMARY_SCHOOL_NAMES,
  STREET_SUFFIXES,
} from './names.ts';

/*
 * The demo municipality as plain data, before any database is touched. The structure is the same on
 * every run (a seeded generator), so counts and names are stable; only ids and passwords are fresh.
 * Numbers follow Lillestrøm 2025 (the domain README): 28 kindergartens, 30 schools, a resource team
 * of four, 61 mentors and 150 NQTs.
 */

export const DEMO_OWNER_NAME = 'Demo kommune';
export const NEIGHBOUR_OWNER_NAME = 'Nabo kommune';
export const DEMO_REGION_NAME = 'Demo-regionen';

/** Fixed so a second seeding can recognise the demo owner and refuse. Not a real organisation's number. */
export const DEMO_ORG_NUMBER = orgNumberFrom('92046181');
const NEIGHBOUR_ORG_NUMBER = orgNumberFrom('92046183');

/** The demo's "today": NQT cohorts and experience are counted from the autumn of 2026. */
const SCHOOL_YEAR_START = 2026;

export type OwnerKey = 'demo' | 'neighbour';
export type PersonKind = 'head' | 'coordinator' | 'mentor' | 'nqt' | 'teacher' | 'staff';

export interface UnitPlan {
  key: string;
  owner: OwnerKey;
  name: string;
  unitType: UnitType;
  orgNumber: string;
  streetAddress: string;
  postalCode: string;
  postalPlace: string;
  latitude: number | null;
  longitude: number | null;
}

/** A unit's spot near its place, from its name (not from the plan's random stream, which stays as it was). */
function spotOf(key: string, postalPlace: string): { latitude: number | null; longitude: number | null } {
  const centre = PLACE_CENTRES[postalPlace];
  if (!centre) return { latitude: null, longitude: null };
  const hash = createHash('sha256').update(key).digest();
  const jitter = (byte: number) => ((byte - 127.5) / 127.5) * 0.01;
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    latitude: round(centre.lat + jitter(hash[0] ?? 128)),
    longitude: round(centre.lon + 2 * jitter(hash[1] ?? 128)),
  };
}

export interface EmploymentPlan {
  unitKey: string;
  position: Position;
  positionPercent: number;
  startDate: string;
  endDate: string | null;
  /** The stage taught: school teachers only. */
  stage: Stage | null;
}

export interface PersonPlan {
  owner: OwnerKey;
  kind: PersonKind;
  employeeNumber: string;
  givenName: string;
  familyName: string;
  email: string;
  teacherEducation: TeacherEducation | null;
  teacherEducationYear: number | null;
  mentorEducation: MentorEducation;
  mentorEducationCredits: number | null;
  teachingExperienceYears: number | null;
  /** School teachers' subjects (matching scores the overlap); empty for everyone else. */
  subjects: Subject[];
  employment: EmploymentPlan;
}

/** One demo login per role: either an employee (person index) or someone outside the owner's staff. */
export interface LoginPlan {
  role: Role;
  scopeType: ScopeType;
  /** The person the login belongs to (index into people); null for people without an employment here. */
  personIndex: number | null;
  name: string;
  email: string;
  owner: OwnerKey | null;
  unitKey: string | null;
}

export interface DemoPlan {
  owners: Record<OwnerKey, { name: string; orgNumber: string }>;
  regionName: string;
  units: UnitPlan[];
  people: PersonPlan[];
  logins: LoginPlan[];
}

/** The role each kind of employee holds, and at which scope. Teachers and staff hold none. */
export const KIND_GRANTS: Partial<Record<PersonKind, { role: Role; scopeType: 'owner' | 'unit' }>> = {
  head: { role: 'unit_leader', scopeType: 'unit' },
  coordinator: { role: 'programme_coordinator', scopeType: 'owner' },
  mentor: { role: 'mentor', scopeType: 'unit' },
  nqt: { role: 'nqt', scopeType: 'unit' },
};

function orgNumberFrom(firstEight: string): string {
  const full = withCheckDigit(firstEight);
  if (!full) throw new Error(`no valid organisation number starts with ${firstEight}`);
  return full;
}

/** mulberry32: small, fast and good enough to make a demo look varied yet identical on every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

/** ASCII local part of an e-mail address: "Øystein Sæther" → "oystein.saether". */
export function emailLocalPart(givenName: string, familyName: string): string {
  const ascii = (s: string) =>
    s
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFD')
      .replace(/[^a-z]/g, '');
  return `${ascii(givenName)}.${ascii(familyName)}`;
}

/** Builds the whole demo as data. Pure: the same plan on every call. */
// What school teachers teach, by stage: the subjects a teacher there most often has. Drawn from a
// generator of its own, so adding it left every other part of the demo (names, numbers) as it was.
const STAGE_SUBJECTS: Record<Stage, readonly Subject[]> = {
  '1-4': ['norwegian', 'mathematics', 'english', 'krle', 'arts_crafts', 'music', 'science', 'physical_education'],
  '5-7': ['norwegian', 'mathematics', 'english', 'science', 'social_studies', 'krle', 'music', 'food_health'],
  '8-10': [
    'norwegian',
    'mathematics',
    'english',
    'science',
    'social_studies',
    'krle',
    'spanish',
    'german',
    'physical_education',
    'food_health',
  ],
  vg: ['norwegian', 'mathematics', 'english', 'history', 'natural_sciences_vg', 'programme_general'],
};
const STAGES_OF: Partial<Record<UnitType, readonly Stage[]>> = {
  primary: ['1-4', '5-7'],
  lower_secondary: ['8-10'],
  combined: ['1-4', '5-7', '8-10'],
  upper_secondary: ['vg'],
};
/** A school teacher's stage and two or three subjects: one of norsk/matematikk/engelsk (the big ones), and others of the stage. */
function schoolTeaching(
  teachingRandom: ReturnType<typeof seededRandom>,
  unitType: UnitType,
): { stage: Stage; subjects: Subject[] } | null {
  const stages = STAGES_OF[unitType];
  if (!stages) return null;
  const stage = teachingRandom.pick(stages);
  const pool = STAGE_SUBJECTS[stage];
  const chosen = new Set<Subject>([teachingRandom.pick(pool.slice(0, 3))]);
  const count = teachingRandom.int(2, 3);
  while (chosen.size < count) chosen.add(teachingRandom.pick(pool));
  return { stage, subjects: SUBJECTS.filter((s) => chosen.has(s)) };
}

export function planDemo(): DemoPlan {
  const random = seededRandom(20_261_122);
  const teachingRandom = seededRandom(20_261_123);
  const usedOrgNumbers = new Set([DEMO_ORG_NUMBER, NEIGHBOUR_ORG_NUMBER]);
  const usedEmails = new Set<string>();
  const usedNames = new Set<string>();

  const nextOrgNumber = () => {
    for (;;) {
      const full = withCheckDigit(`9${String(random.int(2_000_000, 9_999_999))}`);
      if (full && !usedOrgNumbers.has(full)) {
        usedOrgNumbers.add(full);
        return full;
      }
    }
  };

  const uniqueEmail = (local: string, domain: string) => {
    for (let n = 1; ; n++) {
      const email = `${local}${n === 1 ? '' : n}@${domain}`;
      if (!usedEmails.has(email)) {
        usedEmails.add(email);
        return email;
      }
    }
  };

  // Real staff lists repeat names now and then; the demo avoids it so people are easy to tell apart.
  const newName = () => {
    for (;;) {
      const givenName = random.pick(GIVEN_NAMES);
      const familyName = random.pick(FAMILY_NAMES);
      const full = `${givenName} ${familyName}`;
      if (!usedNames.has(full)) {
        usedNames.add(full);
        return { givenName, familyName };
      }
    }
  };

  // Units.
  const units: UnitPlan[] = [];
  const addUnit = (
    owner: OwnerKey,
    base: string,
    name: string,
    unitType: UnitType,
    places: readonly { postalCode: string; postalPlace: string }[],
  ) => {
    const place = random.pick(places);
    const unit: UnitPlan = {
      key: `${owner}:${name}`,
      owner,
      name,
      unitType,
      orgNumber: nextOrgNumber(),
      streetAddress: `${base}${random.pick(STREET_SUFFIXES)} ${random.int(1, 40)}`,
      postalCode: place.postalCode,
      postalPlace: place.postalPlace,
      ...spotOf(`${owner}:${name}`, place.postalPlace),
    };
    units.push(unit);
    return unit;
  };
  for (const base of KINDERGARTEN_NAMES) addUnit('demo', base, `${base} barnehage`, 'kindergarten', PLACES);
  for (const base of PRIMARY_SCHOOL_NAMES) addUnit('demo', base, `${base} skole`, 'primary', PLACES);
  for (const base of LOWER_SECONDARY_NAMES) addUnit('demo', base, `${base} ungdomsskole`, 'lower_secondary', PLACES);
  for (const base of COMBINED_SCHOOL_NAMES) addUnit('demo', base, `${base} skole`, 'combined', PLACES);
  for (const base of AFTER_SCHOOL_NAMES) addUnit('demo', base, `${base} SFO`, 'after_school', PLACES);
  addUnit('neighbour', 'Nabobygda', 'Nabobygda barnehage', 'kindergarten', NEIGHBOUR_PLACES);
  addUnit('neighbour', 'Nabobygda', 'Nabobygda skole', 'combined', NEIGHBOUR_PLACES);
  addUnit('neighbour', 'Nabobakken', 'Nabobakken skole', 'primary', NEIGHBOUR_PLACES);

  // People. Employee numbers are sequential per owner, as in most payroll systems.
  const people: PersonPlan[] = [];
  const employeeCounter: Record<OwnerKey, number> = { demo: 100_000, neighbour: 500_000 };
  const domain: Record<OwnerKey, string> = { demo: 'demo.kommune.no', neighbour: 'nabo.kommune.no' };
  const addPerson = (
    unit: UnitPlan,
    kind: PersonKind,
    fields: Omit<
      PersonPlan,
      'owner' | 'kind' | 'employeeNumber' | 'givenName' | 'familyName' | 'email' | 'employment' | 'subjects'
    >,
    employment: Omit<EmploymentPlan, 'unitKey' | 'stage'>,
  ) => {
    const { givenName, familyName } = newName();
    employeeCounter[unit.owner] += 1;
    const teaching = employment.position === 'teacher' ? schoolTeaching(teachingRandom, unit.unitType) : null;
    people.push({
      owner: unit.owner,
      kind,
      employeeNumber: String(employeeCounter[unit.owner]),
      givenName,
      familyName,
      email: uniqueEmail(emailLocalPart(givenName, familyName), domain[unit.owner]),
      ...fields,
      subjects: teaching?.subjects ?? [],
      employment: { unitKey: unit.key, ...employment, stage: teaching?.stage ?? null },
    });
    return people.length - 1;
  };

  const isKindergarten = (unit: UnitPlan) => unit.unitType === 'kindergarten';
  const teacherPosition = (unit: UnitPlan): Position => (isKindergarten(unit) ? 'kindergarten_teacher' : 'teacher');
  const schoolEducation = (unit: UnitPlan): TeacherEducation => {
    if (isKindergarten(unit)) return 'kindergarten_teacher';
    if (unit.unitType === 'primary') return random.chance(0.65) ? 'primary_1_7' : 'primary_5_10';
    if (unit.unitType === 'lower_secondary') return random.pick(['primary_5_10', 'lektor_8_13', 'lektor_8_13', 'ppu']);
    return random.pick(['primary_1_7', 'primary_5_10', 'lektor_8_13', 'ppu']);
  };
  /** An experienced employee: education finished before they started, started some autumn before today. */
  const experienced = (unit: UnitPlan, minYears: number, maxYears: number, education = schoolEducation(unit)) => {
    const years = random.int(minYears, maxYears);
    const startYear = SCHOOL_YEAR_START - random.int(1, Math.min(years, 20));
    return {
      fields: {
        teacherEducation: education,
        teacherEducationYear: SCHOOL_YEAR_START - years - random.int(0, 1),
        teachingExperienceYears: years,
      },
      startDate: `${startYear}-08-01`,
    };
  };
  const percent = (pFull: number) => (random.chance(pFull) ? 100 : random.pick([50, 60, 80]));

  const demoUnits = units.filter((u) => u.owner === 'demo');
  const kindergartens = demoUnits.filter(isKindergarten);
  const schools = demoUnits.filter((u) => ['primary', 'lower_secondary', 'combined'].includes(u.unitType));

  // A head for every unit.
  for (const unit of units) {
    const education: TeacherEducation =
      unit.unitType === 'after_school'
        ? 'other'
        : isKindergarten(unit)
          ? 'kindergarten_teacher'
          : schoolEducation(unit);
    const e = experienced(unit, 12, 30, education);
    const hasMentorEducation = unit.unitType !== 'after_school' && random.chance(0.4);
    addPerson(
      unit,
      'head',
      {
        ...e.fields,
        mentorEducation: hasMentorEducation ? 'completed' : 'none',
        mentorEducationCredits: hasMentorEducation ? 30 : null,
      },
      { position: 'head', positionPercent: 100, startDate: e.startDate, endDate: null },
    );
  }

  // The resource team: experienced mentors who coordinate the programme beside part of a position at
  // a home unit (the coordinator part is their owner-level role, not an employment at a unit).
  const coordinatorHomes = [kindergartens[0], schools[0], schools[18], kindergartens[10]];
  for (const unit of coordinatorHomes) {
    if (!unit) throw new Error('demo plan: missing coordinator home unit');
    const e = experienced(unit, 12, 25);
    addPerson(
      unit,
      'coordinator',
      { ...e.fields, mentorEducation: 'completed', mentorEducationCredits: 30 },
      { position: teacherPosition(unit), positionPercent: 50, startDate: e.startDate, endDate: null },
    );
  }

  // Mentors and NQTs: mentoring happens at the NQT's own unit, so every unit with NQTs has a mentor.
  // 28 kindergartens × 1 mentor + 30 schools × 1 mentor + 3 extra at the biggest schools = 61;
  // NQTs: 48 in kindergartens and 102 in schools = 150.
  const mentorsPerUnit = new Map<UnitPlan, number>();
  const nqtsPerUnit = new Map<UnitPlan, number>();
  kindergartens.forEach((unit, i) => {
    mentorsPerUnit.set(unit, 1);
    nqtsPerUnit.set(unit, i < 20 ? 2 : 1);
  });
  let primaryIndex = 0;
  let combinedIndex = 0;
  for (const unit of schools) {
    if (unit.unitType === 'primary') {
      mentorsPerUnit.set(unit, 1);
      nqtsPerUnit.set(unit, primaryIndex++ < 9 ? 3 : 2);
    } else if (unit.unitType === 'lower_secondary') {
      mentorsPerUnit.set(unit, 1);
      nqtsPerUnit.set(unit, 4);
    } else {
      mentorsPerUnit.set(unit, combinedIndex++ < 3 ? 2 : 1);
      nqtsPerUnit.set(unit, 5);
    }
  }
  const neighbourUnits = units.filter((u) => u.owner === 'neighbour');
  for (const unit of neighbourUnits) {
    mentorsPerUnit.set(unit, 1);
    nqtsPerUnit.set(unit, unit.unitType === 'combined' ? 2 : 1);
  }

  for (const [unit, count] of mentorsPerUnit) {
    for (let i = 0; i < count; i++) {
      const e = experienced(unit, 4, 28);
      const roll = random.next();
      // Most mentors have mentor education (completed 30 credits, or under way); a few still lack it.
      const mentorEducation: MentorEducation = roll < 0.68 ? 'completed' : roll < 0.9 ? 'ongoing' : 'none';
      const credits =
        mentorEducation === 'completed' ? 30 : mentorEducation === 'ongoing' ? random.pick([7.5, 15]) : null;
      addPerson(
        unit,
        'mentor',
        { ...e.fields, mentorEducation, mentorEducationCredits: credits },
        { position: teacherPosition(unit), positionPercent: percent(0.9), startDate: e.startDate, endDate: null },
      );
    }
  }

  for (const [unit, count] of nqtsPerUnit) {
    for (let i = 0; i < count; i++) {
      // Year-one NQTs started this autumn (or a little later); year-two NQTs in 2025 or at New Year.
      const yearOne = random.chance(0.55);
      const startDate = yearOne
        ? random.pick(['2026-08-01', '2026-08-01', '2026-08-01', '2026-08-15', '2026-10-01'])
        : random.pick(['2025-08-01', '2025-08-01', '2025-08-01', '2025-08-15', '2026-01-05']);
      const educationYear = startDate.startsWith('2026-08') || startDate.startsWith('2026-10') ? 2026 : 2025;
      const temporary = random.chance(0.2);
      addPerson(
        unit,
        'nqt',
        {
          teacherEducation: schoolEducation(unit),
          teacherEducationYear: educationYear,
          mentorEducation: 'none',
          mentorEducationCredits: null,
          teachingExperienceYears: startDate < '2025-12-01' ? 1 : 0,
        },
        {
          position: teacherPosition(unit),
          positionPercent: percent(0.82),
          startDate,
          endDate: temporary ? random.pick(['2027-06-30', '2027-07-31']) : null,
        },
      );
    }
  }

  // Colleagues: the rest of the staff, so unit lists and people searches look like a real municipality.
  const colleagues: Record<UnitType, { teachers: number; assistantHeads: number; staff: number }> = {
    kindergarten: { teachers: 4, assistantHeads: 0, staff: 2 },
    primary: { teachers: 14, assistantHeads: 0, staff: 0 },
    lower_secondary: { teachers: 18, assistantHeads: 1, staff: 0 },
    combined: { teachers: 24, assistantHeads: 1, staff: 0 },
    upper_secondary: { teachers: 0, assistantHeads: 0, staff: 0 },
    after_school: { teachers: 0, assistantHeads: 0, staff: 4 },
  };
  for (const unit of units) {
    const plan = colleagues[unit.unitType];
    const scale = unit.owner === 'neighbour' ? 0.4 : 1;
    for (let i = 0; i < plan.assistantHeads; i++) {
      const e = experienced(unit, 10, 30);
      addPerson(
        unit,
        'teacher',
        { ...e.fields, mentorEducation: 'none', mentorEducationCredits: null },
        { position: 'assistant_head', positionPercent: 100, startDate: e.startDate, endDate: null },
      );
    }
    for (let i = 0; i < Math.round(plan.teachers * scale); i++) {
      const e = experienced(unit, 2, 38);
      const hasMentorEducation = random.chance(0.08);
      addPerson(
        unit,
        'teacher',
        {
          ...e.fields,
          mentorEducation: hasMentorEducation ? 'completed' : 'none',
          mentorEducationCredits: hasMentorEducation ? 30 : null,
        },
        { position: teacherPosition(unit), positionPercent: percent(0.8), startDate: e.startDate, endDate: null },
      );
    }
    for (let i = 0; i < Math.round(plan.staff * scale); i++) {
      const startYear = SCHOOL_YEAR_START - random.int(0, 12);
      addPerson(
        unit,
        'staff',
        {
          teacherEducation: 'none',
          teacherEducationYear: null,
          mentorEducation: 'none',
          mentorEducationCredits: null,
          teachingExperienceYears: null,
        },
        {
          position: unit.unitType === 'after_school' ? 'after_school_staff' : 'assistant',
          positionPercent: percent(0.6),
          startDate: `${startYear}-08-01`,
          endDate: null,
        },
      );
    }
  }

  // One login per role. The employee roles show a coherent unit: its head, a mentor and an NQT there.
  const showcase = units.find((u) => u.owner === 'demo' && u.unitType === 'combined');
  if (!showcase) throw new Error('demo plan: no combined school');
  const personAt = (kind: PersonKind, unitKey?: string) => {
    const index = people.findIndex((p) => p.kind === kind && (!unitKey || p.employment.unitKey === unitKey));
    if (index < 0) throw new Error(`demo plan: no ${kind}`);
    return index;
  };
  const employeeLogin = (role: Role, kind: PersonKind, unitScoped: boolean): LoginPlan => {
    const personIndex = personAt(kind, unitScoped ? showcase.key : undefined);
    const person = people[personIndex] as PersonPlan;
    return {
      role,
      scopeType: unitScoped ? 'unit' : 'owner',
      personIndex,
      name: `${person.givenName} ${person.familyName}`,
      email: person.email,
      owner: 'demo',
      unitKey: unitScoped ? showcase.key : null,
    };
  };
  const outsiderLogin = (role: Role, scopeType: ScopeType, emailDomain: string, owner: OwnerKey | null): LoginPlan => {
    const { givenName, familyName } = newName();
    return {
      role,
      scopeType,
      personIndex: null,
      name: `${givenName} ${familyName}`,
      email: uniqueEmail(emailLocalPart(givenName, familyName), emailDomain),
      owner,
      unitKey: null,
    };
  };
  const logins: LoginPlan[] = [
    outsiderLogin('national_admin', 'national', 'direktoratet.demo.no', null),
    outsiderLogin('region_coordinator', 'region', 'demo.kommune.no', null),
    outsiderLogin('owner_admin', 'owner', 'demo.kommune.no', 'demo'),
    employeeLogin('programme_coordinator', 'coordinator', false),
    employeeLogin('unit_leader', 'head', true),
    employeeLogin('mentor', 'mentor', true),
    employeeLogin('nqt', 'nqt', true),
    outsiderLogin('teacher_educator', 'owner', 'universitetet.demo.no', 'demo'),
    outsiderLogin('analyst', 'owner', 'demo.kommune.no', 'demo'),
  ];

  return {
    owners: {
      demo: { name: DEMO_OWNER_NAME, orgNumber: DEMO_ORG_NUMBER },
      neighbour: { name: NEIGHBOUR_OWNER_NAME, orgNumber: NEIGHBOUR_ORG_NUMBER },
    },
    regionName: DEMO_REGION_NAME,
    units,
    people,
    logins,
  };
}
