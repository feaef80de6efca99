import { z } from 'zod';
import { LOCALES, ROLES, SCOPE_TYPES } from '../enums.ts';
import { EmailSchema, IdSchema } from './common.ts';

export const PASSWORD_MIN_LENGTH = 12;
const NewPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH, { message: 'validation.passwordLength' }).max(200);

export const LoginSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, { message: 'validation.required' }).max(200),
});
export type LoginInput = z.infer<typeof LoginSchema>;

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, { message: 'validation.required' }).max(200),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const AcceptInvitationSchema = z.strictObject({
  token: z.string().min(10).max(200),
  password: NewPasswordSchema,
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>;

export const LocaleSchema = z.strictObject({ locale: z.enum(LOCALES) });

export const MeSchema = z.object({
  user: z.object({
    id: IdSchema,
    email: z.string(),
    name: z.string(),
    locale: z.enum(LOCALES),
  }),
  grants: z.array(z.object({ role: z.enum(ROLES), scopeType: z.enum(SCOPE_TYPES), scopeId: IdSchema.nullable() })),
  /** Owners the caller can reach, with what the caller may do there; the web app shows this, never re-derives it. */
  owners: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      abilities: z.object({
        viewOrganisation: z.boolean(),
        manageOrganisation: z.boolean(),
        manageAccess: z.boolean(),
        viewMail: z.boolean(),
      }),
    }),
  ),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof MeSchema>;
