import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { Locale } from '../../../../shared/enums.ts';
import {
  AGREEMENT_PARTIES,
  type Agreement,
  type AgreementParty,
  type PartyStatus,
  type TemplateTexts,
} from '../../../../shared/schemas/agreements.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { agreementAcceptances, agreements, agreementTemplates, people, programmes, users } from '../../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { defaultTemplateTexts, renderAgreementText } from './render.ts';

export type AgreementRow = typeof agreements.$inferSelect;
export type TemplateRow = typeof agreementTemplates.$inferSelect;

/** The newest template version of a programme, or null while it uses the defaults. */
export async function latestTemplate(db: DbOrTx, ownerId: string, programmeId: string): Promise<TemplateRow | null> {
  const [row] = await db
    .select()
    .from(agreementTemplates)
    .where(and(eq(agreementTemplates.ownerId, ownerId), eq(agreementTemplates.programmeId, programmeId)))
    .orderBy(desc(agreementTemplates.version))
    .limit(1);
  return row ?? null;
}

/** The texts a programme's agreements use now: the newest version, else the defaults. */
export function currentTexts(template: TemplateRow | null): TemplateTexts {
  return template?.texts ?? defaultTemplateTexts();
}

/** The caller's parts in an agreement: by their person for NQT, mentor and unit leader, by their user for the coordinator. */
export function partiesOf(actor: Actor, row: AgreementRow): AgreementParty[] {
  const mine: AgreementParty[] = [];
  if (actor.personId) {
    if (row.nqtPersonId === actor.personId) mine.push('nqt');
    if (row.mentorPersonId === actor.personId) mine.push('mentor');
    if (row.unitLeaderPersonId === actor.personId) mine.push('unit_leader');
  }
  if (row.coordinatorUserId === actor.userId) mine.push('coordinator');
  return mine;
}

/** Agreement rows, always filtered by owner (coordinator views) or by the caller being a party (own views). */
export async function listAgreementRows(
  db: DbOrTx,
  scope: { ownerId: string; programmeId: string; agreementId?: string } | { actor: Actor; agreementId?: string },
): Promise<AgreementRow[]> {
  if ('ownerId' in scope) {
    return db
      .select()
      .from(agreements)
      .where(
        and(
          eq(agreements.ownerId, scope.ownerId),
          eq(agreements.programmeId, scope.programmeId),
          scope.agreementId ? eq(agreements.id, scope.agreementId) : undefined,
        ),
      )
      .orderBy(asc(agreements.createdAt), asc(agreements.id));
  }
  const { actor } = scope;
  const mine = [eq(agreements.coordinatorUserId, actor.userId)];
  if (actor.personId) {
    mine.push(
      eq(agreements.nqtPersonId, actor.personId),
      eq(agreements.mentorPersonId, actor.personId),
      eq(agreements.unitLeaderPersonId, actor.personId),
    );
  }
  return db
    .select()
    .from(agreements)
    .where(and(or(...mine), scope.agreementId ? eq(agreements.id, scope.agreementId) : undefined))
    .orderBy(asc(agreements.createdAt), asc(agreements.id));
}

export interface AgreementView extends Agreement {
  /** The current texts in all three languages, for the text and the PDF. */
  texts: TemplateTexts;
}

