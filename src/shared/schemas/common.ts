import { z } from 'zod';
import { isValidOrgNumber, normaliseOrgNumber } from '../rules/org-number.ts';

/*
 * Custom messages are i18n keys (`validation.*`): the server translates them for the caller's language.
 * Objects are strict so an unknown field is an error, not silently dropped.
 */

// A field left out (or a select left at "Choose …") is reported as "required" in the person's own
// words, whatever the field's type; zod would otherwise name the expected type or list raw codes.
// Set once here, where every schema module imports from, so the server and the web app agree.
z.config({
  customError: (issue) =>
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    (issue.input === undefined || issue.input === '')
      ? 'validation.required'
      : undefined,
});

export const IdSchema = z.uuid({ message: 'validation.uuid' });

export const OrgNumberSchema = z
  .string()
  .transform(normaliseOrgNumber)
  .refine(isValidOrgNumber, { message: 'validation.orgNumber' });

/** A calendar day, `YYYY-MM-DD`, checked to be a real date. */
export const DateSchema = z.iso.date({ message: 'validation.date' });

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'validation.email' }).max(254));

export const NameSchema = z.string().trim().min(1, { message: 'validation.required' }).max(200);

export const PageQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export const OkSchema = z.object({ ok: z.literal(true) });
