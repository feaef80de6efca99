import { z } from 'zod';
import {
  MENTOR_EDUCATIONS,
  OWNER_KINDS,
  POSITIONS,
  ROLES,
  SCOPE_TYPES,
  TEACHER_EDUCATIONS,
  UNIT_TYPES,
} from '../enums.ts';
import { MAX_SUBJECTS, STAGES, SUBJECTS } from '../subjects.ts';
import { DateSchema, EmailSchema, IdSchema, NameSchema, OrgNumberSchema } from './common.ts';

export const OwnerSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(OWNER_KINDS),
  orgNumber: z.string(),
});
export type Owner = z.infer<typeof OwnerSchema>;

export const CreateOwnerSchema = z.strictObject({
  name: NameSchema,
  kind: z.enum(OWNER_KINDS),
  orgNumber: OrgNumberSchema,
  regionId: IdSchema.nullable().optional(),
});
export type CreateOwnerInput = z.infer<typeof CreateOwnerSchema>;

export const OwnerPatchSchema = z.strictObject({
  name: NameSchema.optional(),
  kind: z.enum(OWNER_KINDS).optional(),
  orgNumber: OrgNumberSchema.optional(),
});
export type OwnerPatch = z.infer<typeof OwnerPatchSchema>;

export const RegionSchema = z.object({ id: IdSchema, name: z.string(), ownerIds: z.array(IdSchema) });
export type Region = z.infer<typeof RegionSchema>;

/** A region is a named group of owners, e.g. an inter-municipal collaboration. */
export const RegionInputSchema = z.strictObject({
  name: NameSchema,
  ownerIds: z.array(IdSchema).max(500).default([]),
});
export type RegionInput = z.infer<typeof RegionInputSchema>;

const PostalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/, { message: 'validation.invalid' });

export const UnitInputSchema = z.strictObject({
  orgNumber: OrgNumberSchema,
  name: NameSchema,
  unitType: z.enum(UNIT_TYPES),
  streetAddress: z.string().trim().max(200).default(''),
  postalCode: z.union([PostalCodeSchema, z.literal('')]).default(''),
  postalPlace: z.string().trim().max(100).default(''),
  /** WGS84 degrees; network groups count travel only for units with both. */
  latitude: z.number({ message: 'validation.invalidType' }).min(-90).max(90).nullable().optional(),
  longitude: z.number({ message: 'validation.invalidType' }).min(-180).max(180).nullable().optional(),
});
export type UnitInput = z.infer<typeof UnitInputSchema>;
export const UnitPatchSchema = UnitInputSchema.partial().extend({ active: z.boolean().optional() });
export type UnitPatch = z.infer<typeof UnitPatchSchema>;

export const UnitSchema = z.object({
  id: IdSchema,
  ownerId: IdSchema,
  orgNumber: z.string(),
  name: z.string(),
  unitType: z.enum(UNIT_TYPES),
  streetAddress: z.string(),
  postalCode: z.string(),
  postalPlace: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof UnitSchema>;

/** A person's subjects: codes from the controlled list, each at most once (see shared/subjects.ts). */
export const SubjectsSchema = z
  .array(z.enum(SUBJECTS))
  .max(MAX_SUBJECTS)
  .refine((list) => new Set(list).size === list.length, { message: 'subjects.duplicate' });

const YearSchema = z.number().int({ message: 'validation.integer' }).min(1950).max(2100);

export const PersonInputSchema = z.strictObject({
  employeeNumber: z.string().trim().min(1, { message: 'validation.required' }).max(50),
  givenName: NameSchema,
  familyName: NameSchema,
  email: EmailSchema,
  phone: z.string().trim().max(30).default(''),
  teacherEducation: z.enum(TEACHER_EDUCATIONS).nullable().default(null),
  teacherEducationYear: YearSchema.nullable().default(null),
  mentorEducation: z.enum(MENTOR_EDUCATIONS).default('none'),
  mentorEducationCredits: z.number().min(0).max(120).nullable().default(null),
  teachingExperienceYears: z.number().min(0).max(60).nullable().default(null),
  subjects: SubjectsSchema.default([]),
});
export type PersonInput = z.infer<typeof PersonInputSchema>;
export const PersonPatchSchema = PersonInputSchema.partial().extend({ active: z.boolean().optional() });
export type PersonPatch = z.infer<typeof PersonPatchSchema>;

export const EmploymentInputSchema = z
  .strictObject({
    unitId: IdSchema,
    position: z.enum(POSITIONS),
    positionPercent: z.number().gt(0).max(100),
    startDate: DateSchema,
    endDate: DateSchema.nullable().default(null),
    /** The school stage taught in this job; null for kindergarten, leaders or unknown. */
    stage: z.enum(STAGES).nullable().default(null),
  })
  .refine((e) => e.endDate === null || e.endDate >= e.startDate, {
    message: 'validation.dateOrder',
    path: ['endDate'],
  });
export type EmploymentInput = z.infer<typeof EmploymentInputSchema>;

export const EmploymentSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  unitId: IdSchema,
  unitName: z.string(),
  position: z.enum(POSITIONS),
  positionPercent: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  stage: z.enum(STAGES).nullable(),
});
export type Employment = z.infer<typeof EmploymentSchema>;

export const RoleGrantSchema = z.object({
  id: IdSchema,
  role: z.enum(ROLES),
  scopeType: z.enum(SCOPE_TYPES),
  scopeId: IdSchema.nullable(),
  scopeName: z.string(),
  createdAt: z.string(),
});
export type RoleGrant = z.infer<typeof RoleGrantSchema>;

export const PersonSchema = z.object({
  id: IdSchema,
  ownerId: IdSchema,
  employeeNumber: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  phone: z.string(),
  teacherEducation: z.enum(TEACHER_EDUCATIONS).nullable(),
  teacherEducationYear: z.number().nullable(),
  mentorEducation: z.enum(MENTOR_EDUCATIONS),
  mentorEducationCredits: z.number().nullable(),
  teachingExperienceYears: z.number().nullable(),
  subjects: z.array(z.enum(SUBJECTS)),
  active: z.boolean(),
  hasAccount: z.boolean(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

export const PersonDetailSchema = PersonSchema.extend({
  employments: z.array(EmploymentSchema),
  roles: z.array(RoleGrantSchema),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

/** Roles an owner admin hands out: owner-wide, or for one unit. National and region roles are granted by national admins. */
export const GrantRoleSchema = z.strictObject({
  role: z.enum(ROLES),
  scopeType: z.enum(['owner', 'unit']),
  unitId: IdSchema.optional(),
});
export type GrantRoleInput = z.infer<typeof GrantRoleSchema>;

export const ImportKindSchema = z.enum(['units', 'people']);
export type ImportKind = z.infer<typeof ImportKindSchema>;

export const ImportRowErrorSchema = z.object({
  row: z.number(),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportResultSchema = z.object({
  kind: ImportKindSchema,
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
