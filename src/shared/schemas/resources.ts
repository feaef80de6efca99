import { z } from 'zod';
import { UNIT_TYPES } from '../enums.ts';
import { SUB_GOALS } from '../rules/sub-goals.ts';
import { IdSchema } from './common.ts';

/*
 * The resource bank (issue 4, item 7): links, uploaded files and Markdown texts per owner, tagged with
 * sub-goals, themes, audience and unit types, found by Norwegian full-text search.
 */

export const RESOURCE_KINDS = ['link', 'file', 'text'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/**
 * Who a resource is for. A signed-in person sees the resources whose audience meets one of their roles'
 * audiences (`audiencesForRoles` in the server's resources policy); those who keep the bank see all.
 */
export const RESOURCE_AUDIENCES = ['nqt', 'mentor', 'unit_leader', 'coordinator'] as const;
export type ResourceAudience = (typeof RESOURCE_AUDIENCES)[number];

/**
 * Themes are a fixed list, so filters and labels work in all three languages: the four network themes
 * of the Lillestrøm seed (pedagogical leadership, coping and mastery, challenges, experiences from own
 * practice) and three that recur in the knowledge base. Labels: `resources.theme.<code>`.
 */
export const RESOURCE_THEMES = [
  'pedagogical_leadership',
  'coping',
  'challenges',
  'own_practice',
  'mentoring_methods',
  'classroom_leadership',
  'parent_collaboration',
] as const;
export type ResourceTheme = (typeof RESOURCE_THEMES)[number];

/** File types the bank takes, decided from the bytes; the name's extension must agree. */
export const RESOURCE_FILE_TYPES = [
  { ext: 'pdf', mime: 'application/pdf', names: ['pdf'] },
  {
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    names: ['docx'],
  },
  { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', names: ['xlsx'] },
  {
    ext: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    names: ['pptx'],
  },
  { ext: 'odt', mime: 'application/vnd.oasis.opendocument.text', names: ['odt'] },
  { ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet', names: ['ods'] },
  { ext: 'odp', mime: 'application/vnd.oasis.opendocument.presentation', names: ['odp'] },
  { ext: 'png', mime: 'image/png', names: ['png'] },
  { ext: 'jpg', mime: 'image/jpeg', names: ['jpg', 'jpeg'] },
  { ext: 'webp', mime: 'image/webp', names: ['webp'] },
  { ext: 'mp4', mime: 'video/mp4', names: ['mp4', 'm4v'] },
  { ext: 'mp3', mime: 'audio/mpeg', names: ['mp3'] },
] as const;

const Title = z.string().trim().min(1, { message: 'validation.required' }).max(200);
const Description = z.string().trim().max(2000);
/** http and https only: a `javascript:` or `data:` address never becomes a link. */
const HttpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), { message: 'resources.validation.url' });
const Body = z.string().max(100_000);

export const ResourceTagsSchema = z.strictObject({
  subGoals: z.array(z.enum(SUB_GOALS)).max(SUB_GOALS.length).default([]),
  themes: z.array(z.enum(RESOURCE_THEMES)).max(RESOURCE_THEMES.length).default([]),
  audience: z
    .array(z.enum(RESOURCE_AUDIENCES))
    .min(1, { message: 'resources.validation.audience' })
    .max(RESOURCE_AUDIENCES.length),
  unitTypes: z.array(z.enum(UNIT_TYPES)).max(UNIT_TYPES.length).default([]),
});
export type ResourceTags = z.infer<typeof ResourceTagsSchema>;

const tagFields = ResourceTagsSchema.shape;

/** A new link or Markdown text (JSON). Files come through the multipart route with the same fields as `metadata`. */
export const CreateResourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('link'),
    title: Title,
    description: Description.default(''),
    url: HttpUrl,
    ...tagFields,
  }),
  z.strictObject({
    kind: z.literal('text'),
    title: Title,
    description: Description.default(''),
    body: Body.trim().min(1, { message: 'validation.required' }),
    ...tagFields,
  }),
]);
export type CreateResourceInput = z.infer<typeof CreateResourceSchema>;

/** The `metadata` field of a file upload (a JSON string in the multipart form). */
export const FileResourceMetadataSchema = z.strictObject({
  title: Title,
  description: Description.default(''),
  ...tagFields,
});
export type FileResourceMetadata = z.infer<typeof FileResourceMetadataSchema>;

/** A change to any resource; `url` only applies to links and `body` only to texts. */
export const UpdateResourceSchema = z.strictObject({
  title: Title.optional(),
  description: Description.optional(),
  url: HttpUrl.optional(),
  body: Body.trim().min(1, { message: 'validation.required' }).optional(),
  subGoals: tagFields.subGoals.unwrap().optional(),
  themes: tagFields.themes.unwrap().optional(),
  audience: tagFields.audience.optional(),
  unitTypes: tagFields.unitTypes.unwrap().optional(),
});
export type UpdateResourceInput = z.infer<typeof UpdateResourceSchema>;

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : []))
    .pipe(z.array(z.enum(values)));

export const ResourceQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(RESOURCE_KINDS).optional(),
  subGoal: csv(SUB_GOALS),
  theme: csv(RESOURCE_THEMES),
  audience: csv(RESOURCE_AUDIENCES),
  unitType: csv(UNIT_TYPES),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ResourceQuery = z.infer<typeof ResourceQuerySchema>;

export const ResourceFileSchema = z.object({ name: z.string(), mime: z.string(), size: z.number().int() });

export const ResourceSummarySchema = z.object({
  id: IdSchema,
  kind: z.enum(RESOURCE_KINDS),
  title: z.string(),
  description: z.string(),
  url: z.string().nullable(),
  file: ResourceFileSchema.nullable(),
  subGoals: z.array(z.enum(SUB_GOALS)),
  themes: z.array(z.enum(RESOURCE_THEMES)),
  audience: z.array(z.enum(RESOURCE_AUDIENCES)),
  unitTypes: z.array(z.enum(UNIT_TYPES)),
  updatedAt: z.string(),
});
export type ResourceSummary = z.infer<typeof ResourceSummarySchema>;

export const ResourceListSchema = z.object({
  items: z.array(ResourceSummarySchema),
  total: z.number().int(),
  /** The largest file the bank takes, in bytes (the form says it before the upload). */
  uploadLimitBytes: z.number().int(),
  abilities: z.object({ manage: z.boolean() }),
});
export type ResourceList = z.infer<typeof ResourceListSchema>;

export const ResourceDetailSchema = ResourceSummarySchema.extend({
  /** The Markdown source (texts only; empty otherwise). */
  body: z.string(),
  /** The Markdown rendered to sanitised HTML on the server: safe to insert as is. */
  html: z.string(),
  abilities: z.object({ manage: z.boolean() }),
});
export type ResourceDetail = z.infer<typeof ResourceDetailSchema>;