/** Presents agreement rows with their parties' names, each party's status on the current version, and the history. */
export async function presentAgreements(db: DbOrTx, rows: AgreementRow[]): Promise<AgreementView[]> {
  if (rows.length === 0) return [];
  const programmeIds = [...new Set(rows.map((r) => r.programmeId))];
  const personIds = [
    ...new Set(rows.flatMap((r) => [r.nqtPersonId, r.mentorPersonId, r.unitLeaderPersonId]).filter((x) => x !== null)),
  ];
  const [programmeRows, personRows, templateRows, acceptanceRows] = await Promise.all([
    db
      .select({ id: programmes.id, name: programmes.name })
      .from(programmes)
      .where(inArray(programmes.id, programmeIds)),
    db
      .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
      .from(people)
      .where(inArray(people.id, personIds)),
    db
      .select()
      .from(agreementTemplates)
      .where(inArray(agreementTemplates.programmeId, programmeIds))
      .orderBy(desc(agreementTemplates.version)),
    db
      .select({ row: agreementAcceptances, userName: users.name })
      .from(agreementAcceptances)
      .innerJoin(users, eq(users.id, agreementAcceptances.userId))
      .where(
        inArray(
          agreementAcceptances.agreementId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(agreementAcceptances.acceptedAt)),
  ]);
  const coordinatorIds = [...new Set(rows.map((r) => r.coordinatorUserId))];
  const coordinators = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, coordinatorIds));
  const programmeName = new Map(programmeRows.map((p) => [p.id, p.name]));
  const personName = new Map(personRows.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
  const coordinatorName = new Map(coordinators.map((u) => [u.id, u.name]));
  const latest = new Map<string, TemplateRow>();
  for (const t of templateRows) if (!latest.has(t.programmeId)) latest.set(t.programmeId, t);

  return rows.map((row) => {
    const template = latest.get(row.programmeId) ?? null;
    const currentVersion = template?.version ?? 1;
    const mine = acceptanceRows.filter((a) => a.row.agreementId === row.id);
    const who: Record<AgreementParty, { personId: string | null; userId: string | null; name: string | null }> = {
      nqt: { personId: row.nqtPersonId, userId: null, name: personName.get(row.nqtPersonId) ?? null },
      mentor: {
        personId: row.mentorPersonId,
        userId: null,
        name: row.mentorPersonId ? (personName.get(row.mentorPersonId) ?? null) : null,
      },
      unit_leader: {
        personId: row.unitLeaderPersonId,
        userId: null,
        name: row.unitLeaderPersonId ? (personName.get(row.unitLeaderPersonId) ?? null) : null,
      },
      coordinator: {
        personId: null,
        userId: row.coordinatorUserId,
        name: coordinatorName.get(row.coordinatorUserId) ?? null,
      },
    };
    const parties: PartyStatus[] = AGREEMENT_PARTIES.map((party) => {
      const p = who[party];
      const named = party === 'coordinator' ? p.userId !== null : p.personId !== null;
      // An acceptance counts for the party's present holder only: a new mentor accepts for themself.
      const theirs = mine
        .filter(
          (a) =>
            a.row.party === party &&
            (party === 'coordinator' ? a.row.userId === p.userId : a.row.personId === p.personId),
        )
        .sort((a, b) => b.row.templateVersion - a.row.templateVersion);
      const last = theirs[0]?.row;
      const status: PartyStatus['status'] = !named
        ? 'missing'
        : !last
          ? 'pending'
          : last.templateVersion === currentVersion
            ? 'accepted'
            : 'outdated';
      return {
        party,
        personId: p.personId,
        userId: p.userId,
        name: p.name,
        status,
        acceptedVersion: last?.templateVersion ?? null,
        acceptedAt: last?.acceptedAt.toISOString() ?? null,
      };
    });
    const notAccepted = parties.filter((p) => p.status !== 'accepted').map((p) => ({ party: p.party, name: p.name }));
    return {
      id: row.id,
      ownerId: row.ownerId,
      programmeId: row.programmeId,
      programmeName: programmeName.get(row.programmeId) ?? '',
      enrolmentId: row.enrolmentId,
      locale: row.locale,
      currentVersion,
      parties,
      isSigned: notAccepted.length === 0,
      notAccepted,
      acceptances: mine.map((a) => ({
        party: a.row.party,
        name: a.userName,
        templateVersion: a.row.templateVersion,
        textHash: a.row.textHash,
        acceptedAt: a.row.acceptedAt.toISOString(),
      })),
      texts: currentTexts(template),
    };
  });
}

/** The agreement's text in a language, as rendered for acceptance and the PDF. */
export function agreementText(view: AgreementView, locale: Locale): string {
  return renderAgreementText({
    locale,
    programmeName: view.programmeName,
    version: view.currentVersion,
    sections: view.texts[locale],
    parties: view.parties.map((p) => ({ party: p.party, name: p.name })),
  });
}
