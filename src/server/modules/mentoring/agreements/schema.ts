import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '../../../../shared/enums.ts';
import type { AgreementParty, TemplateTexts } from '../../../../shared/schemas/agreements.ts';
import { users } from '../../auth/schema.ts';
import { owners, people } from '../../organisation/schema.ts';
import { enrolments, programmes } from '../schema.ts';

/**
 * The programme's agreement template ("gjensidig forpliktende rammer"), one row per version. A version
 * is never changed once written: an edit inserts the next version, so what a party accepted stays
 * readable, and every agreement of the programme follows the newest version.
 */
export const agreementTemplates = pgTable(
  'agreement_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    version: integer('version').notNull(),
    texts: jsonb('texts').$type<TemplateTexts>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreement_templates_programme_version').on(t.programmeId, t.version)],
);

/**
 * One agreement per enrolled NQT, naming its parties. The mentor is null until the NQT has an accepted
 * pair, the unit leader null when the unit has none; creating agreements again refreshes both.
 */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    nqtPersonId: uuid('nqt_person_id')
      .notNull()
      .references(() => people.id),
    mentorPersonId: uuid('mentor_person_id').references(() => people.id),
    unitLeaderPersonId: uuid('unit_leader_person_id').references(() => people.id),
    coordinatorUserId: uuid('coordinator_user_id')
      .notNull()
      .references(() => users.id),
    /** The agreement's own language: its PDF uses it when the viewer asks for none. */
    locale: text('locale').$type<Locale>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agreements_enrolment').on(t.enrolmentId),
    index('agreements_owner_programme').on(t.ownerId, t.programmeId),
  ],
);

/**
 * A party's acceptance of an agreement on one template version, with the SHA-256 of the text it was
 * shown. Rows are only added: acceptances of older versions stay as history.
 */
export const agreementAcceptances = pgTable(
  'agreement_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    party: text('party').$type<AgreementParty>().notNull(),
    /** The person for the NQT, mentor and unit leader; null for the coordinator (a user). */
    personId: uuid('person_id').references(() => people.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    templateId: uuid('template_id')
      .notNull()
      .references(() => agreementTemplates.id),
    templateVersion: integer('template_version').notNull(),
    textHash: text('text_hash').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agreement_acceptances_once').on(t.agreementId, t.party, t.userId, t.templateVersion),
    index('agreement_acceptances_agreement').on(t.agreementId),
  ],
);
