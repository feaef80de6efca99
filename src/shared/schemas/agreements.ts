import { z } from 'zod';
import { LOCALES } from '../enums.ts';
import { IdSchema } from './common.ts';

/*
 * Agreements (the mutually binding framework, issue 3 item 7): the programme's template in three
 * languages, one agreement per enrolled NQT, and each party's acceptance of a template version.
 */

export const AGREEMENT_SECTIONS = [
  'unitFocus',
  'leaderResponsibilities',
  'mentorTasks',
  'nqtResponsibilities',
  'timeSetAside',
] as const;
export type AgreementSection = (typeof AGREEMENT_SECTIONS)[number];

export const AGREEMENT_PARTIES = ['nqt', 'mentor', 'unit_leader', 'coordinator'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];

const SectionText = z.string().trim().min(1, { message: 'validation.required' }).max(4000);

export const TemplateSectionsSchema = z.strictObject({
  unitFocus: SectionText,
  leaderResponsibilities: SectionText,
  mentorTasks: SectionText,
  nqtResponsibilities: SectionText,
  timeSetAside: SectionText,
});
export type TemplateSections = z.infer<typeof TemplateSectionsSchema>;

export const TemplateTextsSchema = z.strictObject({
  nb: TemplateSectionsSchema,
  nn: TemplateSectionsSchema,
  en: TemplateSectionsSchema,
});
export type TemplateTexts = z.infer<typeof TemplateTextsSchema>;

export const TemplateInputSchema = z.strictObject({ texts: TemplateTextsSchema });

export const AgreementTemplateSchema = z.object({
  programmeId: IdSchema,
  /** Null while the programme still uses the defaults (no version saved yet). */
  version: z.number().int().nullable(),
  texts: TemplateTextsSchema,
  createdAt: z.string().nullable(),
  abilities: z.object({ manage: z.boolean() }),
});

export const CreateAgreementsSchema = z.strictObject({
  /** The coordinator named in the agreements: a programme coordinator of the owner; default the caller. */
  coordinatorUserId: IdSchema.optional(),
  locale: z.enum(LOCALES).optional(),
});

export const AcceptAgreementSchema = z.strictObject({
  /** The template version the party read; accepting an outdated one is 409 AGREEMENT_VERSION_CHANGED. */
  version: z.number().int({ message: 'validation.integer' }).min(1),
});

export const PartyStatusSchema = z.object({
  party: z.enum(AGREEMENT_PARTIES),
  personId: IdSchema.nullable(),
  userId: IdSchema.nullable(),
  name: z.string().nullable(),
  /** accepted: on the current version; outdated: only an older one; pending: not yet; missing: no one named yet. */
  status: z.enum(['accepted', 'outdated', 'pending', 'missing']),
  acceptedVersion: z.number().int().nullable(),
  acceptedAt: z.string().nullable(),
});
export type PartyStatus = z.infer<typeof PartyStatusSchema>;

export const AcceptanceSchema = z.object({
  party: z.enum(AGREEMENT_PARTIES),
  name: z.string(),
  templateVersion: z.number().int(),
  textHash: z.string(),
  acceptedAt: z.string(),
});

export const AgreementSchema = z.object({
  id: IdSchema,
  ownerId: IdSchema,
  programmeId: IdSchema,
  programmeName: z.string(),
  enrolmentId: IdSchema,
  locale: z.enum(LOCALES),
  currentVersion: z.number().int(),
  parties: z.array(PartyStatusSchema),
  isSigned: z.boolean(),
  notAccepted: z.array(z.object({ party: z.enum(AGREEMENT_PARTIES), name: z.string().nullable() })),
  acceptances: z.array(AcceptanceSchema),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const AgreementListSchema = z.object({
  currentVersion: z.number().int().nullable(),
  items: z.array(AgreementSchema),
  /** Who has not accepted the current version, across the programme. */
  notAccepted: z.array(
    z.object({
      agreementId: IdSchema,
      nqtName: z.string(),
      party: z.enum(AGREEMENT_PARTIES),
      name: z.string().nullable(),
    }),
  ),
});

export const MyAgreementSchema = AgreementSchema.extend({
  /** The caller's parts in this agreement (usually one). */
  myParties: z.array(z.enum(AGREEMENT_PARTIES)),
  /** Whether the caller still has to accept the current version. */
  mustAccept: z.boolean(),
  /** The text to read before accepting, in the caller's language. */
  text: z.string(),
});
export const MyAgreementListSchema = z.object({ items: z.array(MyAgreementSchema) });
