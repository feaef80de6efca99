import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { ROLES, type Role } from '../../../shared/enums.ts';
import { translate } from '../../../shared/i18n/index.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { employments, owners, people, regionOwners, regions, roleGrants, units, users } from '../../db/schema.ts';
import {
  buildOwner,
  employmentValues,
  type GrantSpec,
  grantValues,
  type OwnerRow,
  personValues,
  unitValues,
} from '../../test/factories.ts';
import { hashPassword } from '../auth/password.ts';
import { seedDemoAnnualPlan } from './annual-plan.ts';
import { DEMO_SCHOOL_YEAR, seedDemoMentoring } from './mentoring.ts';
import { seedDemoNetworkMeetings } from './network-meetings.ts';
import { generateDemoPassword } from './password.ts';
import { DEMO_ORG_NUMBER, KIND_GRANTS, type OwnerKey, planDemo } from './plan.ts';
import { seedDemoQualityCycle } from './quality-cycle.ts';
import { seedDemoRegionalProgramme } from './regional.ts';
import { seedDemoResources } from './resources.ts';
import { seedDemoSurveys } from './surveys.ts';

export interface DemoCredential {
  role: Role;
  name: string;
  email: string;
  password: string;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(owners);
  return Number(row?.n ?? 0) === 0;
}

/** Thrown when Demo kommune already exists: seeding twice would duplicate or collide. */
export class DemoAlreadySeededError extends Error {
  constructor() {
    super(`Demo kommune (org.nr. ${DEMO_ORG_NUMBER}) finnes allerede; demodata legges ikke inn på nytt.`);
    this.name = 'DemoAlreadySeededError';
  }
}

// Well under PostgreSQL's 65,535 bind parameters per statement for every table here.
const BATCH_SIZE = 500;

async function insertInBatches<T extends PgTable>(db: DbOrTx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await db.insert(table).values(rows.slice(i, i + BATCH_SIZE));
  }
}

/**
 * Seeds the demo municipality (Demo kommune at Lillestrøm's scale, a small neighbour and a region) and
 * returns one login per role with a password generated now. All or nothing: one transaction. Rows are
 * built with the test factories' value builders and inserted many at a time, and only the nine demo
 * passwords are hashed (argon2 is slow by design), so seeding takes seconds. The mentoring programme
 * (enrolments, mentor profiles, pairs from one solver run) comes last: `./mentoring.ts`.
 */
