import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale, Role, ScopeType } from '../../../shared/enums.ts';
import { owners, people } from '../organisation/schema.ts';

/** A login. Linked to a person when the user is someone's employee; a national admin may have none. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  // Stored lower-cased; unique across the installation because it is the login name.
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  // Null until an invited user sets a password.
  passwordHash: text('password_hash'),
  personId: uuid('person_id').references(() => people.id),
  locale: text('locale').$type<Locale>().notNull().default('nb'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A role at a scope. scope_id is the region, owner or unit id (null for national). owner_id is the
 * tenant the grant lives in (null for national and region grants) so an owner admin's queries stay scoped.
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<Role>().notNull(),
    scopeType: text('scope_type').$type<ScopeType>().notNull(),
    scopeId: uuid('scope_id'),
    ownerId: uuid('owner_id').references(() => owners.id),
    grantedBy: uuid('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('role_grants_user').on(t.userId), index('role_grants_owner').on(t.ownerId)],
);

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  ownerId: uuid('owner_id').references(() => owners.id),
  invitedBy: uuid('invited_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }),
});
