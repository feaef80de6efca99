/** Enumerations shared by server and web. Values are stable codes; labels live in the i18n catalogs. */

export const OWNER_KINDS = ['municipality', 'county', 'private'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export const UNIT_TYPES = [
  'kindergarten',
  'primary',
  'lower_secondary',
  'combined',
  'upper_secondary',
  'after_school',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const ROLES = [
  'national_admin',
  'region_coordinator',
  'owner_admin',
  'programme_coordinator',
  'unit_leader',
  'mentor',
  'nqt',
  'teacher_educator',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_TYPES = ['national', 'region', 'owner', 'unit'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

/** Which scopes each role may be granted at. A unit leader leads a unit; a coordinator runs an owner's or a region's programme. */
export const ROLE_SCOPES: Record<Role, readonly ScopeType[]> = {
  national_admin: ['national'],
  region_coordinator: ['region'],
  owner_admin: ['owner'],
  programme_coordinator: ['owner', 'region'],
  unit_leader: ['unit'],
  mentor: ['unit'],
  nqt: ['unit'],
  teacher_educator: ['owner', 'region'],
  analyst: ['owner', 'region', 'national'],
};

export const POSITIONS = [
  'head',
  'assistant_head',
  'teacher',
  'kindergarten_teacher',
  'assistant',
  'after_school_staff',
  'other',
] as const;
export type Position = (typeof POSITIONS)[number];

export const TEACHER_EDUCATIONS = [
  'kindergarten_teacher',
  'primary_1_7',
  'primary_5_10',
  'lektor_8_13',
  'ppu',
  'vocational',
  'other',
  'none',
] as const;
export type TeacherEducation = (typeof TEACHER_EDUCATIONS)[number];

export const MENTOR_EDUCATIONS = ['none', 'ongoing', 'completed'] as const;
export type MentorEducation = (typeof MENTOR_EDUCATIONS)[number];

export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';