/** `publicUrl` goes into the links of the mail the seed queues (the compliance nudges of the demo's lapses). */
export async function seedDemo(db: Db, opts: { publicUrl?: string } = {}): Promise<DemoCredential[]> {
  const plan = planDemo();
  const passwords = plan.logins.map(() => generateDemoPassword());
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));

  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: owners.id }).from(owners).where(eq(owners.orgNumber, DEMO_ORG_NUMBER));
    if (existing) throw new DemoAlreadySeededError();

    const ownerRows: Record<OwnerKey, OwnerRow> = {
      demo: await buildOwner(tx, { ...plan.owners.demo, kind: 'municipality' }),
      neighbour: await buildOwner(tx, { ...plan.owners.neighbour, kind: 'municipality' }),
    };
    const [region] = await tx.insert(regions).values({ name: plan.regionName }).returning();
    if (!region) throw new Error('region insert failed');
    await tx.insert(regionOwners).values([
      { regionId: region.id, ownerId: ownerRows.demo.id },
      { regionId: region.id, ownerId: ownerRows.neighbour.id },
    ]);

    // Ids are made here rather than returned, so related rows can be built before anything is inserted.
    const unitRefs = new Map(plan.units.map((u) => [u.key, { id: randomUUID(), ownerId: ownerRows[u.owner].id }]));
    const unitRef = (key: string) => {
      const ref = unitRefs.get(key);
      if (!ref) throw new Error(`demo plan: unknown unit ${key}`);
      return ref;
    };
    await insertInBatches(
      tx,
      units,
      plan.units.map(({ key, owner, ...unit }) =>
        unitValues({ ...unit, id: unitRef(key).id, owner: ownerRows[owner] }),
      ),
    );

    const personIds = plan.people.map(() => randomUUID());
    await insertInBatches(
      tx,
      people,
      plan.people.map(({ owner, kind: _kind, employment: _employment, ...person }, i) => ({
        ...personValues({ ...person, id: personIds[i], owner: ownerRows[owner] }),
        // The factory fills in defaults for missing values; staff without teacher education have none.
        teacherEducationYear: person.teacherEducationYear,
        teachingExperienceYears: person.teachingExperienceYears,
      })),
    );
    await insertInBatches(
      tx,
      employments,
      plan.people.map((p, i) =>
        employmentValues({
          ...p.employment,
          owner: ownerRows[p.owner],
          personId: personIds[i] as string,
          unit: unitRef(p.employment.unitKey),
        }),
      ),
    );

    // Every head, coordinator, mentor and NQT gets a user with their role, without a password (as if
    // invited); the demo logins get the generated passwords.
    const loginByPerson = new Map(plan.logins.map((l, i) => [l.personIndex, i]));
    const userRows: (typeof users.$inferInsert)[] = [];
    const grantRows: (typeof roleGrants.$inferInsert)[] = [];
    const userOfPerson = new Map<number, string>();
    plan.people.forEach((person, i) => {
      const kindGrant = KIND_GRANTS[person.kind];
      if (!kindGrant) return;
      const userId = randomUUID();
      userOfPerson.set(i, userId);
      const login = loginByPerson.get(i);
      userRows.push({
        id: userId,
        email: person.email,
        name: `${person.givenName} ${person.familyName}`,
        personId: personIds[i],
        passwordHash: login === undefined ? null : (hashes[login] as string),
      });
      const grant: GrantSpec =
        kindGrant.scopeType === 'unit'
          ? { role: kindGrant.role, unit: unitRef(person.employment.unitKey) }
          : { role: kindGrant.role };
      grantRows.push(grantValues({ userId, owner: ownerRows[person.owner], grant }));
    });
    plan.logins.forEach((login, i) => {
      if (login.personIndex !== null) return;
      const userId = randomUUID();
      userRows.push({ id: userId, email: login.email, name: login.name, passwordHash: hashes[i] as string });
      const grant: GrantSpec =
        login.scopeType === 'national'
          ? { role: login.role, national: true }
          : login.scopeType === 'region'
            ? { role: login.role, regionId: region.id }
            : { role: login.role };
      grantRows.push(grantValues({ userId, owner: login.owner ? ownerRows[login.owner] : undefined, grant }));
    });
    await insertInBatches(tx, users, userRows);
    await insertInBatches(tx, roleGrants, grantRows);

    // The mentoring programme in mid-year, with pairs made by the solver and accepted by the coordinator.
    const demoPeople = (kind: string) =>
      plan.people.flatMap((p, i) => (p.owner === 'demo' && p.kind === kind ? [personIds[i] as string] : []));
    const coordinatorLogin = plan.logins.find((l) => l.role === 'programme_coordinator');
    await seedDemoMentoring(tx, {
      ownerId: ownerRows.demo.id,
      nqtPersonIds: demoPeople('nqt'),
      mentorPersonIds: demoPeople('mentor'),
      coordinatorUserId: userOfPerson.get(coordinatorLogin?.personIndex ?? -1) ?? null,
      publicUrl: opts.publicUrl ?? 'http://localhost:3000',
      featuredPersonIds: plan.logins.flatMap((l) =>
        (l.role === 'mentor' || l.role === 'nqt') && l.personIndex !== null ? [personIds[l.personIndex] as string] : [],
      ),
    });

    await seedDemoRegionalProgramme(tx, {
      regionId: region.id,
      name: `Veiledning av nyutdannede i ${plan.regionName} ${DEMO_SCHOOL_YEAR}`,
    });

    await seedDemoResources(tx, {
      ownerId: ownerRows.demo.id,
      createdBy: userOfPerson.get(coordinatorLogin?.personIndex ?? -1) ?? null,
    });
    await seedDemoNetworkMeetings(tx, {
      ownerId: ownerRows.demo.id,
      coordinatorUserId: userOfPerson.get(coordinatorLogin?.personIndex ?? -1) ?? null,
      coordinatorPersonId: personIds[coordinatorLogin?.personIndex ?? -1] ?? null,
    });
    await seedDemoAnnualPlan(tx, {
      ownerId: ownerRows.demo.id,
      coordinatorUserId: userOfPerson.get(coordinatorLogin?.personIndex ?? -1) ?? null,
    });
    await seedDemoSurveys(tx, {
      ownerId: ownerRows.demo.id,
      coordinatorUserId: userOfPerson.get(coordinatorLogin?.personIndex ?? -1) ?? null,
      featuredPersonIds: plan.logins.flatMap((l) =>
        l.personIndex !== null ? [personIds[l.personIndex] as string] : [],
      ),
    });
    await seedDemoQualityCycle(tx, {
      ownerId: ownerRows.demo.id,
      coordinatorUserId: userOfPerson.get(coordinatorLogin?.personIndex ?? -1) ?? null,
    });

    return plan.logins
      .map((login, i) => ({ role: login.role, name: login.name, email: login.email, password: passwords[i] as string }))
      .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  });
}

/** The credentials as a plain-text table (Norwegian role names) for the terminal and demo-credentials.txt. */
export function formatCredentials(credentials: DemoCredential[], url: string): string {
  const header = { role: 'Rolle', name: 'Navn', email: 'E-post', password: 'Passord' };
  const rows = [header, ...credentials.map((c) => ({ ...c, role: translate('nb', `role.${c.role}`) }))];
  const width = (key: keyof typeof header) => Math.max(...rows.map((r) => r[key].length));
  const widths = { role: width('role'), name: width('name'), email: width('email') };
  const line = (r: typeof header) =>
    `${r.role.padEnd(widths.role)}  ${r.name.padEnd(widths.name)}  ${r.email.padEnd(widths.email)}  ${r.password}`.trimEnd();
  const rule = '-'.repeat(widths.role + widths.name + widths.email + 6 + width('password'));
  return [
    `Demo kommune – logg inn på ${url} med en av disse brukerne:`,
    '',
    line(header),
    rule,
    ...rows.slice(1).map(line),
    '',
    'Passordene ble laget tilfeldig da demodataene ble lagt inn. Andre demobrukere (rektorer, styrere,',
    'veiledere og nyutdannede) har ikke passord ennå, som om de var invitert.',
    '',
  ].join('\n');
}
